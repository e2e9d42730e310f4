"""Nothing a user feeds in or copies from the README can stall, crash or falsify a run: entry
points for parallel runs, the per-article time budget, hostile records, stale store rows,
repeated ids and odd file-system entries. The fault matrix of ``test_faults.py`` runs them
through ``extract`` as well."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap

import pandas as pd
import pytest

from analysis import Corpus, analyze, config, load_articles
from analysis.io import article_id_for

from .conftest import WIKINEWS, need

PY = sys.executable


def readme_api_block() -> str:
    """The code block under the README's "## Python API" heading, as a user copies it."""
    readme = (config.PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Python API", 1)[1]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)


def wiki_folder(folder, n: int, skip: int = 0):
    folder.mkdir(parents=True, exist_ok=True)
    lines = (need(WIKINEWS) / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    (folder / "articles.jsonl").write_text("\n".join(lines[skip:skip + n]) + "\n",
                                           encoding="utf-8")
    return folder


def test_readme_api_block_runs_as_a_plain_script_and_with_python_c(tmp_path):
    folder = wiki_folder(tmp_path / "in", 72)
    code = readme_api_block().replace('"data/raw"', repr(str(folder)))
    assert "analyze(articles)" in code  # default processes: all cores for > 64 articles
    code += "\ncorpus.quotes.to_parquet(OUT)\n"
    script = tmp_path / "run.py"  # no `if __name__ == "__main__":` guard, as in the README
    script.write_text(code.replace("OUT", repr(str(tmp_path / "script.parquet"))),
                      encoding="utf-8")
    done = subprocess.run([PY, str(script)], cwd=tmp_path, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "instead" not in done.stderr  # the workers ran: no fallback to one process
    inline = code.replace("OUT", repr(str(tmp_path / "inline.parquet")))
    done = subprocess.run([PY, "-c", inline], cwd=tmp_path, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "instead" not in done.stderr
    one = analyze(load_articles(folder), processes=1).quotes
    for name in ("script", "inline"):
        pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / f"{name}.parquet"), one,
                                      check_dtype=False, obj=name)


def budget_frame(n_short: int = 16) -> pd.DataFrame:
    long = "\n\n".join(f'"We will build {i} new schools," said Minister Ann Lee. Critics said '
                       f'the plan for district {i} was unaffordable.' for i in range(600))
    texts = [f"Tony Blair said plan {i} was fine." for i in range(n_short)]
    texts.insert(5, long)
    return pd.DataFrame({"article_id": [f"a{i}" for i in range(len(texts))], "text": texts})


@pytest.mark.parametrize("processes", [1, 2])
def test_an_article_over_its_time_budget_is_an_error_row_and_the_rest_goes_on(processes):
    frame = budget_frame()
    corpus = analyze(frame, processes=processes, time_limit=0.03)  # the long one needs ~0.2 s
    assert corpus.errors.problem.tolist() == ["timeout"]
    assert "a5" in corpus.errors.message[0] and "0.03 s" in corpus.errors.message[0]
    assert corpus.articles.article_id.tolist() == [a for a in frame.article_id if a != "a5"]
    assert set(corpus.quotes.article_id) == set(corpus.articles.article_id)
    assert "a5" not in set(corpus.entities.article_id)
    unlimited = analyze(frame, processes=1, time_limit=None)
    assert unlimited.errors.empty and len(unlimited.articles) == len(frame)
    with pytest.raises(ValueError, match="positive"):
        analyze(frame.head(1), time_limit=0)


def test_cli_time_limit_option(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps({"id": a, "text": t}) for a, t in
                             zip(*budget_frame(2).T.values)) + "\n", encoding="utf-8")
    done = subprocess.run([PY, "-m", "analysis", "extract", str(src), "--out", str(tmp_path / "o"),
                           "--time-limit", "0.03", "--quiet"], capture_output=True, text=True)
    assert done.returncode == 3, done.stderr
    assert re.search(r"in\.jsonl: timeout: article \w+: extraction took longer than 0\.03 s",
                     done.stdout)
    assert "Traceback" not in done.stdout + done.stderr


def hostile_folder(root):
    root.mkdir()
    good = "The mayor said the bridge would reopen in May."
    deep = '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}"
    (root / "deep.jsonl").write_text(deep + "\n" + json.dumps({"text": good}) + "\n",
                                     encoding="utf-8")
    (root / "deep.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    (root / "dates.jsonl").write_text(
        json.dumps({"text": "Ann Lee said the plan was dead.", "date": 1e300}) + "\n"
        + json.dumps({"text": "Tom Hart said it was alive.", "date": -9e18}) + "\n",
        encoding="utf-8")
    (root / "surrogate.jsonl").write_text('{"text": "The minister said \\ud800 it was fine.", '
                                          '"title": "Lone \\udfff"}\n', encoding="utf-8")
    (root / "mixed.jsonl").write_text(
        json.dumps({"title": 42, "author": 3.5, "text": "Rita Ora said she would sing."}) + "\n"
        + json.dumps({"title": "A title", "author": ["Ann", "Bob"],
                      "text": "Bob Dylan said he would not."}) + "\n", encoding="utf-8")
    pd.DataFrame({"text": ["Joe Bloggs said the pier was safe.", "Jane Doe said it was not."],
                  "title": [1.5, float("nan")], "author": [float("nan"), 2.0]}
                 ).to_parquet(root / "floats.parquet")
    big = "Ann Lee said the budget was fine. " * 6_000  # 204 KB in one CSV field
    pd.DataFrame({"text": [big, "Tom Hart said the plan was late."]}).to_csv(
        root / "big.csv", index=False)
    (root / "ragged.csv").write_text('text,title\n"Ann Lee said it was fine.",one\n'
                                     '"Tom Hart, who said ""no""",two,EXTRA\n'
                                     '"Rob Roy said it was late.",three\n', encoding="utf-8")
    return root


def test_hostile_records_cost_only_themselves(tmp_path):
    folder = hostile_folder(tmp_path / "in")
    out = tmp_path / "out"
    done = subprocess.run([PY, "-m", "analysis", "extract", str(folder), "--out", str(out),
                           "--quiet"], capture_output=True, text=True, timeout=600)
    assert "Traceback" not in done.stdout + done.stderr, done.stderr[-3000:]
    assert done.returncode == 3, done.stderr[-3000:]
    corpus = Corpus.read(out)
    errors = {(os.path.basename(r.path), None if pd.isna(r.line) else int(r.line), r.problem)
              for r in corpus.errors.itertuples()}
    assert errors == {("deep.jsonl", 1, "json"), ("deep.json", None, "json"),
                      ("dates.jsonl", 1, "bad_date"), ("dates.jsonl", 2, "bad_date"),
                      ("surrogate.jsonl", 1, "repaired"), ("ragged.csv", 3, "ragged")}
    assert "3 errors (3 notes)" in done.stdout  # the two notes per date and the repair are kept
    texts = set(corpus.articles.text)
    assert "The mayor said the bridge would reopen in May." in texts
    assert {"Ann Lee said it was fine.", "Rob Roy said it was late."} <= texts  # not shifted
    assert not any("EXTRA" in t or "Tom Hart, who" in t for t in texts)
    assert any(len(t) > 200_000 for t in texts) and "Tom Hart said the plan was late." in texts
    assert "The minister said \ufffd it was fine." in texts
    arts = corpus.articles.set_index("text")
    assert arts.loc["Rita Ora said she would sing.", "title"] == "42"
    assert arts.loc["Rita Ora said she would sing.", "author"] == "3.5"
    assert arts.loc["Bob Dylan said he would not.", "author"] == "Ann, Bob"
    assert arts.loc["Joe Bloggs said the pier was safe.", "title"] == "1.5"
    assert arts.loc["Jane Doe said it was not.", "author"] == "2"
    assert arts.loc["Ann Lee said the plan was dead.", "published"] is pd.NaT
    for col in ("title", "author", "source", "url", "path"):
        assert corpus.articles[col].map(lambda v: v is None or isinstance(v, str)).all(), col


def test_analyze_repairs_lone_surrogates_and_keeps_offsets():
    text = "The minister said \ud800 the plan was fine."
    corpus = analyze(text)
    assert corpus.articles.text[0] == text.replace("\ud800", "\ufffd")
    assert corpus.articles.article_id[0] == article_id_for(corpus.articles.text[0])
    assert corpus.quotes.quote.str.contains("the plan was fine").all() and len(corpus.quotes)


@pytest.mark.parametrize("stored", [False, True], ids=["in-memory", "store"])
def test_repeated_and_missing_ids_are_never_silently_lost(stored, tmp_path):
    frame = pd.DataFrame({"article_id": ["a", "a", "b", None, float("nan"), "b"],
                          "text": ["Ann Lee said yes.", "Tom Hart said no.", "Rob Roy spoke.",
                                   "Joe Bloggs said maybe.", "Jane Doe said never.",
                                   "Rob Roy spoke."]})
    # a store run decides from the ids and texts alone (no coerced table): the same choice
    corpus = analyze(frame, store=tmp_path / "store" if stored else None)
    ids = corpus.articles.article_id.tolist()
    assert ids[:2] == ["a", "b"] and len(ids) == 4 and not {"None", "nan"} & set(ids)
    assert set(corpus.articles.text) == {"Ann Lee said yes.", "Rob Roy spoke.",
                                         "Joe Bloggs said maybe.", "Jane Doe said never."}
    assert corpus.errors.problem.tolist() == ["duplicate_id"]  # the same text twice is no loss
    assert "'a'" in corpus.errors.message[0] and "row 1" in corpus.errors.message[0]


def write_txt(folder, name, title, body):
    (folder / name).write_text(f"{title}\n\n{body}\n", encoding="utf-8")


def test_corpus_read_returns_the_last_run_after_edit_delete_add(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    rows = [json.loads(line) for line in (need(WIKINEWS) / "articles.jsonl").read_text(
        encoding="utf-8").splitlines()[:7]]
    for i, row in enumerate(rows[:6]):
        write_txt(folder, f"{i}.txt", row["title"], row["text"])
    out = tmp_path / "out"
    analyze(load_articles(folder), store=out, processes=1)
    write_txt(folder, "1.txt", rows[1]["title"], rows[1]["text"] + "\n\nThe mayor said it ended.")
    (folder / "2.txt").unlink()
    write_txt(folder, "6.txt", rows[6]["title"], rows[6]["text"])
    rerun = analyze(load_articles(folder), store=out, processes=1)
    assert rerun.meta["parsed"] == 2 and rerun.meta["reused"] == 4
    stored, fresh = Corpus.read(out), analyze(load_articles(folder), processes=1)
    assert len(stored.articles) == 6
    for name in ("articles", "entities", "actors", "quotes"):
        pd.testing.assert_frame_equal(getattr(stored, name), getattr(fresh, name), obj=name)
    everything = Corpus.read(out, articles="all")
    assert len(everything.articles) == 8  # the deleted article and the old version as well
    with pytest.raises(ValueError, match="last_run or all"):
        Corpus.read(out, articles="newest")


def test_broken_links_and_unreadable_folders_are_reported(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "locked").mkdir()
    write_txt(folder, "ok.txt", "Fine", "Ann Lee said it was fine.")
    write_txt(folder / "locked", "hidden.txt", "Hidden", "Tom Hart said so.")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    write_txt(elsewhere, "linked.txt", "Linked", "Rob Roy said it was linked.")
    os.symlink(tmp_path / "missing.txt", folder / "dangling.txt")
    os.symlink(folder / "loop-b.txt", folder / "loop-a.txt")
    os.symlink(folder / "loop-a.txt", folder / "loop-b.txt")
    os.symlink(elsewhere, folder / "sub" / "elsewhere")  # a linked folder is read
    os.symlink(folder, folder / "sub" / "back-up")  # a link back up the tree is not
    locked = folder / "locked"
    if os.geteuid() == 0:  # root reads any folder: make this one fail as it would for a user
        real_scandir = os.scandir

        def scandir(path="."):
            if os.fspath(path) == str(locked):
                raise PermissionError(13, "Permission denied", str(locked))
            return real_scandir(path)

        monkeypatch.setattr(os, "scandir", scandir)
    else:
        locked.chmod(0)
    try:
        articles, errors = load_articles(folder, errors="collect")
    finally:
        locked.chmod(0o755)
    assert sorted(articles.title) == ["Fine", "Linked"]
    got = {(os.path.relpath(p, folder), problem) for p, problem in zip(errors.path,
                                                                        errors.problem)}
    assert got == {("dangling.txt", "not_found"), ("loop-a.txt", "unreadable"),
                   ("loop-b.txt", "unreadable"), ("locked", "unreadable"),
                   ("sub/back-up", "unreadable")}
    messages = " ".join(errors.message)
    assert "dangling symbolic link" in messages and "symbolic link loop" in messages
    assert "Permission denied" in messages


def test_dask_in_an_unguarded_script_falls_back_with_a_warning(tmp_path):
    folder = wiki_folder(tmp_path / "in", 20)
    script = tmp_path / "dask_run.py"
    script.write_text(textwrap.dedent(f"""
        from analysis import analyze, load_articles
        corpus = analyze(load_articles({str(folder)!r}), engine="dask", processes=2)
        print("QUOTES", len(corpus.quotes))
    """), encoding="utf-8")
    done = subprocess.run([PY, str(script)], cwd=tmp_path, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "processing with local processes instead" in done.stderr
    expected = len(analyze(load_articles(folder), processes=1).quotes)
    assert f"QUOTES {expected}" in done.stdout
