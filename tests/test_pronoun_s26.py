"""Session 22 (helper s26-pronoun): he/she after a person whose full name the NER tagged ORG.
Sentences of our own, both models.

A small model often tags a rare full name ORG ("Owain Pritchard", "Siobhan Kearney", "Ieuan
Prydderch"). Such a name as the subject of its clause was no person for the he/she rules (only
a fallback when nobody else was named before the pronoun), so the pronoun of the next sentence
went to a person named in passing around it, or to the previous speaker ("Owain Pritchard
finished second behind Dafydd Rees and Gareth Lloyd. “…,” he said": Lloyd). A reader takes the
subject without doubt. Now such a name (outside quotation marks, the subject of its clause,
two or three capitalised name words, a common first name of known gender, no organisation or
role word, no mention written as a place of work) is a person candidate with its first name's
gender (pronouns._org_tagged_names). Negative cases: a bank named like a person ("Morgan
Stanley cut its forecast … its chief economist, Paul Reed … he said"), a firm whose first word
is a mixed first name ("analysts Jupiter Research"), a firm written as a place of work
("joined Ford Wheeler"), a "she" after a man's ORG-tagged name, a firm whose first word is a
rare first name ("Goldman Sachs").
"""

from __future__ import annotations

import pytest

from .helpers import MODEL_IDS, MODELS, check_speaker_actors

SUBJECTS = [
    ("The festival sold out within an hour. \"We are overwhelmed by the demand,\" said Claire "
     "Dunn, its director.\n\nSiobhan Kearney won the poetry prize ahead of Mary Byrne and Alice "
     "Ward. \"I never expected to win,\" she said.", "never expected to win", "Siobhan Kearney"),
    ("The club confirmed the signing on Friday. \"He is a fine young player,\" said manager Tom "
     "Briggs.\n\nIeuan Prydderch scored twice against Sam Hill and Ben Carter's side. \"It was a "
     "great night for the whole team,\" he said.", "great night for the whole team",
     "Ieuan Prydderch"),
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
    ("Fewer people are buying music on discs, say analysts Jupiter Research. Its latest report "
     "was written by Ian Fogg, who follows the music industry. Jupiter Research found that a "
     "third of buyers now pay for downloads. \"It is a young market but a very exciting one,\" "
     "he said.", "young market", "Ian Fogg"),
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
