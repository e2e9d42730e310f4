"""The incremental store: per-article results kept as a Parquet dataset, re-used across runs.

A store folder holds ``articles/``, ``entities/`` and ``quotes/`` folders of part files and the
side files ``manifest.json``, ``last_run.parquet``, ``errors.csv`` (:mod:`.layout` declares
them, and the columns an articles part keeps besides the articles table's: ``seq`` — its
position in its run's input —, ``text_hash``, ``meta_hash`` — what the input row looked like: a
re-run compares them, see :mod:`analysis.runs` —, ``things`` — the acronyms the article defines
as things, an article-level fact kept so that reading a corpus back never reads the texts for
it —, ``fingerprint`` and ``run``).

One concern a module: :mod:`.layout` (files and stored columns), :mod:`.index` (which article
is in which part: one cached structure), :mod:`.parts` (the one writer, checksums, damage,
compaction), :mod:`.reader` (the one Arrow read path), :mod:`.side` (manifest, errors, last
run), :mod:`.locks`, :mod:`.fingerprint` (what decides a stored row: an allow-list of package
paths). :class:`Store` is the facade the rest of the package uses.

When an article is in several parts (re-processed, or written by two runs), the newest part
wins; rows from a part whose fingerprint differs from the current pipeline's are never mixed in.
A re-run checks the parts its reused articles come from (:meth:`Store.damaged`: every byte of
their entities and quotes files, about 3 GB/s) and parses a damaged part's articles again, with
a warning naming the part; :meth:`analysis.Corpus.read` checks the parts it reads and leaves a
damaged part's articles out of every table (warning) — never an article without its quotes.

A run with no usable article (every input failed, or none was found) is a store too: its
table folders without a part, its side files, and ``errors.csv`` saying what went wrong;
:meth:`analysis.Corpus.read` gives it back as empty tables with their schema and its errors.

Side files are written atomically, the three together under the run lock, and read together
under it, shared: a reader sees the files of one run. Two runs on one store at once both
finish; the side files are those of the run that finished last. Reads list and read parts under
the read lock, shared; a compaction deletes the parts it merged under it, exclusive: a read
sees the parts before or after a compaction, never a part vanish. A compaction deletes nothing
before every part it wrote reads back as written (:func:`.parts.verify`); one that does not
makes it delete its new parts instead and raise :class:`CompactionError`.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable

import pandas as pd

from . import parts as _parts
from . import reader
from . import side as _side
from .fingerprint import ROW_PATHS, fingerprint, package_files
from .index import Index
from .layout import (CHECKSUMS_KEY, HASH_COLUMNS, LAST_RUN, READ_LOCK, RUN_LOCK, STORED_COLUMNS,
                     TABLES, WRITTEN_COLUMNS, folder, part_files)
from .locks import lock
from .parts import COMPACT_AFTER, CompactionError
from .side import DamagedStoreFile

__all__ = ["CHECKSUMS_KEY", "COMPACT_AFTER", "CompactionError", "DamagedStoreFile",
           "HASH_COLUMNS", "ROW_PATHS", "STORED_COLUMNS", "Store", "TABLES", "WRITTEN_COLUMNS",
           "fingerprint", "package_files"]


class Store:
    """A store folder (created on first write). Reading never modifies it."""

    def __init__(self, root: str | os.PathLike[str]):
        self.root = Path(root)
        self._index = Index(self.root)

    # ---- files and index ---------------------------------------------------------------------
    def parts(self, table: str = "articles") -> list[Path]:
        """Finished part files of one table, oldest first."""
        return part_files(self.root, table)

    def exists(self) -> bool:
        """Whether the folder is a store: its ``articles/`` folder, or a recorded run
        (``last_run.parquet``; a run with no usable article written by a version that made no
        table folders for it)."""
        return folder(self.root, "articles").is_dir() or (self.root / LAST_RUN).is_file()

    def index(self) -> pd.DataFrame:
        """One row per (article, part): ``article_id, fingerprint, part``; newest part last.
        Unreadable parts are left out (with a warning). Kept while the set of part files stays
        the same (one read per run, not one per question); do not modify the frame returned."""
        return self._index.current().frame()

    def latest(self, fingerprint: str | None = None) -> pd.DataFrame:
        """The newest stored part per article (with that fingerprint when given); kept with the
        index (do not modify the frame returned)."""
        return self._index.current().latest(fingerprint)

    def lookup(self, fingerprint: str):
        """What a re-run decides from: every article stored under ``fingerprint``, newest part
        first, as an Arrow table ``article_id, text_hash, meta_hash, part`` (``part``: the
        position of its part in the list returned beside it; hashes null for a part written
        before they were kept), so that ``pyarrow.compute.index_in`` of an id finds its newest
        stored version. Read off the index's id tables: no Python object per article."""
        return self._index.current().lookup(fingerprint)

    # ---- read ------------------------------------------------------------------------------
    def reading(self):
        """The read lock, shared, for a ``with`` block: parts listed and read inside it are
        never deleted meanwhile (a compaction deletes its old parts under it, exclusive)."""
        return lock(self.root, READ_LOCK, exclusive=False)

    def read(self, article_ids: Iterable[str] | None = None, *,
             fingerprint: str | None = None, pushdown: bool | None = None
             ) -> dict[str, pd.DataFrame]:
        """Stored rows: ``{"articles", "entities", "quotes"}`` for the newest part of each article
        (restricted to ``article_ids`` and ``fingerprint`` when given), articles ordered by path,
        then position in their run's input, then id — the order a run over the same files gives.
        The articles keep their stored columns (:data:`STORED_COLUMNS`; hashes ``UInt64``).

        A part with an unreadable file is dropped as a whole (warning), so the caller sees its
        articles as missing and processes them again. ``pushdown`` reads only those articles'
        rows of each part (a Parquet filter); by default it is on when ``article_ids`` selects
        less than half of the store.
        """
        with self.reading():
            snapshot = self._index.current()
            chosen = snapshot.latest(fingerprint)
            every = len(chosen)
            if article_ids is not None:
                chosen = chosen[chosen["article_id"].isin(set(article_ids))]
            if pushdown is None:  # worth it for a selection, not for (nearly) the whole store
                pushdown = article_ids is not None and len(chosen) < 0.5 * every
            out = reader.frames(self.root, snapshot, chosen, pushdown=pushdown) or {
                t: reader.empty(t, stored=True) for t in TABLES}
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

        An article stored twice in one part (compacted by an older version of the store) is
        left out, as :meth:`read` does; an unreadable part is left out with a warning, and a
        part removed meanwhile (by a compaction) is skipped. Call it under :meth:`reading`.
        """
        return reader.table(self.root, self._index.current(), name, chosen, columns,
                            dictionary=dictionary, pushdown=pushdown)

    def where(self, *, fingerprint: str | None = None, since=None, until=None,
              sources: Iterable[str] | None = None) -> set[str]:
        """Ids of the newest stored articles published in ``[since, until]`` (inclusive; dates
        or timestamps, UTC when naive) and from one of ``sources``, reading only the
        ``article_id, published, source`` columns of the articles parts, filtered in Parquet."""
        filters = []
        if since is not None:
            filters.append(("published", ">=", _utc(since)))
        if until is not None:
            filters.append(("published", "<=", _utc(until)))
        if sources is not None:
            filters.append(("source", "in", list(sources)))
        with self.reading():
            snapshot = self._index.current()
            return reader.where(self.root, snapshot, snapshot.latest(fingerprint), filters)

    # ---- damage ----------------------------------------------------------------------------
    def damaged(self, parts: Iterable[str]) -> dict[str, str]:
        """The parts among ``parts`` (names) whose entities or quotes file is not as written:
        ``{part: what is wrong}``, each reported with a warning naming it. Checked against the
        checksums the articles file records (size and CRC-32 of each file: every byte is read,
        at about 3 GB/s on four threads); a part written before checksums were kept has only its
        files' Parquet footers checked. A part removed meanwhile (by a compaction, which
        copied its rows) is not damaged."""
        return _parts.damaged(self.root, self._index.current(), parts)

    def unreadable(self, fingerprint: str | None = None, parts: Iterable[str] | None = None
                   ) -> set[str]:
        """The ids (with that fingerprint) of the stored parts that cannot be used: a file
        damaged (:meth:`damaged`: checksums, or footers for an older part) or the article
        held twice in the part (compacted by an older version of the store). ``parts``:
        check only these part names (default: every part with the fingerprint). A damaged
        part is reported with a warning naming it."""
        return _parts.unreadable(self.root, self._index.current(), fingerprint, parts)

    # ---- write -----------------------------------------------------------------------------
    def write_part(self, articles: pd.DataFrame, entities: pd.DataFrame, quotes: pd.DataFrame,
                   *, fingerprint: str, run: str) -> str:
        """Write one part atomically (entities and quotes first, articles last); returns its
        file name. ``articles`` holds the articles table's columns and a ``seq`` column
        (position in the run's input), and may hold the others of :data:`WRITTEN_COLUMNS`
        (``text_hash``, ``meta_hash``: see :mod:`analysis.runs`; ``things``); the store adds
        ``fingerprint`` and ``run``. The articles file's key-value metadata records a checksum
        of the part's entities and quotes files (:meth:`damaged` verifies them)."""
        if "seq" not in articles.columns:
            raise ValueError("a store part's articles need a 'seq' column (their position in "
                             "the run's input)")
        frames = {"entities": entities, "quotes": quotes,
                  "articles": articles.assign(fingerprint=fingerprint, run=run)}
        name, sums = _parts.write_files(self.root, frames)
        self._index.add(name, frames["articles"], sums)
        return name

    def compact(self) -> bool:
        """Rewrite the newest part of every article as one part per fingerprint and delete the
        others.

        Skipped (returns False) when another process is compacting. The new parts are complete
        and read back before any old one is deleted: each file whole (Parquet page checksums,
        the checksums its articles file records), with the row count and content digest of
        each table equal to the rows meant to be written. A new part that is not deletes the
        new parts, keeps every old one (the store reads as before) and raises
        :class:`CompactionError` naming the part. The old ones are deleted under the read lock,
        exclusive: a read under way (which holds it shared) finishes on the parts it listed
        first, and the deletion waits for it.
        """
        return _parts.compact(self.root, self._index.current,
                              lambda snapshot, chosen: reader.frames(self.root, snapshot, chosen))

    # ---- side files ------------------------------------------------------------------------
    def write_meta(self, meta: dict, errors: pd.DataFrame | None = None) -> None:
        """Write ``manifest.json`` (and ``errors.csv``) atomically (see :meth:`record_run`)."""
        with lock(self.root, RUN_LOCK, exclusive=True):
            _side.write_meta(self.root, meta, errors)

    def write_run(self, article_ids: Iterable[str], *, fingerprint: str) -> None:
        """Record the articles of the run that just finished, in its order (``last_run.parquet``:
        ``article_id, fingerprint``), atomically; :meth:`read_run` gives it back."""
        with lock(self.root, RUN_LOCK, exclusive=True):
            _side.write_run(self.root, article_ids, fingerprint)

    def record_run(self, article_ids: Iterable[str], *, fingerprint: str, meta: dict,
                   errors: pd.DataFrame | None) -> None:
        """Record a finished run: ``last_run.parquet``, ``manifest.json`` and ``errors.csv``,
        each written atomically (a temporary name of its own per run, renamed), the three
        together under the store's run lock, so that a reader (which takes it shared) sees the
        three files of one run — the one that finished last when two runs write one store.
        The table folders are created too (:meth:`make_folders`): a run with no usable
        article (every input failed) is a store with no part and its errors."""
        self.make_folders()
        with lock(self.root, RUN_LOCK, exclusive=True):
            _side.write_run(self.root, article_ids, fingerprint)
            _side.write_meta(self.root, meta, errors)

    def make_folders(self) -> None:
        """Create the three table folders (no part in them yet): what a run with no usable
        article leaves beside its side files, so that the folder is a store every reader
        takes — :meth:`analysis.Corpus.read` gives its empty tables and its errors, and the
        article readers recognise it as output."""
        for table in TABLES:
            folder(self.root, table).mkdir(parents=True, exist_ok=True)

    def read_run(self) -> pd.DataFrame | None:
        """The articles of the last finished run (see :meth:`write_run`), or None for a store
        written before runs were recorded.

        Raises:
            DamagedStoreFile: ``last_run.parquet`` is there but unreadable (never "every stored
                article" instead).
        """
        return _side.read_run(self.root)

    def read_meta(self) -> tuple[dict, pd.DataFrame | None]:
        """``manifest.json`` (a dict; ``{}`` when absent) and ``errors.csv`` (the errors table;
        None when absent). Either one damaged (empty, not JSON / not CSV) gives a warning
        naming the file: an empty manifest, and an errors table of one row saying that the
        run's error list is lost (the corpus itself does not depend on them)."""
        with lock(self.root, RUN_LOCK, exclusive=False):
            return _side.read_meta(self.root)

    def read_side(self, last_run: bool) -> tuple[dict, pd.DataFrame | None,
                                                   pd.DataFrame | None]:
        """``(manifest, errors, last run)`` of one run, read together under the run lock (see
        :meth:`read_meta`, :meth:`read_run`; the last run only when ``last_run``)."""
        with lock(self.root, RUN_LOCK, exclusive=False):
            meta, errors = _side.read_meta(self.root)
            return meta, errors, _side.read_run(self.root) if last_run else None


def _utc(value) -> pd.Timestamp:
    stamp = pd.Timestamp(value)
    return stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")
