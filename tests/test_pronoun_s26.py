"""Session 22 (helper s26-pronoun): he/she after a person whose full name the NER tagged ORG.
Sentences of our own, both models.

A small model often tags a rare or mixed full name ORG ("Morgan Freeman", "Owain Pritchard",
"Morgan Hughes"). Such a name as the subject of its clause was no person for the he/she rules
(only a fallback when nobody else was named before the pronoun), so the "He" of the next
sentence went to a person named in passing around it: an object, a name in a list
("Morgan Freeman beat actors including Clive Owen, Jamie Foxx and Alan Alda … He thanked …":
Foxx or the previous speaker, Hilary Swank, whose first name the statistics leave ungendered).
A reader takes the subject without doubt. Now such a name (outside quotation marks, the
subject of its clause, two or three capitalised name words, a common first name, no
organisation or role word, no mention written as a place of work) is a person candidate, with
its first name's gender (pronouns._org_tagged_people). Negative cases: a bank named like a
person ("Morgan Stanley cut its forecast … its chief economist, Paul Reed … he said"), a firm
written as a place of work ("joined Ford Wheeler"), a "she" after a man's ORG-tagged name, a
firm whose first word is a rare first name ("Goldman Sachs").
"""

from __future__ import annotations

import pytest

from .helpers import MODEL_IDS, MODELS, check_speaker_actors

SUBJECTS = [
    ("The drama was named best picture, while its stars Hilary Swank and Morgan Freeman won "
     "acting awards. \"I don't know what I did to deserve this,\" Swank told the audience.\n\n"
     "Morgan Freeman beat actors including Clive Owen, Jamie Foxx and Alan Alda to the prize for "
     "best supporting actor. He thanked the director and said: \"It was a labour of love.\"",
     "labour of love", "Morgan Freeman"),
    ("The council approved the new budget on Tuesday. \"We had no choice but to raise the "
     "tax,\" said Anna Kowalski, the council leader.\n\nMorgan Hughes, the head of the "
     "residents' group, criticised the vote alongside Peter Lane and Tom Ward. He said: "
     "\"Families will pay the price for years.\"", "Families will pay", "Morgan Hughes"),
    ("Ruth Okafor won the race in record time. \"I felt strong from the start,\" she said.\n\n"
     "Owain Pritchard finished second behind Dafydd Rees and Gareth Lloyd. \"I am happy with "
     "the result,\" he said.", "happy with the result", "Owain Pritchard"),
]

UNCHANGED = [
    ("Morgan Stanley cut its forecast for the economy on Friday. The bank's chief economist, "
     "Paul Reed, was cautious about the coming year. \"Growth will slow before it picks up "
     "again,\" he said.", "Growth will slow", "Paul Reed"),
    ("Owain Pritchard finished second behind Ruth Okafor in the final. \"I knew I could win it "
     "if I stayed patient,\" she said.", "stayed patient", "Ruth Okafor"),
    ("Sarah Bell left the firm in 2019 and joined Ford Wheeler as a partner. Ford Wheeler won "
     "the contract last year. \"We were delighted with the decision,\" she said.",
     "delighted with the decision", "Sarah Bell"),
    ("Goldman Sachs raised its forecast for the oil price. \"Demand is recovering faster than "
     "expected,\" said Jeff Currie, the bank's head of commodities research. \"We see further "
     "gains,\" he added.", "We see further gains", "Jeff Currie"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_he_after_an_org_tagged_full_name_subject_is_that_person(model):
    check_speaker_actors(SUBJECTS, model)


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_firms_named_like_people_and_other_genders_are_unchanged(model):
    check_speaker_actors(UNCHANGED, model)
