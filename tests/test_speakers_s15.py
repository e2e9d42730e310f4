"""Wrong speakers (issue 25, speaker accuracy), session 15.

1. A present-tense cue verb the parser coordinated with the verb of a reported clause whose
   subject it cannot agree with in number ("Nurses say the director ignores … and **insist**
   that …") is said by the subject of the verb reporting that clause, the one it agrees with
   (analysis.engine.quotes.agreement.agreeing_governor_subject, used by
   analysis.engine.quotes.subjects.inherited_subject). A verb that agrees with the reported
   clause's subject, a past tense, or a base form that may share a modal, and a collective
   subject that British English lets take a plural verb ("the council say"), keep the reported
   clause's subject.
2. A participle the parser hung on the addressee of a verb of writing or sending
   (``addressing_verbs``: "emailed supporters saying …", "sent a text message to supporters
   saying: …") is the sender's (analysis.engine.quotes.subjects.addressee_sender, also when the
   parser made the addressee the participle's subject); the object
   of another verb ("interviewed farmers saying …") and a noun the participle describes ("footage
   of protesters saying …") keep their own words.
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


# (text, words of the quote, the speaker's words)
ADDRESSEES = [
    ("The senator emailed supporters saying the fight would go on until June and beyond.",
     "the fight would go on", "senator"),
    ("Her campaign sent a text message to supporters saying: “We won tonight and we will win "
     "again in March.”", "We won tonight", "campaign"),
    # the parser may make the addressee the participle's subject
    ("The senator emailed supporters saying: “The struggle is not over” and vowing to compete "
     "in the final primary next week.", "The struggle is not over", "senator"),
    ("The mayor wrote to residents saying the road would reopen in May.",
     "the road would reopen", "mayor"),
]
# the participle describes the noun: its words
NOT_ADDRESSEES = [
    ("The network aired footage of protesters saying the vote was rigged.", "the vote was rigged",
     "protesters"),
    ("The station interviewed farmers saying the drought was the worst in memory.",
     "the drought was the worst", "farmers"),
    ("The paper quoted nurses saying the wards were unsafe at night.", "the wards were unsafe",
     "nurses"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_participle_on_the_addressee_of_a_message_is_the_senders(model):
    found = quotes_per_text([t for t, *_ in ADDRESSEES], model)
    for (text, words, speaker), quotes in zip(ADDRESSEES, found):
        row = _row(quotes, words)
        assert speaker in (_speaker(row) or ""), (text, row.to_dict())


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_next_participle_after_the_quoted_message_is_the_senders_too(model):
    (quotes,) = quotes_per_text([ADDRESSEES[2][0]], model)
    row = _row(quotes, "to compete in the final")
    assert "senator" in (_speaker(row) or ""), row.to_dict()


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_participle_on_a_noun_it_describes_keeps_the_noun(model):
    found = quotes_per_text([t for t, *_ in NOT_ADDRESSEES], model)
    for (text, words, speaker), quotes in zip(NOT_ADDRESSEES, found):
        row = _row(quotes, words)
        assert speaker in (_speaker(row) or ""), (text, row.to_dict())
