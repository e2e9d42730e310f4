"""Quote extraction and speaker attribution, rule-based on the spaCy parse.

The engine works in four passes over one parsed article (see ``README.md`` for the full rules):

1. **Quotation marks** (:func:`find_quote_spans`): straight, curly and single marks are paired
   per paragraph. A quote still open at the end of a paragraph ends there (so a stray mark never
   swallows the article); when the next paragraph re-opens a quote, the two segments form one
   multi-paragraph quote (the news convention). Quoted spans of one or two words are titles or
   scare quotes, not quotes.
2. **Cues** (:func:`find_cues`): speech verbs from ``data/speech_verbs.txt`` outside quotation
   marks, with their speaker (subject, passive agent, or the subject they share with a
   coordinated verb) and content (clausal complement, or the clause they are attached to when
   inverted: "…, analysts say"); and "according to X".
3. **Reconciliation**: a cue whose content lies inside quotation marks gives a ``direct`` quote;
   content containing a quoted fragment gives ``mixed``; otherwise ``indirect`` (or
   ``according_to``). Quotes with no cue of their own look for a speech verb just after or before
   them in their sentence, then continue the speaker of an attributed quote right before them;
   else they stay with ``speaker_type = "unknown"``.
4. **Speakers**: typed as ``person, organization, anonymous, group, pronoun, unknown`` from the
   syntax of the speaker phrase and the entities inside it (not the NER label alone); pronouns
   are resolved to the most recent compatible person (gender from Mr/Ms/Mrs and first names).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources

import pandas as pd

from .budget import checkpoint
from .entities import paragraph_spans
from .syntax import first_word, kids, positions, rights, sent_of

QUOTE_COLUMNS = ["article_id", "quote_id", "quote", "start", "end", "kind", "cue", "cue_lemma",
                 "speaker", "speaker_start", "speaker_end", "speaker_type", "speaker_actor",
                 "speaker_role", "sentence_id", "paragraph_id"]
KINDS = ("direct", "indirect", "mixed", "according_to")
SPEAKER_TYPES = ("person", "organization", "anonymous", "group", "pronoun", "unknown")

MIN_QUOTE_WORDS = 3  # one- or two-word quoted spans are titles or scare quotes
# An unattributed quoted phrase shorter than this, not ending a sentence, is not a quote.
MIN_UNATTRIBUTED_WORDS = 6
# An unattributed quote continues the speaker of an attribution at most this many sentences back.
CONTINUATION_SENTENCES = 2
# A he/she speaker prefers the latest compatible person that is a subject within this many
# sentences before its own (then the latest compatible person at all).
SUBJECT_SENTENCES = 2
# "they"/"it" look back over at most this many earlier speakers (keeps long articles linear).
PRIOR_SPEAKERS = 100

_DOUBLE_OPEN = "“„«"
_DOUBLE_CLOSE = "”»"
_SINGLE_OPEN = "‘"
_SINGLE_CLOSE = "’"
_OPEN_CONTEXT = " \t\n([{—–-/\u00a0"


def _data_lines(name: str) -> list[str]:
    text = resources.files("analysis").joinpath("data", name).read_text(encoding="utf-8")
    return [ln.split("#", 1)[0].strip() for ln in text.splitlines() if ln.split("#", 1)[0].strip()]


@lru_cache(maxsize=1)
def speech_verbs() -> tuple[frozenset[str], dict[str, str]]:
    """The speech-verb lexicon: ``(single-word lemmas, {verb: particle} for phrasal verbs)``."""
    single, phrasal = set(), {}
    for entry in _data_lines("speech_verbs.txt"):
        words = entry.lower().split()
        if len(words) == 1:
            single.add(words[0])
        else:
            phrasal[words[0]] = words[1]
    return frozenset(single), phrasal


@lru_cache(maxsize=1)
def quoting_verbs() -> frozenset[str]:
    """Verbs that attribute the quoted words of their own clause (``data/quoting_verbs.txt``)."""
    return frozenset(_data_lines("quoting_verbs.txt"))


@lru_cache(maxsize=1)
def speaker_nouns() -> dict[str, str]:
    """``{noun lemma: anonymous | group | organization | document}`` from
    ``data/speaker_nouns.csv`` (a document is typed as an organization; see
    :func:`_document_author` for when its author speaks instead)."""
    rows = _data_lines("speaker_nouns.csv")[1:]
    return {r.split(",")[0].strip(): r.split(",")[1].strip() for r in rows}


@lru_cache(maxsize=1)
def first_name_genders() -> dict[str, str]:
    """``{first name (lower case): "m" | "f"}`` from ``data/first_names.csv``."""
    rows = _data_lines("first_names.csv")[1:]
    return {r.split(",")[0]: r.split(",")[1] for r in rows}


# Plural forms that stay anonymous ("sources close to", "people familiar with").
_ANON_EVEN_PLURAL = {"source", "people", "person", "insider"}
_PRONOUNS = {"he": "m", "she": "f", "they": "p", "it": "n", "i": "s", "we": "p", "him": "m",
             "her": "f", "them": "p"}
_ANONYMITY = re.compile(r"\b(anonymity|anonymously|not authori[sz]ed to|declined to be named|"
                        r"asked not to be (?:named|identified)|on background|"
                        r"(?:those|people|some|others) (?:close to|familiar with))\b", re.I)
_FEMALE = {"ms", "mrs", "miss", "madam", "lady", "dame", "baroness", "queen", "princess"}
_MALE = {"mr", "sir", "lord", "baron", "king", "prince"}


# --------------------------------------------------------------------------------------------
# Pass 1: quotation marks


@dataclass
class QuoteSpan:
    """A stretch of text between quotation marks (one paragraph's segment of a quote).

    ``open``/``close`` are the offsets of the marks (``close`` is None when the paragraph ended
    first); ``start``/``end`` the content without marks and surrounding spaces.
    """

    open: int
    close: int | None
    start: int
    end: int
    single: bool = False
    chain: int | None = None  # index of the first segment of a multi-paragraph quote

    @property
    def outer_end(self) -> int:
        return self.close + 1 if self.close is not None else self.end


def _text_before(text: str, pos: int, window: int = 80) -> str:
    """The text just before ``pos`` without trailing whitespace, from a window of at most
    ``window`` characters (never a copy of the article up to ``pos``)."""
    return text[max(0, pos - window):pos].rstrip()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",:;"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",:;"):
        end -= 1
    return start, end


def _is_opener(text: str, i: int, lo: int) -> bool:
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before in _OPEN_CONTEXT or before in _DOUBLE_OPEN + _SINGLE_OPEN + '"\'') \
        and not after.isspace()


def _pair_marks(text: str, lo: int, hi: int, openers: str, closers: str, straight: str,
                single: bool) -> tuple[list[QuoteSpan], bool]:
    """Pair one kind of quotation mark inside ``text[lo:hi]``; returns spans and open-at-end."""
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    skip_to = lo
    for i in range(lo, hi):
        if i < skip_to:
            continue
        ch = text[i]
        if not single and ch == "'" and text[i + 1:i + 2] == "'":
            ch, skip_to = straight, i + 2  # '' as a double quotation mark (NYT style)
            if open_at is not None:
                start, end = _trim(text, open_at + 1, i)
                if end > start:
                    spans.append(QuoteSpan(open_at, i + 1, start, end, single))
                open_at = None
            elif _is_opener(text, i + 1, lo) or i == lo or text[i - 1] in _OPEN_CONTEXT:
                open_at = i + 1
            continue
        if ch not in openers and ch not in closers and ch != straight:
            continue
        if single:
            prev = text[i - 1] if i > lo else " "
            nxt = text[i + 1] if i + 1 < hi else " "
            if prev.isalnum() and nxt.isalnum():
                continue  # apostrophe: don't, it’s
            if ch in closers + straight and open_at is None and prev.isalnum():
                continue  # plural possessive or elision: officials’ view
        if ch in openers or (ch == straight and open_at is None and _is_opener(text, i, lo)):
            if open_at is not None and ch in openers and not single:
                # A new opener before a close: the earlier mark was stray; restart here.
                pass
            open_at = i
        elif open_at is not None and (ch in closers or ch == straight):
            start, end = _trim(text, open_at + 1, i)
            if end > start:
                spans.append(QuoteSpan(open_at, i, start, end, single))
            open_at = None
    if open_at is not None and not single:
        start, end = _trim(text, open_at + 1, hi)
        if end > start:
            spans.append(QuoteSpan(open_at, None, start, end, single))
        return spans, True
    return spans, False


def find_quote_spans(text: str, *, min_words: int = MIN_QUOTE_WORDS) -> list[QuoteSpan]:
    """Quoted stretches of ``text``, in order, never overlapping and never crossing a paragraph.

    Double marks (straight or curly) are paired first; single marks (‘…’ or '…') only outside
    them, and only when closed in the same paragraph. An unclosed double quote ends at its
    paragraph's end; if the next paragraph starts with an opening mark, both segments get the
    same ``chain`` (a multi-paragraph quote). Spans with fewer than ``min_words`` words are
    dropped (titles, scare quotes).
    """
    result: list[QuoteSpan] = []
    previous_open: int | None = None  # index in result of a segment left open at paragraph end
    for lo, hi in paragraph_spans(text):
        doubles, left_open = _pair_marks(text, lo, hi, _DOUBLE_OPEN, _DOUBLE_CLOSE, '"', False)
        taken = [(s.open, s.outer_end) for s in doubles]
        singles, _ = _pair_marks(text, lo, hi, _SINGLE_OPEN, _SINGLE_CLOSE, "'", True)
        singles = [s for s in singles
                   if not any(a <= s.open < b or a < s.outer_end <= b for a, b in taken)]
        spans = sorted(doubles + singles, key=lambda s: s.open)
        starts_with_open = bool(spans) and spans[0].open == lo and not spans[0].single
        for s in spans:
            if len(text[s.start:s.end].split()) < min_words:
                continue
            if previous_open is not None and s is spans[0] and starts_with_open:
                s.chain = result[previous_open].chain if result[previous_open].chain is not None \
                    else previous_open
                if result[previous_open].chain is None:
                    result[previous_open].chain = previous_open
            result.append(s)
        last = result[-1] if result else None
        previous_open = (len(result) - 1 if left_open and last is not None
                         and last.close is None and last.open >= lo else None)
    return result


# --------------------------------------------------------------------------------------------
# Pass 2: cues


@dataclass
class Cue:
    """A speech cue found in the parse, with its speaker and content (character spans)."""

    start: int
    end: int
    text: str
    lemma: str
    speaker_head: object | None  # spaCy Token
    content: tuple[int, int] | None
    according_to: bool = False
    token_i: int = -1
    speaker_span: tuple[int, int] | None = None  # set when the parse gave no subject
    negated: bool = False  # "did not say"


def _phrase_before(doc, verb) -> tuple[int, int] | None:
    """Token range of a noun phrase right before ``verb`` after a comma, used as its speaker when
    the parse attached it elsewhere ("…, USA and European officials said")."""
    j = verb.i - 1
    while j >= 0 and doc[j].dep_ in ("aux", "neg", "advmod") and j > verb.i - 4:
        j -= 1
    end = j + 1
    while j >= 0 and not doc[j].is_punct and end - j <= 8 and doc[j].lower_ != "that":
        j -= 1
    start = j + 1
    if start >= end or (j >= 0 and doc[j].text not in (",", "—", "–")):
        return None
    if not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in doc[start:end]):
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in doc[start:end]):
        return None
    return start, end


_CLOSING = ("\"", "”", "''", "’")
_QUOTE_MARKS = {"\"", "“", "”", "''", "``", "‘", "’"}


def _participle_subject(child, verb) -> bool:
    """Whether ``child`` is a misparsed subject phrase with a participle before ``verb``
    ("A statement posted on the website said …" → ccomp "posted" with subject "statement")."""
    if child.dep_ != "ccomp" or child.i > verb.i or child.pos_ != "VERB" \
            or child.tag_ not in ("VBN", "VBD") \
            or any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp") for c in kids(child)) \
            or not any(c.dep_ in ("prep", "agent", "npadvmod") for c in kids(child)):
        return False
    if any(t.text in _QUOTE_MARKS for t in child.subtree):
        return False
    subj = _subject(child)
    return subj is not None and subj.pos_ in ("NOUN", "PROPN") and \
        not any(c.dep_ in ("aux", "auxpass") for c in kids(child))


def _fallback_speaker(doc, verb, text: str):
    """Speaker of a cue the parser gave no subject: ``((start, end, head), after_quote)`` with a
    token range, or ``(None, False)``. Tried in order:

    * a phrase after a comma right before the verb ("…, USA and European officials said");
    * a subject phrase the parser made a clause of its own ("A statement posted on the website
      said …");
    * the phrase right after a verb that follows a closing quotation mark ("…,'' said Robert
      Reich, who served …": the parser made Reich the subject of the relative clause);
    * a name right before the verb that the parser swallowed into the phrase before it
      ("… the board of the Washington Post Trump said that …");
    * a name before an apposition ("Roberta Lange, the state party chairwoman, said"), or the
      phrase after a closing quotation mark before one ("“…,” an intelligence source, who was
      not authorized to speak, told Fox News").
    """
    span = _phrase_before(doc, verb)
    if span is not None:
        return (span[0], span[1], doc[span[1] - 1]), False
    stranded = _stranded_subject(verb, need_aux=False)
    if stranded is not None:
        return stranded, False
    head = verb.head
    if verb.dep_ in ("ccomp", "conj", "dep") and head.i < verb.i and head.pos_ == "VERB" \
            and all(t.pos_ in ("PUNCT", "CCONJ", "ADV", "SPACE") for t in doc[head.i + 1:verb.i]):
        # "Clinton paused, then revealed why …": the verb before speaks on
        subj = _subject(head)
        if subj is not None:
            return (subj.left_edge.i, subj.i + 1, subj), False
    for child in kids(verb):
        if _participle_subject(child, verb):
            # "A statement posted on the website said …": parsed as a clause "statement posted"
            subj = _subject(child)
            return (subj.left_edge.i, child.right_edge.i + 1, subj), False
    if any(c.dep_ == "nsubjpass" for c in kids(verb)):
        return None, False
    if _text_before(text, verb.idx).rstrip(",").rstrip().endswith(_CLOSING):
        j = verb.i + 1
        while j < len(doc) and j - verb.i <= 8 and not doc[j].is_punct and \
                doc[j].pos_ in ("PROPN", "NOUN", "DET", "ADJ", "NUM", "ADP", "PART"):
            j += 1
        phrase = doc[verb.i + 1:j]
        nouns = [t for t in phrase if t.pos_ in ("PROPN", "NOUN")]
        if nouns and phrase[0].pos_ != "ADP":
            before_prep = [t for t in nouns if not any(
                p.pos_ == "ADP" for p in doc[verb.i + 1:t.i])]
            return (verb.i + 1, j, (before_prep or nouns)[-1]), True
    prev = doc[verb.i - 1] if verb.i > 0 else None
    if prev is not None and prev.pos_ == "PROPN" and prev.ent_type_ in ("PERSON", "ORG"):
        first = verb.i - 1
        while first > 0 and doc[first].ent_type_ == "PERSON" and doc[first].ent_iob_ == "I":
            first -= 1
        return (first, verb.i, prev), False
    if prev is not None and prev.text == ",":
        sent_start = sent_of(verb).start
        for k in range(verb.i - 2, max(sent_start, verb.i - 30), -1):
            if doc[k].text in (",", "(") and doc[k - 1].pos_ == "PROPN" \
                    and doc[k - 1].ent_type_ == "PERSON":
                first = k - 1
                while first > sent_start and doc[first].ent_iob_ == "I":
                    first -= 1
                return (first, k, doc[k - 1]), False
            if doc[k].text in _CLOSING or doc[k].text == "," and doc[k - 1].text in _CLOSING:
                # "“…,” an intelligence source, who was not authorized …, told Fox News"
                j = k + 1
                while j < verb.i and not doc[j].is_punct and doc[j].pos_ in (
                        "PROPN", "NOUN", "DET", "ADJ", "NUM", "PART"):
                    j += 1
                nouns = [t for t in doc[k + 1:j] if t.pos_ in ("PROPN", "NOUN")]
                if nouns and j < verb.i and doc[j].text == ",":
                    return (k + 1, j, nouns[-1]), False
                break
    return None, False


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




def _subtree_span(tok, exclude=()) -> tuple[int, int]:
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
        if a <= hi <= b:
            hi = a - 1
    if lo > hi:
        lo = hi = tok.i
    return doc[lo].idx, doc[hi].idx + len(doc[hi].text)


def _subtree_size(tok) -> int:
    return tok.right_edge.i - tok.left_edge.i + 1


def _nested_reports(clause, verbs) -> list:
    """The outermost nested reports below ``clause`` (see :func:`_nested_report`), found by a
    walk that never enters a report it found: each token is visited once per enclosing cue
    that is not itself cut off, so chains of reports stay linear."""
    found, stack = [], list(kids(clause))
    while stack:
        tok = stack.pop()
        if _nested_report(tok, verbs):
            found.append(_report_clause(tok, clause))
        else:
            stack.extend(kids(tok))
    return found


def _content_span(text: str, start: int, end: int) -> tuple[int, int]:
    start, end = _trim(text, start, end)
    # drop a leading complementiser and trailing sentence punctuation
    m = re.match(r"(that|whether|if)\s+", text[start:end], re.I)
    if m:
        start += m.end()
    while end > start and text[end - 1] in ".!?,;:—–- \n":
        end -= 1
    # and a conjunction left dangling by a clause cut off after it ("…, though")
    m = re.search(r"[\s,;—–-]+(and|but|though|although|while|as|or)$", text[start:end])
    if m and m.start() > 0:
        end = start + m.start()
    return start, end


_NOT_SPEAKERS = {"that", "this", "which", "what", "these", "those", "there", "it's", "who",
                 "whom", "whose", "whoever", "'s", "’s", "anyone", "everyone", "nobody", "none",
                 "you"}


_DASHES = {"-", "--", "—", "–", "―"}


def _is_dateline(tok) -> bool:
    """A place name in capitals opening a paragraph before a dash ("WASHINGTON --")."""
    doc = tok.doc
    first = tok.left_edge
    if not tok.text.isupper() or len(tok.text) < 3:
        return False
    if first.i > 0 and "\n" not in doc[first.i - 1].text_with_ws and not doc[first.i - 1].is_space:
        return False
    nxt = tok.i + 1
    while nxt < len(doc) and (doc[nxt].text.isupper() or doc[nxt].text in ",()"
                              or doc[nxt].pos_ == "PROPN") and nxt - tok.i < 6 \
            and doc[nxt].text not in _DASHES:
        nxt += 1
    return nxt < len(doc) and doc[nxt].text in _DASHES


def _subject(verb):
    # The subject nearest the verb: when a quote is misparsed as a second subject
    # ("“That’s right,” Melanie said"), the quote's word is the farther one.
    subjects = sorted((c for c in kids(verb) if c.dep_ in ("nsubj", "csubj")),
                      key=lambda c: abs(c.i - verb.i))
    if subjects:
        child = subjects[0]
        if _is_dateline(child):
            # "WASHINGTON -- President Obama, …, said": the dateline is not the speaker
            return next((c for c in kids(child) if c.dep_ == "appos"
                         and c.i > child.i), None)
        if child.lower_ in ("those", "these") and any(
                c.dep_ in ("amod", "acl", "relcl", "prep", "advmod") for c in kids(child)):
            return child  # "Those close to him say …"
        return None if child.lower_ in _NOT_SPEAKERS else child
    for child in kids(verb):
        if child.dep_ == "nsubjpass":
            for agent in kids(verb):
                if agent.dep_ == "agent":
                    for pobj in kids(agent):
                        if pobj.dep_ == "pobj":
                            return pobj
            return None  # "he was told": the subject heard, not spoke
    return None


def _document_author(noun):
    """The author of a document noun (class ``document`` in ``data/speaker_nouns.csv``: a
    statement, a count) when the sentence names one: "a count by The Associated Press", "a court
    document filed by X", "an interview his brother gave", "X released a statement"."""
    if noun.pos_ != "NOUN" or speaker_nouns().get(noun.lemma_.lower()) != "document":
        return None
    for child in kids(noun):
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            pobj = next((c for c in kids(child) if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ in ("PROPN", "NOUN"):
                return pobj
        if child.dep_ == "acl":
            for agent in kids(child):
                if agent.dep_ == "agent":
                    pobj = next((c for c in kids(agent) if c.dep_ == "pobj"), None)
                    if pobj is not None:
                        return pobj
        if child.dep_ == "relcl":
            subj = _subject(child)
            if subj is not None and subj.i > noun.i and subj.lower_ not in _NOT_SPEAKERS:
                return subj
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        subj = _subject(noun.head)
        if subj is not None and subj.pos_ in ("PROPN", "NOUN", "PRON"):
            return subj
    return None


def _clause_subject(verb):
    """The grammatical subject of a clause, passive or not ("FBI officials were angered by the
    deal and predicted …": the officials, not the agent)."""
    subjects = sorted((c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass", "csubj")),
                      key=lambda c: abs(c.i - verb.i))
    if not subjects or subjects[0].lower_ in _NOT_SPEAKERS:
        return None
    return _subject(verb) if subjects[0].dep_ != "nsubjpass" else subjects[0]


def _inherited_subject(verb):
    """Subject shared with a coordinated or governing verb: "he said … and added", "…, saying"."""
    tok = verb
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.dep_ == "ccomp" \
            and verb.head.head.lemma_.lower() in speech_verbs()[0]:
        # "X warned that the incident could foreshadow …, remarking that …": the participle
        # hangs off the reported clause but belongs to the reporting verb
        subj = _subject(verb.head.head)
        if subj is not None:
            return subj
    for _ in range(4):
        if tok.dep_ in ("conj", "advcl", "xcomp", "pcomp", "acomp") and tok.head.i != tok.i:
            tok = tok.head
            if tok.dep_ == "prep" and tok.head.i != tok.i:  # "began by saying …"
                tok = tok.head
            subj = _clause_subject(tok)
            if subj is not None:
                return subj
        elif tok.dep_ == "relcl":
            # "X, who said …"; "a video that said …" speaks for its author
            return _document_author(tok.head) or tok.head
        elif tok.dep_ == "acl":
            if tok.head.pos_ in ("PROPN", "PRON"):
                return tok.head  # "footage of Trump saying …": the named one speaks
            author = _document_author(tok.head)
            if author is not None:
                return author  # "She released a statement saying …"
            if tok.head.pos_ == "NOUN" and tok.i > tok.head.i and (
                    tok.head.lemma_.lower() in speaker_nouns()
                    or tok.head.lemma_.lower() in ("percent", "%", "majority", "minority")
                    or tok.head.tag_ == "NNS"):
                return tok.head  # "GOP voters saying …", "50 percent saying …"
            # "she said at a news conference announcing that …": the noun's governing verb
            noun = tok.head
            while noun.dep_ in ("pobj", "prep", "dobj", "npadvmod") and noun.head.i != noun.i:
                noun = noun.head
            return _subject(noun) if noun.pos_ in ("VERB", "AUX") else None
        else:
            return None
    return None


def _nested_report(tok, verbs) -> bool:
    """Whether ``tok`` is a speech verb with a clausal complement and a speaker of its own."""
    return (tok.pos_ == "VERB" and tok.lemma_.lower() in verbs
            and any(c.dep_ == "ccomp" for c in kids(tok))
            and not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(tok))
            and (_subject(tok) or _inherited_subject(tok)) is not None)


def _report_clause(tok, root):
    """The phrase of a nested report below ``root``: the verb, or the preposition that
    introduces it ("aside from saying …")."""
    while tok.head.i != root.i and tok.head.i != tok.i and (
            tok.dep_ in ("pcomp", "pobj") or tok.head.pos_ in ("ADP", "ADV")):
        tok = tok.head
    return tok


def _cue_text(doc, verb, particle: str | None) -> tuple[int, int]:
    """The cue as written: the verb, its particle ("point out") and a short direct object or
    dative right after it ("told reporters", "told the BBC")."""
    last = verb
    for child in kids(verb):
        if child.i <= last.i:
            continue
        if child.dep_ == "prt" and (particle is None or child.lower_ == particle):
            last = child
        elif child.dep_ in ("dative", "dobj") and child.i == last.i + 1 or (
                child.dep_ in ("dative", "dobj") and child.left_edge.i == last.i + 1):
            if _subtree_size(child) <= 4 and child.pos_ in ("NOUN", "PROPN", "PRON"):
                last = child.right_edge
    return verb.idx, last.idx + len(last.text)


def _split_subject(verb) -> tuple[int, int, object] | None:
    """``(start, end, head)``: token range and head of a subject phrase the parser split in two ("A statement posted on the
    website GunBroker.com said": *statement* and *GunBroker.com* both subjects of *said*): the
    nearer subject continues the farther one's phrase with nothing between them."""
    subjects = sorted((c for c in kids(verb) if c.dep_ == "nsubj" and c.i < verb.i),
                      key=lambda c: c.i)
    if len(subjects) < 2:
        return None
    far, near = subjects[-2], subjects[-1]
    if near.left_edge.i != far.right_edge.i + 1 or far.pos_ not in ("NOUN", "PROPN") \
            or far.lower_ in _NOT_SPEAKERS:
        return None
    return far.left_edge.i, near.right_edge.i + 1, far


def _stranded_subject(verb, *, need_aux: bool = True) -> tuple[int, int, object] | None:
    """``(start, end, head)`` of a noun right before a coordinated verb's own auxiliaries, which the parser
    folded into the clause before ("… will not attend the convention and others have said …":
    *others* is the subject of the second *said*, not a second object of *attend*). With
    ``need_aux`` (before a subject is inherited from a coordinated verb) only when an auxiliary
    stands between them; without it, a negation or adverb is enough."""
    doc = verb.doc
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in kids(verb)):
        return None
    j = verb.i - 1
    while j > verb.i - 4 and j >= 0 and doc[j].dep_ in ("aux", "neg", "advmod") \
            and doc[j].head.i == verb.i:
        j -= 1
    if j < 0 or j == verb.i - 1 or need_aux and not any(
            doc[k].dep_ == "aux" for k in range(j + 1, verb.i)):
        return None
    tok = doc[j]
    if tok.pos_ not in ("NOUN", "PROPN", "PRON") or tok.dep_ not in ("conj", "appos", "dobj",
                                                                      "pobj", "nsubj") \
            or tok.lower_ in _NOT_SPEAKERS or tok.head.i == verb.i:
        return None
    k = j
    while k > 0 and doc[k - 1].dep_ in ("compound", "amod", "det", "nummod") \
            and doc[k - 1].head.i == j:
        k -= 1
    return k, j + 1, tok


def _clause_below_title(comp, titles: "Intervals"):
    """The clausal complement to use for ``comp``: ``comp`` itself, or, when the parser made a
    quoted title its head ("said on NBC's “Meet the Press” that the plan had failed"), the
    clause below the title; None when there is none."""
    if comp.idx not in titles:
        return comp
    return next((c for c in kids(comp) if c.dep_ in ("ccomp", "advcl", "conj")
                 and c.idx not in titles and c.pos_ in ("VERB", "AUX")), None)


def find_cues(doc, quote_spans: list[QuoteSpan], text: str | None = None,
              inside: Intervals | None = None) -> list[Cue]:
    """Speech cues outside quotation marks, with speaker and content where the parse gives them.
    ``text`` is ``doc.text`` and ``inside`` the quotes' :class:`Intervals` (pass them when you
    have them; both are rebuilt otherwise)."""
    verbs, phrasal = speech_verbs()
    text = doc.text if text is None else text
    if inside is None:
        inside = Intervals([(q.open, q.outer_end) for q in quote_spans])
    titles = Intervals([(q.open, q.outer_end) for q in quote_spans
                        if _is_title(text[q.start:q.end])])
    cues: list[Cue] = []
    # only tokens that can be cues: speech-verb lemmas and "according"
    candidates = set(positions(doc, verbs | frozenset(phrasal)))
    candidates.update(positions(doc, frozenset({"according"}), attr="LOWER"))
    for i in sorted(candidates):
        checkpoint()
        tok = doc[i]
        lemma = tok.lemma_.lower()
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            if tok.idx in inside:
                continue
            to = doc[tok.i + 1]
            pobj = next((c for c in kids(to) if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            pobj = _document_author(pobj) or pobj
            sent = sent_of(tok)
            prep = tok if tok.dep_ == "prep" else to
            a, b = _subtree_span(prep) if prep.dep_ == "prep" else (tok.idx, pobj.right_edge.idx
                                                                     + len(pobj.right_edge.text))
            a = min(a, tok.idx)
            # content: the rest of the sentence
            left = _content_span(text, sent.start_char, a)
            right = _content_span(text, b, sent.end_char)
            content = left if left[1] - left[0] >= right[1] - right[0] else right
            cues.append(Cue(tok.idx, to.idx + len(to.text), text[tok.idx:to.idx + len(to.text)],
                            "according to", pobj, content if content[1] > content[0] else None,
                            according_to=True, token_i=tok.i))
            continue
        if tok.pos_ not in ("VERB", "AUX") or tok.idx in inside:
            continue
        particle = phrasal.get(lemma)
        if lemma not in verbs and not (particle and any(
                c.dep_ in ("prt", "dobj") and c.lower_ == particle for c in kids(tok))):
            continue
        if lemma in ("add", "continue", "note", "report", "state", "write", "answer", "question",
                     "charge", "object", "counter", "maintain", "observe", "agree", "dispute",
                     "read", "post", "beam", "boom", "snap", "sniff"):
            # ambiguous verbs count only with a clausal complement or inverted after a clause
            if not any(c.dep_ in ("ccomp", "parataxis") for c in kids(tok)) and \
                    tok.dep_ not in ("parataxis", "ccomp", "ROOT", "conj"):
                continue
        found = _split_subject(tok) or _stranded_subject(tok)
        span = found[:2] if found is not None else None
        speaker = found[2] if found is not None else _subject(tok) or _inherited_subject(tok)
        if speaker is not None and speaker.idx in inside:
            speaker = None  # a word of the quote parsed as the subject ("''He thought …'' recalled X")
            span = None
        content = None
        parenthetical = False
        comp = [_clause_below_title(c, titles) for c in kids(tok)
                if c.dep_ in ("ccomp", "parataxis") and not _participle_subject(c, tok)]
        comp = [c for c in comp if c is not None]
        xcomp = [c for c in kids(tok) if c.dep_ == "xcomp"]
        if comp:
            # a second complement that is a report of its own ("X said A — and he noted B")
            # is not X's content
            own = [c for c in comp if not _nested_report(c, verbs)] or comp
            c = max(own, key=_subtree_size)
            # nor is a report hanging off the end of it ("…, though she acknowledged B")
            nested = _nested_reports(c, verbs)
            a, b = _subtree_span(c, exclude=nested)
            content = _content_span(text, a, b)
        elif xcomp and any(m in text[slice(*_subtree_span(xcomp[0]))] for m in '"“”'):
            # "tells his supporters to “go to your place and vote”": a quoted infinitive
            a, b = _subtree_span(xcomp[0])
            content = _content_span(text, a, b)
        elif tok.dep_ in ("parataxis", "ccomp", "advcl", "conj") and tok.head.i != tok.i \
                and tok.i > tok.head.i and _subject(tok) is not None \
                and _text_before(text, first_word(tok).idx)[-1:] in (",", '"', "”", "’", "—"):
            # inverted: "<clause>, analysts say" / "<clause>, said X"
            head = tok.head
            a, b = _subtree_span(head, exclude=[tok])
            content = _content_span(text, a, min(b, tok.left_edge.idx))
        elif tok.dep_ == "parataxis" and tok.i < tok.head.i and _subject(tok) is not None \
                and text[tok.idx + len(tok.text):].lstrip()[:1] == "," \
                and _text_before(text, _subject(tok).left_edge.idx)[-1:] == ",":
            # parenthetical: "African-Americans, he said, can …": the whole clause around it
            content = _content_span(text, *_subtree_span(tok.head))
            parenthetical = True
        elif particle == "it" and tok.dep_ == "advcl" and tok.i < tok.head.i:
            # "As Ms. Simonyan put it, RT is …": the clause it introduces
            a, b = _subtree_span(tok.head, exclude=[tok])
            content = _content_span(text, max(a, tok.right_edge.idx + len(tok.right_edge.text)),
                                    b)
        elif tok.dep_ == "ROOT":
            # "<clause>, X said." parsed with the clause as a sibling: take the text before
            sent = sent_of(tok)
            subj = _subject(tok)
            edge = min(tok.left_edge.idx, subj.left_edge.idx if subj is not None else tok.idx)
            before = _content_span(text, sent.start_char, edge)
            if before[1] - before[0] > 0 and len(text[before[0]:before[1]].split()) >= 3 \
                    and text[sent.start_char:edge].rstrip().endswith((",", "\"", "”")):
                content = before
        after_quote = False
        if speaker is None:
            span, after_quote = _fallback_speaker(doc, tok, text)
            if span is not None:
                speaker = span[2]
                span = span[:2]
                if after_quote:
                    content = None  # the quote before is the content (found by the frame)
        if content is not None and not parenthetical:
            # the content never contains its own cue or speaker ("…, USA and officials said")
            limit = span[0] if span is not None else tok.left_edge.i
            if content[0] < doc[limit].idx < content[1]:
                content = _content_span(text, content[0], doc[limit].idx)
        a, b = _cue_text(doc, tok, particle)
        if after_quote:
            b = tok.idx + len(tok.text)  # "…,'' asked Mr. Manafort": the name is the speaker
        cues.append(Cue(a, b, text[a:b], lemma if not particle else f"{lemma} {particle}",
                        speaker, content if content and content[1] > content[0] else None,
                        token_i=tok.i, negated=any(c.dep_ == "neg" for c in kids(tok)),
                        speaker_span=(doc[span[0]].idx, doc[span[1] - 1].idx
                                      + len(doc[span[1] - 1].text)) if span else None))
    return _trim_at_other_speakers(cues, text)


def _trim_at_other_speakers(cues: list[Cue], text: str) -> list[Cue]:
    """A content never runs into the speaker of the next cue ("they will not attend the
    convention and others | have said …" → "they will not attend the convention")."""
    # speakers found around a misparse, right before their own verb ("others have said")
    starts = sorted((c.speaker_span[0], c.start) for c in cues
                    if c.speaker_span is not None and not c.according_to
                    and 0 <= c.start - c.speaker_head.idx
                    and len(text[c.speaker_head.idx:c.start].split()) <= 3)
    keys = [s for s, _ in starts]
    for cue in cues:
        if cue.content is None:
            continue
        a, b = cue.content
        for s, cue_start in starts[bisect.bisect_right(keys, a):bisect.bisect_left(keys, b)]:
            if cue_start >= b and s > cue.end:
                a2, b2 = _content_span(text, a, s)
                cue.content = (a2, b2) if b2 > a2 else None
                break
    return cues


# --------------------------------------------------------------------------------------------
# Pass 4 helpers: speaker phrase, type, role, actor


_KEEP_RIGHT = {"compound", "flat", "nummod", "conj", "cc", "amod", "prep", "pobj", "det",
               "poss", "case", "nmod"}


def speaker_span(head) -> tuple[int, int]:
    """Character span of the speaker phrase headed by ``head``, without appositions, relative
    clauses or participles after it ("A US official, speaking on …" → "A US official")."""
    doc = head.doc
    left = head.left_edge.i
    right = head.i
    for child in rights(head):
        if child.dep_ in _KEEP_RIGHT and (child.dep_ != "prep" or child.lower_ in
                                          ("of", "close", "for", "from", "with", "at", "to")):
            if child.dep_ == "conj" or child.dep_ == "cc":
                right = max(right, max(t.i for t in child.subtree
                                       if t.dep_ not in ("appos", "acl", "relcl", "punct")
                                       or t is child))
            else:
                right = max(right, child.right_edge.i)
        else:
            break
    # "The company's chief executive, Tim Cook", "One of the men, Jessie Elkins": a role noun
    # keeps the name after it
    if head.pos_ in ("NOUN", "NUM") or head.lower_ in ("one", "some", "another"):
        for child in rights(head):
            if child.dep_ == "appos" and child.ent_type_ == "PERSON":
                last = child.i  # the name, without an age or a clause after it
                while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
                    last += 1
                right = max(right, last)
                break
    # never start on a dateline ("NEW YORK - Republican candidate Donald Trump")
    for j in range(left, min(head.i, left + 6)):
        if doc[j].text in _DASHES and j > left and all(
                t.text.isupper() or t.is_punct for t in doc[left:j]):
            left = j + 1
            break
    # never start on punctuation or a conjunction
    while left < right and (doc[left].is_punct or doc[left].dep_ == "cc"):
        left += 1
    while right > left and doc[right].is_punct:
        right -= 1
    return doc[left].idx, doc[right].idx + len(doc[right].text)


def _appos_role(head) -> str | None:
    for child in rights(head):
        if child.dep_ == "appos" and not (head.pos_ in ("NOUN", "NUM") and
                                          child.ent_type_ == "PERSON"):
            toks = [t for t in child.subtree if t.dep_ not in ("acl", "relcl")]
            toks = [t for t in toks if not t.is_punct]
            if toks and toks[0].dep_ == "det":
                toks = toks[1:]
            if toks:
                return head.doc[toks[0].i:toks[-1].i + 1].text
    return None


@dataclass
class ArticleContext:
    """What the speaker typing needs from the rest of the article."""

    text: str
    entities: list  # EntityRecord-like, with .start .end .label .actor .text
    actor_labels: dict[str, str]
    genders: dict[str, str] = field(default_factory=dict)  # actor -> m/f
    quotes: Intervals = field(default_factory=lambda: Intervals([]))

    def __post_init__(self):
        self.entities = sorted(self.entities, key=lambda e: e.start)
        self.entity_index = Intervals([(e.start, e.end) for e in self.entities])
        self.surnames: dict[str, str] = {}  # last word -> the article's fullest person name
        for e in self.entities:
            if e.label == "PERSON" and e.actor is not None and len(e.actor.split()) > 1:
                last = e.actor.split()[-1]
                if len(e.actor) > len(self.surnames.get(last, "")):
                    self.surnames[last] = e.actor

    def person_named(self, name: str) -> str:
        """The article's person actor a bare name refers to ("Clinton" → "Hillary Clinton" when
        the article names her in full), else the name itself: the NER may miss a name standing
        alone ("- Clinton.")."""
        return self.surnames.get(name, name) if " " not in name else name


def actor_genders(entities: list) -> dict[str, str]:
    """Gender per PERSON actor where the article shows it: a title (Mr / Ms) or a first name."""
    names = first_name_genders()
    genders: dict[str, str] = {}
    for ent in entities:
        if ent.actor is None or ent.label != "PERSON":
            continue
        words = [w.rstrip(".").lower() for w in ent.text.split()]
        found = None
        if any(w in _FEMALE for w in words):
            found = "f"
        elif any(w in _MALE for w in words):
            found = "m"
        else:
            first = ent.actor.split()[0].lower()
            found = names.get(first) if len(ent.actor.split()) > 1 else None
        if found and ent.actor not in genders:
            genders[ent.actor] = found
    return genders


def _entities_in(ctx: ArticleContext, start: int, end: int) -> list:
    return [ctx.entities[i] for i in ctx.entity_index.overlapping(start, end)
            if ctx.entities[i].actor is not None]


def _type_noun_phrase(span_tokens, ents, text_span: str) -> str:
    """Speaker type of a (non-pronoun) speaker phrase."""
    nouns = speaker_nouns()
    # effective head: the last noun before an "of"/"close to"/"from" phrase
    head = None
    cut = None  # where the "of …" phrase starts: a name after it is not the head's name
    for tok in span_tokens:
        if head is not None and (tok.lower_ in ("of", "close", "from", "at", "with", "familiar",
                                                "for", "to")
                                 or tok.tag_ in ("VBN", "VBG") and tok.dep_ == "acl"):
            # "officials familiar with …", "a statement posted on the website …"
            cut = tok.idx
            break
        if tok.pos_ in ("NOUN", "PROPN", "PRON"):
            head = tok
    if _ANONYMITY.search(text_span):
        return "anonymous"
    people = [e for e in ents if e.label == "PERSON"]
    if head is not None and head.pos_ == "NOUN":
        lemma = head.lemma_.lower()
        cls = nouns.get(lemma)
        plural = head.tag_ in ("NNS", "NNPS") or head.lower_ != lemma and head.lower_.endswith("s")
        named = bool(people) and people[-1].end >= head.idx + len(head.text) and (
            cut is None or people[-1].start < cut)
        if not named and cls in ("anonymous", "group"):
            if plural and lemma not in _ANON_EVEN_PLURAL:
                return "group"
            return "anonymous"
        if not named and cls in ("organization", "document"):
            return "organization"
        if not named and plural:
            return "group"
    if people:
        if len({e.actor for e in people}) > 1:
            return "group"
        return "person"
    orgs = [e for e in ents if e.label in ("ORG", "GPE", "NORP", "FAC", "LOC")]
    if orgs:
        ent = orgs[-1]
        if ent.label == "NORP":
            return "group"
        return "person" if _looks_like_person(ent, span_tokens) else "organization"
    if head is not None and head.pos_ == "PROPN" and head.text[:1].isupper():
        return "person"
    if head is not None and head.pos_ == "NOUN":
        return "group" if head.tag_ == "NNS" else "anonymous"
    return "unknown"


_ORG_WORDS = re.compile(r"\b(inc|corp|ltd|plc|llc|co|group|party|ministry|department|council|"
                        r"committee|agency|bank|university|institute|association|union|court|"
                        r"police|army|force|forces|office|times|post|news|journal|network|"
                        r"commission|foundation|campaign|administration|government|house)\b",
                        re.I)


def _looks_like_person(ent, span_tokens) -> bool:
    """An ORG/GPE mention used as a person: "McCaul said" (a surname the NER took for an ORG).

    True for a single capitalised proper noun (not an acronym, no organisation word, no
    determiner before it, not in the alias table) that is the whole speaker phrase.
    """
    if ent.label != "ORG":
        return False
    words = ent.text.split()
    toks = [t for t in span_tokens if not t.is_punct]
    return (len(words) == 1 and len(toks) == 1 and words[0][:1].isupper()
            and not words[0].isupper() and not _ORG_WORDS.search(ent.text)
            and ent.actor == ent.text and toks[0].tag_ == "NNP")


def _role_from_span(ctx: ArticleContext, start: int, end: int, ents) -> str | None:
    """Title or role words in the speaker phrase before the person's name."""
    from .actors import strip_title

    people = [e for e in ents if e.label == "PERSON"]
    if not people:
        return None
    person = people[0]
    before = ctx.text[start:person.start].strip(" ,")
    title, _ = strip_title(person.text)
    parts = [p for p in (before, title) if p]
    role = " ".join(parts).strip()
    role = re.sub(r"^(the|a|an)\s+", "", role, flags=re.I)
    role = re.sub(r"['’]s$", "", role).strip()
    return role or None


@dataclass
class Speaker:
    text: str | None = None
    start: int | None = None
    end: int | None = None
    type: str = "unknown"
    actor: str | None = None
    role: str | None = None


def describe_speaker(head, ctx: ArticleContext, prior: list["Speaker"],
                     span: tuple[int, int] | None = None) -> Speaker:
    """Speaker span, type, actor and role for the speaker phrase headed by token ``head``
    (or covering the character ``span`` when given)."""
    if head is None:
        return Speaker()
    doc = head.doc
    if head.lower_ in _PRONOUNS or head.pos_ == "PRON" and head.lower_ not in ("those", "these"):
        start, end = head.idx, head.idx + len(head.text)
        resolved = resolve_pronoun(head, ctx, prior)
        if resolved is not None:
            return replace(resolved, text=head.text, start=start, end=end)
        return Speaker(head.text, start, end, "pronoun")
    start, end = span if span is not None else speaker_span(head)
    span_text = ctx.text[start:end]
    phrase = doc.char_span(start, end)
    first = min(head.left_edge.i, phrase.start) if phrase is not None else head.left_edge.i
    span_tokens = [t for t in doc[first:max(head.right_edge.i + 1, head.i + 1)]
                   if start <= t.idx < end]
    ents = _entities_in(ctx, start, end)
    full = ctx.text[min(start, head.left_edge.idx):max(
        end, head.right_edge.idx + len(head.right_edge.text))]
    kind = _type_noun_phrase(span_tokens, ents, full)
    actor = None
    if kind in ("person", "organization"):
        people = [e for e in ents if e.label == "PERSON"]
        pick = people[-1] if people and kind != "organization" else (ents[-1] if ents else None)
        if pick is not None and not (kind == "group" and len({e.actor for e in people}) > 1):
            actor = pick.actor
    role = _appos_role(head) or (_role_from_span(ctx, start, end, ents) if kind == "person"
                                 else None)
    if role is None and kind == "anonymous":
        role = re.sub(r"^(a|an|the|one|two|three|some|several)\s+", "", span_text, flags=re.I)
    return Speaker(span_text, start, end, kind, actor, role)


def _is_subject(doc, ent) -> bool:
    """Whether an entity mention is (part of) the subject of its clause."""
    span = doc.char_span(ent.start, ent.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span.root
    for _ in range(3):
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return True
        if tok.dep_ not in ("compound", "appos", "flat", "conj") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def resolve_pronoun(head, ctx: ArticleContext, prior: list[Speaker]) -> Speaker | None:
    """The antecedent of a speaker pronoun, or None (then the speaker stays ``pronoun``).

    he/she: the most recent PERSON mention before the pronoun, outside quotation marks, whose
    gender (from Mr/Ms/Mrs or a first name) is compatible. they: the most recent previous speaker
    that is a group, organization or anonymous source. it: the most recent organisation speaker or
    ORG mention.
    """
    word = head.lower_
    gender = _PRONOUNS.get(word)
    pos = head.idx
    if gender in ("m", "f"):
        before = bisect.bisect_left(ctx.entity_index.starts, pos)
        doc = head.doc
        sent = sent_of(head)
        for _ in range(SUBJECT_SENTENCES):  # how far back a subject antecedent is preferred
            if sent.start > 0:
                sent = sent_of(doc[sent.start - 1])
        window_start = sent.start_char
        fallback = None
        for j in range(before - 1, -1, -1):  # newest first, without copying the list
            ent = ctx.entities[j]
            if ent.label != "PERSON" or ent.actor is None:
                continue
            if ent.start in ctx.quotes:
                continue
            if ctx.actor_labels.get(ent.actor, "PERSON") != "PERSON":
                continue
            known = ctx.genders.get(ent.actor)
            if known is not None and known != gender:
                continue
            if ent.start < window_start:
                if fallback is None:
                    fallback = ent
                break
            if _is_subject(doc, ent):
                fallback = ent
                break
            if fallback is None:
                fallback = ent
        if fallback is not None:
            return Speaker(type="person", actor=fallback.actor, role=None)
        return None
    if word == "they":
        for sp in reversed(prior[-PRIOR_SPEAKERS:]):
            if sp.start is not None and sp.start < pos and sp.type in ("group", "organization",
                                                                        "anonymous"):
                return Speaker(type=sp.type, actor=sp.actor, role=sp.role)
        return None
    if word == "it":
        for sp in reversed(prior[-PRIOR_SPEAKERS:]):
            if sp.start is not None and sp.start < pos and sp.type == "organization":
                return Speaker(type="organization", actor=sp.actor, role=sp.role)
        return None
    return None


# --------------------------------------------------------------------------------------------
# Pass 3: reconciliation and rows


@dataclass
class QuoteRecord:
    """One quote; becomes one row of the ``quotes`` table (see ``QUOTE_COLUMNS``)."""

    article_id: str
    quote_id: str
    quote: str
    start: int
    end: int
    kind: str
    cue: str | None
    cue_lemma: str | None
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    speaker_type: str
    speaker_actor: str | None
    speaker_role: str | None
    sentence_id: int
    paragraph_id: int




def extract_quotes(doc, article_id: str, entities: list, *,
                   fixed_labels: dict[str, str] | None = None,
                   sentences: list[int] | None = None, paragraphs: list[int] | None = None,
                   text: str | None = None) -> list[QuoteRecord]:
    """All quotes of one parsed article.

    Args:
        doc: the spaCy ``Doc`` of the article text.
        article_id: id used in the rows and in ``quote_id`` (``"{article_id}-q{n}"``).
        entities: the article's entity records (with canonical ``actor``), for speaker actors,
            typing and pronoun resolution.
        fixed_labels: labels that override the NER's for an actor's mentions (the alias
            table's: "Al Jazeera" is an ORG), used for speaker typing and pronoun antecedents.
        sentences, paragraphs: start offsets (computed from ``doc`` when omitted).
        text: ``doc.text``, when the caller has it already (building it is O(tokens)).

    Returns:
        Quote records in text order, never overlapping.
    """
    from .entities import paragraph_starts, sentence_starts

    text = doc.text if text is None else text
    sentences = sentence_starts(doc) if sentences is None else sentences
    paragraphs = paragraph_starts(text) if paragraphs is None else paragraphs
    spans = find_quote_spans(text)
    if fixed_labels:
        entities = [replace(e, label=fixed_labels[e.actor]) if e.actor in fixed_labels else e
                    for e in entities]
    labels = {e.actor: e.label for e in entities if e.actor is not None}
    span_index = Intervals([(q.open, q.outer_end) for q in spans])
    ctx = ArticleContext(text, entities, labels, actor_genders(entities), span_index)
    cues = find_cues(doc, spans, text, inside=span_index)

    # (start, end, kind, cue, speaker) candidates
    rows: list[dict] = []
    used_quote: set[int] = set()
    prior: list[Speaker] = []

    def speaker_for(cue: Cue) -> Speaker:
        sp = describe_speaker(cue.speaker_head, ctx, prior, span=cue.speaker_span)
        if sp.start is not None:
            prior.append(sp)
        return sp

    cue_speakers: dict[int, Speaker] = {}
    for cue in sorted(cues, key=lambda c: c.start):
        cue_speakers[cue.token_i] = speaker_for(cue)

    for i, q in enumerate(spans):
        checkpoint()
        row = _colon_row(q, text, ctx)
        if row is not None:
            rows.append(row)
            used_quote.add(i)

    for cue in cues:
        checkpoint()
        if cue.content is None:
            continue
        cs, ce = cue.content
        if any(i in used_quote and spans[i].open <= cs and ce <= spans[i].outer_end
               for i in span_index.overlapping(cs, ce)):
            continue  # the quote is someone's already ("Carl Bialik: “…”")
        overlapping = [i for i in span_index.overlapping(cs, ce) if i not in used_quote]
        kind = "according_to" if cue.according_to else "indirect"
        start, end = cs, ce
        inside_one = [i for i in overlapping
                      if spans[i].open <= cs + 1 and (spans[i].outer_end >= ce - 1
                                                      or spans[i].open >= cs - 1)]
        if inside_one and not cue.according_to:
            i = inside_one[0]
            q = spans[i]
            kind, start, end = "direct", q.start, q.end
            used_quote.add(i)
        elif overlapping:
            if not cue.according_to:
                kind = "mixed"
            for i in overlapping:
                q = spans[i]
                start, end = min(start, q.open + 1), max(end, q.end)
                used_quote.add(i)
            start, end = _trim(text, start, end)
        rows.append({"start": start, "end": end, "kind": kind, "cue": cue,
                     "speaker": cue_speakers[cue.token_i]})

    # Quotes without a cue of their own.
    cue_by_pos = sorted(cues, key=lambda c: c.start)
    cue_starts = [c.start for c in cue_by_pos]
    attributed: dict[int, dict] = {}
    for row in rows:
        for i in span_index.overlapping(row["start"], row["end"]):
            q = spans[i]
            if i in used_quote and q.start >= row["start"] and q.end <= row["end"]:
                attributed[i] = row
    for i, q in enumerate(spans):
        checkpoint()
        if i in used_quote:
            continue
        if _is_title(text[q.start:q.end]):
            used_quote.add(i)  # "Fox News Sunday", "Make America Great Again": a name, not words
            continue
        row = _named_row(q, text, ctx) or _frame_cue(q, i, spans, cue_by_pos, cue_starts,
                                                     cue_speakers, text, sentences) \
            or _governing_verb(doc, q, ctx, prior) or _colon_clause(doc, q, ctx, prior)
        if row is None:
            row = {"start": q.start, "end": q.end, "kind": "direct", "cue": None,
                   "speaker": None}
        used_quote.add(i)
        attributed[i] = row
        rows.append(row)
    rows.extend(transcript_rows(text, Intervals([(r["start"], r["end"]) for r in rows])))
    span_at = {(q.start, q.end): i for i, q in enumerate(spans)}
    chains: dict[int, list[int]] = {}
    for k, q in enumerate(spans):
        if q.chain is not None:
            chains.setdefault(q.chain, []).append(k)
    # cues that report nothing themselves ("“The bullying,” X said, as the crowd cheered.") can
    # still be the attribution a following quote continues
    reporting = {id(r["cue"]) for r in rows}
    bare = [{"start": c.start, "end": c.end, "kind": None, "cue": c,
             "speaker": cue_speakers[c.token_i]} for c in cues
            if c.content is None and not c.negated and not c.according_to
            and cue_speakers[c.token_i].start is not None and id(c) not in reporting
            and not any(ch.dep_ in ("xcomp", "ccomp", "dobj") for ch in kids(doc[c.token_i]))]
    by_end = sorted([r for r in rows if r["speaker"] is not None] + bare, key=lambda r: r["end"])
    # Continuations: chained paragraphs, then a quote right after an attributed sentence.
    for row in sorted(rows, key=lambda r: r["start"]):
        checkpoint()
        if row["speaker"] is not None or row["kind"] != "direct":
            continue
        i = span_at[(row["start"], row["end"])]
        q = spans[i]
        source = None
        if q.chain is not None:
            source = next((attributed[k] for k in chains[q.chain]
                           if k in attributed and attributed[k]["speaker"] is not None), None)
        if source is None:
            source = _previous_attribution(q, by_end, text, sentences)
        if source is not None:
            row["speaker"] = source["speaker"]
            row["continued"] = True
            # a continued quote can itself be continued by the next one
            bisect.insort(by_end, row, key=lambda r: r["end"])

    # A short quoted phrase nobody says ("the root of all evil") is a title or scare quote.
    rows = [r for r in rows if r["speaker"] is not None or _sentence_like(text[r["start"]:r["end"]])]
    records = _finish(rows, text, article_id, sentences, paragraphs)
    return records


_DASH_NAME = re.compile(r"[^\S\n]*[―—–-]{1,2}[^\S\n]*(?P<name>[A-Z][\w.'’\-]*(?:[^\S\n]+"
                        r"(?:[A-Z][\w.'’\-]*|de|van|von|da|del|al|bin))*)")
# Capitalised labels that look like transcript speakers but are not ("CLARIFICATION: …").
_NOT_SPEAKER_LABELS = {"CLARIFICATION", "CORRECTION", "UPDATE", "UPDATED", "EDITOR'S NOTE",
                       "EDITOR’S NOTE", "NOTE", "WATCH", "READ MORE", "RELATED", "PHOTO", "VIDEO",
                       "SOURCE", "SOURCES", "Q", "A", "ADVERTISEMENT", "BREAKING", "LIVE"}
# the quote's paragraph ends and the next one is only a dash and a name ("\n\n- Clinton.")
_DASH_LINE = re.compile(r"[^\S\n]*\n\s*[―—–-]{1,2}[^\S\n]*(?P<name>[A-Z][\w.'’\-]*(?:[^\S\n]+"
                        r"(?:[A-Z][\w.'’\-]*|de|van|von|da|del|al|bin))*)[^\n]{0,80}(?:\n|\Z)")
# a colon, then at most a paragraph break and the opening mark, right before a quote
_COLON_GAP = re.compile(r":[ \t]*(?:\n[ \t]*){0,2}[\"“'‘`]*$")
_LEAD_NAME = re.compile(r"(?P<name>[A-Z][A-Z.'’\- ]{1,40}[A-Z.]):[ \t]+(?=\S)")


def _name_speaker(text: str, start: int, end: int, ctx: ArticleContext) -> Speaker:
    """A speaker given by name only (dash attributions, transcripts), typed from its entities."""
    ents = _entities_in(ctx, start, end)
    people = [e for e in ents if e.label == "PERSON"]
    name = text[start:end]
    actor = people[0].actor if people else ctx.person_named(name.title() if name.isupper()
                                                             else name)
    kind = "person" if people or not ents else (
        "organization" if ents[0].label in ("ORG", "GPE") else "person")
    return Speaker(name, start, end, kind, actor, None)


def _named_row(q: QuoteSpan, text: str, ctx: ArticleContext) -> dict | None:
    """``"…" ― Martha Aguilar`` (a dash and a name after the quote) or a quote opening with a
    transcript speaker (``"WALLACE: Do you really …``)."""
    lead = _LEAD_NAME.match(text, q.start)
    if lead is not None and lead.group("name").strip() not in _NOT_SPEAKER_LABELS \
            and len(text[lead.end():q.end].split()) >= MIN_QUOTE_WORDS:
        name_end = lead.start("name") + len(lead.group("name").rstrip())
        return {"start": lead.end(), "end": q.end, "kind": "direct",
                "cue": Cue(lead.end() - 1, lead.end(), ":", ":", None, None),
                "speaker": _name_speaker(text, lead.start(), name_end, ctx)}
    if q.close is None:
        return None
    dash = _DASH_NAME.match(text, q.outer_end) or _DASH_LINE.match(text, q.outer_end)
    if dash is not None:
        a, b = dash.start("name"), dash.end("name")
        if text[b - 1] == "." and b - a > 2 and not text[b - 3:b - 2].isspace():
            b -= 1  # "- Clinton." : the sentence's full stop, not an initial
        return {"start": q.start, "end": q.end, "kind": "direct",
                "cue": Cue(dash.start(), a, text[dash.start():a].strip(), "—", None, None),
                "speaker": _name_speaker(text, a, b, ctx)}
    return None


def _colon_row(q: QuoteSpan, text: str, ctx: ArticleContext) -> dict | None:
    """``Clinton: “Our goal is …” Bush: “The mission is …”``: a person's name opening a
    sentence, a colon, then the quote."""
    colon = _COLON_GAP.search(text, max(0, q.open - 3), q.open + 1)
    if colon is None or "\n" in colon.group():
        return None
    at = bisect.bisect_left(ctx.entity_index.starts, colon.start()) - 1
    ent = ctx.entities[at] if at >= 0 else None
    if ent is None or ent.label != "PERSON" or ent.end != colon.start() \
            or not _sentence_boundary_before(text, ent.start):
        return None
    return {"start": q.start, "end": q.end, "kind": "direct",
            "cue": Cue(colon.start(), colon.start() + 1, ":", ":", None, None),
            "speaker": _name_speaker(text, ent.start, ent.end, ctx)}


def _sentence_boundary_before(text: str, pos: int) -> bool:
    """Whether ``pos`` starts a paragraph or follows a sentence end, a closing quote or a dash."""
    before = text[max(0, pos - 200):pos].rstrip(" \t")  # a window: never copy the article
    return not before or before[-1] in "\n.!?\"”'’-—–:" or before.endswith("]")


def _sentence_like(quote: str) -> bool:
    """Whether an unattributed quoted span reads as speech: a full sentence or a long phrase."""
    words = len(quote.split())
    return words >= MIN_UNATTRIBUTED_WORDS or (words >= MIN_QUOTE_WORDS
                                               and quote.rstrip("\"'”’)")[-1:] in ".!?")


def _frame_cue(q: QuoteSpan, i: int, spans: list[QuoteSpan], cues: list[Cue],
               cue_starts: list[int], cue_speakers: dict[int, Speaker], text: str,
               sentences: list[int]) -> dict | None:
    """A speech verb just after (``"…," McCaul said``) or before (``X said: "…"``) the quote."""
    from .entities import locate

    nxt = spans[i + 1].open if i + 1 < len(spans) else len(text)
    prv = spans[i - 1].outer_end if i > 0 else 0
    end_sent = locate(q.outer_end, sentences)
    # The parser often ends a sentence at the closing mark ("…," / Douglas Holtz-Eakin … told
    # me): then the attribution is the next sentence.
    # A quote ending its sentence with a full stop ("… cannot be denied." He announced …) is not
    # attributed forward.
    if end_sent + 1 < len(sentences) and sentences[end_sent + 1] - q.outer_end <= 2 \
            and text[q.end - 1:q.end] != ".":
        end_sent += 1
    newline = text.find("\n", q.outer_end)
    after_limit = min(nxt, sentences[end_sent + 1] if end_sent + 1 < len(sentences) else len(text),
                      newline if newline >= 0 else len(text))
    window = cues[bisect.bisect_left(cue_starts, q.outer_end):
                  bisect.bisect_left(cue_starts, after_limit + 1)]
    after = [c for c in window if cue_speakers[c.token_i].start is not None]
    # the cue or its speaker close after the quote ("…," Michael McFaul, a senior fellow at …,
    # said): a long appositive between speaker and verb does not break the frame
    after = [c for c in after if len(text[q.outer_end:min(
        c.start, cue_speakers[c.token_i].start)].split()) <= 12]
    if after:
        c = after[0]
        return {"start": q.start, "end": q.end, "kind": "direct", "cue": c,
                "speaker": cue_speakers[c.token_i]}
    start_sent = locate(q.open, sentences)
    before_limit = max(prv, sentences[start_sent], text.rfind("\n", 0, q.open) + 1)
    window = cues[bisect.bisect_left(cue_starts, before_limit):
                  bisect.bisect_left(cue_starts, q.open)]
    before = [c for c in window if cue_speakers[c.token_i].start is not None
              and text[c.end:q.open].strip().rstrip("'`").rstrip()[-1:] in (":", ",", "")]
    if before:
        c = before[-1]
        return {"start": q.start, "end": q.end, "kind": "direct", "cue": c,
                "speaker": cue_speakers[c.token_i]}
    # "Iowa State University's Dianne Bystrom agreed. “Mainstream Republicans are …”": a cue
    # with nothing to report ends the sentence right before the quote
    window = cues[bisect.bisect_left(cue_starts, max(prv, text.rfind("\n", 0, q.open) + 1)):
                  bisect.bisect_left(cue_starts, q.open)]
    if window:
        c = window[-1]
        if c.content is None and not c.according_to and cue_speakers[c.token_i].start is not None \
                and not c.negated and (c.lemma in ("tell", "ask", "brief", "inform")
                                       or len(c.text.split()) == 1) \
                and re.fullmatch(r"[^\S\n]*[.:][^\S\n]*['\"“‘`]*", text[c.end:q.open]):
            return {"start": q.start, "end": q.end, "kind": "direct", "cue": c,
                    "speaker": cue_speakers[c.token_i]}
    return None


_TITLE_SMALL = {"a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "at", "by",
                "from", "as", "is"}


def _colon_clause(doc, q: QuoteSpan, ctx: ArticleContext, prior: list[Speaker]) -> dict | None:
    """A quote introduced by a clause ending in a colon, in the same paragraph or as the whole
    next one: ``Cruz called them on it:`` / ``the board was conclusive in its findings: “…”``.
    The speaker is the subject of that clause's main verb."""
    text = ctx.text
    m = _COLON_GAP.search(text, max(0, q.open - 12), q.open + 1)
    if m is None:
        return None
    colon = m.start()
    span = doc.char_span(max(0, colon - 1), colon, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span[-1]  # the clause before the colon: climb while the head stays before it
    while root.head.i != root.i and root.head.idx < colon:
        root = root.head
    if root.pos_ not in ("VERB", "AUX"):
        return None
    head = _subject(root) or _inherited_subject(root)
    if head is None or head.idx >= colon or head.pos_ not in ("PROPN", "NOUN", "PRON") \
            or head.lower_ in ("it", "this", "that", "there", "here", "what", "which"):
        return None
    speaker = describe_speaker(head, ctx, prior)
    if speaker.start is None:
        return None
    return {"start": q.start, "end": q.end, "kind": "direct",
            "cue": Cue(root.idx, root.idx + len(root.text), root.text, root.lemma_.lower(), head,
                       None, token_i=root.i),
            "speaker": speaker}


def _is_title(quote: str) -> bool:
    """A quoted name of a show, book or slogan ("Meet the Press", "Make America Great Again"):
    every word capitalised but the small ones, no sentence punctuation."""
    words = quote.strip(" .,!?\"'“”‘’").split()
    if quote.isupper():
        return False  # "BUILD THE WALL!": a chant in capitals is speech
    return bool(words) and len(words) <= 8 and not re.search(r"[.!?;:]\s", quote) and all(
        w[:1].isupper() or not w[:1].isalpha() or w.lower() in _TITLE_SMALL for w in words)


def _governing_verb(doc, q: QuoteSpan, ctx: ArticleContext, prior: list[Speaker]) -> dict | None:
    """A quoted fragment inside the clause of a speech or quoting verb with a speaker:
    ``X called it “total political crap”``, ``an explosion that X described as “…”``."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    verbs, _ = speech_verbs()
    quoting = quoting_verbs()
    tok = span.root
    sent_start = sent_of(doc[span.start]).start
    for _ in range(8):
        if tok.head.i == tok.i or tok.head.i < sent_start:
            return None
        tok = tok.head
        if span.start <= tok.i < span.end:
            continue
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and (lemma in quoting or lemma in verbs):
            head = _subject(tok) or _inherited_subject(tok)
            if head is None or q.open <= head.idx < q.outer_end:
                return None
            speaker = describe_speaker(head, ctx, prior)
            if speaker.start is None:
                return None
            return {"start": q.start, "end": q.end, "kind": "direct",
                    "cue": Cue(tok.idx, tok.idx + len(tok.text), tok.text, lemma, head, None,
                               token_i=tok.i),
                    "speaker": speaker}
        if tok.dep_ in ("ccomp", "ROOT"):
            return None  # the clause ends here: a verb above it is someone else's
    return None


def transcript_rows(text: str, taken: Intervals) -> list[dict]:
    """Interview transcripts: a paragraph "PENCE: Well, look, …" is a direct quote of PENCE."""
    rows = []
    for m in re.finditer(r"(?m)^(?P<name>[A-Z][A-Z.'’\- ]{1,40}[A-Z.]):[ \t]+(?=\S)", text):
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        start, stop = _trim(text, m.end(), end)
        if len(text[start:stop].split()) < MIN_QUOTE_WORDS or start in taken \
                or m.group("name").strip() in _NOT_SPEAKER_LABELS:
            continue
        name = m.group("name").strip()
        rows.append({"start": start, "end": stop, "kind": "direct",
                     "cue": Cue(m.end() - 1, m.end(), ":", ":", None, None),
                     "speaker": Speaker(name, m.start(), m.start() + len(name), "person",
                                        name.title(), None)})
    return rows


def _previous_attribution(q: QuoteSpan, rows: list[dict], text: str,
                          sentences: list[int]) -> dict | None:
    """The attributed row whose content ends in the sentence right before this quote (or in the
    same sentence), within the same or the previous paragraph."""
    from .entities import locate

    q_sent = locate(q.open, sentences)
    best = None
    ends = [r["end"] for r in rows]
    stop = bisect.bisect_right(ends, q.open)
    for row in reversed(rows[max(0, stop - 12):stop]):  # rows sorted by end; nearest first
        if q.open - row["end"] > 5000:
            break
        if row["speaker"] is None or row["speaker"].start is None:
            continue
        gap = text[row["end"]:q.open]
        if gap.count("\n\n") > 1:
            continue
        r_sent = locate(max(row["end"] - 1, row["start"]), sentences)
        cue_end = row["cue"].end if row["cue"] is not None else row["end"]
        last_sent = max(r_sent, locate(max(cue_end - 1, 0), sentences),
                        locate(row["speaker"].end - 1, sentences))
        if q_sent - last_sent <= CONTINUATION_SENTENCES and (best is None or row["end"] > best["end"]):
            best = row
    return best


def _finish(rows: list[dict], text: str, article_id: str, sentences: list[int],
            paragraphs: list[int]) -> list[QuoteRecord]:
    from .entities import locate

    rows = [r for r in rows if r["end"] > r["start"]]
    rows.sort(key=lambda r: (r["start"], -(r["end"] - r["start"])))
    kept: list[dict] = []
    for row in rows:
        if kept and row["start"] < kept[-1]["end"]:
            continue  # nested or overlapping attribution: the outer one stays
        kept.append(row)
    records = []
    for n, row in enumerate(kept):
        cue: Cue | None = row["cue"] if not row.get("continued") else None
        sp: Speaker = row["speaker"] or Speaker()
        records.append(QuoteRecord(
            article_id=article_id, quote_id=f"{article_id}-q{n}",
            quote=text[row["start"]:row["end"]], start=row["start"], end=row["end"],
            kind=row["kind"], cue=cue.text if cue else None,
            cue_lemma=cue.lemma if cue else None, speaker=sp.text,
            speaker_start=sp.start, speaker_end=sp.end, speaker_type=sp.type,
            speaker_actor=sp.actor, speaker_role=sp.role,
            sentence_id=locate(row["start"], sentences),
            paragraph_id=locate(row["start"], paragraphs)))
    return records


def quote_frame(records: list[QuoteRecord]) -> pd.DataFrame:
    """The ``quotes`` DataFrame from records, with stable dtypes (nullable ints for speaker spans)."""
    frame = pd.DataFrame([r.__dict__ for r in records], columns=QUOTE_COLUMNS)
    return frame.astype({"start": "int64", "end": "int64", "speaker_start": "Int64",
                         "speaker_end": "Int64", "sentence_id": "int64", "paragraph_id": "int64"})
