"""Speaker pronouns resolved to a person named deep inside the previous speaker's report (session
18, issue 24/25; found by the pronoun audit of 40 BBC articles drawn with ``draw_bbc(1828, 8,
18)``). Sentences of our own, both models.

A person named in a clause nested inside what the previous speaker reports ("Mr Okonjo said
most shoppers believed that Daniel Price had lied …") is what the speaker talks about, as in a
clause the speaker reports directly: the next "He said …" stays the speaker's
(analysis.engine.quotes.pronouns._in_report walks past a complement whose verb is someone
else's, up to the speaker's verb). Negative cases: a person who becomes the story's subject
outside the report (a sentence of their own) still takes the pronoun.

A he/she with no compatible person named before it stands for a two- or three-word name the NER
labelled an organisation or a place, the subject of its clause in the pronoun's sentence or the
one before, whose first name is a common one of the pronoun's gender ("Owain Pritchard lost 40
sheep in the floods. “…,” he said": both models tag the name ORG; the official model also
"Yetunde Bakare", "Nkechi Obiora"; analysis.engine.quotes.pronouns._organisation_tagged_name).
Negative cases: a firm ("Goldman Sachs": a rare first name), the other gender, and a person
named before the firm named after a person stay as they were.
"""

from __future__ import annotations

import pytest

from .helpers import MODEL_IDS, MODELS, check_speaker_actors

# (text, words of the quote, the speaker's actor): a name nested in the previous report
NESTED_IN_REPORT = [
    ("Mr Hendry said residents feared that Tom Baxter would close the mill. He said the mill "
     "would stay open for another year.", "the mill would stay open", "Hendry"),
    ("Ms Varga said the voters felt that Anna Cole had betrayed them. She said the party would "
     "recover by the spring.", "the party would recover", "Varga"),
    ("Dr Sarah Quinn said her patients thought Laura Bell had cured them. She said there was no "
     "evidence for the treatment.", "no evidence for the treatment", "Sarah Quinn"),
    ("The coach, Mr Alvarez, said the fans knew that Mark Ruiz was unfit. He said the club would "
     "sign a new striker.", "sign a new striker", "Alvarez"),
    ("Mr Okonjo said most shoppers believed that Daniel Price had lied about the prices. He said "
     "that was a myth spread online.", "was a myth", "Okonjo"),
]
# (text, words of the quote, the speaker's actor): the story moves on to the person named
STORY_MOVES_ON = [
    ("Mr Okonjo said the figures were wrong. Daniel Price, the chief executive, disagreed. “We "
     "stand by every number,” he said.", "We stand by every number", "Daniel Price"),
    ("Mr Hendry said the mill would close. Tom Baxter has owned it since 1990. He said he would "
     "sell it next year.", "he would sell it", "Tom Baxter"),
    ("Ms Varga said the vote was lost. Anna Cole, her deputy, was more hopeful. “We will win the "
     "city back,” she said.", "We will win the city back", "Anna Cole"),
]


# (text, words of the quote, the speaker's actor or None): a rare name tagged ORG
ORG_TAGGED_NAMES = [
    ("Owain Pritchard lost 40 sheep in the floods. “Nobody warned us,” he said.",
     "Nobody warned us", "Owain Pritchard"),
    ("Yetunde Bakare opened her bakery in 2019. “The rent has tripled since then,” she told the "
     "BBC.", "The rent has tripled", "Yetunde Bakare"),
    ("Nkechi Obiora has taught at the school for ten years. “The children deserve better,” she "
     "said.", "The children deserve better", "Nkechi Obiora"),
]
NOT_ORG_TAGGED_NAMES = [
    ("Goldman Sachs cut 2,000 jobs on Thursday. “It was a hard decision,” he said.",
     "It was a hard decision", None),
    ("Owain Pritchard lost 40 sheep in the floods. “Nobody warned us,” she said.",
     "Nobody warned us", None),
    ("Maria Lopez has worked at John Lewis since 2010. John Lewis reported record sales on "
     "Thursday. “It was our best Christmas,” she said.", "our best Christmas", "Maria Lopez"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_name_nested_in_the_previous_report_does_not_take_the_pronoun(model):
    check_speaker_actors(NESTED_IN_REPORT, model)


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_person_the_story_moves_on_to_takes_the_pronoun(model):
    check_speaker_actors(STORY_MOVES_ON, model)


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_rare_name_tagged_as_an_organisation_takes_the_pronoun(model):
    check_speaker_actors(ORG_TAGGED_NAMES, model)


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_firm_or_the_other_gender_does_not_take_the_pronoun(model):
    check_speaker_actors(NOT_ORG_TAGGED_NAMES, model)
