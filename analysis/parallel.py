"""Running the per-article pipeline over shards of articles: in-process, on local processes, or
on a Dask cluster.

Work is split into shards of articles. A worker loads the spaCy pipeline once (cached per
process by :func:`analysis.nlp.load_pipeline`), parses its shard with ``nlp.pipe`` and returns
plain rows (entity and quote records as dicts, :class:`ShardResult`), never ``Doc`` objects.
Local workers are loky processes (see :func:`run` for why). The caller receives shards
as they finish (``on_shard``) so it can stream them to the store; results do not depend on the
engine, the number of processes or the shard size.
"""

from __future__ import annotations

import os
import sys
import warnings
from typing import Callable, Iterable, NamedTuple, Sequence

from .budget import DEFAULT_SECONDS, ArticleTimeout, time_budget


class ClusterUnavailable(RuntimeError):
    """A Dask LocalCluster could not be started."""


def bootstrapping_worker() -> bool:
    """Whether this process is a worker still re-running the caller's script to start up (what
    spawn-started workers, Dask's among them, do with a script that has no ``if __name__ ==
    "__main__":`` guard). An analysis must not start there: it would run once per worker."""
    main, mp_main = sys.modules.get("__main__"), sys.modules.get("__mp_main__")
    return mp_main is not None and main is not mp_main


def available_cores() -> int:
    """CPU cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class ShardResult(NamedTuple):
    """What a worker sends back for one shard: plain rows, never ``Doc`` objects.

    Attributes:
        ids: the shard's article ids, in order (timed-out ones included).
        entities, quotes: row dicts of the articles that finished.
        timeouts: ids of the articles whose extraction ran over the time budget (no rows).
    """

    ids: list[str]
    entities: list[dict]
    quotes: list[dict]
    timeouts: list[str]


def process_shard(shard: Sequence[tuple[str, str]], target: str, aliases=None,
                  batch_size: int = 32, time_limit: float | None = DEFAULT_SECONDS
                  ) -> ShardResult:
    """Parse one shard of ``(article_id, text)`` and return its rows as a :class:`ShardResult`.

    Runs in a worker process (or in-process); loads the pipeline ``target`` once per process.
    Each article's extraction runs under :func:`analysis.budget.time_budget` (``time_limit``
    seconds; None: no limit); an article over it has no rows and is listed in ``timeouts``.
    """
    from .actors import read_aliases
    from .corpus import process_doc
    from .nlp import load_pipeline

    nlp = load_pipeline(target)
    alias_table = read_aliases(aliases)
    _warm_rules(nlp, alias_table)
    result = ShardResult([article_id for article_id, _ in shard], [], [], [])
    for doc, article_id in parse(nlp, shard, batch_size):
        try:
            with time_budget(time_limit):
                e, q = process_doc(doc, article_id, alias_table)
        except ArticleTimeout:
            result.timeouts.append(article_id)
            continue
        result.entities.extend(r.__dict__ for r in e)
        result.quotes.extend(r.__dict__ for r in q)
    return result


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


_WARMED: set[int] = set()


def _warm_rules(nlp, aliases) -> None:
    """Run the extraction once on a tiny text per process and pipeline, so that reading the
    lexicons and compiling the rules is not charged to the first article's time budget."""
    if id(nlp) in _WARMED:
        return
    from .corpus import process_doc

    process_doc(nlp('"We will," Ann Lee said, according to officials.'), "warm-up", aliases)
    _WARMED.add(id(nlp))


def shards_of(items: Sequence[tuple[str, str]], size: int) -> list[list[tuple[str, str]]]:
    return [list(items[i:i + size]) for i in range(0, len(items), size)]


def shard_size(n: int, workers: int) -> int:
    """Small enough to balance the workers and stream to the store, big enough for ``nlp.pipe``."""
    return max(8, min(64, -(-n // max(workers * 4, 1))))


def run(items: Sequence[tuple[str, str]], *, target: str, aliases=None, processes: int = 1,
        engine: str = "local", scheduler: str | None = None, batch_size: int = 32,
        progress: bool = False, time_limit: float | None = DEFAULT_SECONDS,
        on_shard: Callable[[ShardResult], None]) -> None:
    """Process ``items`` (``(article_id, text)``) and hand every finished shard to ``on_shard``.

    Args:
        target: the resolved pipeline (package name or directory) every worker loads.
        processes: worker processes (local) or workers of the LocalCluster (dask).
        engine: ``"local"`` or ``"dask"``.
        scheduler: address of a running Dask scheduler (``tcp://host:8786``); with ``engine="dask"``
            and no scheduler, a LocalCluster with ``processes`` workers is started and closed.
        time_limit: seconds of extraction per article (see :mod:`analysis.budget`).

    Local worker processes come from loky (joblib's process executor): they start as fresh
    interpreters that never re-run the caller's ``__main__`` script, so a plain script without an
    ``if __name__ == "__main__":`` guard, ``python -c``, a notebook and the CLI all work, on Linux
    and macOS alike. When worker processes cannot be started, or a worker dies, the shards not yet
    done are processed in this process, with a warning.

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
    finished: set[int] = set()

    def done(index: int, result: ShardResult) -> None:
        finished.add(index)
        on_shard(result)
        bar.update(len(result.ids))

    args = (target, aliases, batch_size, time_limit)
    try:
        if engine == "dask":
            try:
                _run_dask(shards, args, workers, scheduler, done)
            except ClusterUnavailable as exc:
                warnings.warn(
                    f"could not start a Dask LocalCluster ({exc}); processing with local "
                    f"processes instead. Dask starts its workers by re-running the calling "
                    f"script: put the script's code under `if __name__ == \"__main__\":`.",
                    RuntimeWarning, stacklevel=2)
                _run_pool(shards, args, workers, done)
        elif workers > 1 and len(shards) > 1:
            _run_pool(shards, args, workers, done)
        for index, shard in enumerate(shards):  # in-process, or what a failed pool left over
            if index not in finished:
                done(index, process_shard(shard, *args))
    finally:
        bar.close()


def _run_pool(shards, args, workers, done) -> None:
    """Run ``shards`` on ``workers`` loky processes; returns early (with a warning) if the pool
    cannot start or breaks, leaving the unfinished shards to the caller."""
    from concurrent.futures import as_completed

    try:
        from loky import get_reusable_executor

        # Reusable: a notebook's next run finds the workers, their model already loaded.
        pool = get_reusable_executor(max_workers=workers, timeout=120, initializer=_warm,
                                     initargs=(args[0],))
        futures = {pool.submit(process_shard, shard, *args): i for i, shard in enumerate(shards)}
    except (OSError, RuntimeError, ImportError) as exc:
        warnings.warn(f"could not start {workers} worker processes ({exc}); processing in one "
                      f"process instead", RuntimeWarning, stacklevel=3)
        return
    try:
        for future in as_completed(futures):
            done(futures[future], future.result())
    except (OSError, RuntimeError) as exc:  # loky's TerminatedWorkerError, BrokenProcessPool
        for future in futures:
            future.cancel()
        warnings.warn(f"a worker process failed ({type(exc).__name__}: {exc}); the remaining "
                      f"articles are processed in this process", RuntimeWarning, stacklevel=3)


def _run_dask(shards, args, workers, scheduler, done) -> None:
    from dask.distributed import Client, LocalCluster, as_completed

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        try:
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None)
        except (RuntimeError, OSError, TimeoutError) as exc:
            raise ClusterUnavailable(str(exc)) from exc
        client = Client(cluster)
    try:
        futures = [client.submit(process_shard, shard, *args, pure=False) for shard in shards]
        index = {future.key: i for i, future in enumerate(futures)}
        for future in as_completed(futures):
            done(index[future.key], future.result())
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def parse_only(texts: Iterable[str], target: str, batch_size: int = 32) -> int:
    """Bare ``nlp.pipe`` over ``texts`` (for benchmarks); returns the number of tokens."""
    from .nlp import load_pipeline

    nlp = load_pipeline(target)
    return sum(len(doc) for doc in nlp.pipe(texts, batch_size=batch_size))
