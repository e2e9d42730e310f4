"""List the quotes one model extracts on session 17's draw and the other does not (no quote of
the other model overlaps its span), with cue, speaker and sentence, for judging by hand.

Usage (from the project root): python benchmarks/audits/compare_disagree_s17.py OUT [--count]
(OUT as written by run_disagree_s17.py; --count prints only the numbers)
"""
import json
import sys
from bisect import bisect_left
from pathlib import Path

import pandas as pd

out = Path(sys.argv[1])
bodies = json.loads((out / 'bodies.json').read_text())
q = {m: pd.read_parquet(out / f'quotes-{m}.parquet') for m in ('sm', 'news')}


def spans(df):
    d = {}
    for r in df.itertuples():
        d.setdefault(r.file, []).append((int(r.start), int(r.end)))
    return {k: sorted(v) for k, v in d.items()}


sp = {m: spans(q[m]) for m in q}
n = 0
counts = {}
for m, other in (('sm', 'news'), ('news', 'sm')):
    rows = []
    for r in q[m].sort_values(['file', 'start']).itertuples():
        s, e = int(r.start), int(r.end)
        os_ = sp[other].get(r.file, [])
        i = bisect_left(os_, (e, 0))
        if any(a < e and b > s for a, b in os_[max(0, i - 20):i]):
            continue
        rows.append(r)
    counts[m] = len(rows)
    if '--count' in sys.argv:
        continue
    print(f'######## only {m}: {len(rows)}')
    for r in rows:
        n += 1
        t = bodies[r.file]
        s, e = int(r.start), int(r.end)
        # offsets count in the engine's cleaned text: find the quote's words in the body
        i = t.find(r.quote[:60], max(0, s - 400))
        i = t.find(r.quote[:60]) if i < 0 else i
        if i >= 0:
            s, e = i, i + len(r.quote)
        lo = t.rfind('\n', 0, s) + 1
        hi = t.find('\n', e)
        hi = len(t) if hi < 0 else hi
        print(f'#{n} {m} {r.file} [{r.kind} {r.confidence:.2f}] cue={r.cue!r} spk={r.speaker!r} ({r.speaker_type})')
        print(f'    Q: {r.quote[:300]!r}')
        print(f'    S: ...{t[max(lo, s - 160):s]}[[Q]]{t[e:min(hi, e + 80)]}')
print({m: len(q[m]) for m in q}, 'only:', counts)
