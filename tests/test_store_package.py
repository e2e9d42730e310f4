"""The store package (analysis.store): the fingerprint's allow-list, the one index cache, the
one read path, and stored parts read back as written."""

from __future__ import annotations

import shutil
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from analysis.schema import ARTICLES, ENTITIES, QUOTES
from analysis.store import STORED_COLUMNS, Store, fingerprint, package_files

MODEL = {"model": "m", "model_version": "1", "spacy_version": "3"}

# ---- the fingerprint: an allow-list of package paths ------------------------------------------
HASHED = ("engine/__init__.py", "engine/components/quotes.py", "engine/quotes/cues.py",
          "engine/rows.py", "io/readers.py", "io/values.py", "data/speech_verbs.txt",
          "data/aliases.csv", "schema.py", "vocab.py", "lexicons.py", "articles.py")
NOT_HASHED = ("__init__.py", "__main__.py", "assembly/__init__.py", "assembly/actors.py",
              "assembly/gender.py", "plots.py", "cli.py", "corpus.py", "runs.py", "stored.py",
              "summaries.py", "display.py", "store/__init__.py",
              "store/fingerprint.py", "evaluation/scoring.py")


@pytest.fixture
def package(tmp_path) -> Path:
    """A fake ``analysis/`` folder: engine, io, data, schema … and the corpus step, charts, CLI,
    runs, store (plus compiled files that are never hashed)."""
    root = tmp_path / "analysis"
    for rel in HASHED + NOT_HASHED + ("engine/__pycache__/rows.cpython-311.pyc",
                                      "io/__pycache__/values.cpython-311.pyc"):
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"# {rel}\n", encoding="utf-8")
    return root


def test_the_fingerprint_hashes_exactly_the_row_paths(package):
    listed = [str(p.relative_to(package)) for p in package_files(package)]
    assert sorted(listed) == sorted(HASHED)
    assert listed == sorted(listed, key=lambda p: Path(p).parts)  # a stable order


@pytest.mark.parametrize("rel", HASHED)
def test_editing_an_engine_io_data_or_schema_file_changes_the_fingerprint(package, rel):
    before = fingerprint(MODEL, "settings", root=package)
    assert fingerprint(MODEL, "settings", root=package) == before
    (package / rel).write_text("# edited\n", encoding="utf-8")
    assert fingerprint(MODEL, "settings", root=package) != before


@pytest.mark.parametrize("rel", NOT_HASHED)
def test_editing_the_corpus_step_a_chart_the_cli_or_the_store_keeps_the_fingerprint(package,
                                                                                       rel):
    before = fingerprint(MODEL, "settings", root=package)
    (package / rel).write_text("# edited: cannot change a stored row\n", encoding="utf-8")
    assert fingerprint(MODEL, "settings", root=package) == before


def test_a_new_module_outside_the_row_paths_keeps_the_fingerprint(package):
    before = fingerprint(MODEL, root=package)
    for rel in ("charts.py", "assembly/merges.py", "notebook_helpers/cells.py",
                "engine/__pycache__/new.cpython-311.pyc"):
        (package / rel).parent.mkdir(parents=True, exist_ok=True)
        (package / rel).write_text("NEW = 1\n", encoding="utf-8")
    assert fingerprint(MODEL, root=package) == before


@pytest.mark.parametrize("rel", ("engine/quotes/new_stage.py", "data/new_words.txt",
                                 "io/new_reader.py"))
def test_a_new_engine_module_or_word_list_changes_the_fingerprint(package, rel):
    before = fingerprint(MODEL, root=package)
    (package / rel).write_text("NEW = 1\n", encoding="utf-8")
    assert fingerprint(MODEL, root=package) != before


def test_the_model_versions_and_row_settings_change_the_fingerprint(package):
    before = fingerprint(MODEL, "settings", root=package)
    assert fingerprint({**MODEL, "model_version": "2"}, "settings", root=package) != before
    assert fingerprint({**MODEL, "spacy_version": "4"}, "settings", root=package) != before
    assert fingerprint(MODEL, "other settings", root=package) != before


def test_the_real_package_hashes_no_corpus_step_chart_cli_run_or_store_file(tmp_path):
    import analysis

    real = Path(analysis.__file__).resolve().parent
    names = {p.relative_to(real).as_posix() for p in package_files()}
    assert {"io/readers.py", "io/values.py", "data/speech_verbs.txt", "schema.py",
            "lexicons.py"} <= names
    tops = {n.split("/")[0] for n in names}
    assert tops <= {"engine", "io", "data", "schema.py", "vocab.py", "lexicons.py",
                    "articles.py"}, tops
    assert not tops & {"assembly", "assembly.py", "store", "plots.py", "cli.py", "runs.py",
                       "corpus.py", "stored.py", "summaries.py", "display.py", "report.py",
                       "institutions.py", "evaluation"}
    # every hashed file counts (a copy of the package, each one edited in turn)
    copy = tmp_path / "analysis"
    shutil.copytree(real, copy, ignore=shutil.ignore_patterns("__pycache__"))
    before = fingerprint(MODEL, root=copy)
    for path in package_files(copy):
        original = path.read_bytes()
        path.write_bytes(original + b"\n")
        assert fingerprint(MODEL, root=copy) != before, path
        path.write_bytes(original)
    (copy / "plots.py").write_text("# a chart change\n", encoding="utf-8")
    (copy / "institutions.py").write_text("# a corpus-step change\n", encoding="utf-8")
    assert fingerprint(MODEL, root=copy) == before


# ---- parts written with the public API read back as written ------------------------------------
def articles(ids, *, seq0=0, hashes=True, things=True) -> pd.DataFrame:
    rows = [{"article_id": a, "title": f"Title {a}" if i % 2 else None, "author": None,
             "published": pd.Timestamp("2024-01-01", tz="UTC") + pd.Timedelta(days=seq0 + i)
             if i % 3 else None,
             "source": ("BBC", "AP", None)[i % 3], "url": None,
             "path": f"/in/{a}\udce9.txt" if a == "b" else f"/in/{a}.txt",
             "text": f'Text of {a}. "Hi," said Bob.'} for i, a in enumerate(ids)]
    frame = ARTICLES.frame(pd.DataFrame(rows)).assign(seq=range(seq0, seq0 + len(ids)))
    if hashes:
        frame["text_hash"] = pd.array([None if i % 2 else 2**63 + 5 + i
                                       for i in range(len(ids))], dtype="UInt64")
        frame["meta_hash"] = np.arange(len(ids), dtype="uint64") + np.uint64(2**63 + 11)
    if things:
        frame["things"] = [["AIS"] if i % 2 else [] for i in range(len(ids))]
    return frame


def entities(ids) -> pd.DataFrame:
    return ENTITIES.frame(pd.DataFrame([
        {"article_id": a, "entity_id": f"{a}-e{k}", "text": "Bob", "label": "PERSON",
         "start": 10 * k, "end": 10 * k + 3, "sentence_id": k, "paragraph_id": 0,
         "actor": "Bob" if k else None} for a in ids for k in range(2)]))


def quotes(ids) -> pd.DataFrame:
    return QUOTES.frame(pd.DataFrame([
        {"article_id": a, "quote_id": f"{a}-q0", "quote": "Hi,", "start": 9, "end": 12,
         "kind": "direct", "cue": "said", "cue_lemma": "say", "speaker": "Bob",
         "speaker_start": 19 if j % 2 else None, "speaker_end": 22 if j % 2 else None,
         "speaker_type": "named", "speaker_actor": "Bob", "speaker_role": None,
         "sentence_id": 0, "paragraph_id": 0, "speaker_gender": None, "gender_source": None}
        for j, a in enumerate(ids)]))


def plain(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.reset_index(drop=True)


def test_a_part_reads_back_as_written(tmp_path):
    """Every column of the three tables as written — exact 64-bit hashes, lists, a path that is
    not UTF-8 (backslash-escaped), nulls, nullable integers — through both reads."""
    store = Store(tmp_path / "store")
    arts, ents, qs = articles(["a", "b", "c"]), entities(["a", "b", "c"]), quotes(["a", "c"])
    name = store.write_part(arts, ents, qs, fingerprint="f1", run="r1")
    back = store.read()
    assert list(back["articles"].columns) == list(ARTICLES.names) + list(STORED_COLUMNS)
    want = arts.assign(fingerprint="f1", run="r1",
                       path=arts["path"].str.replace("\udce9", "\\udce9", regex=False))
    got = plain(back["articles"])
    assert got["things"].map(list).tolist() == want["things"].tolist()
    pd.testing.assert_frame_equal(got.drop(columns="things"),
                                  plain(want[got.columns]).drop(columns="things"),
                                  check_dtype=False)
    assert got["text_hash"].dtype == "UInt64" and got["meta_hash"].dtype == "UInt64"
    assert got["meta_hash"].tolist() == arts["meta_hash"].tolist()  # all 64 bits
    pd.testing.assert_frame_equal(plain(back["entities"]), ents)
    pd.testing.assert_frame_equal(plain(back["quotes"]), qs)
    latest = store.latest("f1")
    assert latest["part"].tolist() == [name] * 3
    pd.testing.assert_frame_equal(store.table("quotes", latest), qs)
    pd.testing.assert_frame_equal(store.table("entities", latest, ["actor"]),
                                  ents[["article_id", "actor"]])
    assert store.damaged([name]) == {} and store.unreadable("f1") == set()


def test_newest_part_and_fingerprint_win_in_every_read(tmp_path):
    store = Store(tmp_path / "store")
    store.write_part(articles(["a", "b"]), entities(["a", "b"]), quotes(["a", "b"]),
                     fingerprint="f1", run="r1")
    store.write_part(articles(["b"], seq0=5).assign(title="New b"), entities([]),
                     quotes(["b"]), fingerprint="f1", run="r2")
    store.write_part(articles(["a"], seq0=9).assign(title="Other rules"), entities(["a"]),
                     quotes([]), fingerprint="f2", run="r3")
    for reader in (store, Store(store.root)):  # the kept index, and one read afresh
        f1 = reader.read(fingerprint="f1")
        assert f1["articles"].set_index("article_id")["title"].to_dict() == {
            "a": None, "b": "New b"}
        assert sorted(f1["entities"]["article_id"]) == ["a", "a"]  # b's newest part: none
        assert f1["quotes"]["article_id"].tolist() == ["a", "b"]
        newest = reader.read()
        assert newest["articles"].set_index("article_id")["run"].to_dict() == {
            "a": "r3", "b": "r2"}
        assert newest["quotes"]["article_id"].tolist() == ["b"]
        assert reader.where(fingerprint="f1", sources=["AP"]) == set()  # b was AP before
        assert reader.where(fingerprint="f1", sources=["BBC"]) == {"a", "b"}
        table, names = reader.lookup("f1")
        assert table.column("article_id").to_pylist() == ["b", "a", "b"]
        first, second = (p.name for p in reader.parts()[:2])
        assert [names[i] for i in table.column("part").to_pylist()] == [second, first, first]


def test_a_part_without_quotes_is_read_for_a_selection_without_a_warning(tmp_path):
    """A part whose quotes file is empty (its articles quote no one) holds no type for its
    columns; a selection pushed down to it reads its articles and entities (the old read
    called the part unreadable and returned nothing)."""
    store = Store(tmp_path / "store")
    store.write_part(articles(["a", "b", "c"]), entities(["a", "b"]), quotes([]),
                     fingerprint="f", run="r")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        picked = store.read(["a"], fingerprint="f", pushdown=True)
        chosen = store.latest("f")
        rows = store.table("quotes", chosen[chosen["article_id"] == "b"], pushdown=True)
        found = store.where(fingerprint="f", sources=["Nowhere"])
    assert picked["articles"]["article_id"].tolist() == ["a"]
    assert picked["entities"]["article_id"].tolist() == ["a", "a"]
    assert picked["quotes"].empty and list(picked["quotes"].columns) == list(QUOTES.names)
    assert rows.empty and list(rows.columns) == list(QUOTES.names)
    assert found == set()


def test_a_part_with_no_sources_is_filtered_without_a_warning(tmp_path):
    """``Corpus.read(sources=…)`` on a part none of whose articles has an outlet: no row
    matches (the old read warned that the part was unreadable)."""
    store = Store(tmp_path / "store")
    store.write_part(articles(["a", "b"]).assign(source=None), entities(["a"]), quotes(["a"]),
                     fingerprint="f", run="r")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert store.where(fingerprint="f", sources=["BBC"]) == set()
        assert store.where(fingerprint="f", since="2023-12-01") == {"b"}


def test_a_part_of_an_older_version_still_reads(tmp_path):
    """A part written before hashes, article facts and checksums were kept (plain pyarrow, as
    the older store wrote it) reads back: missing columns null, footers checked."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    root = tmp_path / "store"
    arts = articles(["a", "b"], hashes=False, things=False).assign(fingerprint="f", run="r")
    name = "00000000000000000001-00000000.parquet"
    for table, frame in (("entities", entities(["a", "b"])), ("quotes", quotes(["b"])),
                         ("articles", arts)):
        (root / table).mkdir(parents=True)
        frame = frame.assign(path=frame["path"].str.replace("\udce9", "x", regex=False)) \
            if table == "articles" else frame
        pq.write_table(pa.Table.from_pandas(frame, preserve_index=False), root / table / name)
    store = Store(root)
    back = store.read(fingerprint="f")
    assert back["articles"]["article_id"].tolist() == ["a", "b"]
    assert back["articles"]["text_hash"].isna().all() and "things" not in back["articles"]
    pd.testing.assert_frame_equal(plain(back["quotes"]), quotes(["b"]))
    cols = store.table("articles", store.latest("f"), ["seq", "things"])
    assert cols["seq"].tolist() == [0, 1] and cols["things"].isna().all()
    table, _ = store.lookup("f")
    assert table.column("text_hash").null_count == 2
    assert store.damaged([name]) == {}
    # a new part beside it, then a compaction: one part, the same rows
    store.write_part(articles(["c"], seq0=2), entities([]), quotes(["c"]), fingerprint="f",
                     run="r2")
    before = store.read(fingerprint="f")
    assert store.compact() and len(store.parts()) == 1
    after = Store(root).read(fingerprint="f")
    for name in ("entities", "quotes"):
        pd.testing.assert_frame_equal(plain(after[name]), plain(before[name]))
    pd.testing.assert_frame_equal(plain(after["articles"]).drop(columns="things"),
                                  plain(before["articles"]).drop(columns="things"))


# ---- the index: one cache ----------------------------------------------------------------------
def test_the_index_reads_each_part_once_and_follows_every_write(tmp_path, monkeypatch):
    from analysis.store import index as index_module

    reads = []
    real = index_module.read_id_table
    monkeypatch.setattr(index_module, "read_id_table",
                        lambda path: reads.append(path.name) or real(path))
    root = tmp_path / "store"
    Store(root).write_part(articles(["a", "b"]), entities(["a"]), quotes(["a"]),
                           fingerprint="f", run="r")
    store = Store(root)
    assert store.latest("f")["article_id"].tolist() == ["a", "b"] and len(reads) == 1
    store.index(), store.lookup("f"), store.unreadable("f")
    assert len(reads) == 1  # one read of the part, every view from it
    latest = store.latest("f")
    assert store.latest("f") is latest  # kept while the parts stay the same
    mine = store.write_part(articles(["b", "c"], seq0=2), entities([]), quotes([]),
                            fingerprint="f", run="r2")
    assert len(reads) == 1  # the part just written joins the index without a read
    now = store.latest("f")
    assert now is not latest  # no view of the old index is served for the new one
    assert now.set_index("article_id")["part"].to_dict() == {
        "a": store.parts()[0].name, "b": mine, "c": mine}
    assert store.lookup("f")[0].num_rows == 4
    other = Store(root).write_part(articles(["d"], seq0=4), entities([]), quotes([]),
                                   fingerprint="f", run="r3")  # another writer
    assert sorted(store.latest("f")["article_id"]) == ["a", "b", "c", "d"]
    assert reads[1:] == [other]  # only the part not seen before is read
    assert store.compact()
    assert sorted(store.latest("f")["article_id"]) == ["a", "b", "c", "d"]
    assert store.latest("f")["part"].nunique() == 1 == len(store.parts())


def test_a_part_needs_its_positions(tmp_path):
    with pytest.raises(ValueError, match="seq"):
        Store(tmp_path / "s").write_part(articles(["a"]).drop(columns="seq"), entities([]),
                                         quotes([]), fingerprint="f", run="r")


# ---- a re-run whose articles quote no one ------------------------------------------------------
def test_new_metadata_for_articles_without_quotes_is_rewritten(tmp_path, nlp):
    """Two articles quoting no one (their part's quotes file is empty), then one's title
    corrected: the re-run rewrites its row (the old read of that part failed, and the re-run
    stopped with a KeyError)."""
    from analysis import Corpus, analyze

    rows = pd.DataFrame({"article_id": ["x", "y"], "title": ["A", "B"],
                         "text": ["The sky is blue over Paris today.",
                                  "Rain fell in Oslo on Monday."]})
    store = tmp_path / "store"
    assert analyze(rows, store=store, processes=1).quotes.empty
    again = analyze(rows.assign(title=["A2", "B"]), store=store, processes=1)
    assert (again.meta["parsed"], again.meta["reused"], again.meta["updated"]) == (0, 2, 1)
    assert Corpus.read(store).articles["title"].tolist() == ["A2", "B"]
