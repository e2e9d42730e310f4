"""One reader per format: each yields a :class:`Record` per article or a :class:`LoadError` per
bad record, so that a bad record never costs the rest of its file.

* plain text (``.txt``, ``.text`` or no extension), see :mod:`.plaintext`;
* JSON Lines (``.jsonl``, ``.ndjson``) and JSON (``.json``: one object, a list of objects, or an
  object with a list under ``articles``/``data``/``items``);
* CSV/TSV (``.csv``, ``.tsv``; the standard library's reader, no field-size limit) and Parquet
  (``.parquet``, ``.pq``) with a text column;
* HTML pages (``.html``, ``.htm``, ``.xhtml``), through trafilatura.

Field names are the ``field_names`` lexicon (``ingest_words.toml``). A record's own id (its
first ``id`` field, in JSON, JSON Lines, CSV/TSV and Parquet) is kept as ``given_id``; a blank
one (or one that is not a text or a number) makes the record a ``bad_id`` error.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

import pandas as pd

from .. import lexicons
from .decode import DEFAULT_MAX_FILE_BYTES, open_regular, read_text_file, text_lines
from .errors import LoadError
from .plaintext import parse_plain_text
from .values import BadId, clean_field, given_id, raw_field


TEXT_SUFFIXES = {".txt", ".text", ""}


JSONL_SUFFIXES = {".jsonl", ".ndjson"}


JSON_SUFFIXES = {".json"}


CSV_SUFFIXES = {".csv", ".tsv"}


PARQUET_SUFFIXES = {".parquet", ".pq"}


HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


SUPPORTED_SUFFIXES = (TEXT_SUFFIXES | JSONL_SUFFIXES | JSON_SUFFIXES | CSV_SUFFIXES
                      | PARQUET_SUFFIXES | HTML_SUFFIXES)


# An HTML page whose main text has fewer words than this has no article body (menus, stubs).
MIN_HTML_WORDS = 10


@dataclass
class Record:
    text: str
    path: str
    title: str | None = None
    author: str | None = None
    published: Any = None
    source: str | None = None
    url: str | None = None
    line: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    #: the record's own id (an ``id``/``article_id``/… field) as text; None: derived from text
    given_id: str | None = None


def _pick(record: dict[str, Any], key: str, override: str | None = None) -> Any:
    # the text and the date are checked later, with a note for what was changed
    clean = raw_field if key in ("published", "text") else clean_field
    if override is not None:
        return record.get(override)
    lowered = {str(k).lower(): k for k in record}
    for alias in lexicons.table("field_names")[key]:
        if alias in lowered:
            value = clean(record[lowered[alias]])
            if value is not None:
                return value
    return None


def _id_error(why: str, name: str, where: str, line: int | None) -> LoadError:
    return LoadError("bad_id", f"{where}: {why} in field {name!r}; article left out (give each "
                               f"article an id of its own, or leave the field out)", line)


def _mapping_id(obj: dict[str, Any], where: str, line: int | None) -> str | None:
    """The record's own id: the value of its first field named as an id (``field_names``,
    any case), or None when it has no such field.

    Raises:
        LoadError: ``bad_id``, the field is blank or holds no text or number.
    """
    lowered = {str(k).lower().strip(): k for k in obj}
    for alias in lexicons.table("field_names")["id"]:
        if alias in lowered:
            try:
                return given_id(obj[lowered[alias]])
            except BadId as why:
                raise _id_error(str(why), str(lowered[alias]), where, line) from None
    return None


def _record_from_mapping(obj: Any, path: str, line: int | None, text_field: str | None,
                         where: str) -> Record:
    if not isinstance(obj, dict):
        raise LoadError("json", f"{where}: expected an object with a text field, got "
                                f"{type(obj).__name__}", line)
    text = _pick(obj, "text", text_field)
    if not isinstance(text, str) or not text.strip():
        wanted = repr(text_field) if text_field else "one of " + ", ".join(
            lexicons.table("field_names")["text"])
        have = ", ".join(map(str, list(obj)[:12])) or "none"
        raise LoadError("no_text", f"{where}: no article text (expected {wanted}; fields: {have})",
                        line)
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    return Record(text=text, path=path, title=_pick(obj, "title"), author=_pick(obj, "author"),
                   published=_pick(obj, "published"), source=_pick(obj, "source"),
                   url=_pick(obj, "url"), line=line, given_id=_mapping_id(obj, where, line))


def _read_plain(path: Path, cap: int | None) -> Iterator[Record | LoadError]:
    parts = parse_plain_text(read_text_file(path, cap))
    if not parts["text"].strip():
        raise LoadError("no_text", "no article body after the title")
    yield Record(path=str(path), **parts)


def _read_jsonl(path: Path, text_field: str | None, cap: int | None
                ) -> Iterator[Record | LoadError]:
    for number, line in enumerate(text_lines(path, cap), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield LoadError("json", f"line {number}: malformed JSON ({exc.msg} at column "
                                    f"{exc.colno})", number)
            continue
        except RecursionError:
            yield LoadError("json", f"line {number}: JSON nested too deeply to read", number)
            continue
        yield _guarded(lambda: _record_from_mapping(obj, str(path), number, text_field,
                                                    f"line {number}"), f"line {number}", number)


def _guarded(build, where: str, line: int | None) -> "Record | LoadError":
    """``build()``, or the LoadError it raised, or any other failure of one record as a LoadError
    naming it: a bad record never costs the rest of its file."""
    try:
        return build()
    except LoadError as err:
        return err
    except RecursionError:
        return LoadError("json", f"{where}: value nested too deeply to read", line)
    except Exception as exc:  # a record we did not foresee: report it, keep the others
        return LoadError("unreadable", f"{where}: cannot read this record ({type(exc).__name__}: "
                                       f"{exc})", line)


def _read_json(path: Path, text_field: str | None, cap: int | None
               ) -> Iterator[Record | LoadError]:
    text = read_text_file(path, cap)
    try:
        obj = json.loads(text)
    except RecursionError:
        raise LoadError("json", "JSON nested too deeply to read") from None
    except json.JSONDecodeError as exc:
        # Maybe JSON Lines saved as .json.
        if text.lstrip().startswith("{") and "\n{" in text:
            yield from _read_jsonl(path, text_field, cap)
            return
        raise LoadError("json", f"malformed JSON ({exc.msg} at line {exc.lineno}, column "
                                f"{exc.colno})", exc.lineno) from None
    if isinstance(obj, dict):
        for key in ("articles", "data", "items", "documents", "records"):
            if isinstance(obj.get(key), list):
                obj = obj[key]
                break
    items = obj if isinstance(obj, list) else [obj]
    for index, item in enumerate(items):
        where = f"item {index}" if isinstance(obj, list) else "document"
        yield _guarded(lambda: _record_from_mapping(item, str(path), None, text_field, where),
                       where, None)


def _find_column(columns: Iterable[str], key: str, override: str | None) -> str | None:
    columns = list(columns)
    if override is not None:
        return override if override in columns else None
    lowered = {str(c).lower().strip(): c for c in columns}
    for alias in lexicons.table("field_names")[key]:
        if alias in lowered:
            return lowered[alias]
    return None


def _read_table(frame: pd.DataFrame, path: Path, text_field: str | None,
                lines: Iterable[int]) -> Iterator[Record | LoadError]:
    text_col = _find_column(frame.columns, "text", text_field)
    if text_col is None:
        wanted = repr(text_field) if text_field else "one of " + ", ".join(
            lexicons.table("field_names")["text"])
        raise LoadError("no_text", f"no text column (expected {wanted}; columns: "
                                   f"{', '.join(map(str, frame.columns)) or 'none'}); pass "
                                   f"text_column= to name it")
    cols = {key: _find_column(frame.columns, key, None)
            for key in ("title", "author", "published", "url", "source")}
    id_col = _find_column(frame.columns, "id", None)
    for line, row in zip(lines, frame.to_dict("records")):
        text = row.get(text_col)
        if not isinstance(text, str) or not text.strip():
            yield LoadError("no_text", f"row {line}: empty text in column {text_col!r}", line)
            continue
        own = None
        if id_col is not None:
            try:
                own = given_id(row[id_col])
            except BadId as why:
                yield _id_error(str(why), str(id_col), f"row {line}", line)
                continue
        yield _guarded(lambda: Record(
            text=text.replace("\r\n", "\n").replace("\r", "\n").strip(), path=str(path),
            line=line, given_id=own, **_row_fields(row, cols)), f"row {line}", line)


def _row_fields(row: dict, cols: dict[str, Any]) -> dict[str, Any]:
    """The fields of a table row other than its text, by :class:`Record` field (``cols``: field
    -> column or None); the date is kept raw (read later, with a note)."""
    return {key: (raw_field if key == "published" else clean_field)(row[col])
            if col is not None else None for key, col in cols.items()}


def _read_csv(path: Path, text_field: str | None, cap: int | None
              ) -> Iterator[Record | LoadError]:
    """CSV/TSV with the standard library's reader: no field-size limit short of the file itself,
    and a row with more fields than the header is reported by its line and left out (a short
    row is padded with empty fields)."""
    import io as _io

    text = read_text_file(path, cap)
    if path.suffix.lower() == ".tsv":
        delimiter = "\t"
    else:
        try:
            header_line = text.split("\n", 1)[0]
            delimiter = csv.Sniffer().sniff(header_line, delimiters=",;\t|").delimiter
        except csv.Error:
            delimiter = ","
    limit = csv.field_size_limit()
    csv.field_size_limit(max(limit, len(text) + 1))  # a field can be as long as the file
    try:
        reader = csv.reader(_io.StringIO(text, newline=""), delimiter=delimiter)
        try:
            header = [h.strip() for h in next(reader)]
        except StopIteration:
            raise LoadError("empty", "CSV file without a header line") from None
        except csv.Error as exc:
            raise LoadError("unreadable", f"malformed CSV header: {exc}") from None
        rows, lines, problems = [], [], []
        first = reader.line_num + 1  # physical line where the next record starts
        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:  # e.g. a quote never closed: the rest is unreadable
                problems.append(LoadError("unreadable", f"line {first}: malformed CSV ({exc}); "
                                          f"this line and the rest of the file were not read",
                                          first))
                break
            if len(row) > len(header):
                problems.append(LoadError("ragged", f"line {first}: {len(row)} fields where the "
                                          f"header has {len(header)}; row left out", first))
            elif any(field.strip() for field in row):
                rows.append(row + [""] * (len(header) - len(row)))
                lines.append(first)
            first = reader.line_num + 1
    finally:
        csv.field_size_limit(limit)
    frame = pd.DataFrame(rows, columns=header, dtype=object).replace({"": None})
    # Line numbers as in a text editor: the header is line 1.
    yield from _read_table(frame, path, text_field, lines)
    yield from problems


def _read_parquet(path: Path, text_field: str | None, cap: int | None
                  ) -> Iterator[Record | LoadError]:
    import pyarrow

    try:
        with open_regular(path, cap) as handle:  # checked, then read through this handle
            frame = pd.read_parquet(handle)
    except LoadError:
        raise
    except (OSError, pyarrow.ArrowException, ValueError) as exc:
        raise LoadError("unreadable", f"unreadable Parquet file: {exc}") from None
    yield from _read_table(frame, path, text_field, range(len(frame)))


def _read_html(path: Path, cap: int | None) -> Iterator[Record | LoadError]:
    import trafilatura

    html = read_text_file(path, cap)
    if "<" not in html:
        raise LoadError("no_body", "not an HTML page (no markup)")
    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                          include_tables=False)
    except Exception as exc:  # trafilatura raises assorted errors on broken markup
        raise LoadError("no_body", f"HTML could not be parsed: {exc}") from None
    data = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    body = (data.get("text") or "").strip()
    title = clean_field(data.get("title"))
    lines = [ln.strip() for ln in body.split("\n") if ln.strip()]
    if lines and title and lines[0] == title:
        lines = lines[1:]
    if sum(len(ln.split()) for ln in lines) < MIN_HTML_WORDS:
        raise LoadError("no_body", f"HTML page has no article body that trafilatura could find "
                                   f"(fewer than {MIN_HTML_WORDS} words of main text)")
    yield Record(text="\n\n".join(lines), path=str(path), title=title,
                  author=clean_field(data.get("author")), published=data.get("date"),
                  source=clean_field(data.get("sitename")), url=clean_field(data.get("url")))


def read_file(path: Path, text_field: str | None,
              max_bytes: int | None = DEFAULT_MAX_FILE_BYTES) -> Iterator[Record | LoadError]:
    """The records of one file, by its extension. Only a regular file no larger than
    ``max_bytes`` (None: no limit) is opened and read (:func:`.decode.open_regular`)."""
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return _read_jsonl(path, text_field, max_bytes)
    if suffix in JSON_SUFFIXES:
        return _read_json(path, text_field, max_bytes)
    if suffix in CSV_SUFFIXES:
        return _read_csv(path, text_field, max_bytes)
    if suffix in PARQUET_SUFFIXES:
        return _read_parquet(path, text_field, max_bytes)
    if suffix in HTML_SUFFIXES:
        return _read_html(path, max_bytes)
    return _read_plain(path, max_bytes)
