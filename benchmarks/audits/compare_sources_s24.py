"""Session 20 (branch s24-parity): the two models as each other's check on the people quoted.
Runs the engine with the official model (en_core_web_sm) and en_news_sm on BBC articles outside
``audited_bbc_files(20)`` (the sources gold set and every earlier audit; a seeded draw with
random.Random(2420), half of it among the files with a plain cue of a woman quoted: "she said",
Mrs/Ms, spokeswoman ...) and on the Wikinews articles that are not in the gold set, and lists
every person source one model reports and the other does not, and those whose gender differs
(names matched with the sources scorer's ``match_sources``). No gold is read for errors: the gold
files only say which articles to skip.

Usage (from the project root):
    python benchmarks/audits/compare_sources_s24.py OUT_PREFIX [N]
writes OUT_PREFIX-sample.txt (the BBC draw), OUT_PREFIX-sm.parquet / -news.parquet (the person
sources), -sm-quotes / -news-quotes.parquet and OUT_PREFIX-diff.csv, and prints the counts by kind
of difference.
"""
import json
import random
import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, "benchmarks/audits")
from audited import GOLD, WOMAN_CUE, audited_bbc_files, source_differences  # noqa: E402

from analysis.config import shared_dir  # noqa: E402
from analysis.evaluation.sources import GoldRecord, load_texts, person_sources  # noqa: E402
from analysis.runs import analyze  # noqa: E402

out = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 200
corpora = shared_dir() / "corpora"
bbc = corpora / "bbc"
skip = audited_bbc_files(20)
seen = {(bbc / a).read_bytes() for a in skip if (bbc / a).exists()}
files = []
for p in sorted(bbc.glob("*/*.txt")):
    key = f"{p.parent.name}/{p.name}"
    b = p.read_bytes()
    if key in skip or b in seen:
        continue
    seen.add(b)
    files.append(key)
rng = random.Random(2420)
rng.shuffle(files)
women = [f for f in files if WOMAN_CUE.search((bbc / f).read_text(errors="replace"))][: n // 2]
rest = [f for f in files if f not in set(women)][: n - len(women)]
sample = sorted(women + rest)
Path(out + "-sample.txt").write_text("\n".join(sample) + "\n")
gold_wiki = set()
for g in GOLD:
    for line in g.read_text(encoding="utf-8").splitlines():
        if line.strip().startswith("{"):
            r = json.loads(line)
            if r.get("corpus") == "wikinews":
                gold_wiki.add(r["article"])
wiki_ids = [json.loads(line)["id"] for line in
            (corpora / "wikinews" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
wiki = [a for a in wiki_ids if a not in gold_wiki]
recs = [GoldRecord("bbc", f, []) for f in sample] + [GoldRecord("wikinews", a, []) for a in wiki]
texts, skipped = load_texts(recs, corpora)
texts.to_parquet(out + "-texts.parquet")
print(len(sample), "bbc (", len(women), "with a woman cue ),", len(wiki), "wikinews; skipped",
      skipped, flush=True)
tables = {}
for tag, model in [("sm", None), ("news", str(shared_dir() / "models" / "en_news_sm-3.8.0"))]:
    corpus = analyze(texts, model=model, processes=1)
    src = person_sources(corpus.sources)
    src.to_parquet(f"{out}-{tag}.parquet")
    corpus.quotes.to_parquet(f"{out}-{tag}-quotes.parquet")
    tables[tag] = src
    print(tag, len(src), "person sources", flush=True)
diff = source_differences(tables["sm"], tables["news"])
diff.to_csv(out + "-diff.csv", index=False)
pd.set_option("display.width", 250)
pd.set_option("display.max_rows", 1000)
print(diff.to_string())
print("person sources: sm", len(tables["sm"]), "news", len(tables["news"]))
print(diff.groupby("diff").size().to_string())
for g in ("female", "male"):
    print(g, "in one model only / gendered so on one side:",
          int(((diff["sm_gender"] == g) | (diff["news_gender"] == g)).sum()))
