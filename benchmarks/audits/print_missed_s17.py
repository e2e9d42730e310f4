"""Print session 17's recall audit sample (benchmarks/audits/missed-sample-s17.txt) with the
engine's quotes marked in the text (⟦n …⟧n), each quote's kind, cue and speaker, and the
article's sources table: the auditor reads each article and lists what the engine missed.

Usage (from the project root): python benchmarks/audits/print_missed_s17.py [sm | model-path] [first last]
"""
import sys
from pathlib import Path

sys.path.insert(0, '.')
from analysis import analyze  # noqa: E402
from analysis.config import shared_dir  # noqa: E402

model = sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] != 'sm' else None
pick = Path('benchmarks/audits/missed-sample-s17.txt').read_text().split()
if len(sys.argv) > 3:
    pick = pick[int(sys.argv[2]):int(sys.argv[3])]
texts = [(shared_dir() / 'corpora' / 'bbc' / a).read_bytes().decode('utf-8', 'replace') for a in pick]
corpus = analyze(texts, model=model, progress=False)
Q = corpus.quotes
S = corpus.sources
for a, aid, t in zip(pick, corpus.articles['article_id'], texts):
    q = Q[Q['article_id'] == aid].sort_values('start')
    marks = []
    for n, r in enumerate(q.itertuples(), 1):
        marks.append((int(r.start), 1, f'⟦{n} '))
        marks.append((int(r.end), 0, f' ⟧{n}'))
    out, last = [], 0
    for pos, _, m in sorted(marks):
        out.append(t[last:pos]); out.append(m); last = pos
    out.append(t[last:])
    print('=' * 30, a)
    print(''.join(out))
    for n, r in enumerate(q.itertuples(), 1):
        print(f'  {n} [{r.kind}] cue={r.cue!r} spk={r.speaker!r} ({r.speaker_type})')
    s = S[S['article_id'] == aid]
    cols = [c for c in ('name', 'source', 'actor', 'gender', 'quotes', 'n_quotes') if c in s.columns]
    print('  SOURCES:', '; '.join(' '.join(str(v) for v in row) for row in s[cols].itertuples(index=False)))
