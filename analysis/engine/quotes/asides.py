"""The writer's aside at the end of a reported clause (part of stage 2, :mod:`.cues`; session 19).

"Rubio said the real problem is the Democrats, and he railed against the moderators …": the
parser coordinates *railed* into the reported clause, so the content ran on into what the
writer says the speaker did next. "Ryan said he will back the nominee, even as he has taken
frequent shots at the front-runner": the concession is the writer's, set against the report.
PolNeAR, and a reader, end the content before both (the part after is often an attribution of
its own — a criticism, a choice — whose speaker was then matched to ours). A clause at the end
of the reported clause, after a comma or a dash, is cut off the content when it is:

* a concession opened by "even as" / "even though" (``aside_concessions``) whose own subject
  is "he"/"she" standing for the speaker; or
* a verb coordinated with "and"/"but" whose own subject is "he"/"she" standing for the speaker
  ("…, and he railed against …", "… — and she singled out …"): a finite past or present verb
  with no modal, the reported clause's own subject no "he"/"she" ("said he would win and he
  would …" stays whole) and no quotation mark inside the clause (a quoted clause is the
  speaker's words).

"He"/"she" stands for the speaker when the speaker is that pronoun or a person: a singular
name or noun that can speak, no organization, group or document ("The investigation showed he
had plotted for years, even as he had been living …" stays whole; "it" and "they" mostly
stand for the reported clause's own subject: "the program is hardly formal, but it has …").

Complexity: a walk down the right edge of the reported clause, at most a few steps, reading
each step's children once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ... import lexicons
from ..syntax import kids
from .agents import can_speak
from .marks import DOUBLE
from .subjects import noun_class

if TYPE_CHECKING:
    from spacy.tokens import Token

_SUBJECTS = ("nsubj", "nsubjpass", "expl")
_DASHES = ("-", "--", "\u2014", "\u2013")
#: the personal pronouns that stand for a speaker who is a person ("it" and "they" after a
#: reported clause mostly stand for its own subject: "the program is hardly formal, but it has
#: attracted …")
_PERSON_PRONOUNS = ("he", "she")
#: entity labels of a speaker no "he"/"she" can stand for
_NOT_PERSON_ENTITIES = ("ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART", "LAW")


def _own_subject(verb: Token) -> Token | None:
    return next((c for c in kids(verb) if c.dep_ in _SUBJECTS), None)


def _set_off(first: Token) -> bool:
    """Whether a comma or dash comes right before ``first`` (an "and"/"but" between them
    allowed)."""
    doc = first.doc
    i = first.i - 1
    if i >= 0 and doc[i].lower_ in ("and", "but"):
        i -= 1
    return i >= 0 and (doc[i].text == "," or doc[i].text in _DASHES)


def _for_speaker(pronoun: Token | None, speaker: Token | None) -> bool:
    """Whether ``pronoun`` is "he"/"she" and ``speaker`` (the head of the cue's subject) a
    person it can stand for: the same pronoun, or a singular name or noun that can speak
    (:func:`.agents.can_speak`) and is no organization, group or document ("The subsequent
    investigation showed …, even as he …" is about someone else)."""
    if pronoun is None or pronoun.lower_ not in _PERSON_PRONOUNS or speaker is None:
        return False
    if speaker.pos_ == "PRON":
        return speaker.lower_ == pronoun.lower_
    if speaker.tag_ not in ("NN", "NNP") or speaker.ent_type_ in _NOT_PERSON_ENTITIES:
        return False
    return can_speak(speaker) and noun_class(speaker) not in ("organization", "group",
                                                               "document")


def _concession(verb: Token, speaker: Token | None) -> bool:
    """"…, even as he has taken shots at …", "… – even though he picked …": a subordinate clause
    opened by an ``aside_concessions`` phrase after a comma or dash, its own subject "he"/"she"
    for the speaker (:func:`_for_speaker`)."""
    if verb.dep_ != "advcl" or not _for_speaker(_own_subject(verb), speaker):
        return False
    first = verb.left_edge
    words = " ".join(t.lower_ for t in verb.doc[first.i:first.i + 2])
    return words in lexicons.words("aside_concessions") and _set_off(first)


def _speakers_next_act(verb: Token, speaker: Token | None) -> bool:
    """"…, and he railed against …": a verb coordinated after a comma or dash with "and"/"but",
    its own subject a personal pronoun for the speaker (see the module docstring)."""
    if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX"):
        return False
    subj = _own_subject(verb)
    if subj is None or subj.i < verb.head.i or not _for_speaker(subj, speaker):
        return False
    reported = _own_subject(verb.head)
    if reported is not None and reported.lower_ in _PERSON_PRONOUNS:
        return False  # "said he would win and he would …": the reported subject goes on
    if verb.tag_ not in ("VBD", "VBZ", "VBN") or any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in kids(verb)):
        return False
    if verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in kids(verb)):
        return False
    cc = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
    if cc is None or cc.lower_ not in ("and", "but") or not _set_off(verb.left_edge):
        return False
    doc = verb.doc
    words = doc[verb.left_edge.i:verb.right_edge.i + 1].text
    return not any(m in words for m in DOUBLE.marks)


def writer_asides(clause: Token, speaker: Token | None) -> list[Token]:
    """The writer's aside ending the reported clause ``clause`` whose cue's subject is headed by
    ``speaker`` (see the module docstring), as a list of at most one clause head to cut off the
    content (session 19)."""
    node: Token | None = clause
    seen = 0
    while node is not None and seen < 6:
        seen += 1
        right = [c for c in kids(node) if c.i > node.i and not c.is_punct]
        for k in right:
            if _concession(k, speaker) or _speakers_next_act(k, speaker):
                return [k]
        node = right[-1] if right else None
    return []
