"""Subject–verb number agreement for a coordinated cue verb (part of :mod:`.subjects`).

"Nurses say the director ignores their complaints and **insist** that the wards are unsafe": the
parser coordinates *insist* with *ignores*, the verb of the reported clause, so the speaker
would be that clause's subject, the director. But *insist* (plural, ``VBP``) cannot agree with
"the director"; it agrees with "Nurses", the subject of the verb that reports the clause. So a
finite present-tense cue verb coordinated with a clause verb whose subject it cannot agree with
takes the subject of the nearest governing verb up the chain of reported clauses (``ccomp``,
at most :data:`MAX_LEVELS` up) that it can agree with ("The director says the nurses ignore the
rules and **insists** …": the director). :func:`agreeing_governor_subject` gives that subject,
or None, and the usual rules of :func:`.subjects.inherited_subject` decide.

Only a clear disagreement counts, read from the fine tags:

* the verb's number: ``VBZ`` is singular, ``VBP`` plural (its own ``do``/``have`` auxiliary's tag
  when it has one; a base form coordinated with a finite verb or a perfect with "has", which it
  cannot share, is a plural present the tagger misread: "has lost … and **warn**"); a past
  tense, a modal or a base form sharing a modal, "to" or "do" tells nothing, so "… and
  **said**" is left to the other rules;
* a singular verb disagrees with a plural subject: a common plural noun (``NNS``, not a plural
  proper name: "The United Nations says"), a subject coordinated with another ("Ann and Bob"),
  or "they"/"we";
* a plural verb disagrees with a singular subject only when that subject is one person: "he",
  "she", a name the NER calls a PERSON, a singular common noun that is no organisation and no
  entity (British English lets a collective take a plural verb: "the council say", "the government
  insist"; an organisation speaker noun, "council", "team", is such a collective; a capitalised
  word the tagger called a singular name, "Nurses say", is no clear singular).

Complexity: a bounded walk up the parse (:data:`MAX_LEVELS` clause heads), O(1) per cue.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..syntax import kids

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

#: the most reported-clause heads walked up from the coordinated verb's partner
MAX_LEVELS = 3
_SINGULAR_PRONOUNS = ("he", "she", "it")
_PLURAL_PRONOUNS = ("they", "we")
_COLLECTIVE_CLASSES = ("organization",)


def verb_number(verb: Token) -> str | None:
    """``"sing"`` (``VBZ``), ``"plur"`` (``VBP``) or None for a verb with no agreement to read (a
    past tense, a base form, a modal); an auxiliary "does"/"have" gives its own tag."""
    auxes = [c for c in kids(verb) if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxes):
        return None
    finite = next((a for a in auxes if a.tag_ in ("VBZ", "VBP")), None)
    tag = finite.tag_ if finite is not None else (verb.tag_ if not auxes else "")
    if tag == "VB" and verb.dep_ == "conj" and _finite_partner(verb.head):
        # "has lost control … and warn that …": a base form cannot share a perfect "has" or a
        # finite verb's ending; the tagger took the plural present for a base form
        return "plur"
    return {"VBZ": "sing", "VBP": "plur"}.get(tag)


def _finite_partner(partner: Token) -> bool:
    """Whether ``partner``, the verb a base form is coordinated with, is finite with nothing a
    base form could share: a present or past tense of its own, or a perfect with "has"/"have"/
    "had" (not a modal, "to", "do" or an imperative)."""
    auxes = [c for c in kids(partner) if c.dep_ in ("aux", "auxpass")]
    if not auxes:
        return partner.tag_ in ("VBZ", "VBP", "VBD")
    return partner.tag_ == "VBN" and all(a.lemma_.lower() == "have" and a.tag_ != "VB"
                                         for a in auxes)


def disagrees(subj: Token, number: str, noun_class: Callable[[Token], str | None]) -> bool:
    """Whether the subject ``subj`` clearly cannot take a verb of ``number`` (see the module
    docstring); ``noun_class`` is :func:`.subjects.noun_class`."""
    lower = subj.lower_
    coordinated = any(c.dep_ == "conj" for c in kids(subj))
    if number == "sing":
        return subj.tag_ == "NNS" or coordinated or lower in _PLURAL_PRONOUNS
    if coordinated or subj.tag_ not in ("NN", "NNP", "PRP"):
        return False
    if subj.tag_ == "PRP":
        return lower in ("he", "she")
    if subj.tag_ == "NNP":
        return subj.ent_type_ == "PERSON"
    return not subj.ent_type_ and noun_class(subj) not in _COLLECTIVE_CLASSES


def agreeing_governor_subject(verb: Token, clause_subject: Callable[[Token], Token | None],
                              noun_class: Callable[[Token], str | None]) -> Token | None:
    """For a present-tense cue ``verb`` coordinated (``conj``) with a verb whose subject it
    cannot agree with, the subject of the nearest governing verb up the reported clauses that it
    agrees with; else None (see the module docstring)."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(verb)):
        return None
    number = verb_number(verb)
    if number is None:
        return None
    clause = verb.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    subj = clause_subject(clause)
    if subj is None or not disagrees(subj, number, noun_class):
        return None
    for _ in range(MAX_LEVELS):
        if clause.dep_ != "ccomp" or clause.head.i == clause.i:
            return None
        clause = clause.head
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        outer = clause_subject(clause)
        if outer is not None and not disagrees(outer, number, noun_class):
            return outer
    return None
