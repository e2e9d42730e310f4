"""Page furniture and labels are not speech (issue 25, classes 1 and 2).

Class 1 (analysis.engine.quotes.furniture): video and link titles inside a scraped article's
body ("WATCH: X slams …", "Watch: X says …", "READ MORE: …", "Related: …", "Click here …") and
a headline printed again as a line of its own (the first line again, or a short title-case line
before a paragraph) give no quote and no speaker.

Class 2 (analysis.engine.quotes.labels): the text of a sign, banner or placard, a name a group
gives something ("what critics call “…”", "the so-called “…”", "known as “…”") are no quotes; a
speaker's own words stay ("said she felt “…”", "what he called “…”").

Runs on both shared models (the model is passed to ``analyze``)."""

from __future__ import annotations

import pytest

from analysis import analyze, config
from analysis.engine.quotes.furniture import furniture_spans
from analysis.engine.quotes.labels import is_label
from analysis.engine.quotes.marks import find_quote_spans

MODELS = [None, str(config.shared_dir() / "models" / "en_news_sm-3.8.0")]
MODEL_IDS = ["en_core_web_sm", "en_news_sm"]

SCRAPED = """Council approves new bridge plan despite protests

The city council on Tuesday approved a $40 million plan to replace the Harbour Bridge, ending \
two years of debate over the crossing.

WATCH: Mayor Linda Park slams critics of bridge plan

"This bridge has carried our families for ninety years and it is time to give it a worthy \
successor," Park told reporters after the vote.

READ MORE: Residents say bridge closure will hurt local shops

Watch: Councillor Tom Reid says vote was rushed

Reid said the council had ignored the concerns of business owners on the waterfront.

Related: "We were never consulted," shop owners say

Council approves new bridge plan despite protests

Construction is expected to begin in the spring and to last three years, officials said.

Click here to read what residents say about the closure"""

# one line each, as scraped sites print them, between the paragraphs of a story
FURNITURE_LINES = [
    "WATCH: Mayor Linda Park slams critics of bridge plan",
    "READ MORE: Residents say bridge closure will hurt local shops",
    "Watch: Councillor Tom Reid says vote was rushed",
    'Related: "We were never consulted," shop owners say',
    "Click here to read what residents say about the closure",
]


def _quotes(text: str, model) -> list[tuple[str, str | None]]:
    corpus = analyze(text, model=model) if model else analyze(text)
    return list(zip(corpus.quotes["quote"], corpus.quotes["speaker"]))


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_video_and_link_titles_and_a_repeated_headline_give_no_quote(model):
    quotes = _quotes(SCRAPED, model)
    found = [q for q, _ in quotes]
    # the story's own quotes stay, with their speakers
    first = ("This bridge has carried our families for ninety years and it is time to give it "
             "a worthy successor")
    assert (first, "Park") in quotes
    assert ("the council had ignored the concerns of business owners on the waterfront",
            "Reid") in quotes
    # nothing from a furniture line: neither its words nor its "X says" as a speaker
    for line in FURNITURE_LINES:
        assert not any(q in line for q in found), (line, quotes)
    speakers = {s for _, s in quotes}
    assert not speakers & {"Councillor Tom Reid", "Residents", "shop owners", "residents"}


HEADLINE = """Mayor Says Bridge Will Reopen Before Christmas

The Harbour Bridge will reopen to traffic before Christmas, Mayor Linda Park said on Tuesday.

"We are ahead of schedule and under budget," Park told a news conference."""


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_title_case_headline_line_is_no_quote(model):
    quotes = _quotes(HEADLINE, model)
    assert not any("Bridge Will Reopen" in q for q, _ in quotes), quotes
    assert ("We are ahead of schedule and under budget", "Park") in quotes


# hard-wrapped text: a line that is title case by chance is part of a sentence, not a heading
WRAPPED = """The plan was approved on Tuesday after a long debate, said
Deputy Mayor Linda Park Of The City
Council, who told reporters that the bridge would reopen before Christmas."""


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_hard_wrapped_lines_are_not_furniture(model):
    assert furniture_spans(WRAPPED) == []
    quotes = _quotes(WRAPPED, model)
    assert any("the bridge would reopen before Christmas" in q for q, _ in quotes), quotes


def test_furniture_lines_are_found_as_whole_lines():
    spans = furniture_spans(SCRAPED)
    lines = [SCRAPED[a:b] for a, b in spans]
    assert lines == [FURNITURE_LINES[0], FURNITURE_LINES[1], FURNITURE_LINES[2],
                     FURNITURE_LINES[3], "Council approves new bridge plan despite protests",
                     FURNITURE_LINES[4]]
    # a word that merely starts like a label is no label ("Watch-list", "Live music")
    text = ("Watch-list operators said on Monday the flights would resume.\n\n"
            "Live music will return to the square, the council said.")
    assert furniture_spans(text) == []


LABELS = """Thousands of protesters marched through the capital on Saturday, carrying banners \
reading "Hands off our pensions now" and placards that said "No more cuts to our schools".

One woman held a sign that said "Teachers deserve a fair deal this year". The police said the \
march was peaceful.

The government has pushed ahead with what critics call "a tax on the poorest families in the \
land". The so-called "bedroom tax on social housing tenants" was introduced in 2013, in what \
has been dubbed "the decade of austerity for local councils".

Finance Minister Anna Berg said she felt "deeply frustrated by the delays in parliament". \
She attacked what she called "a campaign of lies by the opposition parties"."""


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_signs_and_labels_are_no_quotes(model):
    quotes = _quotes(LABELS, model)
    found = " | ".join(q for q, _ in quotes)
    for label in ("Hands off our pensions now", "No more cuts to our schools",
                  "Teachers deserve a fair deal this year", "a tax on the poorest families",
                  "bedroom tax on social housing tenants", "the decade of austerity"):
        assert label not in found, (label, quotes)
    speakers = {s for _, s in quotes}
    assert not speakers & {"a sign", "One woman", "banners", "placards", "critics"}, quotes
    # a speaker's own words stay
    assert any("deeply frustrated by the delays in parliament" in q and s is not None
               and "Anna Berg" in s for q, s in quotes), quotes
    assert any("a campaign of lies by the opposition parties" in q for q, _ in quotes), quotes
    assert any(q == "the march was peaceful" for q, _ in quotes), quotes


@pytest.mark.parametrize("before, label", [
    ("Protesters carried banners reading ", True),
    ("One man wore a T-shirt with the words ", True),
    ("It was what opponents of the scheme have called ", True),
    ("He condemned what is now known as ", True),
    ("They opposed the so-called ", True),
    ("She attacked what she called ", False),
    ("Mr Reid said ", False),
    ("The sign on the door was old. The mayor said ", False),
])
def test_is_label_reads_the_words_before_the_mark(before, label):
    text = before + "\u201cno more cuts to our schools\u201d, he added."
    (q,) = [s for s in find_quote_spans(text) if s.open == len(before)]
    assert is_label(text, q) is label


# a short quoted phrase inside a sentence about something else is nobody's next words
FRAGMENT = """"We have to bring back law and order in this city," Mayor Linda Park said on \
Monday. The council checked the police records and found there had been "412 reported \
burglaries" in the first half of the year.

Park's critics say the figures are old. "We were promised a safer city," said Tom Reid, a \
shop owner. "Nothing has changed on my street.\""""


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_quoted_phrase_inside_a_sentence_does_not_continue_a_speaker(model):
    quotes = _quotes(FRAGMENT, model)
    assert not any("412 reported burglaries" in q for q, _ in quotes), quotes
    assert ("We have to bring back law and order in this city", "Mayor Linda Park") in quotes
    # a quote that opens its sentence still continues its speaker
    assert ("Nothing has changed on my street.", "Tom Reid") in quotes


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_claimed_fragment_still_continues(model):
    text = ("\"Our streets are not safe any more,\" Mayor Linda Park said on Monday. The "
            "council then examined Park's claim that there had been \"hundreds of burglaries\" "
            "this year.")
    quotes = _quotes(text, model)
    # the fragment, or the claim's whole that-clause holding it (a speech noun with a named
    # speaker is a cue of its own: analysis.engine.quotes.nominal), has a speaker
    assert any("hundreds of burglaries" in q and s is not None for q, s in quotes), quotes


# a list of people, each under a heading line of its own with no blank line after it
MISSING = """Relatives named the passengers on Friday.
Pierre Dupont, 74
Dupont was travelling to see his son in Cairo, according to the Associated Press.
Maria Costa, 52
Costa had worked for the airline for twenty years, her brother told reporters."""


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_content_never_starts_in_a_heading_line(model):
    spans = furniture_spans(MISSING)
    assert [MISSING[a:b] for a, b in spans] == ["Pierre Dupont, 74", "Maria Costa, 52"]
    quotes = [q for q, _ in _quotes(MISSING, model)]
    assert "Dupont was travelling to see his son in Cairo" in quotes, quotes
    assert not any("74" in q or "52" in q for q in quotes), quotes
