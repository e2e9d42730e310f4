"""The reporter's next act, coordinated into the clause it reports (part of stage 2, :mod:`.cues`).

"Trump said he would order a review of the defences and warned against hackers": the parser
hangs *warned* on *order*, inside the reported clause, so the content ran on into a second
report ("he would order … and warned against hackers") that PolNeAR, and a reader, take as a
second attribution of the same speaker. A verb coordinated after the reported clause's head
(with *and*/*but* between them) and without a subject of its own is the reporter's own act,
cut off the content and left to be a cue of its own with the reporter as its speaker
(:func:`.subjects.inherited_subject`), when:

* it is a speech verb ("… and warned", "… and vowed to focus on …", "… and called on …"); or
* the reported clause has a modal and the verb is a finite past or present form with no
  auxiliary of its own, so it cannot share the modal ("he **would** order … and **warned**";
  "they would win and would not stop" and "the company had hired staff and opened two offices",
  where *opened* shares *had*, stay whole).

Never when the reported clause's subject is a noun phrase that can speak and is no pronoun
(:func:`.agents.can_speak`): the coordinated verb then shares that subject, as a reader reads it
("The owner said a man walked in and said he had a gun": the man said it). A pronoun subject
("he would order") may be the reporter, and a subject that cannot speak ("said the plan was
dead and warned …") cannot be the one who warned.

A speech or citing participle after a comma ("…, citing the strategic importance of …") is cut
off likewise. Complexity: reads the children of the reported clause's head once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ... import lexicons
from ..syntax import kids
from .agents import can_speak

if TYPE_CHECKING:
    from spacy.tokens import Token

_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl")


def _act_verbs() -> frozenset[str]:
    verbs, _ = lexicons.speech_verbs()
    return frozenset(verbs) | lexicons.words("citing_verbs")


def _speech_act(verb: Token) -> bool:
    """A speech or citing verb; a phrasal one ("call on", "point out") only with its particle
    ("and instead make sure …" is no speech act)."""
    lemma = verb.lemma_.lower()
    if lemma in _act_verbs():
        return True
    particle = lexicons.speech_verbs()[1].get(lemma)
    return particle is not None and any(c.lower_ == particle for c in kids(verb))


def reporter_act(verb: Token) -> bool:
    """Whether ``verb``, a child of a reported clause's head, is the reporter's own next act
    (see the module docstring)."""
    clause = verb.head
    if verb.i < clause.i or verb.pos_ != "VERB" or any(c.dep_ in _SUBJECTS for c in kids(verb)):
        return False
    doc = verb.doc
    if verb.dep_ == "advcl":
        # "…, citing the strategic importance of …"
        return verb.tag_ == "VBG" and _speech_act(verb) and doc[verb.i - 1].text == ","
    subject = next((c for c in kids(clause) if c.dep_ in _SUBJECTS), None)
    if subject is not None and subject.pos_ != "PRON" and can_speak(subject):
        return False  # "said a man walked in and said …": the man's own act
    if verb.dep_ != "conj" or not any(t.dep_ == "cc" and t.lower_ in ("and", "but")
                                      and t.head.i == clause.i for t in doc[clause.i + 1:verb.i]):
        return False
    if _speech_act(verb):
        return True
    own_aux = any(c.dep_ in ("aux", "auxpass") for c in kids(verb))
    return not own_aux and verb.tag_ in ("VBD", "VBZ") \
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in kids(clause))


def reporter_acts(clause: Token) -> list[Token]:
    """The reporter's own acts coordinated into the reported clause headed by ``clause``."""
    return [c for c in kids(clause) if c.dep_ in ("conj", "advcl") and reporter_act(c)]
