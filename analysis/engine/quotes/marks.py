"""Stage 1: pairing quotation marks into :class:`~.types.QuoteSpan` records.

Quotation marks of these conventions are paired within each paragraph (:data:`DOUBLE` and
:data:`SINGLE`): English “…”, ‘…’, straight "…" and '…' (apostrophes excepted) and NYT-style
``''…''``; German „…“ and ‚…‘, Polish/Hungarian „…” and ‚…’; French «…» (with or without
the spaces inside, « … »), Danish/German »…« and the single ‹…›/›…‹; fullwidth ＂…＂; CJK
「…」 and 『…』. A mark that closes one convention and opens another (“ closes „, » closes «)
closes when its opener is open, unless it stands where an opening mark does (after a space or
bracket, before a word: “ opening an English quote after a stray „); » and › open only there,
so a French closer is never an opener. A quote still open
at a paragraph's end stops there, so a stray mark never swallows the article; if the next
paragraph re-opens a quote, the segments form one multi-paragraph quote (the news convention).
The same convention with the paragraph breaks lost (BBC text: "… a woman. "Merrill Lynch is …"")
is read inside a paragraph too (:func:`_reopens`): a double mark of the open quote's convention
(or a straight one) after a full sentence of it and a space, before a capital letter, starts
a new segment of the same quote (chained) instead of closing it or leaving the first piece a
stray mark — unless the open quote's own mark stood where no opening mark does, and, for a
last straight segment that never closes in its paragraph nor goes on in the next, the mark
closes as before (narrative after it stays out).
Quoted spans of one or two words (titles, scare quotes) are not quotes.

Complexity: one pass over each paragraph's characters per level of mark (double, single),
made by the regex engine, which stops only at quotation marks: O(n) in the length of the text
(:func:`_reopens` reads three characters around a mark). The filters :func:`is_title` and :func:`sentence_like` are
linear in the quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from ... import lexicons
from ..segments import paragraph_spans
from .spans import Intervals, trim
from .types import QuoteSettings, QuoteSpan

_DEFAULT = QuoteSettings()


@dataclass(frozen=True)
class MarkLevel:
    """One level of quotation marks (double or single) of every convention.

    ``pairs`` maps each opening mark to the marks that close its quote; ``straight`` marks
    open or close by context (``"``, ``＂``, ``'``) and close any quote of the level, as
    ``universal`` closers do (”, ’: a closer in every convention); ``context_openers`` open
    only where an opening mark can stand (» and ›, closers in French); ``apostrophes`` are
    skipped between letters (don't, don‘t, a‚b) and, unopened, after one (officials’ view).
    """

    pairs: dict[str, str]
    straight: str
    universal: str
    context_openers: str = ""
    apostrophes: str = ""

    @property
    def marks(self) -> frozenset[str]:
        """Every character this level pairs."""
        return frozenset("".join(self.pairs) + "".join(self.pairs.values()) + self.straight
                         + self.universal)

    def closes(self, opener: str, ch: str) -> bool:
        """Whether ``ch`` closes a quote opened by ``opener``."""
        return ch in self.pairs.get(opener, "") or ch in self.straight + self.universal


DOUBLE = MarkLevel(pairs={"“": "”»", "„": "“”", "«": "»”", "»": "«", "「": "」"},
                   straight='"＂', universal="”", context_openers="»")
SINGLE = MarkLevel(pairs={"‘": "’", "‚": "‘’", "‹": "›", "›": "‹", "『": "』"},
                   straight="'", universal="’", context_openers="›", apostrophes="‘’‚'")
# every opening mark (straight ones included)
OPENING_MARKS = "".join(DOUBLE.pairs) + "".join(SINGLE.pairs) + DOUBLE.straight + SINGLE.straight
# every closing mark (straight ones included)
CLOSING_MARKS = "".join(sorted({c for level in (DOUBLE, SINGLE)
                                for c in "".join(level.pairs.values()) + level.straight}))
# For the stages after pairing, which read the text around a quote: marks that close a quote
# in some convention and open none in English text (“ and ‘ close German quotes but open
# English ones)
CLOSERS = "".join(sorted(set(CLOSING_MARKS) - set("“‘'")))
# quotation marks spaCy's English tokenizer leaves on the word (＂We, bridge,＂; split off by
# analysis.engine.pipeline.split_quote_marks)
UNSPLIT_MARKS = "＂‹›"
# characters after which a straight mark (or » ›) opens a quote
OPEN_CONTEXT = " \t\n([{—–-/\u00a0\u202f\u3000（："
# characters before which » and › do not open a quote (a French closer: « … », said)
_NOT_AFTER_OPENER = ",.;:!?)]}" + CLOSING_MARKS


def _is_opener(text: str, i: int, lo: int) -> bool:
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before in OPEN_CONTEXT or before in OPENING_MARKS) and not after.isspace()


def _opens_here(text: str, i: int, lo: int) -> bool:
    """Whether a mark that opens one convention and closes another (» ›, “ after „) stands
    where an opening mark does: after a space or bracket and before a word, not before a
    comma or a full stop (``« … », said``)."""
    return _is_opener(text, i, lo) and text[i + 1:i + 2] not in ("", *_NOT_AFTER_OPENER)


# the next paragraph opening with a double mark (a quote of several paragraphs goes on)
_NEXT_OPENS = re.compile(r"\s*[\"“„«»＂]")
# the end of a quoted sentence left unclosed before a re-opening mark: ". “B", "? "B"
_UNCLOSED_END = re.compile(r"[.!?][’']?\s$")


def _reopens(text: str, open_at: int, i: int, lo: int, level: MarkLevel) -> bool:
    """Whether the mark at ``i`` opens a new segment of the quote open since ``open_at``
    rather than closing it: BBC-style quotes of several paragraphs, each opening with a mark
    and none closed until the last, whose paragraph breaks were lost ("… a woman. "Merrill
    Lynch is …"", “… growth. “In so doing …”). Only a double mark of the quote's own
    convention (or a straight one) standing where an opening mark does, after a full
    sentence of the open quote and a space, before a capital letter, when the open quote's
    own mark stood where an opening mark does too (not “A,“ said X. “B: a typed closer)."""
    ch = text[i]
    if level.apostrophes or ch not in level.straight and ch != text[open_at] \
            or ch not in level.pairs and ch not in level.straight:
        return False
    nxt = text[i + 1:i + 2]
    return nxt.isupper() and _is_opener(text, i, lo) and text[i - 1] == " " \
        and _is_opener(text, open_at, lo) \
        and i - open_at > 3 and _UNCLOSED_END.search(text, max(open_at + 1, i - 3), i) is not None


# the rest of an elided year: a decade ("80s") before no letter or digit, or two digits before
# punctuation (no digit after it) or the end ("96," "08.”"; not '20 years on …', '20,000 …')
_YEAR_TAIL = re.compile(r"\d\d(?:[sS](?![^\W_])|(?=[^\w\s](?!\d)|\Z))")


def _elided_year(text: str, at: int) -> bool:
    """Whether the word at ``at`` is the rest of a year or decade whose century an apostrophe
    elides ("the '80s", "in the ‘90s", "the class of '96,", "since ’08."), session 22: the
    apostrophe before it is no quotation mark. Scraped text prints it straight or as an
    opening ‘, and read as an opening mark it paired with the next quote's mark, making a
    quote of the narrative between ("grew up in the '80s in Houston, where … A self-described
    ''geeky kid,''") and leaving the real quote after it unpaired. O(1)."""
    return _YEAR_TAIL.match(text, at) is not None


_LOWER_WORD = re.compile(r"[a-z]+(?![\w'’])")


def _elided_word(text: str, at: int) -> bool:
    """Session 23 (s27-webquotes): whether the word at ``at`` is one whose first letters an
    apostrophe elides (``elided_words``: "'bot nets", "give 'em a chance", "'til then"), in
    lower case and whole: the apostrophe before it is no quotation mark, as for an elided year
    (:func:`_elided_year`). Read as an opening mark it paired with a later apostrophe and made a
    quote of the narrative between ("used a 'bot net of machines … the team saw 'bot nets"). O(1)."""
    found = _LOWER_WORD.match(text, at)
    return found is not None and found.group() in lexicons.words("elided_words")


@cache
def _candidates(marks: frozenset[str], single: bool) -> re.Pattern[str]:
    """The characters :func:`_pair_marks` acts on (a level's ``marks``, and ``'`` of ``''`` at
    the double level): it visits only them, found by the regex engine, not every character."""
    chars = set(marks) | (set() if single else {"'"})
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")


def _pair_marks(text: str, lo: int, hi: int, level: MarkLevel, single: bool,
                skip: Intervals | None = None) -> tuple[list[QuoteSpan], bool]:
    """Pair one level of quotation marks inside ``text[lo:hi]``; returns spans and open-at-end.
    A mark that closes the open quote closes it; a new opening mark before a close makes the
    earlier one stray: pairing restarts there. Marks inside ``skip`` (markup tags) are no
    marks."""
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    # (re-opening mark, index of the span it ended) of the latest segment re-opened
    reopened: tuple[int, int] | None = None
    marks = level.marks
    skip_to = lo
    for found in _candidates(marks, single).finditer(text, lo, hi):
        i = found.start()
        if i < skip_to or skip is not None and i in skip:
            continue
        ch = text[i]
        if not single and ch == "'" and text[i + 1:i + 2] == "'":
            skip_to = i + 2  # '' as a double quotation mark (NYT style)
            if open_at is not None:
                start, end = trim(text, open_at + 1, i)
                if end > start:
                    spans.append(QuoteSpan(open_at, i + 1, start, end, single))
                open_at = None
            elif _is_opener(text, i + 1, lo) or i == lo or text[i - 1] in OPEN_CONTEXT:
                open_at = i + 1
            continue
        if ch not in marks:
            continue
        if ch in level.apostrophes:
            prev = text[i - 1] if i > lo else " "
            nxt = text[i + 1] if i + 1 < hi else " "
            if prev.isalnum() and nxt.isalnum():
                continue  # apostrophe: don't, it’s
            if ch in level.universal + level.straight and open_at is None and prev.isalnum():
                continue  # plural possessive or elision: officials’ view
            if nxt in "nN" and text[i + 2:i + 3] in level.apostrophes and prev.isspace() \
                    and not text[i + 3:i + 4].isalnum():
                skip_to = i + 3  # rock ‘n’ roll, rock 'n' roll
                continue
            if not prev.isalnum() and (_elided_year(text, i + 1) or _elided_word(text, i + 1)):
                continue  # the '80s, the class of ‘96, 'bot nets
        if open_at is not None and _reopens(text, open_at, i, lo, level):
            # “A. “B …: the previous paragraph's segment ends unclosed (news convention)
            start, end = trim(text, open_at + 1, i)
            reopened = None
            if end > start:
                reopened = (i, len(spans))
                spans.append(QuoteSpan(open_at, None, start, end, single))
            open_at = i
            continue
        # a mark that also opens (“ after „) closes only where no opening mark would stand
        if open_at is not None and level.closes(text[open_at], ch) and not (
                ch in level.pairs and _opens_here(text, i, lo)):
            start, end = trim(text, open_at + 1, i)
            if end > start:
                spans.append(QuoteSpan(open_at, i, start, end, single))
            open_at = None
        elif ch in level.straight:
            if _is_opener(text, i, lo):
                open_at = i
        elif ch in level.context_openers:
            if _opens_here(text, i, lo) and i + 1 < hi:
                open_at = i
        elif ch in level.pairs:
            open_at = i
    if open_at is not None and reopened is not None and reopened[0] == open_at \
            and reopened[1] == len(spans) - 1 and _NEXT_OPENS.match(text, hi) is None \
            and level.closes(text[spans[-1].open], text[open_at]):
        # the last segment never closes and no paragraph re-opens it: its straight mark was
        # a closer after all ("…poor. "I am …" then narrative): paired as without the rule
        spans[-1] = replace(spans[-1], close=open_at)
        open_at = None
    if open_at is not None and not single:
        start, end = trim(text, open_at + 1, hi)
        if end > start:
            spans.append(QuoteSpan(open_at, None, start, end, single))
        return spans, True
    return spans, False


def paired_marks(text: str, *, paragraphs: list[tuple[int, int]] | None = None,
                 skip: Intervals | None = None
                 ) -> list[tuple[int, list[QuoteSpan], bool]]:
    """The quotation marks of ``text`` paired, paragraph by paragraph: ``(paragraph start, its
    quoted spans in order, whether a double quote is left open at its end)`` — what
    :func:`find_quote_spans` keeps from, whatever its ``min_words`` (a caller asking for two
    lengths pairs the marks once). Arguments as for :func:`find_quote_spans`. O(n)."""
    found = []
    for lo, hi in paragraph_spans(text) if paragraphs is None else paragraphs:
        doubles, left_open = _pair_marks(text, lo, hi, DOUBLE, False, skip)
        taken = [(s.open, s.outer_end) for s in doubles]
        singles, _ = _pair_marks(text, lo, hi, SINGLE, True, skip)
        singles = [s for s in singles  # outside every double span: not in, not around one
                   if not any(a <= s.open < b or a < s.outer_end <= b or s.open < a < s.outer_end
                              for a, b in taken)]
        found.append((lo, sorted(doubles + singles, key=lambda s: s.open), left_open))
    return found


def find_quote_spans(text: str, *, min_words: int = _DEFAULT.min_quote_words,
                     paragraphs: list[tuple[int, int]] | None = None,
                     skip: Intervals | None = None,
                     paired: list[tuple[int, list[QuoteSpan], bool]] | None = None
                     ) -> list[QuoteSpan]:
    """Quoted stretches of ``text``, in order, never overlapping and never crossing a paragraph.

    Double marks (:data:`DOUBLE`: “…”, „…“, «…», ＂…＂, 「…」, …) are paired first; single
    marks (:data:`SINGLE`: ‘…’, '…', ‚…‘, ‹…›, 『…』, …) only outside them, and only when closed
    in the same paragraph. An unclosed double quote ends at its
    paragraph's end; if the next paragraph starts with an opening mark, both segments get the
    same ``chain`` (a multi-paragraph quote), as do the segments of one paragraph that a
    re-opening mark separates (:func:`_reopens`; the earlier ones with ``close`` None). Spans
    with fewer than ``min_words`` words are dropped (titles, scare quotes). O(n) in the length
    of ``text``.

    Paragraphs are :func:`~analysis.engine.segments.paragraph_spans` of ``text``, or
    ``paragraphs`` when the caller has them (a Doc's, found once:
    :func:`~analysis.engine.segments.doc_paragraphs`). Quotation marks inside ``skip`` (the
    markup tags of :func:`.markup.markup_spans`: ``<tweet author="@X">``) are not paired.
    ``paired``: :func:`paired_marks` of the same text, paragraphs and ``skip``, when the caller
    has it (then ``paragraphs`` and ``skip`` are not read).
    """
    result: list[QuoteSpan] = []
    previous_open: int | None = None  # index in result of a segment left open at paragraph end
    if paired is None:
        paired = paired_marks(text, paragraphs=paragraphs, skip=skip)
    for lo, spans, left_open in paired:
        starts_with_open = bool(spans) and spans[0].open == lo and not spans[0].single
        unclosed: int | None = None  # a segment of this paragraph ended by a re-opening mark
        for n, s in enumerate(spans):
            if len(text[s.start:s.end].split()) < min_words:
                unclosed = None
                continue
            if previous_open is not None and n == 0 and starts_with_open:
                first = result[previous_open]
                if first.chain is None:
                    result[previous_open] = first = replace(first, chain=previous_open)
                s = replace(s, chain=first.chain)
            elif unclosed is not None and not s.single:
                first = result[unclosed]
                if first.chain is None:
                    result[unclosed] = first = replace(first, chain=unclosed)
                s = replace(s, chain=first.chain)
            result.append(s)
            unclosed = len(result) - 1 if s.close is None and not s.single else None
        last = result[-1] if result else None
        previous_open = (len(result) - 1 if left_open and last is not None
                         and last.close is None and last.open >= lo else None)
    return result


def sentence_like(quote: str, settings: QuoteSettings = _DEFAULT) -> bool:
    """Whether an unattributed quoted span reads as speech: a full sentence (of at least
    ``min_quote_words``) or a phrase of ``min_unattributed_words``."""
    words = len(quote.split())
    return words >= settings.min_unattributed_words or (
        words >= settings.min_quote_words and quote.rstrip("\"'”’)")[-1:] in ".!?")


def is_title(quote: str) -> bool:
    """A quoted name of a show, book or slogan ("Meet the Press", "Make America Great Again"):
    every word capitalised but the small ones (``title_small_words``), no sentence
    punctuation; at most 8 words, or a title and a subtitle after one colon, each part
    capitalised so, at most 16 words in all (a book's or film's full title: "Crippled America:
    How to Make America Great Again", "Chick Lit: The New Woman's Fiction."). A chant in
    capitals ("BUILD THE WALL!") is speech."""
    if quote.isupper():
        return False
    parts = quote.strip(" .,!?\"'“”‘’").split(": ")
    if len(parts) > 2 or not all(parts):
        return False
    words = [w for part in parts for w in part.split()]
    small = lexicons.words("title_small_words")
    return bool(words) and len(words) <= (8 if len(parts) == 1 else 16) \
        and not any(re.search(r"[.!?;:]\s", part) for part in parts) and all(
            w[:1].isupper() or not w[:1].isalpha() or w.lower() in small for w in words)
