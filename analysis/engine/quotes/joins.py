"""Stage 6b: one report, one quote — the quoted words that close a report's sentence joined to it.

A report is often cut by the parse before the quoted words that finish it: "He said voting
fraud is “a big, big problem” but “nobody has the guts to talk about it.”", "Clinton says she
hopes to win, but she knows that “LeBron will always be the king.”", "She said the event
brought back memories of her father, and of “all the people who …”", "said she has the
quality for the job: “Steadiness …”". The quoted span after the cut is then found again by
the frame rules and attributed to the same speaker: two quotes where the reporter wrote one.
:func:`join_same_report` makes them one (``mixed``) quote with the first one's cue and speaker.

Joined only when the second quote is a quoted span (``direct``) in the same sentence as the end
of the first, with the same speaker phrase, and the words between them (at most
``_MAX_GAP_WORDS``, no line break, no sentence end) hold neither that speaker nor either
quote's cue: an interrupted quote (“A,” he said, “B”) stays two quotes, one a side, and a
quote after "according to" is never extended. Linear in the number of quotes.

A quote that runs over several paragraphs, each new paragraph re-opening the marks (“A¶“B …”,
a :attr:`~.types.QuoteSpan.chain`), is one quote too (:func:`join_quote_chains`): one segment
a row made one attribution several quotes, each too small a part of it. A later segment joins
the row just before it when that row ends where the previous segment ends, with the same
speaker (or none), and not both with a cue of their own ("“A,” X said. “B¶“C”": A, and B with
C). The joined quote's text holds the paragraph break and the re-opening mark.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..segments import locate
from .types import Attribution, QuoteSpan

_MAX_GAP_WORDS = 12
_SENTENCE_END = re.compile(r"[.!?][\"'”’]*\s+[A-Z]")
_JOINABLE = ("direct", "indirect", "mixed")


def join_same_report(rows: list[Attribution], text: str, sentences: list[int]
                     ) -> list[Attribution]:
    """``rows`` (non-overlapping, in text order) with each quoted span that only finishes the
    report before it merged into that report (see the module doc)."""
    out: list[Attribution] = []
    for row in rows:
        if out and _finishes(out[-1], row, text, sentences):
            first = out[-1]
            out[-1] = replace(first, end=row.end, kind="mixed")
            continue
        out.append(row)
    return out


def _finishes(first: Attribution, row: Attribution, text: str, sentences: list[int]) -> bool:
    """Whether ``row`` holds the quoted words that close ``first``'s report."""
    if row.kind != "direct" or first.kind not in _JOINABLE or row.start < first.end \
            or first.speaker is None or row.speaker is None or first.speaker.start is None \
            or first.speaker.start != row.speaker.start:
        return False
    if locate(first.end - 1, sentences) != locate(row.start, sentences):
        return False
    a, b = first.end, row.start
    if first.speaker.start in range(a, b) or any(
            c is not None and a <= c.start < b for c in (first.cue, row.cue)):
        return False  # “A,” he said, “B”: one quote a side
    gap = text[a:b]
    return "\n" not in gap and len(gap.split()) <= _MAX_GAP_WORDS \
        and _SENTENCE_END.search(gap) is None


def join_quote_chains(rows: list[Attribution], spans: list[QuoteSpan]) -> list[Attribution]:
    """``rows`` (non-overlapping, in text order) with the paragraphs of one multi-paragraph
    quote made one quote (see the module doc): a row that is a later segment of a chain
    (:attr:`.types.QuoteSpan.chain`, “A¶“B”) joins the row just before it when that row ends
    where the chain's previous segment ends, both have the same speaker (or none) and not both
    have a cue of their own. The joined quote keeps the first row's kind (``mixed`` for an
    ``indirect`` one), and the first cue either row has. Linear in the number of quotes."""
    previous_end: dict[tuple[int, int], int] = {}  # a later segment -> its previous one's end
    last: dict[int, int] = {}  # chain -> end of its latest segment so far
    for q in spans:
        if q.chain is None:
            continue
        if q.chain in last:
            previous_end[(q.start, q.end)] = last[q.chain]
        last[q.chain] = q.end
    if not previous_end:
        return rows
    out: list[Attribution] = []
    for row in rows:
        first = out[-1] if out else None
        if first is not None and previous_end.get((row.start, row.end)) == first.end \
                and _same_speaker(first, row) and (first.cue is None or row.cue is None):
            out[-1] = replace(first, end=row.end,
                              kind="mixed" if first.kind == "indirect" else first.kind,
                              cue=first.cue if first.cue is not None else row.cue,
                              continued=first.continued and row.continued)
            continue
        out.append(row)
    return out


def _same_speaker(a: Attribution, b: Attribution) -> bool:
    """Whether two rows have the same speaker phrase, or both none."""
    if a.speaker is None or b.speaker is None:
        return a.speaker is None and b.speaker is None
    return (a.speaker.start, a.speaker.end) == (b.speaker.start, b.speaker.end)
