"""Session 23, second round (helper s28-orgnames): issue 24's class 3, companies and places
with person-like names read as people. Sentences of our own, both models.

* A one-word name right after a lower-case "...maker" noun of things ("games maker Valve",
  "toy maker Hasbro", "Chinese steelmaker Baoshan") is a company at every mention
  (entities._maker_of_things); "film maker Ken Loach" (a known first name, a maker noun of
  people) is unchanged.
* A name right after the hyphenated organisation noun "think-tank" ("think-tank Demos") is an
  organisation at every mention (entities._hyphenated_organisation_noun).
* A royal title before an institution ("Queen Mary University") does not make the ORG a
  PERSON (entities.find_mentions); "Queen Elizabeth said" is unchanged.
"""

from __future__ import annotations

import pytest

from .helpers import MODEL_IDS, MODELS, corpus_and_quotes, one_quote

ORGANISATIONS = [
    ("Games maker Valve said the new handheld would go on sale in November. Valve said "
     "demand had been stronger than expected.", ["go on sale", "demand had been stronger"]),
    ("Toy maker Hasbro said sales of board games had risen by a fifth over the holidays.",
     ["sales of board games"]),
    ("Chinese steelmaker Baoshan said output would rise this year. Baoshan said it expected "
     "profits to double.", ["output would rise", "profits to double"]),
    ("The study was published by think-tank Demos on Monday. Demos said the findings showed "
     "voters were tired of cuts.", ["voters were tired"]),
    ("Queen Mary University said it would review the way it marks degrees after complaints.",
     ["review the way"]),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_company_with_a_person_like_name_is_no_person_source(model):
    texts = [t for t, _ in ORGANISATIONS]
    corpus, per_text = corpus_and_quotes(texts, model)
    for (text, words), quotes in zip(ORGANISATIONS, per_text):
        for w in words:
            row = one_quote(quotes, w)
            assert row["speaker_type"] != "person", (text, row.to_dict())
    sources = corpus.sources
    assert sources.empty or not sources["actor"].isin(
        ["Valve", "Hasbro", "Baoshan", "Demos", "Mary University", "Queen Mary University"]
    ).any(), sources.to_dict("records")


UNCHANGED = [
    ("Film maker Ken Loach said the film was about dignity. He said he would make one more.",
     "about dignity", "Ken Loach"),
    ("Ellen Grant of the think-tank Civitas said schools needed more money. She said pupils "
     "were suffering.", "pupils were suffering", "Ellen Grant"),
    ("Queen Elizabeth said she was deeply saddened by the news from the mine.",
     "deeply saddened", "Queen Elizabeth"),
    ("Senior lawmaker Grassley said the bill would pass before the summer recess.",
     "the bill would pass", "Grassley"),
    ("The award-winning film-maker Loach said the film was about dignity.", "about dignity",
     "Loach"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_people_near_such_words_stay_people(model):
    _, per_text = corpus_and_quotes([t for t, _, _ in UNCHANGED], model)
    for (text, words, actor), quotes in zip(UNCHANGED, per_text):
        row = one_quote(quotes, words)
        assert row["speaker_type"] == "person", (text, row.to_dict())
        assert actor.split()[-1] in str(row["speaker_actor"]), (text, row.to_dict())
