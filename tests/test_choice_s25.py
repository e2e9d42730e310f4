"""Session 21 (helper s25-choice): quotes whose cue is right but whose speaker is not — the
speaker choice for a cue the engine found. Sentences of our own, both models.

* A to-infinitive on the direct object of a verb of offering ("Her seat on the council offers
  Ms. Patel a platform to keep speaking out about …", "The festival gave the young poet a
  chance to say …") speaks for the indirect object, who is given the chance, not for the
  verb's subject (subjects._offered_recipient). Negative cases: "gave a speech to say …" (no
  indirect object) and "took pains to say …" keep the subject.
"""

from __future__ import annotations

import pytest

from .helpers import MODEL_IDS, MODELS, one_quote, quotes_per_text, speaker_text

OFFERED = [
    ("Her seat on the council offers Ms. Patel a platform to keep speaking out about housing.",
     "housing", "Patel"),
    ("The festival gave the young poet a chance to say that the city had ignored its artists.",
     "the city had ignored", "poet"),
    ("The hearing offered residents an opportunity to argue that the road was unsafe.",
     "the road was unsafe", "residents"),
]

KEPT = [
    ("The union gave a speech to say that the strike would go on.", "the strike would go on",
     "union"),
    ("The mayor took pains to say that the plan was not final.", "the plan was not final",
     "mayor"),
    ("The minister said the scheme would give families a chance to save.",
     "the scheme would give", "minister"),
]


def _check(cases, model) -> None:
    """The one quote holding ``words`` in each case has ``who`` in its speaker."""
    for (text, words, who), quotes in zip(cases, quotes_per_text([t for t, _, _ in cases],
                                                                 model)):
        row = one_quote(quotes, words)
        assert who in (speaker_text(row) or ""), (text, row.to_dict())


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_the_one_offered_the_chance_speaks(model):
    _check(OFFERED, model)


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_an_infinitive_without_a_recipient_keeps_its_subject(model):
    _check(KEPT, model)
