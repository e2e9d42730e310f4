"""The one read path for stored rows: Arrow, part by part, for any of the three tables.

:func:`read_rows` reads the rows the index rows ``chosen`` name (``article_id, fingerprint,
part``: the newest part of each article, from :meth:`.index.Snapshot.latest`), of one table or
of several together, as Arrow tables; everything the store returns is built on it:

* :func:`frames` — whole rows of the three tables, as pandas (``Store.read``: a re-run's
  rewritten metadata, and the compaction);
* :func:`table` — some columns of one table, repeated strings as dictionaries
  (``Store.table``: how a corpus is read back);
* :func:`where` — the ids among ``chosen`` whose article row passes a Parquet filter
  (``Store.where``: a selection by date and outlet).

The same rules hold for each: rows in part order, then in their order in the part; an article
stored twice in one part (compacted by an older version of the store) is left out; only the
article rows of the chosen fingerprint are taken; a part removed meanwhile (by a compaction) is
skipped; a part with an unreadable file among those read is left out as a whole, with a warning
naming the file — never an article without its entities or quotes.
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any, Iterable

import pandas as pd

from .index import Snapshot
from .layout import HASH_COLUMNS, STORED_COLUMNS, TABLES, folder

_GONE = object()  # a part file removed meanwhile (a compaction): the part is skipped


def read_rows(root: Path, snapshot: Snapshot, chosen: pd.DataFrame, tables: Iterable[str],
              columns: Iterable[str] | None = None, *, dictionary: Iterable[str] = (),
              pushdown: bool = False, filters: list | None = None,
              consequence: str = "its rows are left out") -> dict[str, list]:
    """The stored rows of ``tables`` for the index rows ``chosen``: per table, one Arrow table
    per part read (parts in name order: oldest first).

    ``columns``: only these (``article_id`` always; all when None; a column a part was written
    without comes back null); ``dictionary``: columns read as Parquet dictionaries (no Python
    string per row once in pandas); ``pushdown``: read only the chosen articles' rows of each
    part (a Parquet filter: for a selection smaller than the store); ``filters``: a Parquet
    filter on the rows of every table read (comparisons of columns with values: a column
    that holds only nulls in a part matches no row of it). ``consequence`` ends the warning
    for an unreadable part.
    """
    wanted = None if columns is None else list(dict.fromkeys(["article_id", *columns]))
    names = list(tables)
    doubled = snapshot.doubled()
    sizes = snapshot.sizes()
    pieces: dict[str, list] = {name: [] for name in names}
    for part, group in chosen.groupby("part", sort=True):
        ids = set(group["article_id"]) - doubled.get(part, set())
        if not ids:
            continue
        whole = len(ids) == sizes.get(part, -1)  # every row of the part: no filter needed
        found = {}
        for name in names:
            piece = _read_part(folder(root, name) / part, name, wanted, ids, whole,
                               set(group["fingerprint"]), dictionary, pushdown, filters,
                               consequence)
            if piece is None or piece is _GONE:
                break
            found[name] = piece
        else:
            for name, piece in found.items():
                pieces[name].append(piece)
    return pieces


def _read_part(path: Path, name: str, wanted: list[str] | None, ids: set[str], whole: bool,
               versions: set[str], dictionary: Iterable[str], pushdown: bool,
               filters: list | None, consequence: str) -> Any:
    """One part file's rows (see :func:`read_rows`), ``_GONE`` (removed meanwhile) or None
    (unreadable: warned)."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    read_cols = wanted
    if read_cols is not None and name == "articles" and "fingerprint" not in read_cols:
        read_cols = read_cols + ["fingerprint"]
    try:
        schema = pq.read_schema(path)
        cols = None if read_cols is None else [c for c in read_cols if c in schema.names]
        # a column holding only nulls (a part without sources; an empty entities file) has
        # Arrow's null type: no comparison holds for it, and Parquet cannot filter on it
        conditions = list(filters or [])
        if pushdown and not whole:
            conditions.append(("article_id", "in", sorted(ids)))
        blank = any(schema.field(c).type == pa.null() for c, _, _ in conditions
                    if c in schema.names)
        encode = [c for c in dictionary if c in schema.names and (cols is None or c in cols)]
        found = pq.read_table(path, columns=cols, read_dictionary=encode or None,
                              filters=None if blank else conditions or None)
    except FileNotFoundError:
        return _GONE  # removed by a concurrent compaction
    except (OSError, pa.ArrowException, ValueError) as exc:
        warnings.warn(f"store file {path} is unreadable ({exc}); {consequence}", stacklevel=5)
        return None
    if blank:
        found = found.slice(0, 0)
    if not whole and found.num_rows:
        found = found.filter(pc.is_in(found["article_id"],
                                      value_set=pa.array(sorted(ids), pa.string())))
    if name == "articles" and found.num_rows:
        found = found.filter(pc.is_in(found["fingerprint"],
                                      value_set=pa.array(sorted(versions), pa.string())))
    if wanted is not None:
        for col in wanted:  # a column this part was written without (older version)
            if col not in found.column_names:
                found = found.append_column(col, pa.nulls(found.num_rows))
        found = found.select(wanted)
    return found


def concatenated(pieces: list) -> Any:
    """One Arrow table of a table's pieces (types unified: a column null in one part and
    typed in another; dictionaries unified)."""
    import pyarrow as pa

    return pa.concat_tables(pieces, promote_options="permissive").unify_dictionaries()


def empty(name: str, columns: Iterable[str] | None = None, *, stored: bool = False
          ) -> pd.DataFrame:
    """No rows, with the columns asked for (when None: the table's, and with ``stored`` the
    articles parts' own columns too)."""
    if columns is None:
        from ..schema import TABLES as SCHEMAS

        columns = SCHEMAS[name].names + (list(STORED_COLUMNS) if stored and name == "articles"
                                         else [])
    return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})


def to_pandas(table: Any) -> pd.DataFrame:
    """An Arrow table of stored rows as pandas; ``uint64`` columns (the articles' hashes)
    exact and nullable (``UInt64``: never floats, whatever the part's pandas metadata says)."""
    import pyarrow as pa

    return table.to_pandas(types_mapper={pa.uint64(): pd.UInt64Dtype()}.get)


def frames(root: Path, snapshot: Snapshot, chosen: pd.DataFrame, *, pushdown: bool = False,
           consequence: str = "its articles will be processed again"
           ) -> dict[str, pd.DataFrame] | None:
    """Whole stored rows of the three tables for ``chosen`` (pandas), or None when none of
    their parts is readable. The articles' hashes are exact and nullable (``UInt64``), also
    for a part written before they were kept."""
    pieces = read_rows(root, snapshot, chosen, TABLES, pushdown=pushdown,
                       consequence=consequence)
    if not pieces["articles"]:
        return None
    out = {name: to_pandas(concatenated(found)) for name, found in pieces.items()}
    arts = out["articles"]
    for col in HASH_COLUMNS:  # exact, nullable: parts without them concatenate
        arts[col] = arts[col].astype("UInt64") if col in arts else \
            pd.array([pd.NA] * len(arts), dtype="UInt64")
    return out


def table(root: Path, snapshot: Snapshot, name: str, chosen: pd.DataFrame,
          columns: Iterable[str] | None = None, *, dictionary: Iterable[str] = (),
          pushdown: bool = False) -> pd.DataFrame:
    """The stored rows of one table for ``chosen``, only ``columns`` of them (see
    :meth:`analysis.store.Store.table`)."""
    columns = None if columns is None else list(columns)
    pieces = read_rows(root, snapshot, chosen, (name,), columns, dictionary=dictionary,
                       pushdown=pushdown)[name]
    if not pieces:
        return empty(name, None if columns is None else
                     list(dict.fromkeys(["article_id", *columns])))
    return concatenated(pieces).to_pandas()


def where(root: Path, snapshot: Snapshot, chosen: pd.DataFrame, filters: list) -> set[str]:
    """The ids among ``chosen`` whose stored article row passes ``filters`` (Parquet: only
    ``article_id`` and the filtered columns are read)."""
    pieces = read_rows(root, snapshot, chosen, ("articles",), [], filters=filters or None)
    found: set[str] = set()
    for piece in pieces["articles"]:
        found.update(piece.column("article_id").to_pylist())
    return found
