"""Character-span helpers shared by the quote stages: an interval index, trimming, the text
just before a position, and the character span of a parse subtree.

All of them are O(1) or O(log n) per call (or linear in the span they return), so that rules
calling them for every cue keep the whole engine linear in the article's length.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from ... import lexicons

if TYPE_CHECKING:
    from spacy.tokens import Token


class Intervals:
    """Sorted, non-overlapping ``[start, end)`` intervals with logarithmic look-ups (quote spans,
    entity mentions), so long articles stay linear-time."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]

    def __contains__(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.spans[i][1]

    def overlapping(self, start: int, end: int) -> range:
        """Indices (into ``spans``) of the intervals that overlap ``[start, end)``."""
        hi = bisect.bisect_left(self.starts, end)
        lo = hi
        while lo > 0 and self.spans[lo - 1][1] > start:
            lo -= 1
        return range(lo, hi)


def text_before(text: str, pos: int, window: int = 80) -> str:
    """The text just before ``pos`` without trailing whitespace, from a window of at most
    ``window`` characters (never a copy of the article up to ``pos``)."""
    return text[max(0, pos - window):pos].rstrip()


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without surrounding whitespace, commas, colons and semicolons."""
    while start < end and (text[start].isspace() or text[start] in ",:;"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",:;"):
        end -= 1
    return start, end


def _dangling(lex) -> re.Pattern:
    words = "|".join(map(re.escape, lex.lists["dangling_conjunctions"]))
    return re.compile(rf"[\s,;—–-]+(?:{words})$", re.I)


def content_span(text: str, start: int, end: int) -> tuple[int, int]:
    """A reported clause as a quote's content: trimmed, without a leading complementiser
    ("that", "whether", "if"), trailing sentence punctuation, or a conjunction left dangling
    by a clause cut off after it ("…, though"; ``dangling_conjunctions`` lexicon)."""
    start, end = trim(text, start, end)
    m = re.match(r"(that|whether|if)\s+", text[start:end], re.I)
    if m:
        start += m.end()
    while end > start and text[end - 1] in ".!?,;:—–- \n":
        end -= 1
    m = lexicons.derived("dangling_conjunctions_re", _dangling).search(text[start:end])
    if m and m.start() > 0:
        end = start + m.start()
    return start, end


def subtree_span(tok: Token, exclude=()) -> tuple[int, int]:
    """Character span of ``tok``'s subtree without the subtrees of ``exclude`` tokens cut off
    its ends. O(k log k) for k excluded tokens: subtrees are read from their edges, never
    walked (a chain of nested reports would make that quadratic)."""
    doc = tok.doc
    lo, hi = tok.left_edge.i, tok.right_edge.i
    cuts = sorted((e.left_edge.i, e.right_edge.i) for e in exclude)
    for a, b in cuts:
        if a <= lo <= b:
            lo = b + 1
    for a, b in sorted(cuts, key=lambda c: c[1], reverse=True):
        last = hi  # the last word: punctuation left by an earlier cut does not shield a report
        while last > lo and doc[last].is_punct:
            last -= 1
        if a <= last <= b:
            hi = a - 1
    if lo > hi:
        lo = hi = tok.i
    return doc[lo].idx, doc[hi].idx + len(doc[hi].text)


def subtree_size(tok: Token) -> int:
    """Number of tokens from ``tok``'s left edge to its right edge."""
    return tok.right_edge.i - tok.left_edge.i + 1
