"""Wrong speakers (issue 25, speaker accuracy), session 14: a to-infinitive cue hung on a noun.

The parser often makes a purpose infinitive a relative or adjectival clause on the noun before
it ("went out of her way | to say", "took pains | to say"). That noun names no one who could
speak, so the cue speaks for the subject of the verb the noun belongs to
(analysis.engine.quotes.subjects._infinitive_on_thing, _infinitive_owner). A noun that can
speak keeps its words ("the first candidate to say" is the subject's by the predicate rule; a
person hired "to argue" argues), and a relative clause with a subject of its own is unchanged.
"""

from __future__ import annotations

import pytest

from .helpers import MODEL_IDS, MODELS, quotes_per_text
from .helpers import one_quote as _row
from .helpers import speaker_text as _speaker


# (text, words of the quote, the speaker's words)
INFINITIVES = [
    ("The mayor went out of her way to say that the new budget was \"balanced and fair to "
     "every neighborhood.\"", "balanced and fair", "The mayor"),
    ("The brewery is taking pains to say it is \"not endorsing any candidate in this race.\"",
     "not endorsing any candidate", "The brewery"),
    ("Governor Alma Reyes went out of her way to say the storm response had been \"far too "
     "slow in the river towns.\"", "far too slow", "Alma Reyes"),
]
# the noun before the infinitive, or the clause's own subject, speaks: unchanged
KEPT = [
    ("She was the first candidate to say that the tax plan was \"dead on arrival.\"",
     "dead on arrival", "She"),
    ("The union hired a lawyer to argue that the new rule was \"plainly unlawful.\"",
     "plainly unlawful", "a lawyer"),
    ("Nothing in the report the auditor said was \"a serious breach\" had been fixed, the "
     "chairman said.", "a serious breach", None),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
@pytest.mark.parametrize("text,words,speaker", INFINITIVES)
def test_infinitive_on_a_noun_speaks_for_the_verbs_subject(model, text, words, speaker):
    quotes = quotes_per_text([text], model=model)[0]
    got = _speaker(_row(quotes, words))
    assert got is not None and speaker in got, got


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
@pytest.mark.parametrize("text,words,speaker", KEPT)
def test_speaking_noun_or_own_subject_unchanged(model, text, words, speaker):
    quotes = quotes_per_text([text], model=model)[0]
    got = _speaker(_row(quotes, words))
    if speaker is None:
        assert got is None or "auditor" in got or "chairman" in got, got
    else:
        assert got is not None and speaker in got, got
