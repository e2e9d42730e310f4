"""Draw session 16's sources audit sample (docs/audit-sources-bbc-s16.jsonl): random.Random(1624),
9 BBC files per folder whose text has a plain cue of a woman quoted (she said, Mrs/Ms, spokeswoman:
text patterns, never the engine), skipping the sources gold set, the session-15 audit and any
near copy of them. Prints the chosen files.

Usage (from the project root): python benchmarks/audits/draw_sources_s16.py
"""
import random, re

from analysis.config import shared_dir
from audited import audited_bbc_files

bbc = shared_dir() / 'corpora' / 'bbc'
skip = audited_bbc_files()
skiptexts = {(bbc / a).read_text(errors='replace').strip() for a in skip if (bbc / a).exists()}
folders = ['business', 'entertainment', 'politics', 'sport', 'tech']
rng = random.Random(1624)
cue = re.compile(r"\b(she|her)\s+(said|says|told|added|explained|argued|warned|insisted|admitted|claimed)\b|\bMrs [A-Z]|\bMs [A-Z]|spokeswoman|chairwoman|\bsaid she\b")
chosen = []
def words(t):
    return set(re.findall(r"\w+", t.lower()))
def near(t):
    w = words(t)
    return any(len(w & s) / max(1, len(w | s)) > 0.7 for s in seenw)
seenw = [words(t) for t in skiptexts]
seen = set(skiptexts)
for folder in folders:
    files = sorted((bbc / folder).glob('*.txt'))
    rng.shuffle(files)
    n = 0
    for f in files:
        rel = f'{folder}/{f.name}'
        t = f.read_text(errors='replace').strip()
        if rel in skip or t in seen or near(t):
            continue
        if cue.search(t):
            chosen.append(rel); seen.add(t); seenw.append(words(t)); n += 1
        if n == 9:
            break
print(len(skip), len(chosen))
print(chosen)
