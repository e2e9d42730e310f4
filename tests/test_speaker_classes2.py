"""A quoted sentence that opens its sentence right after a sentence introducing someone, with no
cue of its own (issue 25, wrong speakers): the lead-in's subject said it
(analysis.engine.quotes.embedded.lead_in), on both shared models.

"Lynch announced the lawsuit on Monday. “We are seeking …”": the sentence before names who
speaks, whatever its verb. Not when the lead-in is a copula ("The mayor is a former teacher."),
a passive without an agent ("The council was told …": the one told did not speak), is in
another paragraph, has quotation marks of its own, or its subject cannot speak ("The rally
ended at noon."): then the quote keeps no speaker, as before.
"""

from __future__ import annotations

import pytest

from analysis import config

from .helpers import quotes_per_text

MODELS = [None, str(config.shared_dir() / "models" / "en_news_sm-3.8.0")]
MODEL_IDS = ["en_core_web_sm", "en_news_sm"]

# (text, words of the quote, its speaker, the lead-in verb)
LEAD_INS = [
    ("His former business partner, Lawrence Cummings, called him a master at bolting together "
     "deals. “He showed again and again an ability to put together deals that other people "
     "couldn't.”", "He showed again and again", "Lawrence Cummings", "called"),
    ("Attorney General Loretta Lynch announced the lawsuit against the state on Monday. “We are "
     "seeking a court order declaring the restriction discriminatory.”", "We are seeking",
     "Loretta Lynch", "announced"),
    ("The baker Buddy Valastro praised the candidate at his shop on Saturday. “We need someone "
     "who is going to cut through it and bring people together.”", "We need someone",
     "Buddy Valastro", "praised"),
    ("Senator Maria Okafor identified rising rents as one of the reasons young voters are angry. "
     "“The younger people are sick and tired of paying half their wages to a landlord.”",
     "The younger people are sick", "Maria Okafor", "identified"),
]
# the lead-in does not introduce a speaker: the quote keeps none
NO_LEAD_IN = [
    ("The mayor is a former teacher. “We need someone who is going to cut through it and bring "
     "people together.”", "We need someone"),
    ("The council was told about the plan on Monday. “We will build four hundred new homes by "
     "the end of next year.”", "We will build"),
    ("Mayor Tom Hughes opened the new bridge on Monday.\n\n“We will build four hundred new homes "
     "by the end of next year.”", "We will build"),
    ("The rally ended at noon. “We will build four hundred new homes by the end of next year.”",
     "We will build"),
]


def _row(quotes, words):
    rows = quotes[quotes["quote"].str.contains(words, regex=False)]
    assert len(rows) == 1, quotes[["quote", "speaker"]].to_dict("records")
    return rows.iloc[0]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_lead_in_sentence_gives_the_quote_after_it_its_speaker(model):
    found = quotes_per_text([t for t, *_ in LEAD_INS], model)
    for (text, words, speaker, verb), quotes in zip(LEAD_INS, found):
        row = _row(quotes, words)
        assert isinstance(row["speaker"], str) and speaker in row["speaker"], (text, row.to_dict())
        assert row["cue"] == verb, (text, row.to_dict())
        assert row["speaker_type"] == "person"
        assert row["kind"] == "direct"


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_no_speaker_from_a_copula_a_passive_another_paragraph_or_a_thing(model):
    found = quotes_per_text([t for t, _ in NO_LEAD_IN], model)
    for (text, words), quotes in zip(NO_LEAD_IN, found):
        row = _row(quotes, words)
        assert not isinstance(row["speaker"], str), (text, row.to_dict())


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_quoted_title_in_the_lead_in_does_not_stop_it(model):
    text = ("Appearing on “Face the Nation,” Sen. Maria Okafor, who lost the primary to Hughes, "
            "identified rising rents as the reason young voters are angry. “The younger people "
            "are sick and tired of paying half their wages to a landlord.”")
    row = _row(quotes_per_text([text], model)[0], "The younger people")
    assert isinstance(row["speaker"], str) and "Okafor" in row["speaker"], row.to_dict()

