"""Quote span boundaries (issue 25): a quote is as long as the words the reporter gives one
speaker, not one quote per paragraph of it.

Class: a quote running over several paragraphs, each new paragraph re-opening the quotation
marks (“A¶“B … ,” she said). The engine found one quoted segment per paragraph and gave the
later ones the first one's speaker, so one attribution came out as several quotes, each too short
a part of the whole to match it (PolNeAR train: a spurious quote, and the whole quote only partly
found). Rule (:func:`analysis.engine.quotes.joins.join_quote_chains`): the segments of one
multi-paragraph quote with the same speaker are one quote, with the cue of the segment that has
one; a segment with a cue of its own after one that has a cue too stays its own quote. Each case
holds on both models (the cases through :func:`tests.helpers.quoted` run on the default model;
run them once more with ``ANALYSIS_SPACY_MODEL=../shared/models/en_news_sm-3.8.0``; the
end-to-end case runs both)."""

from __future__ import annotations

import pytest

from analysis import analyze, config

from .helpers import quoted

MODELS = [None, str(config.shared_dir() / "models" / "en_news_sm-3.8.0")]
MODEL_IDS = ["en_core_web_sm", "en_news_sm"]

CUE_AT_THE_END = (
    "The council met on Monday night to discuss the closed bridge.\n\n"
    "“We will rebuild the bridge before the winter comes. The money is there and the "
    "contracts are signed.\n\n"
    "“Nobody in this town should have to drive an hour to get to work,” Mayor Ana Ruiz said.")
COLON_FIRST = (
    "Mayor Ana Ruiz told the council on Monday: “We will rebuild the bridge before the "
    "winter comes.\n\n"
    "“The money is there and the contracts are signed.\n\n"
    "“Nobody in this town should have to drive an hour to get to work.”\n\n"
    "The council meets again next week.")
INTERRUPTED = (
    "“We will rebuild the bridge before the winter comes,” Mayor Ana Ruiz said. “The money "
    "is there and the contracts are signed.\n\n"
    "“Nobody in this town should have to drive an hour to get to work.”")


def _one_quote_over(text: str, first: str, last: str):
    found = [row for row in quoted(text) if first in row[0] or last in row[0]]
    assert len(found) == 1, quoted(text)
    quote, kind, who, _ = found[0]
    assert first in quote and last in quote
    return quote, kind, who


@pytest.mark.parametrize("text", [CUE_AT_THE_END, COLON_FIRST])
def test_a_multi_paragraph_quote_is_one_quote(text):
    quote, kind, who = _one_quote_over(text, "We will rebuild", "drive an hour to get to work")
    assert kind == "direct" and who is not None and "Ruiz" in who
    assert "council meets" not in quote


def test_an_interrupted_quote_keeps_its_first_side_and_joins_the_rest():
    rows = quoted(INTERRUPTED)
    assert [q for q, *_ in rows] == [
        "We will rebuild the bridge before the winter comes",
        ("The money is there and the contracts are signed.\n\n“Nobody in this town should have "
         "to drive an hour to get to work.")], rows
    assert all(who is not None and "Ruiz" in who for _, _, who, _ in rows)


def test_paragraphs_with_a_cue_each_stay_two_quotes():
    text = ("Mayor Ana Ruiz said on Monday: “We will rebuild the bridge before the winter "
            "comes.\n\n“The money is there and the contracts are signed,” she added.")
    rows = quoted(text)
    assert [q for q, *_ in rows] == ["We will rebuild the bridge before the winter comes.",
                                     "The money is there and the contracts are signed"], rows


def test_paragraphs_of_two_speakers_stay_two_quotes():
    text = ("“We will rebuild the bridge before the winter comes,” Mayor Ana Ruiz said.\n\n"
            "“The money is simply not there for a new bridge this year,” said the treasurer, "
            "Tom Webb.")
    rows = quoted(text)
    assert len(rows) == 2 and "Ruiz" in rows[0][2] and "Webb" in rows[1][2], rows


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_one_row_per_multi_paragraph_quote_in_the_quotes_table(model):
    corpus = analyze([CUE_AT_THE_END, COLON_FIRST], model=model, progress=False)
    quotes = corpus.quotes
    assert len(quotes) == 2, quotes[["quote", "speaker"]]
    for row in quotes.itertuples():
        assert row.quote.startswith("We will rebuild") and "drive an hour" in row.quote
        assert row.speaker_actor == "Ana Ruiz" and row.kind == "direct"
