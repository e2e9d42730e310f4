"""Speaker pronouns resolved to the wrong person, session 19 (helper s23-pronoun, issue 25).
Sentences of our own, both models.

A bare surname that two people of the article share, a man and a woman ("Clinton" in a story
naming Bill and Hillary Clinton), is linked by the canonicaliser to whichever was named in full
last; a "she" whose clause's subject, lead-in or discourse candidate is that surname is the
woman of the pair, a "he" the man (analysis.engine.quotes.pronouns._namesake). Negative case:
the pronoun of the linked person's own gender keeps him.

A lead-in subject ("Reyes saw Carter's letter differently: “…,” he said") is no longer blocked
by a person named only as a possessor in the lead-in (_lead_in_subject skips _weak mentions).

A sentence that opens with a person's name set off by a comma, whose main verb the parser left
without a subject ("Senator Paul Ryder, later alleging - falsely - that President Mark Dunn
wanted …, said he would close the border, which he speculates is …": the official model makes
Ryder and Dunn both subjects of "wanted", the news model makes "alleging" the subject of
"said"), is the person the pronoun's clause belongs to, not the subject inside the participle
clause (_opening_name). Negative cases: a sentence whose opening name is the parsed subject of
its verb, or that opens with an adverbial, is resolved as before.
"""

from __future__ import annotations

import pytest

from .helpers import MODEL_IDS, MODELS, check_speaker_actors

# (text, words of the quote, the speaker's actor)
NAMESAKES = [
    ("Hillary Clinton toured a factory in Ohio on Monday. Her husband, Bill Clinton, spoke at a "
     "rally in Iowa. \"The turnout was fantastic,\" said Maria Alvarez, a volunteer. Clinton "
     "later unveiled a plan that would end what she said were unfair fees on student loans.",
     "unfair fees on student loans", "Hillary Clinton"),
    ("Maria Lopez founded the bakery in 1998. Her brother, Carlos Lopez, joined it in 2005. "
     "\"We bake for the whole town,\" said Ana Ruiz, who runs the shop floor. Lopez announced "
     "a deal on Friday that she said would save 200 jobs.", "would save 200 jobs",
     "Maria Lopez"),
]
NAMESAKES_UNCHANGED = [
    ("Hillary Clinton toured a factory in Ohio on Monday. Her husband, Bill Clinton, spoke at a "
     "rally in Iowa. \"The turnout was fantastic,\" said Maria Alvarez, a volunteer. Clinton "
     "later unveiled a plan that would end what he said were unfair fees on student loans.",
     "unfair fees on student loans", "Bill Clinton"),
    ("Maria Lopez founded the bakery in 1998. Her brother, Carlos Lopez, joined it in 2005. "
     "\"We bake for the whole town,\" said Ana Ruiz, who runs the shop floor. Lopez announced "
     "a deal on Friday that he said would save 200 jobs.", "would save 200 jobs",
     "Carlos Lopez"),
]
POSSESSOR_IN_LEAD_IN = [
    ("Judge Paul Reyes heard the case of Tom Carter on Monday. Carter's lawyer, David Hale, "
     "argued that his client was sorry: the letter was \"an honest apology\" to the families. "
     "Reyes saw Carter's letter differently: \"I see no remorse in these words at all,\" he "
     "said.", "I see no remorse", "Paul Reyes"),
]
OPENING_NAMES = [
    ("Senator Paul Ryder, later alleging - falsely - that President Mark Dunn wanted to admit "
     "90,000 migrants, said he would close the border, which he speculates is \"mostly "
     "unguarded\" and perhaps part of a plot.", "which he speculates is", "Paul Ryder"),
    ("Councillor Tom Hale spoke first. Hale, later alleging - again wrongly - that Mayor Mark "
     "Dunn wanted to sell 3,000 homes, said he would block any sale, which he claims is \"a "
     "betrayal\" of tenants and perhaps illegal.", "which he claims is", "Tom Hale"),
]
OPENING_NAMES_UNCHANGED = [
    ("Councillor Tom Hale spoke first. On Tuesday, Mayor Mark Dunn, citing a report by the "
     "auditors, said he would sell 3,000 council homes, which he says are \"too costly\" to "
     "repair.", "which he says are", "Mark Dunn"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_shared_surname_goes_to_the_namesake_of_the_pronouns_gender(model):
    check_speaker_actors(NAMESAKES, model)


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_shared_surname_keeps_the_person_of_the_pronouns_gender(model):
    check_speaker_actors(NAMESAKES_UNCHANGED, model)


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_possessor_does_not_block_the_lead_in(model):
    check_speaker_actors(POSSESSOR_IN_LEAD_IN, model)


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_the_opening_name_of_a_sentence_whose_verb_lost_its_subject(model):
    check_speaker_actors(OPENING_NAMES, model)


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_parsed_subject_or_an_opening_adverbial_is_unchanged(model):
    check_speaker_actors(OPENING_NAMES_UNCHANGED, model)
