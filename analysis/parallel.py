"""Running the per-article pipeline over shards of articles: in-process, on local processes, or
on a Dask cluster.

Work is split into shards of articles. A worker loads the spaCy pipeline once (cached per
process by :func:`analysis.nlp.load_pipeline`), parses its shard with ``nlp.pipe`` and returns
plain rows (entity and quote records as dicts), never ``Doc`` objects. The caller receives shards
as they finish (``on_shard``) so it can stream them to the store; results do not depend on the
engine, the number of processes or the shard size.
"""

from __future__ import annotations

import os
import sys
from typing import Callable, Iterable, Sequence

ShardRows = tuple[list[dict], list[dict]]


def available_cores() -> int:
    """CPU cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def process_shard(shard: Sequence[tuple[str, str]], target: str, aliases=None,
                  batch_size: int = 32) -> tuple[list[str], list[dict], list[dict]]:
    """Parse one shard of ``(article_id, text)`` and return ``(ids, entity rows, quote rows)``.

    Runs in a worker process (or in-process); loads the pipeline ``target`` once per process.
    """
    from .actors import read_aliases
    from .corpus import process_doc
    from .nlp import load_pipeline

    nlp = load_pipeline(target)
    alias_table = read_aliases(aliases)
    ents: list[dict] = []
    quotes: list[dict] = []
    for doc, article_id in parse(nlp, shard, batch_size):
        e, q = process_doc(doc, article_id, alias_table)
        ents.extend(r.__dict__ for r in e)
        quotes.extend(r.__dict__ for r in q)
    return [article_id for article_id, _ in shard], ents, quotes


CHUNK_CHARS = 100_000  # longer articles are parsed in chunks and joined (exact offsets kept)


def split_text(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """Cut ``text`` into pieces of at most ``size`` characters whose concatenation is ``text``:
    at a paragraph break where possible, else after a sentence end, else at a space."""
    pieces = []
    start = 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = window.rfind("\n\n")
        if cut > size // 4:
            cut += 2
        else:
            cut = max(window.rfind(". "), window.rfind("\n"))
            cut = cut + 1 if cut > size // 4 else window.rfind(" ") + 1
        if cut <= 0:
            cut = size
        pieces.append(text[start:start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def parse(nlp, items: Sequence[tuple[str, str]], batch_size: int = 32):
    """``(doc, article_id)`` for ``(article_id, text)`` items, in order. Texts longer than
    :data:`CHUNK_CHARS` (spaCy's ``max_length`` guards memory) are parsed in chunks and joined
    with ``Doc.from_docs``, so ``doc.text`` is always exactly the article text."""
    from spacy.tokens import Doc

    pending: list[tuple[str, str]] = []

    def flush():
        texts = ((text, article_id) for article_id, text in pending)
        yield from nlp.pipe(texts, as_tuples=True, batch_size=batch_size)
        pending.clear()

    for article_id, text in items:
        if len(text) <= CHUNK_CHARS:
            pending.append((article_id, text))
            continue
        yield from flush()
        docs = list(nlp.pipe(split_text(text), batch_size=batch_size))
        doc = Doc.from_docs(docs, ensure_whitespace=False)
        if doc.text != text:  # never expected; a wrong offset would be worse than an error
            raise RuntimeError(f"article {article_id}: joined chunks do not reproduce the text")
        yield doc, article_id
    yield from flush()


def _warm(target: str) -> None:
    """Process-pool initializer: load the pipeline before the first shard arrives."""
    from .nlp import load_pipeline

    load_pipeline(target)


def shards_of(items: Sequence[tuple[str, str]], size: int) -> list[list[tuple[str, str]]]:
    return [list(items[i:i + size]) for i in range(0, len(items), size)]


def shard_size(n: int, workers: int) -> int:
    """Small enough to balance the workers and stream to the store, big enough for ``nlp.pipe``."""
    return max(8, min(64, -(-n // max(workers * 4, 1))))


def run(items: Sequence[tuple[str, str]], *, target: str, aliases=None, processes: int = 1,
        engine: str = "local", scheduler: str | None = None, batch_size: int = 32,
        progress: bool = False, on_shard: Callable[[list[str], list[dict], list[dict]], None]
        ) -> None:
    """Process ``items`` (``(article_id, text)``) and hand every finished shard to ``on_shard``.

    Args:
        target: the resolved pipeline (package name or directory) every worker loads.
        processes: worker processes (local) or workers of the LocalCluster (dask).
        engine: ``"local"`` or ``"dask"``.
        scheduler: address of a running Dask scheduler (``tcp://host:8786``); with ``engine="dask"``
            and no scheduler, a LocalCluster with ``processes`` workers is started and closed.

    Raises:
        ValueError: unknown engine.
    """
    from tqdm import tqdm

    if engine not in ("local", "dask"):
        raise ValueError(f"unknown engine {engine!r}; expected local or dask")
    if not items:
        return
    workers = max(1, processes)
    shards = shards_of(items, shard_size(len(items), workers))
    bar = tqdm(total=len(items), disable=not progress, unit="article", desc="Analysing",
               file=sys.stderr)

    def done(result):
        ids, ents, quotes = result
        on_shard(ids, ents, quotes)
        bar.update(len(ids))

    try:
        if engine == "dask":
            _run_dask(shards, target, aliases, workers, scheduler, batch_size, done)
        elif workers == 1 or len(shards) == 1:
            for shard in shards:
                done(process_shard(shard, target, aliases, batch_size))
        else:
            _run_pool(shards, target, aliases, workers, batch_size, done)
    finally:
        bar.close()


def _run_pool(shards, target, aliases, workers, batch_size, done) -> None:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    # "spawn": workers start clean (no forked BLAS/thread state) and load the model once each.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_warm,
                             initargs=(target,)) as pool:
        futures = [pool.submit(process_shard, shard, target, aliases, batch_size)
                   for shard in shards]
        for future in as_completed(futures):
            done(future.result())


def _run_dask(shards, target, aliases, workers, scheduler, batch_size, done) -> None:
    from dask.distributed import Client, LocalCluster, as_completed

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        futures = client.map(process_shard, shards, target=target, aliases=aliases,
                             batch_size=batch_size, pure=False)
        for future in as_completed(futures):
            done(future.result())
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def parse_only(texts: Iterable[str], target: str, batch_size: int = 32) -> int:
    """Bare ``nlp.pipe`` over ``texts`` (for benchmarks); returns the number of tokens."""
    from .nlp import load_pipeline

    nlp = load_pipeline(target)
    return sum(len(doc) for doc in nlp.pipe(texts, batch_size=batch_size))
