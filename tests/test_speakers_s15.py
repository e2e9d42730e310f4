"""Wrong speakers (issue 25, speaker accuracy), session 15.

1. A present-tense cue verb the parser coordinated with the verb of a reported clause whose
   subject it cannot agree with in number ("Nurses say the director ignores … and **insist**
   that …") is said by the subject of the verb reporting that clause, the one it agrees with
   (analysis.engine.quotes.agreement.agreeing_governor_subject, used by
   analysis.engine.quotes.subjects.inherited_subject). A verb that agrees with the reported
   clause's subject, a past tense, or a base form that may share a modal, and a collective
   subject that British English lets take a plural verb ("the council say"), keep the reported
   clause's subject.
"""

from __future__ import annotations

import pytest

from .helpers import MODEL_IDS, MODELS, quotes_per_text
from .helpers import one_quote as _row
from .helpers import speaker_text as _speaker

# (text, words of the quote, the speaker's words)
DISAGREEING = [
    ("Nurses say the hospital director ignores their complaints and insist that the wards "
     "are unsafe at night.", "the wards are unsafe", "Nurses"),
    ("Local farmers fear that Mayor Smith has ignored the drought and warn that the harvest "
     "will fail this year.", "the harvest will fail", "farmers"),
    ("Some economists believe the minister has lost control of spending and argue that taxes "
     "must rise next year.", "taxes must rise", "economists"),
    ("Analysts say the chief executive has misjudged the market and warn that profits will "
     "fall sharply.", "profits will fall", "Analysts"),
    ("The director says the nurses ignore the new rules and insists that the wards are safe.",
     "the wards are safe", "director"),
]
# the verb agrees with the reported clause's subject, or tells nothing: that subject keeps it
AGREEING = [
    # the same number: the reported clause's subject may be the one who argues
    ("Parents say the teachers have worked hard all year and argue that the school deserves "
     "more money.", "the school deserves more", "teachers"),
    ("The mayor says Ms Grant has resigned and admits that the office needs new leaders.",
     "the office needs new leaders", "Grant"),
    # a base form that may share the modal
    ("Doctors say the minister will cut the budget and warn that patients will suffer.",
     "patients will suffer", "minister"),
    # a past tense has no number
    ("Residents said Ms Lane ignored the leak for months and insisted that the flat was safe.",
     "the flat was safe", "Lane"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_coordinated_verb_that_cannot_agree_takes_the_reporting_verbs_subject(model):
    found = quotes_per_text([t for t, *_ in DISAGREEING], model)
    for (text, words, speaker), quotes in zip(DISAGREEING, found):
        row = _row(quotes, words)
        assert speaker in (_speaker(row) or ""), (text, row.to_dict())


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_coordinated_verb_that_agrees_keeps_the_reported_clauses_subject(model):
    found = quotes_per_text([t for t, *_ in AGREEING], model)
    for (text, words, speaker), quotes in zip(AGREEING, found):
        row = _row(quotes, words)
        assert speaker in (_speaker(row) or ""), (text, row.to_dict())


def test_verb_number_and_disagreement():
    from analysis.engine.quotes.agreement import disagrees, verb_number
    from analysis.engine.quotes.subjects import noun_class

    from .helpers import parse

    doc = parse("The council say the developer ignores the rules and insist that it stops.")
    insist = next(t for t in doc if t.lower_ == "insist")
    council = next(t for t in doc if t.lower_ == "council")
    assert verb_number(insist) == "plur"
    # a collective may take a plural verb (British English)
    assert not disagrees(council, "plur", noun_class)
    doc = parse("Officials said the plan will fail and warn that costs will rise.")
    officials = next(t for t in doc if t.lower_ == "officials")
    assert disagrees(officials, "sing", noun_class)
    assert not disagrees(officials, "plur", noun_class)
