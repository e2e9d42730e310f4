"""Reliability and safety: the fault matrix, interrupted and concurrent runs, determinism,
hostile text (issue: reliability and safety)."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time

import pandas as pd
import pytest

from analysis import Corpus, analyze, config, load_articles
from analysis.io import failures
from analysis.schema import SchemaViolation, validate_corpus
from analysis.store import Store

from .conftest import SEED, WIKINEWS, need

PY = sys.executable
ROOT = config.PROJECT_ROOT


def start_extract(src, out, **kw) -> subprocess.Popen:
    """``extract SRC --out OUT`` in the background, one process."""
    return subprocess.Popen([PY, "-m", "analysis", "extract", str(src), "--out", str(out),
                             "--processes", "1", "--quiet"], **kw)


def extract(*args, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([PY, "-m", "analysis", "extract", *map(str, args), "--quiet"],
                          capture_output=True, text=True, **kw)


def wiki_jsonl(path, n: int, skip: int = 0):
    lines = (need(WIKINEWS) / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(lines[skip:skip + n]) + "\n", encoding="utf-8")
    return path


GOOD_TEXTS = {
    "unbalanced.txt": 'Quotes gone wrong\n\nThe mayor said "the bridge will reopen in May.\n\n'
                      'Traffic was diverted.\n\n"It is a disaster for shops,” said Ann Bell. And '
                      'then a stray ” mark, and a stray “ mark.',
    "nested.txt": 'Nested\n\n"He told me \'we will win this\' and I believed him," said Tom Hart.'
                  '\n\n«Nous gagnerons», a-t-il dit.',
    "giant-quote.txt": 'One long quote\n\n"' + " ".join(
        f"Sentence number {i} of the speech says that we will keep going." for i in range(300))
                       + '"',
    "control.txt": "Control characters\n\nThe minister\x07 said\x0b the plan\x1b was \x00dead.",
    "rtl.txt": "Right to left\n\nقال الوزير إن الخطة \"ستستمر رغم كل شيء\" يوم الاثنين. "
               "The minister said \"the plan will go on regardless\".",
}


def fault_folder(root):
    root.mkdir()
    (root / "seed.txt").write_bytes(SEED.read_bytes())
    for name, text in GOOD_TEXTS.items():
        if name == "control.txt":
            # NUL bytes make a file look binary; keep the other control characters
            text = text.replace("\x00", "")
        (root / name).write_text(text, encoding="utf-8")
    (root / "utf16.txt").write_bytes("Wide\n\n\u201cYes, we will,\u201d she said.\n"
                                     .encode("utf-16"))
    (root / "latin1.txt").write_bytes("Prices\n\nIt costs \u00a35, said the shopkeeper.\n"
                                      .encode("latin-1"))
    paragraph = load_articles(SEED).text[0]  # the seed's body, without its outlet line
    big = "A very long article\n\n" + "\n\n".join([paragraph] * (2_100_000 // len(paragraph)))
    (root / "huge.txt").write_text(big, encoding="utf-8")
    # bad ones
    (root / "empty.txt").write_bytes(b"")
    (root / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (root / "feed.jsonl").write_text('{"title": "ok", "text": "A fine JSON line article."}\n'
                                     '{"title": broken\n', encoding="utf-8")
    pd.DataFrame({"title": ["x"], "notes": ["y"]}).to_csv(root / "notext.csv", index=False)
    (root / "nobody.html").write_text("<html><body><nav>Home</nav></body></html>",
                                      encoding="utf-8")
    # hostile records beside good ones (issue: nothing can stall, crash or falsify a run)
    (root / "hostile.jsonl").write_text(
        '{"text": ' + "[" * 50_000 + "]" * 50_000 + "}\n"
        + json.dumps({"title": 7, "text": "Mixed title types.", "date": 1e300}) + "\n"
        + '{"title": "Lone", "text": "She said \\ud800 it was over."}\n', encoding="utf-8")
    (root / "ragged.csv").write_text("text,title\nA CSV article.,One\nBad,row,extra\n"
                                     "Another CSV article.,Two\n", encoding="utf-8")
    (root / "stall.txt").write_text("Opening marks\n\n" + "\n\n".join(
        [("The minister said \u201c" * 120)[:2000]] * 25), encoding="utf-8")
    os.symlink(root / "gone.txt", root / "dangling.txt")
    return root, len(big) - len("A very long article\n\n")


@pytest.mark.slow
def test_fault_matrix_via_extract(tmp_path):
    folder, huge_len = fault_folder(tmp_path / "in")
    assert huge_len > 2_000_000
    out = tmp_path / "out"
    done = extract(folder, "--out", out, "--processes", "2")
    assert done.returncode == 3, done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    bad = {"empty.txt": "empty", "binary.txt": "binary", "feed.jsonl": "json",
           "notext.csv": "no_text", "nobody.html": "no_body", "hostile.jsonl": "json",
           "ragged.csv": "ragged", "dangling.txt": "not_found"}
    assert f"{len(bad)} errors" in done.stdout
    for name, problem in bad.items():
        assert len(re.findall(rf"{re.escape(name)}(:\d+)?: {problem}:", done.stdout)) == 1, name
    corpus = Corpus.read(out)
    titles = set(corpus.articles.title)
    assert {"Quotes gone wrong", "Nested", "One long quote", "Control characters",
            "Right to left", "Wide", "Prices", "A very long article", "ok",
            "U.S. conducts airstrikes against Iran-backed militia in Syria", "7", "Lone",
            "One", "Two", "Opening marks"} == titles
    assert len(failures(corpus.errors)) == len(bad)
    assert {"bad_date", "repaired"} <= set(corpus.errors.problem)
    validate_corpus(corpus)  # offsets exact everywhere, the 2 MB article included
    huge = corpus.articles[corpus.articles.title == "A very long article"].article_id.iloc[0]
    assert len(corpus.articles.set_index("article_id").text[huge]) == huge_len
    assert (corpus.entities.article_id == huge).sum() > 10_000
    assert corpus.quotes[corpus.quotes.article_id == huge].end.max() > 1_900_000
    unbalanced = corpus.quotes[corpus.articles.set_index("article_id").loc[
        corpus.quotes.article_id, "title"].values == "Quotes gone wrong"]
    assert not unbalanced.quote.str.contains("Traffic was diverted").any()


def test_long_article_in_chunks_keeps_offsets(monkeypatch):
    from analysis.engine import pipeline

    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 1_500)
    text = "\n\n".join(f'"We will build {i} new schools," said Minister Ann Lee. Critics said '
                       f'the plan for district {i} was unaffordable.' for i in range(60))
    chunked = analyze(pd.DataFrame({"article_id": ["long"], "text": [text]}), processes=1)
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 10_000_000)
    whole = analyze(pd.DataFrame({"article_id": ["long"], "text": [text]}), processes=1)
    assert len(chunked.quotes) == 120
    pd.testing.assert_frame_equal(chunked.quotes[["quote", "start", "end", "kind", "speaker"]],
                                  whole.quotes[["quote", "start", "end", "kind", "speaker"]])
    for piece in (pipeline.split_text(text, 1_500), pipeline.split_text("x" * 5000, 1_000)):
        assert "".join(piece) == text or "".join(piece) == "x" * 5000


def test_interrupted_extract_resumes_without_duplicates(tmp_path):
    src = wiki_jsonl(tmp_path / "in.jsonl", 40)
    out = tmp_path / "out"
    proc = start_extract(src, out, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                         start_new_session=True)
    deadline = time.time() + 120
    while time.time() < deadline and not Store(out).parts("articles"):
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    stored = len(Store(out).latest())
    assert 0 < stored < 40, "the run should have been killed mid-way"
    done = extract(src, "--out", out, "--processes", "1")
    assert done.returncode == 0, done.stderr
    assert ", reused " in done.stdout
    for table in ("articles", "entities", "quotes"):
        for part in Store(out).parts(table):
            pd.read_parquet(part)  # no truncated file
    assert_store_matches_fresh(out, src, 40)


def test_two_runs_writing_one_store(tmp_path):
    src = wiki_jsonl(tmp_path / "in.jsonl", 24, skip=40)
    out = tmp_path / "out"
    procs = [start_extract(src, out, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    for proc in procs:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
    assert_store_matches_fresh(out, src, 24)


def assert_store_matches_fresh(out, src, n: int):
    corpus = Corpus.read(out)
    assert corpus.articles.article_id.is_unique and len(corpus.articles) == n
    fresh = analyze(load_articles(src), processes=1)
    for name in ("articles", "entities", "quotes", "actors"):
        pd.testing.assert_frame_equal(getattr(corpus, name), getattr(fresh, name))


def test_deterministic(seed_articles):
    a, b = analyze(seed_articles), analyze(seed_articles)
    for name in ("articles", "entities", "actors", "quotes"):
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name))


def test_schema_violation_names_the_article(seed_corpus):
    broken = seed_corpus.select(seed_corpus.articles.article_id)
    broken.quotes.loc[0, "end"] = 10 ** 7
    with pytest.raises(SchemaViolation, match=seed_corpus.articles.article_id[0]):
        validate_corpus(broken)
    broken = seed_corpus.select(seed_corpus.articles.article_id)
    broken.quotes.loc[0, "kind"] = "quoted"
    with pytest.raises(SchemaViolation, match="quotes: schema"):
        validate_corpus(broken)


# ---- security ---------------------------------------------------------------------------------

def test_no_unsafe_deserialisation_or_eval_in_the_package():
    pattern = re.compile(r"\b(pickle|marshal|shelve|eval\(|exec\(|yaml\.load\(|__import__)")
    for path in (ROOT / "analysis").rglob("*.py"):
        assert not pattern.search(path.read_text(encoding="utf-8")), path.name


def test_article_ids_cannot_escape_the_store(tmp_path):
    store = tmp_path / "deep" / "store"
    frame = pd.DataFrame({"article_id": ["../../../escape", "/etc/passwd"],
                          "text": ["Tony Blair said the plan was fine.", "Nothing here."]})
    analyze(frame, store=store, processes=1)
    written = {p for p in tmp_path.rglob("*") if p.is_file()}
    assert all(store in p.parents for p in written)
    assert not (tmp_path / "escape").exists()
    assert set(Corpus.read(store).articles.article_id) == {"../../../escape", "/etc/passwd"}


def test_report_html_escapes_hostile_articles(tmp_path, monkeypatch):
    from nbconvert import HTMLExporter

    from analysis.report import notebooks, run_notebook

    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "a.jsonl").write_text(json.dumps({
        "title": "<script>alert(1)</script>", "source": "<b>Evil</b>",
        "text": '<script>alert(1)</script> "We will <b>never</b> stop," said Mayor Ann '
                '<img src=x onerror=alert(2)> Bell.'}) + "\n", encoding="utf-8")
    monkeypatch.setenv(config.DATA_ENV, str(folder))
    for path in notebooks():
        nb = run_notebook(path)
        body, _ = HTMLExporter().from_notebook_node(nb)
        assert "<script>alert(1)</script>" not in body, path.name
        assert "<img src=x" not in body and "<b>never</b>" not in body, path.name
