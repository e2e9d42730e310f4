"""The store's fcntl locks (on side files named in :mod:`.layout`): the run lock (side files
written exclusive, read shared), the read lock (parts listed and read shared, deleted by a
compaction exclusive) and the compaction lock (one compaction at a time)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Iterator

from .layout import COMPACT_LOCK


@contextlib.contextmanager
def lock(root: Path, name: str, *, exclusive: bool) -> Iterator[None]:
    """An fcntl lock on the store's file ``name`` (shared or exclusive, waited for), held for
    the ``with`` block. A store that cannot hold the lock file (a read-only folder) is read
    without it."""
    import fcntl  # POSIX only: imported when a lock is taken

    path = root / name
    fd = None
    for flags in (os.O_RDWR | os.O_CREAT, os.O_RDONLY):
        try:
            if exclusive:
                root.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, flags, 0o644)
            break
        except OSError:
            continue
    if fd is None and exclusive:
        raise OSError(f"{path}: cannot open the store's lock file")
    try:
        if fd is not None:
            fcntl.flock(fd, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
        yield
    finally:
        if fd is not None:
            os.close(fd)  # releases the lock


@contextlib.contextmanager
def compacting(root: Path) -> Iterator[bool]:
    """The compaction lock, exclusive, not waited for: yields whether this process holds it
    (False: another process is compacting)."""
    import fcntl

    root.mkdir(parents=True, exist_ok=True)
    with open(root / COMPACT_LOCK, "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        yield True
