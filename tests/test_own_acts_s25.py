"""Session 21: a speech verb coordinated into a reported clause is the reporter's next act unless
the clause's subject is someone the report introduces ("a man", "two officers"); a named or
definite subject that can speak no longer keeps it (analysis.engine.quotes.own_acts)."""

from __future__ import annotations

import pytest

from .helpers import MODELS, one_quote, quotes_per_text, speaker_text

REPORTER = [  # (text, words of the second report, its speaker)
    ("The party spokesman said the Republican Party was not in a crisis, and urged members to "
     "stay calm.", "members to stay calm", "The party spokesman"),
    ("Ms Kirsch told reporters her group never worked with the lobbyists and said the group "
     "acted on its own.", "the group acted on its own", "Ms Kirsch"),
    ("The coach said the club had made its decision and insisted the players would stay.",
     "the players would stay", "The coach"),
]
NEWCOMER = [  # the subject the report introduces keeps its own act
    ("The shop owner said a man walked into the store on Friday and said he had a gun.",
     "he had a gun", "a man"),
    ("The driver said an officer stopped the car and told him the road was closed.",
     "the road was closed", "an officer"),
]


CASES = REPORTER + NEWCOMER


@pytest.mark.parametrize("model", MODELS)
def test_second_report_speaker(model):
    per_text = quotes_per_text([t for t, _, _ in CASES], model)
    got = [speaker_text(one_quote(q, words)) for q, (_, words, _) in zip(per_text, CASES)]
    assert got == [speaker for _, _, speaker in CASES]


NOT_SPEECH = [  # a coordinated verb that is no speech act stays in the named subject's clause
    ("The candidate said Grayson has introduced the bill in the House and would continue his "
     "push for it in the Senate.", "would continue his push"),
]


@pytest.mark.parametrize("model", MODELS)
def test_non_speech_conjunct_stays_whole(model):
    (quotes,) = quotes_per_text([NOT_SPEECH[0][0]], model)
    row = one_quote(quotes, NOT_SPEECH[0][1])
    assert row["quote"].startswith("Grayson has introduced") and speaker_text(row) == \
        "The candidate"
