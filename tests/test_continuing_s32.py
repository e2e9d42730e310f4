"""Session 27 (helper s32-missed): missed quotes of PolNeAR read by class. Sentences of our own,
both models.

* A reported sentence carried on after its cue set off by commas by a clause that a
  ``continuing_conjunctions`` word opens ("The levy is unfair, the farmers argue, because it
  falls on the smallest growers"): the parsers hang the clause on the cue verb, and the quote
  stopped at the cue's comma; it is now the whole sentence, cue included, as for the
  parenthetical cues and the "…, a spokeswoman said, and …" continuation
  (parenthetical._continuing_clause).

* A set-off cue whose speaker the parser left loose: a lone quantifier hung on the verb as a
  modifier ("That approach, many argue, could cost …") or two noun phrases joined by "and" hung
  on the noun before the comma ("The source of the anger, farmers and shop owners say, is …"):
  the whole sentence is the quote, as for any parenthetical cue (parenthetical._surface_subject).
* A cue set off between a "so"/"such" clause and the that-clause of its result ("The scheme is
  so costly, the minister said, that it may never be finished"): the whole sentence, not only
  the result the parsers hang on the verb (parenthetical.result_around).

Negative cases: a direct quote before the cue stays the words inside its marks; a clause whose
verb is a speech verb ("…, the captain said, because he told the crew …") is a report of its
own and stays out; "said the scheme was so costly that …" (no cue set off) stays the reported
clause alone; a set-off verb with no speaker phrase ("The figures, first reported in May,
show …") is no cue.
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


LOOSE = [
    ("The source of the anger, farmers and shop owners say, is the new fuel tax.",
     "The source of the anger", "is the new fuel tax", "farmers and shop owners"),
]
# en_news_sm tags "argue" in "many argue" a noun: no cue there; the official model only
LOOSE_OFFICIAL = [
    ("That approach, many argue, could cost the party the next election.",
     "approach", "the next election", "many"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_set_off_cue_with_a_loose_speaker_is_parenthetical(model):
    cases = LOOSE + (LOOSE_OFFICIAL if model is None else [])
    found = quotes_per_text([t for t, *_ in cases], model)
    for (text, start, end, speaker), quotes in zip(cases, found):
        hits = quotes[quotes["quote"].str.contains(start, regex=False)]
        assert len(hits) == 1, (text, list(quotes["quote"]))
        assert end in hits["quote"].iloc[0], (text, list(hits["quote"]))
        assert hits["speaker"].iloc[0] == speaker, (text, list(hits["speaker"]))


RESULTS = [
    ("The scheme is so costly, the minister said, that it may never be finished.",
     "The scheme is so costly", "never be finished"),
    ("The queue was such a mess, one shopper complained, that people gave up and went home.",
     "The queue was such a mess", "went home"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_cue_between_so_and_its_result_reports_the_whole_sentence(model):
    found = quotes_per_text([t for t, _, _ in RESULTS], model)
    for (text, start, end), quotes in zip(RESULTS, found):
        hits = [q for q in quotes["quote"] if start in q]
        assert len(hits) == 1, (text, list(quotes["quote"]))
        assert end in hits[0], (text, hits)


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_no_set_off_cue_no_whole_sentence(model):
    texts = ["The minister said the scheme was so costly that it may never be finished.",
             "The figures, first reported in May, show a fall in sales."]
    found = quotes_per_text(texts, model)
    assert list(found[0]["quote"]) == ["the scheme was so costly that it may never be finished"]
    assert not any("figures" in q for q in found[1]["quote"]), list(found[1]["quote"])
