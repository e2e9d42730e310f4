"""Session 23's second quote-by-quote audit of 40 fresh BBC articles (helper s28-audit2,
benchmarks/audits/audit-sample-s28.txt): the class it fixed. Sentences of our own, both models.

* A company named with a comma and an apposition whose head is an organisation noun
  ("Velmora, the country's largest dairy company, has agreed …") was typed ``person`` on the
  official model when its name was a single word (its later "Velmora said" too): the name is an
  organisation at every mention, like "dairy company Velmora"
  (entities._organisation_apposition, read by entities.introduced_as_organisation). Negative
  cases: a person's role in apposition ("Tom Marsh, the firm's chief executive, said",
  "Calder, the company's founder, said").
"""

from __future__ import annotations

import pytest

from .helpers import MODEL_IDS, MODELS, one_quote, quotes_per_text

COMPANIES = [
    ("Velmora, the country's largest dairy company, has raised its prices again. Velmora said "
     "the cost of feed had doubled since the spring.", "the cost of feed had doubled"),
    ("Ostrana, the national airline, will stop flying to Rome in May. Ostrana said the route "
     "had lost money for three years.", "the route had lost money"),
]

PEOPLE = [
    ("Tom Marsh, the firm's chief executive, said profits had risen by a fifth.",
     "profits had risen"),
    ("Ruth Calder, the company's founder, said she would retire next year.",
     "she would retire next year"),
    ("Okafor, the club's captain, said the team had played its best game of the season.",
     "the team had played"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_name_with_an_organisation_noun_in_apposition_is_an_organisation(model):
    for (text, words), quotes in zip(COMPANIES, quotes_per_text([t for t, _ in COMPANIES],
                                                                model)):
        row = one_quote(quotes, words)
        assert row["speaker_type"] == "organization", (text, row.to_dict())


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_person_with_a_role_in_apposition_is_unchanged(model):
    for (text, words), quotes in zip(PEOPLE, quotes_per_text([t for t, _ in PEOPLE], model)):
        row = one_quote(quotes, words)
        assert row["speaker_type"] == "person", (text, row.to_dict())
