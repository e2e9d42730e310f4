"""A run says what it did: one summary line from ``load_corpus`` and ``extract`` (the run's own
counts), a progress bar whenever anything is parsed, and "loading the model in N workers…"
before the bar when worker processes start (analysis.runs, analysis.parallel, analysis.cli)."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pandas as pd

from analysis import load_corpus, parallel
from analysis.cli import extract
from analysis.runs import _loading_message, run_summary

TEXT = '"The bridge will reopen on {day}," said Ann Lee, the city engineer, on {n} May.'


def articles(folder, numbers):
    folder.mkdir(exist_ok=True)
    for n in numbers:
        day = ("Monday", "Tuesday", "Friday")[n % 3]
        (folder / f"a{n}.txt").write_text(f"Bridge story {n}\n\n{TEXT.format(day=day, n=n)}\n",
                                          encoding="utf-8")


def model_of(meta) -> str:
    return f"model {meta['model']} {meta['model_version']}"


def test_load_corpus_prints_what_the_run_did_and_a_bar_for_three(tmp_path, nlp, capsys):
    data, store = tmp_path / "data", tmp_path / "store"
    articles(data, [1, 2])
    first = load_corpus(data, store=store)
    out, err = capsys.readouterr()
    assert out.splitlines()[-1] == f"2 articles: parsed 2 new, reused 0, 0 errors; " \
                                   f"{model_of(first.meta)}"
    assert "2/2" in err  # a bar, though under 21 articles
    articles(data, [3, 4, 5])
    again = load_corpus(data, store=store)
    out, err = capsys.readouterr()
    assert out.splitlines()[-1] == f"5 articles: parsed 3 new, reused 2, 0 errors; " \
                                   f"{model_of(again.meta)}"
    assert "Analysing" in err and "3/3" in err
    load_corpus(data, store=store)
    out, err = capsys.readouterr()
    assert "parsed 0 new, reused 5, 0 errors" in out and "Analysing" not in err  # no bar
    load_corpus(data, store=store, summary=False, progress=False)
    assert capsys.readouterr() == ("", "")


def test_extract_prints_the_summary_line(tmp_path, nlp, capsys):
    data = tmp_path / "data"
    articles(data, [1])
    (data / "bad.jsonl").write_text('{"id": "", "text": "Ann Lee said no."}\n', encoding="utf-8")
    assert extract([data], tmp_path / "out", processes=1) == 3
    out, err = capsys.readouterr()
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert out.splitlines()[0] == f"1 article: parsed 1 new, reused 0, 1 error; " \
                                  f"{model_of(manifest)}."
    assert "1/1" in err


def test_the_summary_names_rewritten_metadata_and_notes():
    meta = {"articles": 153, "parsed": 3, "reused": 150, "updated": 1, "model": "m",
            "model_version": "1.0"}
    errors = pd.DataFrame({"path": ["a", "b", "c"], "line": [None] * 3,
                           "problem": ["duplicate", "bad_date", "json"], "message": [""] * 3})
    assert run_summary(meta, errors) == ("153 articles: parsed 3 new, reused 150 (1 with new "
                                         "metadata, not parsed), 1 error (2 notes); model m 1.0")


def shard_ids(shard):
    return SimpleNamespace(ids=[a for a, _ in shard])


def test_workers_starting_are_announced_before_the_bar(capsys):
    items = [(f"a{i}", "text") for i in range(20)]  # 3 shards of at most 8
    started = []
    parallel.run(items, shard_ids, processes=2, progress=True, on_start=started.append,
                 on_shard=lambda r: None)
    assert started == [2]
    parallel.run(items, shard_ids, processes=1, progress=True, on_start=started.append,
                 on_shard=lambda r: None)
    parallel.run(items, shard_ids, processes=2, progress=False, on_start=started.append,
                 on_shard=lambda r: None)
    assert started == [2]  # in this process, or without a bar: nothing to announce
    capsys.readouterr()
    parallel.run(items, shard_ids, processes=2, progress=True, on_start=_loading_message,
                 on_shard=lambda r: None)
    out, err = capsys.readouterr()
    assert out == "loading the model in 2 workers…\n" and "20/20" in err
