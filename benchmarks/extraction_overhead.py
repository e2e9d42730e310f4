"""Cost of entity, actor and quote extraction on top of the bare spaCy parse.

Run: .venv/bin/python benchmarks/extraction_overhead.py [N_ARTICLES] [--repeat R]
(default 300 BBC articles, one run)

Prints the bare ``nlp.pipe`` time, the time of ``analyze`` (parse + entities + actors + quotes)
on the same texts, the extraction-only time measured on already-parsed Docs (split into
entities/actors and quotes), the time of reading the cached first-name table (once per process,
included in the extraction), and the ratios. Goal: extraction <= 10% of the parse. The bare parse
and the extraction are also timed in CPU time of this process (``time.process_time``), whose
ratio does not swing with the load of a shared host as the wall-clock one does.

The model is the resolved default (Explosion's official en_core_web_sm unless
ANALYSIS_SPACY_MODEL says otherwise); its name is printed with the figures.

With ``--repeat R`` (session 26), the bare parse and the extraction are run R times in turn
(parse, extract, parse, extract …: the same measurement each time, on the Docs that run's parse
made), and each run's CPU times and ratio are printed with the median ratio: on a shared host,
whose load moves a single run's ratio by a few hundredths, the median of several runs is the
figure to compare with the goal.
"""

from __future__ import annotations

import argparse
import statistics
import time

from analysis import analyze, load_articles
from analysis.engine.aliases import read_aliases
from analysis.engine.first_names import name_statistics
from analysis.config import shared_dir
from analysis.assembly import assemble
from analysis.engine.nlp import load_pipeline, model_info, resolve_model
from analysis.engine.pipeline import apply_components, news_pipeline
from analysis.engine.rows import doc_rows
from spacy.tokens import Doc


def _parse(nlp, texts: list[str]):
    """The bare parse of ``texts``: ``(docs, wall-clock seconds, CPU seconds)``."""
    start, cpu = time.perf_counter(), time.process_time()
    docs = list(nlp.pipe(texts, batch_size=32))
    return docs, time.perf_counter() - start, time.process_time() - cpu


def _extract(news, docs, articles, aliases):
    """The extraction on parsed ``docs`` (components, rows and the corpus step): ``(quotes,
    wall-clock seconds, CPU seconds)``."""
    start, cpu = time.perf_counter(), time.process_time()
    ents, quotes = [], []
    for doc, article_id in zip(docs, articles["article_id"]):
        e, q = doc_rows(apply_components(news, doc), article_id)
        ents.extend(e)
        quotes.extend(q)
    assemble(articles, ents, quotes, aliases)
    return quotes, time.perf_counter() - start, time.process_time() - cpu


def main(n: int = 300, repeat: int = 1) -> None:
    bbc = shared_dir() / "corpora" / "bbc"
    articles = load_articles(bbc, duplicates="drop").sample(n, random_state=0)
    texts = articles["text"].tolist()
    nlp = load_pipeline()
    list(nlp.pipe(texts[:10]))  # warm-up

    docs, bare, bare_cpu = _parse(nlp, texts)
    tokens = sum(len(d) for d in docs)

    news = news_pipeline(resolve_model().target)
    apply_components(news, nlp("Warm up, Ann Lee said."))
    aliases = read_aliases()
    quotes, extract_only, extract_cpu = _extract(news, docs, articles, aliases)
    runs = [(bare_cpu, extract_cpu)]
    for _ in range(repeat - 1):  # parse, extract, parse, extract …
        more = _parse(nlp, texts)
        runs.append((more[2], _extract(news, more[0], articles, aliases)[2]))
        del more

    # the two stages alone, on fresh copies of the parsed Docs
    copies = [Doc(d.vocab).from_bytes(d.to_bytes(exclude=["user_data"])) for d in docs]
    start = time.perf_counter()
    for d in copies:
        news.get_pipe("news_entities")(d)
    entities_only = time.perf_counter() - start
    start = time.perf_counter()
    for d in copies:
        news.get_pipe("news_quotes")(d)
    quotes_only = time.perf_counter() - start

    start = time.perf_counter()
    analyze(articles, progress=False, processes=1)
    full = time.perf_counter() - start

    # reading the cached first-name table, once per process (part of the extraction above)
    name_statistics.cache_clear()
    start = time.perf_counter()
    name_statistics()
    names_read = time.perf_counter() - start

    info = model_info(nlp)
    print(f"{n} BBC articles, {tokens:,} tokens, model {info['model']} {info['model_version']}")
    print(f"  bare nlp.pipe            {bare:7.2f} s  ({tokens / bare:,.0f} tokens/s)")
    print(f"  analyze (parse+extract)  {full:7.2f} s  ratio to bare {full / bare:.3f}")
    print(f"  extraction only on Docs  {extract_only:7.2f} s  overhead "
          f"{extract_only / bare:.1%} -> ratio {(bare + extract_only) / bare:.3f} (goal <= 1.10)")
    print(f"  the same in CPU time     {extract_cpu:7.2f} s  of {bare_cpu:.2f} s for the bare parse "
          f"-> ratio {(bare_cpu + extract_cpu) / bare_cpu:.3f}")
    print(f"    of which entities      {entities_only:7.2f} s  ({entities_only / bare:.1%}; "
          f"news_entities)")
    print(f"    of which quotes        {quotes_only:7.2f} s  ({quotes_only / bare:.1%}; "
          f"{len(quotes):,} quotes)")
    print(f"    first-name table read  {names_read:7.2f} s  (once per process, cached)")
    if repeat > 1:
        ratios = [(b + e) / b for b, e in runs]
        for k, ((b, e), r) in enumerate(zip(runs, ratios), 1):
            print(f"  run {k}: extraction {e:.2f} s of {b:.2f} s for the bare parse (CPU) "
                  f"-> ratio {r:.3f}")
        median = statistics.median(e for _, e in runs)
        print(f"  median of {repeat} runs (CPU): extraction {median:.2f} s, ratio "
              f"{statistics.median(ratios):.3f} (goal <= 1.10)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", nargs="?", type=int, default=300, help="BBC articles (300)")
    parser.add_argument("--repeat", type=int, default=1,
                        help="runs of the bare parse and the extraction, in turn (1)")
    args = parser.parse_args()
    main(args.n, max(args.repeat, 1))
