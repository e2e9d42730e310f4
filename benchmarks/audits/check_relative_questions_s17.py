"""Session 17 check (task 4): the quotes of the PolNeAR train articles where a question verb is
followed within a sentence by ", which/who" (the only ones the relative-clause exception of
cues._content can change), written one per line to the file named by the first argument; run
it on two trees and diff the files. Usage (from the project root): python
benchmarks/audits/check_relative_questions_s17.py OUT."""
import re
import sys
from pathlib import Path
sys.path.insert(0, '.')
from tests.helpers import quotes_per_text
root = Path('/work/shared/corpora/polnear/data/train/text')
rx = re.compile(r"\b(ask|asks|asked|asking|wonder|wondered|inquired|questioned)\b[^.?!]{0,120}"
                r"[,—–-] ?(which|who|whom)\b", re.I)
names = [p.name for p in sorted(root.iterdir()) if rx.search(p.read_text())]
texts = [(root / n).read_text() for n in names]
out = []
for m in [None, '/work/shared/models/en_news_sm-3.8.0']:
    for n, q in zip(names, quotes_per_text(texts, m)):
        for r in q.itertuples():
            out.append(f"{m and 'news' or 'sm'}|{n[:40]}|{r.cue}|{r.quote[:100]}")
Path(sys.argv[1]).write_text('\n'.join(out))
