"""Quotes the engine found but gave no speaker (issue 25, session 13, branch "s17-nospk").

1. A quoted phrase that finishes the sentence right after a report, in a sentence about no one
   else ("…, he said. Good news can still spread, but only when “…”", "“…,” she says. It's
   “…”"), is the reporter's words (analysis.engine.quotes.follow_on.follows_report); a quote in
   a sentence about someone else, in the subject, not finishing its sentence, or in the next
   paragraph is not; a short scare quote stays no quote.
2. "As X observed, <clause>." reports its own main clause: a quote after such a sentence goes
   on with X (analysis.engine.quotes.attribution._moved_on); "Even as X promised to …, the
   council cut …" still moves on to the council.
3. "“…,” tweeted another." / "read one.": a lone pronoun or number the parser made the object
   of a verb after a quote is its speaker (analysis.engine.quotes.subjects.phrase_after); not
   an object pronoun ("told me").
4. A subject the parser hung on the auxiliary ("Her allies have in the past said …") is the
   verb's (analysis.engine.quotes.subjects.subject).
"""

from __future__ import annotations

import pytest

from .helpers import MODEL_IDS, MODELS, quotes_per_text
from .helpers import one_quote as _row
from .helpers import speaker_text as _speaker

# (text, words of the quote, the speaker)
FOLLOW_ON = [
    ("Rumours travel faster than facts in a small town, the mayor said. Good news can still "
     "spread, but usually only when “the story is funnier than the rumour.”",
     "the story is funnier", "the mayor"),
    ("“It's a disgrace to the whole county,” Jane Holt says. It's “a new kind of politics, "
     "the politics of shouting at each other.”", "a new kind of politics", "Jane Holt"),
    ("“There are many rules written so broadly that almost anything could be an offence,” Webb "
     "added. But that's not the same thing as “properly punishable under the statute.”",
     "properly punishable", "Webb"),
    ("“He still has the friends he had in kindergarten,” Maria Ortiz has said of her husband. "
     "That makes him “by definition a loyal and honest man, unless they were all crooks.”",
     "by definition a loyal", "Maria Ortiz"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_quote_finishing_the_sentence_after_a_report_is_the_reporters(model):
    found = quotes_per_text([t for t, *_ in FOLLOW_ON], model)
    for (text, words, speaker), quotes in zip(FOLLOW_ON, found):
        row = _row(quotes, words)
        assert _speaker(row) == speaker, (text, row.to_dict())
        assert row["kind"] == "direct"


# (text, words of the quote, the speaker it keeps: None for none)
NOT_FOLLOW_ON = [
    # a title in the subject, not the predicate's complement
    ("“We will win this race,” she said. The party's new slogan, “Building a fairer city for "
     "all of our families,” appears on every bus.", "Building a fairer city", None),
    # the next sentence is about someone else, who speaks there
    ("“We will win this race,” she said. Her rival, Tom Webb, called the plan “a fantasy that "
     "nobody in this city can afford.”", "a fantasy that nobody", "Tom Webb"),
    # the quote does not finish its sentence
    ("“We will win this race,” she said. That makes it “the most expensive race the county has "
     "ever seen” by a very wide margin.", "the most expensive race", None),
    # a new paragraph of narration
    ("“We will win this race,” she said.\n\nThe turnout was higher than “any election the "
     "county has held in the last fifty years.”", "any election the county", None),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_no_reporter_for_a_title_another_subject_or_a_new_paragraph(model):
    found = quotes_per_text([t for t, *_ in NOT_FOLLOW_ON], model)
    for (text, words, speaker), quotes in zip(NOT_FOLLOW_ON, found):
        hits = quotes[quotes["quote"].str.contains(words, regex=False)]
        if speaker is None and not len(hits):
            continue  # not a quote at all: fine
        row = _row(quotes, words)
        if speaker is None:
            assert _speaker(row) is None, (text, row.to_dict())
        else:
            assert speaker in (_speaker(row) or ""), (text, row.to_dict())


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_short_scare_quote_after_a_report_stays_no_quote(model):
    text = ("“We will win this race,” she said. The mood in the hall was “electric” all "
            "evening.")
    quotes = quotes_per_text([text], model)[0]
    assert not quotes["quote"].str.contains("electric", regex=False).any(), list(quotes["quote"])


# (text, words of the quote, the speaker)
AS_CLAUSES = [
    ("As Tom Reed of the Daily Ledger noted, the real winner was the river itself.\n\n“The clear "
     "winner of the long fight over the dam was the river and everyone who fishes it.”",
     "The clear winner", "Tom Reed of the Daily Ledger"),
    ("As Councillor Ann Berry observed on Monday, the city cannot afford the bridge. “We would "
     "need to borrow more than the whole budget for the next ten years.”",
     "We would need to borrow", "Ann Berry"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_quote_after_an_as_clause_report_goes_on_with_its_speaker(model):
    found = quotes_per_text([t for t, *_ in AS_CLAUSES], model)
    for (text, words, speaker), quotes in zip(AS_CLAUSES, found):
        row = _row(quotes, words)
        assert speaker in (_speaker(row) or ""), (text, row.to_dict())


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_quote_after_a_sentence_that_moved_on_keeps_no_speaker(model):
    text = ("Even as the mayor promised to fix the roads, the council cut the budget again.\n\n"
            "“We will have to live with potholes for another five years at least.”")
    row = _row(quotes_per_text([text], model)[0], "We will have to live")
    assert _speaker(row) is None, row.to_dict()


# (text, words of the quote, the speaker)
ONE_OF_SEVERAL = [
    ("Voters were angry on Tuesday night. “Better watch out for the mayor, he is clearly rigging "
     "the count,” tweeted another. The mayor declined to comment.", "Better watch out",
     "another"),
    ("Small planes wrote messages over the bay. “Nobody here trusts the mayor anymore,” read one. "
     "“Go home now, we are tired of you,” read another.", "Nobody here trusts", "one"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_lone_quantifier_after_the_verb_that_follows_a_quote_is_its_speaker(model):
    found = quotes_per_text([t for t, *_ in ONE_OF_SEVERAL], model)
    for (text, words, speaker), quotes in zip(ONE_OF_SEVERAL, found):
        row = _row(quotes, words)
        assert _speaker(row) == speaker, (text, row.to_dict())


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_an_object_pronoun_after_the_verb_is_no_speaker(model):
    text = "“We never wanted this fight, and we will not start it now,” told me a friend."
    row = _row(quotes_per_text([text], model)[0], "We never wanted")
    assert _speaker(row) != "me", row.to_dict()


# (text, words of the quote, words of the speaker)
HUNG_ON_AUXILIARY = [
    ("The mayor's close friends and allies have in the past said she was staying quiet to "
     "protect the budget.", "she was staying quiet", "close friends and allies"),
    ("Several of the nurses have over the years said they felt unsafe on the night shift.",
     "they felt unsafe", "Several of the nurses"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_subject_parted_from_its_verb_by_a_phrase_after_the_auxiliary_speaks(model):
    found = quotes_per_text([t for t, *_ in HUNG_ON_AUXILIARY], model)
    for (text, words, speaker), quotes in zip(HUNG_ON_AUXILIARY, found):
        row = _row(quotes, words)
        assert speaker in (_speaker(row) or ""), (text, row.to_dict())
