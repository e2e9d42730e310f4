"""Speakers, issue 25, session 18 (branch s18-speakers).

The one an *of* phrase names right before a speech participle speaks ("a video of the police
chief saying …", "reminds me of Abraham Lincoln saying …", "footage of Senator X asking, “…”"),
wherever the parser hung the participle: on the media noun, on the main verb (it then gave the
words to the main clause's subject, the one who released or aired them, or to nobody)
(analysis.engine.quotes.subjects._of_object_before_participle). Not when the *of* phrase hangs
on a noun that can speak ("Members of the union saying …"), counts people ("62 percent of
voters saying …", "The proportion of GOP voters saying …") or a comma sets the participle off ("accused the head of the agency of lying,
saying …": the subject's words).
"""

from __future__ import annotations

import pytest

from .helpers import MODEL_IDS, MODELS, quotes_per_text
from .helpers import one_quote as _row
from .helpers import speaker_text as _speaker

# (text, words of the quote, the speaker's words, the cue)
OF_PARTICIPLE = [
    ("The new ad uses footage of Senator Mary Holt asking, “Why are we still paying for this "
     "bridge to nowhere?”", "Why are we still paying", "Mary Holt", "asking"),
    ("The governor reminds me of Abraham Lincoln saying that a house divided against itself "
     "cannot stand.", "a house divided", "Abraham Lincoln", "saying"),
    ("The mayor released a video of the police chief saying that the streets were safe again.",
     "the streets were safe", "the police chief", "saying"),
    ("Her rivals aired a clip of Governor Dan Price promising that property taxes would not "
     "rise this year.", "property taxes would not rise", "Dan Price", "promising"),
]
# the speaker the parse gives stays
KEPT = [
    ("The closures have left 62 percent of voters saying the state is on the wrong track.",
     "the state is on the wrong track", "voters"),
    ("The proportion of GOP primary voters saying they want a ban on new arrivals rose to 60 "
     "percent.", "they want a ban", "The proportion of GOP primary voters"),
    ("He accused the head of the agency of lying, saying the numbers had been changed.",
     "the numbers had been changed", "He"),
    ("The senator released a statement saying the bill was dead for this session.",
     "the bill was dead", "The senator"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_the_one_an_of_phrase_names_before_a_speech_participle_speaks(model):
    found = quotes_per_text([t for t, *_ in OF_PARTICIPLE], model)
    for (text, words, speaker, verb), quotes in zip(OF_PARTICIPLE, found):
        row = _row(quotes, words)
        assert speaker in (_speaker(row) or ""), (text, row.to_dict())
        assert row["cue"].split()[0] == verb, (text, row.to_dict())


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_shares_commas_and_authors_keep_their_speaker(model):
    found = quotes_per_text([t for t, *_ in KEPT], model)
    for (text, words, speaker), quotes in zip(KEPT, found):
        row = _row(quotes, words)
        assert speaker in (_speaker(row) or ""), (text, row.to_dict())
