"""A year of news: the store, the add-one re-run and the notebooks at 10,000 and 100,000 articles.

    python benchmarks/store_scale.py --articles 10000 100000

For each N, a synthetic store of N articles is built without parsing them: the real extracted
rows of the 150 Wikinews articles (parsed once) are written again under new article ids (each
text made unique by a last line "(Synthetic copy k.)", its id the hash ``load_articles``
gives), with publication dates spread over 2024 and three outlets, in 50 parts (below the 64
after which a run compacts the store), under the current pipeline's fingerprint, with the text
metadata hash a run keeps — what ``extract`` would have left after a year of runs. The
input folder holds the same N articles as one JSON Lines file. Then, each in a fresh process:

* **add-one re-run** (three times, each in a fresh process with a new article of its own;
  the median time and the highest peak RSS are reported) — the re-run of
  ``extract``/``make report`` with one new article
  (:func:`analysis.runs.extract_into`: nothing stored is read back), the time beyond loading
  the model and the input (both measured apart) and the peak RSS of that process; then the same
  re-run through ``analyze(…, store=…)``, which also returns the whole corpus
  (``add_one_corpus_s``, ``corpus_peak_rss_mb``);
* **Corpus.read** — time and peak RSS of the read (the corpus assembled from its columns, the
  ``actors`` table ready; ``articles``, ``entities``, ``quotes`` read when first used), then the
  time of one chart's columns (``read_chart_s``: every quote's speaker) and of loading every
  wide table (``read_load_all_s``, with its peak RSS: what no chart needs);
* **store size** on disk;
* **each notebook's run-all time** on that store (the notebooks read the folder and the store).

Prints a table, the growth factor of every figure from the smallest N to the largest, and a
last machine-readable line for the largest N:
``add_one_s=… read_s=… rerun_peak_rss_mb=… notebooks_max_s=… add_one_growth=…``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

REPEATS = 3  # add-one re-runs per store size (fresh processes); the median is reported
PARTS = 50  # parts of a synthetic store: below COMPACT_AFTER, as after a compaction and some runs
OUTLETS = ("Wikinews", "Daily Ledger", "Evening Courier")


def base_rows(workdir: Path) -> tuple[dict[str, pd.DataFrame], str]:
    """The stored per-article rows of the 150 Wikinews articles (parsed once, kept) and the
    fingerprint of the pipeline that wrote them (the current one)."""
    from analysis import analyze, load_articles
    from analysis.config import shared_dir
    from analysis.store import Store

    store = workdir / "base-store"
    corpus = analyze(load_articles(shared_dir() / "corpora" / "wikinews"), store=store,
                     progress=False)
    return Store(store).read(), corpus.meta["fingerprint"]


def build(n: int, rows: dict[str, pd.DataFrame], folder: Path, fp: str) -> tuple[Path, Path]:
    """A store of ``n`` synthetic articles and their input JSON Lines file."""
    from analysis import load_articles
    from analysis.io import article_id_for, clean_text
    from analysis.runs import meta_hashes
    from analysis.store import Store

    store, data = folder / "store", folder / "data"
    data.mkdir(parents=True)
    base = rows["articles"].reset_index(drop=True)
    ents = {a: g for a, g in rows["entities"].groupby("article_id", sort=False)}
    quotes = {a: g for a, g in rows["quotes"].groupby("article_id", sort=False)}
    start = pd.Timestamp("2024-01-01", tz="UTC")
    writer = Store(store)
    ids = []
    size = -(-n // PARTS)
    texts = {}
    with (data / "articles.jsonl").open("w", encoding="utf-8") as out:
        for k in range(n):
            src = base.iloc[k % len(base)]
            text = clean_text(f"{src['text']}\n\n(Synthetic copy {k}.)")
            assert text.startswith(src["text"])  # the stored offsets stay right
            texts[k] = text
            out.write(json.dumps({"title": src["title"], "text": text,
                                  "published": (start + pd.Timedelta(days=365 * k / n))
                                  .isoformat(), "source": OUTLETS[k % len(OUTLETS)]},
                                 ensure_ascii=False) + "\n")
    # the metadata hash a run keeps per article, as it computes it from the input folder (no
    # text hash: the ids are derived from the texts): a re-run finds every article unchanged
    loaded = load_articles(data)
    hashes = pd.DataFrame({"meta_hash": meta_hashes(loaded)}, index=loaded["article_id"])
    del loaded
    for first in range(0, n, size):
        arts, es, qs = [], [], []
        for k in range(first, min(n, first + size)):
            src = base.iloc[k % len(base)]
            text = texts.pop(k)
            new = article_id_for(text)  # the id load_articles gives the file's record
            ids.append(new)
            arts.append({**src.to_dict(), "article_id": new, "text": text,
                         "published": start + pd.Timedelta(days=365 * k / n),
                         "source": OUTLETS[k % len(OUTLETS)],
                         "path": str(data / "articles.jsonl"), "seq": k,
                         "text_hash": None, "meta_hash": hashes.at[new, "meta_hash"]})
            for table, found, target in (("e", ents, es), ("q", quotes, qs)):
                group = found.get(src["article_id"])
                if group is not None:
                    g = group.assign(article_id=new)
                    key = "entity_id" if table == "e" else "quote_id"
                    g[key] = [f"{new}-{table}{i}" for i in range(len(g))]
                    target.append(g)
        frame = pd.DataFrame(arts).drop(columns=["fingerprint", "run"], errors="ignore")
        frame = frame.astype({"text_hash": "UInt64", "meta_hash": "uint64"})
        writer.write_part(frame, pd.concat(es, ignore_index=True),
                          pd.concat(qs, ignore_index=True), fingerprint=fp, run="synthetic")
    writer.write_run(ids, fingerprint=fp)
    writer.write_meta({"fingerprint": fp, "articles": n})
    return store, data


PEAK = r"""
import resource, sys
def peak_mb():
    # Linux: VmHWM, the peak RSS of this program alone (ru_maxrss would also count the
    # benchmark process this one was forked from, holding the store it just built)
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024
"""

ADD_ONE = PEAK + r"""
import json, sys, time
t0 = time.perf_counter()
from analysis import analyze, load_articles
from analysis.engine.pipeline import news_pipeline
from analysis.engine.nlp import resolve_model
news_pipeline(resolve_model().target)  # the model, loaded once
t1 = time.perf_counter()
arts = load_articles(sys.argv[1])
t2 = time.perf_counter()
import pandas as pd
from analysis.runs import extract_into
def new(k):
    return {"article_id": f"new-article-{k}", "title": "Bridge", "text": f"The mayor said bridge "
            f"{k} would reopen on Monday, after two years of repairs. \"We kept our promise,\" "
            "she said."}
# the re-run of `extract` / `make report`: one new article, nothing stored read back
k = 2 * int(sys.argv[3])  # the repetition: new articles of their own
frame = pd.concat([arts, pd.DataFrame([new(k + 1)])], ignore_index=True)
t3 = time.perf_counter()
meta, _ = extract_into(frame, sys.argv[2], progress=False, processes=1)
t4 = time.perf_counter()
assert meta["parsed"] == 1 and not meta.get("updated"), meta  # the rest unchanged
rss_extract = peak_mb()
# the same re-run through analyze(), which also returns the whole corpus
frame = pd.concat([frame, pd.DataFrame([new(k + 2)])], ignore_index=True)
t5 = time.perf_counter()
corpus = analyze(frame, store=sys.argv[2], progress=False, processes=1)
t6 = time.perf_counter()
assert corpus.meta["parsed"] == 1, corpus.meta
print(json.dumps({"model_s": t1 - t0, "load_s": t2 - t1, "add_one_s": t4 - t3,
                  "add_one_corpus_s": t6 - t5, "rss_extract_mb": rss_extract,
                  "rss_mb": peak_mb()}))
"""

READ = PEAK + r"""
import json, sys, time
from analysis import Corpus, summaries
t = time.perf_counter()
c = Corpus.read(sys.argv[1])
t1 = time.perf_counter()
rss = peak_mb()
summaries.top_speakers(c)  # a chart's columns: speakers of every quote
t2 = time.perf_counter()
c.load()  # every wide table in memory (what no chart needs)
t3 = time.perf_counter()
print(json.dumps({"read_s": t1 - t, "articles": c.meta["articles"], "rss_mb": rss,
                  "chart_s": t2 - t1, "load_all_s": t3 - t2,
                  "load_all_rss_mb": peak_mb()}))
"""

NOTEBOOK = r"""
import json, sys, time
from pathlib import Path
from analysis.report import run_notebook
t = time.perf_counter()
run_notebook(Path(sys.argv[1]), timeout=3600)
print(json.dumps({"s": time.perf_counter() - t}))
"""


def _py(code: str, *args: str, env: dict | None = None) -> dict:
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, cwd=ROOT)
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-2000:])
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure(n: int, rows, fp: str, workdir: Path, notebooks: bool) -> dict:
    folder = workdir / f"n{n}"
    shutil.rmtree(folder, ignore_errors=True)
    t = time.perf_counter()
    store, data = build(n, rows, folder, fp)
    built = time.perf_counter() - t
    size_mb = sum(p.stat().st_size for p in store.rglob("*") if p.is_file()) / 2**20
    read = _py(READ, str(store))
    # the re-run in REPEATS fresh processes, each adding its own new article: median times
    # (one 0.2 s run is at the mercy of the machine), the highest peak RSS
    adds = [_py(ADD_ONE, str(data), str(store), str(k)) for k in range(REPEATS)]
    add = {key: (max if "rss" in key else statistics.median)(a[key] for a in adds)
           for key in adds[0]}
    result = {"articles": n, "build_s": built, "store_mb": size_mb, "read_s": read["read_s"],
              "read_rss_mb": read["rss_mb"], "read_chart_s": read["chart_s"],
              "read_load_all_s": read["load_all_s"],
              "read_load_all_rss_mb": read["load_all_rss_mb"], "add_one_s": add["add_one_s"],
              "rerun_peak_rss_mb": add["rss_extract_mb"],
              "add_one_corpus_s": add["add_one_corpus_s"], "corpus_peak_rss_mb": add["rss_mb"],
              "input_load_s": add["load_s"]}
    if notebooks:
        from analysis.report import notebooks as names

        env = {"ANALYSIS_DATA": str(data), "ANALYSIS_STORE": str(store),
               "ANALYSIS_REPORTS": str(folder / "reports")}
        for path in names():
            result[f"nb_{path.stem[:2]}_s"] = _py(NOTEBOOK, str(path), env=env)["s"]
        result["notebooks_max_s"] = max(v for k, v in result.items() if k.startswith("nb_"))
    shutil.rmtree(folder, ignore_errors=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[10000, 100000])
    parser.add_argument("--no-notebooks", action="store_true", help="skip the notebook runs")
    parser.add_argument("--workdir", help="scratch folder (default: a temporary one)")
    args = parser.parse_args()
    workdir = Path(args.workdir or tempfile.mkdtemp(prefix="store-scale-"))
    rows, fp = base_rows(workdir)
    results = []
    for n in sorted(args.articles):
        results.append(measure(n, rows, fp, workdir, not args.no_notebooks))
        print(json.dumps(results[-1]), flush=True)
    table = pd.DataFrame(results).set_index("articles")
    with pd.option_context("display.width", 200, "display.float_format", "{:.2f}".format):
        print(table.T)
    last, first = results[-1], results[0]
    growth = {k: last[k] / first[k] for k in last if k != "articles" and first.get(k)}
    print("growth from", first["articles"], "to", last["articles"], "articles:",
          ", ".join(f"{k} x{v:.2f}" for k, v in growth.items()))
    print(f"add_one_s={last['add_one_s']:.2f} read_s={last['read_s']:.2f} "
          f"rerun_peak_rss_mb={last['rerun_peak_rss_mb']:.0f} "
          f"notebooks_max_s={last.get('notebooks_max_s', float('nan')):.1f} "
          f"add_one_growth={growth.get('add_one_s', float('nan')):.2f}")


if __name__ == "__main__":
    main()
