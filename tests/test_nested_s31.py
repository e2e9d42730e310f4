"""Session 26 (helper s31-nested, issue 25: nested attributions on PolNeAR): a saying
coordinated inside another cue's reported clause, with that clause's own subject, is reported
by the outer cue's speaker ("Aides said the senator met the donors and told them the bill was
dead": "the bill was dead" is the aides' report; quotes/reported_conjuncts.py). Before, it was
a quote of the senator's. The two contents stay two quotes.

Negative cases: the same speaker reporting his own telling ("said she told reporters that …"),
a passive of being told ("said the plant was told …"), a content with no cue of its own ("said
the driver lost control … and hit a wall"), a report with a subject of its own after "and"
("…, and her deputy said …"), the reporter's own next act ("said he would order a review and
warned that …"), share phrases ("Two in five said A and one in six said B") and a conjunct's
direct quote ("Ms Hale bristled and said, “No comment,” the Courier reported") keep their
quotes and speakers. Sentences of our own, both models.
"""

from __future__ import annotations

import pytest

from .helpers import MODEL_IDS, MODELS, one_quote, quotes_per_text, speaker_text

# (text, words of the first conjunct, words of the coordinated saying, the outer speaker)
OUTER = [
    ("Aides said the senator met the donors on Friday and told them the bill was dead.",
     "met the donors", "the bill was dead", "Aides"),
    ("Two officials said the envoy visited the camp last week and warned that food would run "
     "out by May.", "visited the camp", "food would run out", "Two officials"),
    ("Witnesses said the driver stopped the van near the school and shouted that he had a "
     "bomb.", "stopped the van", "he had a bomb", "Witnesses"),
    ("The report says the company cut its prices in March and claimed that rivals had done the "
     "same.", "cut its prices", "rivals had done the same", "The report"),
]

# (text, [(words of a quote, its speaker)]): every quote as before
KEPT = [
    ("The mayor said she told reporters that the budget was balanced.",
     [("she told reporters that the budget was balanced", "The mayor")]),
    ("The minister said the plant was told it would close in March.",
     [("the plant was told it would close", "The minister")]),
    ("Police said the driver lost control of the van and hit a wall.",
     [("lost control of the van and hit a wall", "Police")]),
    ("Ms Ruiz said the plan was sound, and her deputy said it was too costly.",
     [("the plan was sound", "Ms Ruiz"), ("it was too costly", "her deputy")]),
    ("The chief executive said he would order a review and warned that jobs could go.",
     [("he would order a review", "The chief executive"),
      ("jobs could go", "The chief executive")]),
    ("Two in five said the economy was improving and one in six said it was getting worse.",
     [("the economy was improving", "Two in five"), ("it was getting worse", "one in six")]),
]

# (text, quoted words, their speaker): a conjunct's direct quote stays its own speaker's
DIRECT = [
    ("When asked about the donors, Ms Hale \"bristled\" and said, \"No comment,\" the Courier "
     "reported.", "No comment", "Ms Hale"),
    ("When asked about the vote, the senator bristled and said, \"I have nothing to add,\" the "
     "Herald reported.", "I have nothing to add", "the senator"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_saying_coordinated_inside_a_report_is_the_outer_speakers(model):
    for (text, first, inner, speaker), quotes in zip(
            OUTER, quotes_per_text([c[0] for c in OUTER], model)):
        assert len(quotes) == 2, (text, list(quotes["quote"]))
        for words in (first, inner):
            row = one_quote(quotes, words)
            assert speaker_text(row) == speaker, (text, row.to_dict())


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_other_reports_inside_and_after_a_report_keep_their_quotes(model):
    for (text, expected), quotes in zip(KEPT, quotes_per_text([c[0] for c in KEPT], model)):
        assert len(quotes) == len(expected), (text, list(quotes["quote"]))
        for words, speaker in expected:
            row = one_quote(quotes, words)
            assert speaker_text(row) == speaker, (text, row.to_dict())


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_quoted_saying_inside_a_report_stays_its_speakers(model):
    for (text, words, speaker), quotes in zip(
            DIRECT, quotes_per_text([c[0] for c in DIRECT], model)):
        row = one_quote(quotes, words)
        assert speaker_text(row) == speaker, (text, row.to_dict())
