"""Print every indirect and mixed quote of session 16's indirect-quote audit sample, with its cue,
speaker and sentence (the auditor judges each one by hand).

Usage (from the project root): python benchmarks/audits/print_indirect_s16.py [sm | model-path]
"""
import sys
from pathlib import Path
sys.path.insert(0, '.')
from analysis.config import shared_dir
from tests.helpers import quotes_per_text
model = sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] != 'sm' else None
pick = Path('benchmarks/audits/indirect-sample-s16.txt').read_text().split()
texts = [(shared_dir() / 'corpora' / 'bbc' / a).read_bytes().decode('utf-8', 'replace') for a in pick]
n = 0
for a, t, q in zip(pick, texts, quotes_per_text(texts, model)):
    print('=====', a, t.splitlines()[0])
    for r in q.itertuples():
        if r.kind not in ('indirect', 'mixed'):
            continue
        n += 1
        s, e = int(r.start), int(r.end)
        # the sentence: back to the previous . or newline, forward to the next
        lo = t.rfind('\n', 0, s) + 1
        hi = t.find('\n', e)
        hi = len(t) if hi < 0 else hi
        print(f'#{n} [{r.kind} {r.confidence:.2f}] cue={r.cue!r} spk={r.speaker!r} ({r.speaker_type})')
        print(f'    Q: {t[s:e]!r}')
        print(f'    S: ...{t[max(lo, s-160):s]}[[Q]]{t[e:min(hi, e+80)]}')
print('total', n)
