"""Session 16 (issue 24, sources on real news): classes from the session-16 audit of BBC
articles that quote women (docs/audit-sources-bbc-s16.jsonl, docs/audit-sources-web-s16.jsonl).
Sentences of our own.

1. A question in quotation marks after "ask" is the asker's own words ("Priya Shah asked: “Who
   will pay for it?”"); an indirect question ("asked whether …") is its asker's (session 17)
   (analysis.engine.quotes.cues._content).
2. A vox pop: a cue after a quote that leads the NEXT quote in with a colon ("“…?” On
   housing, builder Tom Reeve said: “…”") is no trailing attribution of the quote before it
   (analysis.engine.quotes.frames._leads_next): the first quote keeps its own lead-in.
3. A place won is no words: "claimed the runners-up spot", "claimed second place", "claimed
   the seat" (``won_nouns``); "claimed that …" and "claimed victory" stay reports.
4. A person named right before a colon as the source of an utterance noun ("the question
   posed by Brighton nurse Delyth Morgan: “…”", "came from", "a warning from") speaks the quote
   (analysis.engine.quotes.frames._utterance_agent); not an unnamed source ("from the floor").
5. A participle set off after an absolute "with" clause naming a person speaks for that person
   when the main clause's subject is a thing ("The trouble began …, with Ruth Ashby marching up
   to him, saying “…”"; analysis.engine.quotes.subjects._with_clause_before).
"""

from __future__ import annotations

import pytest

from .helpers import MODEL_IDS, MODELS, quotes_per_text
from .helpers import one_quote as _row
from .helpers import speaker_text as _speaker

# (text, words of the quote, words of the speaker phrase)
QUOTED_QUESTIONS = [
    ("Priya Shah asked: \"Who will pay for it?\" Tom Reeve said: \"The taxpayer will.\"",
     "Who will pay", "Priya Shah"),
    ("At the meeting, Councillor Ines Moreau asked: \"Why was nobody told about the closure "
     "until the week before?\" The council declined to comment.", "Why was nobody told",
     "Ines Moreau"),
    ("Mr Okoro asked the minister: \"How many more families must wait for a home?\"",
     "How many more families", "Okoro"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_quoted_question_after_ask_is_the_askers(model):
    found = quotes_per_text([t for t, *_ in QUOTED_QUESTIONS], model)
    for (text, words, speaker), quotes in zip(QUOTED_QUESTIONS, found):
        row = _row(quotes, words)
        assert speaker in (_speaker(row) or ""), (text, row.to_dict())


# an indirect question is its asker's reported words (session 17, tests/test_missed_s21.py),
# and the next sentence's report stays its own speaker's: (text, asker, next speaker)
INDIRECT_QUESTIONS = [
    ("Reporters asked whether the plan would work. Tom Reeve said the plan was sound.",
     "Reporters", "Tom Reeve"),
    ("Priya Shah asked if the school would stay open. The council said it would.",
     "Priya Shah", "The council"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_an_indirect_question_is_its_askers_and_keeps_the_next_speaker(model):
    found = quotes_per_text([t for t, _, _ in INDIRECT_QUESTIONS], model)
    for (text, asker, other), quotes in zip(INDIRECT_QUESTIONS, found):
        assert list(quotes["cue"]) == ["asked", "said"], (text, list(quotes["cue"]))
        assert list(quotes["speaker"]) == [asker, other], (text, list(quotes["speaker"]))


# vox pops: (text, words of the first quote, its speaker's words, words of the second quote,
# its speaker's words)
VOX_POPS = [
    ("Nurse Priya Shah, from Leeds, asked of the waiting lists: \"Why should my mother wait a "
     "year for a new hip?\" On housing, builder Tom Reeve said: \"Where will the young people "
     "live?\"", "Why should my mother", "Priya Shah", "Where will the young", "Tom Reeve"),
    ("Retired teacher Joan Pike, from Hull, asked about the buses: \"Why do they stop at six "
     "o'clock?\" On schools, parent Aled Rhys said: \"We need more teachers, not more tests.\"",
     "Why do they stop", "Joan Pike", "We need more teachers", "Aled Rhys"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_colon_lead_in_after_a_quote_is_not_that_quotes_speaker(model):
    found = quotes_per_text([t for t, *_ in VOX_POPS], model)
    for (text, first, who, second, other), quotes in zip(VOX_POPS, found):
        row = _row(quotes, first)
        assert other not in (_speaker(row) or ""), (text, row.to_dict())
        assert _speaker(_row(quotes, second)) and other in _speaker(_row(quotes, second)), text


# a quote followed by a plain attribution still gets it (no colon: a trailing clause)
TRAILING = [
    ("\"Why should we pay for their mistakes?\" asked Tom Reeve, a builder from Hull.",
     "Why should we pay", "Tom Reeve"),
    ("\"Where will the young people live?\" Ann Ross said. \"Nobody has an answer.\"",
     "Where will the young", "Ann Ross"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_trailing_attribution_without_a_colon_still_counts(model):
    found = quotes_per_text([t for t, *_ in TRAILING], model)
    for (text, words, speaker), quotes in zip(TRAILING, found):
        assert speaker in (_speaker(_row(quotes, words)) or ""), text


PLACES_WON = [
    "Helen Cole was close to the qualifying mark as she claimed the runners-up spot in a "
    "personal best.",
    "Anna Fisk claimed second place in the 200m final on Sunday.",
    "Rivera claimed the seat with 52% of the vote after a recount.",
    "The Scot claimed a podium spot in the downhill.",
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_place_won_is_no_report(model):
    found = quotes_per_text(PLACES_WON, model)
    for text, quotes in zip(PLACES_WON, found):
        assert not (quotes["cue"].astype(str).str.startswith("claim")).any(), (
            text, list(quotes["quote"]))


# still reports: a clause, a declaration
CLAIMS = [
    ("Anna Fisk claimed that the race had been unfair to the younger runners.",
     "the race had been unfair"),
    ("Rivera claimed victory in the mayoral race before the count was finished.", "victory"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_claims_in_words_stay(model):
    found = quotes_per_text([t for t, _ in CLAIMS], model)
    for (text, words), quotes in zip(CLAIMS, found):
        _row(quotes, words)


# 4. The source of an utterance noun right before a colon (analysis.engine.quotes.frames.
# _utterance_agent): (text, words of the quote, the speaker's words)
UTTERANCE_AGENTS = [
    ("The sharpest question came from Leeds nurse Priya Shah: \"Why should my mother wait a "
     "year for a new hip?\"", "Why should my mother", "Priya Shah"),
    ("And can you imagine any interviewer putting the question posed by Brighton nurse Delyth "
     "Morgan: \"Would you clean a ward for five pounds an hour?\"", "Would you clean",
     "Delyth Morgan"),
    ("There was a stark warning from engineer Tom Reeve: \"The bridge will not last another "
     "winter.\"", "The bridge will not last", "Tom Reeve"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_the_named_source_of_a_question_before_a_colon_speaks(model):
    found = quotes_per_text([t for t, *_ in UTTERANCE_AGENTS], model)
    for (text, words, speaker), quotes in zip(UTTERANCE_AGENTS, found):
        row = _row(quotes, words)
        assert speaker in (_speaker(row) or ""), (text, row.to_dict())


# no proper name as the source: unchanged (not a person's words by this rule)
NO_AGENT = [
    ("The last question came from the floor of the hall: \"Why did you wait so long to act?\"",
     "Why did you wait"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_an_unnamed_source_of_a_question_is_no_person(model):
    found = quotes_per_text([t for t, _ in NO_AGENT], model)
    for (text, words), quotes in zip(NO_AGENT, found):
        row = _row(quotes, words)
        assert row["speaker_type"] != "person", (text, row.to_dict())


# 5. A participle after an absolute "with" clause naming a person, when the main clause's
# subject is a thing (analysis.engine.quotes.subjects._with_clause_before)
WITH_CLAUSES = [
    ("The trouble began on the morning show, with Ruth Ashby marching up to him, saying "
     "\"Minister, that is rubbish\" as she tried to complain about her son's school.",
     "Minister, that is rubbish", "Ruth Ashby"),
    ("The meeting ended early, with Ruth Ashby walking out of the hall, saying the council had "
     "lied to residents.", "the council had lied", "Ruth Ashby"),
]
# the main clause's subject can speak: the parse's reading stays
WITH_CLAUSES_NOT = [
    ("He left the room, with Ruth Ashby following him, saying he was tired.", "he was tired",
     "Ruth Ashby"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_participle_after_a_with_clause_is_its_subjects(model):
    found = quotes_per_text([t for t, *_ in WITH_CLAUSES + WITH_CLAUSES_NOT], model)
    for (text, words, speaker), quotes in zip(WITH_CLAUSES, found):
        assert speaker in (_speaker(_row(quotes, words)) or ""), text
    for (text, words, speaker), quotes in zip(WITH_CLAUSES_NOT, found[len(WITH_CLAUSES):]):
        assert speaker not in (_speaker(_row(quotes, words)) or ""), text
