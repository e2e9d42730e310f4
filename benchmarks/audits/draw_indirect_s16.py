"""Draw session 16's indirect-quote audit sample (BBC: random.Random(2026), 8 files per folder, skipping the
files of tests/data/sources_gold*.jsonl and docs/audit-sources-bbc-s15.jsonl and any text that
repeats one of them. The sample is benchmarks/audits/indirect-sample-s16.txt.

Usage (from the project root): python benchmarks/audits/draw_indirect_s16.py
"""
import random

from analysis.config import shared_dir
from audited import audited_bbc_files

root = shared_dir() / 'corpora' / 'bbc'
skip = audited_bbc_files()
seen = {(root / a).read_bytes() for a in skip if (root / a).exists()}
rng = random.Random(2026)
pick = []
for folder in sorted(p.name for p in root.iterdir() if p.is_dir()):
    files = [f'{folder}/{p.name}' for p in sorted((root / folder).glob('*.txt'))]
    rng.shuffle(files)
    n = 0
    for a in files:
        b = (root / a).read_bytes()
        if a in skip or b in seen:
            continue
        seen.add(b); pick.append(a); n += 1
        if n == 8:
            break
print('\n'.join(pick))
