"""Session 26 (s31-pronouns, issue 24 class 1): a name in passing beside an epithet subject.

"The 31-year-old was third behind Hayley Yelling and Justyna Bak. … “…,” she said": the
clause is about its subject, the 31-year-old (the article's main character re-described); the
women she finished behind are named in passing, inside a prepositional object (or coordinated
with one). A reader never gives the "she" to them. :func:`beside_epithet` tells whether a
person mention is such a name: its head (climbing coordination) is the object of a preposition
whose clause — the first verb or auxiliary up the parse with a subject — has as subject a
definite epithet that is no name: an age ("the 31-year-old") or a role noun of the pronoun's
gender (``female_role_nouns`` / ``male_role_nouns``: "the actress"). Ungendered role nouns
("the minister met with Ann Ross") are left out: the epithet's person may be of the other
gender, and then the name in passing is the only compatible person.

Used by :mod:`.pronouns` for a he/she speaker only: such a mention is no discourse candidate
and no fallback (:func:`.pronouns._person_antecedent`, :func:`.pronouns._most_recent`); the
pronoun goes to the epithet's person when the article names her (the paragraph's subject), else
stays unnamed. Cost: for the person mentions of the pronoun's window whose head is a
prepositional object or a conjunct (rare), a walk up the parse (O(depth)); no text scan.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ... import lexicons

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_AGE_IN = re.compile(r"^\d+\s*-?\s*years?\s*-?\s*old$", re.I)


def _epithet_subject(subj: Token, gender: str) -> bool:
    """Whether a clause's subject is a definite epithet no name: "the 31-year-old", or "the
    actress" for a "she" (a role noun of the pronoun's gender)."""
    if subj.ent_type_ == "PERSON" or subj.pos_ == "PROPN":
        return False
    words = list(subj.subtree)
    if not words or words[0].lower_ != "the" or any(t.ent_type_ == "PERSON" for t in words):
        return False
    if subj.lower_ == "old":  # "the 31-year-old", however the model splits it
        return bool(_AGE_IN.match("".join(t.text for t in words[1:])))
    nouns = lexicons.words("female_role_nouns" if gender == "f" else "male_role_nouns")
    return subj.lower_ in nouns and subj.tag_ == "NN"


def beside_epithet(doc: Doc, start: int, end: int, gender: str | None) -> bool:
    """Whether the mention at ``start``–``end`` is a name in passing inside a prepositional
    object of a clause whose subject is an epithet (module docstring)."""
    if gender not in ("f", "m"):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span.root
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "pobj":
        return False
    up = tok.head  # the preposition
    for _ in range(6):
        if up.head.i == up.i:
            break
        up = up.head
        subj = next((c for c in up.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj.i < tok.i and _epithet_subject(subj, gender)
        if up.pos_ in ("VERB", "AUX"):
            break
    return False
