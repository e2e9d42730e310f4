"""Reliability of reading input (issue 22): dates outside pandas' range, file names that are not
valid UTF-8, special files and a size cap, a store inside the input folder, list-valued
metadata from every format."""

from __future__ import annotations

import datetime
import json
import os
import subprocess
import sys
import threading

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from analysis import analyze, load_articles
from analysis.articles import coerce_articles, coerce_with_notes
from analysis.io import failures
from analysis.schema import UTC, validate_table

PY = sys.executable
BODY = ("The mayor said on Monday that the bridge over the river would reopen in May after "
        "repairs.")


def body(n: int) -> str:
    return f"{BODY} Story number {n}."


def load(*paths, **kw):
    return load_articles(*paths, errors="collect", **kw)


def cli(*args, timeout=120, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([PY, "-m", "analysis", *map(os.fsdecode, args)], capture_output=True,
                          timeout=timeout, cwd=cwd)


# -- 1. dates outside pandas' range ---------------------------------------------------------

def test_dates_out_of_range_from_every_reader_are_nat_with_a_note(tmp_path):
    (tmp_path / "a.jsonl").write_text(
        json.dumps({"text": body(1), "date": "3000-01-01"}) + "\n"
        + json.dumps({"text": body(2), "date": "1500-06-01T10:00:00Z"}) + "\n"
        + json.dumps({"text": body(3), "date": 32503680000}) + "\n"  # seconds: the year 3000
        + json.dumps({"text": body(4), "date": "2020-05-01"}) + "\n", encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps([{"text": body(5), "published": "3000-01-01"}]),
                                     encoding="utf-8")
    (tmp_path / "c.csv").write_text(f"text,date\n{body(6)},1 Jan 3000\n", encoding="utf-8")
    (tmp_path / "d.tsv").write_text(f"text\tpublished\n{body(7)}\t3000-02-02T10:00\n",
                                    encoding="utf-8")
    pq.write_table(pa.table({
        "text": [body(8), body(9)],
        "published": pa.array([datetime.datetime(3000, 1, 1), datetime.datetime(2020, 1, 1)],
                              pa.timestamp("us"))}), tmp_path / "e.parquet")
    articles, errors = load(tmp_path)
    assert len(articles) == 9 and articles["published"].dtype == UTC
    validate_table("articles", articles)
    dated = articles.set_index(articles["text"].str.extract(r"number (\d+)")[0].astype(int))
    assert dated.loc[[4, 9], "published"].notna().all()
    assert dated.drop([4, 9])["published"].isna().all()
    notes = errors[errors["problem"] == "bad_date"]
    assert len(notes) == 7 and failures(errors).empty
    assert notes["message"].str.contains("outside the dates pandas can hold").all()
    assert set(notes["path"].map(os.path.basename)) == {"a.jsonl", "b.json", "c.csv", "d.tsv",
                                                         "e.parquet"}


@pytest.mark.parametrize("published", [
    pd.Series(np.array(["3000-01-01", "2020-01-01"], dtype="datetime64[s]")),
    pd.Series(np.array(["1500-01-01", "2020-01-01"], dtype="datetime64[us]")).dt.tz_localize(
        "UTC"),
    pd.Series([pd.Timestamp("3000-01-01"), pd.Timestamp("2020-01-01")], dtype=object),
    pd.Series([np.datetime64("3000-01-01"), datetime.datetime(2020, 1, 1)], dtype=object),
    ["3000-01-01", "2020-01-01"],
    [datetime.date(1500, 1, 1), "2020-01-01"],
    [32503680000, 1577836800],
], ids=["datetime64[s]", "datetime64[us,UTC]", "Timestamp", "numpy", "str", "date", "int"])
def test_dates_out_of_range_in_a_user_frame_are_nat_with_a_note(published):
    frame = pd.DataFrame({"article_id": ["far", "near"], "text": [body(1), body(2)],
                          "published": published})
    coerced, notes = coerce_with_notes(frame)
    assert coerced["published"].dtype == UTC
    assert pd.isna(coerced["published"][0])
    assert coerced["published"][1] == pd.Timestamp("2020-01-01", tz="UTC")
    assert [(n["path"], n["problem"]) for n in notes] == [("article far", "bad_date")]
    assert "outside the dates pandas can hold" in notes[0]["message"]
    validate_table("articles", coerced)
    assert coerce_articles(frame)["published"].equals(coerced["published"])


def test_analyze_keeps_an_article_dated_3000_with_a_note(nlp, tmp_path):
    frame = pd.DataFrame({"article_id": ["far", "near"], "text": [body(1), body(2)],
                          "published": [pd.Timestamp("3000-01-01"), "2020-01-01"]})
    corpus = analyze(frame, processes=1)
    assert list(corpus.articles["article_id"]) == ["far", "near"]
    assert pd.isna(corpus.articles["published"][0])
    assert corpus.errors[["path", "problem"]].values.tolist() == [["article far", "bad_date"]]
    stored = analyze(frame, processes=1, store=tmp_path / "store")  # the store's path too
    assert stored.articles["published"].isna().tolist() == [True, False]
    assert stored.errors["problem"].tolist() == ["bad_date"]


def test_extract_with_a_date_of_the_year_3000_exits_cleanly(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.jsonl").write_text(json.dumps({"text": body(1), "date": "3000-01-01"}) + "\n"
                                 + json.dumps({"text": body(2), "date": "2020-01-01"}) + "\n",
                                 encoding="utf-8")
    done = cli("extract", src, "--out", tmp_path / "out", "--processes", "1", "--quiet")
    assert done.returncode == 0, done.stderr.decode()
    assert b"Traceback" not in done.stderr
    errors = pd.read_csv(tmp_path / "out" / "errors.csv")
    assert errors["problem"].tolist() == ["bad_date"]


# -- 20. list-valued metadata --------------------------------------------------------------

def test_list_metadata_is_joined_the_same_from_every_format(tmp_path):
    (tmp_path / "a.jsonl").write_text(
        json.dumps({"text": body(1), "author": ["Ann Bell", "Tom Hart"]}) + "\n"
        + json.dumps({"text": body(2), "author": []}) + "\n", encoding="utf-8")
    pq.write_table(pa.table({"text": [body(3), body(4)],
                             "author": [["Ann Bell", "Tom Hart"], []],
                             "title": [["One", "Two"], None]}), tmp_path / "b.parquet")
    articles, errors = load(tmp_path)
    assert errors.empty
    assert articles["author"].tolist() == ["Ann Bell, Tom Hart", None] * 2
    assert articles["title"].tolist()[2:] == ["One, Two", None]


def test_list_metadata_in_a_user_frame_is_joined():
    frame = pd.DataFrame({"text": [body(1), body(2), body(3), body(4)],
                          "author": [np.array(["Ann Bell", "Tom Hart"]), ("Ann Bell", "Tom Hart"),
                                     np.array([]), ()],
                          "source": [np.array(["BBC"]), None, np.array([], dtype=object), "AP"]})
    coerced = coerce_articles(frame)
    assert coerced["author"].tolist() == ["Ann Bell, Tom Hart", "Ann Bell, Tom Hart", None, None]
    assert coerced["source"].tolist() == ["BBC", None, None, "AP"]


# -- 2. file names that are not valid UTF-8 ------------------------------------------------

def odd_name(folder, n: int = 1):
    """A plain-text article whose file name has the byte 0xff (not valid UTF-8)."""
    path = os.path.join(os.fsencode(folder), b"caf\xff.txt")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(f"Odd name\n\n{body(n)}\n")
    return os.fsdecode(path)


def valid_unicode(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def test_a_file_name_that_is_not_utf8_is_read_and_shown_escaped(tmp_path):
    odd_name(tmp_path)
    (tmp_path / "bad.json").write_bytes(b"{not json")
    os.symlink(os.path.join(os.fsencode(tmp_path), b"gone\xfe.txt"),
               os.path.join(os.fsencode(tmp_path), b"link\xfe.txt"))
    articles, errors = load(tmp_path)
    assert articles["title"].tolist() == ["Odd name"]
    assert articles["path"].tolist() == [str(tmp_path / "caf\\xff.txt")]
    assert all(valid_unicode(p) for p in list(articles["path"]) + list(errors["path"]))
    assert all(valid_unicode(m) for m in errors["message"])
    assert str(tmp_path / "link\\xfe.txt") in set(errors["path"])
    # a user table with such a path (from os.listdir, say) is repaired the same way
    given = coerce_articles(pd.DataFrame({"text": [body(2)], "path": [odd_name(tmp_path, 2)]}))
    assert given["path"].tolist() == [str(tmp_path / "caf\\xff.txt")]


def test_ingest_and_extract_with_a_name_that_is_not_utf8(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    odd_name(src)
    (src / "good.txt").write_text(f"Good\n\n{body(2)}\n", encoding="utf-8")
    (src / "empty.txt").write_text("", encoding="utf-8")
    done = cli("ingest", ".", cwd=src)
    assert done.returncode == 3, done.stderr.decode()  # the empty file
    assert b"caf\\xff.txt" in done.stdout and b"2 article(s) loaded" in done.stdout
    assert b"Traceback" not in done.stderr
    out = tmp_path / "out"
    done = cli("extract", src, "--out", out, "--processes", "1", "--quiet")
    assert done.returncode == 3, done.stderr.decode()  # the empty file, nothing else
    assert not list(out.glob(".*.tmp")) and not list(out.glob("*.tmp"))
    errors = pd.read_csv(out / "errors.csv")
    assert errors["problem"].tolist() == ["empty"]
    stored = pd.read_parquet(out / "articles")
    assert sorted(stored["path"]) == [str(src / "caf\\xff.txt"), str(src / "good.txt")]


# -- 3. special files and the size cap ------------------------------------------------------

def load_in_thread(*paths, timeout=60, **kw):
    """``load`` in a daemon thread: a regression that blocks (a named pipe opened) fails the
    test instead of hanging it."""
    result = {}
    thread = threading.Thread(target=lambda: result.update(out=load(*paths, **kw)),
                              daemon=True)
    thread.start()
    thread.join(timeout)
    assert not thread.is_alive(), "loading blocked (a special file was opened)"
    return result["out"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_special_files_are_one_error_row_each_and_never_opened(tmp_path):
    import socket

    (tmp_path / "good.txt").write_text(f"Good\n\n{body(1)}\n", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    os.mkfifo(tmp_path / "pipe.jsonl")
    os.symlink("/dev/zero", tmp_path / "zero.txt")
    os.symlink("/dev/zero", tmp_path / "zero.jsonl")
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(tmp_path / "sock.csv"))
        articles, errors = load_in_thread(tmp_path)
        assert articles["title"].tolist() == ["Good"]
        by_name = dict(zip(errors["path"].map(os.path.basename), errors["message"]))
        assert set(by_name) == {"pipe.txt", "pipe.jsonl", "zero.txt", "zero.jsonl", "sock.csv"}
        assert set(errors["problem"]) == {"unreadable"}
        assert "named pipe" in by_name["pipe.txt"] and "socket" in by_name["sock.csv"]
        assert "/dev/zero" in by_name["zero.txt"] and "device" in by_name["zero.txt"]
        # given by name, not found in a folder: the same rows
        _, direct = load_in_thread(tmp_path / "pipe.txt", tmp_path / "zero.jsonl",
                                   tmp_path / "sock.csv")
        assert direct["problem"].tolist() == ["unreadable"] * 3
        assert "named pipe" in direct["message"][0] and "device" in direct["message"][1]


def test_files_over_the_size_cap_are_too_large_and_not_read(tmp_path):
    (tmp_path / "small.txt").write_text(f"Small\n\n{body(1)}\n", encoding="utf-8")
    (tmp_path / "big.txt").write_text(f"Big\n\n{body(2) * 40}\n", encoding="utf-8")
    (tmp_path / "big.jsonl").write_text(
        "".join(json.dumps({"text": body(n)}) + "\n" for n in range(3, 40)), encoding="utf-8")
    pq.write_table(pa.table({"text": [body(n) * 5 for n in range(50)]}), tmp_path / "b.parquet")
    cap = 1000
    assert all(os.path.getsize(tmp_path / n) > cap for n in ("big.txt", "big.jsonl",
                                                             "b.parquet"))
    articles, errors = load(tmp_path, max_file_bytes=cap)
    assert articles["title"].tolist() == ["Small"]
    assert sorted(errors["path"].map(os.path.basename)) == ["b.parquet", "big.jsonl", "big.txt"]
    assert set(errors["problem"]) == {"too_large"}
    assert errors["message"].str.contains("over the limit of 1,000 bytes").all()
    # no limit, or the generous default: all read
    assert len(load(tmp_path, max_file_bytes=None)[0]) == 1 + 1 + 37 + 50
    assert len(load(tmp_path)[0]) == 89
    with pytest.raises(ValueError, match="max_file_bytes"):
        load(tmp_path, max_file_bytes=0)


def test_the_cap_holds_while_reading_a_file_that_reports_a_wrong_size(tmp_path, monkeypatch):
    """A file whose size the system reports wrongly (``/proc`` files report 0) is read only up
    to the cap."""
    from analysis.io import decode

    path = tmp_path / "grows.jsonl"
    path.write_text("".join(json.dumps({"text": body(n)}) + "\n" for n in range(200)),
                    encoding="utf-8")
    (tmp_path / "grows.txt").write_text(f"Grows\n\n{body(1) * 100}\n", encoding="utf-8")
    real_fstat = os.fstat

    def small_fstat(fd):
        info = real_fstat(fd)
        return os.stat_result((info.st_mode, info.st_ino, info.st_dev, info.st_nlink,
                               info.st_uid, info.st_gid, 0, 0, 0, 0))

    monkeypatch.setattr(decode.os, "fstat", small_fstat)
    articles, errors = load(tmp_path, max_file_bytes=4000)
    assert sorted(errors["path"].map(os.path.basename)) == ["grows.jsonl", "grows.txt"]
    assert set(errors["problem"]) == {"too_large"}
    assert errors["message"].str.contains("more than 4,000 bytes").all()
    assert len(articles) < 200 // 4  # the records before the cap, no more


def test_cli_max_file_bytes(tmp_path):
    (tmp_path / "big.txt").write_text(f"Big\n\n{body(2) * 40}\n", encoding="utf-8")
    done = cli("ingest", tmp_path, "--max-file-bytes", "1K")
    # the only file not read: no usable article (exit status 4, issue 28)
    assert done.returncode == 4 and b"too_large" in done.stdout
    done = cli("ingest", tmp_path, "--max-file-bytes", "none")
    assert done.returncode == 0, done.stdout.decode()
    done = cli("ingest", tmp_path, "--max-file-bytes", "lots")
    assert done.returncode == 2 and b"--max-file-bytes" in done.stderr


# -- 16. a store inside the input folder ----------------------------------------------------

def test_a_store_inside_the_input_folder_is_skipped_with_one_note(nlp, tmp_path):
    from analysis.runs import load_corpus

    src = tmp_path / "data"
    (src / "raw").mkdir(parents=True)
    for n in range(3):
        (src / "raw" / f"a{n}.txt").write_text(f"Title {n}\n\n{body(n)}\n", encoding="utf-8")
    store = src / "processed"  # ANALYSIS_DATA=data: the store is data/processed/
    first = load_corpus(src, store=store, processes=1)
    assert len(first.articles) == 3 and first.errors.empty
    again = load_corpus(src, store=store, processes=1)
    assert len(again.articles) == 3 and again.meta["parsed"] == 0
    assert again.errors[["path", "problem"]].values.tolist() == [[str(store), "skipped"]]
    assert failures(again.errors).empty
    # given itself, or a part inside it: a clear error, nothing read
    articles, errors = load(store, next((store / "articles").glob("*.parquet")))
    assert articles.empty and errors["problem"].tolist() == ["unsupported"] * 2
    assert errors["message"].str.contains("analysis store").all()


def test_a_store_cut_short_and_a_reports_folder_are_skipped(tmp_path):
    (tmp_path / "a.txt").write_text(f"Title\n\n{body(1)}\n", encoding="utf-8")
    cut = tmp_path / "out"  # a first run killed before manifest.json was written
    for table in ("articles", "entities", "quotes"):
        (cut / table).mkdir(parents=True)
        pq.write_table(pa.table({"text": [body(9)], "article_id": ["x"]}),
                       cut / table / "part.parquet")
    figures = tmp_path / "reports" / "figures"
    figures.mkdir(parents=True)
    (figures / "top-speakers.csv").write_text("speaker,quotes\nAnn Bell,3\n", encoding="utf-8")
    (figures / "top-speakers.png").write_bytes(b"\x89PNG\r\n")
    (tmp_path / "reports" / "01-article.html").write_text(f"<p>{body(8)}</p>" * 5)
    articles, errors = load(tmp_path)
    assert articles["title"].tolist() == ["Title"]
    assert errors[["path", "problem"]].values.tolist() == [
        [str(cut), "skipped"], [str(tmp_path / "reports"), "skipped"]]
    # folders that only look a little like them are read
    for table in ("entities", "quotes"):
        for part in (cut / table).iterdir():
            part.unlink()
        (cut / table).rmdir()
    (figures / "top-speakers.png").unlink()
    articles, errors = load(tmp_path)
    assert len(articles) == 3 and "skipped" not in set(errors["problem"])  # txt, part, html
