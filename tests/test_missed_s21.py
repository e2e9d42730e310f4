"""Missed quotes on real news, session 17 (issue 25 classes 5–7, issue 24's recall): an
indirect question put by an asker of its own is that asker's reported words.

1. A question verb with its own subject and a clause opened by if, whether or a wh-word
   ("Senator Ruiz asked whether the fund had been audited", "Reporters asked the coach if he
   would rest his captain") is a quote of the asker (analysis.engine.quotes.cues._asker_named);
   an if-clause after the addressee that the parser hung as a condition counts too
   (analysis.engine.quotes.cues._asked_if_clause).
2. A cue set off by commas after its content, followed by "and" or "but" and the rest of the
   reported sentence, reports that rest too: a clause with its own subject ("…, a spokeswoman
   said, and it has used it five times"), or after a negated content the phrase "but"
   contrasts ("was not a money problem, he said, but a shortage of engineers")
   (analysis.engine.quotes.parenthetical.continued_after); a predicate with no subject of its
   own ("…, a spokesman said, but declined to give details") or a report of its own ("…, he
   said, and she added that …") is not the content's.
3. Not quotes, as before: a question with no asker of its own (a participle opening the
   sentence, a passive: "When asked whether …, she shrugged", "He was asked if …"), a condition
   on a request ("will ask members to strike if talks fail" keeps its request, not the
   condition), the writer's own questions, scare quotes, titles and labels.
"""

from __future__ import annotations

import pytest

from .helpers import MODEL_IDS, MODELS, quotes_per_text
from .helpers import one_quote as _row
from .helpers import speaker_text as _speaker

# (text, words of the question, the asker's words)
ASKED = [
    ("During Tuesday's hearing, Senator Carla Ruiz asked whether the regulator had ever audited "
     "the pension fund.", "regulator had ever audited", "Carla Ruiz"),
    ("Reporters asked the coach if he would rest his captain for the cup tie.",
     "rest his captain", "Reporters"),
    ("At the public meeting, residents asked why the council had closed the library without a "
     "consultation.", "closed the library", "residents"),
    ("Opposition leader Mark Ellery asked the minister whether the hospital would be built on "
     "time.", "hospital would be built", "Mark Ellery"),
    ("She asked how the airline could justify charging passengers for water.",
     "airline could justify", "She"),
]

# no quote holds these words: questions with no asker of their own, conditions, writers'
# questions, scare quotes, titles
NOT_ASKED = [
    ("When asked whether he would stand again, Mr Cole shrugged and left the room.",
     "would stand again"),
    ("The minister was asked if the cuts would hit rural schools, and declined to answer.",
     "cuts would hit"),
    ("Will the scheme work? Many parents wonder whether the money will ever reach the schools.",
     "money will ever reach"),
    ("The number of files that the senator asked the agency to release, which would require a "
     "court order, is not known.", "would require a court order"),
    ("The so-called \"super-app\" has been downloaded two million times since its launch.",
     "super-app"),
    ("Her second album, \"Salt and Static\", reached number three in the charts last week.",
     "Salt and Static"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_an_asker_s_question_is_a_quote(model):
    texts = [t for t, _, _ in ASKED]
    for (text, words, asker), quotes in zip(ASKED, quotes_per_text(texts, model)):
        row = _row(quotes, words)
        assert row["kind"] == "indirect", (text, row["kind"])
        assert asker in (_speaker(row) or ""), (text, _speaker(row))


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_questions_without_an_asker_and_look_alikes_stay_out(model):
    texts = [t for t, _ in NOT_ASKED]
    for (text, words), quotes in zip(NOT_ASKED, quotes_per_text(texts, model)):
        hits = quotes[quotes["quote"].str.contains(words, regex=False)]
        assert hits.empty, (text, list(hits["quote"]))


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_condition_on_a_request_is_no_question(model):
    """"will ask its members to strike if the talks fail": the request is the quote (as
    before); the condition is no question of its own."""
    text = "The drivers' union will ask its members to strike if the talks fail next week."
    quotes = quotes_per_text([text], model)[0]
    row = _row(quotes, "members to strike")
    assert "union" in (_speaker(row) or "")
    assert not quotes["quote"].str.startswith("the talks").any()


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_participle_question_keeps_the_answer(model):
    """"Asked whether …, X said …": the answer is X's quote, the question nobody's."""
    text = "Asked whether she would run for the leadership, Ms Okafor said she had not decided."
    quotes = quotes_per_text([text], model)[0]
    row = _row(quotes, "had not decided")
    assert "Okafor" in (_speaker(row) or "")
    assert quotes[quotes["quote"].str.contains("run for the leadership")].empty


# (text, words at the start of the content, words at its end, the speaker's words)
CONTINUED = [
    ("The ferry had been refitted twice since 2015, the operator said on Monday, and it was "
     "due back in service next month.", "The ferry had been refitted", "back in service",
     "operator"),
    ("The library was built for the village school, a council spokeswoman said, and it has "
     "lent more than 10,000 books this year.", "The library was built", "10,000 books",
     "spokeswoman"),
    ("The shortfall was not a question of money, the director said, but a lack of trained "
     "nurses willing to work nights.", "The shortfall was not", "willing to work nights",
     "director"),
]
# the words after the cue are the speaker's own act or a report of its own: not the content
NOT_CONTINUED = [
    ("The firm is reviewing all its options, a spokesman said, but declined to give further "
     "details.", "reviewing all its options", "declined to give"),
    ("Ticket prices will rise in April, the chairman said, and his deputy added that nobody "
     "had been consulted.", "Ticket prices will rise", "his deputy added"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_sentence_going_on_after_its_cue_is_reported_whole(model):
    texts = [t for t, _, _, _ in CONTINUED]
    for (text, first, last, who), quotes in zip(CONTINUED, quotes_per_text(texts, model)):
        row = _row(quotes, first)
        assert last in row["quote"], (text, row["quote"])
        assert who in (_speaker(row) or ""), (text, _speaker(row))


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_the_speaker_s_own_act_after_the_cue_stays_out(model):
    texts = [t for t, _, _ in NOT_CONTINUED]
    for (text, words, act), quotes in zip(NOT_CONTINUED, quotes_per_text(texts, model)):
        row = _row(quotes, words)
        assert act not in row["quote"], (text, row["quote"])
