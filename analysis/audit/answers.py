"""Where audits live and how their answers are read and written.

An audit named NAME is the CSV ``<directory>/NAME.csv`` (:func:`audit_path`; ``directory``
defaults to ``data/audit/`` under the project root, git-ignored), one row per item, the columns
:data:`~analysis.audit.items.AUDIT_COLUMNS`. It is written the way this package writes every CSV
(:func:`analysis.csvsafe.write_csv`: safe to open in a spreadsheet) and always atomically: the
new content goes to a temporary file in the same folder, which then replaces the old one
(``os.replace``), so a kill at any moment leaves either the old or the new file, never half of
one. Beside it, ``NAME.draws.json`` records how the sample was drawn (see
:func:`analysis.audit.sample`).
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

from .. import config
from ..csvsafe import read_csv, write_csv
from .items import (AUDIT_COLUMNS, CORRECT_GENDERS, GENDER_VERDICTS, VERDICTS, YES_NO,
                    typed)

_NAME = re.compile(r"[A-Za-z0-9_.-]+")
#: the answer columns :func:`record` sets, and the values each allows ("" clears an answer;
#: ``verdict`` depends on the item kind: :data:`~analysis.audit.items.VERDICTS`; None: free text)
ALLOWED: dict[str, tuple[str, ...] | None] = {
    "verdict": None, "speaker_type_ok": YES_NO, "gender_verdict": GENDER_VERDICTS,
    "correct_speaker": None, "correct_gender": CORRECT_GENDERS, "note": None}


def default_directory() -> Path:
    """``data/audit/`` under the project root."""
    return config.PROJECT_ROOT / "data" / "audit"


def _checked_name(name: str) -> str:
    if not isinstance(name, str) or not _NAME.fullmatch(name) or name in (".", ".."):
        raise ValueError(f"audit name {name!r} is not a plain file stem (letters, digits, "
                         f"'_', '.', '-')")
    return name


def audit_path(name: str, directory: str | os.PathLike[str] | None = None) -> Path:
    """``<directory>/<name>.csv`` (``directory`` default ``data/audit/`` under the project
    root). A name that is not a plain file stem (``[A-Za-z0-9_.-]+``) is a ValueError."""
    folder = default_directory() if directory is None else Path(directory)
    return folder / f"{_checked_name(name)}.csv"


def draws_path(name: str, directory: str | os.PathLike[str] | None = None) -> Path:
    """``<directory>/<name>.draws.json``: how the audit was drawn (seed, item, strata, the
    articles each drawing saw)."""
    return audit_path(name, directory).with_suffix(".draws.json")


def _replace(path: Path, write) -> None:
    """Call ``write(temporary_path)`` then move that file onto ``path`` atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        write(tmp)
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write(frame: pd.DataFrame, path: Path) -> None:
    """Write audit rows to ``path`` atomically (UTF-8, header, no index, ``\\n`` line ends)."""
    rows = typed(frame[list(AUDIT_COLUMNS)])
    _replace(path, lambda tmp: write_csv(rows, tmp, index=False, lineterminator="\n",
                                         encoding="utf-8"))


def write_json(data: dict, path: Path) -> None:
    """Write ``data`` as JSON to ``path`` atomically."""
    def dump(tmp):
        with open(tmp, "w", encoding="utf-8") as handle:
            json.dump(data, handle, indent=1, sort_keys=True)
            handle.write("\n")
    _replace(path, dump)


def problems(frame: pd.DataFrame) -> list[str]:
    """The answers of ``frame`` (audit rows) that are not allowed values, as messages naming
    the row, the item, the column and the value (empty when all are fine)."""
    found = []
    for col, allowed in ALLOWED.items():
        values = frame[col]
        if col == "verdict":
            ok = pd.Series(False, index=frame.index)
            for item, verdicts in VERDICTS.items():
                ok |= (frame["item"] == item) & values.isin(verdicts)
        elif allowed is None:
            continue
        else:
            ok = values.isin(allowed)
        for i in frame.index[~ok & (values != "")]:
            choices = VERDICTS.get(frame.at[i, "item"], ()) if col == "verdict" else allowed
            found.append(f"row {i + 2} (item {frame.at[i, 'item_id']!r}): {col}="
                         f"{values[i]!r} is not one of {', '.join(choices or ())} (or empty)")
    return sorted(found, key=lambda m: int(m.split()[1]))


def load(name: str, directory: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """The audit NAME: one row per item, columns
    :data:`~analysis.audit.items.AUDIT_COLUMNS` (answers as str, "" when empty; ``start``,
    ``end`` Int64; ``weight``, ``confidence`` float). A file filled in a spreadsheet is read the
    same way (columns it added are dropped).

    Raises:
        FileNotFoundError: no such audit (naming the path).
        ValueError: a column is missing, a ``weight`` is missing or not positive, an
            ``item_id`` is repeated, or an answer is not an allowed value (naming the file,
            row, item and value).
    """
    path = audit_path(name, directory)
    if not path.exists():
        raise FileNotFoundError(f"no audit {name!r}: {path} does not exist (draw it with "
                                f"analysis.audit.sample)")
    raw = read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    missing = [c for c in AUDIT_COLUMNS if c not in raw.columns]
    if missing:
        raise ValueError(f"{path}: not an audit file, column(s) missing: {', '.join(missing)}")
    try:
        frame = typed(raw[list(AUDIT_COLUMNS)])
    except (TypeError, ValueError) as err:
        raise ValueError(f"{path}: a number column (start, end, weight, confidence) holds "
                         f"text: {err}") from None
    bad_weight = frame.index[~(frame["weight"] > 0)]
    if len(bad_weight):
        rows = ", ".join(str(i + 2) for i in bad_weight[:5])
        raise ValueError(f"{path}: weight missing or not positive in row(s) {rows}: the weights "
                         f"come from the drawing; draw the sample again rather than edit them")
    repeated = frame["item_id"][frame["item_id"].duplicated()]
    if len(repeated):
        raise ValueError(f"{path}: item_id repeated: {', '.join(map(repr, repeated[:5]))}")
    bad = problems(frame)
    if bad:
        raise ValueError(f"{path}: {len(bad)} answer(s) not allowed: " + "; ".join(bad[:5]))
    return frame


def record(name: str, item_id: str, directory: str | os.PathLike[str] | None = None,
           **answers: str) -> pd.Series:
    """Set answer columns of one item of audit NAME and save the CSV at once (atomically).

    Only the columns given change (``verdict``, ``speaker_type_ok``, ``gender_verdict``,
    ``correct_speaker``, ``correct_gender``, ``note``; "" clears one); ``labelled_at`` is
    stamped with the current UTC time (ISO 8601, seconds).

    Returns:
        The item's row after the change.

    Raises:
        ValueError: an unknown item, an unknown answer column (``labelled_at`` included: it is
            stamped), or a value not allowed for that column (``verdict``: per item kind, see
            :data:`~analysis.audit.items.VERDICTS`) — the file is then left unchanged.
    """
    frame = load(name, directory)
    unknown = [c for c in answers if c not in ALLOWED]
    if unknown:
        raise ValueError(f"unknown answer column(s) {', '.join(map(repr, unknown))}; expected "
                         f"{', '.join(ALLOWED)}")
    rows = frame.index[frame["item_id"] == item_id]
    if len(rows) != 1:
        raise ValueError(f"audit {name!r} has no item {item_id!r}")
    row = rows[0]
    for col, value in answers.items():
        if value is None:
            value = ""
        if not isinstance(value, str):
            raise ValueError(f"{col}={value!r}: answers are text")
        allowed = VERDICTS[frame.at[row, "item"]] if col == "verdict" else ALLOWED[col]
        if value and allowed is not None and value not in allowed:
            raise ValueError(f"{col}={value!r} is not allowed for item {item_id!r} (a "
                             f"{frame.at[row, 'item']} item): expected one of "
                             f"{', '.join(allowed)} or ''")
        frame.at[row, col] = value
    frame.at[row, "labelled_at"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
    write(frame, audit_path(name, directory))
    return frame.loc[row]


def judged(frame: pd.DataFrame) -> pd.Series:
    """Whether each item has a ``verdict`` (the items a score can use)."""
    return frame["verdict"] != ""

