"""Speaker typing of two classes of issue 24 (people quoted, by gender), session 17.

1. A participle clause opening the sentence, then a name with an appositive role, then the
   verb ("Welcoming the ruling, NAME, chief executive of X, said …"): the NAME speaks, not
   the participle the parser made the verb's subject
   (analysis.engine.quotes.subjects.fronted_clause_name) nor the role the parser left as the
   phrase right before the verb (analysis.engine.quotes.subjects.phrase_before).
2. A two- or three-word name the NER tags ORG whose own speech verb reports a clause with a
   he/she subject ("NAME said she was delighted") is a person, when nobody else is named near
   and the article never writes the name as a place of work
   (analysis.engine.quotes.speakers._own_content_subject).
"""

from __future__ import annotations

import pytest

from .helpers import MODEL_IDS, MODELS, quotes_per_text
from .helpers import one_quote as _row
from .helpers import speaker_text as _speaker


# (text, words of the quote, the speaker phrase)
FRONTED = [
    ("Welcoming the verdict, Aoibheann Gallagher, chief executive of the Tenants' Union, said "
     "the judgment was a turning point for renters.", "the judgment was a turning point",
     "Aoibheann Gallagher"),
    ("Welcoming the decision, Chinwe Okonkwo, head of the housing trust, said it was long "
     "overdue.", "it was long overdue", "Chinwe Okonkwo"),
    ("Asked about the delays, Mairead Costello, head of operations at the port, said the "
     "backlog would clear by Friday.", "the backlog would clear", "Mairead Costello"),
    ("Writing on social media, Lakshmi Varadan, a councillor for the ward, said residents "
     "deserved better.", "residents deserved better", "Lakshmi Varadan"),
    ("Welcoming the figures, Helen Baker, director of the food bank network, said demand had "
     "finally started to fall.", "demand had finally started", "Helen Baker"),
    ("Commenting on the report, Folasade Ogun, chair of the patients' forum, said waiting "
     "times were still far too long.", "waiting times were still", "Folasade Ogun"),
]

# nothing to change: the phrase before the verb has no name, or the name has no role
NOT_FRONTED = [
    ("Welcoming the ruling, the charity, which had campaigned for years, said the decision "
     "was a victory.", "the decision was a victory", (None, "the charity")),
    ("Among likely voters, about two-thirds, 67 percent, say the economy is weak.",
     "the economy is weak", ("67 percent", "about two-thirds")),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_the_name_of_a_fronted_clause_with_a_role_speaks(model):
    found = quotes_per_text([t for t, *_ in FRONTED], model)
    for (text, words, speaker), quotes in zip(FRONTED, found):
        row = _row(quotes, words)
        assert _speaker(row) == speaker, (text, row.to_dict())
        assert row["speaker_type"] == "person", (text, row.to_dict())


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_role_without_a_name_before_it_keeps_its_reading(model):
    found = quotes_per_text([t for t, *_ in NOT_FRONTED], model)
    for (text, words, allowed), quotes in zip(NOT_FRONTED, found):
        assert _speaker(_row(quotes, words)) in allowed, text


# (text, words of the quote, the speaker phrase): a rare first name the NER may tag ORG
OWN_PRONOUN = [
    ("Reacting to the news, Ifeoma Nwachukwu said she was delighted with the result.",
     "she was delighted", "Ifeoma Nwachukwu"),
    ("Chiamaka Obiora told reporters she would appeal against the ruling.",
     "she would appeal", "Chiamaka Obiora"),
    ("Speaking outside court, Oyinkansola Bello said she had never doubted the outcome.",
     "she had never doubted", "Oyinkansola Bello"),
]

# an organisation reporting about a person stays an organisation
ORG_ABOUT_A_MAN = [
    ("Tunde Bakare, a banker, joined Goldman Sachs in 2009. Goldman Sachs said he would lead "
     "the new unit.", "he would lead the new unit", "Goldman Sachs"),
    ("James Gorman has led the bank since 2010. Morgan Stanley said he would step down in "
     "June.", "he would step down", "Morgan Stanley"),
    ("Deutsche Bank said he would leave at the end of the year.", "he would leave",
     "Deutsche Bank"),
    ("Anna Kowalski had complained to the firm for months. Scottish Power said she had been "
     "paid in full.", "she had been paid in full", "Scottish Power"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_her_own_pronoun_counts_after_a_man_named_before(model):
    text = ("The minister, James Cleverly, visited the site on Monday. Reacting to the news, "
            "Ifeoma Nwachukwu said she was delighted with the result.")
    row = _row(quotes_per_text([text], model)[0], "she was delighted")
    assert _speaker(row) == "Ifeoma Nwachukwu", row.to_dict()
    assert row["speaker_type"] == "person", row.to_dict()



@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_name_tagged_org_reporting_her_own_state_is_a_person(model):
    found = quotes_per_text([t for t, *_ in OWN_PRONOUN], model)
    for (text, words, speaker), quotes in zip(OWN_PRONOUN, found):
        row = _row(quotes, words)
        assert _speaker(row) == speaker, (text, row.to_dict())
        assert row["speaker_type"] == "person", (text, row.to_dict())


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_an_organisation_reporting_about_a_man_stays_an_organisation(model):
    cases = ORG_ABOUT_A_MAN[:4]
    found = quotes_per_text([t for t, *_ in cases], model)
    for (text, words, speaker), quotes in zip(cases, found):
        row = _row(quotes, words)
        assert _speaker(row) == speaker, (text, row.to_dict())
        assert row["speaker_type"] == "organization", (text, row.to_dict())
