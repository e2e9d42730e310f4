"""Missed quotes on real news, session 17 (issue 25 classes 5–7, issue 24's recall): an
indirect question put by an asker of its own is that asker's reported words.

1. A question verb with its own subject and a clause opened by if, whether or a wh-word
   ("Senator Ruiz asked whether the fund had been audited", "Reporters asked the coach if he
   would rest his captain") is a quote of the asker (analysis.engine.quotes.cues._asker_named);
   an if-clause after the addressee that the parser hung as a condition counts too
   (analysis.engine.quotes.cues._asked_if_clause).
2. Not quotes, as before: a question with no asker of its own (a participle opening the
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
