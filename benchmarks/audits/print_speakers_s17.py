"""Print every quote of session 17's speaker audit (the BBC sample of speakers-sample-s17.txt, or
with ``web`` the web-style texts of web_speakers_s17.py) with its cue, speaker and the text before
it; the auditor judges each speaker by hand.

Usage (from the project root): python benchmarks/audits/print_speakers_s17.py [bbc|web] [sm | model-path]
"""
import sys
from pathlib import Path
sys.path.insert(0, '.')
sys.path.insert(0, 'benchmarks/audits')
from analysis.config import shared_dir  # noqa: E402
from tests.helpers import quotes_per_text  # noqa: E402

which = sys.argv[1] if len(sys.argv) > 1 else 'bbc'
model = sys.argv[2] if len(sys.argv) > 2 and sys.argv[2] != 'sm' else None
if which == 'web':
    from web_speakers_s17 import TEXTS
    pick = [f'web{i}' for i in range(len(TEXTS))]
    texts = list(TEXTS)
else:
    pick = Path('benchmarks/audits/speakers-sample-s17.txt').read_text().split()
    texts = [(shared_dir() / 'corpora' / 'bbc' / a).read_bytes().decode('utf-8', 'replace') for a in pick]
n = 0
for a, t, q in zip(pick, texts, quotes_per_text(texts, model)):
    print('=====', a)
    for r in q.itertuples():
        n += 1
        s, e = int(r.start), int(r.end)
        lo = t.rfind('\n', 0, s) + 1
        hi = t.find('\n', e)
        hi = len(t) if hi < 0 else hi
        print(f'#{n} [{r.kind}] cue={r.cue!r} spk={r.speaker!r} ({r.speaker_type})')
        print(f'    {t[max(lo, s-120):s]}[[{t[s:min(e, s+60)]}]]{t[e:min(hi, e+70)]}')
print('total', n)
