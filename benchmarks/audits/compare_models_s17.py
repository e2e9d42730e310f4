"""Session 17 (issue 24): both models as each other's check, no gold needed. Runs the engine with
the official model and en_news_sm on ~300 BBC articles outside ``audited_bbc_files(17)`` (drawn
with random.Random(1725)) and on the Wikinews articles of the sources gold set's development
part, and lists the person sources one model reports and the other does not, and those whose
gender differs (names matched with the sources scorer's ``match_sources``).

Usage (from the project root):
    python benchmarks/audits/compare_models_s17.py OUT_PREFIX [N] [--women]
(``--women``: N files of the same shuffled draw whose text has a plain cue of a woman quoted:
"she said", Mrs/Ms, spokeswoman; no Wikinews)
writes OUT_PREFIX-sm.parquet / -news.parquet (the sources tables) and OUT_PREFIX-diff.csv.
"""
import random
import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, "benchmarks/audits")
from audited import WOMAN_CUE, audited_bbc_files, source_differences  # noqa: E402

from analysis.config import shared_dir  # noqa: E402
from analysis.evaluation.sources import (GoldRecord, gold_part, load_texts,  # noqa: E402
                                         person_sources, read_gold)
from analysis.runs import analyze  # noqa: E402

out = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 and sys.argv[2].isdigit() else 300
bbc = shared_dir() / "corpora" / "bbc"
skip = audited_bbc_files(17)
files = sorted(f"{p.parent.name}/{p.name}" for p in bbc.glob("*/*.txt"))
files = [f for f in files if f not in skip]
rng = random.Random(1725)
women = "--women" in sys.argv
if women:  # the articles with a plain cue of a woman quoted (text patterns, never the engine)
    rng.shuffle(files)
    sample = sorted([f for f in files if WOMAN_CUE.search((bbc / f).read_text(errors="replace"))][:n])
else:
    sample = sorted(rng.sample(files, n))
Path(out + "-sample.txt").write_text("\n".join(sample) + "\n")
gold = read_gold("tests/data/sources_gold.jsonl")
wiki = [r for r in gold if r.corpus == "wikinews" and gold_part(r) == "dev" and not women]
recs = [GoldRecord("bbc", f, []) for f in sample] + [GoldRecord("wikinews", r.article, []) for r in wiki]
texts, skipped = load_texts(recs, shared_dir() / "corpora")
print(len(sample), "bbc,", len(wiki), "wikinews dev;", "skipped", skipped, flush=True)
tables = {}
for tag, model in [("sm", None), ("news", str(shared_dir() / "models" / "en_news_sm-3.8.0"))]:
    corpus = analyze(texts, model=model, processes=1)
    corpus.sources.to_parquet(f"{out}-{tag}.parquet")
    src = person_sources(corpus.sources)
    corpus.quotes.to_parquet(f"{out}-{tag}-quotes.parquet")
    tables[tag] = src
    print(tag, len(src), flush=True)
diff = source_differences(tables["sm"], tables["news"])
diff.to_csv(out + "-diff.csv", index=False)
pd.set_option("display.width", 250)
pd.set_option("display.max_rows", 500)
print(diff.to_string())
print(diff.groupby(["diff"]).size())
