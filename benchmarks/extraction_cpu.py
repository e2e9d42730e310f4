"""CPU time of the per-article extraction alone, best of several passes over the same parsed Docs.

Run: .venv/bin/python benchmarks/extraction_cpu.py [N_ARTICLES] [REPEATS]   (default 300, 3)

The N BBC articles of ``benchmarks/extraction_overhead.py`` (same sample) are parsed once and
kept in a DocBin under the system's temporary folder (one file per model and N, reused by later
runs, so two code versions are timed on the very same Docs); each pass runs the engine's
components and the rows (``apply_components`` + ``doc_rows``) on fresh copies, then the corpus
step (``assemble``), timed apart. ``time.process_time``: steadier than wall clock on a shared
host, but still moved by the other processes; compare the best of several passes, old and new
code one after the other (``PYTHONPATH`` set to each version's checkout).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from spacy.tokens import Doc, DocBin

from analysis import load_articles
from analysis.assembly import assemble
from analysis.config import shared_dir
from analysis.engine.aliases import read_aliases
from analysis.engine.nlp import load_pipeline, model_info, resolve_model
from analysis.engine.pipeline import apply_components, news_pipeline
from analysis.engine.rows import doc_rows


def main(n: int = 300, repeats: int = 3) -> None:
    articles = load_articles(shared_dir() / "corpora" / "bbc", duplicates="drop").sample(
        n, random_state=0)
    nlp = load_pipeline()
    info = model_info(nlp)
    cache = Path(tempfile.gettempdir()) / f"extraction_cpu-{info['model']}-{n}.spacy"
    if not cache.exists():
        DocBin(docs=nlp.pipe(articles["text"].tolist(), batch_size=32)).to_disk(cache)
    docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    news = news_pipeline(resolve_model().target)
    apply_components(news, nlp("Warm up, Ann Lee said."))
    aliases = read_aliases()
    passes = []
    for _ in range(repeats):
        copies = [Doc(d.vocab).from_bytes(d.to_bytes(exclude=["user_data"])) for d in docs]
        start = time.process_time()
        ents, quotes = [], []
        for doc, article_id in zip(copies, articles["article_id"]):
            e, q = doc_rows(apply_components(news, doc), article_id)
            ents.extend(e)
            quotes.extend(q)
        per_article = time.process_time() - start
        start = time.process_time()
        assemble(articles, ents, quotes, aliases)
        passes.append((per_article, time.process_time() - start))
    print(f"{n} BBC articles, model {info['model']} {info['model_version']}, {repeats} passes")
    print(f"  per-article extraction (CPU)  best {min(p[0] for p in passes):.3f} s  "
          f"({', '.join(f'{p[0]:.3f}' for p in passes)})")
    print(f"  corpus step (CPU)             best {min(p[1] for p in passes):.3f} s")


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]))
