"""The incremental store: per-article results kept as a Parquet dataset, re-used across runs.

Layout of a store folder::

    articles/PART.parquet   one row per article (+ fingerprint, run, seq, things, hashes)  ← last
    entities/PART.parquet   that part's entity mentions (article-level actors)
    quotes/PART.parquet     that part's quotes
    manifest.json           model, versions, fingerprint of the last run
    last_run.parquet        the article ids of the last run, in order (what Corpus.read returns)
    errors.csv              inputs of the last run that could not be processed
    .run.lock, .read.lock   fcntl lock files (side files; compaction against reads)

Besides the ``articles`` table's columns, an article row keeps ``seq`` (its position in its
run's input), ``fingerprint``, ``run``, ``things`` (the acronyms the article defines as things,
an article-level fact of :mod:`analysis.engine.acronyms`, so that reading a corpus back never reads
the texts for it) and ``text_hash``, ``meta_hash`` (what the input row looked like: a re-run
compares them, see :mod:`analysis.runs`).

A *part* is one batch of articles written together, under a unique name (time + random), each
file first written to a temporary name of its own and renamed, the ``articles`` file last: a
part whose ``articles`` file is missing (a run killed mid-write) is simply not there, and two
runs writing the same store at once never touch each other's files. When an article is in
several parts (re-processed, or written by two runs), the newest part wins; rows from a part
whose fingerprint differs from the current pipeline's are never mixed in.

Damage: the articles file's Parquet key-value metadata records the size and CRC-32 of its
part's entities and quotes files, and every file is written with Parquet page checksums. A
re-run checks the parts its reused articles come from (:meth:`Store.damaged`: every byte of
their entities and quotes files, about 3 GB/s) and parses a damaged part's articles again, with
a warning naming the part; :meth:`analysis.Corpus.read` checks the parts it reads and leaves a
damaged part's articles out of every table (warning) — never an article without its quotes.

Side files (``manifest.json``, ``errors.csv``, ``last_run.parquet``) are written atomically
(a temporary name per run and call, renamed; never left behind), the three together under the
run lock, and read together under it, shared: a reader sees the files of one run. Two runs on
one store at once both finish; the side files are those of the run that finished last. Reads
list and read parts under the read lock, shared; a compaction deletes the parts it merged
under it, exclusive: a read sees the parts before or after a compaction, never a part vanish.

The fingerprint covers the model name and version, spaCy and package version, the content of
every package file that can change a row (walked, not listed by name) and the components'
config (user aliases and lexicons, thresholds).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
import uuid
import warnings
import zlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Iterable

import numpy as np
import pandas as pd

from .csvsafe import read_csv, write_csv
from .schema import ERRORS

TABLES = ("entities", "quotes", "articles")  # write order: articles last (the commit marker)
COMPACT_AFTER = 64  # parts; more than this and a run compacts (one part per fingerprint)
#: per-article hashes kept in the articles parts (:mod:`analysis.runs` compares them)
HASH_COLUMNS = ("text_hash", "meta_hash")
#: the articles file's key-value metadata entry holding its part's checksums
CHECKSUMS_KEY = b"analysis.checksums"
RUN_LOCK = ".run.lock"  # side files: written exclusive, read shared
READ_LOCK = ".read.lock"  # parts: listed and read shared, deleted (compaction) exclusive
# Package files and folders that provably cannot change a stored row: the command line, charts,
# reports and their spreadsheet-safe CSV, the article view, the evaluation, the paths, the
# Corpus and its reading back, the corpus-level step (applied after the store), the run logic
# (it passes rows through) and the store itself (it keeps rows; a part written by an older
# version stays readable). Everything else under analysis/ is hashed.
NOT_ROW_FILES = frozenset({"__main__.py", "assembly", "cli.py", "config.py", "corpus.py",
                           "csvsafe.py", "display.py", "evaluation", "lookup.py", "plots.py",
                           "report.py", "runs.py", "store.py", "stored.py", "summaries.py"})


def package_files(root: Path | None = None) -> list[Path]:
    """Every file of the package that can change a row, in a stable order: all source and
    data files under ``analysis/`` (sub-packages included; ``root`` for another copy of it) but
    :data:`NOT_ROW_FILES`."""
    root = Path(__file__).resolve().parent if root is None else Path(root)
    found = []
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if not path.is_file() or "__pycache__" in rel.parts or path.suffix in (".pyc", ".pyo"):
            continue
        if rel.parts[0] in NOT_ROW_FILES:
            continue
        found.append(path)
    return found


def fingerprint(model: dict, config: str = "", *, root: Path | None = None) -> str:
    """A short hash of everything that decides the per-article rows: the model name and
    version, spaCy and package versions, the content of every file :func:`package_files`
    lists (rules and lexicons alike, whatever their names), and the components' ``config``
    (user aliases, lexicon overrides, thresholds)."""
    from . import __version__

    h = hashlib.sha256()
    for key in ("model", "model_version", "spacy_version"):
        h.update(f"{key}={model.get(key)}\n".encode())
    h.update(f"analysis={__version__}\n".encode())
    root = Path(__file__).resolve().parent if root is None else Path(root)
    for path in package_files(root):
        h.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes() + b"\0")
    h.update(config.encode())
    return h.hexdigest()[:16]


class DamagedStoreFile(ValueError):
    """A store's side file (``last_run.parquet``) is there but cannot be read."""

    def __init__(self, path: Path, problem):
        self.path = path
        super().__init__(f"store file {path} is damaged ({_short(problem)}); run the "
                         f"extraction again to record the run, or read the store with "
                         f"articles='all'")


class Store:
    """A store folder (created on first write). Reading never modifies it."""

    def __init__(self, root: str | os.PathLike[str]):
        self.root = Path(root)
        self._index_key: tuple[str, ...] | None = None  # the part names self._index was read from
        self._index = pd.DataFrame()
        self._twice: dict[str, set[str]] = {}  # per part: ids stored twice in it
        self._twice_key: tuple[str, ...] | None = None
        self._latest: dict = {}  # (index key, fingerprint) -> the newest part per article
        self._ids_key: tuple[str, ...] | None = None  # the parts self._ids was read from
        self._ids: dict = {}

    # ---- files ---------------------------------------------------------------------------
    def _dir(self, table: str) -> Path:
        return self.root / table

    def parts(self, table: str = "articles") -> list[Path]:
        """Finished part files of one table, oldest first."""
        folder = self._dir(table)
        return sorted(folder.glob("*.parquet")) if folder.is_dir() else []

    def exists(self) -> bool:
        return self._dir("articles").is_dir()

    @staticmethod
    def _read(path: Path, columns=None, filters=None) -> pd.DataFrame | None:
        import pyarrow

        try:
            return pd.read_parquet(path, columns=columns, filters=filters)
        except FileNotFoundError:
            return None  # removed by a concurrent compaction
        except (OSError, pyarrow.ArrowException, ValueError) as exc:
            warnings.warn(f"store file {path} is unreadable ({exc}); its articles will be "
                          f"processed again", stacklevel=3)
            return None

    # ---- index -----------------------------------------------------------------------------
    def index(self) -> pd.DataFrame:
        """One row per (article, part): ``article_id, fingerprint, part``; newest part last.
        Unreadable parts are left out (with a warning). Parts never change once written,
        so the index is kept while the set of part files stays the same (one read per run, not
        one per question); do not modify the frame returned."""
        paths = self.parts("articles")
        key = tuple(p.name for p in paths)
        if self._index_key == key:
            return self._index
        import pyarrow as pa

        ids = self._id_tables()  # the same per-part id columns a re-run looks up
        # the index's columns only (the hashes stay in the id tables, for a re-run's look-up)
        tables = [ids[name].select(["article_id", "fingerprint"]).append_column(
                      "part", pa.array([name] * ids[name].num_rows, pa.string()))
                  for name in sorted(ids)]  # part names sort by time: newest last
        if not tables:
            index = pd.DataFrame(columns=["article_id", "fingerprint", "part"])
        else:  # one conversion to pandas for all parts
            index = pa.concat_tables(tables, promote_options="permissive").unify_dictionaries() \
                .to_pandas()
            index["fingerprint"] = index["fingerprint"].astype(object)
        self._index_key, self._index = self._ids_key, index  # the parts it was read from
        return index

    def latest(self, fingerprint: str | None = None) -> pd.DataFrame:
        """The newest stored part per article (with that fingerprint when given); kept with the
        index (do not modify the frame returned)."""
        idx = self.index()
        key = (self._index_key, fingerprint)
        if key not in self._latest:
            if fingerprint is not None:
                idx = idx[idx["fingerprint"] == fingerprint]
            self._latest = {key: idx.drop_duplicates("article_id", keep="last")
                            .reset_index(drop=True)}
        return self._latest[key]

    # ---- read ------------------------------------------------------------------------------
    def read(self, article_ids: Iterable[str] | None = None, *,
             fingerprint: str | None = None, pushdown: bool | None = None
             ) -> dict[str, pd.DataFrame]:
        """Stored rows: ``{"articles", "entities", "quotes"}`` for the newest part of each article
        (restricted to ``article_ids`` and ``fingerprint`` when given), articles ordered by path,
        then position in their run's input, then id — the order a run over the same files gives.

        A part with an unreadable entities/quotes file is dropped as a whole (warning), so the
        caller sees its articles as missing and processes them again. ``pushdown`` reads only
        those articles' rows of each part (a Parquet filter); by default it is on when
        ``article_ids`` selects less than half of the store.
        """
        with self.reading():
            return self._read_rows(article_ids, fingerprint, pushdown)

    def _read_rows(self, article_ids, fingerprint, pushdown) -> dict[str, pd.DataFrame]:
        chosen = self.latest(fingerprint)
        wanted = None
        if article_ids is not None:
            wanted = set(article_ids)
            chosen = chosen[chosen["article_id"].isin(wanted)]
        if pushdown is None:  # worth it for a selection, not for (nearly) the whole store
            pushdown = wanted is not None and len(chosen) < 0.5 * len(self.latest(fingerprint))
        out = self._gather(chosen, pushdown=pushdown) or {
            t: pd.DataFrame() for t in TABLES}
        if len(out["articles"]):
            # Input order of a run over the same files, whichever run stored each article:
            # by file path, then position in the run's input (JSON Lines order), then id.
            out["articles"] = out["articles"].sort_values(["path", "seq", "article_id"],
                                                          na_position="last", kind="stable")
        return out

    def table(self, name: str, chosen: pd.DataFrame, columns: Iterable[str] | None = None, *,
              dictionary: Iterable[str] = (), pushdown: bool = False) -> pd.DataFrame:
        """The stored rows of one table for the index rows ``chosen`` (``article_id,
        fingerprint, part``: from :meth:`latest`), only ``columns`` of them (all when None;
        ``article_id`` always), read with pyarrow: ``dictionary`` columns come back
        categorical (as Parquet stores them: no Python string per row), ``pushdown`` reads
        only those articles' rows of each part (a Parquet filter, for a selection smaller than
        the store). Rows in part order, then in their order in the part.

        An article stored twice in one part (compacted by an older version of this module) is
        left out, as :meth:`read` does; an unreadable part is left out with a warning, and a
        part removed meanwhile (by a compaction) is skipped.
        """
        import pyarrow as pa
        import pyarrow.compute as pc
        import pyarrow.parquet as pq

        wanted_cols = None if columns is None else list(dict.fromkeys(["article_id", *columns]))
        read_cols = wanted_cols
        if read_cols is not None and name == "articles" and "fingerprint" not in read_cols:
            read_cols = read_cols + ["fingerprint"]
        pieces = []
        twice = self._doubled()
        sizes = self.index()["part"].value_counts()
        for part, group in chosen.groupby("part", sort=True):
            ids = set(group["article_id"]) - twice.get(part, set())
            if not ids:
                continue
            whole = len(ids) == sizes.get(part, -1)  # every row of the part: no filter needed
            path = self._dir(name) / part
            try:
                has = set(pq.read_schema(path).names)
            except FileNotFoundError:
                continue  # removed by a concurrent compaction
            except (OSError, pa.ArrowException, ValueError):
                has = set(read_cols or [])  # reported below, when the part is read
            cols = None if read_cols is None else [c for c in read_cols if c in has]
            encode = [c for c in dictionary if cols is None or c in cols]
            try:
                found = pq.read_table(path, columns=cols, read_dictionary=encode or None,
                                      filters=[("article_id", "in", sorted(ids))]
                                      if pushdown and not whole else None)
            except FileNotFoundError:
                continue  # removed by a concurrent compaction
            except (OSError, pa.ArrowException, ValueError) as exc:
                warnings.warn(f"store file {path} is unreadable ({exc}); its rows are left out",
                              stacklevel=2)
                continue
            if not whole:
                found = found.filter(pc.is_in(found["article_id"],
                                              value_set=pa.array(sorted(ids), pa.string())))
            if name == "articles":
                found = found.filter(pc.is_in(found["fingerprint"], value_set=pa.array(
                    sorted(set(group["fingerprint"])), pa.string())))
            if wanted_cols is not None:
                for col in wanted_cols:  # a column this part was written without (older version)
                    if col not in found.column_names:
                        found = found.append_column(col, pa.nulls(found.num_rows))
                found = found.select(wanted_cols)
            pieces.append(found)
        if not pieces:
            if wanted_cols is None:
                from .schema import TABLES

                wanted_cols = TABLES[name].names
            return pd.DataFrame({c: pd.Series(dtype=object) for c in wanted_cols})
        return pa.concat_tables(pieces, promote_options="permissive").unify_dictionaries() \
            .to_pandas()

    def _doubled(self) -> dict[str, set[str]]:
        """Per part: the ids stored twice in it (by a compaction of an older version of this
        module), read off the index; their rows in that part are ambiguous."""
        index = self.index()
        if self._twice_key != self._index_key:
            doubled = index[index.duplicated(["article_id", "part"], keep=False)]
            self._twice = {p: set(g["article_id"]) for p, g in doubled.groupby("part")}
            self._twice_key = self._index_key
        return self._twice

    # ---- write -----------------------------------------------------------------------------
    def write_part(self, articles: pd.DataFrame, entities: pd.DataFrame, quotes: pd.DataFrame,
                   *, fingerprint: str, run: str) -> str:
        """Write one part atomically (entities and quotes first, articles last); returns its
        file name. ``articles`` must hold a ``seq`` column (position in the run's input) and
        may hold ``text_hash`` and ``meta_hash`` (see :mod:`analysis.runs`). The articles
        file's key-value metadata records a checksum of the part's entities and quotes files
        (:meth:`damaged` verifies them)."""
        frames = {"entities": entities, "quotes": quotes,
                  "articles": articles.assign(fingerprint=fingerprint, run=run)}
        name, sums = self._write_files(frames)
        if self._index_key is not None and (not self._index_key or name > self._index_key[-1]):
            self._append_to_index(frames["articles"], name)
        else:
            self._index_key = None
        if self._ids_key is not None:  # the part just written joins the kept id tables
            import pyarrow as pa

            added = frames["articles"]
            table = {
                "article_id": pa.array(added["article_id"].tolist(), pa.string()),
                "fingerprint": pa.array(added["fingerprint"].tolist(), pa.string())
                .dictionary_encode()}
            for col in HASH_COLUMNS:
                table[col] = pa.array(added[col], pa.uint64(), from_pandas=True) \
                    if col in added else pa.nulls(len(added), pa.uint64())
            self._ids[name] = pa.table(table).replace_schema_metadata(
                {CHECKSUMS_KEY: sums})
            self._ids_key = tuple(sorted(self._ids_key + (name,)))
        return name

    def _write_files(self, frames: dict[str, pd.DataFrame]) -> tuple[str, str]:
        """Write one part's three files under a new name (time + random), each to a temporary
        name first, the articles file last with the checksums of the other two (JSON, in its
        key-value metadata); returns the name and that JSON. A temporary file is never left
        behind."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        name = f"{time.time_ns():020d}-{uuid.uuid4().hex[:8]}.parquet"
        sums = {}
        for table in TABLES:
            folder = self._dir(table)
            folder.mkdir(parents=True, exist_ok=True)
            frame = frames[table].copy(deep=False)
            frame.attrs = {}
            try:
                arrow = pa.Table.from_pandas(frame, preserve_index=False)
            except UnicodeEncodeError:  # a lone surrogate (a file name that is not UTF-8)
                arrow = pa.Table.from_pandas(_repaired(frame), preserve_index=False)
            if table == "articles":
                arrow = arrow.replace_schema_metadata({**(arrow.schema.metadata or {}),
                                                       CHECKSUMS_KEY: json.dumps(sums)})
            with _temporary(folder / name) as tmp:
                pq.write_table(arrow, tmp, write_page_checksum=True)
                if table != "articles":
                    sums[table] = _checksum(tmp)
                os.replace(tmp, folder / name)
        return name, json.dumps(sums)

    def _append_to_index(self, articles: pd.DataFrame, name: str) -> None:
        """The kept index, its newest-part-per-article views and its doubles gain the part just
        written (the newest) without a re-read: a re-run's cost does not grow with the store."""
        added = articles[["article_id", "fingerprint"]].assign(part=name)
        old_key = self._index_key
        self._index = pd.concat([self._index, added], ignore_index=True) \
            if len(self._index) else added.reset_index(drop=True)
        self._index_key = old_key + (name,)
        new_ids = set(added["article_id"])
        latest = {}
        for (key, fingerprint), frame in self._latest.items():
            if key != old_key:
                continue
            mine = added if fingerprint is None else added[added["fingerprint"] == fingerprint]
            kept = frame[~frame["article_id"].isin(new_ids)] if fingerprint is None else \
                frame[~frame["article_id"].isin(set(mine["article_id"]))]
            latest[(self._index_key, fingerprint)] = pd.concat([kept, mine], ignore_index=True)
        self._latest = latest
        if self._twice_key == old_key and not added["article_id"].duplicated().any():
            self._twice_key = self._index_key  # a new part holds no article twice

    def write_meta(self, meta: dict, errors: pd.DataFrame | None = None) -> None:
        """Write ``manifest.json`` (and ``errors.csv``) atomically (see :meth:`record_run`)."""
        with self._lock(RUN_LOCK, exclusive=True):
            self._write_meta(meta, errors)

    def _write_meta(self, meta: dict, errors: pd.DataFrame | None) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        text = json.dumps(meta, indent=2, default=str) + "\n"  # ASCII: \\u escapes
        with _temporary(self.root / "manifest.json") as tmp:
            tmp.write_text(text, encoding="utf-8")
            os.replace(tmp, self.root / "manifest.json")
        if errors is not None:
            with _temporary(self.root / "errors.csv") as tmp:
                # a file name that is not valid UTF-8 (lone surrogates) is written with
                # backslash escapes: no value can make the write fail; spreadsheet-safe cells
                write_csv(errors, tmp, index=False, encoding="utf-8", errors="backslashreplace")
                os.replace(tmp, self.root / "errors.csv")

    def write_run(self, article_ids: Iterable[str], *, fingerprint: str) -> None:
        """Record the articles of the run that just finished, in its order (``last_run.parquet``:
        ``article_id, fingerprint``), atomically; :meth:`read_run` gives it back."""
        with self._lock(RUN_LOCK, exclusive=True):
            self._write_run(article_ids, fingerprint)

    def record_run(self, article_ids: Iterable[str], *, fingerprint: str, meta: dict,
                   errors: pd.DataFrame | None) -> None:
        """Record a finished run: ``last_run.parquet``, ``manifest.json`` and ``errors.csv``,
        each written atomically (a temporary name of its own per run, renamed), the three
        together under the store's run lock, so that a reader (which takes it shared) sees the
        three files of one run — the one that finished last when two runs write one store."""
        with self._lock(RUN_LOCK, exclusive=True):
            self._write_run(article_ids, fingerprint)
            self._write_meta(meta, errors)

    def _write_run(self, article_ids, fingerprint: str) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.root.mkdir(parents=True, exist_ok=True)
        ids = article_ids if isinstance(article_ids, pa.Array) else \
            pa.array(list(article_ids), pa.string())
        table = pa.table({"article_id": ids, "fingerprint": pa.DictionaryArray.from_arrays(
            pa.array(np.zeros(len(ids), np.int32)), pa.array([fingerprint], pa.string()))})
        with _temporary(self.root / "last_run.parquet") as tmp:
            # hashes do not compress and are all distinct: plain and uncompressed is fastest
            pq.write_table(table, tmp, use_dictionary=["fingerprint"], compression="none")
            os.replace(tmp, self.root / "last_run.parquet")

    def read_run(self) -> pd.DataFrame | None:
        """The articles of the last finished run (see :meth:`write_run`), or None for a store
        written before runs were recorded.

        Raises:
            DamagedStoreFile: ``last_run.parquet`` is there but unreadable (never "every stored
                article" instead).
        """
        path = self.root / "last_run.parquet"
        if not path.is_file():
            return None
        import pyarrow as pa

        try:
            frame = pd.read_parquet(path)
        except (OSError, pa.ArrowException, ValueError) as exc:
            raise DamagedStoreFile(path, exc) from exc
        if not {"article_id", "fingerprint"} <= set(frame.columns):
            raise DamagedStoreFile(path, "no article_id and fingerprint columns")
        return frame

    def read_meta(self) -> tuple[dict, pd.DataFrame | None]:
        """``manifest.json`` (a dict; ``{}`` when absent) and ``errors.csv`` (the errors table;
        None when absent). Either one damaged (empty, not JSON / not CSV) gives a warning
        naming the file: an empty manifest, and an errors table of one row saying that the
        run's error list is lost (the corpus itself does not depend on them)."""
        with self._lock(RUN_LOCK, exclusive=False):
            return self._read_meta()

    def read_side(self, last_run: bool) -> tuple[dict, pd.DataFrame | None,
                                                   pd.DataFrame | None]:
        """``(manifest, errors, last run)`` of one run, read together under the run lock (see
        :meth:`read_meta`, :meth:`read_run`; the last run only when ``last_run``)."""
        with self._lock(RUN_LOCK, exclusive=False):
            meta, errors = self._read_meta()
            return meta, errors, self.read_run() if last_run else None

    def _read_meta(self) -> tuple[dict, pd.DataFrame | None]:
        manifest = self.root / "manifest.json"
        meta: dict = {}
        if manifest.is_file():
            try:
                meta = json.loads(manifest.read_text(encoding="utf-8"))
                if not isinstance(meta, dict):
                    raise ValueError(f"a JSON {type(meta).__name__}, not an object")
            except (OSError, ValueError) as exc:
                warnings.warn(f"store file {manifest} is damaged ({_short(exc)}); the corpus "
                              f"is read without its run description (model, counts)",
                              stacklevel=3)
                meta = {}
        errors_path = self.root / "errors.csv"
        errors = None
        if errors_path.is_file():
            try:
                errors = ERRORS.frame(read_csv(errors_path, dtype={
                    "path": object, "problem": object, "message": object}))
            except (OSError, ValueError, KeyError, pd.errors.ParserError) as exc:
                warnings.warn(f"store file {errors_path} is damaged ({_short(exc)}); the last "
                              f"run's list of failed inputs is lost (run it again to list "
                              f"them)", stacklevel=3)
                errors = ERRORS.frame([{"path": str(errors_path), "line": None,
                                        "problem": "unreadable", "message":
                                        f"the store's errors.csv is damaged ({_short(exc)}); "
                                        f"the last run's failed inputs are not listed"}])
        return meta, errors

    @contextlib.contextmanager
    def _lock(self, name: str, *, exclusive: bool):
        """An fcntl lock on the store's file ``name`` (shared or exclusive, waited for), held
        for the ``with`` block. A store that cannot hold the lock file (a read-only folder)
        is read without it."""
        import fcntl

        path = self.root / name
        fd = None
        for flags in (os.O_RDWR | os.O_CREAT, os.O_RDONLY):
            try:
                if exclusive:
                    self.root.mkdir(parents=True, exist_ok=True)
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

    def reading(self):
        """The read lock, shared, for a ``with`` block: parts listed and read inside it are
        never deleted meanwhile (a compaction deletes its old parts under it, exclusive)."""
        return self._lock(READ_LOCK, exclusive=False)

    def lookup(self, fingerprint: str):
        """What a re-run decides from: every article stored under ``fingerprint``, newest part
        first, as an Arrow table ``article_id, text_hash, meta_hash, part`` (``part``: the
        position of its part in the list returned beside it; hashes null for a part written
        before they were kept), so that ``pyarrow.compute.index_in`` of an id finds its newest
        stored version. Read off the kept id tables: no Python object per article."""
        import pyarrow as pa
        import pyarrow.compute as pc

        tables = self._id_tables()
        pieces, names = [], []
        for name in sorted(tables, reverse=True):  # part names sort by time: newest first
            table = tables[name]
            versions = _values(table.column("fingerprint"))
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

    def _id_tables(self) -> dict:
        """Per articles part: its ``article_id``, ``fingerprint``, ``text_hash`` and
        ``meta_hash`` columns (Arrow; hashes null for a part written before they were kept)
        and, as the table's schema metadata, the part's checksums; kept while the set of parts
        is the same. Unreadable parts (Parquet page checksums are verified) and parts lacking
        a file are left out (with a warning)."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        paths = self.parts("articles")
        key = tuple(p.name for p in paths)
        if self._ids_key == key:
            return self._ids

        def read(path):
            try:
                handle = pq.ParquetFile(path, read_dictionary=["fingerprint"],
                                        page_checksum_verification=True)
                has = set(handle.schema_arrow.names)
                table = handle.read(columns=["article_id", "fingerprint",
                                             *[c for c in HASH_COLUMNS if c in has]],
                                    use_threads=False)
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

        with ThreadPoolExecutor(4) as pool:  # small files: their reads overlap (no GIL held)
            read_back = list(pool.map(read, paths))
        tables = {}
        for path, table in zip(paths, read_back):
            if isinstance(table, FileNotFoundError):
                continue  # removed by a concurrent compaction
            if isinstance(table, Exception):
                warnings.warn(f"store file {path} is unreadable ({table}); its articles will "
                              f"be processed again", stacklevel=3)
                continue
            missing = [t for t in ("entities", "quotes")
                       if not (self._dir(t) / path.name).is_file()]
            if missing:
                warnings.warn(f"store part {path.name} lacks its {', '.join(missing)} file; "
                              f"its articles will be processed again", stacklevel=3)
                continue
            tables[path.name] = table
        self._ids_key, self._ids = key, tables
        return tables

    def damaged(self, parts: Iterable[str]) -> dict[str, str]:
        """The parts among ``parts`` (names) whose entities or quotes file is not as written:
        ``{part: what is wrong}``, each reported with a warning naming it. Checked against the
        checksums the articles file records (size and CRC-32 of each file: every byte is read,
        at about 3 GB/s on four threads); a part written before checksums were kept has only its
        files' Parquet footers checked. A part removed meanwhile (by a compaction, which
        copied its rows) is not damaged."""
        import pyarrow
        import pyarrow.parquet as pq

        tables = self._id_tables()

        def check(part: str) -> str | None:
            meta = (tables[part].schema.metadata or {}) if part in tables else {}
            sums = json.loads(meta[CHECKSUMS_KEY]) if CHECKSUMS_KEY in meta else None
            for name in ("entities", "quotes"):
                path = self._dir(name) / part
                try:
                    if sums is None or name not in sums:
                        pq.read_metadata(path)
                    elif _checksum(path) != sums[name]:
                        return f"{path} does not match the checksum recorded when it was " \
                               f"written"
                except FileNotFoundError:
                    if not (self._dir("articles") / part).exists():
                        return None  # the whole part was compacted away
                    return f"{path} is missing"
                except (OSError, pyarrow.ArrowException, ValueError) as exc:
                    return f"{path} is unreadable ({_short(exc)})"
            return None

        names = sorted(set(parts))
        with ThreadPoolExecutor(4) as pool:  # zlib releases the GIL on large buffers
            found = {p: why for p, why in zip(names, pool.map(check, names)) if why}
        for part, why in found.items():
            warnings.warn(f"store part {part} is damaged: {why}; its articles will be "
                          f"processed again", stacklevel=3)
        return found

    def unreadable(self, fingerprint: str | None = None, parts: Iterable[str] | None = None
                   ) -> set[str]:
        """The ids (with that fingerprint) of the stored parts that cannot be used: a file
        damaged (:meth:`damaged`: checksums, or footers for an older part) or the article
        held twice in the part (compacted by an older version of this module). ``parts``:
        check only these part names (default: every part with the fingerprint). A damaged
        part is reported with a warning naming it."""
        import pyarrow.compute as pc

        tables = self._id_tables()
        chosen = {}
        for part in (tables if parts is None else [p for p in parts if p in tables]):
            whole = tables[part]
            versions = _values(whole.column("fingerprint"))
            if whole.num_rows and (fingerprint is None or fingerprint in versions):
                chosen[part] = (whole, versions)
        bad = self.damaged(chosen)
        found: set[str] = set()
        for part, (whole, versions) in chosen.items():
            if part in bad:
                found |= set(_ids_under(whole, fingerprint, versions).to_pylist())
                continue
            if len(versions) <= 1:
                continue  # written by one version: write_part and compact never double an id
            every = whole.column("article_id")  # an article twice in the part, whatever the
            if pc.count_distinct(every).as_py() < len(every):  # version: ambiguous rows
                values = pd.Series(every.to_pylist())
                found |= set(values[values.duplicated(keep=False)]) \
                    & set(_ids_under(whole, fingerprint, versions).to_pylist())
        return found

    def where(self, *, fingerprint: str | None = None, since=None, until=None,
              sources: Iterable[str] | None = None) -> set[str]:
        """Ids of the newest stored articles published in ``[since, until]`` (inclusive; dates
        or timestamps, UTC when naive) and from one of ``sources``, reading only the
        ``article_id, published, source`` columns of the articles parts, filtered in Parquet."""
        with self.reading():
            return self._where(fingerprint, since, until, sources)

    def _where(self, fingerprint, since, until, sources) -> set[str]:
        chosen = self.latest(fingerprint)
        filters = []
        if since is not None:
            filters.append(("published", ">=", _utc(since)))
        if until is not None:
            filters.append(("published", "<=", _utc(until)))
        if sources is not None:
            filters.append(("source", "in", list(sources)))
        found: set[str] = set()
        for part, group in chosen.groupby("part", sort=True):
            frame = self._read(self._dir("articles") / part, columns=["article_id"],
                               filters=filters or None)
            if frame is not None:
                found |= set(frame["article_id"]) & set(group["article_id"])
        return found

    def _gather(self, rows: pd.DataFrame, *, pushdown: bool = False
                ) -> dict[str, pd.DataFrame] | None:
        """The stored rows named by ``rows`` (index rows: ``article_id, fingerprint, part``) as
        one frame per table, or None when none of their parts is readable. A part with an
        unreadable file is skipped as a whole. ``pushdown``: read only those articles' rows
        (a Parquet filter on ``article_id``), for a selection smaller than the store."""
        tables: dict[str, list[pd.DataFrame]] = {t: [] for t in TABLES}
        for part, group in rows.groupby("part", sort=True):
            filters = [("article_id", "in", list(group["article_id"]))] if pushdown else None
            frames = {t: self._read(self._dir(t) / part, filters=filters) for t in TABLES}
            if any(f is None for f in frames.values()):
                continue
            arts = frames["articles"]
            for col in HASH_COLUMNS:  # exact, nullable: parts without them concatenate
                arts[col] = arts[col].astype("UInt64") if col in arts else \
                    pd.array([pd.NA] * len(arts), dtype="UInt64")
            # an article stored twice in one part (compacted by an older version of this
            # module) has ambiguous entity/quote rows: leave it out, so it is processed again
            twice = frames["articles"]["article_id"].duplicated(keep=False)
            ids = set(group["article_id"]) - set(frames["articles"]["article_id"][twice])
            for t, frame in frames.items():
                keep = frame["article_id"].isin(ids)
                if t == "articles":
                    keep &= frame["fingerprint"].isin(set(group["fingerprint"]))
                tables[t].append(frame[keep])
        if not tables["articles"]:
            return None
        return {t: pd.concat(f, ignore_index=True) for t, f in tables.items()}

    def compact(self) -> bool:
        """Rewrite the newest part of every article as one part per fingerprint and delete the
        others.

        Skipped (returns False) when another process is compacting. The new parts are complete
        before any old one is deleted, and the old ones are deleted under the read lock,
        exclusive: a read under way (which holds it shared) finishes on the parts it listed
        first, and the deletion waits for it.
        """
        import fcntl

        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / ".compact.lock", "w") as lock:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return False
            old = {t: self.parts(t) for t in TABLES}
            if len(old["articles"]) <= 1:
                return False
            newest = self.index().drop_duplicates(["article_id", "fingerprint"], keep="last")
            # One part per fingerprint: entity and quote rows carry no fingerprint, so a part
            # must never hold two versions of an article. Oldest fingerprint first, so the
            # newest part per article stays the newest.
            order = newest.groupby("fingerprint")["part"].max().sort_values().index
            written = 0
            for fp in order:
                merged = self._gather(newest[newest["fingerprint"] == fp])
                if merged is None:
                    continue
                self._write_files(merged)
                written += 1
            if not written:
                return False
            # readers list and read parts under the read lock, shared: the old parts go only
            # when no read is under way, so a read sees the parts before or after
            with self._lock(READ_LOCK, exclusive=True):
                for table in ("articles", "entities", "quotes"):  # commit marker first
                    for path in old[table]:
                        path.unlink(missing_ok=True)
            return True


def _values(column) -> set:
    """The distinct values of a dictionary-encoded Arrow column (as the index reads
    ``fingerprint``), told from its dictionaries without looking at a row."""
    values = set()
    for chunk in column.chunks:
        values.update(chunk.dictionary.to_pylist() if hasattr(chunk, "dictionary")
                      else chunk.unique().to_pylist())
    return values


def _ids_under(table, fingerprint: str | None, versions: set):
    """The ``article_id`` column of a part's id table (:meth:`Store._id_tables`), only its rows
    stored under ``fingerprint`` (every row for None); ``versions`` is the part's
    :func:`_values` of ``fingerprint``. A part written by that one version (the usual part)
    gives its column as it is, without a filter."""
    import pyarrow.compute as pc

    ids = table.column("article_id")
    if fingerprint is None or versions == {fingerprint}:
        return ids
    return ids.filter(pc.equal(table.column("fingerprint"), fingerprint))


@contextlib.contextmanager
def _temporary(path: Path):
    """A temporary name beside ``path`` for this process and call only (pid + random), removed
    when the ``with`` block leaves it behind (an error before the rename)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.tmp")
    try:
        yield tmp
    finally:
        if tmp.exists():
            tmp.unlink(missing_ok=True)


def _checksum(path: Path) -> str:
    """A file's size and CRC-32 (bit rot, not tampering): ``"SIZE:CRC"``. About 3 GB/s."""
    crc = 0
    size = 0
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 22):
            crc = zlib.crc32(chunk, crc)
            size += len(chunk)
    return f"{size}:{crc:08x}"


def _repaired(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with every lone surrogate in its text columns written as a backslash escape
    (``\\udce9``): what Parquet (UTF-8) can hold."""
    def fix(value):
        if isinstance(value, str):
            return value.encode("utf-8", "backslashreplace").decode("utf-8")
        return value

    return frame.apply(lambda col: col.map(fix) if col.dtype == object else col)


def _short(problem) -> str:
    text = str(problem).strip().splitlines()
    return (text[0] if text else type(problem).__name__)[:200]


def _utc(value) -> pd.Timestamp:
    stamp = pd.Timestamp(value)
    return stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")
