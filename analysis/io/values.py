"""Values as the articles table holds them: ids from the text, text without lone surrogates,
metadata as strings, dates as UTC timestamps (never an exception)."""

from __future__ import annotations

import hashlib
import re
import warnings
from datetime import datetime
from typing import Any

import pandas as pd

_DATE_PREFIX = re.compile(r"^(published|posted|updated|date|last updated)\s*[:\-]?\s*", re.I)


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
        try:  # ISO 8601, the common case, without pandas' format guessing (20x faster)
            stamp = pd.Timestamp(datetime.fromisoformat(text.replace("Z", "+00:00")))
        except ValueError:
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    stamp = pd.Timestamp(pd.to_datetime(text, utc=False))
            except (ValueError, TypeError, OverflowError):
                return None
    if pd.isna(stamp):
        return None
    return stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp


def clean_field(value: Any) -> str | None:
    """A metadata field as text (see :func:`text_value`), stripped; None when empty."""
    text = text_value(value)
    return text.strip() or None if text is not None else None


def raw_field(value: Any) -> Any:
    """A text or date field as given (checked later, see :func:`_normalise`), None when empty."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, (list, tuple, dict)):
        return clean_field(value)
    return None if value is None or isinstance(value, float) and pd.isna(value) else value
