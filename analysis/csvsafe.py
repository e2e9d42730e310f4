"""CSV files that are safe to open in a spreadsheet (no formula injection).

An outlet, a title or an error message is user text; written into a CSV as it is, a cell that
starts with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return) runs as a formula when the
table is opened in Excel, LibreOffice or Google Sheets. As OWASP recommends ("CSV Injection"),
:func:`write_csv` prefixes such a string cell with a single quote ``'`` (the spreadsheet then
shows it as text) and encloses every string cell in double quotes (a separator, a quotation mark
or a line break inside stays in its cell; the standard library's writer would leave a lone
carriage return unquoted). Column names and index values are cells too and are treated the same
way. Only strings are touched: numbers (``-3``) are written bare and stay numbers.

A string that already starts with ``'`` gets one more, so the change can be undone exactly:
:func:`read_csv` (or :func:`restore` on one value) removes one leading ``'`` before any of
``= + - @ ' <tab> <CR>`` and gives back the strings that were written.
"""

from __future__ import annotations

import csv
import os
from typing import Any

import pandas as pd

# the first characters a spreadsheet reads as a formula (OWASP), and the quote itself so that
# a value starting with ' is written with one more and read back exactly
FORMULA_START = frozenset("=+-@\t\r")
_PREFIXED = FORMULA_START | {"'"}


def neutralise(value: Any) -> Any:
    """``value`` with a ``'`` in front if it is a string starting with ``= + - @``, a tab, a
    carriage return or ``'``; anything else unchanged."""
    if isinstance(value, str) and value[:1] in _PREFIXED:
        return "'" + value
    return value


def restore(value: Any) -> Any:
    """Undo :func:`neutralise`: one leading ``'`` removed where :func:`neutralise` added it."""
    if isinstance(value, str) and value[:1] == "'" and value[1:2] in _PREFIXED:
        return value[1:]
    return value


def _textual(dtype) -> bool:
    return (pd.api.types.is_object_dtype(dtype) or pd.api.types.is_string_dtype(dtype)
            or isinstance(dtype, pd.CategoricalDtype))


def _cells(values: pd.Series, change) -> pd.Series:
    if not _textual(values.dtype):
        return values
    if isinstance(values.dtype, pd.CategoricalDtype):
        return values.cat.rename_categories([change(c) for c in values.cat.categories])
    return values.map(change)


def _labels(index: pd.Index, change) -> pd.Index:
    if isinstance(index, pd.MultiIndex):
        levels = [_labels(level, change) for level in index.levels]
        index = index.set_levels(levels)
    elif _textual(index.dtype):
        index = index.map(change)
    return index.set_names([change(n) for n in index.names])


def _apply(frame: pd.DataFrame, change) -> pd.DataFrame:
    out = frame.copy()
    out.columns = pd.RangeIndex(frame.shape[1])  # by position: repeated names are fine
    for i in range(frame.shape[1]):
        out[i] = _cells(out[i], change)
    out.columns = _labels(frame.columns, change)
    out.index = _labels(frame.index, change)
    return out


def safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` whose string cells, column names and index labels are passed
    through :func:`neutralise` (what :func:`write_csv` writes)."""
    return _apply(frame, neutralise)


def restored_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` (as read from a CSV written by :func:`write_csv`) with every string
    cell, column name and index label passed through :func:`restore`."""
    return _apply(frame, restore)


def write_csv(frame: pd.DataFrame, path: str | os.PathLike[str], *, index: bool = True,
              **kwargs) -> None:
    """Write ``frame`` as CSV to ``path`` (``DataFrame.to_csv`` arguments), its string cells
    neutralised (:func:`safe_frame`) and enclosed in double quotes, numbers bare. The one way
    this package writes CSV."""
    kwargs.setdefault("quoting", csv.QUOTE_NONNUMERIC)
    safe_frame(frame).to_csv(path, index=index, **kwargs)


def read_csv(path: str | os.PathLike[str], **kwargs) -> pd.DataFrame:
    """Read a CSV written by :func:`write_csv` (``pandas.read_csv`` arguments): the strings
    come back as they were before :func:`neutralise`."""
    return restored_frame(pd.read_csv(path, **kwargs))
