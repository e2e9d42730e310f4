"""Incremental store, engines and the extract command (analysis.store, analysis.parallel)."""

from __future__ import annotations

import subprocess
import sys
import warnings

import pandas as pd
import pytest

from analysis import Corpus, analyze, load_articles
from analysis.store import Store

from .conftest import SEED, WIKINEWS, need
from .test_quotes import SEED_EXPECTED

PY = sys.executable


@pytest.fixture(scope="module")
def wiki(nlp):
    return load_articles(need(WIKINEWS))


def assert_same(a: Corpus, b: Corpus):
    for name in ("articles", "entities", "actors", "quotes"):
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name), obj=name)


def test_reuse_add_and_read_back(tmp_path, wiki):
    store = tmp_path / "store"
    first = analyze(wiki.head(12), store=store, processes=1)
    assert (first.meta["parsed"], first.meta["reused"]) == (12, 0)
    again = analyze(wiki.head(12), store=store, processes=1)
    assert (again.meta["parsed"], again.meta["reused"]) == (0, 12)
    assert_same(first, again)
    more = analyze(wiki.head(13), store=store, processes=1)
    assert (more.meta["parsed"], more.meta["reused"]) == (1, 12)
    fresh = analyze(wiki.head(13), processes=1)
    assert_same(more, fresh)
    back = Corpus.read(store)
    assert_same(back, fresh)
    assert back.meta["fingerprint"] == fresh.meta["fingerprint"]


def test_changed_rules_reprocess_and_never_mix(tmp_path, wiki):
    store = tmp_path / "store"
    base = analyze(wiki.head(5), store=store, processes=1)
    custom = analyze(wiki.head(5), store=store, processes=1, aliases={"Trump": "The Donald"})
    assert custom.meta["fingerprint"] != base.meta["fingerprint"]
    assert (custom.meta["parsed"], custom.meta["reused"]) == (5, 0)
    back_to_base = analyze(wiki.head(5), store=store, processes=1)
    assert back_to_base.meta["reused"] == 5
    assert_same(back_to_base, base)


def test_two_processes_give_the_same_tables(wiki):
    sample = wiki.head(30)
    one = analyze(sample, processes=1)
    two = analyze(sample, processes=2)
    assert_same(one, two)


def test_dask_local_cluster_matches_local_engine(wiki):
    pytest.importorskip("dask.distributed")
    sample = wiki.head(50)
    local = analyze(sample, processes=1)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        dask = analyze(sample, processes=2, engine="dask")
    assert_same(local, dask)


def test_corrupted_part_is_reported_and_reprocessed(tmp_path, wiki):
    store = tmp_path / "store"
    analyze(wiki.head(6), store=store, processes=1)
    part = Store(store).parts("entities")[0]
    part.write_bytes(part.read_bytes()[:100])  # truncated Parquet file
    with pytest.warns(UserWarning, match=part.name):
        again = analyze(wiki.head(6), store=store, processes=1)
    assert again.meta["parsed"] == 6
    assert_same(again, analyze(wiki.head(6), processes=1))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        Corpus.read(store)  # the stale part is ignored silently only after a new one wins


def test_cli_extract_statuses(tmp_path):
    good = tmp_path / "in"
    good.mkdir()
    (good / "seed.txt").write_bytes(SEED.read_bytes())
    out = tmp_path / "out"
    done = subprocess.run([PY, "-m", "analysis", "extract", str(good), "--out", str(out),
                           "--quiet"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "parsed 1 new, reused 0," in done.stdout
    (good / "empty.txt").write_bytes(b"")
    done = subprocess.run([PY, "-m", "analysis", "extract", str(good), "--out", str(out),
                           "--quiet"], capture_output=True, text=True)
    assert done.returncode == 3 and "Traceback" not in done.stderr
    assert "parsed 0 new, reused 1, 1 error;" in done.stdout
    assert "empty.txt: empty: empty file" in done.stdout
    usage = subprocess.run([PY, "-m", "analysis", "extract", str(good), "--out", str(out),
                            "--engine", "spark"], capture_output=True, text=True)
    assert usage.returncode == 2 and "Traceback" not in usage.stderr
    corpus = Corpus.read(out)
    assert len(corpus.articles) == 1 and len(corpus.quotes) == len(SEED_EXPECTED)
    assert corpus.errors.problem.tolist() == ["empty"]


def test_read_rejects_a_non_store(tmp_path):
    with pytest.raises(FileNotFoundError, match="not a corpus store"):
        Corpus.read(tmp_path)


def test_compaction_keeps_fingerprints_apart(tmp_path, wiki):
    """A compacted store holds rows of several fingerprints; reading one never mixes in the
    other's entities or quotes (they carry no fingerprint column of their own)."""
    store = tmp_path / "store"
    base = analyze(wiki.head(3), store=store, processes=1)
    analyze(wiki.head(3), store=store, processes=1, aliases={"Trump": "The Donald"})
    assert Store(store).compact()
    assert len(Store(store).parts("entities")) <= 2
    back = analyze(wiki.head(3), store=store, processes=1)
    assert back.meta["reused"] == 3
    assert_same(back, base)


def test_a_part_holding_an_article_twice_is_processed_again(tmp_path, wiki):
    """Parts compacted by the earlier compaction could hold two versions of an article; their
    entity and quote rows cannot be told apart, so the article is parsed again."""
    store = tmp_path / "store"
    base = analyze(wiki.head(2), store=store, processes=1)
    part = Store(store).parts("articles")[0].name
    for table in ("entities", "quotes", "articles"):
        path = store / table / part
        frame = pd.read_parquet(path)
        twin = frame.assign(fingerprint="0" * 16) if table == "articles" else frame
        pd.concat([twin, frame], ignore_index=True).to_parquet(path, index=False)
    again = analyze(wiki.head(2), store=store, processes=1)
    assert (again.meta["parsed"], again.meta["reused"]) == (2, 0)
    assert_same(again, base)


def test_read_a_selection_pushed_down(tmp_path, wiki):
    store = tmp_path / "store"
    sample = wiki.head(20)
    whole = analyze(sample, store=store, processes=1)
    dates = whole.articles["published"].dropna().sort_values()
    since, until = dates.iloc[5], dates.iloc[12]
    picked = Corpus.read(store, since=since.date(), until=until)
    inside = whole.articles[(whole.articles.published >= since.normalize())
                            & (whole.articles.published <= until)]
    assert list(picked.articles.article_id) == list(inside.article_id)
    # assembled as a corpus of those articles alone, as analyze() on them gives it
    assert_same(picked, analyze(sample[sample.article_id.isin(set(inside.article_id))],
                                processes=1))
    two = list(whole.articles.article_id[:2])
    assert list(Corpus.read(store, article_ids=two).articles.article_id) == two
    assert Corpus.read(store, sources=["No such outlet"]).articles.empty
    outlet = whole.articles.source.dropna().iat[0]
    assert (Corpus.read(store, sources=[outlet]).articles.source == outlet).all()


def test_extract_into_reads_nothing_back_and_reads_the_same(tmp_path, wiki, monkeypatch):
    from analysis.runs import extract_into

    store = tmp_path / "store"
    meta, errors = extract_into(wiki.head(8), store, processes=1, progress=False)
    assert (meta["parsed"], meta["reused"], meta["articles"]) == (8, 0, 8) and errors.empty
    from analysis.store import reader

    calls = []
    real = reader.read_rows  # the store's one read path for rows
    monkeypatch.setattr(reader, "read_rows", lambda *a, **k: calls.append(a) or real(*a, **k))
    meta, _ = extract_into(wiki.head(9), store, processes=1, progress=False)
    assert (meta["parsed"], meta["reused"]) == (1, 8) and calls == []  # no row read back
    monkeypatch.undo()
    assert_same(Corpus.read(store), analyze(wiki.head(9), processes=1))


def test_extract_into_reprocesses_an_unreadable_part(tmp_path, wiki):
    from analysis.runs import extract_into

    store = tmp_path / "store"
    extract_into(wiki.head(4), store, processes=1, progress=False)
    part = Store(store).parts("quotes")[0]
    part.write_bytes(part.read_bytes()[:50])
    with pytest.warns(UserWarning, match=part.name):
        meta, _ = extract_into(wiki.head(4), store, processes=1, progress=False)
    assert meta["parsed"] == 4
    assert_same(Corpus.read(store), analyze(wiki.head(4), processes=1))


def test_read_assembles_from_columns_and_loads_tables_when_used(tmp_path, wiki):
    from analysis import summaries

    store = tmp_path / "store"
    fresh = analyze(wiki.head(15), store=store, processes=1)
    lazy = Corpus.read(store)
    assert not any(lazy.loaded(t) for t in ("articles", "entities", "quotes"))
    pd.testing.assert_frame_equal(lazy.actors, fresh.actors)  # ready at once
    assert lazy.meta["entities"] == len(fresh.entities) and "15 article(s)" in lazy.summary()
    # some columns, the rows of one article: read alone, the table stays unread
    pd.testing.assert_frame_equal(lazy.table("quotes", ["kind", "speaker_actor"]),
                                  fresh.quotes[["kind", "speaker_actor"]])
    pd.testing.assert_frame_equal(lazy.table("entities", ["actor", "start"]),
                                  fresh.entities[["actor", "start"]])
    one = fresh.articles.article_id.iat[3]
    for name in ("articles", "entities", "quotes"):
        frame = getattr(fresh, name)
        pd.testing.assert_frame_equal(lazy.rows(name, one),
                                      frame[frame.article_id == one].reset_index(drop=True))
    for chart in (summaries.top_actors, summaries.who_speaks_about_whom,
                  summaries.speaker_type_share, summaries.mentions_over_time,
                  summaries.gender_share, summaries.actor_cooccurrence):
        pd.testing.assert_frame_equal(chart(lazy), chart(fresh), obj=chart.__name__)
    assert not lazy.loaded("entities") and not lazy.loaded("quotes")
    assert_same(lazy.select(one), fresh.select(one))
    assert_same(lazy.load(), fresh)
    assert all(lazy.loaded(t) for t in ("articles", "entities", "quotes"))


ACRONYM = ("Ships report their position via the Automatic Identification System (AIS). AIS is a "
           "ship-to-ship safety system, the agency said.")


def test_article_facts_are_stored_and_older_parts_still_read(tmp_path):
    import pyarrow.parquet as pq

    store = tmp_path / "store"
    texts = [ACRONYM, "AIS officials in Oslo said the system was down on Monday."]
    fresh = analyze(texts, store=store, processes=1)
    assert "AIS" not in set(fresh.entities.actor.dropna())
    part = Store(store).parts("articles")[0]
    stored = pq.read_table(part)
    assert [list(t) for t in stored.column("things").to_pylist()] == [["AIS"], []]
    calls = []
    real = Store.table

    def spy(self, name, chosen, columns=None, **kw):
        calls.append((name, None if columns is None else tuple(columns)))
        return real(self, name, chosen, columns, **kw)

    import analysis.store

    analysis.store.Store.table = spy
    try:
        back = Corpus.read(store)
        assert ("articles", ("text",)) not in calls  # the fact was stored: no text read
        pq.write_table(stored.drop_columns(["things"]), part)  # a part of an older version
        calls.clear()
        old = Corpus.read(store)
        assert ("articles", ("text",)) in calls  # read in the texts instead
    finally:
        analysis.store.Store.table = real
    assert_same(back, fresh)
    assert_same(old, fresh)
