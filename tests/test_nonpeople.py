"""Named sources that are not people (issue 24, class 3): bylines and credits, video labels,
companies and places with person-like names, titles in quotation marks, possessive fragments.
Each never becomes a PERSON speaker or actor. Realistic sentences, on either model."""

from __future__ import annotations

import pytest

from analysis import analyze, load_articles
from analysis.io.furniture import is_furniture, strip_furniture


def _load(tmp_path, text: str):
    (tmp_path / "story.txt").write_text(text, encoding="utf-8")
    return load_articles(tmp_path, errors="collect")[0]


def _people(corpus) -> set[str]:
    actors = corpus.actors
    return set(actors[actors.label == "PERSON"].actor)


def _person_speakers(corpus) -> set[str]:
    quotes = corpus.quotes
    return set(quotes[quotes.speaker_type == "person"].speaker_actor.dropna())


# ---- input furniture: bylines, credits, video labels ------------------------------------------

@pytest.mark.parametrize("line", [
    "By Jane Porter / Reuters",
    "By Karen Liu and Tom Abernathy",
    "Reporting by Jane Porter; Editing by Mark Dunn",
    "(Reporting by Amanda Reyes in Washington; Writing by Luis Ortega; Editing by Mark Dunn.)",
    "Additional reporting by Ana de la Cruz in Madrid",
    "Image copyright Getty Images",
    "Image caption Firefighters worked through the night",
    "Alan Brice/Reuters",
    "(Carla Moreno / AFP)",
    "WATCH LIVE: Governor briefs reporters on the flood",
])
def test_credit_and_byline_lines_are_furniture(line):
    assert is_furniture(line)
    assert line not in strip_furniture("The river rose.\n\n" + line + "\n\nIt fell again.")


@pytest.mark.parametrize("line", [
    "By Tuesday the river had risen two metres.",
    "Reporting by the agency showed that the storm was stronger than forecast.",
    "The mayor said the bridge would reopen on Friday.",
    "Editing by hand took the team three weeks, the curator said.",
])
def test_sentences_that_start_alike_are_kept(line):
    assert not is_furniture(line)


def test_byline_and_credits_never_become_speakers(tmp_path):
    text = ("Storm floods harbour\n\nBy Jane Porter / Reuters\n\n"
            "The storm flooded the harbour on Monday, the coastguard said.\n\n"
            "\"We have never seen water this high,\" said Tom Fielding, the harbour master.\n\n"
            "Image copyright Alan Brice/Reuters\n\n"
            "Boats were lifted onto the quay, Fielding added.\n\n"
            "Reporting by Jane Porter; Editing by Mark Dunn")
    articles = _load(tmp_path, text)
    assert articles.author[0] == "Jane Porter"
    body = articles.text[0]
    assert "Reuters" not in body and "Mark Dunn" not in body and "Alan Brice" not in body
    corpus = analyze(articles, progress=False, processes=1)
    people = _people(corpus)
    assert "Tom Fielding" in people
    assert not {p for p in people if "Porter" in p or "Dunn" in p or "Brice" in p}
