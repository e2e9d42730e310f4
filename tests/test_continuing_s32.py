"""Session 27 (helper s32-missed): missed quotes of PolNeAR read by class. Sentences of our own,
both models.

* A reported sentence carried on after its cue set off by commas by a clause that a
  ``continuing_conjunctions`` word opens ("The levy is unfair, the farmers argue, because it
  falls on the smallest growers"): the parsers hang the clause on the cue verb, and the quote
  stopped at the cue's comma; it is now the whole sentence, cue included, as for the
  parenthetical cues and the "…, a spokeswoman said, and …" continuation
  (parenthetical._continuing_clause).

Negative cases: a direct quote before the cue stays the words inside its marks; a clause whose
verb is a speech verb ("…, the captain said, because he told the crew …") is a report of its
own and stays out.
"""

from __future__ import annotations

import pytest

from .helpers import MODEL_IDS, MODELS, quotes_per_text

Q = "\u201c{}\u201d"

CONTINUED = [
    ("There is no risk of a strike this winter, union leaders insist, because the talks with "
     "the board have gone well.", "There is no risk of a strike", "the talks with the board"),
    ("The levy is unfair, the farmers argue, because it falls on the smallest growers.",
     "The levy is unfair", "falls on the smallest growers"),
    ("The rebuilding plan is sound, the mayor said on Monday, because the money is already in "
     "the bank.", "The rebuilding plan is sound", "already in the bank"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_clause_after_the_cue_carries_the_report_on(model):
    found = quotes_per_text([t for t, _, _ in CONTINUED], model)
    for (text, start, end), quotes in zip(CONTINUED, found):
        hits = [q for q in quotes["quote"] if start in q]
        assert len(hits) == 1, (text, list(quotes["quote"]))
        assert end in hits[0], (text, hits)


KEPT = [
    (Q.format("The scheme works well,") + " the mayor said, because the residents like it.",
     "The scheme works well", "residents"),
    ("The ferry will not sail, the captain said, because he told the crew to stay ashore.",
     "The ferry will not sail", "stay ashore"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_direct_quote_or_a_report_after_the_cue_stays_out(model):
    found = quotes_per_text([t for t, _, _ in KEPT], model)
    for (text, start, outside), quotes in zip(KEPT, found):
        hits = [q for q in quotes["quote"] if start in q]
        assert len(hits) == 1, (text, list(quotes["quote"]))
        assert outside not in hits[0], (text, hits)
