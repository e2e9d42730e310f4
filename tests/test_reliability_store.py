"""The store under faults (issue 22): undecodable file names in the side files, bit rot inside a
part, two runs at once, changed texts and metadata under the same id, a compaction during a read,
damaged side files. Tiny articles: each run parses a few sentences."""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
import warnings

import pandas as pd
import pytest

from analysis import Corpus, analyze
from analysis.runs import extract_into
from analysis.schema import ERRORS
from analysis.store import Store

TEXTS = {
    "a": 'The minister said on Monday that the plan would go ahead. "We will not wait," said '
         'Anna Berg, a spokeswoman for the ministry.',
    "b": '"Prices will rise again next year," said Peter Holm, the chief economist at Nordbank. '
         'He added that wages would follow.',
    "c": 'Police in Oslo arrested two men on Tuesday. "They were armed," said Inspector Kari '
         'Lund.',
    "d": '"The river is still rising," the mayor of Bergen, Ole Dahl, told reporters on Sunday.',
    "e": '"Wages will follow," said Lars Vik, a police officer in Tromso.',
}


def frame(ids=("a", "b", "c", "d"), **changes) -> pd.DataFrame:
    """Tiny articles with their own ids and metadata; ``changes``: column -> {id: value}."""
    rows = pd.DataFrame({"article_id": list(ids), "text": [TEXTS[i] for i in ids],
                         "title": [f"Title {i}" for i in ids], "source": "Daily",
                         "published": "2024-01-01"})
    for column, values in changes.items():
        for article_id, value in values.items():
            rows.loc[rows["article_id"] == article_id, column] = value
    return rows


def run(rows, store):
    return extract_into(rows, store, processes=1, progress=False)[0]


@pytest.fixture(scope="module")
def base_store(tmp_path_factory, nlp):
    """A store of the four articles, written once (copied by each test that changes it)."""
    store = tmp_path_factory.mktemp("base") / "store"
    run(frame(), store)
    return store


@pytest.fixture
def store(base_store, tmp_path):
    copy = tmp_path / "store"
    shutil.copytree(base_store, copy)
    return copy


def leftovers(store) -> list[str]:
    return [p.name for p in store.rglob("*.tmp")]


# ---- item 2: side files that no value can make fail ------------------------------------------
def test_errors_csv_takes_a_file_name_that_is_not_utf8(tmp_path):
    store = Store(tmp_path / "s")
    bad = "caf\udce9.txt"  # os.fsdecode of b"caf\xe9.txt": a lone surrogate
    errors = ERRORS.frame([{"path": bad, "line": None, "problem": "encoding",
                            "message": f"{bad}: not UTF-8"}])
    store.write_meta({"note": bad}, errors)
    assert leftovers(tmp_path) == []
    meta, back = store.read_meta()
    assert back["path"].tolist() == ["caf\\udce9.txt"]  # backslash-escaped, never lost
    assert meta["note"] == bad  # JSON escapes it


def test_a_part_takes_a_path_that_is_not_utf8(store):
    corpus = Corpus.read(store)
    arts = corpus.articles.assign(path="caf\udce9.txt", seq=range(4), things=None)
    Store(store).write_part(arts, corpus.entities, corpus.quotes, fingerprint="f", run="r")
    again = Corpus.read(store, articles="all").articles
    assert again["path"].tolist() == ["caf\\udce9.txt"] * 4 and leftovers(store) == []


def test_a_failed_side_file_write_leaves_no_temporary_file(tmp_path, monkeypatch):
    store = Store(tmp_path / "s")

    def boom(self, path, *a, **k):
        open(path, "w").write("half")
        raise OSError("disk full")

    monkeypatch.setattr(pd.DataFrame, "to_csv", boom)
    with pytest.raises(OSError, match="disk full"):
        store.write_meta({}, ERRORS.frame())
    assert leftovers(tmp_path) == []


# ---- item 5: bit rot inside a part --------------------------------------------------------------
def flip_middle(path):
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 8] = bytes(b ^ 0xFF for b in data[middle:middle + 8])
    path.write_bytes(bytes(data))


def test_bit_rot_in_a_quotes_part_is_found_reported_and_parsed_again(store):
    part = Store(store).parts("quotes")[0]
    flip_middle(part)  # footer intact: the file still opens
    with pytest.warns(UserWarning, match=part.name):
        corpus = Corpus.read(store)
    # never an article without its quotes: the damaged part's articles are left out
    assert corpus.articles.empty and corpus.quotes.empty
    with pytest.warns(UserWarning, match=part.name):
        meta = run(frame(), store)
    assert (meta["parsed"], meta["reused"]) == (4, 0)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the damaged part is no longer anyone's newest
        again = Corpus.read(store)
        assert run(frame(), store)["reused"] == 4
    fresh = analyze(frame(), processes=1)
    for name in ("articles", "entities", "quotes", "actors"):
        pd.testing.assert_frame_equal(getattr(again, name), getattr(fresh, name))


# ---- item 6: two runs at once -------------------------------------------------------------------
def test_side_files_written_by_two_threads_at_once(tmp_path):
    store = Store(tmp_path / "s")
    failures = []

    def writer(tag):
        try:
            for i in range(150):
                store.write_run([f"{tag}{i}"], fingerprint=tag)
                store.write_meta({"run": f"{tag}{i}"}, ERRORS.frame())
        except Exception as exc:  # noqa: BLE001 - reported below
            failures.append(exc)

    threads = [threading.Thread(target=writer, args=(t,)) for t in "xy"]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == [] and leftovers(tmp_path) == []


def test_a_reader_sees_the_side_files_of_one_run(tmp_path):
    store = Store(tmp_path / "s")
    stop = threading.Event()
    seen = []

    def writer(tag):
        try:
            for i in range(100):
                store.record_run([f"{tag}{i}"], fingerprint=tag, meta={"run": f"{tag}{i}"},
                                 errors=ERRORS.frame())
        finally:
            stop.set()

    threads = [threading.Thread(target=writer, args=(t,)) for t in "xy"]
    for t in threads:
        t.start()
    while not stop.is_set():
        meta, _, last = store.read_side(True) if (store.root / "last_run.parquet").exists() \
            else ({"run": None}, None, None)
        if last is not None:
            seen.append((meta["run"], last["article_id"].iat[0]))
    for t in threads:
        t.join()
    assert seen and all(a == b for a, b in seen)


TWO_RUNS = """
import sys, pandas as pd
from analysis.runs import extract_into
ids = sys.argv[2].split(",")
texts = [f"{i} said: \\"This is run " + sys.argv[2] + f", article {i}.\\"" for i in ids]
meta, _ = extract_into(pd.DataFrame({"article_id": ids, "text": texts}), sys.argv[1],
                       processes=1, progress=False)
print(meta["articles"])
"""


def test_two_extractions_into_one_store_at_once(tmp_path, base_store):
    store = tmp_path / "store"
    sets = ["p1,p2,p3", "q1,q2"]
    procs = [subprocess.Popen([sys.executable, "-c", TWO_RUNS, str(store), ids],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for ids in sets]
    for proc in procs:
        out, err = proc.communicate(timeout=240)
        assert proc.returncode == 0, err
    assert leftovers(store) == []
    corpus = Corpus.read(store)  # the run that finished last, with its own manifest
    assert ",".join(corpus.articles["article_id"]) in sets
    assert corpus.meta["articles"] == len(corpus.articles)
    assert len(Corpus.read(store, articles="all").articles) == 5


# ---- item 17: changed text or metadata under the same id ---------------------------------------
def test_a_changed_text_under_the_same_id_is_parsed_again(store):
    new = TEXTS["e"]
    rows = frame()
    rows.loc[rows["article_id"] == "b", "text"] = new
    meta = run(rows, store)
    assert (meta["parsed"], meta["reused"]) == (1, 3)
    corpus = Corpus.read(store)
    assert corpus.articles.set_index("article_id").at["b", "text"] == new
    assert "Lars Vik" in set(corpus.rows("quotes", "b")["speaker"])
    assert run(rows, store)["parsed"] == 0  # and stored as it is now
    # a part without hashes (as an older version wrote), compacted with parts that have them
    Corpus.read(store, article_ids=["a"]).write(store)
    assert Store(store).compact()  # the hashes stay exact
    assert run(rows, store)["parsed"] == 0
    assert run(frame(), store)["parsed"] == 1  # the old text: parsed again


def test_changed_metadata_rewrites_the_row_without_a_parse(store):
    before = Corpus.read(store)
    rows = frame(title={"c": "Corrected title"}, published={"a": "2023-12-31"},
                 source={"d": "Evening Post"})
    meta = run(rows, store)
    assert (meta["parsed"], meta["reused"], meta["updated"]) == (0, 4, 3)
    after = Corpus.read(store)
    arts = after.articles.set_index("article_id")
    assert arts.at["c", "title"] == "Corrected title" and arts.at["d", "source"] == "Evening Post"
    assert arts.at["a", "published"] == pd.Timestamp("2023-12-31", tz="UTC")
    for name in ("entities", "quotes"):  # the parse's rows, unchanged
        pd.testing.assert_frame_equal(getattr(after, name), getattr(before, name))
    fresh = analyze(rows, processes=1)
    for name in ("articles", "entities", "quotes", "actors"):  # actors: first seen follows
        pd.testing.assert_frame_equal(getattr(after, name), getattr(fresh, name))
    assert run(rows, store)["updated"] == 0


def test_derived_ids_keep_no_text_hash_and_follow_metadata(tmp_path):
    rows = frame().drop(columns="article_id")  # ids derived from the texts: they name them
    store = tmp_path / "s"
    assert run(rows, store)["parsed"] == 4
    stored = pd.read_parquet(Store(store).parts()[0])
    assert stored["text_hash"].isna().all() and stored["meta_hash"].notna().all()
    meta = run(rows.assign(source="Other"), store)
    assert (meta["parsed"], meta["updated"]) == (0, 4)
    assert set(Corpus.read(store).articles["source"]) == {"Other"}


# ---- item 18: a compaction between listing and reading -----------------------------------------
def test_a_read_never_races_a_compaction(store, monkeypatch):
    run(frame(ids=("e",)), store)  # a second part: compaction has something to merge
    assert len(Store(store).parts()) == 2
    original = Store.table
    compactions = []

    def interleaved(self, *args, **kwargs):
        if not compactions:  # parts listed; compact now, in another thread, before reading
            thread = threading.Thread(target=lambda: compactions.append(
                Store(store).compact()))
            thread.start()
            thread.join(timeout=1.5)
            compactions.append(thread)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Store, "table", interleaved)
    corpus = Corpus.read(store, articles="all")
    assert sorted(corpus.articles["article_id"]) == ["a", "b", "c", "d", "e"]
    assert set(corpus.quotes["article_id"]) == {"a", "b", "c", "d", "e"}
    compactions[0].join()
    assert compactions[-1] is True and len(Store(store).parts()) == 1  # it did run, after


# ---- item 19: damaged side files ----------------------------------------------------------------
def test_a_damaged_manifest_is_named_and_the_corpus_still_read(store):
    (store / "manifest.json").write_text("")
    with pytest.warns(UserWarning, match="manifest.json"):
        corpus = Corpus.read(store)
    assert len(corpus.articles) == 4 and corpus.meta["fingerprint"]
    (store / "manifest.json").write_text("[1, 2")
    with pytest.warns(UserWarning, match="manifest.json"):
        Corpus.read(store)


def test_a_damaged_errors_file_is_named_in_a_warning_and_the_errors(store):
    (store / "errors.csv").write_text("")
    with pytest.warns(UserWarning, match="errors.csv"):
        corpus = Corpus.read(store)
    assert corpus.errors["problem"].tolist() == ["unreadable"]
    assert "errors.csv" in corpus.errors["message"].iat[0]


def test_a_truncated_last_run_is_an_error_naming_it_never_every_article(store):
    run(frame(ids=("a",)), store)  # the last run: one article of the four stored
    path = store / "last_run.parquet"
    path.write_bytes(path.read_bytes()[:20])
    with pytest.raises(ValueError, match="last_run.parquet"):
        Corpus.read(store)
    assert len(Corpus.read(store, articles="all").articles) == 4
    run(frame(ids=("a",)), store)  # the next run records it again
    assert Corpus.read(store).articles["article_id"].tolist() == ["a"]


def test_extract_says_how_many_articles_got_new_metadata(tmp_path, nlp):
    """The command line reports a metadata rewrite beside the reused count: a corrected outlet
    in a JSON Lines file (same text, so the same derived id) is not parsed again."""
    import json

    data = tmp_path / "data"
    data.mkdir()
    feed = data / "feed.jsonl"

    def write(source):
        feed.write_text("".join(json.dumps({"text": TEXTS[i], "title": f"Title {i}",
                                            "source": source if i == "a" else "Daily"}) + "\n"
                                for i in ("a", "b")), encoding="utf-8")

    def extract():
        done = subprocess.run([sys.executable, "-m", "analysis", "extract", str(data), "--out",
                               str(tmp_path / "store"), "--quiet", "--processes", "1"],
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        return done.stdout

    write("Daily")
    assert "parsed 2 new" in extract()
    write("Evening Post")
    out = extract()
    assert "parsed 0 new, reused 2 (1 with new metadata, not parsed)" \
        in out
    assert set(Corpus.read(tmp_path / "store").articles["source"]) == {"Daily", "Evening Post"}
