"""A run with nothing usable explains itself (issue 28): an all-empty folder, a missing folder
and a folder of unsupported files, through load_articles, analyze(store=), Corpus.read, the
extract command and the report command (its notebooks run on an empty corpus)."""

from __future__ import annotations

import re
import shutil
import warnings

import pandas as pd
import pytest

from analysis import Corpus, analyze, cli, config, load_articles, load_corpus, report
from analysis.schema import TABLES

from .conftest import SEED

KINDS = ("all_empty", "missing", "unsupported")


def make_input(tmp_path, kind: str):
    """The input folder of one kind, beside an existing ``articles`` folder (what a typo in
    the folder's name misses)."""
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "seed.txt").write_bytes(SEED.read_bytes())
    folder = tmp_path / kind
    if kind == "missing":
        return tmp_path / "artcles"  # a typo of "articles"
    folder.mkdir()
    if kind == "all_empty":
        (folder / "a.txt").write_bytes(b"")
        (folder / "b.jsonl").write_bytes(b"\n\n")
        (folder / "c.csv").write_bytes(b"")
    else:
        (folder / "report.docx").write_bytes(b"PK\x03\x04")
        (folder / "scan.pdf").write_bytes(b"%PDF-1.4")
    return folder


def assert_empty_tables(corpus: Corpus) -> None:
    """Every table empty, with its schema's columns and dtypes."""
    for name in ("articles", "entities", "actors", "quotes", "sources"):
        frame = getattr(corpus, name)
        expected = TABLES[name].frame()
        assert len(frame) == 0, name
        assert list(frame.columns) == list(expected.columns), name
        assert frame.dtypes.astype(str).to_dict() == expected.dtypes.astype(str).to_dict(), name


# -- load_articles: one row naming the folder -------------------------------------------------

def test_a_missing_folder_is_one_row_naming_the_closest_existing_folder(tmp_path):
    missing = make_input(tmp_path, "missing")
    articles, errors = load_articles(missing, errors="collect")
    assert articles.empty
    assert errors[["path", "problem"]].values.tolist() == [[str(missing), "not_found"]]
    assert errors["message"].iat[0] == (f"no such file or folder; did you mean "
                                        f"{str(tmp_path / 'articles')!r}?")
    with pytest.warns(UserWarning) as caught:
        load_articles(missing)
    (only,) = caught
    text = str(only.message)
    assert "\n" not in text and str(missing) in text and str(tmp_path / "articles") in text
    with pytest.raises(ValueError, match="did you mean"):
        load_articles(missing, errors="raise")
    # letters swapped, or another case
    (tmp_path / "raw").mkdir()
    for typo in ("rwa", "RAW"):
        _, errors = load_articles(tmp_path / typo, errors="collect")
        assert errors["message"].iat[0].endswith(f"did you mean {str(tmp_path / 'raw')!r}?")
    # nothing close: no guess
    _, errors = load_articles(tmp_path / "zzzz", errors="collect")
    assert errors["message"].tolist() == ["no such file or folder"]


def test_a_folder_without_an_article_file_is_one_row_naming_it(tmp_path):
    folder = make_input(tmp_path, "unsupported")
    articles, errors = load_articles(folder, errors="collect")
    assert articles.empty
    assert errors["path"].tolist() == [str(folder), str(folder / "report.docx"),
                                       str(folder / "scan.pdf")]
    assert errors["problem"].tolist() == ["not_found", "unsupported", "unsupported"]
    assert errors["message"].iat[0].startswith(
        "no article file in this folder (only 2 file(s) not read: .docx, .pdf)")
    nothing = tmp_path / "nothing"
    nothing.mkdir()
    (nothing / ".hidden.txt").write_text("A hidden file is not an article.\n")
    (nothing / "README.md").write_text("About the corpus.\n")
    _, errors = load_articles(nothing, errors="collect")
    assert errors[["path", "problem"]].values.tolist() == [[str(nothing), "not_found"]]
    assert "it is empty" in errors["message"].iat[0]
    # a folder with one article among other files has no such row
    (folder / "seed.txt").write_bytes(SEED.read_bytes())
    articles, errors = load_articles(folder, errors="collect")
    assert len(articles) == 1 and str(folder) not in set(errors["path"])


# -- analyze(store=) and Corpus.read -----------------------------------------------------------

@pytest.mark.parametrize("kind", KINDS)
def test_a_store_with_no_usable_article_reads_back_with_its_errors(tmp_path, kind, nlp):
    folder = make_input(tmp_path, kind)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # load_articles warns that nothing was loaded
        articles = load_articles(folder)
    loaded_errors = articles.attrs["errors"]
    store = tmp_path / "store"
    corpus = analyze(articles, store=store, processes=1)
    assert_empty_tables(corpus)
    pd.testing.assert_frame_equal(corpus.errors.reset_index(drop=True),
                                  TABLES["errors"].frame(loaded_errors))
    for table in ("articles", "entities", "quotes"):  # what every reader needs
        assert (store / table).is_dir()
    back = Corpus.read(store)
    assert_empty_tables(back)
    pd.testing.assert_frame_equal(back.errors, corpus.errors)
    assert back.meta["articles"] == 0 and "0 article(s)" in back.summary()
    assert Corpus.read(store, articles="all").articles.empty
    # the store goes on: a run with an article adds it
    more = analyze(load_articles(tmp_path / "articles"), store=store, processes=1)
    assert len(more.articles) == 1 and more.errors.empty and len(more.quotes)


def test_a_store_left_by_an_older_empty_run_reads(tmp_path, nlp):
    """Side files and no table folder: what a run with no usable article used to leave."""
    folder = make_input(tmp_path, "all_empty")
    store = tmp_path / "store"
    analyze(load_articles(folder, errors="ignore"), store=store, processes=1)
    for table in ("articles", "entities", "quotes"):
        shutil.rmtree(store / table)
    back = Corpus.read(store)
    assert_empty_tables(back)
    assert len(back.errors) == 3 and set(back.errors["problem"]) == {"empty"}


def test_load_corpus_on_a_missing_folder_leaves_the_store_as_it_was(tmp_path, nlp):
    """What a notebook does with a typo in DATA: an empty corpus saying so, the store's last
    run untouched."""
    missing = make_input(tmp_path, "missing")
    store = tmp_path / "store"
    assert len(load_corpus(tmp_path / "articles", store=store, processes=1).articles) == 1
    corpus = load_corpus(missing, store=store, processes=1)
    assert_empty_tables(corpus)
    assert corpus.errors["message"].tolist() == [
        f"no such file or folder; did you mean {str(tmp_path / 'articles')!r}?"]
    assert report.empty_corpus_message(corpus) == (
        f"no usable article in {missing}: 1 input(s) failed, see the table below")
    assert len(Corpus.read(store).articles) == 1


# -- the extract command ----------------------------------------------------------------------

@pytest.mark.parametrize("kind", ["all_empty", "unsupported"])
def test_extract_with_no_usable_article_exits_4_and_keeps_the_errors(tmp_path, kind, capsys,
                                                                     nlp):
    folder = make_input(tmp_path, kind)
    out = tmp_path / "out"
    status = cli.main(["extract", str(folder), "--out", str(out), "--processes", "1",
                       "--quiet"])
    printed = capsys.readouterr().out
    assert status == 4
    assert f"No usable article in {folder}: 3 input(s) failed, listed above; nothing to " \
           f"report." in printed
    if kind == "unsupported":
        assert f"  {folder}: not_found: no article file in this folder" in printed
    back = Corpus.read(out)
    assert_empty_tables(back)
    assert len(back.errors) == 3


def test_extract_on_a_missing_folder_is_one_line_and_writes_nothing(tmp_path, capsys, nlp):
    missing = make_input(tmp_path, "missing")
    out = tmp_path / "out"
    status = cli.main(["extract", str(tmp_path / "articles"), "--out", str(out), "--quiet",
                       "--processes", "1"])
    assert status == cli.EXIT_OK
    before = {p.name: p.stat().st_mtime_ns for p in out.iterdir()}
    capsys.readouterr()
    status = cli.main(["extract", str(missing), "--out", str(out), "--quiet"])
    captured = capsys.readouterr()
    assert status == cli.EXIT_USAGE == 2
    assert captured.err == (f"error: {missing}: no such file or folder; did you mean "
                            f"{str(tmp_path / 'articles')!r}?\n")
    assert captured.out == ""
    # the store's last run is left as it was (a typo never empties it)
    assert {p.name: p.stat().st_mtime_ns for p in out.iterdir()} == before
    assert len(Corpus.read(out).articles) == 1
    assert cli.main(["ingest", str(missing)]) == cli.EXIT_USAGE
    assert capsys.readouterr().err.count("\n") == 1


def test_exit_status_4_is_documented_in_help():
    parser = cli.build_parser()
    for command in ("extract", "report", "ingest"):
        sub = parser._subparsers._group_actions[0].choices[command]  # type: ignore[union-attr]
        assert "4: no usable article, nothing to report" in sub.description, command
    assert "4 when no usable article was found" in cli.__doc__


# -- the notebooks and the report command -----------------------------------------------------

def test_stop_if_empty_shows_the_errors_and_stops(tmp_path, capsys):
    errors = TABLES["errors"].frame([{"path": "/data/rwa", "line": None,
                                      "problem": "not_found", "message": "no such file"}])
    empty = Corpus(TABLES["articles"].frame(), TABLES["entities"].frame(),
                   TABLES["actors"].frame(), errors=errors, meta={"input": "/data/rwa"})
    message = "no usable article in /data/rwa: 1 input(s) failed, see the table below"
    assert report.empty_corpus_message(empty) == message
    with pytest.raises(report.NothingToReport) as raised:
        report.stop_if_empty(empty)
    shown = capsys.readouterr().out
    assert message in shown and "no such file" in shown
    assert raised.value._render_traceback_() == [
        "NothingToReport: no usable article in /data/rwa; nothing to report, the notebook "
        "stops here"]
    full = Corpus(TABLES["articles"].frame(), TABLES["entities"].frame(),
                  TABLES["actors"].frame(), meta={"articles": 3})
    assert report.empty_corpus_message(full) is None
    report.stop_if_empty(full)  # nothing happens


def test_report_on_a_folder_of_unsupported_files(tmp_path, monkeypatch, capsys, nlp):
    """What ``make report`` does, on a folder with no article file: the notebooks run, each
    showing the one line and the errors table, and stop; exit status 4."""
    folder = make_input(tmp_path, "unsupported")
    for key in (config.DATA_ENV, config.STORE_ENV, config.REPORTS_ENV):
        monkeypatch.setenv(key, "unused")  # the report sets them; restored after the test
    reports = tmp_path / "reports"
    status = cli.main(["report", "--data", str(folder), "--out", str(tmp_path / "store"),
                       "--reports", str(reports), "--quiet"])
    printed = capsys.readouterr().out
    assert status == 4
    assert f"Nothing to report: no usable article in {folder}; the reports show why " \
           f"(exit status 4)." in printed
    pages = sorted(reports.glob("*.html"))
    assert [p.stem for p in pages] == ["01-article", "02-actors", "03-sources-and-attribution",
                                       "04-audit"]
    for page in pages:
        html = page.read_text(encoding="utf-8")
        text = re.sub(r"<[^>]+>", "", html)
        assert f"no usable article in {folder}: 3 input(s) failed, see the table below" \
            in text, page.name
        assert "no article file in this folder (only 2 file(s) not read: .docx, .pdf)" \
            in text, page.name  # the whole message, not cut
        assert "NothingToReport" in text and "Traceback" not in text, page.name
    assert not list(reports.glob("figures/*.png"))  # no chart drawn on nothing


def test_report_on_a_missing_folder_is_one_line(tmp_path, monkeypatch, capsys):
    missing = make_input(tmp_path, "missing")
    for key in (config.DATA_ENV, config.STORE_ENV, config.REPORTS_ENV):
        monkeypatch.setenv(key, "unused")
    status = cli.main(["report", "--data", str(missing), "--out", str(tmp_path / "store"),
                       "--reports", str(tmp_path / "reports")])
    captured = capsys.readouterr()
    assert status == cli.EXIT_USAGE
    assert captured.err.splitlines() == [
        f"error: {missing}: no such file or folder; did you mean "
        f"{str(tmp_path / 'articles')!r}?"]
    assert not (tmp_path / "store").exists() and not (tmp_path / "reports").exists()
