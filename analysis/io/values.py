"""Values as the articles table holds them: ids from the text, text without lone surrogates,
metadata as strings (lists joined), file names as valid Unicode, dates as UTC timestamps in
pandas' range (never an exception)."""

from __future__ import annotations

import hashlib
import re
import warnings
from datetime import datetime
from typing import Any

import numpy as np
import pandas as pd

_DATE_PREFIX = re.compile(r"^(published|posted|updated|date|last updated)\s*[:\-]?\s*", re.I)


def article_id_for(text: str) -> str:
    """A stable id derived from the article text (16 hex digits of BLAKE2b).

    The same text always gets the same id, wherever and however often it is loaded.
    """
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


class BadId(ValueError):
    """A given id that cannot name an article (blank, or not a text or a number)."""


def given_id(value: Any) -> str:
    """An id given with an article (an ``id``/``article_id``/… field) as the table holds it: a
    string, stripped. Numbers become their text (``42`` and ``42.0`` → ``"42"``).

    Raises:
        BadId: a blank value (None, NaN, empty or white space), a boolean, or a value that is
            neither a text nor a number (a list, an object).
    """
    if isinstance(value, (bool, np.bool_)):
        raise BadId(f"{value!r} is not an id (expected a text or a number)")
    if isinstance(value, (np.integer, np.floating)):
        value = value.item()
    if isinstance(value, float) and value == value and value.is_integer():
        value = int(value)
    if value is None or value is pd.NA or isinstance(value, float) and value != value:
        raise BadId("blank id")
    if isinstance(value, (int, float)):
        return str(value)
    if not isinstance(value, str):
        raise BadId(f"an id must be a text or a number, not {type(value).__name__}")
    text = clean_text(value.strip())
    if not text:
        raise BadId("blank id")
    return text


_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """``text`` with lone surrogate code points (from a JSON ``"\\ud800"`` escape, say), which no
    encoding can write, replaced by U+FFFD; every other character, and so every offset, kept."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")


def path_text(path: Any) -> str:
    """A file name as the tables show it: always valid Unicode.

    On POSIX, Python hands over a name that is not valid UTF-8 with each undecodable byte as a
    lone surrogate (``surrogateescape``: byte ``0xff`` is ``"\\udcff"``), which no encoding can
    write. Each such byte is shown as a ``\\xNN`` escape (``caf\\xff.txt``), any other lone
    surrogate as U+FFFD; a valid name is returned as it is. Only for showing: the file itself is
    opened through its real name."""
    text = str(path)
    if not _SURROGATE.search(text):
        return text
    text = _ESCAPED_BYTE.sub(lambda m: f"\\x{ord(m.group()) - 0xDC00:02x}", text)
    return clean_text(text)


def text_value(value: Any) -> str | None:
    """A metadata value as the tables hold it: a string, or None when missing.

    Numbers become their text (``2021`` and ``2021.0`` → ``"2021"``), a list, tuple or
    one-dimensional array (a Parquet list column's cell) its items joined by ", " (None when it
    has none), a mapping its ``name``; None, NaN and NA become None. Nothing else is changed.
    """
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float):
        return None if value != value else str(int(value)) if value.is_integer() else str(value)
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, np.ndarray):  # a 0-d array's tolist() is its scalar
        return text_value(value.tolist())
    if isinstance(value, (np.integer, np.floating, np.bool_)):
        return text_value(value.item())
    if isinstance(value, (list, tuple)):
        parts = [t for t in (text_value(v) for v in value) if t and t.strip()]
        return ", ".join(p.strip() for p in parts) or None
    if isinstance(value, dict):
        return text_value(value.get("name"))
    return clean_text(str(value))


# pandas' timestamps count nanoseconds in 64 bits: 1677-09-21 to 2262-04-11
OUT_OF_RANGE = (f"outside the dates pandas can hold ({pd.Timestamp.min:%Y-%m-%d} to "
                f"{pd.Timestamp.max:%Y-%m-%d})")


def parse_date(value: Any) -> pd.Timestamp | None:
    """A timezone-aware nanosecond timestamp (UTC when the input has no zone), or None if not a
    date.

    Never raises: a value out of pandas' range (the year 3000 or 1500, a number of seconds that
    overflows) or of the wrong type is None (:func:`read_date` also says why)."""
    return read_date(value)[0]


def read_date(value: Any) -> tuple[pd.Timestamp | None, str | None]:
    """``(timestamp, None)`` for a date (see :func:`parse_date`), ``(None, None)`` for a
    missing or empty value, ``(None, why)`` for a value that is not a usable date: ``why`` is
    :data:`OUT_OF_RANGE` for a date outside pandas' range, else ``"unreadable date"``."""
    try:
        stamp = _parse_date(value)
    except (pd.errors.OutOfBoundsDatetime, OverflowError):
        return None, OUT_OF_RANGE
    except (ValueError, TypeError, ArithmeticError):
        stamp = None  # not a date at all
    if stamp is not None:
        return stamp, None
    if isinstance(value, str) and not value.strip() or value is None or (
            pd.api.types.is_scalar(value) and bool(pd.isna(value))):
        return None, None
    return None, "unreadable date"


def date_note(value: Any, why: str) -> str:
    """The message of a ``bad_date`` note: the value (shortened) and why it was not kept."""
    if isinstance(value, (np.integer, np.floating)):
        value = value.item()
    shown = repr(value) if len(repr(value)) <= 60 else repr(value)[:57] + "..."
    if why == "unreadable date":
        return f"unreadable date {shown}; published left empty (NaT)"
    return f"date {shown} is {why}; published left empty (NaT)"


def _parse_date(value: Any) -> pd.Timestamp | None:
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        return None
    if isinstance(value, (bool, np.bool_)):
        return None
    if isinstance(value, (np.integer, np.floating)):
        value = value.item()
    if isinstance(value, (int, float)):
        if value != value or value in (float("inf"), float("-inf")):
            return None
        unit = "ms" if abs(value) > 1e11 else "s"
        stamp = pd.to_datetime(value, unit=unit, utc=True)  # out of range: raises
        return None if pd.isna(stamp) else stamp.as_unit("ns")
    if isinstance(value, (pd.Timestamp, np.datetime64)) or hasattr(value, "year"):
        stamp = pd.Timestamp(value)
    else:
        text = _DATE_PREFIX.sub("", str(value).strip())
        if not text or len(text) > 60:
            return None
        try:  # ISO 8601, the common case, without pandas' format guessing (20x faster)
            stamp = pd.Timestamp(datetime.fromisoformat(text.replace("Z", "+00:00")))
        except ValueError:
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    stamp = pd.Timestamp(pd.to_datetime(text, utc=False))
            except pd.errors.OutOfBoundsDatetime:
                raise
            except (ValueError, TypeError, OverflowError):
                return None
    if pd.isna(stamp):
        return None
    stamp = stamp.as_unit("ns")  # the year 3000 (or 1500) raises OutOfBoundsDatetime here
    return stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp


def clean_field(value: Any) -> str | None:
    """A metadata field as text (see :func:`text_value`), stripped; None when empty."""
    text = text_value(value)
    return text.strip() or None if text is not None else None


def raw_field(value: Any) -> Any:
    """A text or date field as given (checked later, see :func:`_normalise`), None when empty."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, (list, tuple, dict, np.ndarray)):
        return clean_field(value)
    return None if value is None or isinstance(value, float) and pd.isna(value) else value
