"""A speaker introduced in a relative clause (issue 24): a speech or quoting verb whose subject
is "who"/"whom"/"which"/"that" speaks for the phrase the clause modifies, also when its clause
ends in a colon before the quote ("Another was tour manager Thomas Gray, who cited his
experience: “…”": Gray, not "Another"; analysis.engine.quotes.subjects.relative_cue). A
relative clause inside a quote stays inside. Each case holds on both models (run once more
with ``ANALYSIS_SPACY_MODEL=../shared/models/en_news_sm-3.8.0``)."""

from __future__ import annotations

import pytest

from .helpers import speaker_starting


def speaker_of(text: str, quote_start: str) -> tuple[str | None, str | None]:
    """``(type, actor)`` of the one quote starting with ``quote_start``."""
    sp = speaker_starting(text, quote_start)
    return sp.type, sp.actor


@pytest.mark.parametrize("text,quote,actor", [
    ('Among the witnesses was nurse Helen Carter, 41, who described the scene: "There was '
     'smoke everywhere and nobody knew where to go."', "There was smoke", "Helen Carter"),
    ('Another was tour manager Thomas Gray, 24, who cited only his experience: "One in, all '
     'in, that is how we have always worked."', "One in, all in", "Thomas Gray"),
    ('The loudest voice in the hall was Senator Maria Lopez, who told the crowd: "We will not '
     'accept these cuts."', "We will not accept", "Maria Lopez"),
    ('Other ministers have urged calm, such as Finance Minister Paolo Rossi, who said the '
     'markets would "recover within weeks."', "the markets would", "Paolo Rossi"),
])
def test_the_speaker_of_a_relative_clause_is_the_person_it_modifies(text, quote, actor):
    assert speaker_of(text, quote) == ("person", actor)


def test_a_relative_clause_inside_a_quote_stays_inside():
    text = ('"We met a farmer who said the river had never been this low," said aid worker '
            'Anna Berg.')
    assert speaker_of(text, "We met a farmer") == ("person", "Anna Berg")


def test_a_colon_after_a_relative_clause_without_speech_keeps_the_main_subject():
    text = ('Mayor Karen Holt visited the families who had lost their homes: "We will rebuild '
            'every street."')
    assert speaker_of(text, "We will rebuild") == ("person", "Karen Holt")
