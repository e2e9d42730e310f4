"""Quotes shorter than ``min_quote_words`` that a speech cue frames as a whole utterance.
Such spans are dropped by :func:`.marks.find_quote_spans` (most short quoted stretches are
titles and scare quotes); one is kept in three frames, each needing a cue with a speaker that
is not negated and no "according to":

1. **The cue right after it** ("“Seriously?” asked Mr Hollis.", "“No,” she said.",
   "“Absolutely not,” he said of the plan.", "“Too forced?” He tweeted when …"): the quote
   opens its sentence (a paragraph start, or after a sentence end or a closing mark, no-break
   spaces aside), its words end in "?", "!" or "," inside the marks (an utterance, not a name:
   "“Frozen” sold …"), and the verb or its speaker comes at once after the closing mark (and a
   comma). The cue reports nothing else (no content); or, after a comma, the next quoted part
   of the same split quote, a few words of its own clause between (“Word is,” he said last
   month, “that …”); or its content starts past a comma of its tail (the parser hung a later
   clause on it: "she said of the election, in which she was sure …"). What follows the cue
   and its speaker is free ("of the crowd", "when the host laughed", "in a tweet after …"). A
   negation the parser gave the cue from the quote's words ("“Absolutely not,” he said") does
   not count when the cue and its speaker hold none.
2. **The cue right before it** ("Wallace then asked, “With nukes?”", "Baker wrote on Twitter:
   “Sad!”"): the cue and its speaker (and at most :data:`_MAX_TAIL` plain words, "told
   reporters", "on Twitter") end just before a comma or colon that opens the quote, and the
   quote closes its sentence (a sentence end inside the marks or just after them, then the
   paragraph's end or a new sentence). No comma or colon, no frame: a chant or sign in
   narration ("chanting “Dump Trump.”", "a sign reading “15%!”") stays out.
3. **The continuation of a split quote** ("“I feel very good about it,” Tester said. “Very
   good.”"): the quote is a sentence of its own (opens after a sentence end, closes one) right
   after the sentence of a cue whose content is a (long) direct quote, or that follows one at
   once ("“…?” Sanders said. “Okay, great!”"), in the same paragraph, with no other sentence
   between; its speaker is then found by the attribution's continuation rule.

A short quote inside a sentence about something else ("the “47 percent” comment", "what we
call “infrastructure.”") fits none of the frames.

O(q log c + q log s) for q short spans, c cues and s long spans (all sorted).
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from .types import Cue, QuoteSpan, Speaker

# only a comma and spaces between the closing mark and the cue
_GAP = re.compile(r"[^\S\n]*,?[^\S\n]*")
# between a cue and the next part of its split quote: the rest of the cue's clause (no
# sentence end, quotation mark or paragraph break), a comma and an opening mark
_PART = re.compile(r"[^\n\"“”‘.!?]{0,60},[^\S\n]*[“\"‘'][^\S\n]*\Z")
# the cue's tail before a content past a comma ("of the election, in which …")
_COMMA_TAIL = re.compile(r"[^\n\"“”‘.!?,]+,[^\n\"“”‘.!?]*\Z")
# where a sentence may end right before a quote
_BOUNDARY = ".!?:\"'”’»"
# a sentence ends inside the marks or right after them: then the paragraph ends or a new
# sentence starts
_CLOSES = re.compile(r"([.!?]?)[^\S\n]*(?:\n|\Z|(?=[A-Z“\"‘'(]))")
# a negation of the cue's own words ("he did not say", "never said", "didn't")
_NEGATION = re.compile(r"\b(?:not|never)\b|n[’']t\b", re.IGNORECASE)
_SENTENCE_END = (".", "!", "?", ".…", "…")
# between a cue (and its speaker) and the comma or colon before a quote: a few plain words
_MAX_TAIL = 3
_TAIL = re.compile(r"(?:[^\S\n]+[A-Za-z][\w'’-]*){0,%d}[^\S\n]*[,:][^\S\n]*\Z" % _MAX_TAIL)
# the rest of a cue's sentence before a continuing quote: no quotation mark, paragraph break
# or other sentence end
_REST = re.compile(r"[^\n\"“”‘.!?]*[.!?][^\S\n]*\Z")


class _Long(NamedTuple):
    """The (long) quotes, sorted, with their opening marks' and ends' offsets for bisect."""

    spans: list[QuoteSpan]
    opens: list[int]
    ends: list[int]


def framed_short_quotes(short: list[QuoteSpan], cues: list[Cue], speakers: dict[int, Speaker],
                        text: str, spans: list[QuoteSpan] | None = None) -> list[QuoteSpan]:
    """The spans of ``short`` (closed quotes under ``min_quote_words``, in text order) that a
    speech cue of ``cues`` (sorted by start; ``speakers``: their typed speakers by token index)
    frames as an utterance of its own, as described in the module doc; ``spans`` are the
    (long) quotes, sorted, for the continuation of a split quote."""
    starts = [c.start for c in cues]
    spans = spans or []
    long = _Long(spans, [p.open for p in spans], [p.outer_end for p in spans])
    found = []
    for q in short:
        if q.close is None:
            continue
        words = text[q.start:q.close].rstrip()
        opens = _opens_sentence(text, q)
        if (opens and words.endswith(("?", "!", ",")) and _cue_after(q, cues, starts, speakers,
                                                                      long, text)) \
                or (_closes_sentence(text, q, words)
                    and (_cue_before(q, cues, starts, speakers, text)
                         or (opens and _continues(q, cues, starts, speakers, long, text)))):
            found.append(q)
    return found


def _opens_sentence(text: str, q: QuoteSpan) -> bool:
    """Whether ``q`` opens its sentence: a paragraph start, or after a sentence end or a
    closing mark (and spaces, no-break ones included: "the question.\u00a0“Denver,” …")."""
    before = text[max(0, q.open - 80):q.open].rstrip(" \t\u00a0\u202f")  # no-break spaces too
    return not before or before[-1] in _BOUNDARY or before.endswith("\n")


def _closes_sentence(text: str, q: QuoteSpan, words: str) -> bool:
    """Whether ``q`` (``words``: its content) closes its sentence: a sentence end inside the
    marks or right after them, then the paragraph's end or a new sentence."""
    m = _CLOSES.match(text, q.outer_end)
    if m is None:
        return False
    return words.endswith(_SENTENCE_END) or m.group(1) != ""


def _speaker(cue: Cue, speakers: dict[int, Speaker], text: str = "") -> Speaker | None:
    """The speaker phrase of a cue that can frame a quote (not negated, no "according to").
    With ``text``, the cue follows the quote, and a negation the parser gave it from the
    quote's words ("“Absolutely not,” he said") is none when the cue and its speaker hold no
    negation word."""
    who = speakers.get(cue.token_i)
    if who is None or who.start is None or who.end is None or cue.according_to:
        return None
    if cue.negated and (not text or _NEGATION.search(
            text, min(cue.start, who.start), max(cue.end, who.end)) is not None):
        return None
    return who


def _cue_after(q: QuoteSpan, cues: list[Cue], starts: list[int],
               speakers: dict[int, Speaker], long: _Long, text: str) -> bool:
    """Frame 1: the cue (or its speaker) comes right after ``q``'s closing mark (``long``: the
    long quotes, for the next part of a split quote)."""
    gap = _GAP.match(text, q.outer_end)
    reach = gap.end() if gap is not None else q.outer_end
    at = bisect.bisect_left(starts, q.outer_end)
    for cue in cues[at:at + 2]:
        who = _speaker(cue, speakers, text)
        if who is None or who.start is None or who.end is None:
            continue
        first, last = min(cue.start, who.start), max(cue.end, who.end)
        if first != reach:
            continue
        # the cue reports nothing else, or the next part of the split quote, or its content
        # is past a comma of its tail (the parser's reading of a clause after it: "she said
        # of the election, in which she was sure …")
        if cue.content is None or cue.content[0] < last \
                or (text[q.start:q.close].rstrip().endswith(",")
                    and _next_part(text, last, cue.content[0], long)) \
                or _past_comma(text, last, cue.content[0]):
            return True
    return False


def _past_comma(text: str, last: int, content: int) -> bool:
    """Whether a cue's content at ``content`` starts after a comma of the cue's own clause (no
    quotation mark, sentence end or paragraph break from the cue's end ``last`` to it)."""
    return content > last and _COMMA_TAIL.match(text, last, content) is not None


def _next_part(text: str, last: int, content: int, long: _Long) -> bool:
    """Whether a cue's content at ``content`` lies in the next quoted part of a split quote
    (one of ``long``): only words of the cue's own clause
    ("last month on Twitter"), then a comma and the opening mark, between the cue's end
    (``last``) and that part."""
    i = bisect.bisect_right(long.opens, content) - 1
    if i < 0 or long.opens[i] < last or content >= long.ends[i]:
        return False
    return _PART.match(text, last, long.opens[i] + 1) is not None


def _cue_before(q: QuoteSpan, cues: list[Cue], starts: list[int],
                speakers: dict[int, Speaker], text: str) -> bool:
    """Frame 2: the cue and its speaker end (with a few plain words after them) just before a
    comma or colon that opens ``q``."""
    at = bisect.bisect_left(starts, q.open)
    for cue in cues[max(0, at - 2):at]:
        who = _speaker(cue, speakers)
        if who is None or who.start is None or who.end is None or who.end > q.open:
            continue
        if cue.content is not None and not (q.open <= cue.content[0] < q.outer_end):
            continue
        last = max(cue.end, who.end)
        if last <= q.open and _TAIL.match(text, last, q.open):
            return True
    return False


def _continues(q: QuoteSpan, cues: list[Cue], starts: list[int],
               speakers: dict[int, Speaker], long: _Long, text: str) -> bool:
    """Frame 3: the sentence before ``q`` in its paragraph is that of a cue whose content is a
    direct quote of ``long`` (or that follows one at once: "“…?” Sanders said.")."""
    at = bisect.bisect_left(starts, q.open)
    for cue in cues[max(0, at - 2):at]:
        who = _speaker(cue, speakers)
        if who is None or who.start is None or who.end is None:
            continue
        if cue.content is not None:
            i = bisect.bisect_right(long.opens, cue.content[0]) - 1
            if i < 0 or not cue.content[0] < long.ends[i]:
                continue
        else:
            # "“…?” Sanders said.": the quote right before the cue is its content
            first = min(cue.start, who.start)
            i = bisect.bisect_right(long.ends, first) - 1
            gap = _GAP.match(text, long.ends[i]) if i >= 0 else None
            if gap is None or gap.end() != first:
                continue
        last = max(cue.end, who.end, long.ends[i])
        if last <= q.open and _REST.match(text, last, q.open):
            return True
    return False
