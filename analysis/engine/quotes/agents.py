"""Who can be the agent of speech: a test on the head word of a candidate speaker phrase.

A phrase headed by a pronoun, a name (a proper noun, or a word of a PERSON, ORG, GPE or NORP
entity), a number or share ("4 in 10", "73 percent", "a majority"), a noun of
``speaker_nouns.csv`` (officials, the ministry, the report), a title or role word (``titles``,
``person_titles``, ``name_occupations``, gendered role nouns) or a noun with a person-like
ending (``person_noun_endings``: "-er", "-ist", "-ian" … "voters", "pastor"; not after a
``thing_noun_endings`` one: "investment", "evidence") can speak. A
common noun that is none of these ("the move", "his recent attacks", "the obvious response",
"the deadlock") or a date or time ("Sunday", "on Friday") cannot: it is the topic of a report,
not its speaker. The test is deliberately generous: a noun it cannot place is a non-agent only
when it is a common noun of that kind; every rule that uses it (:mod:`.subjects`) only looks
for a better speaker when the one the parse gave is a non-agent. O(1) per token (set look-ups).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ... import lexicons

if TYPE_CHECKING:
    from spacy.tokens import Token

#: entity labels of a time, an amount or an ordinal: never a speaker
_NO_AGENT_ENTITIES = frozenset({"DATE", "TIME", "MONEY", "QUANTITY", "ORDINAL"})
#: entity labels that name someone who can speak
_AGENT_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _person_words() -> frozenset[str]:
    """Title, role and occupation words (lower case, no dot): heads that name a person."""
    def build(lx):
        names = ("titles", "person_titles", "name_occupations", "female_role_nouns",
                 "male_role_nouns", "honorifics")
        return frozenset(w.lower().rstrip(".") for name in names for w in lx.lists[name])
    return lexicons.derived("agent_person_words", build)


def can_speak(tok: Token) -> bool:
    """Whether the word ``tok``, the head of a candidate speaker phrase, can be the agent of a
    speech verb (see the module docstring)."""
    if tok.ent_type_ in _NO_AGENT_ENTITIES:
        return False
    if tok.pos_ in ("PRON", "PROPN", "NUM") or tok.like_num or tok.ent_type_ in _AGENT_ENTITIES:
        return True
    lemma, lower = tok.lemma_.lower(), tok.lower_
    nouns = lexicons.table("speaker_nouns")
    if nouns.get(lemma) or nouns.get(lower):
        return True
    if lemma in lexicons.words("share_nouns") or lower in lexicons.words("share_nouns"):
        return True
    words = _person_words()
    if lemma in words or lower in words or lemma.rstrip(".") in words:
        return True
    endings = lexicons.words("person_noun_endings")
    if any(lemma.endswith(e) for e in endings) \
            and not any(lemma.endswith(e) for e in lexicons.words("thing_noun_endings")):
        return True
    # a word the tagger did not make a noun ("Trump" as a verb, an adjective used as a noun):
    # not a common noun, so not known to be a non-agent
    return tok.pos_ not in ("NOUN",)


#: pronouns that name no one who could speak ("as it continued", "as this suggests")
_NO_ONE = frozenset({"it", "that", "this", "which", "what"})


def names_someone(tok: Token) -> bool:
    """Whether ``tok`` can speak (:func:`can_speak`) and is not a pronoun that names no one
    (``it``, ``that``, ``this``, ``which``, ``what``): the test of a subject that is to report
    something by itself (an as-clause's subject, a clause's subject taking a participle)."""
    return can_speak(tok) and not (tok.pos_ == "PRON" and tok.lower_ in _NO_ONE)


def non_agent(tok: Token | None) -> bool:
    """Whether ``tok`` is a candidate speaker that cannot speak: a common noun of no speaking
    kind, or a date or time (:func:`can_speak`). None (no candidate) is not a non-agent."""
    return tok is not None and not can_speak(tok)
