"""Session 25 (helper s30-speakers, issue 25: wrong speakers on PolNeAR): a report told in a
relative clause at the end of another report ("criticised X's handling of the data, which an
inquiry said was “…”") is a quote of its own, with its own speaker, and the outer report ends
before it (quotes/relative_reports.py). Before, the inner report was dropped as nested and the
outer quote ran on over it, so the inner words went to the outer speaker.

Negative cases: a relative clause in the middle of the outer content ("the offer, which the firm
described as final, was an insult", "a man, who an officer said was armed, attacked …"), a
circumstance ("in cases where common sense made clear …", "at a time when many party members
were asking …") and a label ("his rival, whom he called a “…”") leave the outer report whole. Sentences of our own, both models.
"""

from __future__ import annotations

import pytest

from .helpers import MODEL_IDS, MODELS, one_quote, quotes_per_text, speaker_text

# (text, words of the inner report, its speaker, words of the outer report, its speaker)
SPLIT = [
    ("Hale, the former chief constable, criticised the minister's handling of the data, which "
     "an official inquiry said was \"deeply careless\" but not criminal.",
     "deeply careless", "an official inquiry", "handling of the data", "Hale"),
    ("The mayor denounced the council's spending on the new bridge, which the city auditor said "
     "had been badly costed from the start.",
     "badly costed", "the city auditor", "spending on the new bridge", "The mayor"),
]

# (text, words of the outer report, its speaker, the words its quote still holds)
WHOLE = [
    ("The union said the offer, which the firm described as final, was an insult to its "
     "members.", "was an insult", "The union", "which the firm described"),
    ("Police said a man, who an officer said was armed, attacked the guard on Monday.",
     "attacked the guard", "Police", "who an officer said"),
    # circumstances (where / when), a label verb: no report of their own
    ("The senator said he was open to taking some refugees in cases where common sense made "
     "clear that they posed no risk.", "open to taking", "The senator", "where common sense"),
    ("Mr Hale said he had begun to expose his rival, whom he called a \"reckless con artist\" "
     "on Monday.", "begun to expose", "Mr Hale", "whom he called"),
    ("The think tank urged the leader to stay in the race, at a time when many party members "
     "were asking him to step aside.", "stay in the race", "The think tank",
     "when many party members"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_relative_clause_report_ending_another_is_its_own_quote(model):
    for (text, inner, inner_speaker, outer, outer_speaker), quotes in zip(
            SPLIT, quotes_per_text([c[0] for c in SPLIT], model)):
        row = one_quote(quotes, inner)
        assert speaker_text(row) == inner_speaker, (text, row.to_dict())
        row = one_quote(quotes, outer)
        assert speaker_text(row) == outer_speaker, (text, row.to_dict())
        assert inner not in row["quote"], (text, row.to_dict())


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_relative_clause_inside_the_report_leaves_it_whole(model):
    for (text, words, speaker, held), quotes in zip(
            WHOLE, quotes_per_text([c[0] for c in WHOLE], model)):
        row = one_quote(quotes, words)
        assert speaker_text(row) == speaker, (text, row.to_dict())
        assert held in row["quote"], (text, row.to_dict())
