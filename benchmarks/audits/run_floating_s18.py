"""Run both models on session 18's floating-quote draw (benchmarks/audits/floating-sample-s18.txt; the body of
each file as the text loader splits it) and keep the quotes: OUT/quotes-sm.parquet and
OUT/quotes-news.parquet, with the file name in column ``file`` and the body in OUT/bodies.json.

Usage (from the project root): python benchmarks/audits/run_floating_s18.py OUT
"""
import json
import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, '.')
from analysis import analyze  # noqa: E402
from analysis.config import shared_dir  # noqa: E402
from analysis.io.plaintext import parse_plain_text  # noqa: E402

out = Path(sys.argv[1]); out.mkdir(parents=True, exist_ok=True)
pick = Path('benchmarks/audits/floating-sample-s18.txt').read_text().split()
bodies = [parse_plain_text((shared_dir() / 'corpora' / 'bbc' / a).read_bytes().decode('utf-8', 'replace'))['text']
          for a in pick]
(out / 'bodies.json').write_text(json.dumps(dict(zip(pick, bodies))))
for name, model in (('sm', None), ('news', str(shared_dir() / 'models' / 'en_news_sm-3.8.0'))):
    corpus = analyze(pd.DataFrame({'article_id': pick, 'text': bodies}), model=model, progress=False)
    q = corpus.quotes.copy()
    q['file'] = q['article_id']
    q.to_parquet(out / f'quotes-{name}.parquet')
    print(name, len(q), 'quotes')
