"""What the engine's spaCy components share: the results they keep on the ``Doc``, the typed
views built from them, and :class:`_Stage` (lexicons, alias table, per-article time budget, and
fault isolation).

The results live on the Doc as lists of mappings, one a record (extension attributes
``news_mentions_data``, ``news_quotes_data``: :func:`analysis.engine.records.to_mapping` of each
:class:`~analysis.engine.records.MentionRecord` / :class:`~analysis.engine.records.QuoteRecord`,
a dict by field name), so they survive ``Doc.to_bytes``, ``DocBin`` and
``nlp.pipe(n_process=2)``; the typed views (:class:`Mention`, :class:`Quote`) are built from
them on access (``doc._.mentions``, ``doc._.quotes``). A Doc that runs over a component's time
limit gets ``doc._.news_timeout`` (the component's name) and no results; a Doc on which a
component raised an exception gets ``doc._.news_error`` (``{"component", "type", "message"}``)
and no results from that component on, and the pipeline goes on with the next Doc.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span

from ..records import MentionRecord, QuoteRecord, from_mapping, to_mapping
from ..syntax import doc_text

MENTIONS_DATA = "news_mentions_data"  # [to_mapping(MentionRecord), ...]
QUOTES_DATA = "news_quotes_data"  # [to_mapping(QuoteRecord), ...]
TIMEOUT = "news_timeout"  # name of the component that ran over its budget
FAILED = "news_error"  # {"component", "type", "message"} of the exception a component raised
SPAN_GROUP = "news_entities"


@dataclass(frozen=True)
class Mention:
    """An entity mention on ``doc._.mentions``: ``text == doc.text[start:end]`` (character
    offsets; ``span`` is the token span covering them), its repaired label and canonical
    actor. A view of a :class:`~analysis.engine.records.MentionRecord`."""

    span: Span | None
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
    (person, organization, document, anonymous, group, pronoun, unknown), ``actor``
    (canonical) and ``role``; ``continued`` when the speaker was carried over from an earlier
    quote. A view of a :class:`~analysis.engine.records.QuoteRecord` (whose fields are named
    like the table's columns: ``speaker_text`` is its ``speaker``, ``actor`` its
    ``speaker_actor``, ``role`` its ``speaker_role``)."""

    span: Span | None
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


def mention_records(doc) -> list[MentionRecord] | None:
    """The :class:`~analysis.engine.records.MentionRecord` of ``doc`` that ``news_entities``
    (or ``news_quotes``) kept, in text order; None when no component ran on it. The records
    this thread has just kept on this very Doc are handed over as they are, not built again
    from the mappings (:func:`_store_mentions`)."""
    data = doc._.get(MENTIONS_DATA)
    if data is None:
        return None
    kept = getattr(_kept, "mentions", None)
    if kept is not None and kept[0] is data:
        return list(kept[1])
    return [from_mapping(MentionRecord, m) for m in data]


def quote_records(doc) -> list[QuoteRecord] | None:
    """The :class:`~analysis.engine.records.QuoteRecord` of ``doc`` that ``news_quotes`` kept,
    in text order; None when it did not run on it."""
    data = doc._.get(QUOTES_DATA)
    return None if data is None else [from_mapping(QuoteRecord, q) for q in data]


def _mentions(doc) -> tuple[Mention, ...] | None:
    records = mention_records(doc)
    if records is None:
        return None
    return tuple(Mention(_span(doc, m.start, m.end, m.label), m.text, m.start, m.end, m.label,
                         m.actor) for m in records)


def _quotes(doc) -> tuple[Quote, ...] | None:
    records = quote_records(doc)
    if records is None:
        return None
    text = doc_text(doc)
    return tuple(Quote(_span(doc, q.start, q.end), text[q.start:q.end], q.start, q.end, q.kind,
                       _span(doc, q.cue_start, q.cue_end), q.cue_lemma,
                       _span(doc, q.speaker_start, q.speaker_end), q.speaker, q.speaker_type,
                       q.speaker_actor, q.speaker_role, bool(q.continued)) for q in records)


for _name in (MENTIONS_DATA, QUOTES_DATA, TIMEOUT, FAILED):
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
    from ..aliases import read_aliases

    table = read_aliases(aliases, include_default=False)
    return [[alias, canonical, label] for alias, (canonical, label) in table.exact.items()]


class _Stage:
    """What both components share: lexicons, alias table, time budget, fault isolation."""

    def __init__(self, name: str, aliases, lexicons, time_limit: float | None):
        from ... import lexicons as lex
        from ..aliases import read_aliases

        self.name = name
        self.lexicons = lex.load_lexicons(lexicons)
        rows = _alias_rows(aliases)
        self.aliases = read_aliases({r[0]: (r[1], r[2]) for r in rows} if rows else None)
        self.time_limit = time_limit

    def run(self, doc, work) -> bool:
        """``work(doc)`` with the lexicons and the time budget; False when it did not finish.

        A Doc that timed out or failed in an earlier component is left alone. Over the time
        budget, ``doc._.news_timeout`` names this component. Any other exception but
        ``MemoryError`` (which the caller handles: :func:`analysis.engine.pipeline.parse`) is
        kept on the Doc as ``doc._.news_error`` — this component's name, the exception's type
        and message — instead of being raised, so one article's fault never stops the other
        Docs of a batch (``nlp.pipe``) and :func:`analysis.engine.pipeline.process_shard`
        reports it as an ``engine_error``.
        """
        from ..budget import ArticleTimeout, time_budget
        from ...lexicons import use_lexicons

        if doc._.get(TIMEOUT) or doc._.get(FAILED):
            return False
        try:
            with use_lexicons(self.lexicons), time_budget(self.time_limit):
                work(doc)
        except ArticleTimeout:
            doc._.set(TIMEOUT, self.name)
            return False
        except MemoryError:
            raise
        except Exception as exc:  # noqa: BLE001 - one article's fault, reported with its Doc
            doc._.set(FAILED, {"component": self.name, "type": type(exc).__name__,
                               "message": str(exc)})
            return False
        return True

    def mentions(self, doc) -> list[MentionRecord]:
        """The article's mentions: those ``news_entities`` kept (:func:`mention_records`:
        the records it has just kept on this Doc in this thread are handed over as they are),
        else found now (and kept)."""
        from ..entities import article_mentions

        records = mention_records(doc)
        if records is not None:
            return records
        found = article_mentions(doc, self.aliases)
        _store_mentions(doc, found)
        return found


# the list of mappings this thread last kept on a Doc and the records it was made from (the
# next stage reads them back at once: :meth:`_Stage.mentions`)
_kept = threading.local()


def _store_mentions(doc, mentions: list[MentionRecord]) -> None:
    kept = getattr(_kept, "mentions", None)
    # the spans of this Doc's mentions kept before (news_quotes keeps them again, changed)
    known = kept[2] if kept is not None and kept[0] is doc._.get(MENTIONS_DATA) else {}
    spans = {}
    for m in mentions:
        key = (m.start, m.end, m.label)
        if key not in spans:
            spans[key] = known[key] if key in known else _span(doc, m.start, m.end, m.label)
    data = [to_mapping(m) for m in mentions]
    doc._.set(MENTIONS_DATA, data)
    _kept.mentions = (data, list(mentions), spans)
    found = [spans[m.start, m.end, m.label] for m in mentions]
    doc.spans[SPAN_GROUP] = [s for s in found if s is not None]
