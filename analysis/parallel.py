"""Running a per-shard function over shards of articles: in-process, on local processes, or
on a Dask cluster.

Work is split into shards of ``(article_id, text)`` items; :func:`run` calls the function it is
given (``work(shard, *args)``, a module-level function so that workers can import it:
``analysis.engine.pipeline.process_shard``) on each and hands every result to ``on_shard`` as it
finishes, so the caller can stream it to the store. Local workers are loky processes (see
:func:`run` for why). This module knows nothing of what the work is: results do not depend on
the engine, the number of processes or the shard size.

A worker process that dies (killed for its memory, crashed) costs only the articles that killed
it: the shards it was working on are run again one article at a time, and an article whose run
kills a worker process by itself is handed back as ``lost(shard, reason)`` (the caller's
failure result) instead of being parsed — never in this process, where it would end the run.
"""

from __future__ import annotations

import os
import sys
import warnings
from collections import deque
from typing import Any, Callable, Sequence


class ClusterUnavailable(RuntimeError):
    """A Dask LocalCluster could not be started."""


def bootstrapping_worker() -> bool:
    """Whether this process is a worker still re-running the caller's script to start up (what
    spawn-started workers, Dask's among them, do with a script that has no ``if __name__ ==
    "__main__":`` guard). An analysis must not start there: it would run once per worker."""
    import multiprocessing

    if multiprocessing.parent_process() is None:  # not started by multiprocessing at all
        return False
    # while the script re-runs, runpy holds it as __mp_main__ and __main__ is still the old one
    # (IPython also swaps __main__, so the test alone misfires in a kernel or a test process)
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
        initargs: tuple = (), on_shard: Callable[[Any], None],
        lost: Callable[[list, str], Any] | None = None,
        on_start: Callable[[int], None] | None = None) -> None:
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
        lost: ``lost(shard, reason)`` makes the result handed to ``on_shard`` for a shard whose
            run kills its worker process (local: loky's ``TerminatedWorkerError`` or another
            broken pool; Dask: ``KilledWorker``); its ``ids`` are the shard's. None: the error
            is raised.
        on_start: with ``progress``, called with the number of workers before the progress bar
            appears when the shards go to worker processes (local or Dask), which first run
            ``initializer`` (load a model, say): the caller can say so.

    Local worker processes come from loky (joblib's process executor): they start as fresh
    interpreters that never re-run the caller's ``__main__`` script, so a plain script without an
    ``if __name__ == "__main__":`` guard, ``python -c``, a notebook and the CLI all work, on Linux
    and macOS alike. A pool starts at most one worker per shard (each loads the model). When
    worker processes cannot be started, the shards are processed in this process, with a
    warning. When a worker dies, the shards that were running are run again in fresh workers,
    article by article, and what kills a worker alone is handed to ``lost`` (with a warning);
    the other shards go on. On Dask, a shard that ends in ``KilledWorker`` is run again article
    by article in the same way.

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
    if progress and on_start is not None:
        if engine == "dask":
            on_start(workers)
        elif workers > 1 and len(shards) > 1:
            on_start(min(workers, len(shards)))
    bar = tqdm(total=len(items), disable=not progress, unit="article", desc="Analysing")
    finished: set[int] = set()

    def done(index: int, result) -> None:
        finished.add(index)
        on_shard(result)
        bar.update(len(result.ids))

    try:
        if engine == "dask":
            try:
                _run_dask(shards, work, args, workers, scheduler, done, lost)
            except ClusterUnavailable as exc:
                warnings.warn(
                    f"could not start a Dask LocalCluster ({exc}); processing with local "
                    f"processes instead. Dask starts its workers by re-running the calling "
                    f"script: put the script's code under `if __name__ == \"__main__\":`.",
                    RuntimeWarning, stacklevel=2)
                _run_pool(shards, work, args, min(workers, len(shards)),
                          (initializer, initargs), done, lost)
        elif workers > 1 and len(shards) > 1:
            _run_pool(shards, work, args, min(workers, len(shards)), (initializer, initargs),
                      done, lost)
        for index, shard in enumerate(shards):  # in-process, or what a failed pool left over
            if index not in finished:
                done(index, work(shard, *args))
    finally:
        bar.close()


def _run_pool(shards, work, args, workers, init, done, lost) -> None:
    """Run ``shards`` on ``workers`` loky processes; returns early (with a warning) if the pool
    cannot start, leaving the shards to the caller. A worker that dies costs only what killed
    it (see :func:`run`)."""
    from concurrent.futures import BrokenExecutor, Future

    try:
        from loky import get_reusable_executor

        def executor():
            # Reusable: a notebook's next run finds the workers, their model already loaded;
            # after a worker died, loky gives a fresh pool.
            return get_reusable_executor(max_workers=workers, timeout=120,
                                         initializer=init[0], initargs=init[1])

        pool = executor()
    except (OSError, RuntimeError, ImportError) as exc:
        warnings.warn(f"could not start {workers} worker processes ({exc}); processing in one "
                      f"process instead", RuntimeWarning, stacklevel=3)
        return
    reasons: list[str] = []

    def attempt(units: list, limit: int) -> list:
        """Run ``units`` (``(index, shard)``) with at most ``limit`` in the pool at once; the
        units that were in the pool when a worker died are returned (with ``limit=1``, exactly
        the unit whose run killed it)."""
        nonlocal pool
        queue, suspects = deque(units), []
        running: dict[Future, tuple] = {}  # future -> its unit
        while queue or running:
            while queue and len(running) < limit:
                unit = queue.popleft()
                running[pool.submit(work, unit[1], *args)] = unit
            finished, _ = _wait_first(running)
            broken = False
            for future in finished:
                unit = running.pop(future)
                try:
                    done(unit[0], future.result())
                except BrokenExecutor as exc:  # loky's TerminatedWorkerError, BrokenProcessPool
                    broken = True
                    suspects.append(unit)
                    reasons.append(_reason(exc))
            if broken:  # every unit still in the broken pool fails: run it again later
                for future in _wait_all(running):
                    unit = running.pop(future)
                    try:
                        done(unit[0], future.result())
                    except BrokenExecutor:
                        suspects.append(unit)
                pool = executor()
        return suspects

    # two shards a worker in the pool: a worker finds its next shard queued while this process
    # writes the last one's rows (a death re-runs at most these, article by article)
    suspects = attempt(list(enumerate(shards)), 2 * workers)
    if not suspects:
        return
    warnings.warn(f"a worker process died ({reasons[0]}); the {len(suspects)} shard(s) it may "
                  f"have been working on are run again article by article", RuntimeWarning,
                  stacklevel=3)
    singles = [(index, [item]) for index, shard in sorted(suspects) for item in shard]
    killers = attempt(attempt(singles, workers), 1)  # alone in the pool: the article killed it
    for index, shard in killers:
        if lost is None:
            raise RuntimeError(f"a worker process died ({reasons[-1]}) processing {shard[0][0]}")
        done(index, lost(shard, reasons[-1]))
    if killers:
        warnings.warn(f"{len(killers)} article(s) killed the worker process processing them "
                      f"({reasons[-1]}); left out", RuntimeWarning, stacklevel=3)


def _wait_first(futures):
    from concurrent.futures import FIRST_COMPLETED, wait

    return wait(futures, return_when=FIRST_COMPLETED)


def _wait_all(futures) -> list:
    from concurrent.futures import wait

    return list(wait(futures).done)


def _reason(exc: BaseException) -> str:
    """A pool's error in one short line for an error row: its type, its first sentence and
    the workers' exit codes where loky gives them (``TerminatedWorkerError: A worker process
    managed by the executor was unexpectedly terminated. (exit codes {SIGKILL(-9)})``)."""
    import re

    text = " ".join(str(exc).split())
    first = re.split(r"(?<=\.) ", text, maxsplit=1)[0][:200]
    codes = re.search(r"exit codes of the workers are (\{[^}]*\})", text)
    return (f"{type(exc).__name__}: {first}" if first else type(exc).__name__) \
        + (f" (exit codes {codes.group(1)})" if codes else "")


def _run_dask(shards, work, args, workers, scheduler, done, lost) -> None:
    from dask.distributed import Client, LocalCluster, as_completed
    from distributed import KilledWorker

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

    def attempt(units: list, at_once: int | None = None) -> list:
        """Run ``units`` (``(index, shard)``), at most ``at_once`` at a time (None: all);
        those that ended in ``KilledWorker`` are returned with the reason. A worker's death
        counts against every task it held, so only ``at_once=1`` pins it on one unit."""
        killed = []
        for start in range(0, len(units), at_once or max(len(units), 1)):
            batch = units[start:start + (at_once or len(units))]
            futures = [client.submit(work, shard, *args, pure=False) for _, shard in batch]
            unit_of = {future.key: unit for future, unit in zip(futures, batch)}
            for future in as_completed(futures):
                unit = unit_of[future.key]
                try:
                    done(unit[0], future.result())
                except KilledWorker as exc:
                    killed.append((unit, _reason(exc)))
        return killed

    try:
        killed = attempt(list(enumerate(shards)))
        if killed:
            warnings.warn(f"{len(killed)} shard(s) killed their Dask workers ({killed[0][1]}); "
                          f"run again article by article", RuntimeWarning, stacklevel=3)
            singles = [(index, [item]) for (index, shard), _ in killed for item in shard]
            again = [unit for unit, _ in attempt(singles)]
            for (index, shard), reason in attempt(again, at_once=1):
                if lost is None:
                    raise RuntimeError(f"Dask workers died ({reason}) processing {shard[0][0]}")
                done(index, lost(shard, reason))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
