"""Reading articles from files and folders into one tidy DataFrame.

:func:`load_articles` is the entry point. It accepts files and folders (searched recursively) of

* plain text (``.txt``, ``.text`` or no extension): title line, blank line, optional byline and
  date lines, body paragraphs separated by blank lines; a short trailing outlet line such as
  "Other reports by iNewsToday" is kept as ``source`` and removed from ``text``;
* JSON Lines (``.jsonl``, ``.ndjson``) and JSON (``.json``: one object, a list of objects, or an
  object with a list under ``articles``/``data``/``items``);
* CSV/TSV (``.csv``, ``.tsv``) and Parquet (``.parquet``, ``.pq``) with a text column;
* HTML pages (``.html``, ``.htm``, ``.xhtml``), through trafilatura.

Every article becomes one row of ``ARTICLE_COLUMNS``. Problems never stop the other files: each
becomes one row of the errors table (``ERROR_COLUMNS``), see :func:`load_articles`.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import json
import os
import re
import unicodedata
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Literal, NamedTuple

import pandas as pd

ARTICLE_COLUMNS = ["article_id", "title", "author", "published", "source", "url", "path", "text"]
ERROR_COLUMNS = ["path", "line", "problem", "message"]

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
# Documentation files that sit beside corpora and are not articles (e.g. the BBC's README.TXT).
IGNORED_NAMES = re.compile(r"^(readme|license|licence|copying|changelog|notice)(\.[a-z]+)?$", re.I)

# Field names recognised in JSON, CSV and Parquet records, in order of preference.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article", "article_text", "full_text", "maintext"),
    "title": ("title", "headline", "heading"),
    "author": ("author", "authors", "byline", "by"),
    "published": ("published", "date", "publish_date", "published_at", "pubdate", "datetime",
                  "date_publish", "timestamp"),
    "url": ("url", "link", "href"),
    "source": ("source", "outlet", "publisher", "site", "sitename", "site_name"),
    "id": ("id", "article_id", "doc_id", "guid"),
}

Problem = Literal["empty", "binary", "encoding", "json", "no_text", "no_body", "unreadable",
                  "unsupported", "duplicate", "not_found", "ragged", "bad_date", "repaired",
                  "duplicate_id", "timeout"]
# Rows of the errors table that keep their article (a note, not a loss): a copy of an article,
# a date that could not be read (NaT), characters replaced because no encoding can hold them.
WARNING_PROBLEMS = frozenset({"duplicate", "bad_date", "repaired"})


def failures(errors: pd.DataFrame) -> pd.DataFrame:
    """The rows of an errors table whose input was lost (not :data:`WARNING_PROBLEMS`)."""
    return errors[~errors["problem"].isin(WARNING_PROBLEMS)]


class LoadError(ValueError):
    """A file, or a record inside a file, could not be read as an article."""

    def __init__(self, problem: Problem, message: str, line: int | None = None):
        super().__init__(message)
        self.problem, self.message, self.line = problem, message, line


class LoadResult(NamedTuple):
    """What ``load_articles(..., errors="collect")`` returns: the articles and the errors table."""

    articles: pd.DataFrame
    errors: pd.DataFrame


@dataclass
class _Record:
    text: str
    path: str
    title: str | None = None
    author: str | None = None
    published: Any = None
    source: str | None = None
    url: str | None = None
    line: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)


# --------------------------------------------------------------------------------------------
# Decoding


def article_id_for(text: str) -> str:
    """A stable id derived from the article text (16 hex digits of BLAKE2b).

    The same text always gets the same id, wherever and however often it is loaded.
    """
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """``text`` with lone surrogate code points (from a JSON ``"\\ud800"`` escape, say), which no
    encoding can write, replaced by U+FFFD; every other character, and so every offset, kept."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def text_value(value: Any) -> str | None:
    """A metadata value as the tables hold it: a string, or None when missing.

    Numbers become their text (``2021`` and ``2021.0`` → ``"2021"``), a list its items joined by
    ", ", a mapping its ``name``; None, NaN and NA become None. Nothing else is changed.
    """
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float):
        return None if value != value else str(int(value)) if value.is_integer() else str(value)
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, (list, tuple)):
        parts = [t for t in (text_value(v) for v in value) if t and t.strip()]
        return ", ".join(p.strip() for p in parts) or None
    if isinstance(value, dict):
        return text_value(value.get("name"))
    return clean_text(str(value))


_BINARY_MAGIC = {
    b"%PDF": "a PDF document", b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image", b"PK\x03\x04": "a ZIP archive (or Office document)",
    b"\x1f\x8b": "a gzip archive", b"\x7fELF": "an executable", b"PAR1": "a Parquet file",
}


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v")
    return bad / len(text)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode file bytes as text: BOMs first, then UTF-8, then cp1252, then Latin-1.

    Curly quotes, non-breaking spaces and every other character are preserved; only a BOM is
    dropped and ``\\r\\n`` / ``\\r`` line ends become ``\\n``.

    Returns:
        ``(text, encoding name)``.

    Raises:
        LoadError: ``empty`` for no (or only blank) content, ``binary`` for a binary file,
            ``encoding`` when no supported encoding gives readable text.
    """
    if not data.strip():
        raise LoadError("empty", "empty file")
    text = encoding = None
    for bom, name in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                      (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                text, encoding = data.decode(name), name
            except UnicodeDecodeError as exc:
                raise LoadError("encoding", f"starts with a {name} byte-order mark but is not "
                                            f"valid {name}: {exc.reason} at byte {exc.start}")
            break
    if text is None:
        for magic, what in _BINARY_MAGIC.items():
            if data.startswith(magic):
                raise LoadError("binary", f"binary file ({what}), not text")
        if b"\x00" in data[:65536]:
            raise LoadError("binary", "binary file (contains NUL bytes), not text; UTF-16 text "
                                      "needs a byte-order mark")
        for name in ("utf-8", "cp1252", "latin-1"):
            try:
                text, encoding = data.decode(name), name
                break
            except UnicodeDecodeError:
                continue
    assert text is not None and encoding is not None
    if _control_ratio(text[:65536]) > 0.05:
        raise LoadError("encoding", "unreadable encoding: not UTF-8, UTF-16 or Latin-1/cp1252 text "
                        "(too many control characters)")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise LoadError("empty", "empty file (only whitespace)")
    return text, encoding


def read_text_file(path: str | Path) -> str:
    """Read and decode one file with :func:`decode_bytes`."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise LoadError("unreadable", f"cannot read file: {exc.strerror or exc}") from None
    return decode_bytes(data)[0]


# --------------------------------------------------------------------------------------------
# Metadata helpers


_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_DATE_PREFIX = re.compile(r"^(published|posted|updated|date|last updated)\s*[:\-]?\s*", re.I)
_MONTH = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b", re.I)


def parse_date(value: Any) -> pd.Timestamp | None:
    """A timezone-aware timestamp (UTC when the input has no zone), or None if not a date.

    Never raises: a value out of pandas' range (a number of seconds that overflows) or of the
    wrong type is None."""
    try:
        return _parse_date(value)
    except (ValueError, TypeError, OverflowError, ArithmeticError):
        return None  # out of range, or not a date at all


def _parse_date(value: Any) -> pd.Timestamp | None:
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        return None
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        unit = "ms" if abs(value) > 1e11 else "s"
        stamp = pd.to_datetime(value, unit=unit, utc=True, errors="coerce")
        return None if pd.isna(stamp) else stamp
    if isinstance(value, pd.Timestamp) or hasattr(value, "year"):
        stamp = pd.Timestamp(value)
    else:
        text = _DATE_PREFIX.sub("", str(value).strip())
        if not text or len(text) > 60:
            return None
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                stamp = pd.Timestamp(pd.to_datetime(text, utc=False))
        except (ValueError, TypeError, OverflowError):
            return None
    if pd.isna(stamp):
        return None
    return stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp


def _looks_like_date_line(line: str) -> bool:
    core = _DATE_PREFIX.sub("", line.strip())
    return (len(core) <= 60 and bool(_YEAR.search(core))
            and (bool(_MONTH.search(core)) or bool(re.fullmatch(r"[\d\s/.:T+\-Z]+", core)))
            and parse_date(core) is not None)


_NAME_PARTICLES = {"and", "de", "van", "von", "der", "den", "da", "di", "del", "la", "le", "bin",
                   "al", "el", "&"}


def _looks_like_byline(line: str) -> str | None:
    """The author name if ``line`` is a byline ("By Jane Roe", "Andrew Cummings"), else None."""
    text = line.strip()
    text = re.sub(r"^(by|written by|words by)\s+", "", text, flags=re.I).strip()
    text = re.sub(r"\s*[,|/\-–—]\s*(staff|correspondent|reporter)\b.*$", "", text, flags=re.I)
    if not text or len(text) > 80 or text[-1] in ".!?:;\"'”’)" or _YEAR.search(text):
        return None
    words = re.split(r"\s+", text.replace(",", " , ").strip())
    names = [w for w in words if w != ","]
    if not 2 <= len(names) <= 8:
        return None
    for word in names:
        if word.lower() in _NAME_PARTICLES:
            continue
        if not (word[0].isupper() and re.fullmatch(r"[\w.'’\-]+", word)):
            return None
    return text


_OUTLET = re.compile(
    r"^(?:(?:other|more)\s+(?:reports|stories|articles|news|coverage)\s+(?:by|from|at|on)"
    r"|read\s+more\s+(?:at|on|from)|source\s*:|originally\s+published\s+(?:by|at|on|in)"
    r"|(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?)\s*(?P<source>.+?)\s*\.?$",
    re.I,
)


def split_outlet_line(body: str) -> tuple[str, str | None]:
    """Remove a trailing outlet line ("Other reports by iNewsToday") from ``body``.

    Returns:
        ``(body without that paragraph, outlet name or None)``.
    """
    stripped = body.rstrip()
    cut = stripped.rfind("\n\n")
    last = stripped[cut + 2:] if cut >= 0 else stripped
    if cut < 0 or "\n" in last.strip() or len(last) > 100:
        return stripped, None
    match = _OUTLET.match(last.strip())
    if not match:
        return stripped, None
    return stripped[:cut].rstrip(), match.group("source").strip()


def parse_plain_text(raw: str) -> dict[str, Any]:
    """Split a plain-text article into title, author, published, source and body text.

    Layout: title line, blank line, optional byline and/or date lines (a short block of one to
    three lines), body paragraphs separated by blank lines, optional trailing outlet line. A file
    without a blank line after its first line is all body, with no title.

    Returns:
        A dict with keys ``title, author, published, source, text``. ``text`` keeps every
        character of the body as written (offsets later refer to it).
    """
    raw = raw.lstrip("\n").rstrip()
    title = author = published = None
    first, sep, rest = raw.partition("\n")
    if sep and rest.startswith("\n") and len(first.strip()) <= 300:
        title, body = first.strip(), rest.lstrip("\n")
    else:
        body = raw
    # A short header block (byline / date) before the body.
    block, sep, after = body.partition("\n\n")
    lines = [ln for ln in block.split("\n") if ln.strip()]
    if title is not None and sep and 1 <= len(lines) <= 3:
        found_author = found_date = None
        for ln in lines:
            if found_date is None and _looks_like_date_line(ln):
                found_date = parse_date(_DATE_PREFIX.sub("", ln.strip()))
            elif found_author is None and (name := _looks_like_byline(ln)):
                found_author = name
            else:
                break
        else:
            # A lone capitalised line ("Ewood Park" in a BBC match report) is body, not a byline:
            # a header block needs a date line or an explicit "By ...".
            explicit = re.match(r"\s*(by|written by)\s", lines[0], re.I) is not None
            if found_date is not None or explicit:
                author, published, body = found_author, found_date, after.lstrip("\n")
    body, source = split_outlet_line(body)
    return {"title": title, "author": author, "published": published, "source": source,
            "text": body}


def _clean(value: Any) -> str | None:
    """A metadata field as text (see :func:`text_value`), stripped; None when empty."""
    text = text_value(value)
    return text.strip() or None if text is not None else None


def _raw(value: Any) -> Any:
    """A text or date field as given (checked later, see :func:`_normalise`), None when empty."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, (list, tuple, dict)):
        return _clean(value)
    return None if value is None or isinstance(value, float) and pd.isna(value) else value


def _pick(record: dict[str, Any], key: str, override: str | None = None) -> Any:
    # the text and the date are checked later, with a note for what was changed
    clean = _raw if key in ("published", "text") else _clean
    if override is not None:
        return record.get(override)
    lowered = {str(k).lower(): k for k in record}
    for alias in FIELD_ALIASES[key]:
        if alias in lowered:
            value = clean(record[lowered[alias]])
            if value is not None:
                return value
    return None


def _record_from_mapping(obj: Any, path: str, line: int | None, text_field: str | None,
                         where: str) -> _Record:
    if not isinstance(obj, dict):
        raise LoadError("json", f"{where}: expected an object with a text field, got "
                                f"{type(obj).__name__}", line)
    text = _pick(obj, "text", text_field)
    if not isinstance(text, str) or not text.strip():
        wanted = repr(text_field) if text_field else "one of " + ", ".join(FIELD_ALIASES["text"])
        have = ", ".join(map(str, list(obj)[:12])) or "none"
        raise LoadError("no_text", f"{where}: no article text (expected {wanted}; fields: {have})",
                        line)
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    return _Record(text=text, path=path, title=_pick(obj, "title"), author=_pick(obj, "author"),
                   published=_pick(obj, "published"), source=_pick(obj, "source"),
                   url=_pick(obj, "url"), line=line)


# --------------------------------------------------------------------------------------------
# Readers: each yields _Record or LoadError (a bad record does not stop the file)


def _read_plain(path: Path) -> Iterator[_Record | LoadError]:
    parts = parse_plain_text(read_text_file(path))
    if not parts["text"].strip():
        raise LoadError("no_text", "no article body after the title")
    yield _Record(path=str(path), **parts)


def _read_jsonl(path: Path, text_field: str | None) -> Iterator[_Record | LoadError]:
    text = read_text_file(path)
    for number, line in enumerate(text.split("\n"), start=1):
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


def _guarded(build, where: str, line: int | None) -> "_Record | LoadError":
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


def _read_json(path: Path, text_field: str | None) -> Iterator[_Record | LoadError]:
    text = read_text_file(path)
    try:
        obj = json.loads(text)
    except RecursionError:
        raise LoadError("json", "JSON nested too deeply to read") from None
    except json.JSONDecodeError as exc:
        # Maybe JSON Lines saved as .json.
        if text.lstrip().startswith("{") and "\n{" in text:
            yield from _read_jsonl(path, text_field)
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
    for alias in FIELD_ALIASES[key]:
        if alias in lowered:
            return lowered[alias]
    return None


def _read_table(frame: pd.DataFrame, path: Path, text_field: str | None,
                lines: Iterable[int]) -> Iterator[_Record | LoadError]:
    text_col = _find_column(frame.columns, "text", text_field)
    if text_col is None:
        wanted = repr(text_field) if text_field else "one of " + ", ".join(FIELD_ALIASES["text"])
        raise LoadError("no_text", f"no text column (expected {wanted}; columns: "
                                   f"{', '.join(map(str, frame.columns)) or 'none'}); pass "
                                   f"text_column= to name it")
    cols = {key: _find_column(frame.columns, key, None)
            for key in ("title", "author", "published", "url", "source")}
    pick = {"published": _raw}
    for line, row in zip(lines, frame.to_dict("records")):
        text = row.get(text_col)
        if not isinstance(text, str) or not text.strip():
            yield LoadError("no_text", f"row {line}: empty text in column {text_col!r}", line)
            continue
        yield _guarded(lambda: _Record(
            text=text.replace("\r\n", "\n").replace("\r", "\n").strip(), path=str(path),
            line=line, **{key: pick.get(key, _clean)(row[col]) if col is not None else None
                          for key, col in cols.items()}), f"row {line}", line)


def _read_csv(path: Path, text_field: str | None) -> Iterator[_Record | LoadError]:
    """CSV/TSV with the standard library's reader: no field-size limit short of the file itself,
    and a row with more fields than the header is reported by its line and left out (a short
    row is padded with empty fields)."""
    import io as _io

    text = read_text_file(path)
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


def _read_parquet(path: Path, text_field: str | None) -> Iterator[_Record | LoadError]:
    import pyarrow

    try:
        frame = pd.read_parquet(path)
    except (OSError, pyarrow.ArrowException, ValueError) as exc:
        raise LoadError("unreadable", f"unreadable Parquet file: {exc}") from None
    yield from _read_table(frame, path, text_field, range(len(frame)))


def _read_html(path: Path) -> Iterator[_Record | LoadError]:
    import trafilatura

    html = read_text_file(path)
    if "<" not in html:
        raise LoadError("no_body", "not an HTML page (no markup)")
    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                          include_tables=False)
    except Exception as exc:  # trafilatura raises assorted errors on broken markup
        raise LoadError("no_body", f"HTML could not be parsed: {exc}") from None
    data = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    body = (data.get("text") or "").strip()
    title = _clean(data.get("title"))
    lines = [ln.strip() for ln in body.split("\n") if ln.strip()]
    if lines and title and lines[0] == title:
        lines = lines[1:]
    if sum(len(ln.split()) for ln in lines) < MIN_HTML_WORDS:
        raise LoadError("no_body", f"HTML page has no article body that trafilatura could find "
                                   f"(fewer than {MIN_HTML_WORDS} words of main text)")
    yield _Record(text="\n\n".join(lines), path=str(path), title=title,
                  author=_clean(data.get("author")), published=data.get("date"),
                  source=_clean(data.get("sitename")), url=_clean(data.get("url")))


def _read_file(path: Path, text_field: str | None) -> Iterator[_Record | LoadError]:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return _read_jsonl(path, text_field)
    if suffix in JSON_SUFFIXES:
        return _read_json(path, text_field)
    if suffix in CSV_SUFFIXES:
        return _read_csv(path, text_field)
    if suffix in PARQUET_SUFFIXES:
        return _read_parquet(path, text_field)
    if suffix in HTML_SUFFIXES:
        return _read_html(path)
    return _read_plain(path)


def _unsupported(path: Path) -> LoadError | None:
    if path.suffix.lower() in SUPPORTED_SUFFIXES:
        return None
    known = ", ".join(sorted(x for x in SUPPORTED_SUFFIXES if x))
    return LoadError("unsupported", f"unsupported file type {path.suffix!r}; expected one of "
                                    f"{known} or no extension")


def _broken_link(path: Path) -> LoadError | None:
    """A symbolic link that leads nowhere (dangling) or to itself (a loop), else None."""
    if not path.is_symlink():
        return None
    try:
        path.resolve(strict=True)
    except RuntimeError:  # Python < 3.13 reports a loop so
        return LoadError("unreadable", "symbolic link loop; nothing to read")
    except OSError as exc:
        if exc.errno == 40:  # ELOOP
            return LoadError("unreadable", "symbolic link loop; nothing to read")
        return LoadError("not_found", f"dangling symbolic link to {os.readlink(path)!r}")
    return None


def _walk(folder: Path) -> Iterator[tuple[Path, LoadError | None]]:
    """Files under ``folder`` in a stable order; symbolic links to folders are followed once
    (a link back up the tree is not followed again); unreadable folders and broken links are
    reported."""
    found: list[tuple[Path, LoadError | None]] = []
    seen: set[str] = {os.path.realpath(folder)}

    def unreadable(exc: OSError) -> None:
        found.append((Path(exc.filename or folder), LoadError(
            "unreadable", f"cannot read folder: {exc.strerror or exc}")))

    for root, dirs, files in os.walk(folder, onerror=unreadable, followlinks=True):
        base = Path(root)
        keep = []
        for name in sorted(dirs):
            if name.startswith("."):
                continue
            real = os.path.realpath(base / name)
            if real in seen:
                found.append((base / name, LoadError(
                    "unreadable", "folder link back into a folder already read; not read "
                                  "twice")))
                continue
            seen.add(real)
            keep.append(name)
        dirs[:] = keep
        for name in files:
            if name.startswith(".") or IGNORED_NAMES.match(name):
                continue
            child = base / name
            found.append((child, _broken_link(child) or _unsupported(child)))
    # broken links come among the files: os.scandir cannot tell they are folders
    return iter(sorted(found, key=lambda item: item[0]))


def iter_input_files(*paths: str | Path) -> Iterator[tuple[Path, LoadError | None]]:
    """Every file to read, in a stable order, as ``(path, None)``; folders are searched recursively.

    Hidden files and folders (``.name``) and documentation files (README, LICENSE…) inside
    folders are skipped. A file with an unsupported extension, a dangling or looping symbolic
    link, an unreadable folder, or a path that does not exist comes as ``(path, LoadError)``.
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from _walk(path)
        elif path.is_file():
            yield path, None
        else:
            yield path, _broken_link(path) or LoadError("not_found", "no such file or folder")


def _normalise(rec: _Record) -> list[LoadError]:
    """Bring one record to the table's types in place: text without lone surrogates, metadata as
    strings, ``published`` a timestamp or None. Returns the notes to report (``repaired``,
    ``bad_date``); the record is kept either way."""
    notes = []
    where = f"line {rec.line}: " if rec.line is not None else ""
    text = clean_text(rec.text)
    if text != rec.text:
        notes.append(LoadError("repaired", f"{where}lone surrogate characters (invalid "
                                           f"Unicode) replaced by U+FFFD", rec.line))
        rec.text = text
    for name in ("title", "author", "source", "url"):
        setattr(rec, name, _clean(getattr(rec, name)))
    raw = rec.published
    rec.published = parse_date(raw)
    if rec.published is None and raw is not None and not (isinstance(raw, str) and not raw):
        shown = repr(raw) if len(repr(raw)) <= 60 else repr(raw)[:57] + "..."
        notes.append(LoadError("bad_date", f"{where}unreadable date {shown}; published left "
                                           f"empty (NaT)", rec.line))
    return notes


def _finish(records: list[_Record]) -> pd.DataFrame:
    rows = []
    for rec in records:
        rows.append({
            "article_id": article_id_for(rec.text), "title": rec.title, "author": rec.author,
            "published": rec.published, "source": rec.source, "url": rec.url,
            "path": rec.path, "text": rec.text,
        })
    frame = pd.DataFrame(rows, columns=ARTICLE_COLUMNS)
    frame["published"] = pd.to_datetime(frame["published"], utc=True)
    for col in ("article_id", "title", "author", "source", "url", "path", "text"):
        frame[col] = frame[col].astype("object")
    return frame.reset_index(drop=True)


def _where(path: str, line: int | None) -> str:
    return f"{path}:{line}" if line is not None else path


def load_articles(
    *paths: str | Path,
    errors: Literal["warn", "collect", "raise", "ignore"] = "warn",
    text_column: str | None = None,
    duplicates: Literal["keep", "drop"] = "keep",
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
    records: list[_Record] = []
    problems: list[dict[str, Any]] = []
    seen: dict[str, str] = {}

    def report(path: str, err: LoadError) -> None:
        if errors == "raise" and err.problem not in WARNING_PROBLEMS:
            raise ValueError(f"{_where(path, err.line)}: {err.message}") from None
        problems.append({"path": path, "line": err.line, "problem": err.problem,
                         "message": err.message})

    for item, problem in iter_input_files(*paths):
        if problem is not None:
            report(str(item), problem)
            continue
        try:
            for rec in _read_file(item, text_column):
                if isinstance(rec, LoadError):
                    report(str(item), rec)
                    continue
                for note in _normalise(rec):
                    report(rec.path, note)
                key = article_id_for(rec.text)
                if key in seen:
                    kept = "kept, same article_id" if duplicates == "keep" else "skipped"
                    report(rec.path, LoadError("duplicate", f"same text as {seen[key]} "
                                                            f"({kept})", rec.line))
                    if duplicates == "drop":
                        continue
                else:
                    seen[key] = _where(rec.path, rec.line)
                records.append(rec)
        except LoadError as err:
            report(str(item), err)
        except RecursionError:
            report(str(item), LoadError("json", "value nested too deeply to read"))
        except (OSError, ValueError, TypeError, ArithmeticError, UnicodeError, LookupError,
                RuntimeError) as exc:  # a failure nobody foresaw costs this file only
            report(str(item), LoadError("unreadable", f"cannot read this file "
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
        warnings.warn(f"{len(real)} input(s) could not be loaded: {shown}{more}. See "
                      f"result.attrs['errors'].", stacklevel=2)
    return articles
