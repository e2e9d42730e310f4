"""The store's folder layout and its stored columns, declared once (every other module of the
store, and whatever recognises a store folder, reads them from here).

A store folder::

    articles/PART.parquet   one row per article (+ the STORED_COLUMNS below)  ← written last
    entities/PART.parquet   that part's entity mentions (article-level actors)
    quotes/PART.parquet     that part's quotes
    manifest.json           model, versions, fingerprint of the last run
    last_run.parquet        the article ids of the last run, in order (what Corpus.read returns)
    errors.csv              inputs of the last run that could not be processed
    .run.lock, .read.lock, .compact.lock   fcntl lock files (side files)

A part's three files share one name (time + random: names sort oldest first).
"""

from __future__ import annotations

import contextlib
import os
import time
import uuid
from pathlib import Path
from typing import Iterator

#: the three tables of a part, in write order: articles last (the part's commit marker)
TABLES = ("entities", "quotes", "articles")
#: the tables whose files an articles part vouches for (their checksums are in its metadata)
ROW_TABLES = ("entities", "quotes")

#: per-article hashes kept in the articles parts (:mod:`analysis.runs` compares them)
HASH_COLUMNS = ("text_hash", "meta_hash")
#: columns a writer gives beside the articles table's own: the article's position in its run's
#: input (``seq``: required), its hashes (a run's, optional) and ``things`` (the acronyms it
#: defines as things: an article-level fact of the corpus step, kept so that reading a corpus
#: back never reads the texts for it)
WRITTEN_COLUMNS = ("seq", *HASH_COLUMNS, "things")
#: columns the store stamps on every article row of a part it writes
STAMP_COLUMNS = ("fingerprint", "run")
#: every column of an articles part besides the articles table's, in the order written
STORED_COLUMNS = ("seq", *HASH_COLUMNS, "things", *STAMP_COLUMNS)

#: the articles file's key-value metadata entry holding its part's checksums
CHECKSUMS_KEY = b"analysis.checksums"

MANIFEST = "manifest.json"
ERRORS_FILE = "errors.csv"
LAST_RUN = "last_run.parquet"
RUN_LOCK = ".run.lock"  # side files: written exclusive, read shared
READ_LOCK = ".read.lock"  # parts: listed and read shared, deleted (compaction) exclusive
COMPACT_LOCK = ".compact.lock"  # one compaction at a time


def folder(root: Path, table: str) -> Path:
    """The folder of one table's part files."""
    return root / table


def part_files(root: Path, table: str = "articles") -> list[Path]:
    """Finished part files of one table, oldest first."""
    where = folder(root, table)
    return sorted(where.glob("*.parquet")) if where.is_dir() else []


def is_store(path: Path) -> bool:
    """Whether ``path`` is a store folder, by its own files: ``articles/`` beside
    ``manifest.json``, or beside ``entities/`` and ``quotes/`` (a first run cut short)."""
    return folder(path, "articles").is_dir() and (
        (path / MANIFEST).is_file()
        or all(folder(path, t).is_dir() for t in ROW_TABLES))


def new_part_name() -> str:
    """A new part's file name: time (so names sort oldest first) and random (unique)."""
    return f"{time.time_ns():020d}-{uuid.uuid4().hex[:8]}.parquet"


@contextlib.contextmanager
def temporary(path: Path) -> Iterator[Path]:
    """A temporary name beside ``path`` for this process and call only (pid + random), removed
    when the ``with`` block leaves it behind (an error before the rename)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.tmp")
    try:
        yield tmp
    finally:
        if tmp.exists():
            tmp.unlink(missing_ok=True)
