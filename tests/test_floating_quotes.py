"""Continuation of a floating quote (issue 25, class 7; both shared models).

Class: a quote with no cue of its own takes the speaker of the attribution just before it (a
``continued`` quote). That is right for a quote standing as a sentence of its own ("“It will
take years.”" after "said Mayor Ana Ortiz"), but a quoted phrase inside a sentence of
narration ("the plant stands on a former “railway goods yard”") was handed to the last speaker
too: PolNeAR dev had such fragments among the spurious ``continued`` quotes ("national
enterprise reporter", "targeted employment area", "working the referees"). Rule
(``_floating`` in analysis.engine.quotes.attribution): only a quote with nothing but
punctuation, a conjunction or an adverb ("But", "Instead,") between the start of its sentence
(or a colon or dash) and its opening mark continues the speaker before it; a quoted phrase in
a sentence whose subject is that speaker, named ("Ortiz later issued a statement, “…”"), too
(``_about``). Guards (kept): the continuation in the next paragraph, through a paragraph of
indirect speech by the same person, and no continuation across a paragraph of narration.
Second rule (``_newcomer``): a sentence between the attribution and the quote whose subject is
another named person ("Her assistant, Tom Webb, was less sure.") ends the continuation; the
quote was the first speaker's when that sentence shared its paragraph with either quote.
"""

from __future__ import annotations

import pytest

from analysis import analyze, config

MODELS = [None, str(config.shared_dir() / "models" / "en_news_sm-3.8.0")]
MODEL_IDS = ["en_core_web_sm", "en_news_sm"]

# (article, words of a quoted phrase inside narration, the speaker it must not be given)
FRAGMENTS = [
    ("The carmaker will build its new battery plant in Derby, the company said on Monday.\n\n"
     "\"We will open the plant in March and hire 400 people,\" said chief executive Laura "
     "Quinn.\n\n"
     "The plant will stand on a former \"railway goods yard and coal depot\" on the edge of the "
     "city, which the council sold to the firm last year.",
     "railway goods yard", "Laura Quinn"),
    ("The senator spent the weekend campaigning in Ohio.\n\n"
     "\"Our opponents have no plan for the economy,\" Senator Mark Ellison told a crowd in "
     "Dayton. \"They only have slogans.\"\n\n"
     "His bus, painted with the words \"a fair deal for Ohio families\" in blue letters, "
     "left the city on Sunday night for Toledo.",
     "a fair deal for Ohio", "Mark Ellison"),
    ("Rescue teams reached the village of Alta on Sunday.\n\n"
     "\"The road was blocked by rocks for most of the night,\" said fire chief Paul Grant.\n\n"
     "Families spent the night in the school hall, which volunteers turned into a \"field "
     "hospital with twenty beds\" within an hour.",
     "field hospital", "Paul Grant"),
]

# (article, words of a floating quote, its speaker: the person whose words it continues)
CONTINUED = [
    ("Floods destroyed much of the old town of Riverton last week.\n\n"
     "\"We will rebuild,\" said Mayor Ana Ortiz. \"It will take years.\"\n\n"
     "\"But we have done it before, and the people of this town do not give up.\"",
     "people of this town", "Ana Ortiz"),
    ("The union has called a strike for next week.\n\n"
     "\"We have tried everything to reach a deal,\" union leader Joe Banks told reporters "
     "outside the factory.\n\n"
     "Banks said the workers had not had a pay rise for three years.\n\n"
     "\"Our members cannot pay their bills. They have no choice left.\"",
     "cannot pay their bills", "Joe Banks"),
    ("The minister defended the new tax on Monday.\n\n"
     "Finance Minister Jane Holt said the tax would raise two billion pounds a year and "
     "protect public services.\n\n"
     "\"Nobody likes paying more tax, but the alternative is deeper cuts to hospitals and "
     "schools.\"",
     "Nobody likes paying", "Jane Holt"),
]

# a quote inside a sentence about the same speaker, or after a dash or a conjunction, continues
# them: (article, words of the quote, the speaker)
ABOUT_THE_SPEAKER = [
    ("The mayor visited the flooded streets on Sunday.\n\n"
     "\"Nobody will be left without a roof,\" said Mayor Ana Ortiz. Ortiz later issued a "
     "statement, \"The city will pay for hotel rooms until every family can go home.\"",
     "pay for hotel rooms", "Ana Ortiz"),
    ("The senator spoke to farmers in Iowa on Friday.\n\n"
     "\"Trade wars hurt the people who grow our food,\" said Senator Mark Ellison. He also "
     "attacked the new fuel rules -- \"a gift to the oil companies and nobody else.\"",
     "gift to the oil companies", "Mark Ellison"),
    ("The coach spoke after the defeat.\n\n"
     "\"We were poor in the first half,\" said coach Marta Lind. \"The players know it.\"\n\n"
     "But \"we will be back next week, and we will be ready for them.\"",
     "we will be back", "Marta Lind"),
]

# a second quote inside the speaker's own sentence stays theirs (guard)
SAME_SENTENCE = [
    ("The new tram line opened in Bergen on Saturday.\n\n"
     "\"I love this city,\" said resident Maria Olsen, 64, but \"the traffic here has been a "
     "daily nightmare for everyone who lives on the hill.\"",
     "daily nightmare", "Maria Olsen"),
]

# (article, words of a quote that must not continue the last speaker, that speaker)
NOT_CONTINUED = [
    ("The coach was asked about the defeat after the match.\n\n"
     "\"We were poor in the first half,\" said coach Marta Lind. \"The players know it.\"\n\n"
     "Lind's assistant, Tom Webb, was less sure.\n\n"
     "\"We created more chances than they did, and on another day we win this game.\"",
     "created more chances", "Marta Lind"),
    ("The coach was asked about the defeat after the match.\n\n"
     "\"We were poor in the first half,\" said coach Marta Lind. Her assistant, Tom Webb, was "
     "less sure. \"We created more chances than they did, and on another day we win this "
     "game.\"",
     "created more chances", "Marta Lind"),
    ("The coach was asked about the defeat after the match.\n\n"
     "\"We were poor in the first half,\" said coach Marta Lind.\n\n"
     "Her assistant, Tom Webb, was less sure. \"We created more chances than they did, and on "
     "another day we win this game.\"",
     "created more chances", "Marta Lind"),
    ("Police closed the main road after the crash on Friday.\n\n"
     "\"The driver was lucky to survive,\" said Inspector Helen Ward. \"The car was "
     "destroyed.\"\n\n"
     "The road reopened on Saturday morning after repairs to the barrier.\n\n"
     "\"We urge drivers to slow down on this stretch of road.\"",
     "slow down", "Helen Ward"),
]

ALL = FRAGMENTS + CONTINUED + NOT_CONTINUED + ABOUT_THE_SPEAKER + SAME_SENTENCE


@pytest.fixture(scope="module", params=MODELS, ids=MODEL_IDS)
def corpus(request):
    found = analyze([t for t, _, _ in ALL], model=request.param, progress=False)
    return found, list(found.articles["article_id"])


def _quote(corpus, n: int, words: str):
    found, ids = corpus
    q = found.quotes
    rows = q[(q["article_id"] == ids[n]) & q["quote"].str.contains(words, regex=False)]
    return rows


def _continued(row) -> bool:
    """A continued quote: a speaker and no cue (the ``quotes`` schema)."""
    return isinstance(row["speaker"], str) and not isinstance(row["cue"], str)


def _speaker(row) -> str:
    """The quote's speaker: its canonical actor, else the phrase as written, else ''."""
    for column in ("speaker_actor", "speaker"):
        if isinstance(row[column], str):
            return row[column]
    return ""


@pytest.mark.parametrize("n", range(len(FRAGMENTS)))
def test_a_phrase_quoted_inside_narration_is_not_the_last_speakers(corpus, n):
    _, words, last = FRAGMENTS[n]
    rows = _quote(corpus, n, words)
    assert not any(last in _speaker(r) for _, r in rows.iterrows()), rows.to_dict("records")
    assert not any(_continued(r) for _, r in rows.iterrows())


@pytest.mark.parametrize("n", range(len(CONTINUED)))
def test_a_floating_quote_continues_the_speaker_before_it(corpus, n):
    _, words, speaker = CONTINUED[n]
    rows = _quote(corpus, len(FRAGMENTS) + n, words)
    assert len(rows) == 1, rows.to_dict("records")
    row = rows.iloc[0]
    assert row["kind"] == "direct"
    assert speaker in _speaker(row)
    assert _continued(row)


@pytest.mark.parametrize("n", range(len(NOT_CONTINUED)))
def test_no_continuation_across_a_new_speaker_or_narration(corpus, n):
    _, words, last = NOT_CONTINUED[n]
    rows = _quote(corpus, len(FRAGMENTS) + len(CONTINUED) + n, words)
    assert not any(last in _speaker(r) for _, r in rows.iterrows()), rows.to_dict("records")


def test_a_second_quote_in_the_speakers_own_sentence_is_theirs(corpus):
    _, words, speaker = SAME_SENTENCE[0]
    rows = _quote(corpus, len(ALL) - 1, words)
    assert len(rows) == 1 and speaker in _speaker(rows.iloc[0]), rows.to_dict("records")


@pytest.mark.parametrize("n", range(len(ABOUT_THE_SPEAKER)))
def test_a_quote_in_a_sentence_about_the_speaker_continues_them(corpus, n):
    _, words, speaker = ABOUT_THE_SPEAKER[n]
    rows = _quote(corpus, len(FRAGMENTS) + len(CONTINUED) + len(NOT_CONTINUED) + n, words)
    assert len(rows) == 1 and speaker in _speaker(rows.iloc[0]), rows.to_dict("records")
