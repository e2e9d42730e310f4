"""The engine as spaCy pipeline components: ``news_entities`` and ``news_quotes``.

Registered with ``@Language.factory`` here and advertised through the ``spacy_factories``
entry point (``pyproject.toml``), so after ``pip install`` any spaCy pipeline can use them
without importing this package::

    nlp = spacy.load("en_core_web_sm")
    nlp.add_pipe("news_quotes")
    doc = nlp("“We will rebuild,” the mayor said.")
    doc._.quotes[0].speaker, doc._.quotes[0].kind      # (the mayor, 'direct')

* ``news_entities`` writes the repaired entity mentions (:mod:`analysis.entities`) with their
  canonical actors: ``doc._.mentions`` (a tuple of :class:`Mention`) and the span group
  ``doc.spans["news_entities"]`` (labelled spans, for displaCy and friends).
* ``news_quotes`` writes ``doc._.quotes`` (a tuple of :class:`Quote`: ``.span``, ``.kind``,
  ``.cue``, ``.speaker`` (a ``Span`` or None), ``.speaker_type``, ``.role``, ``.actor``). It runs
  the entity stage itself when ``news_entities`` is not in the pipeline.

The results live on the Doc as plain lists (extension attributes ``news_mentions_data``,
``news_quotes_data``), so they survive ``Doc.to_bytes``, ``DocBin`` and ``nlp.pipe(n_process=2)``;
the typed objects are built from them on access. Each component's config holds its thresholds,
its lexicon overrides (:mod:`analysis.lexicons`) and a per-article ``time_limit``: a Doc that
runs over it gets ``doc._.news_timeout`` (the component's name) and no results. Nothing heavy is
imported at module import (spaCy imports this module whenever it builds a pipeline).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from .budget import DEFAULT_SECONDS
from .syntax import doc_text

MENTIONS_DATA = "news_mentions_data"  # [[start, end, label, actor, fixed_label], ...]
QUOTES_DATA = "news_quotes_data"  # see _QUOTE_FIELDS
TIMEOUT = "news_timeout"  # name of the component that ran over its budget
SPAN_GROUP = "news_entities"
_QUOTE_FIELDS = ("start", "end", "kind", "cue_start", "cue_end", "cue_text", "cue_lemma",
                 "speaker_text", "speaker_start", "speaker_end", "speaker_type", "actor", "role",
                 "continued")


@dataclass(frozen=True)
class Mention:
    """An entity mention on ``doc._.mentions``: ``text == doc.text[start:end]`` (character
    offsets; ``span`` is the token span covering them), its repaired label and canonical
    actor."""

    span: Span
    text: str
    start: int
    end: int
    label: str
    actor: str | None


@dataclass(frozen=True)
class Quote:
    """A quote on ``doc._.quotes``: its content (``span`` / ``text`` without quotation marks,
    ``start``/``end`` character offsets), ``kind`` (direct, indirect, mixed, according_to),
    ``cue`` (the cue as written, a ``Span``, or None for a continued or unattributed quote) and
    ``cue_lemma``, ``speaker`` (a ``Span`` or None), ``speaker_text``, ``speaker_type``
    (person, organization, anonymous, group, pronoun, unknown), ``actor`` (canonical) and
    ``role``; ``continued`` when the speaker was carried over from an earlier quote."""

    span: Span
    text: str
    start: int
    end: int
    kind: str
    cue: Span | None
    cue_lemma: str | None
    speaker: Span | None
    speaker_text: str | None
    speaker_type: str
    actor: str | None
    role: str | None
    continued: bool


def _span(doc, start, end, label: str = "") -> Span | None:
    if start is None or end is None:
        return None
    return doc.char_span(start, end, label=label, alignment_mode="expand")


def _mentions(doc) -> tuple[Mention, ...] | None:
    data = doc._.get(MENTIONS_DATA)
    if data is None:
        return None
    text = doc_text(doc)
    return tuple(Mention(_span(doc, a, b, label), text[a:b], a, b, label, actor)
                 for a, b, label, actor, _ in data)


def _quotes(doc) -> tuple[Quote, ...] | None:
    data = doc._.get(QUOTES_DATA)
    if data is None:
        return None
    text, out = doc_text(doc), []
    for row in data:
        q = dict(zip(_QUOTE_FIELDS, row))
        out.append(Quote(_span(doc, q["start"], q["end"]), text[q["start"]:q["end"]],
                         q["start"], q["end"], q["kind"], _span(doc, q["cue_start"], q["cue_end"]),
                         q["cue_lemma"], _span(doc, q["speaker_start"], q["speaker_end"]),
                         q["speaker_text"], q["speaker_type"], q["actor"], q["role"],
                         bool(q["continued"])))
    return tuple(out)


for _name in (MENTIONS_DATA, QUOTES_DATA, TIMEOUT):
    Doc.set_extension(_name, default=None, force=True)
Doc.set_extension("mentions", getter=_mentions, force=True)
Doc.set_extension("quotes", getter=_quotes, force=True)


def _alias_rows(aliases) -> list[list[Any]] | None:
    """User aliases (CSV path, DataFrame, mapping, or rows ``[alias, canonical, label]``) as
    config rows."""
    if aliases is None:
        return None
    if isinstance(aliases, list):
        return [list(r) + [None] * (3 - len(r)) for r in aliases]
    from .actors import read_aliases

    table = read_aliases(aliases, include_default=False)
    return [[alias, canonical, label] for alias, (canonical, label) in table.exact.items()]


class _Stage:
    """What both components share: lexicons, alias table, time budget."""

    def __init__(self, name: str, aliases, lexicons, time_limit: float | None):
        from . import lexicons as lex
        from .actors import read_aliases

        self.name = name
        self.lexicons = lex.load_lexicons(lexicons)
        rows = _alias_rows(aliases)
        self.aliases = read_aliases({r[0]: (r[1], r[2]) for r in rows} if rows else None)
        self.time_limit = time_limit

    def run(self, doc, work) -> bool:
        """``work(doc)`` with the lexicons and the time budget; False when it timed out."""
        from .budget import ArticleTimeout, time_budget
        from .lexicons import use_lexicons

        if doc._.get(TIMEOUT):
            return False
        try:
            with use_lexicons(self.lexicons), time_budget(self.time_limit):
                work(doc)
        except ArticleTimeout:
            doc._.set(TIMEOUT, self.name)
            return False
        return True

    def mentions(self, doc) -> list:
        """The article's mentions: those ``news_entities`` stored, else found now (and stored)."""
        from .entities import Mention as Found, article_mentions

        data = doc._.get(MENTIONS_DATA)
        if data is not None:
            text = doc_text(doc)
            return [Found(text[a:b], label, a, b, actor, fixed)
                    for a, b, label, actor, fixed in data]
        found = article_mentions(doc, self.aliases)
        _store_mentions(doc, found)
        return found


def _store_mentions(doc, mentions) -> None:
    doc._.set(MENTIONS_DATA, [[m.start, m.end, m.label, m.actor, m.fixed_label]
                              for m in mentions])
    spans = [_span(doc, m.start, m.end, m.label) for m in mentions]
    doc.spans[SPAN_GROUP] = [s for s in spans if s is not None]


class NewsEntities(_Stage):
    """The ``news_entities`` component (see the module docstring)."""

    def __call__(self, doc):
        from .entities import article_mentions

        self.run(doc, lambda d: _store_mentions(d, article_mentions(d, self.aliases)))
        return doc


class NewsQuotes(_Stage):
    """The ``news_quotes`` component (see the module docstring)."""

    def __init__(self, name: str, aliases, lexicons, time_limit: float | None, **thresholds):
        from .quotes import QuoteSettings

        super().__init__(name, aliases, lexicons, time_limit)
        self.settings = QuoteSettings(**thresholds)

    def __call__(self, doc):
        self.run(doc, self._attribute)
        return doc

    def _attribute(self, doc) -> None:
        from .entities import fixed_labels
        from .quotes import attribute

        mentions = self.mentions(doc)
        found = attribute(doc, mentions, fixed_labels=fixed_labels(mentions),
                          settings=self.settings)
        rows = []
        for a in found:
            cue, sp = a.cue, a.speaker
            rows.append([a.start, a.end, a.kind,
                         cue.start if cue else None, cue.end if cue else None,
                         cue.text if cue else None, cue.lemma if cue else None,
                         sp.text if sp else None, sp.start if sp else None,
                         sp.end if sp else None, sp.type if sp else "unknown",
                         sp.actor if sp else None, sp.role if sp else None, a.continued])
        doc._.set(QUOTES_DATA, rows)


def paragraph_sentence_starts(doc):
    """Mark the first token after a blank line as a sentence start (``Token.is_sent_start``).

    Run before the parser (which keeps boundaries set before it), so that no sentence, and no
    parse tree, spans two paragraphs: a headline, a timestamp ("2:40 p.m."), a section label or
    a photo credit standing as a paragraph of its own is never parsed as the subject of the
    next paragraph's verb. Single line breaks (hard-wrapped text) are not boundaries.
    """
    from .segments import is_paragraph_break

    gap = ""  # the whitespace since the last word
    for tok in doc:
        if tok.is_space:
            gap += tok.text_with_ws
            continue
        if tok.i > 0 and is_paragraph_break(gap):
            tok.is_sent_start = True
        gap = tok.whitespace_
    return doc


ENTITIES_CONFIG = {"aliases": None, "lexicons": None, "time_limit": DEFAULT_SECONDS}
QUOTES_CONFIG = {**ENTITIES_CONFIG, "min_quote_words": 3, "min_unattributed_words": 6,
                 "continuation_sentences": 2, "subject_sentences": 2, "prior_speakers": 100}


@Language.component("news_paragraphs", assigns=["token.is_sent_start"])
def make_paragraphs(doc):
    """Component ``news_paragraphs``: :func:`paragraph_sentence_starts`; add it before the
    parser (``nlp.add_pipe("news_paragraphs", before="parser")``)."""
    return paragraph_sentence_starts(doc)


@Language.component("news_hidden")
def make_hidden(doc):
    """Component ``news_hidden``: :func:`analysis.entities.see_through_hidden` (invisible format
    characters and strike-through inside words); add it first (``nlp.add_pipe("news_hidden",
    first=True)``)."""
    from .entities import see_through_hidden

    return see_through_hidden(doc)


@Language.factory("news_entities", default_config=ENTITIES_CONFIG,
                  assigns=["doc._.mentions", "doc.spans"])
def make_entities(nlp: Language, name: str, aliases, lexicons, time_limit) -> NewsEntities:
    """Factory of ``news_entities``. Config: ``aliases`` (rows ``[alias, canonical, label]``
    added to the packaged alias table), ``lexicons`` (overrides, see :mod:`analysis.lexicons`),
    ``time_limit`` (seconds per Doc; null: none)."""
    return NewsEntities(name, aliases, lexicons, time_limit)


@Language.factory("news_quotes", default_config=QUOTES_CONFIG, assigns=["doc._.quotes"])
def make_quotes(nlp: Language, name: str, aliases, lexicons, time_limit, min_quote_words: int,
                min_unattributed_words: int, continuation_sentences: int,
                subject_sentences: int, prior_speakers: int) -> NewsQuotes:
    """Factory of ``news_quotes``: the config of ``news_entities`` plus the thresholds of
    :class:`analysis.quotes.QuoteSettings`."""
    return NewsQuotes(name, aliases, lexicons, time_limit, min_quote_words=min_quote_words,
                      min_unattributed_words=min_unattributed_words,
                      continuation_sentences=continuation_sentences,
                      subject_sentences=subject_sentences, prior_speakers=prior_speakers)
