"""Session 24's quote-by-quote audit of 40 fresh BBC articles (helper s29-audit,
``benchmarks/audits/audit-sample-s29.txt``): the class it found that a reader resolves without
doubt and that PolNeAR does not annotate the other way. Sentences of our own, both models.

* The second reference after a news lead: a role epithet opening the article's second
  paragraph ("… ¶ The Fulham midfielder hired Grant two years ago and says …") re-describes the
  subject of the lead's main verb when every other person the lead names carries a role noun
  of their own (epithets._lead_subject). The discourse rules had left it unnamed when the
  other person is named often further on. Negative cases: another person named bare in the
  lead; the epithet's noun held by the other person; a gendered noun that does not fit.

The audit's other recurring class, non-speech senses of cue verbs ("has agreed to buy",
"announced plans to cut", "declined to say whether", "did not say if"), is left: PolNeAR's gold
annotates the same constructions (train: 49 of 64 "announced + noun phrase", 18 of 33 "agreed
to + verb", 51 of 53 "declined/refused to comment …", 11 of 18 "did not say …" are gold cues),
so a rule would lose matched quotes. See NOTES-s29-audit.md.
"""

from __future__ import annotations

import pytest

from .helpers import MODEL_IDS, MODELS, one_quote, quotes_per_text

_LATER = (" Grant, who is now as well known for his television work as his cooking, said he "
          "would open the restaurant anyway. Grant said: \"No court will stop me.\" Grant added "
          "that the new restaurant would open in May.")

LEADS = [
    ("Premiership footballer and restaurant owner Dean Carter has won a court order stopping "
     "chef Paul Grant from opening a rival restaurant.\n\nThe Fulham midfielder hired Grant two "
     "years ago and says he spent thousands of pounds on his training." + _LATER,
     "he spent thousands", "Dean Carter"),
]

UNCHANGED = [
    # another person named bare in the lead: who the epithet is stays open
    ("Dana Cole has filed a lawsuit for libel against Mark Lowe and his partner Sam Hurst "
     "following their claims that they sold her banned supplements.\n\nThe former world champion "
     "says the claims damaged her reputation and she is seeking $10m in the suit. Hurst, whose "
     "firm is being investigated by the police, made the claims in a radio interview. In a "
     "statement on Monday, Hurst said: \"I stand by every word.\" Hurst is due in court in June.",
     "the claims damaged her reputation", None),
    ("Hillary Clinton attacked Donald Trump over his tax plans on Monday.\n\nThe New York "
     "businessman said the plans would create millions of jobs. Trump has said he would cut "
     "taxes for every family. Trump added: \"We will win big.\" Trump is due to speak in Ohio on "
     "Friday.", "the plans would create millions", None),
]


def _check(cases, model):
    for (text, words, actor), quotes in zip(cases, quotes_per_text([t for t, _, _ in cases],
                                                                   model)):
        row = one_quote(quotes, words)
        got = row["speaker_actor"] if isinstance(row["speaker_actor"], str) else None
        assert got == actor, (text, row.to_dict())


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_an_epithet_opening_the_second_paragraph_is_the_leads_subject(model):
    _check(LEADS, model)
    for (text, words, _), quotes in zip(LEADS, quotes_per_text([t for t, _, _ in LEADS], model)):
        assert one_quote(quotes, words)["speaker_type"] == "person", text


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_an_epithet_after_a_lead_naming_someone_bare_stays_unnamed(model):
    _check(UNCHANGED, model)


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_the_epithets_noun_held_by_another_person_of_the_lead_is_theirs(model):
    text = ("Premiership footballer and restaurant owner Dean Carter has won a court order "
            "stopping chef Paul Grant from opening a rival restaurant.\n\nThe Fulham chef hired "
            "staff two years ago and says he spent thousands of pounds on their training." + _LATER)
    row = one_quote(quotes_per_text([text], model)[0], "he spent thousands")
    assert row["speaker_actor"] != "Dean Carter", row.to_dict()
