"""The alias table: surface forms of one actor → its canonical name (and label).

The packaged ``data/aliases.csv`` ("US", "U.S.", "USA", "America", "United States" → "United
States"; "ISIS", "Islamic State group" → "Islamic State"…), extendable with your own table
(:func:`read_aliases`): every row is checked before anything is parsed. Used per article by
:mod:`analysis.engine.canonical` (and to grow mentions the NER cut short).
"""

from __future__ import annotations

import csv
import io
import re
from functools import lru_cache
from pathlib import Path
from typing import Iterator, Mapping

import pandas as pd

from .. import lexicons
from ..vocab import ENTITY_LABELS


class AliasTable:
    """Surface form → ``(canonical name, label or None)``; case-insensitive for forms > 3 chars.

    Short forms ("US", "IS", "WHO") match only exactly, so "us" or "Who" never hit them.
    """

    def __init__(self, table: Mapping[str, tuple[str, str | None]]):
        self.exact = dict(table)
        self.folded = {a.lower(): v for a, v in self.exact.items() if len(a) > 3}
        multi = sorted((a for a in self.exact if " " in a), key=len, reverse=True)
        # Multi-word names, to grow a mention the NER cut short ("Islamic" → "Islamic State group").
        self.pattern = (re.compile(r"\b(?:" + "|".join(map(re.escape, multi)) + r")\b")
                        if multi else None)

    def lookup(self, name: str) -> tuple[str, str | None] | None:
        """The ``(canonical, label)`` for ``name``, or None."""
        hit = self.exact.get(name)
        if hit is None and len(name) > 3:
            hit = self.folded.get(name.lower())
        return hit

    def __len__(self) -> int:
        return len(self.exact)

    def canonical_labels(self) -> dict[str, str]:
        """``{canonical name: label}`` for the rows that give a label."""
        return {canon: label for canon, label in self.exact.values() if label}


class AliasError(ValueError):
    """An alias table that cannot be used; the message names the file (or "aliases DataFrame",
    "aliases mapping"), the row and the bad value."""


ALIAS_COLUMNS = ("alias", "canonical")  # required; ``label`` (and any other column) optional


def _blank(value) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and value != value) \
        or (isinstance(value, str) and not value.strip())


def alias_label(value, where: str) -> str | None:
    """An alias row's label: None when blank, else one of spaCy's labels
    (:data:`analysis.vocab.ENTITY_LABELS`), any case accepted ("person" → "PERSON").

    Raises:
        AliasError: the label is not text or not a spaCy label (a typo such as "PERSN"),
            naming ``where``, the value and the valid labels.
    """
    if _blank(value):
        return None
    if isinstance(value, str) and value.strip().upper() in ENTITY_LABELS:
        return value.strip().upper()
    raise AliasError(f"{where}: label {value!r} is not a spaCy entity label; expected one of "
                     f"{', '.join(ENTITY_LABELS)} (or blank)")


def _alias_text(value, column: str, where: str) -> str | None:
    if _blank(value):
        return None
    if not isinstance(value, str):
        raise AliasError(f"{where}: {column} {value!r} is {type(value).__name__}, not text")
    return value.strip()


def _check_columns(columns, where: str) -> None:
    missing = [c for c in ALIAS_COLUMNS if c not in set(columns)]
    if missing:
        raise AliasError(f"{where}: alias table lacks column(s) {', '.join(missing)}; expected "
                         f"alias, canonical and optionally label (found: "
                         f"{', '.join(map(str, columns)) or 'no columns'})")


def _csv_rows(text: str, where: str) -> Iterator[tuple[str, object, object, object]]:
    """``(where-and-line, alias, canonical, label)`` per row of an alias CSV; blank lines
    skipped."""
    reader = csv.reader(io.StringIO(text))
    header = next((row for row in reader if any(c.strip() for c in row)), None)
    if header is None:
        raise AliasError(f"{where}: empty alias table; expected a header row alias,canonical"
                         f"[,label] and rows")
    names = [c.strip().lstrip("\ufeff") for c in header]
    _check_columns(names, where)
    at = {name: names.index(name) for name in (*ALIAS_COLUMNS, "label") if name in names}
    for row in reader:
        if not any(cell.strip() for cell in row):
            continue
        alias, canonical, label = (row[i] if i < len(row) else None for i in
                                   (at["alias"], at["canonical"], at.get("label", len(row))))
        yield f"{where}, line {reader.line_num}", alias, canonical, label


def _frame_rows(frame: pd.DataFrame, where: str) -> Iterator[tuple[str, object, object, object]]:
    _check_columns(list(frame.columns), where)
    labels = frame["label"] if "label" in frame.columns else [None] * len(frame)
    for position, (index, alias, canonical, label) in enumerate(
            zip(frame.index, frame["alias"], frame["canonical"], labels), start=1):
        yield f"{where}, row {position} (index {index!r})", alias, canonical, label


def _mapping_rows(source: Mapping, where: str) -> Iterator[tuple[str, object, object, object]]:
    for alias, value in source.items():
        at = f"{where}, alias {alias!r}"
        if isinstance(value, str) or _blank(value):
            yield at, alias, value, None
        elif isinstance(value, (tuple, list)) and 1 <= len(value) <= 2:
            yield at, alias, value[0], value[1] if len(value) > 1 else None
        else:
            raise AliasError(f"{at}: {value!r} is neither a canonical name nor a (canonical, "
                             f"label) pair")


@lru_cache(maxsize=1)
def _packaged_aliases() -> tuple[tuple[str, str, str | None], ...]:
    return tuple(_checked_rows(_csv_rows(lexicons.data_text("aliases.csv"),
                                         "analysis/data/aliases.csv")))


def _checked_rows(rows) -> Iterator[tuple[str, str, str | None]]:
    for where, alias, canonical, label in rows:
        alias = _alias_text(alias, "alias", where)
        canonical = _alias_text(canonical, "canonical", where)
        label = alias_label(label, where)
        if alias is None and canonical is None and label is None:
            continue  # an empty row
        if alias is None or canonical is None:
            raise AliasError(f"{where}: a row needs both an alias and a canonical name "
                             f"(alias {alias!r}, canonical {canonical!r})")
        yield alias, canonical, label


def read_aliases(source: str | Path | pd.DataFrame | Mapping[str, str] | None = None,
                 *, include_default: bool = True) -> AliasTable:
    """Build the alias lookup: surface form → (canonical name, label or None).

    Every row is checked before anything is parsed (``analyze`` builds its table first): a
    row needs an alias and a canonical name (text); a label is blank or one of spaCy's labels
    (:data:`analysis.vocab.ENTITY_LABELS`), in any case ("person" is read as "PERSON").
    Blank rows (and blank lines of a file) are skipped.

    Args:
        source: your own table: a CSV path (UTF-8) or DataFrame with columns ``alias,
            canonical`` and optionally ``label`` (other columns, such as ``note``, are
            ignored), or a mapping ``{alias: canonical}`` (or ``{alias: (canonical,
            label)}``). Your rows override the default rows with the same alias.
        include_default: start from the packaged ``data/aliases.csv`` (default) or from nothing.

    Returns:
        A new :class:`AliasTable` (the packaged file is not modified).

    Raises:
        AliasError: (a ValueError) the table lacks the ``alias`` or ``canonical`` column, a
            row lacks one of them or holds a value that is not text, or a label is not a spaCy
            label; the message names the file (or "aliases DataFrame", "aliases mapping"), the
            line or row, the bad value and the valid labels.
        OSError: the file cannot be read.
    """
    rows: list[tuple[str, str, str | None]] = list(_packaged_aliases()) if include_default \
        else []
    if source is not None:
        if isinstance(source, Mapping):
            rows += _checked_rows(_mapping_rows(source, "aliases mapping"))
        elif isinstance(source, pd.DataFrame):
            rows += _checked_rows(_frame_rows(source, "aliases DataFrame"))
        else:
            try:
                text = Path(source).read_text(encoding="utf-8-sig")
            except UnicodeDecodeError as exc:
                raise AliasError(f"{source}: not UTF-8 text ({exc.reason} at byte "
                                 f"{exc.start})") from None
            rows += _checked_rows(_csv_rows(text, str(source)))
    return AliasTable({alias: (canonical, label) for alias, canonical, label in rows})
