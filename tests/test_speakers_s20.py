"""Wrong and missing speakers found by a fresh speaker audit on real news (40 BBC articles and
web-style texts of our own; session 16, issue 25). Sentences of our own, both models.

1. A definite description of an organisation ("the firm said", "the company added", "the
   airline warned", "the party said") is the organisation named just before it: the latest
   ORG subject of the two sentences before, else the one ORG of its own sentence
   (analysis.engine.quotes.org_anaphors, ``organisation_anaphor_nouns``). A noun that is no
   kind of firm ("the party", "the police") needs the noun in the organisation's name; "the
   government said" with no "… Government" named, a description with two organisations
   and no subject before it, or one with a noun modifier ("the hacker group") stays unnamed.
2. A surname the tagger read as a modal auxiliary of a past-tense verb ("May said:") is the
   verb's subject (analysis.engine.quotes.subjects._modal_name); "May I say …" is no name.
3. A person's name the NER tagged as a place after an organisation owner's "'s" ("says
   Deutsche Bank's Anna Kirby") is a person, so a he/she after it finds her
   (analysis.engine.quotes.headnames._owned_place_name); a place owned by a place ("Britain's
   Lake District") is none.
"""

from __future__ import annotations

import pytest

from .helpers import MODEL_IDS, MODELS, quotes_per_text
from .helpers import one_quote as _row


def _actor(row) -> str | None:
    value = row["speaker_actor"]
    return value if isinstance(value, str) else None


# (text, words of the quote, the organisation)
ORG_DESCRIPTIONS = [
    ("Harbour Foods Ltd is cutting 300 jobs at its plant in Leeds. The firm said demand for "
     "frozen meals had fallen sharply.", "demand for frozen meals", "Harbour Foods Ltd"),
    ("Northgate Airways cancelled 40 flights on Friday. “We are sorry for the disruption,” the "
     "airline said in a statement.", "We are sorry for the disruption", "Northgate Airways"),
    ("Microsoft has released a new version of its Office software. It will cost less than the "
     "last one, the company said.", "It will cost less", "Microsoft"),
    ("The Green Party held its conference in Brighton on Saturday. The party said it would "
     "stand candidates in every seat.", "stand candidates in every seat", "Green Party"),
]
# the description stays unnamed: no organisation holds the noun, or none is named, or two
# organisations and no subject
ORG_UNNAMED = [
    ("Ministers met union leaders on Monday. The government said it would not raise the offer.",
     "it would not raise the offer"),
    ("Sales of electric cars rose by a third last year. The company said it would hire more "
     "engineers.", "it would hire more engineers"),
    ("Shares in Harbour Foods Ltd and Ashby Mills fell on Monday. Investors were nervous. The "
     "firm said trading had been difficult.", "trading had been difficult"),
    ("Harbour Foods Ltd said on Monday that it had been hacked. The hacker group said it would "
     "publish the stolen files.", "it would publish the stolen files"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_an_organisation_description_is_the_organisation_named_before(model):
    found = quotes_per_text([t for t, *_ in ORG_DESCRIPTIONS], model)
    for (text, words, org), quotes in zip(ORG_DESCRIPTIONS, found):
        row = _row(quotes, words)
        assert _actor(row) == org, (text, row.to_dict())
        assert row["speaker_type"] == "organization", (text, row.to_dict())


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_an_organisation_description_with_no_fitting_organisation_stays_unnamed(model):
    found = quotes_per_text([t for t, _ in ORG_UNNAMED], model)
    for (text, words), quotes in zip(ORG_UNNAMED, found):
        row = _row(quotes, words)
        assert _actor(row) is None, (text, row.to_dict())


MODAL_NAMES = [
    ("Prime Minister Theresa May met union leaders in London on Monday. May said: “We will "
     "not give up on a deal.”", "We will not give up", "Theresa May"),
    ("Guitarist Brian May says the band will tour again from April. May said: “The crowds "
     "have never been better.”", "The crowds have never been better", "Brian May"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_surname_read_as_a_modal_is_the_speaker(model):
    found = quotes_per_text([t for t, *_ in MODAL_NAMES], model)
    for (text, words, person), quotes in zip(MODAL_NAMES, found):
        row = _row(quotes, words)
        assert row["speaker"] == "May", (text, row.to_dict())
        assert _actor(row) == person, (text, row.to_dict())


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_modal_opening_a_question_is_no_speaker(model):
    text = ("Sales rose in May, the company said. “May I say that the plan is good?” asked a "
            "reader.")
    (quotes,) = quotes_per_text([text], model)
    assert "May" not in set(quotes["speaker"].dropna()), quotes.to_dict("records")


OWNED = ("Shares in the cruise operator fell on Friday. “The delay had been expected for some "
         "time,” says Deutsche Bank's Simon Champion. Despite the delays, he pointed out, the "
         "ship is just one vessel in a large fleet.")


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_name_tagged_as_a_place_after_an_owner_is_a_person(model):
    (quotes,) = quotes_per_text([OWNED], model)
    row = _row(quotes, "The delay had been expected")
    assert row["speaker_type"] == "person", row.to_dict()
    assert _actor(row) == "Simon Champion", row.to_dict()
    pronoun = _row(quotes, "the ship is just one vessel")
    assert _actor(pronoun) == "Simon Champion", pronoun.to_dict()


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_place_owned_by_a_place_stays_no_person(model):
    text = "Tourism fell last year. Britain's Lake District said visitor numbers were down."
    (quotes,) = quotes_per_text([text], model)
    row = _row(quotes, "visitor numbers were down")
    assert row["speaker_type"] != "person", row.to_dict()
