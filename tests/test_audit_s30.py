"""Session 25's quote-by-quote audit of 36 fresh BBC articles (helper s30-audit,
benchmarks/audits/audit-sample-s30.txt): two speaker classes. Sentences of our own, both models.

* A surname written right after a singular lower-case role noun ("said second seed Kovac",
  "Former England captain Mercer, who …, says") was cut off the speaker phrase when the parser
  hung it on the noun as an apposition (the phrase was "second seed", anonymous), or typed an
  organisation when the NER called it a place or a firm: it is the person the article names
  in full (speakers._glued_name, speakers._role_named_person).
* An "it" speaker took the latest organisation quoted, though the narration had turned to
  another organisation as a main clause's subject since ("The Office for Housing Statistics
  attributed the rise to … It said …"); with no organisation quoted before, it stayed an
  unresolved pronoun (pronouns._organisation_turn).

Negative cases: an organisation that is the subject of a clause someone reports ("Halvern Bank
said Corran Dairies had repaid its loan. It added …") does not take the "it"; a date after a
role noun ("a spokesman Tuesday said") is no name; an unnamed role stays unnamed.
"""

from __future__ import annotations

import pytest

from .helpers import MODEL_IDS, MODELS, check_speaker_actors, one_quote, quotes_per_text

ROLE_NAMES = [
    ("Nina Kovac reached the final on Friday. \"I never gave up,\" said second seed Kovac.",
     "I never gave up", "Nina Kovac"),
    ("Lena Brandt lost in straight sets. \"My serve let me down,\" said third seed Brandt.",
     "My serve let me down", "Lena Brandt"),
    ("Ivan Sokol made the quarter-finals. \"I played my best tennis,\" said 12th seed Sokol.",
     "I played my best tennis", "Ivan Sokol"),
    ("Dan Mercer is fit again. Former England captain Mercer, who missed the autumn tests, says "
     "the squad is ready.", "the squad is ready", "Dan Mercer"),
]

ORGANISATION_TURNS = [
    ("Halvern Bank said house prices rose by 2% in March. The Office for Housing Statistics "
     "attributed the rise to a shortage of new homes. It said prices in the north had risen "
     "fastest.", "prices in the north", "Office for Housing Statistics"),
    ("Telvex has cut its forecast for the year. Telvex is struggling with weak demand in Asia. "
     "It said the outlook remained uncertain.", "the outlook remained", "Telvex"),
]

NEGATIVES = [
    # an organisation inside the clause another organisation reports is what it talks about
    ("Halvern Bank said Corran Dairies had repaid its loan. It added that it expected further "
     "growth in lending.", "further growth", "Halvern Bank"),
    # the organisation quoted stays the speaker when nothing turned the story
    ("Brightwell Foods said sales were flat over Christmas. It said the new year had started "
     "well.", "the new year", "Brightwell Foods"),
    # a role with nobody named after it stays unnamed
    ("Ann Hale won the race. \"We will appeal,\" said the second seed.", "We will appeal", None),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_surname_after_a_role_noun_is_the_person_named_in_full(model):
    check_speaker_actors(ROLE_NAMES, model)


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_surname_after_a_role_noun_is_in_the_speaker_phrase(model):
    texts = [t for t, _, _ in ROLE_NAMES]
    for (text, words, actor), quotes in zip(ROLE_NAMES, quotes_per_text(texts, model)):
        row = one_quote(quotes, words)
        assert row["speaker_type"] == "person", text
        assert str(row["speaker"]).endswith(actor.split()[-1]), text


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_it_takes_the_organisation_the_narration_turned_to(model):
    check_speaker_actors(ORGANISATION_TURNS, model)


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_negatives_keep_their_speakers(model):
    check_speaker_actors(NEGATIVES, model)


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_date_after_a_role_noun_is_no_name(model):
    text = "\"Profits will rise this year,\" a spokesman Tuesday said."
    row = one_quote(quotes_per_text([text], model)[0], "Profits will rise")
    assert row["speaker"] == "a spokesman"
    assert row["speaker_type"] == "anonymous"
