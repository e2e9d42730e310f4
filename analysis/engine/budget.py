"""A per-article time budget for the extraction, so one pathological article cannot stall a batch.

The rules are linear in the length of an article (see :mod:`analysis.engine.syntax` and the stress
benchmark ``benchmarks/quote_stress.py``); the budget is the safety net for inputs nobody
foresaw. :func:`time_budget` sets a deadline for the code it wraps, in the current thread only;
the extraction stages call :func:`checkpoint` in their loops, which raises
:class:`ArticleTimeout` once the deadline has passed. The check is cooperative (a clock read
every few hundred steps), so it works the same in the main thread, in worker processes, in
Dask's worker threads and inside a notebook — places where ``signal.alarm`` does not.

The budget covers the extraction of an article from its parsed ``Doc`` (entities, actors,
quotes), each stage with the whole budget, and its tokenisation, as a stage of its own: the
guarded tokenizer (:mod:`analysis.engine.tokenizer`) marks a text whose tokenisation took longer
than the budget as timed out, so its extraction is skipped and it is reported as a ``timeout``. The
spaCy parse itself is not interrupted: it is linear in the tokens (the guard keeps tokenising
linear too) and no more than ``analysis.engine.pipeline.CHUNK_TOKENS`` tokens are parsed at once.
"""

from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from typing import Iterator

DEFAULT_SECONDS = 60.0  # per article; generous: a 2 MB article extracts in about 10 s

_local = threading.local()


class ArticleTimeout(RuntimeError):
    """The extraction of one article ran over its time budget."""

    def __init__(self, seconds: float):
        super().__init__(f"extraction took longer than the {seconds:g} s time budget")
        self.seconds = seconds


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Run the body with a deadline ``seconds`` from now (None: no limit), in this thread.

    Raises:
        ArticleTimeout: from a :func:`checkpoint` inside the body, once the deadline passed.
        ValueError: ``seconds`` is not positive.
    """
    if seconds is not None and not seconds > 0:
        raise ValueError(f"time budget must be a positive number of seconds, got {seconds!r}")
    previous = getattr(_local, "deadline", None)
    _local.deadline = None if seconds is None else (time.monotonic() + seconds, seconds)
    _local.steps = 0
    try:
        yield
    finally:
        _local.deadline = previous


def checkpoint(every: int = 256) -> None:
    """Raise :class:`ArticleTimeout` if the current deadline has passed.

    Cheap enough for inner loops: the clock is read once per ``every`` calls.
    """
    deadline = getattr(_local, "deadline", None)
    if deadline is None:
        return
    _local.steps += 1
    if _local.steps % every == 0 and time.monotonic() > deadline[0]:
        raise ArticleTimeout(deadline[1])
