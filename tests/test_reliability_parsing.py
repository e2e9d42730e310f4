"""Issue 22, parsing: the pre-tokenisation guard (runs without spaces tokenised in linear time,
the text kept exact, tokenisation inside the time budget), memory bounded for long articles
(small batches, a ``too_long`` cap, ``MemoryError`` costing one article), workers that die
costing only their articles (local pool and Dask), and pools no larger than the work."""

from __future__ import annotations

import os
from typing import NamedTuple

import pandas as pd
import pytest

from analysis import analyze
from analysis.engine import pipeline
from analysis.engine.pipeline import component_config, news_pipeline
from analysis.engine.rows import timed_out

from .conftest import SEED


@pytest.fixture(scope="module")
def news():
    return news_pipeline(None, component_config())


# --- the tokenizer guard -------------------------------------------------------------------

def test_long_runs_without_spaces_are_cut_and_the_text_is_kept(news, nlp):
    from analysis.engine.tokenizer import PIECE

    text = ("The mayor said " + "x" * 5_000 + " on Monday.\n\n" + '"' * 3_000 + "(" * 300
            + "  He left  " + "$" * 150 + "a")
    doc = news.make_doc(text)
    assert doc.text == text
    assert max(len(token) for token in doc) <= PIECE
    assert [t.text for t in doc[:3]] == ["The", "mayor", "said"]
    plain = [t.text_with_ws for t in nlp.tokenizer("on Monday.\n\n")]
    words = [t.text_with_ws for t in doc]
    at = words.index("on ")
    assert words[at:at + len(plain)] == plain  # the text between runs: the model's own tokens


def test_ordinary_news_is_tokenised_exactly_as_the_model_does(news, nlp):
    text = SEED.read_text(encoding="utf-8")
    text += "\n\nSee https://example.com/" + "a/b-c_d" * 100 + " -- " + "=" * 80 + " (*)."
    assert [(t.text, t.whitespace_, t.norm_) for t in news.make_doc(text)] == \
        [(t.text, t.whitespace_, t.norm_) for t in nlp.tokenizer(text)]


def test_guarded_tokens_always_rebuild_the_text(nlp):
    import random

    from analysis.engine.tokenizer import GuardedTokenizer

    small = GuardedTokenizer(nlp.tokenizer, max_run=5, punct_run=3, piece=2)
    pieces = ["a", "bc", " ", "  ", "\n", "\n\n", '"', "(", "$", "'", ".", "\t", "é", "—", "“"]
    rng = random.Random(22)
    for _ in range(500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        assert small(text).text == text


def test_tokenisation_counts_against_the_time_budget(monkeypatch):
    import time

    tight = news_pipeline(None, component_config(time_limit=0.05))
    real = tight.tokenizer.tokenizer

    def slow(text):  # the model's tokenizer on a pathological text
        time.sleep(0.1)
        return real(text)

    monkeypatch.setattr(tight.tokenizer, "tokenizer", slow)
    assert timed_out(tight('"We will," Ann Lee said.')) == "tokenizer"
    monkeypatch.undo()
    assert timed_out(tight('"We will," Ann Lee said.')) is None


def test_long_article_tokenisation_counts_against_the_time_budget(monkeypatch):
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 1_500)
    tight = news_pipeline(None, component_config(time_limit=0.5))
    text = "\n\n".join(f"Ann Lee said plan {i} was fine." for i in range(200))
    real = tight.make_doc

    def slow(chunk):
        import time
        time.sleep(0.01)
        return real(chunk)

    monkeypatch.setattr(tight, "make_doc", slow)
    # every chunk takes 10 ms, under the limit; the article's 3 or more chunks take more
    monkeypatch.setattr(tight.tokenizer, "time_limit", 0.025)
    [(doc, _)] = list(pipeline.parse(tight, [("long", text)]))
    assert doc.text == text and timed_out(doc) == "tokenizer"


# --- memory: batches, cap, MemoryError -----------------------------------------------------

def test_no_batch_parses_more_than_chunk_tokens(monkeypatch, news):
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 5_000)
    monkeypatch.setattr(pipeline, "CHUNK_TOKENS", 300)
    short = [(f"s{i}", f"Ann Lee said plan {i} was fine. " * 10) for i in range(12)]  # ~80 tokens
    long = ("long", "\n\n".join(f"Tom Hart said road {i} was closed." for i in range(300)))
    marks = ("marks", "He said " + '"' * 3_000)  # under CHUNK_CHARS, 3,002 tokens
    items = short[:6] + [long, marks] + short[6:]
    groups = []
    real = news.pipe
    inside = []

    def spy(texts, *args, batch_size=32, **kwargs):
        if inside:  # spaCy's pipe(as_tuples=True) calls pipe again: count the outer call only
            return real(texts, *args, batch_size=batch_size, **kwargs)
        texts = list(texts)
        sizes = [len(t[0] if isinstance(t, tuple) else t) for t in texts]  # tokens of Docs
        assert not any(isinstance(t[0] if isinstance(t, tuple) else t, str) for t in texts)
        groups.extend(sizes[i:i + batch_size] for i in range(0, len(sizes), batch_size))
        inside.append(1)
        try:
            return list(real(texts, *args, batch_size=batch_size, **kwargs))
        finally:
            inside.clear()

    monkeypatch.setattr(news, "pipe", spy)
    docs = list(pipeline.parse(news, items))
    assert [a for _, a in docs] == [a for a, _ in items]
    assert [d.text for d, _ in docs] == [t for _, t in items]
    assert groups and all(sum(g) <= 300 for g in groups), groups
    assert sum(map(sum, groups)) == sum(len(d) for d, _ in docs)


def frame(n: int = 5, **texts) -> pd.DataFrame:
    rows = {f"a{i}": f"Ann Lee said the plan {i} was fine, according to Tom Hart."
            for i in range(n)}
    rows.update(texts)
    return pd.DataFrame({"article_id": list(rows), "text": list(rows.values())})


@pytest.mark.parametrize("store", [False, True])
def test_an_article_over_max_chars_is_a_too_long_row_and_the_rest_goes_on(tmp_path, store):
    articles = frame(long='"We will," said Ann Lee. ' * 80)  # 2,000 characters
    corpus = analyze(articles, max_chars=1_000, store=tmp_path / "s" if store else None)
    assert corpus.errors.problem.tolist() == ["too_long"]
    assert "long" in corpus.errors.message[0] and "1,000" in corpus.errors.message[0]
    assert corpus.articles.article_id.tolist() == [f"a{i}" for i in range(5)]
    assert "long" not in set(corpus.entities.article_id)
    assert analyze(articles, max_chars=None).errors.empty
    with pytest.raises(ValueError, match="max_chars"):
        analyze(articles, max_chars=0)


def test_cli_max_chars_option(tmp_path):
    import json
    import re
    import subprocess
    import sys

    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps({"id": a, "text": t}) for a, t in
                             zip(*frame(2, long="Ann Lee said no. " * 200).T.values)) + "\n",
                   encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "analysis", "extract", str(src), "--out",
                           str(tmp_path / "o"), "--max-chars", "1000", "--quiet"],
                          capture_output=True, text=True)
    assert done.returncode == 3, done.stderr
    assert re.search(r"in\.jsonl: too_long: article \w+: 3,3\d\d characters, more than the "
                     r"1,000 allowed", done.stdout), done.stdout
    assert "2 articles: " in done.stdout


def test_memory_error_costs_only_its_article(monkeypatch):
    from analysis.engine import components

    articles = frame(6, greedy="Ann Lee said the greedy plan was fine.")
    expected = analyze(articles[articles.article_id != "greedy"])
    real = components.NewsEntities.__call__

    def call(self, doc):
        if "greedy" in doc.text:
            raise MemoryError()
        return real(self, doc)

    monkeypatch.setattr(components.NewsEntities, "__call__", call)
    corpus = analyze(articles, processes=1)
    assert corpus.errors.problem.tolist() == ["memory"]
    assert "greedy" in corpus.errors.message[0]
    for name in ("articles", "entities", "quotes"):
        pd.testing.assert_frame_equal(getattr(corpus, name), getattr(expected, name), obj=name)


# --- workers that die ----------------------------------------------------------------------

class Done(NamedTuple):
    ids: list
    pid: int


def dying_work(shard, parent: int):
    """A shard's work: kills its worker process on the article "die"; never in the parent."""
    if any(text == "die" for _, text in shard):
        if os.getpid() == parent:
            raise RuntimeError("the article that kills its worker was run in the parent process")
        os._exit(1)
    return Done([a for a, _ in shard], os.getpid())


def items(n: int = 40, die: int = 13):
    return [(f"a{i}", "die" if i == die else "fine") for i in range(n)]


def test_a_worker_that_dies_costs_only_the_article_that_killed_it():
    from analysis import parallel

    results = []
    with pytest.warns(RuntimeWarning, match="worker process died"):
        parallel.run(items(), dying_work, (os.getpid(),), processes=2,
                     on_shard=results.append, lost=pipeline.lost_shard)
    lost = [r for r in results if isinstance(r, pipeline.ShardResult)]
    assert [f[:2] for r in lost for f in r.failures] == [("a13", "worker_lost")]
    assert "died" in lost[0].failures[0][2]
    done = [r for r in results if isinstance(r, Done)]
    assert sorted(a for r in results for a in r.ids) == sorted(a for a, _ in items())
    assert all(r.pid != os.getpid() for r in done)  # nothing was re-run in this process


def test_local_pools_start_no_more_workers_than_shards(monkeypatch):
    import loky

    from analysis import parallel

    sizes = []
    real = loky.get_reusable_executor

    def spy(*args, max_workers=None, **kwargs):
        sizes.append(max_workers)
        return real(*args, max_workers=max_workers, **kwargs)

    monkeypatch.setattr(loky, "get_reusable_executor", spy)
    results = []
    parallel.run(items(17, die=-1), dying_work, (os.getpid(),), processes=6,
                 on_shard=results.append)
    assert len(parallel.shards_of(items(17), parallel.shard_size(17, 6))) == 3
    assert sizes == [3]
    assert sorted(a for r in results for a in r.ids) == sorted(a for a, _ in items(17))


def test_dask_killed_worker_costs_only_the_article_that_killed_it():
    import dask
    import distributed  # noqa: F401  (its config defaults must exist before the set below:
    # leaving dask.config.set would otherwise delete the whole "distributed" section, and every
    # later LocalCluster in this process fails with KeyError: 'distributed')

    from analysis import parallel

    results = []
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
        with pytest.warns(RuntimeWarning, match="killed their Dask workers"):
            parallel.run(items(24, die=5), dying_work, (os.getpid(),), processes=2,
                         engine="dask", on_shard=results.append, lost=pipeline.lost_shard)
    lost = [f[:2] for r in results if isinstance(r, pipeline.ShardResult) for f in r.failures]
    assert lost == [("a5", "worker_lost")]
    assert sorted(a for r in results for a in r.ids) == sorted(a for a, _ in items(24))
