"""The error classes of the accuracy issue (who said what on the official en_core_web_sm), one
realistic pattern a test, each holding on both models; and page furniture stripped at ingest."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import analyze, load_articles
from analysis.io.furniture import is_furniture, strip_furniture

from .helpers import quoted


def quotes_of(text: str) -> pd.DataFrame:
    return analyze(text).quotes


# ---- 1. reported speech, both ways ---------------------------------------------------------

@pytest.mark.parametrize("text,content,speaker", [
    ("In his speech, Graham urged Republicans to join the ranks of climate change believers.",
     "Republicans to join the ranks of climate change believers", "Graham"),
    ("The governor has vowed to bring back the lost mining jobs by next spring.",
     "to bring back the lost mining jobs by next spring", "The governor"),
    ("The mayor asked residents to stay indoors until the storm had passed.",
     "residents to stay indoors until the storm had passed", "The mayor"),
])
def test_requests_and_promises_reported_with_an_infinitive(text, content, speaker):
    assert (content, "indirect", speaker) in {(q, k, s) for q, k, s, _ in quoted(text)}


def test_an_anonymity_formula_is_not_a_request():
    text = "The official, who asked not to be named because of the talks, said the deal was done."
    assert [q for q, *_ in quoted(text)] == ["the deal was done"]


def test_as_x_said_introduces_the_clause():
    text = "As the minister said, the new rules will cut costs for small farms."
    assert quoted(text) == [("the new rules will cut costs for small farms", "indirect",
                             "the minister", "anonymous")]


def test_a_reported_clause_stays_in_its_paragraph():
    text = ("Both Mr. King and Mr. Schultz say the managers have never told them what to say.\n\n"
            "''I have never been edited or had a show of mine not run,'' Mr. King told me.")
    for q, *_ in quoted(text):
        assert "\n" not in q


# ---- 2. wire roundups and briefs ---------------------------------------------------------------

BRIEF = """EUROPE'S MARKETS: Stocks fell across the region on Tuesday as investors weighed the \
risk of new tariffs on European cars.

TRADE TALKS: Negotiators from both sides said they would meet again next week in Geneva.

Story continues below advertisement

COMMENTARY: Investors are nervous about the outlook for the rest of the year.

READ MORE: Central bank holds rates steady

AGENCY PHOTO/Jane Doe

"We expect a difficult few months," said Anna Berg, an economist at Nordbank."""


def test_section_labels_of_a_brief_are_not_speakers():
    speakers = set(quotes_of(BRIEF).speaker.dropna())
    assert not speakers & {"EUROPE'S MARKETS", "TRADE TALKS", "COMMENTARY"}
    assert "Anna Berg" in speakers


def test_transcript_labels_still_speak():
    text = ("Mike Pence and Tim Kaine met in Virginia.\n\nPENCE: We will rebuild the military "
            "and restore respect.\n\nKAINE: You cannot trust a word of that plan.")
    got = quotes_of(text)
    assert set(got.speaker) == {"PENCE", "KAINE"}
    assert set(got.speaker_actor) == {"Mike Pence", "Tim Kaine"}


def test_page_furniture_is_stripped_at_ingest(tmp_path):
    (tmp_path / "brief.txt").write_text("Markets wrap\n\n" + BRIEF + "\n", encoding="utf-8")
    text = load_articles(tmp_path).text[0]
    assert "Story continues below" not in text and "READ MORE" not in text
    assert "AGENCY PHOTO" not in text and "\n\n\n" not in text
    assert "COMMENTARY: Investors are nervous" in text  # article text is kept
    kept = load_articles(tmp_path, furniture=False).text[0]
    assert "Story continues below advertisement" in kept


@pytest.mark.parametrize("line,furniture", [
    ("Story continues below advertisement", True), ("ADVERTISEMENT", True),
    ("Article continued", True), ("READ MORE: Trump says the talks failed", True),
    ("WATCH: The moment the bridge fell", True), ("(AP Photo/Evan Vucci)", True),
    ("AGENCY PHOTO/Jane Doe", True), ("Read more about the plan on page 4.", False),
    ("The advertisement ran for two weeks before it was pulled.", False),
    ("Watch the skies, the minister said on Monday.", False),
])
def test_furniture_lines(line, furniture):
    assert is_furniture(line) is furniture
    assert strip_furniture("Body text.\n\n" + line + "\n\nMore text.").count(line) == \
        (0 if furniture else 1)


# ---- 3. descriptions of a person already named, documents of an owner -------------------------

@pytest.mark.parametrize("text,actor", [
    ('Coach John Smith built the team over a decade. "We will win it all," the veteran coach '
     'said on Monday.', "John Smith"),
    ("Sen. Jane Hollis voted against the bill. The first-year senator said it was a mistake.",
     "Jane Hollis"),
    ("Maria Lopez, a retired engineer, lives by the river. The retired engineer said the "
     "bridge was unsafe.", "Maria Lopez"),
])
def test_a_definite_description_refers_back_to_the_named_person(text, actor):
    row = quotes_of(text).iloc[-1]
    assert (row.speaker_type, row.speaker_actor) == ("person", actor)


def test_a_description_nobody_was_introduced_with_stays_unnamed():
    row = quotes_of("John Smith spoke first. The engineer said the bridge was unsafe.").iloc[0]
    assert row.speaker_type == "anonymous" and pd.isna(row.speaker_actor)


def test_a_document_speaks_for_its_owner():
    row = quotes_of("Ms. Kelly spoke on Monday. Her statement said the plan had failed.").iloc[0]
    assert (row.speaker, row.speaker_type, row.speaker_actor) == (
        "Her statement", "document", "Kelly")  # the issuer is the actor


# ---- questions and page words -----------------------------------------------------------------

def test_a_question_is_not_a_statement():
    assert quoted("When reporters asked if the plan would work, the mayor walked away.") == []
    assert quoted("She asked whether anyone had seen the report.") == []
    assert [q for q, *_ in quoted("She asked that the report be published.")] == [
        "the report be published"]


def test_page_words_are_not_speakers():
    text = 'Video\n\n"We will never give up on this town," Video said.'
    assert quotes_of(text).speaker.isna().all()
