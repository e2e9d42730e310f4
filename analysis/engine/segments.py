"""Paragraphs and sentences as character offsets: where each starts, and which one holds an
offset. Sentences are the parser's.

Paragraphs have one definition, :data:`PARAGRAPH_BREAK`, and every part of the package finds
them here: the ``news_paragraphs`` component (no sentence across a break), the quotation-mark
pairing (no quote across a break), a cue's content (kept in its paragraph), a quote continuing
an earlier speaker (within the next paragraph), the ``paragraph_id`` of the tables' rows and the
cutting of a very long text into chunks (at a break where possible). A paragraph break is a
blank line: a line break, a line holding nothing or only spaces, tabs or no-break spaces, and a
line break; the break also takes the whitespace after it, so a paragraph starts at its first
visible character and more blank lines in a row are one break. A single line break (hard-wrapped
text) is not a break.
"""

from __future__ import annotations

import bisect
import re

#: a paragraph break: a blank line (possibly holding spaces, tabs, no-break spaces) and all the
#: whitespace after it
PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n\s*")


def paragraph_breaks(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each paragraph break of ``text`` (:data:`PARAGRAPH_BREAK`), in order;
    ``end`` is where the next paragraph starts (or the end of ``text``)."""
    return [m.span() for m in PARAGRAPH_BREAK.finditer(text)]


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each non-empty paragraph, without the breaks between them."""
    spans, start = [], 0
    for a, b in paragraph_breaks(text):
        spans.append((start, a))
        start = b
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if b > a]


def _starts(spans: list[tuple[int, int]]) -> list[int]:
    """The start offsets of ``spans`` for :func:`locate`, the first at 0 (whitespace before the
    first paragraph belongs to it)."""
    return [0] + [a for a, _ in spans[1:]]


def paragraph_starts(text: str) -> list[int]:
    """Character offsets where each paragraph of :func:`paragraph_spans` starts, the first at 0:
    ``locate(offset, paragraph_starts(text))`` is the 0-based paragraph number of ``offset``."""
    return _starts(paragraph_spans(text))


def sentence_starts(doc) -> list[int]:
    """Character offsets where each sentence of ``doc`` starts."""
    from .syntax import index

    ix = index(doc)
    starts = ix.starts
    return [starts[start] for start, _ in ix.sent_bounds]


def locate(offset: int, starts: list[int]) -> int:
    """Index of the paragraph/sentence (from its start offsets) containing ``offset``."""
    return max(bisect.bisect_right(starts, offset) - 1, 0)


def doc_paragraphs(doc) -> list[tuple[int, int]]:
    """:func:`paragraph_spans` of a parsed ``doc``'s text (at least one, possibly empty), found
    once per Doc (kept on its :class:`~analysis.engine.syntax.DocIndex`)."""
    from .syntax import index

    ix = index(doc)
    if ix._paragraphs is None:
        ix._paragraphs = paragraph_spans(ix.text) or [(0, len(ix.text))]
    return ix._paragraphs


def doc_paragraph_starts(doc) -> list[int]:
    """:func:`paragraph_starts` of a parsed ``doc``'s text, from :func:`doc_paragraphs`, found
    once per Doc like them (callers only read the list)."""
    from .syntax import index

    ix = index(doc)
    if ix._paragraph_starts is None:
        ix._paragraph_starts = _starts(doc_paragraphs(doc))
    return ix._paragraph_starts


def paragraph_of(doc, offset: int) -> tuple[int, int]:
    """``(start, end)`` of the paragraph holding character ``offset`` (the first when
    ``offset`` is before it, the one before when it is in a break)."""
    return doc_paragraphs(doc)[locate(offset, doc_paragraph_starts(doc))]
