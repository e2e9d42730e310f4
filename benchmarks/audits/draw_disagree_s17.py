"""Draw session 17's sample for the two-model disagreement check and the precision audit (BBC:
random.Random(2027), 60 files per folder, skipping ``audited_bbc_files(17)`` and any text that
repeats one of them). The list goes to benchmarks/audits/disagree-sample-s17.txt; the audit of
indirect and mixed quotes reads the first 6 files of each folder (30 files).

Usage (from the project root): python benchmarks/audits/draw_disagree_s17.py
"""
import random
import sys
from pathlib import Path

sys.path.insert(0, 'benchmarks/audits')
from analysis.config import shared_dir  # noqa: E402
from audited import audited_bbc_files  # noqa: E402

root = shared_dir() / 'corpora' / 'bbc'
skip = audited_bbc_files(17)
seen = {(root / a).read_bytes() for a in skip if (root / a).exists()}
rng = random.Random(2027)
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
        if n == 60:
            break
Path('benchmarks/audits/disagree-sample-s17.txt').write_text('\n'.join(pick) + '\n')
print(len(pick), 'files')
