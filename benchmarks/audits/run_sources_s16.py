"""Session 16's sources audit: score the engine's `sources` on the S20 audit (45 BBC articles,
docs/audit-sources-bbc-s16.jsonl, and 11 web-style texts of our own, docs/audit-sources-web-s16.jsonl)
with `evaluate sources`' own scorer; print the counts by error class and gender.

Usage (from the project root): python benchmarks/audits/run_sources_s16.py [model-path] [--show]
"""
import json
import sys
from collections import Counter

import pandas as pd

from analysis.config import shared_dir
from analysis.evaluation.sources import (GoldRecord, GoldSource, load_texts, read_gold,
                                         score_sources)
from analysis.runs import analyze

model = next((a for a in sys.argv[1:] if not a.startswith("--")), None)
bbc = read_gold("docs/audit-sources-bbc-s16.jsonl")
texts, skipped = load_texts(bbc, shared_dir() / "corpora")
assert not skipped, skipped
web = []
rows = []
for line in open("docs/audit-sources-web-s16.jsonl", encoding="utf-8"):
    obj = json.loads(line)
    rec = GoldRecord("bbc", "web/" + obj["article"],
                     [GoldSource(s["name"], s["gender"], s.get("evidence") or None)
                      for s in obj["sources"]], "S20")
    web.append(rec)
    title, _, body = obj["text"].partition("\n")
    rows.append({"article_id": rec.key, "title": title, "text": body})
texts = pd.concat([texts, pd.DataFrame(rows)], ignore_index=True)
gold = bbc + web
corpus = analyze(texts, model=model, processes=1)
figures, errors = score_sources(gold, corpus.sources)
f = figures["all"]
print("P/R/F1 %.3f/%.3f/%.3f" % (f["precision"], f["recall"], f["f1"]),
      "female recall %.3f male recall %.3f" % (f["female recall"], f["male recall"]),
      "women share engine %.3f gold %.3f" % (f["women share engine"], f["women share gold"]))
byg = Counter()
for r in errors.itertuples():
    g = r.gold_gender if isinstance(r.gold_gender, str) else "-"
    byg[(r.error, g)] += 1
gold_n = Counter(s.gender for r in gold for s in r.sources)
print("gold sources by gender:", dict(gold_n))
for k in sorted(byg):
    print(f"  {k[0]:15s} {k[1]:8s} {byg[k]}")
if "--show" in sys.argv:
    pd.set_option("display.width", 250)
    pd.set_option("display.max_rows", 500)
    pd.set_option("display.max_colwidth", 60)
    print(errors[["article", "error", "gold_name", "gold_gender", "actor", "gender",
                  "gender_source", "quotes"]].to_string())
