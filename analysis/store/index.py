"""The store's index: which article is stored in which part, under which fingerprint, with
which hashes — one cached structure.

A :class:`Snapshot` is the index of one set of parts: per articles part, its id table (Arrow:
``article_id``, ``fingerprint``, ``text_hash``, ``meta_hash``; the part's checksums as its
schema metadata). Everything else the store asks of its index — the pandas index, the newest
part per article (per fingerprint), the ids held twice in a part, the rows per part, a re-run's
look-up table — is derived from those id tables and kept on the snapshot that derived it.
:class:`Index` holds the current snapshot and replaces it in one place (:meth:`Index._replace`):
when the part files listed differ from the snapshot's (only the parts not seen before are read:
a part never changes once written), and when this process writes a part (its id table is added
without a read). A view of an older snapshot is never served for the new one.
"""

from __future__ import annotations

import json
import warnings
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Callable

import pandas as pd

from .layout import CHECKSUMS_KEY, HASH_COLUMNS, ROW_TABLES, folder, part_files

INDEX_COLUMNS = ["article_id", "fingerprint", "part"]


class Snapshot:
    """The index of one set of articles parts (``key``: their names, sorted: oldest first) and
    the views derived from it, each computed once. Do not modify what it returns."""

    def __init__(self, key: tuple[str, ...], tables: dict[str, Any]):
        self.key = key
        self.tables = tables  # part name -> id table (Arrow); parts left out are not in it
        self._views: dict[tuple, Any] = {}

    def _kept(self, view: tuple, make: Callable[[], Any]) -> Any:
        if view not in self._views:
            self._views[view] = make()
        return self._views[view]

    def frame(self) -> pd.DataFrame:
        """One row per (article, part): ``article_id, fingerprint, part``; newest part last."""
        return self._kept(("frame",), self._frame)

    def _frame(self) -> pd.DataFrame:
        import pyarrow as pa

        tables = [self.tables[name].select(["article_id", "fingerprint"]).append_column(
                      "part", pa.array([name] * self.tables[name].num_rows, pa.string()))
                  for name in sorted(self.tables)]  # part names sort by time: newest last
        if not tables:
            return pd.DataFrame(columns=INDEX_COLUMNS)
        index = pa.concat_tables(tables, promote_options="permissive").unify_dictionaries() \
            .to_pandas()  # one conversion to pandas for all parts
        index["fingerprint"] = index["fingerprint"].astype(object)
        return index

    def latest(self, fingerprint: str | None = None) -> pd.DataFrame:
        """The newest part per article (with that fingerprint when given): index rows."""
        def make() -> pd.DataFrame:
            idx = self.frame()
            if fingerprint is not None:
                idx = idx[idx["fingerprint"] == fingerprint]
            return idx.drop_duplicates("article_id", keep="last").reset_index(drop=True)

        return self._kept(("latest", fingerprint), make)

    def doubled(self) -> dict[str, set[str]]:
        """Per part: the ids stored twice in it (by a compaction of an older version of the
        store); their rows in that part are ambiguous."""
        def make() -> dict[str, set[str]]:
            idx = self.frame()
            twice = idx[idx.duplicated(["article_id", "part"], keep=False)]
            return {p: set(g["article_id"]) for p, g in twice.groupby("part")}

        return self._kept(("doubled",), make)

    def sizes(self) -> pd.Series:
        """Index rows per part."""
        return self._kept(("sizes",), lambda: self.frame()["part"].value_counts())

    def checksums(self, part: str) -> dict | None:
        """The checksums a part's articles file records (``{table: "SIZE:CRC"}``), or None
        (a part written before they were kept, or not in the index)."""
        meta = (self.tables[part].schema.metadata or {}) if part in self.tables else {}
        return json.loads(meta[CHECKSUMS_KEY]) if CHECKSUMS_KEY in meta else None

    def lookup(self, fingerprint: str) -> tuple[Any, list[str]]:
        """Every article stored under ``fingerprint``, newest part first, as an Arrow table
        ``article_id, text_hash, meta_hash, part`` (``part``: the position of its part in the
        list returned beside it); see :meth:`analysis.store.Store.lookup`."""
        import numpy as np
        import pyarrow as pa
        import pyarrow.compute as pc

        pieces: list = []
        names: list[str] = []
        for name in sorted(self.tables, reverse=True):  # part names sort by time: newest first
            table = self.tables[name]
            versions = values(table.column("fingerprint"))
            if fingerprint not in versions:
                continue
            if versions != {fingerprint}:
                table = table.filter(pc.equal(table.column("fingerprint"), fingerprint))
            pieces.append(table.select(["article_id", *HASH_COLUMNS]).append_column(
                "part", pa.array(np.full(table.num_rows, len(names), np.int32))))
            names.append(name)
        if not pieces:
            return pa.table({"article_id": pa.array([], pa.string()),
                             **{c: pa.array([], pa.uint64()) for c in HASH_COLUMNS},
                             "part": pa.array([], pa.int32())}), names
        return pa.concat_tables(pieces).combine_chunks(), names

    def with_part(self, name: str, table: Any) -> "Snapshot":
        """This index and one more part (its id table): a new snapshot, views derived anew."""
        return Snapshot(tuple(sorted(self.key + (name,))), {**self.tables, name: table})


class Index:
    """The index of the store at ``root``: the current :class:`Snapshot`, kept while the set of
    articles parts stays the same (one read per run, not one per question)."""

    def __init__(self, root: Path):
        self.root = root
        self._snapshot: Snapshot | None = None

    def current(self) -> Snapshot:
        """The index of the parts there now. Parts not seen before are read (their id columns
        only, Parquet page checksums verified; four at a time); an unreadable part, or one
        lacking its entities or quotes file, is left out with a warning."""
        paths = part_files(self.root, "articles")
        key = tuple(p.name for p in paths)
        old = self._snapshot
        if old is not None and old.key == key:
            return old
        known = old.tables if old is not None else {}
        new = [p for p in paths if p.name not in known]
        with ThreadPoolExecutor(4) as pool:  # small files: their reads overlap (no GIL held)
            read_back = dict(zip([p.name for p in new], pool.map(read_id_table, new)))
        tables = {}
        for path in paths:
            table = known.get(path.name)
            if table is None:
                table = read_back[path.name]
                if isinstance(table, FileNotFoundError):
                    continue  # removed by a concurrent compaction
                if isinstance(table, Exception):
                    warnings.warn(f"store file {path} is unreadable ({table}); its articles "
                                  f"will be processed again", stacklevel=3)
                    continue
                missing = [t for t in ROW_TABLES
                           if not (folder(self.root, t) / path.name).is_file()]
                if missing:
                    warnings.warn(f"store part {path.name} lacks its {', '.join(missing)} "
                                  f"file; its articles will be processed again", stacklevel=3)
                    continue
            tables[path.name] = table
        return self._replace(Snapshot(key, tables))

    def add(self, name: str, articles: pd.DataFrame, sums: str) -> None:
        """The part just written (``articles``: its article rows, fingerprint included;
        ``sums``: its checksums, JSON) joins the index without a read — when an index is kept
        (otherwise the next :meth:`current` reads it with the others)."""
        if self._snapshot is not None:
            self._replace(self._snapshot.with_part(name, written_id_table(articles, sums)))

    def _replace(self, snapshot: Snapshot) -> Snapshot:
        """The one place the kept index changes (and with it every view derived from it)."""
        self._snapshot = snapshot
        return snapshot


def read_id_table(path: Path) -> Any:
    """A part's id table, read from its articles file (hashes null for a part written before
    they were kept, or not as written), its checksums as schema metadata; or the exception
    reading it raised."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        handle = pq.ParquetFile(path, read_dictionary=["fingerprint"],
                                page_checksum_verification=True)
        has = set(handle.schema_arrow.names)
        table = handle.read(columns=["article_id", "fingerprint",
                                     *[c for c in HASH_COLUMNS if c in has]], use_threads=False)
        for col in HASH_COLUMNS:
            if col not in has:  # a part written before hashes were kept
                table = table.append_column(col, pa.nulls(table.num_rows, pa.uint64()))
            elif table.schema.field(col).type != pa.uint64():  # not as written:
                table = table.set_column(  # unknown (counts as unchanged)
                    table.schema.get_field_index(col), col,
                    pa.nulls(table.num_rows, pa.uint64()))
        sums = (handle.schema_arrow.metadata or {}).get(CHECKSUMS_KEY)
        return table.replace_schema_metadata({CHECKSUMS_KEY: sums} if sums else None)
    except (OSError, pa.ArrowException, ValueError) as exc:
        return exc


def written_id_table(articles: pd.DataFrame, sums: str) -> Any:
    """The id table of a part from the article rows just written to it (no read)."""
    import pyarrow as pa

    table = {"article_id": pa.array(articles["article_id"].tolist(), pa.string()),
             "fingerprint": pa.array(articles["fingerprint"].tolist(), pa.string())
             .dictionary_encode()}
    for col in HASH_COLUMNS:
        table[col] = pa.array(articles[col], pa.uint64(), from_pandas=True) \
            if col in articles else pa.nulls(len(articles), pa.uint64())
    return pa.table(table).replace_schema_metadata({CHECKSUMS_KEY: sums})


def values(column) -> set:
    """The distinct values of a dictionary-encoded Arrow column (as the index reads
    ``fingerprint``), told from its dictionaries without looking at a row."""
    found = set()
    for chunk in column.chunks:
        found.update(chunk.dictionary.to_pylist() if hasattr(chunk, "dictionary")
                     else chunk.unique().to_pylist())
    return found


def ids_under(table, fingerprint: str | None, versions: set):
    """The ``article_id`` column of a part's id table, only its rows stored under
    ``fingerprint`` (every row for None); ``versions`` is the part's :func:`values` of
    ``fingerprint``. A part written by that one version (the usual part) gives its column as it
    is, without a filter."""
    import pyarrow.compute as pc

    ids = table.column("article_id")
    if fingerprint is None or versions == {fingerprint}:
        return ids
    return ids.filter(pc.equal(table.column("fingerprint"), fingerprint))
