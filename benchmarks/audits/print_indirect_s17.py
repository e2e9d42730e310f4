"""Print every indirect and mixed quote of session 17's precision audit (the first 6 files of
each folder of benchmarks/audits/disagree-sample-s17.txt: 30 BBC files), with cue, speaker
and sentence, for judging by hand.

Usage (from the project root): python benchmarks/audits/print_indirect_s17.py [sm | model-path]
"""
import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, '.')
from analysis import analyze  # noqa: E402
from analysis.config import shared_dir  # noqa: E402
from analysis.io.plaintext import parse_plain_text  # noqa: E402

model = sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] != 'sm' else None
draw = Path('benchmarks/audits/disagree-sample-s17.txt').read_text().split()
pick = [a for i, a in enumerate(draw) if i % 60 < 6]
bodies = [parse_plain_text((shared_dir() / 'corpora' / 'bbc' / a).read_bytes().decode('utf-8', 'replace'))['text']
          for a in pick]
corpus = analyze(pd.DataFrame({'article_id': pick, 'text': bodies}), model=model, progress=False)
n = 0
for a in pick:
    q = corpus.quotes[corpus.quotes['article_id'] == a]
    t = corpus.articles.set_index('article_id').loc[a, 'text']
    print('=====', a)
    for r in q.itertuples():
        if r.kind not in ('indirect', 'mixed'):
            continue
        n += 1
        s, e = int(r.start), int(r.end)
        lo = t.rfind('\n', 0, s) + 1
        hi = t.find('\n', e)
        hi = len(t) if hi < 0 else hi
        print(f'#{n} [{r.kind} {r.confidence:.2f}] cue={r.cue!r} spk={r.speaker!r} ({r.speaker_type})')
        print(f'    Q: {t[s:e]!r}')
        print(f'    S: ...{t[max(lo, s - 160):s]}[[Q]]{t[e:min(hi, e + 80)]}')
print('total', n)
