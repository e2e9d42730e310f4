"""A quote relayed by a second source: "“…,” X said, according to Y" (session 19; part
of stage 6, :mod:`.attribution`, run on the cues before their speakers are typed).

When the words come to the writer through somebody else — a newspaper, a transcript, a witness
("“There is no deal yet,” the senator told reporters, according to Reuters"; "“…,” Harris said
at a news conference, according to the Boston Globe") — PolNeAR, like a careful reader, credits
the source the writer cites: the "according to" phrase, not the speaker it reports. The engine
already did so when the "according to" content took in the quote; when the sentence split
inside a long quote, or the phrase ran on after it ("…, according to Reuters, during an answer
to …"), the verb took the quote with its own subject and "according to" kept only the clause
"X said at a press conference" or the words after it.

The rule: a speech cue whose content is a quote ending before the verb (or that has none and
follows a closing quotation mark with only a few words between: the quote it frames), followed
in the same sentence by "according to Y" set off by a comma, with only the verb's own words
between (its subject, its listener, when and where: no quotation mark, sentence end, semicolon
or other cue, at most :data:`_GAP_WORDS` words), is Y's: the cue keeps its content and takes Y
as its speaker, and the "according to" cue, which reported only that clause or the words after
it, is dropped. Never when the verb's content follows it ("X said the plan would fail …,
according to Y": which of the clauses "according to" sources is not clear — PolNeAR credits X
where the phrase follows a relative clause) or is no quote ("the word “X” was mentioned …,
according to a review"), and never a negated verb.

Complexity: one pass over the cues in text order, O(n log n) with the sorts.
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from .types import Cue, QuoteSpan

#: at most this many words between the speech verb and "according to"
_GAP_WORDS = 14
#: at most this many words between a closing quotation mark and the verb that frames it
_SPEAKER_WORDS = 8
_STOPS = frozenset(".!?;\n")


def relayed_quotes(cues: list[Cue], text: str, spans: list[QuoteSpan]) -> list[Cue]:
    """The cues with each "“…,” X said, according to Y" relayed to Y (session 19; see the
    module docstring): the speech cue takes the "according to" cue's speaker head and span,
    and the "according to" cue is dropped."""
    ordered = sorted(cues, key=lambda c: c.start)
    ends = sorted(q.outer_end for q in spans)
    relayed: dict[int, Cue] = {}  # id of the speech cue -> the cue with Y as its speaker
    dropped: set[int] = set()
    for i, acc in enumerate(ordered):
        if not acc.according_to or acc.speaker_head is None or i == 0:
            continue
        verb = ordered[i - 1]
        if verb.according_to or verb.negated or id(verb) in relayed or verb.end > acc.start:
            continue
        if verb.content is None and not _after_quote(text, verb.start, ends):
            continue  # "said little, according to an attendee": no quote it frames
        if verb.content is not None and (verb.content[1] > verb.start
                                         or not _quote_ends_at(ends, verb.content[1])):
            continue  # the report follows the verb, or is no quote ("the word “X” was used")
        gap = text[verb.end:acc.start]
        if not gap.rstrip().endswith(",") or any(ch in _STOPS for ch in gap) \
                or len(gap.split()) > _GAP_WORDS \
                or bisect.bisect_left(ends, acc.start) > bisect.bisect_right(ends, verb.end):
            continue  # no "X said" clause alone between them
        relayed[id(verb)] = replace(verb, speaker_head=acc.speaker_head,
                                    speaker_span=acc.speaker_span)
        dropped.add(id(acc))
    if not relayed:
        return cues
    return [relayed.get(id(c), c) for c in cues if id(c) not in dropped]


def _quote_ends_at(ends: list[int], end: int) -> bool:
    """Whether a quote closes right at ``end``, the end of a cue's content (its closing mark,
    and a comma or a space before it, between them)."""
    k = bisect.bisect_left(ends, end)
    return k < len(ends) and ends[k] <= end + 3


def _after_quote(text: str, start: int, ends: list[int]) -> bool:
    """Whether a quote closes before ``start`` with only a few words (the speaker) and no
    sentence end between: a verb that frames the quote before it, which the frames stage
    attributes (session 19). ``ends``: the quotes' ends after their closing marks, sorted."""
    k = bisect.bisect_right(ends, start)
    if k == 0:
        return False
    gap = text[ends[k - 1]:start]
    return not any(ch in _STOPS for ch in gap) and len(gap.split()) <= _SPEAKER_WORDS
