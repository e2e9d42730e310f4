"""Embedded web markup is page furniture (issue 25, spurious class 1;
analysis.engine.quotes.markup): a scraped article's body can hold tweet embeds
(``<tweet author="@X" tweet_id="…">…</tweet>``, ``<tweet tweet-id="…"><tweet/>``) and links
(``<a href="…">…</a>``). The tag's word "tweet" is no speech cue, its attributes are no speaker
and no quoted words, the quotation marks around attribute values pair with nothing; the text
between the tags is ordinary text, and every offset still indexes the original text.
"""

from __future__ import annotations

import pytest

from analysis import config
from analysis.engine.quotes.marks import find_quote_spans
from analysis.engine.quotes.markup import markup_spans
from analysis.engine.quotes.spans import Intervals

from .helpers import quotes_per_text

MODELS = [None, str(config.shared_dir() / "models" / "en_news_sm-3.8.0")]
MODEL_IDS = ["en_core_web_sm", "en_news_sm"]

EMBED = (
    "The mayor's rivals reacted within minutes of the announcement.\n\n"
    '<tweet pic="" author="JaneMortonMP" timestamp="1449075600" tweet_id="672153025243426816">'
    "Praying for the families and the first responders in the wake of this terrible fire."
    "</tweet>.\n\n"
    '<tweet pic="" author="CllrTomReid" timestamp="1449075600" tweet_id="672154558152491008">'
    "My thoughts and prayers are with everyone in Elm Street tonight.</tweet>.\n\n"
    "“We simply cannot afford to keep every branch open,” the council leader said."
)
SCANNER = (
    "Police scanners picked up the first reports shortly after noon.\n\n"
    '<tweet id="672138506081275904" author="@LocalNewsDesk" datetime="2015-12-02">Scanner: '
    "suspect was acting nervous, left the building, 20 mins later the fire began</tweet>.\n\n"
    '<tweet id="672139201337532417" author="@LocalNewsDesk" datetime="2015-12-02">scanner: '
    "suspect named #elmstreet #fire</tweet>.\n\n"
    "The fire chief said the building had been evacuated in time."
)
EMPTY_EMBEDS = (
    "Residents reacted angrily on social media after the vote.\n\n"
    '<tweet tweet-id="661196115484643328"><tweet/>.\n\n'
    '<tweet tweet-id="667366217527767040"><tweet/>.\n\n'
    "Mr Hale said the library had been open since 1911 and was used by hundreds of families."
)
DATED_EMBED = (
    "The debate was interrupted twice by the moderators.\n\n"
    '<tweet tweet-author="@edhenry" tweet-date="March 10, 2016\n">Candidates are not supposed '
    "to confer with staff during commercial breaks pic.twitter.com/CYeowyNI7y<tweet/>.\n\n"
    "The party later said the rule had been waived for both campaigns."
)
LINK = (
    "According to the agency, the state reported finding 328 more emails. Watch the latest "
    'video at <a href="http://video.example.com">video.example.com</a>.\n\n'
    "[<a href=”https://storify.example.com/a-rally-in-greensboro” target=”_blank”>A rally in "
    "Greensboro (with tweets)</a>.]\n\n"
    "“This is the angriest crowd I have seen all year,” the sheriff told reporters."
)
TEXTS = [EMBED, SCANNER, EMPTY_EMBEDS, DATED_EMBED, LINK]
# per text: the quotes as (quote, speaker)
EXPECTED = {
    EMBED: [("We simply cannot afford to keep every branch open", "the council leader")],
    SCANNER: [("the building had been evacuated in time", "The fire chief")],
    EMPTY_EMBEDS: [("the library had been open since 1911 and was used by hundreds of families",
                    "Mr Hale")],
    DATED_EMBED: [("the rule had been waived for both campaigns", "The party")],
    LINK: [("the state reported finding 328 more emails", "the agency"),
           ("This is the angriest crowd I have seen all year", "the sheriff")],
}
MARKUP_WORDS = ("<", ">", "author=", "tweet_id", "tweet-id", "timestamp", "pic=", "href")


@pytest.fixture(scope="module", params=MODELS, ids=MODEL_IDS)
def found(request):
    """Quotes of every text of this file, per model: analysed once."""
    return dict(zip(TEXTS, quotes_per_text(TEXTS, request.param)))


@pytest.mark.parametrize("text", TEXTS, ids=["tweet-embeds", "scanner-embeds", "empty-embeds",
                                              "dated-embed", "links"])
def test_markup_is_no_cue_speaker_or_quote(found, text):
    rows = found[text]
    for row in rows.itertuples():
        assert text[row.start:row.end] == row.quote  # offsets index the original text
        assert not str(row.cue).lower().startswith("tweet")
        for word in MARKUP_WORDS:
            assert word not in row.quote, row.quote
            assert word not in str(row.speaker), row.speaker
    assert list(zip(rows["quote"], rows["speaker"])) == EXPECTED[text]


def test_markup_spans_are_whole_tags_only():
    tags = [SCANNER[a:b] for a, b in markup_spans(SCANNER)]
    tag = '<tweet id="{}" author="@LocalNewsDesk" datetime="2015-12-02">'
    assert tags == [tag.format(672138506081275904), "</tweet>",
                    tag.format(672139201337532417), "</tweet>"]
    assert [LINK[a:b] for a, b in markup_spans(LINK)] == [
        '<a href="http://video.example.com">', "</a>",
        '<a href=”https://storify.example.com/a-rally-in-greensboro” target=”_blank”>', "</a>"]
    wrapped = '<tweet tweet-author="@tedcruz" tweet-date="January 19, 2016\n">Hi</tweet>'
    assert [wrapped[a:b] for a, b in markup_spans(wrapped)] == [wrapped[:-10], "</tweet>"]
    for text in ("Turnout was <5 per cent in the ward.", "if x < y and y > z then",
                 "<3 you all", "scores of 3<4 and 5>2"):
        assert markup_spans(text) == [], text


def test_quotation_marks_inside_tags_pair_with_nothing():
    skip = Intervals(markup_spans(DATED_EMBED))
    spans = find_quote_spans(DATED_EMBED, min_words=1, skip=skip)
    assert spans == []
    # the old reading paired the attributes' marks and quoted the tweet from its tag's '">'
    # (a scraper's line break inside the last attribute value puts its '"' at a line start)
    assert any(DATED_EMBED[q.start:q.end].startswith(">")
               for q in find_quote_spans(DATED_EMBED, min_words=1))
    # quoted words between the tags are still a quote
    inside = ('<tweet author="@mayor">“We will rebuild the bridge by May,” she wrote.</tweet>')
    quoted = find_quote_spans(inside, skip=Intervals(markup_spans(inside)))
    assert [inside[q.start:q.end] for q in quoted] == ["We will rebuild the bridge by May"]
