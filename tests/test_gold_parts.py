"""The sources gold set's two parts: records of the evaluation's ``dev_annotators`` are the
development part (its errors may be read), the others the test part (scored, never shown):
their own figure columns, a ``part`` on every error row, and ``--errors`` withholding the test
part's rows in print and in the CSV."""

from __future__ import annotations

import pandas as pd

from analysis import cli
from analysis.evaluation import sources as ev
from analysis.evaluation.sources import (GoldRecord, GoldSource, format_source_errors,
                                         gold_part, readable_errors, score_sources)
from analysis.evaluation.words import measure_words


def _gold() -> list[GoldRecord]:
    return [
        GoldRecord("bbc", "politics/001.txt", [GoldSource("Ruth Kelly", "female", "title"),
                                               GoldSource("Tim Collins", "male", "pronoun")],
                   annotator="C"),
        GoldRecord("bbc", "sport/002.txt", [GoldSource("Paula Radcliffe", "female", "pronoun"),
                                            GoldSource("Dave Moorcroft", "male", "pronoun")],
                   annotator="E"),
    ]


def _sources() -> pd.DataFrame:
    rows = [("bbc/politics/001.txt", "Ruth Kelly", "person", "female", "title", 1, 0, None),
            ("bbc/politics/001.txt", "Someone Else", "person", "male", "title", 1, 50, None),
            ("bbc/sport/002.txt", "Paula Radcliffe", "person", "female", "pronoun", 2, 0, None),
            ("bbc/sport/002.txt", "Moorcroft Stadium", "person", "unknown", "none", 1, 80, None)]
    return pd.DataFrame(rows, columns=["article_id", "actor", "speaker_type", "gender",
                                       "gender_source", "quotes", "first_quote_start", "role"])


def test_the_development_annotators_are_the_evaluations_own_data():
    # annotator E's BBC articles (session 8), annotators F and G's Wikinews articles (session 9)
    assert measure_words("dev_annotators") == {"e", "f", "g"}
    assert [gold_part(r) for r in _gold()] == ["test", "dev"]
    assert gold_part(GoldRecord("bbc", "x.txt", [], annotator=None)) == "test"
    assert gold_part(GoldRecord("bbc", "x.txt", [], annotator=" e ")) == "dev"


def test_each_part_has_its_own_column_and_every_error_its_part():
    figures, errors = score_sources(_gold(), _sources())
    assert figures["dev part"]["articles"] == 1 and figures["test part"]["articles"] == 1
    # test part: Kelly found, Collins missed, one spurious; dev part: Radcliffe found, Moorcroft
    # missed, one spurious ("Moorcroft Stadium" is not "Dave Moorcroft")
    assert figures["test part"]["recall"] == 0.5 and figures["dev part"]["recall"] == 0.5
    assert figures["all"]["gold sources"] == 4
    by_part = errors.groupby("part")["error"].apply(sorted).to_dict()
    assert by_part == {"dev": ["missed", "spurious"], "test": ["missed", "spurious"]}
    assert readable_errors(errors)["gold_name"].dropna().tolist() == ["Dave Moorcroft"]


def test_one_part_only_gives_no_part_columns():
    figures, _ = score_sources(_gold()[:1], _sources())
    assert "dev part" not in figures and "test part" not in figures


def test_printed_errors_show_only_the_development_part():
    _, errors = score_sources(_gold(), _sources())
    text = format_source_errors(errors, {"model": "m", "model_version": "1"}, None)
    assert "2 missed, 2 spurious" in text  # the counts are of the whole gold set
    assert "Dave Moorcroft" in text and "Moorcroft Stadium" in text
    assert "Tim Collins" not in text and "Someone Else" not in text
    assert "withheld" in text


def test_the_errors_csv_holds_only_the_development_part(tmp_path, monkeypatch, capsys):
    figures, errors = score_sources(_gold(), _sources())
    info = {"model": "m", "model_version": "1", "skipped": []}
    monkeypatch.setattr(ev, "evaluate_sources", lambda *a, **k: (figures, info, errors))
    out = tmp_path / "errors.csv"
    assert cli.main(["evaluate", "sources", "--model", "m", "--quiet", "--errors",
                     str(out)]) == cli.EXIT_OK
    written = pd.read_csv(out)
    assert set(written["part"]) == {"dev"}
    assert "Tim Collins" not in set(written["gold_name"].dropna())
    assert "Dave Moorcroft" in set(written["gold_name"].dropna())
    assert "development part only" in capsys.readouterr().out
