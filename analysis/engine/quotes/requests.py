"""Stage 2, requests and promises reported with an infinitive ("urged Congress to act",
"called on the government to reopen the plant"; ``infinitive_speech_verbs``).

The content is the addressee and the infinitive clause, without a finite verb coordinated with
the infinitive (the speaker's next act: "urged the embassy to reconsider | and spoke with …").
The infinitive may be parsed as an adverbial clause right after a person-like addressee;
"call on" / "appeal to" are cues also with the particle parsed as a preposition when an
infinitive follows its object (never a date). A request verb read as an adjective of its
addressee after "and" ("also spoke at the rally and encouraged supporters to remain …") is a cue
whose speaker is the subject of the verb the coordination joins. Appeal and evaluative verbs
(``appeal_speech_verbs``, ``evaluative_speech_verbs``) are cues only with a subject that can
speak.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ... import lexicons
from ..segments import paragraph_of
from ..syntax import kids, positions
from .spans import Intervals, content_span, subtree_span
from .subjects import inherited_subject, noun_class, subject
from .types import Cue

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def conjoined_request_cues(doc: Doc, text: str, inside: Intervals, found: set[int]) -> list[Cue]:
    """Request verbs the parser read as an adjective of their addressee after "and": in "X
    also spoke at the rally and encouraged supporters to remain hopeful" both shared models
    make *encouraged supporters* the subject of *to remain*. The past form of an
    ``infinitive_speech_verbs`` verb (regular forms: "-ed", "-d") that opens that noun phrase
    right after "and" (or "and" and an adverb) is the cue; its speaker is the subject of the
    verb the coordination joins (X, who "spoke"), who must be able to speak; its content is
    the addressee and the infinitive."""
    verbs, _ = lexicons.speech_verbs()
    forms = {f"{v}d" if v.endswith("e") else f"{v}ed": v
             for v in lexicons.words("infinitive_speech_verbs") if v in verbs}
    cues = []
    for i in positions(doc, frozenset(forms), attr="LOWER"):
        tok = doc[i]
        noun = tok.head
        if i in found or tok.dep_ != "amod" or tok.idx in inside or noun.left_edge.i != i:
            continue
        before = list(doc[max(0, i - 2):i])
        if not before or not (before[-1].lower_ == "and" or before[-1].pos_ == "ADV"
                              and len(before) == 2 and before[0].lower_ == "and"):
            continue
        inf: Token | None
        if noun.dep_ in ("nsubj", "nsubjpass"):
            # "… and encouraged supporters | to remain …": the noun as the infinitive's subject
            inf, clause = noun.head, noun.head.head
            if inf.dep_ not in ("conj", "advcl", "xcomp", "ccomp") or inf.i < noun.i:
                continue
        else:
            # "pushed against X and encouraged parents | to opt out": the noun coordinated with
            # the verb's phrase, the infinitive hung on the verb right after it
            clause = noun.head
            # (or on the noun: "parents | to opt out" read as a noun with its infinitive)
            inf = next((c for c in kids(noun) if c.dep_ == "acl" and c.i > noun.i), None) \
                or next((c for c in kids(clause) if c.left_edge.i == noun.right_edge.i + 1
                         and c.pos_ in ("VERB", "AUX")), None)
            if noun.dep_ not in ("conj", "dobj"):
                continue
        if inf is None or clause.pos_ not in ("VERB", "AUX") or clause.i >= i \
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(inf)):
            continue
        speaker = subject(clause) or inherited_subject(clause)
        if speaker is None or speaker.i > i or not may_address(speaker):
            continue
        end = subtree_span(inf, exclude=finite_conjuncts(inf))[1]
        content = content_span(text, doc[i + 1].idx, end)
        lo, hi = paragraph_of(doc, tok.idx)
        if content[1] <= content[0] or content[0] < lo or content[1] > hi:
            continue
        cues.append(Cue(tok.idx, tok.idx + len(tok.text), tok.text, forms[tok.lower_], speaker,
                        content, token_i=i))
    return cues


def request_content(tok: Token, inf, text: str, addressee=None) -> tuple[int, int] | None:
    """The content of a request or promise reported with an infinitive ("urged Congress to
    leave the program intact", "vowed to bring back the jobs"): the addressee (``addressee``,
    or the verb's object or dative before the infinitive) and the infinitive clause without a
    finite verb coordinated with it ("urged the embassy to reconsider | and spoke with …": the
    speaker's next act, not the request); never an anonymity formula ("asked not to be
    named")."""
    from .speakers import anonymity_re

    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(inf)):
        return None
    if addressee is None:
        addressee = next((c for c in kids(tok) if c.dep_ in ("dobj", "dative")
                          and tok.i < c.i < inf.i), None)
    start = addressee.left_edge.idx if addressee is not None else subtree_span(inf)[0]
    content = content_span(text, start, subtree_span(inf, exclude=finite_conjuncts(inf))[1])
    if content[1] <= content[0] or anonymity_re().search(text[tok.idx:content[1]]):
        return None
    return content


def finite_conjuncts(inf: Token) -> list:
    """The verbs coordinated with the infinitive ``inf`` that are not infinitives (``VB``) and
    so belong to the clause above it: in "told the jury to disregard the remarks and adjourned
    the hearing" *adjourned* is the judge's act, not what the jury was told."""
    return [c for c in kids(inf) if c.dep_ == "conj" and c.i > inf.i and c.pos_ in ("VERB", "AUX")
            and c.tag_ != "VB"]


def infinitive_clause(tok: Token, addressee) -> Token | None:
    """The infinitive of a request verb (``infinitive_speech_verbs``): its open complement, or
    a to-infinitive the parser hung as an adverbial or clausal complement right after a
    person-like addressee ("implored the rebels | to release the hostages"; a purpose clause,
    "told the story to make a point", has no such addressee)."""
    xcomp = next((c for c in kids(tok) if c.dep_ == "xcomp"), None)
    if xcomp is not None or addressee is None or not may_address(addressee):
        return xcomp
    # words between the addressee and the infinitive: only the verb's prepositional phrases
    # ("urged politicians | on all sides | to back the bill")
    between = {i for p in kids(tok) if p.dep_ == "prep" and p.i > addressee.i
               for i in range(p.left_edge.i, p.right_edge.i + 1)}
    return next((c for c in kids(tok) if c.dep_ in ("advcl", "ccomp") and c.i > addressee.i
                 and c.left_edge.i > addressee.right_edge.i
                 and all(i in between for i in range(addressee.right_edge.i + 1, c.left_edge.i))
                 and not any(k.dep_ in ("mark", "nsubj", "nsubjpass") for k in kids(c))
                 and any(k.dep_ == "aux" and k.lower_ == "to" for k in kids(c))), None)


def may_address(tok: Token) -> bool:
    """Whether ``tok`` can be told or urged something: a name, a pronoun, a plural noun
    ("supporters"), a speaker noun ("the government") or a title."""
    return tok.pos_ in ("PROPN", "PRON") or tok.tag_ in ("NNS", "NNPS") \
        or noun_class(tok) is not None or tok.lemma_.lower() in lexicons.words("titles")


def prep_addressee(tok: Token, particle: str | None) -> Token | None:
    """The addressee of a phrasal request verb whose particle the parser took for a preposition
    ("called on | the government to reopen the plant", "appealed to | citizens to stay
    home"): the object of that preposition when a to-infinitive follows it; never a date
    ("called on Monday to …")."""
    if not particle:
        return None
    prep = next((c for c in kids(tok) if c.dep_ == "prep" and c.lower_ == particle
                 and c.i == tok.i + 1), None)
    pobj = next((c for c in kids(prep) if c.dep_ == "pobj"), None) if prep is not None else None
    if pobj is None or pobj.ent_type_ in ("DATE", "TIME") or not may_address(pobj):
        return None
    inf = infinitive_clause(tok, pobj)
    return pobj if inf is not None and inf.i > pobj.i else None


def may_appeal(verb: Token) -> bool:
    """Whether an appeal or evaluative verb (``appeal_speech_verbs``: "encouraged supporters to
    …"; ``evaluative_speech_verbs``: "blamed the council for …") has a subject that can speak:
    a name, a pronoun, a speaker noun or a title ("the bishop"); "the subsidy encouraged
    farmers to plant" is no one's words. Other verbs: always."""
    lemma = verb.lemma_.lower()
    if lemma not in lexicons.words("appeal_speech_verbs") \
            and lemma not in lexicons.words("evaluative_speech_verbs"):
        return True
    subj = subject(verb) or inherited_subject(verb)
    return subj is not None and (subj.pos_ in ("PROPN", "PRON") or noun_class(subj) is not None
                                 or subj.lemma_.lower() in lexicons.words("titles"))
