"""Speed and scale on the BBC corpus (2,225 files): one run, every figure side by side.

Run: .venv/bin/python benchmarks/scale.py [--limit N]   (model: the resolved default, Explosion's
official en_core_web_sm unless ANALYSIS_SPACY_MODEL says otherwise; printed with the figures)

Each case runs in a fresh Python process (so model loading, memory and caches do not leak
between cases) and reports wall time, peak resident memory (the process and its workers) and
throughput. Cases:

1. bare ``nlp.pipe`` vs full ``analyze`` (1 process) → extraction overhead ratio (goal ≤ 1.10);
2. ``analyze`` with 2 processes (local engine) and on a 2-worker Dask LocalCluster → speed-up;
3. a store holding all articles but one, then a re-run with that one added → seconds beyond
   model load (goal ≤ 3 s);
4. peak resident memory of the full run (goal ≤ 1.5 GB), articles/s and words/s.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import subprocess
import sys
import tempfile
import time


def _peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024  # Linux: kilobytes


def case(name: str, limit: int | None, store: str | None) -> dict:
    from analysis import analyze, load_articles
    from analysis.config import shared_dir
    from analysis.engine.nlp import load_pipeline, resolve_model
    from analysis.engine.pipeline import news_pipeline

    articles = load_articles(shared_dir() / "corpora" / "bbc", duplicates="drop")
    if limit:
        articles = articles.head(limit)
    words = int(articles["text"].str.split().str.len().sum())
    start = time.perf_counter()
    nlp = load_pipeline() if name == "bare" else news_pipeline(resolve_model().target)
    load = time.perf_counter() - start
    result = {"case": name, "articles": len(articles), "words": words, "model_load_s": load}
    start = time.perf_counter()
    if name == "bare":
        result["tokens"] = sum(len(doc) for doc in nlp.pipe(articles["text"], batch_size=32))
    elif name == "analyze-1":
        analyze(articles, processes=1, progress=False)
    elif name == "analyze-2":
        analyze(articles, processes=2, progress=False)
    elif name == "dask-2":
        analyze(articles, processes=2, engine="dask", progress=False)
    elif name == "store-fill":
        analyze(articles.iloc[:-1], processes=2, progress=False, store=store)
    elif name == "store-add-one":
        corpus = analyze(articles, processes=2, progress=False, store=store)
        result["parsed"], result["reused"] = corpus.meta["parsed"], corpus.meta["reused"]
    result["seconds"] = time.perf_counter() - start
    result["peak_mb"] = _peak_mb()
    return result


def run_case(name: str, limit: int | None, store: str | None) -> dict:
    cmd = [sys.executable, __file__, "--case", name]
    if limit:
        cmd += ["--limit", str(limit)]
    if store:
        cmd += ["--store", store]
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="first N distinct articles")
    parser.add_argument("--case", help=argparse.SUPPRESS)
    parser.add_argument("--store", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.case:
        print(json.dumps(case(args.case, args.limit, args.store)))
        return

    import os

    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}, {platform.platform()}")
    res = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in ("bare", "analyze-1", "analyze-2", "dask-2", "store-fill", "store-add-one"):
            res[name] = run_case(name, args.limit, f"{tmp}/store")
            r = res[name]
            print(f"  {name:14s} {r['seconds']:8.1f} s   peak {r['peak_mb']:7.0f} MB   "
                  f"(model load {r['model_load_s']:.1f} s)", flush=True)
    n, words = res["bare"]["articles"], res["bare"]["words"]
    bare, one = res["bare"]["seconds"], res["analyze-1"]["seconds"]
    two, dask = res["analyze-2"]["seconds"], res["dask-2"]["seconds"]
    add = res["store-add-one"]
    print()
    print(f"{n} distinct BBC articles, {words:,} words, {res['bare']['tokens']:,} tokens")
    print("| measure | figure | goal |")
    print("| --- | --- | --- |")
    print(f"| bare nlp.pipe, 1 process | {bare:.1f} s | |")
    print(f"| analyze, 1 process | {one:.1f} s | |")
    print(f"| extraction overhead (analyze / bare) | {one / bare:.3f} | ≤ 1.10 |")
    print(f"| analyze, 2 processes (local) | {two:.1f} s, speed-up {one / two:.2f}× | ≥ 1.8× |")
    print(f"| analyze, Dask LocalCluster 2 workers | {dask:.1f} s, speed-up {one / dask:.2f}× | |")
    print(f"| re-run with 1 new article (store of {n - 1}) | {add['seconds']:.2f} s beyond model "
          f"load ({add['parsed']} parsed, {add['reused']} reused) | ≤ 3 s |")
    print(f"| peak resident memory, full run 1 process | {res['analyze-1']['peak_mb']:.0f} MB | "
          f"≤ 1.5 GB |")
    print(f"| peak resident memory, full run 2 processes (largest process) | "
          f"{res['analyze-2']['peak_mb']:.0f} MB | |")
    print(f"| throughput, 1 process | {n / one:.1f} articles/s, {words / one:,.0f} words/s | |")
    print(f"| throughput, 2 processes | {n / two:.1f} articles/s, {words / two:,.0f} words/s | |")


if __name__ == "__main__":
    main()
