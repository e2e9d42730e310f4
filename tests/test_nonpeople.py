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


# ---- companies, places, institutions, prizes and titles with person-like names ---------------

def _analyze(text: str):
    return analyze([text], progress=False, processes=1)


def test_a_company_named_after_its_founders_is_an_organisation():
    corpus = _analyze(
        "Johnson & Johnson said on Tuesday it would pause the vaccine trial. Procter & Gamble "
        "said prices would rise again. Ben & Jerry's said it would stop selling ice cream in "
        "the region.")
    assert not _people(corpus) & {"Johnson", "Johnson & Johnson", "Procter", "Ben", "Jerry"}
    assert "person" not in set(corpus.quotes.speaker_type)


def test_a_bare_company_name_used_again_and_again_speaks_as_an_organisation():
    corpus = _analyze(
        "Ford said in a financial filing that it had disclosed the matter to regulators in "
        "February. Ford also said its sales in Europe had fallen by a tenth.\n\n"
        "\"We are cooperating fully with the investigation,\" Ford said.")
    quotes = corpus.quotes
    assert len(quotes) >= 2 and set(quotes.speaker_actor) == {"Ford"}
    assert set(quotes.speaker_type) == {"organization"}


def test_a_surname_the_ner_misreads_once_still_speaks_as_a_person():
    corpus = _analyze('"We will not raise taxes on working families," McCaul said.')
    assert set(corpus.quotes.speaker_type) == {"person"}


@pytest.mark.parametrize("text,thing", [
    ("Lincoln High School said classes would resume on Monday after the flood.",
     "Lincoln High School"),
    ("Doctors at the John Radcliffe Hospital said the patient was stable.",
     "John Radcliffe Hospital"),
    ("Scientists said the Kilauea volcano had been erupting since early May.", "Kilauea"),
    ("Mount St Helens erupted again on Sunday, scientists said.", "Mount St Helens"),
    ("The Pulitzer Prize was awarded to Maria Ressa on Monday, the board said.", "Pulitzer"),
    ("The news agency Fars News said the crash was caused by pilot error.", "Fars News"),
])
def test_places_institutions_prizes_and_outlets_named_like_people_are_not_people(text, thing):
    corpus = _analyze(text)
    assert not {p for p in _people(corpus) if thing.split()[0] in p}
    assert not {p for p in _person_speakers(corpus) if thing.split()[0] in p}


def test_a_possessive_name_before_an_institution_noun_stays_a_person():
    corpus = _analyze("The attorney general would not say whether Donald Trump’s foundation "
                      "had broken any laws.")
    assert "Donald Trump" in _people(corpus)


def test_a_title_in_quotation_marks_is_not_a_person():
    corpus = _analyze(
        'The band closed the show with "Bohemian Rhapsody" and "Hey Jude" before midnight. '
        "Paul McCartney said the crowd had been the loudest of the tour.")
    people = _people(corpus)
    assert "Paul McCartney" in people
    assert not people & {"Bohemian Rhapsody", "Hey Jude", "Jude"}


def test_possessive_fragments_are_not_names():
    from analysis.engine.entities import _fragment

    assert _fragment("s", "PERSON") and _fragment("’s", "ORG") and _fragment("'s", "GPE")
    assert _fragment("n’t", "GPE")
    assert not _fragment("Biden", "PERSON") and not _fragment("’s", "DATE")
    # lower-case names and scripts without case are names, not fragments
    assert not _fragment("senate", "ORG") and not _fragment("محمد", "PERSON")
    corpus = _analyze("Biden’s plan was criticised by Republicans. \"It is far too expensive,\" "
                      "said Senator Mitt Romney.")
    actors = set(corpus.actors.actor)
    assert not {a for a in actors if _fragment(a, "PERSON")}
    assert "Biden’s" not in actors and "Biden's" not in actors
