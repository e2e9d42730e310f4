"""Speakers of shares and groups set side by side (issue 25, speaker class A: group and
described speakers), news-style sentences written for the rule, on both shared models.

A speech verb after a ``contrast_conjunctions`` word ("A agreed that …, while 73 percent said
the same of B") is a report of its own (analysis.engine.quotes.cues): neither the inverted cue
of the clause before it ("<clause>, analysts say") — which gave the first share's words to the
second share — nor a part of that clause's content. An inverted cue after a comma and a
parenthetical "as" clause keep their content.
"""

from __future__ import annotations

import pytest

from analysis import config

from .helpers import quotes_per_text

MODELS = [None, str(config.shared_dir() / "models" / "en_news_sm-3.8.0")]
MODEL_IDS = ["en_core_web_sm", "en_news_sm"]

# (text, the first report's words, their speaker): the words alone, with their own speaker
CONTRASTED = [
    ("Only 52 percent of registered voters agreed that the mayor is in good health, while 73 "
     "percent said the same of her rival.", "the mayor is in good health",
     "Only 52 percent of registered voters"),
    ("Only 52 percent of registered voters agreed that Clinton is in good health, while 73 "
     "percent said the same of Trump.", "Clinton is in good health",
     "Only 52 percent of registered voters"),
    ("Most of the residents said the new bridge had made the commute shorter, whereas a third "
     "of shop owners said it had hurt their trade.", "the new bridge had made the commute "
     "shorter", "Most of the residents"),
]
# an inverted cue is still the cue of the clause before it
INVERTED = [
    ("The economy will grow next year, the minister said.", "The economy will grow next year",
     "the minister"),
    ("The economy will grow next year, as the minister said on Monday.",
     "The economy will grow next year", "the minister"),
]
TEXTS = [text for group in (CONTRASTED, INVERTED) for text, _, _ in group]


@pytest.fixture(scope="module", params=MODELS, ids=MODEL_IDS)
def found(request):
    return dict(zip(TEXTS, quotes_per_text(TEXTS, request.param)))


@pytest.mark.parametrize("text, words, speaker", CONTRASTED,
                         ids=["while-mayor", "while-clinton", "whereas"])
def test_a_report_after_while_is_a_clause_of_its_own(found, text, words, speaker):
    rows = found[text]
    hits = rows[rows["quote"].str.contains(words, regex=False)]
    assert list(zip(hits["quote"], hits["speaker"])) == [(words, speaker)], \
        list(zip(rows["quote"], rows["speaker"]))


@pytest.mark.parametrize("text, words, speaker", INVERTED, ids=["comma", "as"])
def test_an_inverted_cue_keeps_the_clause_before_it(found, text, words, speaker):
    rows = found[text]
    assert list(zip(rows["quote"], rows["speaker"])) == [(words, speaker)]
