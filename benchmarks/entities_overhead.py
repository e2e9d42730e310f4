"""Cost of entity and actor extraction on top of the bare spaCy parse.

Run: .venv/bin/python benchmarks/entities_overhead.py [N_ARTICLES]   (default 300 BBC articles)

Prints the bare ``nlp.pipe`` time, the time of ``analyze`` (parse + entities + actors) on the
same texts, the extraction-only time measured on already-parsed Docs, and the ratios.
"""

from __future__ import annotations

import sys
import time

from analysis import analyze, load_articles
from analysis.actors import read_aliases
from analysis.config import shared_dir
from analysis.corpus import assemble, _entity_frame, process_doc
from analysis.nlp import load_pipeline, model_info


def main(n: int = 300) -> None:
    bbc = shared_dir() / "corpora" / "bbc"
    articles = load_articles(bbc, duplicates="drop").sample(n, random_state=0)
    texts = articles["text"].tolist()
    nlp = load_pipeline()
    list(nlp.pipe(texts[:10]))  # warm-up

    start = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=32))
    bare = time.perf_counter() - start
    tokens = sum(len(d) for d in docs)

    aliases = read_aliases()
    start = time.perf_counter()
    records = []
    for doc, article_id in zip(docs, articles["article_id"]):
        records.extend(process_doc(doc, article_id, aliases))
    assemble(articles, _entity_frame(records), aliases)
    extract_only = time.perf_counter() - start

    start = time.perf_counter()
    analyze(articles, progress=False)
    full = time.perf_counter() - start

    info = model_info(nlp)
    print(f"{n} BBC articles, {tokens:,} tokens, model {info['model']} {info['model_version']}")
    print(f"  bare nlp.pipe            {bare:7.2f} s  ({tokens / bare:,.0f} tokens/s)")
    print(f"  analyze (parse+extract)  {full:7.2f} s  ratio to bare {full / bare:.3f}")
    print(f"  extraction only on Docs  {extract_only:7.2f} s  overhead "
          f"{extract_only / bare:.1%} -> ratio {(bare + extract_only) / bare:.3f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)
