"""Spurious quotes in scraped web text, issue 25 class 1, session 18: pull quotes.

A page prints a line of the story's own quote again as a display line (a *pull quote*), above
or below the paragraph where someone says it. The engine read that line as a second, cueless
quote (with the speaker of the paragraph before). Now a line that is wholly one quotation and
opens with the opening words of another quotation of the article counts as page furniture
(analysis.engine.quotes.furniture._pull_quotes). The story's quote keeps its cue and speaker.
Real quotes on their own lines stay: a quote that repeats nothing, the next paragraph of a quote
left open, and two quotes that share only their first two words.
"""

from __future__ import annotations

import pytest

from .helpers import MODEL_IDS, MODELS, quotes_per_text

# (text, words of the repeated quote, its speaker): one quote only, with its cue
PULLED = [
    ("“We will not let this town be forgotten,” said the mayor, Joan Ferris, at the rally. "
     "“Help is coming.”\n\n“We will not let this town be forgotten”\n\nThe council has set "
     "aside £2m for repairs.", "We will not let this town", "Joan Ferris"),
    # the paragraph before goes on after its quote
    ("“The roof could have come down on anyone,” said Tom Reyes, who lives next door, as he "
     "swept up the glass.\n\n“The roof could have come down on anyone”\n\nThe building has "
     "been fenced off.", "The roof could have come down", "Tom Reyes"),
    # the display line before the paragraph, straight marks, a full stop after the mark
    ("\"The wards have never been this full.\"\n\nThe hospital has opened two extra wards this "
     "winter.\n\n\"The wards have never been this full. We are doing our best,\" said Dr Amir "
     "Khan, who runs the emergency department.", "The wards have never been", "Amir Khan"),
]

# real quotes on lines of their own: the words of every quote stay in a quote
KEPT = [
    # a floating quote that repeats nothing
    ("Sara Lind, 34, has run the bakery for ten years. She said trade had fallen by half.\n\n"
     "“I have never seen a winter like this one.”\n\nThe bakery will close in March.",
     ["I have never seen a winter"]),
    # the next paragraph of a quote left open, repeating its first words
    ("“We will rebuild the bridge,” the engineer said. “We will rebuild it stronger than "
     "before, and we will do it by the spring.\n\n“We will rebuild the bridge in steel, not "
     "wood, so it lasts another century.”", ["We will rebuild the bridge", "We will rebuild "
     "it stronger", "We will rebuild the bridge in steel"]),
    # two quotes opening with the same two words only
    ("“We need more nurses,” said Ruth Obi, a ward sister.\n\n“We need a new hospital in this "
     "town.”\n\nHer colleague agreed.", ["We need more nurses", "We need a new hospital"]),
]


def _count(quotes, words: str) -> int:
    return int(quotes["quote"].str.contains(words, regex=False).sum())


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_pull_quote_repeating_the_storys_quote_is_no_second_quote(model):
    found = quotes_per_text([t for t, *_ in PULLED], model)
    for (text, words, speaker), quotes in zip(PULLED, found):
        rows = quotes[quotes["quote"].str.startswith(words)]
        assert len(rows) == 1, (text, quotes[["quote", "cue", "speaker"]].to_dict("records"))
        assert rows["cue"].iat[0] == "said", rows.iloc[0].to_dict()
        assert speaker in (rows["speaker"].iat[0] or ""), rows.iloc[0].to_dict()


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_quotes_on_lines_of_their_own_that_repeat_nothing_stay(model):
    found = quotes_per_text([t for t, _ in KEPT], model)
    for (text, starts), quotes in zip(KEPT, found):
        for words in starts:
            assert _count(quotes, words) >= 1, (
                text, words, quotes[["quote", "cue", "speaker"]].to_dict("records"))
