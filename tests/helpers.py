"""Small helpers for the stage tests: parse a sentence with the shared model and run one stage
of the engine on it, with the packaged lexicons."""

from __future__ import annotations

from functools import lru_cache

from analysis import analyze, config
from analysis.engine.aliases import read_aliases
from analysis.engine.entities import article_mentions, fixed_labels
from analysis.engine.quotes import attribute, find_cues, find_quote_spans
from analysis.engine.quotes.context import ArticleContext
from analysis.engine.quotes.pronouns import article_genders
from analysis.engine.quotes.spans import Intervals


@lru_cache(maxsize=256)
def parse(text: str):
    """The Doc of ``text`` as the engine sees it: the model with ``news_paragraphs`` before its
    parser, without the engine's own components."""
    from analysis.engine.pipeline import COMPONENTS, news_pipeline

    nlp = news_pipeline()
    with nlp.select_pipes(disable=list(COMPONENTS)):
        return nlp(text)


def mentions(doc):
    return article_mentions(doc, read_aliases())


def context(doc) -> ArticleContext:
    """The article context the speaker stages see."""
    found = mentions(doc)
    spans = find_quote_spans(doc.text)
    return ArticleContext(doc.text, found, {m.actor: m.label for m in found if m.actor},
                          article_genders(found), Intervals([(q.open, q.outer_end) for q in spans]))


def cues(text: str) -> list:
    doc = parse(text)
    return find_cues(doc, find_quote_spans(text), text)


def cue(text: str, lemma: str):
    """The one cue with ``lemma`` in ``text``."""
    found = [c for c in cues(text) if c.lemma == lemma]
    assert len(found) == 1, [(c.text, c.lemma) for c in cues(text)]
    return found[0]


def content(text: str, c) -> str | None:
    return text[slice(*c.content)] if c.content else None


def attributions(text: str, **settings) -> list:
    from analysis.engine.quotes import QuoteSettings

    doc = parse(text)
    found = mentions(doc)
    return attribute(doc, found, fixed_labels=fixed_labels(found),
                     settings=QuoteSettings(**settings))


def quoted(text: str, **settings) -> list[tuple]:
    """``(quote, kind, speaker text, speaker type)`` of each attribution."""
    return [(text[a.start:a.end], a.kind, a.speaker.text if a.speaker else None,
             a.speaker.type if a.speaker else "unknown")
            for a in attributions(text, **settings)]


def said(text: str) -> list[tuple[str, str | None]]:
    """``(quote, speaker text)`` of each attribution of ``text``."""
    return [(text[a.start:a.end], a.speaker.text if a.speaker else None)
            for a in attributions(text)]


def speaker_with(text: str, words: str) -> str | None:
    """The speaker text of the one attribution whose quote holds ``words``."""
    found = [who for quote, who in said(text) if words in quote]
    assert len(found) == 1, said(text)
    return found[0]


def speaker_starting(text: str, quote_start: str):
    """The :class:`Speaker` of the one quote starting with ``quote_start`` (never None)."""
    found = [a.speaker for a in attributions(text) if text[a.start:a.end].startswith(quote_start)]
    assert len(found) == 1, [(text[a.start:a.end][:30], a.speaker) for a in attributions(text)]
    assert found[0] is not None
    return found[0]


def corpus_and_quotes(texts, model):
    """The corpus of ``texts`` analysed as one with ``model``, and the quotes of each text (one
    DataFrame per text, in order)."""
    corpus = analyze(list(texts), model=model, progress=False)
    quotes = corpus.quotes
    return corpus, [quotes[quotes["article_id"] == a] for a in corpus.articles["article_id"]]


def quotes_per_text(texts, model):
    """The quotes of each text (one DataFrame per text, in order), analysed as one corpus with
    ``model``."""
    return corpus_and_quotes(texts, model)[1]


def quote_speaker_actor(corpus, texts: list[str], text: str, words: str) -> str | None:
    """The speaker actor of the one quote holding ``words`` in ``text``, one of the ``texts``
    that ``corpus`` analysed in that order (None when the quote has no actor)."""
    article = corpus.articles["article_id"].iloc[texts.index(text)]
    quotes = corpus.quotes[corpus.quotes["article_id"] == article]
    hits = quotes[quotes["quote"].str.contains(words, regex=False)]
    assert len(hits) == 1, list(zip(quotes["quote"], quotes["speaker_actor"]))
    value = hits["speaker_actor"].iloc[0]
    return value if isinstance(value, str) else None



def check_speaker_actors(cases: list[tuple[str, str, str | None]], model) -> None:
    """Analyse the ``(text, words, actor)`` cases in one corpus on ``model`` and assert that the
    one quote holding ``words`` in each text has ``actor`` as its speaker actor."""
    texts = [t for t, _, _ in cases]
    corpus = analyze(texts, model=model, progress=False)
    for text, words, actor in cases:
        assert quote_speaker_actor(corpus, texts, text, words) == actor, text

# the two pipelines every rule's tests run on: the official model (None) and the distilled one
MODELS = [None, str(config.shared_dir() / "models" / "en_news_sm-3.8.0")]
MODEL_IDS = ["en_core_web_sm", "en_news_sm"]


def one_quote(quotes, words):
    """The one row of ``quotes`` whose quote holds ``words`` (fails when none or several)."""
    hits = quotes[quotes["quote"].str.contains(words, regex=False)]
    assert len(hits) == 1, list(quotes["quote"])
    return hits.iloc[0]


def speaker_text(row) -> str | None:
    """A quote row's speaker phrase, None when it has none."""
    return row["speaker"] if isinstance(row["speaker"], str) else None
