"""Two classes of wrong speakers (issue 25), each a general rule, on both shared models.

1. A quoted sentence that opens its sentence right after a sentence of the same paragraph
   introducing someone, with no cue of its own: the lead-in's subject said it
   (analysis.engine.quotes.embedded.lead_in). "Lynch announced the lawsuit on Monday. “We are
   seeking …”": the sentence before names who speaks, whatever its verb. Not when the lead-in
   is a copula ("The mayor is a former teacher."), a passive without an agent ("The council was
   told …"), negated, with a second subject who can speak before its verb ("Even as the mayor
   vowed …, the council voted …"), has quoted words of its own (a quoted
   title does not count), or its subject cannot speak ("The rally ended at noon."): the quote
   keeps no speaker, as before. A lead-in ending the paragraph before the quote's counts too
   (tests/test_floating_quotes_s13.py).
2. An inverted speech verb opening a clause that ends in a colon ("Said Ellis: “…”", "Added
   Warren: “…”"), which the parser hangs on the name as a modifier: the verb is the cue and the
   name the speaker (analysis.engine.quotes.frames.colon_clause), not a speaker before it.
3. A quote of several sentences opened inside the clause of a verb whose subject can speak
   ("he characterized Kaine as, “a little desperate … . … I think that hurt him.”") is read
   from the sentence holding its opening (analysis.engine.quotes.embedded.embedding_clause).
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
    ("The rally ended at noon. “We will build four hundred new homes by the end of next year.”",
     "We will build"),
    ("Mayor Tom Hughes did not mention the budget. “We will build four hundred new homes by the "
     "end of next year.”", "We will build"),
    ("Even as Mayor Tom Hughes promised new homes, the council voted to cut the budget. “We will "
     "build four hundred new homes by the end of next year.”", "We will build"),
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
def test_no_speaker_from_a_copula_a_passive_a_negation_two_subjects_or_a_thing(model):
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



# an inverted speech verb opening a clause that ends in a colon, parsed as a modifier of the
# name after it (analysis.engine.quotes.frames.colon_clause): (text, quote words, speaker, cue)
INVERTED_COLON = [
    ("If anything, analysts say her plans would make the tax code more complicated. Said Ellis: "
     "“I don't get the sense she is the least bit interested in tax reform.”",
     "I don't get the sense", "Ellis", "Said"),
    ("The senator did not hold back on Tuesday. Added Warren: “You should resign. You should "
     "give back the money that you took.”", "You should resign", "Warren", "Added"),
    ("Stone spoke for an hour on the radio program.\n\nContinued Stone: “So I think it is a very "
     "real problem for the campaign and its people.”", "So I think", "Stone", "Continued"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_an_inverted_speech_verb_before_a_colon_names_the_speaker_after_it(model):
    found = quotes_per_text([t for t, *_ in INVERTED_COLON], model)
    for (text, words, speaker, verb), quotes in zip(INVERTED_COLON, found):
        row = _row(quotes, words)
        assert isinstance(row["speaker"], str) and row["speaker"].endswith(speaker), row.to_dict()
        # (en_news_sm parses "Said Ellis" as a clause: the name-and-colon row takes it)
        assert row["cue"] in (verb, ":"), (text, row.to_dict())


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_quote_of_several_sentences_is_read_from_the_clause_holding_its_opening(model):
    # (analysis.engine.quotes.embedded.embedding_clause: the quote's first sentence)
    text = ("However, the senator characterized his rival, Mayor Tom Hughes, as “a little "
            "desperate there, jumping in all the time and never waiting his turn. Obviously, if "
            "he had just waited, he would have had his chance. I think that hurt him.”")
    row = _row(quotes_per_text([text], model)[0], "a little desperate")
    assert row["speaker"] == "the senator", row.to_dict()
    assert row["cue"] == "characterized", row.to_dict()
