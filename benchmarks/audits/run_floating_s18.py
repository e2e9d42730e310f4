"""Run both models on session 18's floating-quote draw (benchmarks/audits/floating-sample-s18.txt; the body of
each file as the text loader splits it) and keep the quotes: OUT/quotes-sm.parquet and
OUT/quotes-news.parquet, with the file name in column ``file`` and the body in OUT/bodies.json.

Usage (from the project root): python benchmarks/audits/run_floating_s18.py OUT
"""

import sys
from pathlib import Path

sys.path.insert(0, ".")
sys.path.insert(0, "benchmarks/audits")
from audited import run_both_models  # noqa: E402

run_both_models(Path("benchmarks/audits/floating-sample-s18.txt"), Path(sys.argv[1]))
