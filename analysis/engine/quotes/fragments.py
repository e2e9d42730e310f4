"""Quoting verbs with a short quoted fragment: "dismissed the claim as “nonsense”", "calling
the deal a “betrayal”", "was labelled “reckless” by the minister", "a “blueprint,” he calls it".

A fragment is a quoted stretch too short to be a quote of its own (under ``min_quote_words``:
:func:`.marks.find_quote_spans` drops it). Under a *quoting* verb (``quoting_verbs.txt``: call,
describe, label, dismiss, brand, …) it is the words of whoever calls, describes or labels —
when someone does. The same construction also names things and quotes labels, so a fragment
is a speaker's words only when:

* the verb stands outside quotation marks (also of a quote the pairing left unpaired: "“… I'd
  rather live in what he calls “hell” than …" is the quoted speaker's words) and the fragment
  lies in its complements after it — its object, the object's predicate ("called
  the deal a “betrayal”"), an "as" phrase ("described the plan as “unworkable”") — or, with a
  pronoun object, in its other subject or a loose dependent before it ("a “blueprint,” he
  calls it", "“Nonsense,” she called it") or the predicate after it ("as the mayor calls it, a
  “lifeline”"); a quote of
  ``min_quote_words`` in them is left to :func:`.frames.governing_verb`;
* the verb says who: its subject, the agent of a passive ("was labelled “reckless” by the
  minister"), or the subject it shares ("…, calling the deal a “betrayal”"). A passive or a
  participle without an agent names or labels ("a show called “Brokers”", "the so-called
  “bedroom tax”", "self-described “patriots”", "The report, labelled “confidential”, was
  …"): nobody speaks;
* that speaker can speak (:func:`may_call`): a name, a pronoun, a speaker noun
  (``speaker_nouns.csv``: "the union", "critics"), a title ("the minister") or a role of one
  ("the head of the union") — not a sign, a banner or a placard ("signs calling the mayor a
  “traitor”") — and is not the generic
  subject of a relative "what critics call “…”" (a present-tense "what" clause with a bare
  plural or a quantifier as its subject: the term a group uses, not anyone's statement).

The quote is the complements (with the fragment's closing mark when the parser hung it on the
verb): ``mixed``, or ``direct`` when it is the fragment alone (:mod:`.attribution`).

Each check reads the verb's children and the sorted fragment spans (bisect): O(log n) per
quoting verb.

Session 27 (s32-audit): whether the verb stands inside a quote left open is read from the marks
paired as the quotes are (:func:`.marks.paired_marks`, with BBC's re-opened segments), not from
a count of straight marks: 'said: "A. "B." … Ferguson described the result as an "absolute
giveaway"' holds three marks before the verb, all closed (the fragment was missed). The pairing
runs only when the count is odd (the verb's line, at most 3,000 characters).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ... import lexicons
from ..segments import paragraph_of
from ..syntax import kids
from .marks import find_quote_spans, paired_marks
from .spans import Intervals, content_span, subtree_span
from .subjects import inherited_subject, not_speaker, noun_class, subject
from .types import QuoteSpan

if TYPE_CHECKING:
    from spacy.tokens import Token

# the verb's complements that say what something is called: its object (with the predicate
# the parser may hang on it), the object's predicate, an adjective or clause standing for it
_COMPLEMENTS = ("dobj", "dative", "oprd", "attr", "acomp", "xcomp", "ccomp", "appos")
# pronoun objects of "a “blueprint,” he calls it"
_OBJECT_PRONOUNS = ("it", "this", "that", "them")


def short_fragments(text: str, quote_spans: list[QuoteSpan],
                    paragraphs: list[tuple[int, int]] | None = None,
                    short: list[QuoteSpan] | None = None) -> Intervals:
    """The closed quoted stretches of ``text`` that are not among ``quote_spans`` (those too
    short to be quotes), from opening to closing mark; ``short``: every closed span of one word
    or more (:func:`.marks.find_quote_spans` with ``min_words=1``) when the caller has them.
    O(n) in the length of the text."""
    if short is None:
        short = find_quote_spans(text, min_words=1, paragraphs=paragraphs)
    taken = {q.open for q in quote_spans}
    return Intervals([(q.open, q.outer_end) for q in short
                      if q.open not in taken and q.close is not None])


def _agent(verb: Token) -> Token | None:
    """The object of the verb's by-agent ("by the minister"), or None."""
    for child in kids(verb):
        if child.dep_ == "agent":
            return next((c for c in kids(child) if c.dep_ == "pobj"), None)
    return None


def _naming(verb: Token) -> bool:
    """Whether ``verb`` names or labels without anyone speaking: a passive ("The company was
    called “Acme”"), a participle modifying a noun ("a show called “X”", "so-called",
    "self-described"), or a participle set off after its noun that the parser read as a finite
    verb ("The report, labelled “confidential”, was leaked"). The callers check for an agent
    first."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in kids(verb)):
        return True
    if verb.dep_ == "amod" or verb.dep_ == "acl" and verb.tag_ != "VBG":
        return True  # "so-called", "a show called …" (VBD when the tagger errs)
    subj = next((c for c in kids(verb) if c.dep_ == "nsubj" and c.i < verb.i), None)
    doc = verb.doc
    return subj is not None and verb.tag_ in ("VBN", "VBD") and doc[verb.i - 1].text == "," \
        and subj.right_edge.i >= verb.i - 2 \
        and not any(c.dep_ in ("dobj", "dative") for c in kids(verb))


def fragment_speaker(verb: Token) -> Token | None:
    """Who calls what ``verb`` (a quoting verb) calls: the agent of a passive or participle,
    else nobody when it only names (:func:`_naming`), else its subject or the subject it
    shares (:func:`.subjects.inherited_subject`), when that can speak (:func:`may_call`)."""
    agent = _agent(verb)
    if agent is not None:
        return agent if may_call(agent, verb) else None
    if _naming(verb):
        return None
    head = subject(verb) or inherited_subject(verb)
    return head if head is not None and may_call(head, verb) else None


def may_call(head: Token, verb: Token) -> bool:
    """Whether ``head`` can be the speaker of a fragment under ``verb``: a name (a proper noun,
    a capitalised word inside the sentence the tagger took for a noun, a noun with a name in
    apposition: "Another eyewitness, Nicole Towarek,"), a pronoun, a speaker
    noun or a title; never a word that does not speak, nor the generic subject of a relative
    "what critics call …" (see the module doc)."""
    if not_speaker(head):
        return False
    lemma = head.lemma_.lower()
    named = head.pos_ in ("PROPN", "PRON") or (
        head.text[:1].isupper() and head.i > head.sent.start and head.pos_ == "NOUN")
    named = named or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in kids(head))
    if not (named or noun_class(head) is not None or lemma in lexicons.words("titles")
            or _role_of(head)):
        return False
    return not _generic_relative(head, verb)


def _role_of(head: Token) -> bool:
    """"the head of the union", "a member of Congress": a noun with an "of" phrase naming an
    organisation or a person (a proper noun or a speaker noun)."""
    for prep in kids(head):
        if prep.dep_ == "prep" and prep.lower_ == "of":
            pobj = next((c for c in kids(prep) if c.dep_ == "pobj"), None)
            if pobj is not None and (pobj.pos_ == "PROPN" or noun_class(pobj) is not None):
                return True
    return False


def _generic_relative(head: Token, verb: Token) -> bool:
    """"what critics call", "what some call": a present-tense "what" clause whose subject is a
    bare plural noun (no determiner or possessive) or a quantifier."""
    if verb.tag_ not in ("VBP", "VBZ") or not any(
            c.dep_ == "dobj" and c.tag_ == "WP" and c.i < verb.i for c in kids(verb)):
        return False
    if head.tag_ in ("DT", "JJ", "JJS"):
        return True  # a quantifier: "what some call", "what many call"
    return head.tag_ in ("NNS", "NNPS") and not any(
        c.dep_ in ("det", "poss", "nummod") for c in kids(head))


def quoted_fragment(verb: Token, text: str, inside: Intervals, fragments: Intervals
                    ) -> tuple[int, int] | None:
    """The content of a quoting verb whose complements hold a short quoted fragment (see the
    module doc), or None: no fragment, or a quote of its own among them; nor for "quote" or
    "cite" with an "as" + participle ("was quoted by The Courier as saying the bank could no
    longer remain “all-British”": the one quoted says it through *saying*, session 23)."""
    if verb.lemma_.lower() in ("quote", "cite") and any(
            c.dep_ == "prep" and c.lower_ == "as" and any(g.tag_ == "VBG" for g in kids(c))
            for c in kids(verb)):
        return None
    after = [c for c in kids(verb) if c.i > verb.i and (
        c.dep_ in _COMPLEMENTS or c.dep_ == "prep" and c.lower_ == "as")]
    pronoun = [c for c in after if c.dep_ == "dobj" and c.lower_ in _OBJECT_PRONOUNS]
    if pronoun:
        # "A “blueprint,” he calls it", "“Nonsense,” she called it": the fragment is parsed as
        # the verb's other subject or a loose dependent before it; "as the mayor calls it, a
        # “lifeline”": the predicate after the pronoun
        speaker = _nearest_subject(verb)
        after = [c for c in kids(verb) if c.i < verb.i and c.i != speaker
                 and c.dep_ in ("nsubj", "dep", "npadvmod")] \
            + [c for c in after if c.i != pronoun[0].i]
    if not after:
        return None
    spans = [subtree_span(c, exclude=_clauses_without(c, fragments)) for c in after]
    a, b = min(s[0] for s in spans), max(s[1] for s in spans)
    inner = [fragments.spans[i] for i in fragments.overlapping(a, b)]
    # the parser may hang a fragment's closing mark on the verb, outside the complement
    inner = [(s, e) for s, e in inner if a <= s < b or a < e <= b or s <= a and b <= e]
    if not inner or inside.overlapping(a, b) or _in_open_quote(verb, text):
        return None
    a, b = min(a, *(s for s, _ in inner)), max(b, *(e for _, e in inner))
    return content_span(text, a, b)


def _in_open_quote(verb: Token, text: str) -> bool:
    """Whether ``verb`` stands inside a quotation its paragraph opened and the pairing left
    unpaired (“… I'd rather live in what he calls “hell” than …): a fragment there is part of
    the quoted speaker's words, not a report of the verb's subject. Reads the verb's line of
    its paragraph up to the verb.

    Session 27 (s32-audit): the marks before the verb are paired as the quotes are
    (:func:`.marks.paired_marks`, BBC's re-opened segments included), not counted: with the
    paragraph breaks lost, "said: "A. "B." … Ferguson described the result as an "absolute
    giveaway"" holds three straight marks before the verb, all closed — the verb is narrative."""
    lo = max(paragraph_of(verb.doc, verb.idx)[0], verb.idx - 3000,  # a bounded window
             text.rfind("\n", 0, verb.idx) + 1)  # and its line
    before = text[lo:verb.idx]
    if before.count("“") > before.count("”"):
        return True
    if before.count('"') % 2 == 0:
        return False
    # an odd count of straight marks: open, unless a re-opened segment explains it
    return paired_marks(text, paragraphs=[(lo, verb.idx)])[0][2]


def _clauses_without(phrase: Token, fragments: Intervals) -> list[Token]:
    """The clauses modifying nouns inside ``phrase`` (relative clauses, participles: "a Trump
    tweet | attacking a former Miss Universe") that hold no quoted fragment: not part of what
    the speaker called it."""
    found = []
    for tok in phrase.subtree:
        if tok.dep_ in ("relcl", "acl") and tok.i != phrase.i:
            a, b = subtree_span(tok)
            if not fragments.overlapping(a, b):
                found.append(tok)
    return found


def _nearest_subject(verb: Token) -> int:
    """The token index of the subject nearest the verb (the speaker when a fragment is parsed
    as a second subject), or -1."""
    subjects = [c for c in kids(verb) if c.dep_ == "nsubj"]
    return min(subjects, key=lambda c: abs(c.i - verb.i)).i if subjects else -1
