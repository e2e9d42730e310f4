"""Quotes shorter than ``min_quote_words`` that a speech cue right after them frames as a whole
utterance: "“Seriously?” asked Mr Hollis.", "“Why now?” asked the minister.", "“No,” she
said." Such spans are dropped by :func:`.marks.find_quote_spans` (most short quoted stretches
are titles and scare quotes); one is kept when

* it opens its sentence (a paragraph start, or after a sentence end or a closing mark),
* its words end in "?", "!" or "," inside the marks (an utterance, not a name: "“Frozen”
  sold …"),
* and a speech cue with a speaker follows at once — the verb or its speaker right after the
  closing mark (and a comma), nothing but the cue and its speaker up to the sentence's end or
  the next comma ("asked Mr Hollis.", "he asked, smiling.").

O(q + c) for q short spans and c cues (both sorted).
"""

from __future__ import annotations

import bisect
import re

from .types import Cue, QuoteSpan, Speaker

# only a comma and spaces between the closing mark and the cue
_GAP = re.compile(r"[^\S\n]*,?[^\S\n]*")
# the sentence ends (or goes on after a comma) right after the cue and its speaker
_AFTER = re.compile(r"[^\S\n]*(?:[.,!?;\n]|\Z)")
# where a sentence may end right before a quote
_BOUNDARY = ".!?:\"'”’»"


def framed_short_quotes(short: list[QuoteSpan], cues: list[Cue], speakers: dict[int, Speaker],
                        text: str) -> list[QuoteSpan]:
    """The spans of ``short`` (closed quotes under ``min_quote_words``, in text order) that a
    speech cue of ``cues`` (sorted by start; ``speakers``: their typed speakers by token index)
    frames as an utterance of its own, as described in the module doc."""
    starts = [c.start for c in cues]
    found = []
    for q in short:
        if q.close is None or not text[q.start:q.close].rstrip().endswith(("?", "!", ",")):
            continue
        before = text[max(0, q.open - 80):q.open].rstrip(" \t")
        if before and before[-1] not in _BOUNDARY and not before.endswith("\n"):
            continue
        gap = _GAP.match(text, q.outer_end)
        reach = gap.end() if gap is not None else q.outer_end
        at = bisect.bisect_left(starts, q.outer_end)
        for cue in cues[at:at + 2]:
            who = speakers.get(cue.token_i)
            if who is None or who.start is None or who.end is None or cue.content is not None \
                    or cue.negated or cue.according_to:
                continue
            first, last = min(cue.start, who.start), max(cue.end, who.end)
            if first == reach and _AFTER.match(text, last):
                found.append(q)
                break
    return found
