"""Parts: writing one (the one writer: runs through ``Store.write_part``, ``Corpus.write``
through the same, the compaction), their checksums, damaged-part detection, compaction (which
reads every new part back before it deletes an old one: :func:`verify`).

A *part* is one batch of articles written together: three files of one new name (see
:mod:`.layout`), each first written to a temporary name of its own and renamed, the
``articles`` file last. A part whose ``articles`` file is missing (a run killed mid-write) is
simply not there, and two runs writing the same store at once never touch each other's files.

Damage: the articles file's Parquet key-value metadata records the size and CRC-32 of its
part's entities and quotes files, and every file is written with Parquet page checksums.
"""

from __future__ import annotations

import hashlib
import json
import os
import warnings
import zlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Callable, Iterable

import numpy as np
import pandas as pd

from .index import Snapshot, ids_under, values
from .layout import (CHECKSUMS_KEY, READ_LOCK, ROW_TABLES, TABLES, folder, new_part_name,
                     part_files, temporary)
from .locks import compacting, lock
from .reader import to_pandas
from .side import short

COMPACT_AFTER = 64  # parts; more than this and a run compacts (one part per fingerprint)


class CompactionError(RuntimeError):
    """A part a compaction wrote did not read back as written; the compaction deleted the parts
    it had written and kept every old one (the store reads as before)."""

    def __init__(self, part: str, problem: str):
        self.part = part
        super().__init__(f"compaction stopped: its new part {part} is not as written "
                         f"({problem}); the new parts were deleted and the old ones kept, "
                         f"the store holds every row as before")


def write_files(root: Path, frames: dict[str, pd.DataFrame]) -> tuple[str, str]:
    """Write one part's three files under a new name, each to a temporary name first, the
    articles file last with the checksums of the other two (JSON, in its key-value metadata);
    returns the name and that JSON. A temporary file is never left behind; a text with a lone
    surrogate (a file name that is not UTF-8) is written with a backslash escape."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    name = new_part_name()
    sums: dict[str, str] = {}
    for table in TABLES:
        where = folder(root, table)
        where.mkdir(parents=True, exist_ok=True)
        frame = frames[table].copy(deep=False)
        frame.attrs = {}
        try:
            arrow = pa.Table.from_pandas(frame, preserve_index=False)
        except UnicodeEncodeError:  # a lone surrogate (a file name that is not UTF-8)
            arrow = pa.Table.from_pandas(_repaired(frame), preserve_index=False)
        if table == "articles":
            arrow = arrow.replace_schema_metadata({**(arrow.schema.metadata or {}),
                                                   CHECKSUMS_KEY: json.dumps(sums)})
        with temporary(where / name) as tmp:
            pq.write_table(arrow, tmp, write_page_checksum=True)
            if table != "articles":
                sums[table] = checksum(tmp)
            os.replace(tmp, where / name)
    return name, json.dumps(sums)


def checksum(path: Path) -> str:
    """A file's size and CRC-32 (bit rot, not tampering): ``"SIZE:CRC"``. About 3 GB/s."""
    crc = 0
    size = 0
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 22):
            crc = zlib.crc32(chunk, crc)
            size += len(chunk)
    return f"{size}:{crc:08x}"


def damaged(root: Path, snapshot: Snapshot, parts: Iterable[str]) -> dict[str, str]:
    """The parts among ``parts`` whose entities or quotes file is not as written: ``{part:
    what is wrong}``, each reported with a warning naming it (see
    :meth:`analysis.store.Store.damaged`)."""
    import pyarrow
    import pyarrow.parquet as pq

    def check(part: str) -> str | None:
        sums = snapshot.checksums(part)
        for name in ROW_TABLES:
            path = folder(root, name) / part
            try:
                if sums is None or name not in sums:
                    pq.read_metadata(path)
                elif checksum(path) != sums[name]:
                    return f"{path} does not match the checksum recorded when it was " \
                           f"written"
            except FileNotFoundError:
                if not (folder(root, "articles") / part).exists():
                    return None  # the whole part was compacted away
                return f"{path} is missing"
            except (OSError, pyarrow.ArrowException, ValueError) as exc:
                return f"{path} is unreadable ({short(exc)})"
        return None

    names = sorted(set(parts))
    with ThreadPoolExecutor(4) as pool:  # zlib releases the GIL on large buffers
        found = {p: why for p, why in zip(names, pool.map(check, names)) if why}
    for part, why in found.items():
        warnings.warn(f"store part {part} is damaged: {why}; its articles will be "
                      f"processed again", stacklevel=3)
    return found


def unreadable(root: Path, snapshot: Snapshot, fingerprint: str | None,
               parts: Iterable[str] | None) -> set[str]:
    """The ids (with that fingerprint) of the stored parts that cannot be used (see
    :meth:`analysis.store.Store.unreadable`)."""
    import pyarrow.compute as pc

    tables = snapshot.tables
    chosen = {}
    for part in (tables if parts is None else [p for p in parts if p in tables]):
        whole = tables[part]
        versions = values(whole.column("fingerprint"))
        if whole.num_rows and (fingerprint is None or fingerprint in versions):
            chosen[part] = (whole, versions)
    bad = damaged(root, snapshot, chosen)
    found: set[str] = set()
    for part, (whole, versions) in chosen.items():
        if part in bad:
            found |= set(ids_under(whole, fingerprint, versions).to_pylist())
            continue
        if len(versions) <= 1:
            continue  # written by one version: write_part and compact never double an id
        every = whole.column("article_id")  # an article twice in the part, whatever the
        if pc.count_distinct(every).as_py() < len(every):  # version: ambiguous rows
            ids = pd.Series(every.to_pylist())
            found |= set(ids[ids.duplicated(keep=False)]) \
                & set(ids_under(whole, fingerprint, versions).to_pylist())
    return found


def compact(root: Path, snapshot: Callable[[], Snapshot],
            rows: Callable[[Snapshot, pd.DataFrame], dict[str, pd.DataFrame] | None]) -> bool:
    """Rewrite the newest part of every article as one part per fingerprint and delete the
    others (see :meth:`analysis.store.Store.compact`). ``snapshot`` gives the current index,
    ``rows`` the stored rows of index rows (:func:`.reader.frames`).

    Each new part is read back (:func:`verify`) before any old part is deleted. A new part not
    as written (or any error while writing them) deletes the new parts written so far, keeps
    every old one and raises (:class:`CompactionError` naming the part for a failed check)."""
    with compacting(root) as mine:
        if not mine:
            return False
        old = {t: part_files(root, t) for t in TABLES}
        if len(old["articles"]) <= 1:
            return False
        index = snapshot()
        newest = index.frame().drop_duplicates(["article_id", "fingerprint"], keep="last")
        # One part per fingerprint: entity and quote rows carry no fingerprint, so a part
        # must never hold two versions of an article. Oldest fingerprint first, so the
        # newest part per article stays the newest.
        order = newest.groupby("fingerprint")["part"].max().sort_values().index
        written: list[str] = []
        try:
            for fp in order:
                merged = rows(index, newest[newest["fingerprint"] == fp])
                if merged is None:
                    continue
                name, sums = write_files(root, merged)
                written.append(name)
                problem = verify(root, name, merged, sums)
                if problem is not None:
                    raise CompactionError(name, problem)
        except BaseException:
            # the old parts hold every row: keep them, delete the new ones
            _delete(root, {t: [folder(root, t) / n for n in written] for t in TABLES})
            raise
        if not written:
            return False
        _delete(root, old)
        return True


def verify(root: Path, name: str, frames: dict[str, pd.DataFrame], sums: str) -> str | None:
    """Whether part ``name`` holds ``frames`` (what :func:`write_files` was given; ``sums``:
    what it returned): every file read back whole (Parquet page checksums verified), the
    entities and quotes files matching the checksums recorded, and per table the same number of
    rows and the same content (:func:`digest`). None when it does, else what is wrong, naming
    the file."""
    import pyarrow
    import pyarrow.parquet as pq

    recorded = json.loads(sums)
    for table in TABLES:
        path = folder(root, table) / name
        want = frames[table]
        try:
            if table in recorded and checksum(path) != recorded[table]:
                return f"{path} does not match the checksum recorded when it was written"
            found = to_pandas(pq.read_table(path, page_checksum_verification=True))
        except FileNotFoundError:
            return f"{path} is missing"
        except (OSError, pyarrow.ArrowException, ValueError) as exc:
            return f"{path} is unreadable ({short(exc)})"
        if len(found) != len(want):
            return f"{path} holds {len(found)} rows, {len(want)} were written"
        if list(found.columns) != [str(c) for c in want.columns]:
            return f"{path} holds the columns {list(found.columns)}, not those written"
        if digest(found) != digest(want):
            return f"{path} does not hold the rows written (their content digest differs)"
    return None


def digest(frame: pd.DataFrame) -> str:
    """A digest of a frame's content: its columns' names and every value, row by row, in order
    (pandas' value hashes; the index is not part of it, as parts are written without). A list
    value (``things``) counts by its items, whether a list or the array Parquet gives back."""
    h = hashlib.sha256(f"{len(frame)}\n".encode())
    for name in frame.columns:
        column = frame[name]
        if column.dtype == object and set(map(type, column)) & _CONTAINERS:
            column = column.map(_items)
        hashed = pd.util.hash_pandas_object(column, index=False)
        h.update(str(name).encode() + b"\0" + hashed.to_numpy().tobytes())
    return h.hexdigest()


_CONTAINERS = {list, tuple, dict, np.ndarray}


def _items(value) -> object:
    """A list, tuple or array value as the text of its items (nested ones too); others as
    they are."""
    def plain(v):
        if isinstance(v, np.ndarray):
            v = v.tolist()
        if isinstance(v, (list, tuple)):
            return [plain(x) for x in v]
        if isinstance(v, dict):
            return {k: plain(x) for k, x in v.items()}
        return v

    return repr(plain(value)) if type(value) in _CONTAINERS else value


def _delete(root: Path, files: dict[str, list[Path]]) -> None:
    """Delete part files (table -> paths) under the read lock, exclusive: readers list and
    read parts under it, shared, so a read sees the parts before or after, never a part
    vanish. The articles files (a part's commit marker) go first."""
    if not any(files.values()):
        return
    with lock(root, READ_LOCK, exclusive=True):
        for table in ("articles", *ROW_TABLES):
            for path in files[table]:
                path.unlink(missing_ok=True)


def _repaired(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with every lone surrogate in its text columns written as a backslash escape
    (``\\udce9``): what Parquet (UTF-8) can hold."""
    def fix(value):
        if isinstance(value, str):
            return value.encode("utf-8", "backslashreplace").decode("utf-8")
        return value

    return frame.apply(lambda col: col.map(fix) if col.dtype == object else col)
