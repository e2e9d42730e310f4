"""Reading articles from files and folders into one tidy DataFrame: :func:`load_articles`.

One concern a module: :mod:`.files` (which files), :mod:`.decode` (bytes to text),
:mod:`.plaintext` (the plain-text layout), :mod:`.readers` (one reader per format),
:mod:`.values` (ids, text, metadata and dates as the table holds them), :mod:`.errors` (input
problems). Every article becomes one row of ``ARTICLE_COLUMNS``; problems never stop the other
files: each becomes one row of the errors table (``ERROR_COLUMNS``).
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any, Iterator, Literal, NamedTuple

import pandas as pd

from ..config import positive_limit
from ..schema import ARTICLES, ERRORS
from .decode import DEFAULT_MAX_FILE_BYTES, decode_bytes, read_text_file
from .errors import WARNING_PROBLEMS, LoadError, failures
from .files import iter_input_files, no_supported_file
from .furniture import strip_furniture
from .plaintext import parse_plain_text, split_outlet_line
from .readers import SUPPORTED_SUFFIXES, Record, read_file
from .values import (article_id_for, clean_field, clean_text, date_note, parse_date, path_text,
                     read_date, text_value)

ARTICLE_COLUMNS = ARTICLES.names
ERROR_COLUMNS = ERRORS.names

__all__ = ["ARTICLE_COLUMNS", "DEFAULT_MAX_FILE_BYTES", "ERROR_COLUMNS", "SUPPORTED_SUFFIXES",
           "WARNING_PROBLEMS", "LoadError", "LoadResult", "article_id_for", "clean_text",
           "decode_bytes", "failures", "iter_input_files", "load_articles", "parse_date",
           "parse_plain_text", "path_text", "read_date", "read_text_file", "split_outlet_line",
           "text_value"]


class LoadResult(NamedTuple):
    """What ``load_articles(..., errors="collect")`` returns: the articles and the errors table."""

    articles: pd.DataFrame
    errors: pd.DataFrame


def _normalise(rec: Record, strip: bool = True) -> list[LoadError]:
    """Bring one record to the table's types in place: text without lone surrogates (and, with
    ``strip``, without page furniture: :mod:`.furniture`), metadata as strings, ``published`` a
    timestamp or None. Returns the notes to report (``repaired``, ``bad_date``); the record is
    kept either way."""
    notes = []
    where = f"line {rec.line}: " if rec.line is not None else ""
    text = clean_text(rec.text)
    if text != rec.text:
        notes.append(LoadError("repaired", f"{where}lone surrogate characters (invalid "
                                           f"Unicode) replaced by U+FFFD", rec.line))
    rec.text = strip_furniture(text) if strip else text
    for name in ("title", "author", "source", "url"):
        setattr(rec, name, clean_field(getattr(rec, name)))
    raw = rec.published
    rec.published, why = read_date(raw)
    if why is not None:
        notes.append(LoadError("bad_date", f"{where}{date_note(raw, why)}", rec.line))
    return notes


def _finish(records: list[Record]) -> pd.DataFrame:
    rows = []
    for rec in records:
        rows.append({
            "article_id": _id_of(rec), "title": rec.title, "author": rec.author,
            "published": rec.published, "source": rec.source, "url": rec.url,
            "path": rec.path, "text": rec.text,
        })
    frame = pd.DataFrame(rows, columns=ARTICLE_COLUMNS)
    frame["published"] = pd.to_datetime(frame["published"], utc=True)
    for col in ("article_id", "title", "author", "source", "url", "path", "text"):
        frame[col] = frame[col].astype("object")
    return frame.reset_index(drop=True)


def _id_of(rec: Record) -> str:
    """The record's ``article_id``: its own id, else the one derived from its text."""
    return rec.given_id if rec.given_id is not None else article_id_for(rec.text)


def _where(path: str, line: int | None) -> str:
    return f"{path}:{line}" if line is not None else path


def _record_name(rec: Record) -> str:
    if rec.line is None:
        return "record"
    return f"{'row' if rec.path.lower().endswith(('.parquet', '.pq')) else 'line'} {rec.line}"


def _input_files(paths, report) -> Iterator[tuple[Path, LoadError | None]]:
    """:func:`iter_input_files` of each given path; a folder given in which no file of a
    supported type is found (empty, or only other files) is reported first, in one row naming
    it (:func:`.files.no_supported_file`), before the rows of the files it holds."""
    for given in paths:
        found = list(iter_input_files(given))
        itself = any(item == Path(given) for item, _ in found)  # a store given: said so
        if not itself and Path(given).is_dir() and all(p is not None for _, p in found):
            report(path_text(Path(given)), no_supported_file(
                [(item, problem) for item, problem in found if problem is not None
                 and problem.problem not in WARNING_PROBLEMS]))
        yield from found


def load_articles(
    *paths: str | Path,
    errors: Literal["warn", "collect", "raise", "ignore"] = "warn",
    text_column: str | None = None,
    duplicates: Literal["keep", "drop"] = "keep",
    furniture: bool = True,
    max_file_bytes: int | None = DEFAULT_MAX_FILE_BYTES,
) -> pd.DataFrame | LoadResult:
    """Load articles from files and folders into one DataFrame.

    Args:
        *paths: files or folders (searched recursively). Formats are chosen by extension, see the
            module docstring; files without an extension are read as plain text.
        errors: what to do with files or records that cannot be read:
            ``"warn"`` (default) skips them, attaches the errors table as
            ``result.attrs["errors"]`` and emits one warning summarising them;
            ``"collect"`` returns ``LoadResult(articles, errors)`` instead of a DataFrame;
            ``"raise"`` raises ``ValueError`` naming the file and problem at the first one;
            ``"ignore"`` only attaches ``attrs["errors"]``.
            Duplicates (the same text twice) are never errors: each later copy is listed once
            in the errors table with problem ``duplicate``, naming the first copy.
        text_column: name of the text field in JSON/CSV/Parquet input (default: the first of
            ``text, body, content, article, …`` present, case-insensitive).
        duplicates: ``"keep"`` (default) keeps one row per input record, so a folder of 2,225
            files gives 2,225 rows, and copies share their ``article_id``; ``"drop"`` keeps only
            the first copy. ``analysis.analyze`` always parses each ``article_id`` once.
        furniture: remove the page furniture of scraped web text (whole lines such as "Story
            continues below advertisement", "READ MORE: …", photo credits; see
            :mod:`analysis.io.furniture`) from every text (default); False keeps every line.
        max_file_bytes: a file larger than this (default 1 GiB: room for a corpus in one
            JSON Lines, CSV or Parquet file) is not read: one ``too_large`` row of the errors
            table. The cap also holds while reading. None: no limit.

    Ids: a record's own id (JSON, JSON Lines, CSV/TSV, Parquet: the first field named ``id``,
    ``article_id``, ``doc_id`` or ``guid``, any case) is its ``article_id``, as text (``42`` →
    ``"42"``); a record without one gets an id derived from its text (16 hex digits of
    BLAKE2b). Ids are unique within the call: a later record giving an id already given to
    another text is left out (``duplicate_id``, naming both places), and a blank id (or one that
    is not a text or a number) leaves its record out (``bad_id``) — the other records are read.

    Returns:
        A DataFrame with columns ``article_id, title, author, published, source, url, path,
        text`` (``published`` timezone-aware, NaT when unknown), one row per distinct article,
        in file order; or a :class:`LoadResult` when ``errors="collect"``. Nothing is written.

    Raises:
        ValueError: with ``errors="raise"``, for the first unreadable file or record; or for an
            unknown ``errors`` value.
    """
    if errors not in ("warn", "collect", "raise", "ignore"):
        raise ValueError(f"unknown errors mode {errors!r}; expected one of warn, collect, raise, "
                         f"ignore")
    if duplicates not in ("keep", "drop"):
        raise ValueError(f"unknown duplicates mode {duplicates!r}; expected keep or drop")
    positive_limit(max_file_bytes, "max_file_bytes", "bytes")
    records: list[Record] = []
    problems: list[dict[str, Any]] = []
    seen: dict[str, str] = {}  # derived id of a text -> where it was first read
    owners: dict[str, tuple[str, str]] = {}  # article_id -> (where, derived id of its text)

    def report(path: str, err: LoadError) -> None:
        if errors == "raise" and err.problem not in WARNING_PROBLEMS:
            raise ValueError(f"{_where(path, err.line)}: {err.message}") from None
        problems.append({"path": path, "line": err.line, "problem": err.problem,
                         "message": err.message})

    for item, problem in _input_files(paths, report):
        shown = path_text(item)  # valid Unicode; the file is opened through ``item``
        if problem is not None:
            report(shown, problem)
            continue
        try:
            for rec in read_file(item, text_column, max_file_bytes):
                if isinstance(rec, LoadError):
                    report(shown, rec)
                    continue
                rec.path = shown
                for note in _normalise(rec, furniture):
                    report(rec.path, note)
                key = article_id_for(rec.text)
                article_id = _id_of(rec)
                owner = owners.get(article_id)
                if owner is not None and owner[1] != key:  # one id, two texts
                    report(rec.path, LoadError(
                        "duplicate_id", f"{_record_name(rec)}: article_id {article_id!r} was "
                        f"already given to another text ({owner[0]}); left out (give each "
                        f"article its own id)", rec.line))
                    continue
                if key in seen:
                    same = owner is not None  # a copy under the same id
                    kept = ("kept, same article_id" if same else f"kept as {article_id!r}") \
                        if duplicates == "keep" else "skipped"
                    report(rec.path, LoadError("duplicate", f"same text as {seen[key]} "
                                                            f"({kept})", rec.line))
                    if duplicates == "drop":
                        continue
                else:
                    seen[key] = _where(rec.path, rec.line)
                owners.setdefault(article_id, (_where(rec.path, rec.line), key))
                records.append(rec)
        except LoadError as err:
            report(shown, err)
        except RecursionError:
            report(shown, LoadError("json", "value nested too deeply to read"))
        except (OSError, ValueError, TypeError, ArithmeticError, UnicodeError, LookupError,
                RuntimeError) as exc:  # a failure nobody foresaw costs this file only
            report(shown, LoadError("unreadable", f"cannot read this file "
                                                      f"({type(exc).__name__}: {exc})"))

    articles = _finish(records)
    error_frame = pd.DataFrame(problems, columns=ERROR_COLUMNS).astype({"line": "Int64"})
    if errors == "collect":
        return LoadResult(articles, error_frame)
    articles.attrs["errors"] = error_frame
    real = failures(error_frame)
    if errors == "warn" and len(real):
        shown = "; ".join(f"{_where(r.path, None if pd.isna(r.line) else int(r.line))}: "
                          f"{r.message}" for r in real.head(5).itertuples())
        more = f" (and {len(real) - 5} more)" if len(real) > 5 else ""
        none = "no article loaded: " if articles.empty else ""
        warnings.warn(f"{none}{len(real)} input(s) could not be loaded: {shown}{more}. See "
                      f"result.attrs['errors'].", stacklevel=2)
    return articles
