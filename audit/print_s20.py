"""Print every indirect and mixed quote of the session-20 sample (both models with --model)."""
import sys, re
from pathlib import Path
sys.path.insert(0, '.')
from tests.helpers import quotes_per_text
model = sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] != 'sm' else None
pick = Path('audit/sample_s20.txt').read_text().split()
texts = [Path('/work/shared/corpora/bbc', a).read_bytes().decode('utf-8', 'replace') for a in pick]
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
