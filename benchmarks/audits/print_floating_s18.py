"""Print the quotes of session 18's floating-quote draw that have no speaker or no cue (a
speaker carried over from an earlier attribution, or none), for both models, with the text
before each quote, to judge by hand who said it. Reads OUT of run_floating_s18.py.

Usage (from the project root): python benchmarks/audits/print_floating_s18.py OUT [sm|news]
"""
import json
import sys
from pathlib import Path

import pandas as pd

out = Path(sys.argv[1])
names = sys.argv[2:] or ['sm', 'news']
bodies = json.loads((out / 'bodies.json').read_text())
for name in names:
    q = pd.read_parquet(out / f'quotes-{name}.parquet')
    sel = q[q.speaker.isna() | q.cue.isna() | (q.cue == '')]
    print(f'## {name}: {len(sel)} of {len(q)} quotes with no speaker or no cue')
    for r in sel.itertuples():
        text = bodies[r.file]
        before = text[max(0, r.start - 260):r.start].replace('\n', ' ¶ ')
        print(f'=== {r.file} {r.start} [{r.kind}] spk={r.speaker!s} ({r.speaker_type}) '
              f'actor={r.speaker_actor!s}')
        print(f'   ...{before}<<{r.quote[:110]}>>')
