import json, random, re, pathlib
bbc = pathlib.Path('/work/shared/corpora/bbc')
skip = set()
for f in list(pathlib.Path('tests/data').glob('sources_gold*.jsonl')) + [pathlib.Path('docs/audit-sources-bbc-s15.jsonl')]:
    for line in f.read_text().splitlines():
        if line.strip():
            r = json.loads(line)
            if r['corpus'] == 'bbc':
                skip.add(r['article'])
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
pathlib.Path('/tmp/s20/chosen.txt').write_text('\n'.join(chosen) + '\n')
print(chosen)
