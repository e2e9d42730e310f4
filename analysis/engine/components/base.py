"""What the engine's spaCy components share: the results they keep on the ``Doc``, the typed
objects built from them, and :class:`_Stage` (lexicons, alias table, per-article time budget).

The results live on the Doc as plain lists (extension attributes ``news_mentions_data``,
``news_quotes_data``), so they survive ``Doc.to_bytes``, ``DocBin`` and ``nlp.pipe(n_process=2)``;
the typed objects (:class:`Mention`, :class:`Quote`) are built from them on access
(``doc._.mentions``, ``doc._.quotes``). A Doc that runs over a component's time limit gets
``doc._.news_timeout`` (the component's name) and no results.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span

from ..syntax import doc_text

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
    from ..aliases import read_aliases

    table = read_aliases(aliases, include_default=False)
    return [[alias, canonical, label] for alias, (canonical, label) in table.exact.items()]


class _Stage:
    """What both components share: lexicons, alias table, time budget."""

    def __init__(self, name: str, aliases, lexicons, time_limit: float | None):
        from ... import lexicons as lex
        from ..aliases import read_aliases

        self.name = name
        self.lexicons = lex.load_lexicons(lexicons)
        rows = _alias_rows(aliases)
        self.aliases = read_aliases({r[0]: (r[1], r[2]) for r in rows} if rows else None)
        self.time_limit = time_limit

    def run(self, doc, work) -> bool:
        """``work(doc)`` with the lexicons and the time budget; False when it timed out."""
        from ..budget import ArticleTimeout, time_budget
        from ...lexicons import use_lexicons

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
        from ..entities import FoundMention, article_mentions

        data = doc._.get(MENTIONS_DATA)
        if data is not None:
            text = doc_text(doc)
            return [FoundMention(text[a:b], label, a, b, actor, fixed)
                    for a, b, label, actor, fixed in data]
        found = article_mentions(doc, self.aliases)
        _store_mentions(doc, found)
        return found


def _store_mentions(doc, mentions) -> None:
    doc._.set(MENTIONS_DATA, [[m.start, m.end, m.label, m.actor, m.fixed_label]
                              for m in mentions])
    spans = [_span(doc, m.start, m.end, m.label) for m in mentions]
    doc.spans[SPAN_GROUP] = [s for s in spans if s is not None]
