"""Paragraphs and sentences as character offsets: where each starts, and which one holds an
offset. Paragraphs are separated by blank lines; sentences are the parser's."""

from __future__ import annotations

import bisect
import re

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n\s*")


def is_paragraph_break(space: str) -> bool:
    """Whether a stretch of whitespace holds a blank line (a paragraph break)."""
    return _PARAGRAPH_BREAK.search(space) is not None


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each non-empty paragraph, without the blank lines between them."""
    spans, start = [], 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if b > a]


def paragraph_starts(text: str) -> list[int]:
    """Character offsets where each paragraph starts (paragraphs are separated by blank lines)."""
    return [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]


def sentence_starts(doc) -> list[int]:
    """Character offsets where each sentence of ``doc`` starts."""
    from .syntax import index

    return [doc[start].idx for start, _ in index(doc).sent_bounds]


def locate(offset: int, starts: list[int]) -> int:
    """Index of the paragraph/sentence (from its start offsets) containing ``offset``."""
    return max(bisect.bisect_right(starts, offset) - 1, 0)


def paragraph_of(doc, offset: int) -> tuple[int, int]:
    """``(start, end)`` of the paragraph (blank-line separated) holding character ``offset``,
    the paragraphs found once per Doc (kept on its :class:`~analysis.engine.syntax.DocIndex`)."""
    from .syntax import index

    ix = index(doc)
    if ix._paragraphs is None:
        ix._paragraphs = paragraph_spans(ix.text) or [(0, len(ix.text))]
    starts = [a for a, _ in ix._paragraphs]
    return ix._paragraphs[max(0, bisect.bisect_right(starts, offset) - 1)]
