"""A speaker phrase never ends inside a bracket it opens (analysis.engine.quotes.speakers
._before_open_bracket): "The Confederation of British Industry (CBI) warned …" names "The
Confederation of British Industry", not "… Industry (CBI" (the closing bracket was trimmed as
punctuation), on both models; a phrase whose brackets are closed keeps them."""

from __future__ import annotations

import pytest

from .helpers import MODEL_IDS, MODELS, quotes_per_text

OPEN = [
    ("The Confederation of British Industry (CBI) warned that energy costs were rising.",
     "The Confederation of British Industry"),
    ("The Office for National Statistics (ONS), which compiles the figures, said prices fell "
     "in March.", "The Office for National Statistics"),
    ("The National Farmers Union (NFU) said that the dry spring had cut yields.",
     "The National Farmers Union"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_no_speaker_ends_inside_an_open_bracket(model):
    texts = [t for t, _ in OPEN]
    for (text, speaker), quotes in zip(OPEN, quotes_per_text(texts, model)):
        assert len(quotes) == 1, text
        got = quotes.iloc[0]["speaker"]
        assert got == speaker, (text, got)
        assert got.count("(") == got.count(")")


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_closed_bracket_is_kept(model):
    text = "Senator Jane Ruiz (D-Ohio) said the bill would fail."
    quotes, = quotes_per_text([text], model)
    assert len(quotes) == 1
    assert quotes.iloc[0]["speaker"].startswith("Jane Ruiz") or \
        quotes.iloc[0]["speaker"].startswith("Senator Jane Ruiz")
