"""Draw session 17's recall audit sample (missed quotes, task 4): BBC, random.Random(4343),
8 files per folder, skipping ``audited_bbc_files(17)`` and any text repeating one of them.
The sample is benchmarks/audits/missed-sample-s17.txt.

Usage (from the project root): python benchmarks/audits/draw_missed_s17.py
"""
import random
import sys

sys.path.insert(0, 'benchmarks/audits')
from analysis.config import shared_dir  # noqa: E402
from audited import audited_bbc_files  # noqa: E402

root = shared_dir() / 'corpora' / 'bbc'
skip = audited_bbc_files(17)
seen = {(root / a).read_bytes() for a in skip if (root / a).exists()}
rng = random.Random(4343)
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
