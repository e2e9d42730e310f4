"""Draw session 16's indirect-quote audit sample (BBC: random.Random(2026), 8 files per folder, skipping the
files of tests/data/sources_gold*.jsonl and docs/audit-sources-bbc-s15.jsonl and any text that
repeats one of them. The sample is benchmarks/audits/indirect-sample-s16.txt.

Usage (from the project root): python benchmarks/audits/draw_indirect_s16.py
"""
from audited import draw_bbc

pick = draw_bbc(2026, 8, 16)
print('\n'.join(pick))
