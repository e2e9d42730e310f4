"""The per-article pipeline: the spaCy model with the engine's components, parsing (long
articles in chunks), and one shard of articles turned into table rows.

:func:`news_pipeline` is the model of :mod:`analysis.nlp` plus ``news_entities`` and
``news_quotes`` (:mod:`analysis.components`), configured from ``analyze()``'s options and
loaded once per process and configuration. :func:`process_shard` is what every worker runs
(:mod:`analysis.parallel` hands it shards): parse with ``nlp.pipe``, rows per Doc
(:mod:`analysis.rows`), plain dicts back — never ``Doc`` objects.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import NamedTuple, Sequence

from .budget import DEFAULT_SECONDS

CHUNK_CHARS = 100_000  # longer articles are parsed in chunks and joined (exact offsets kept)
COMPONENTS = ("news_entities", "news_quotes")


def component_config(*, aliases=None, lexicons=None,
                     time_limit: float | None = DEFAULT_SECONDS) -> str:
    """The components' shared config as a JSON string (hashable, picklable, what workers get):
    user aliases as rows, lexicon overrides in config form, the time limit.

    Raises:
        ValueError: bad lexicon overrides or alias table; a time limit that is not positive.
    """
    from .components import _alias_rows
    from .lexicons import to_config

    if time_limit is not None and not time_limit > 0:
        raise ValueError(f"time budget must be a positive number of seconds, got {time_limit!r}")
    return json.dumps({"aliases": _alias_rows(aliases), "lexicons": to_config(lexicons) or None,
                       "time_limit": time_limit}, sort_keys=True)


def news_pipeline(target: str | None = None, config: str | None = None):
    """The spaCy pipeline ``target`` (resolved as :func:`analysis.nlp.resolve_model` does) with
    ``news_entities`` and ``news_quotes`` added, configured by ``config``
    (:func:`component_config`; default: the packaged lexicons and aliases, 60 s budget).

    Loaded once per process and configuration (a pipeline of its own, not the shared one of
    ``load_pipeline``); the model's ``senter`` stays disabled as spaCy ships it,
    ``news_hidden`` runs first (words with a soft hyphen or strike-through read as without) and
    ``news_paragraphs`` runs before its parser (no sentence spans a paragraph break).
    """
    from .nlp import resolve_model

    return _news_pipeline(resolve_model(target).target, config or component_config())


@lru_cache(maxsize=4)
def _news_pipeline(target: str, config: str):
    from . import components  # noqa: F401  (registers the factories)
    from .nlp import load_spacy

    nlp = load_spacy(target)
    split_quote_marks(nlp)
    nlp.add_pipe("news_hidden", first=True)  # the model reads "Bi\u00adden" as "Biden"
    if "parser" in nlp.pipe_names:  # no sentence, and no parse, across a paragraph break
        nlp.add_pipe("news_paragraphs", before="parser")
    for name in COMPONENTS:
        nlp.add_pipe(name, config=json.loads(config))
    return nlp


def split_quote_marks(nlp) -> None:
    """Make ``nlp``'s tokenizer split the quotation marks it leaves on words (＂, ‹, ›:
    :data:`analysis.quotes.marks.UNSPLIT_MARKS`) off them, as it does “ and «, so the quote
    stages see "＂We will …,＂ the mayor said" as marks, words and a speaker."""
    from .quotes.marks import UNSPLIT_MARKS

    tok = nlp.tokenizer
    marks = "".join(map(re.escape, UNSPLIT_MARKS))
    if tok.prefix_search is not None:
        tok.prefix_search = re.compile(f"{tok.prefix_search.__self__.pattern}|^[{marks}]").search
    if tok.suffix_search is not None:
        tok.suffix_search = re.compile(f"{tok.suffix_search.__self__.pattern}|[{marks}]$").search


def apply_components(nlp, doc):
    """``doc`` (parsed by the model) through the engine's components of ``nlp``, in order: for
    Docs that did not come through ``nlp.pipe`` — joined chunks, or Docs a benchmark parsed
    with the bare model."""
    for name in nlp.pipe_names:
        if name in COMPONENTS:
            doc = nlp.get_pipe(name)(doc)
    return doc


def split_text(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """Cut ``text`` into pieces of at most ``size`` characters whose concatenation is ``text``:
    at a paragraph break where possible, else after a sentence end, else at a space."""
    pieces = []
    start = 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = window.rfind("\n\n")
        if cut > size // 4:
            cut += 2
        else:
            cut = max(window.rfind(". "), window.rfind("\n"))
            cut = cut + 1 if cut > size // 4 else window.rfind(" ") + 1
        if cut <= 0:
            cut = size
        pieces.append(text[start:start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def parse(nlp, items: Sequence[tuple[str, str]], batch_size: int = 32):
    """``(doc, article_id)`` for ``(article_id, text)`` items, in order, through every
    component of ``nlp``. Texts longer than :data:`CHUNK_CHARS` (spaCy's ``max_length`` guards
    memory) are parsed in chunks by the model's own components, joined with ``Doc.from_docs``
    and then given to the remaining components whole, so ``doc.text`` is always exactly the
    article text and the engine sees the whole article."""
    from spacy.tokens import Doc

    ours = [name for name in nlp.pipe_names if name in COMPONENTS]
    pending: list[tuple[str, str]] = []

    def flush():
        texts = ((text, article_id) for article_id, text in pending)
        yield from nlp.pipe(texts, as_tuples=True, batch_size=batch_size)
        pending.clear()

    for article_id, text in items:
        if len(text) <= CHUNK_CHARS:
            pending.append((article_id, text))
            continue
        yield from flush()
        with nlp.select_pipes(disable=ours):
            docs = list(nlp.pipe(split_text(text, CHUNK_CHARS), batch_size=batch_size))
        doc = Doc.from_docs(docs, ensure_whitespace=False)
        if doc.text != text:  # never expected; a wrong offset would be worse than an error
            raise RuntimeError(f"article {article_id}: joined chunks do not reproduce the text")
        yield apply_components(nlp, doc), article_id
    yield from flush()


class ShardResult(NamedTuple):
    """What a worker sends back for one shard: plain rows, never ``Doc`` objects.

    Attributes:
        ids: the shard's article ids, in order (timed-out ones included).
        entities, quotes: row dicts of the articles that finished.
        timeouts: ids of the articles whose extraction ran over the time budget (no rows).
    """

    ids: list[str]
    entities: list[dict]
    quotes: list[dict]
    timeouts: list[str]


_WARMED: set[int] = set()


def warm(nlp) -> None:
    """Run the pipeline once on a tiny text per process, so that reading the lexicons and
    compiling the rules is not charged to the first article's time budget."""
    if id(nlp) not in _WARMED:
        nlp('"We will," Ann Lee said, according to officials.')
        _WARMED.add(id(nlp))


def process_shard(shard: Sequence[tuple[str, str]], target: str, config: str | None = None,
                  batch_size: int = 32) -> ShardResult:
    """Parse one shard of ``(article_id, text)`` and return its rows as a :class:`ShardResult`.

    Runs in a worker process (or in-process); loads :func:`news_pipeline` once per process and
    configuration. An article whose extraction ran over the components' time budget has no
    rows and is listed in ``timeouts``.
    """
    from .rows import doc_rows, timed_out

    nlp = news_pipeline(target, config)
    warm(nlp)
    result = ShardResult([article_id for article_id, _ in shard], [], [], [])
    for doc, article_id in parse(nlp, shard, batch_size):
        if timed_out(doc):
            result.timeouts.append(article_id)
            continue
        entities, quotes = doc_rows(doc, article_id)
        result.entities.extend(entities)
        result.quotes.extend(quotes)
    return result


def prepare(target: str, config: str | None = None) -> None:
    """Process-pool initializer: load and warm the pipeline before the first shard arrives."""
    warm(news_pipeline(target, config))
