"""Session 18's women audit: run the engine (one model) on the BBC sample of
women-sample-s18.txt and save its ``sources`` and ``quotes`` tables as parquet for the printer
(print_women_s18.py), which lists every source with gender ``unknown`` and every quote near a
she/her/Ms/Mrs hit.

Usage (from the project root): python benchmarks/audits/run_women_s18.py OUT_PREFIX [model-path]
"""
import sys
from pathlib import Path

from analysis.config import shared_dir
from analysis.evaluation.sources import GoldRecord, load_texts
from analysis.runs import analyze

out = sys.argv[1]
model = sys.argv[2] if len(sys.argv) > 2 else None
pick = Path("benchmarks/audits/women-sample-s18.txt").read_text().split()
texts, skipped = load_texts([GoldRecord("bbc", a) for a in pick], shared_dir() / "corpora")
assert not skipped, skipped
corpus = analyze(texts, model=model, processes=1)
texts.to_parquet(out + "-texts.parquet")
corpus.sources.to_parquet(out + "-sources.parquet")
corpus.quotes.to_parquet(out + "-quotes.parquet")
print(len(corpus.sources), "sources", len(corpus.quotes), "quotes")
