"""Labels in quotation marks: words shown in quotation marks that nobody is quoted saying — the
text of a sign, banner or placard ("banners reading “Hands off our pensions”", "a sign that said
“No more cuts”"), a name a group or the public gives something ("what critics call “a tax on
the poor”", "what has been dubbed “…”", "the so-called “bedroom tax”", "a scheme known as
“…”"). :mod:`.attribution` drops such quoted spans before any rule attributes them, and drops a
cue whose speaker is a sign (a sign is no speaker). A speaker's own words stay quotes: "said
she felt “deeply frustrated”", "what he called “a witch hunt”" (a named or singular speaker
calling something so is a report of speech).

The rules read the words right before the opening mark, in its sentence (never across a
sentence end, a colon or another quote), from word lists of ``quote_words.toml``:

* ``label_openers`` right before the mark ("so-called", "known as", "nicknamed");
* a ``sign_nouns`` noun then, within six words and no comma or clause of its own ("and", "he",
  "who" …: ``sign_gap_stops``), a ``sign_verbs`` word right before the mark ("placards reading", "a sign that
  said", "T-shirts with the words", "a banner proclaiming"; not "will sign it and said");
* "what" and a naming verb of ``label_verbs`` right before the mark, with between them either a
  passive (only ``label_passive_words``: "what has been called", "what is known as") or a subject that is a group: a plural
  or generic noun of ``speaker_nouns.csv``'s ``group`` class, or ``label_subjects`` ("what
  critics call", "what some have dubbed", "what opponents of the plan labelled");
* a participle of ``label_participles`` right before the mark, after a comma, a dash, a bracket
  or the clause start, or after words of ``label_passive_words`` ("The prize, billed as “…”",
  "was described as “…”", "has since been dubbed “…”", "Described as “…”, the village …"),
  when nobody gives the label in its sentence (:func:`_unattributed`): no word of
  ``label_agent_words`` ("by", "according", "said" …) nor a form of a speech verb before the
  participle or after the closing mark up to the sentence's end. "was labelled “reckless” by
  the minister", "was described as “…”, police said" stay quotes; an active subject ("the
  minister described the plan as “…”", "calling the deal a “betrayal”") never matches, as a
  word other than a passive word stands before the participle.

A quotation after a label, joined to it by a comma, "and", "or" or "as well as" only (in its
line), is the next label of a list: "signs reading “Safe staffing saves lives” and
“We can't pour from an empty cup”", "placards reading “A”, “B” and “C”" (up to
:data:`_MAX_LISTED` quotations after the first). A speaker's words after a label stay a quote
("signs reading “A”. “We are here …,” said …": a sentence end; "called the plan “reckless” and
said, “…”": words between).

A quoted title followed by its author ("“Hamilton to play Chicago,” by Variety's Gordon Cox":
:func:`authored`) is a name, not anybody's words: without a cue of its own it is no quote.

A short quoted phrase inside a sentence about something else (:func:`embedded_fragment`: at
most five words not ending a sentence, after words of its sentence with no speech word among
them: "found there had been “3,210 shooting victims” between …") is kept only when a rule
attributes it; it does not continue the previous speaker's words, so, nobody's and short, it is
dropped.

Complexity: a regular expression over at most 80 characters before each quote (a list reads
the quotations before it, at most :data:`_MAX_LISTED`; a participle label reads at most
400 characters to its closing mark and 160 after it): O(q); the
fragment test reads the quote's sentence up to the quote.
"""

from __future__ import annotations

import re

from ... import lexicons
from ..syntax import doc_text
from .types import QuoteSpan

_WINDOW = 80
# where the sentence (or clause) the quote stands in starts, seen from the quote
_CLAUSE_BREAK = re.compile(r"[.!?;:\"“”«»\n](?=[^.!?;:\"“”«»\n]*$)")


def _alt(words) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


def _patterns(lex) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    opener = re.compile(rf"(?:^|\W)(?:{_alt(lex.lists['label_openers'])})[\s,:]*$", re.IGNORECASE)
    sign = re.compile(rf"\b(?:{_alt(lex.lists['sign_nouns'])})\b(?P<gap>[^,;\n]{{0,50}}?)\b"
                      rf"(?:{_alt(lex.lists['sign_verbs'])})[\s,:]*$", re.IGNORECASE)
    what = re.compile(rf"\bwhat\s+(?P<between>(?:[\w'’-]+\s+){{0,5}}?)"
                      rf"(?:{_alt(lex.lists['label_verbs'])})[\s,:]*$", re.IGNORECASE)
    passive = _alt(lex.lists["label_passive_words"])
    participle = re.compile(rf"(?:^\s*|[,(—–]\s*|\b(?:{passive})\s+)(?:(?:{passive})\s+)*"
                            rf"(?:{_alt(lex.lists['label_participles'])})[\s,:]*$", re.IGNORECASE)
    return opener, sign, what, participle


def _speaks(words: list[str]) -> bool:
    """Whether one of ``words`` (lower case) names who speaks: an agent word or a form of a
    speech verb ("by the minister", "…, police said", "according to")."""
    if lexicons.words("label_agent_words").intersection(words):
        return True
    verbs, _ = lexicons.speech_verbs()
    for w in words:
        stems = {w, w[:-1], w[:-2], w[:-3], w[:-3] + "y", w[:-3] + "e"}
        if w.endswith(("s", "d")) and verbs.intersection(stems) or w in verbs:
            return True
    return False


def _unattributed(text: str, open_: int, close: int | None, before: str,
                  match: re.Match) -> bool:
    """Whether a participle label (module doc) has nobody who gives it in its sentence: no
    agent or speech word before the participle (in ``before``, the clause up to the opening
    mark at ``open_``) nor after the quotation (closed by the mark at ``close``; an unclosed
    one, or one longer than :data:`_MAX_QUOTE` characters or over a line break, is no label of
    this kind), up to its sentence's end."""
    if _speaks(re.findall(r"[a-z]+", before[:match.start()].lower())):
        return False
    if close is None or close - open_ > _MAX_QUOTE or "\n" in text[open_:close]:
        return False
    stop = close + 1 + 2 * _WINDOW
    end = _SENTENCE_END.search(text, close + 1, stop)
    after = text[close + 1:end.start() if end else stop]
    return not _speaks(re.findall(r"[a-z]+", after.lower()))


# a sentence end after a closing mark: a stop, a line break or an opening mark (a new quote)
_SENTENCE_END = re.compile(r"[.!?;\n“«]")

# the longest label read: a longer quotation is no label of this kind
_MAX_QUOTE = 400


def _group_subject(words: list[str], lex) -> bool:
    """Whether the words between "what" and the naming verb are a passive or a group."""
    if not words:
        return False
    if all(w in lex.lists["label_passive_words"] for w in words):
        return True  # what has been called, what is now known as
    groups, subjects = lex.derived("label_groups", lambda lx: (
        frozenset(k for k, v in lx.tables["speaker_nouns"].items() if v == "group"),
        frozenset(lx.lists["label_subjects"])))
    for w in words:
        if w in subjects or w in groups or (w.endswith("s") and w[:-1] in groups) \
                or (w.endswith("ies") and w[:-3] + "y" in groups):
            return True
    return False


def is_label(text: str, q: QuoteSpan) -> bool:
    """Whether the quoted span ``q`` of ``text`` is a label nobody says (module doc)."""
    return _label_at(text, q.open, q.close, _MAX_LISTED)


def _label_at(text: str, open_: int, close: int | None, listed: int) -> bool:
    """Whether the quotation opening at ``open_`` (closed by the mark at ``close``, as
    :mod:`.marks` paired it) is a label: by the words before it, or as the next item of a list
    of labels (``listed`` more quotations back at most)."""
    before = text[max(0, open_ - _WINDOW):open_]
    cut = _CLAUSE_BREAK.search(before)
    if cut is not None:
        before = before[cut.end():]
        if listed and _LIST_JOIN.match(before):
            # "signs reading “A” and “B”": the quotation before, closed right before the joiner
            start = max(0, open_ - _WINDOW) + cut.start()
            prior = _previous_open(text, start)
            if prior is not None and _label_at(text, prior, start, listed - 1):
                return True
    if not before.strip():
        return False
    lex = lexicons.active()
    opener, sign, what, participle = lex.derived("label_patterns", _patterns)
    if opener.search(before):
        return True
    m = participle.search(before)
    if m is not None and _unattributed(text, open_, close, before, m):
        return True
    m = sign.search(before)
    if m is not None:
        gap = re.findall(r"[\w'’-]+", m.group("gap").lower())
        if len(gap) <= 6 and not lexicons.words("sign_gap_stops").intersection(gap):
            return True  # "placards that said", "a sign — which read", not "signs it, saying"
    m = what.search(before)
    return m is not None and _group_subject(m.group("between").lower().split(), lex)


# a list of labels: at most this many quotations after the first, each after a comma, "and",
# "or" or "as well as" (or a comma and one of them) right after the quotation before
_MAX_LISTED = 4
_LIST_JOIN = re.compile(r"[^\S\n]*,?[^\S\n]*(?:(?:and|or|as well as)[^\S\n]+)?$")
_CLOSING = "\"”»'’"
_OPENING = {"\"": "\"", "”": "“", "»": "«", "'": "'", "’": "‘"}


def _previous_open(text: str, close: int) -> int | None:
    """Where the quotation that closes with the mark at ``close`` opens (in its line, within
    :data:`_WINDOW` characters), None when ``close`` holds no closing mark."""
    if close >= len(text) or text[close] not in _CLOSING:
        return None
    opener = _OPENING[text[close]]
    lo = max(0, close - _WINDOW, text.rfind("\n", 0, close) + 1)
    at = text.rfind(opener, lo, close)
    return at if at >= 0 else None


# after a closing mark: a comma at most, then "by" and a capitalised name (the work's author)
_BYLINE = re.compile(r"[^\S\n]*,?[^\S\n]+by[^\S\n]+(?:the[^\S\n]+)?[A-Z]")


def authored(text: str, q: QuoteSpan) -> bool:
    """Whether the quoted span ``q`` is the title of a work followed by its author ("“Hamilton
    to play Chicago,” by Variety's Gordon Cox", "“The Fixers” by E. J. Fleming"): "by" and a
    capitalised name right after the closing mark (a comma between at most; not "by then",
    "by contrast")."""
    return q.close is not None and _BYLINE.match(text, q.outer_end) is not None


def _naming(lex) -> re.Pattern:
    """A noun phrase right before a quotation, ending in its head noun: a word of
    ``label_determiners``, at most two words (no possessive), the noun, then nothing but
    spaces before the opening mark."""
    return re.compile(rf"(?:^|\s)(?:{_alt(lex.lists['label_determiners'])})\s+"
                      r"(?:[^\W\d_][\w-]*\s+){0,2}?(?P<noun>[^\W\d_]+)\s*$", re.IGNORECASE)


def named_words(text: str, start: int) -> bool:
    """Whether the quotation whose words start at ``start`` stands right after a noun that
    names it as words (``label_nouns``: "The phrase “take back control” appeared on every
    leaflet", "the motto “…” above the gate", "The headline “…” ran on Friday"), in its clause
    (never across a sentence end, a colon or another quote), session 22: a determiner before
    the noun, at most two words between them and no possessive ("In Forbes’ words, “…”" and
    "his words “…”" are somebody's), nothing but spaces between the noun and the mark. Such a
    quotation is the words shown, not anybody's saying of them: :mod:`.attribution` drops it
    when no cue of its own and no speaker of its sentence claims it ("the minister repeated
    the phrase “…”" stays his quote). O(1): at most :data:`_WINDOW` characters before the
    mark."""
    head = text[max(0, start - _WINDOW):start].rstrip()
    head = head.rstrip("\"“‘'«„‚`").rstrip()  # the opening mark(s)
    cut = _CLAUSE_BREAK.search(head)
    if cut is not None:
        head = head[cut.end():]
    m = lexicons.active().derived("label_naming", _naming).search(head)
    return m is not None and m.group("noun").lower() in lexicons.words("label_nouns")


def sign_speaker(head) -> bool:
    """Whether a cue's speaker head (a spaCy token, or None) is a sign: "a sign that said"."""
    if head is None:
        return False
    signs = lexicons.words("sign_nouns")
    return head.text.lower() in signs or head.lemma_.lower() in signs


def embedded_fragment(doc, q: QuoteSpan, sentence_start: int, max_words: int = 5) -> bool:
    """Whether the quoted span ``q`` of ``doc`` (a parsed article) is a phrase inside a
    sentence about something else: at most ``max_words`` words that do not end a sentence, after
    words of their sentence (not right after a colon, a dash or a bracket) none of which is a
    speech word (a lemma of the speech lexicon: "Trump's claim that there have been “thousands
    of shootings”" reports a claim). "found there had been “3,210 shooting victims” between …",
    "they were “working the referees”, …". Such a quote with no cue of its own does not
    continue the previous speaker's words."""
    text = doc_text(doc)
    if q.close is None or len(text[q.start:q.end].split()) > max_words:
        return False
    before = text[sentence_start:q.open].strip()
    if len(before.split()) < 2 or before[-1:] in ":—–-(\"“‘'":
        return False
    if text[q.start:q.end].rstrip("\"'”’)»")[-1:] in ".!?":
        return False
    verbs, _ = lexicons.speech_verbs()
    span = doc.char_span(sentence_start, q.open, alignment_mode="contract")
    return span is not None and not any(t.lemma_.lower() in verbs for t in span)
