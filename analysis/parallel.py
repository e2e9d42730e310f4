"""Running a per-shard function over shards of articles: in-process, on local processes, or
on a Dask cluster.

Work is split into shards of ``(article_id, text)`` items; :func:`run` calls the function it is
given (``work(shard, *args)``, a module-level function so that workers can import it:
``analysis.pipeline.process_shard``) on each and hands every result to ``on_shard`` as it
finishes, so the caller can stream it to the store. Local workers are loky processes (see
:func:`run` for why). This module knows nothing of what the work is: results do not depend on
the engine, the number of processes or the shard size.
"""

from __future__ import annotations

import os
import sys
import warnings
from typing import Any, Callable, Sequence


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


def shards_of(items: Sequence[tuple[str, str]], size: int) -> list[list[tuple[str, str]]]:
    return [list(items[i:i + size]) for i in range(0, len(items), size)]


def shard_size(n: int, workers: int) -> int:
    """Small enough to balance the workers and stream to the store, big enough for ``nlp.pipe``."""
    return max(8, min(64, -(-n // max(workers * 4, 1))))


def run(items: Sequence[tuple[str, str]], work: Callable[..., Any], args: tuple = (), *,
        processes: int = 1, engine: str = "local", scheduler: str | None = None,
        progress: bool = False, initializer: Callable[..., None] | None = None,
        initargs: tuple = (), on_shard: Callable[[Any], None]) -> None:
    """Run ``work(shard, *args)`` on shards of ``items`` and hand each result to ``on_shard``.

    Args:
        work: a module-level function (workers import it by name); its result must have an
            ``ids`` attribute (the shard's ids, for the progress bar).
        args: further arguments of ``work`` (picklable; the same for every shard).
        processes: worker processes (local) or workers of the LocalCluster (dask).
        engine: ``"local"`` or ``"dask"``.
        scheduler: address of a running Dask scheduler (``tcp://host:8786``); with ``engine="dask"``
            and no scheduler, a LocalCluster with ``processes`` workers is started and closed.
        initializer: run once in each local worker process, with ``initargs``, before its
            first shard (load a model, say).

    Local worker processes come from loky (joblib's process executor): they start as fresh
    interpreters that never re-run the caller's ``__main__`` script, so a plain script without an
    ``if __name__ == "__main__":`` guard, ``python -c``, a notebook and the CLI all work, on Linux
    and macOS alike. When worker processes cannot be started, or a worker dies, the shards not yet
    done are processed in this process, with a warning.

    Raises:
        ValueError: unknown engine.
    """
    # a notebook progress bar in Jupyter (ipywidgets), plain text on a terminal
    from tqdm.auto import tqdm

    if engine not in ("local", "dask"):
        raise ValueError(f"unknown engine {engine!r}; expected local or dask")
    if not items:
        return
    workers = max(1, processes)
    shards = shards_of(items, shard_size(len(items), workers))
    bar = tqdm(total=len(items), disable=not progress, unit="article", desc="Analysing")
    finished: set[int] = set()

    def done(index: int, result) -> None:
        finished.add(index)
        on_shard(result)
        bar.update(len(result.ids))

    try:
        if engine == "dask":
            try:
                _run_dask(shards, work, args, workers, scheduler, done)
            except ClusterUnavailable as exc:
                warnings.warn(
                    f"could not start a Dask LocalCluster ({exc}); processing with local "
                    f"processes instead. Dask starts its workers by re-running the calling "
                    f"script: put the script's code under `if __name__ == \"__main__\":`.",
                    RuntimeWarning, stacklevel=2)
                _run_pool(shards, work, args, workers, (initializer, initargs), done)
        elif workers > 1 and len(shards) > 1:
            _run_pool(shards, work, args, workers, (initializer, initargs), done)
        for index, shard in enumerate(shards):  # in-process, or what a failed pool left over
            if index not in finished:
                done(index, work(shard, *args))
    finally:
        bar.close()


def _run_pool(shards, work, args, workers, init, done) -> None:
    """Run ``shards`` on ``workers`` loky processes; returns early (with a warning) if the pool
    cannot start or breaks, leaving the unfinished shards to the caller."""
    from concurrent.futures import as_completed

    try:
        from loky import get_reusable_executor

        # Reusable: a notebook's next run finds the workers, their model already loaded.
        pool = get_reusable_executor(max_workers=workers, timeout=120, initializer=init[0],
                                     initargs=init[1])
        futures = {pool.submit(work, shard, *args): i for i, shard in enumerate(shards)}
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


def _run_dask(shards, work, args, workers, scheduler, done) -> None:
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
        futures = [client.submit(work, shard, *args, pure=False) for shard in shards]
        index = {future.key: i for i, future in enumerate(futures)}
        for future in as_completed(futures):
            done(index[future.key], future.result())
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
