"""Audit answers turned into corrections: :func:`to_corrections`.

An audit (``data/audit/NAME.csv``: one row per item judged, see :mod:`analysis.audit`) says where
the tool is wrong; the corrections file (:mod:`analysis.assembly.corrections`) makes the next
run right. Per judged item:

* a quote judged ``not_a_quote`` → a ``not_a_quote`` correction of that quote;
* an item judged ``wrong_speaker`` with a ``correct_speaker`` → a ``speaker`` correction of the
  item's quote (for a source item: its first quote, the one the audit row names);
* an item whose ``gender_verdict`` is ``wrong`` with a ``correct_gender`` → a ``gender``
  correction of the person who really spoke (the answers give the real speaker's gender): the
  item's actor (the quote's ``speaker_actor``; for a source item, the person) — or, when the
  item is judged ``wrong_speaker``, the ``correct_speaker`` (its name after ``person:`` when
  written so; none when it is not a person, ``organization: …``, or not given), never the
  wrong speaker the engine named.

Quote corrections carry the quote's ``quote_id``, ``article_id`` and offsets, so a later edit
of the article makes them stale rather than wrong. Other answers (right, wrong span, not a
source, a wrong speaker without the right one) make no correction. The ``note`` names the
audit and item (and keeps the labeller's note).
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from .. import config
from ..assembly.corrections import CORRECTION_COLUMNS, append_corrections
from .answers import load

def to_corrections(name: str, directory: str | os.PathLike[str] | None = None,
                   path: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """Turn the answers of audit ``name`` into corrections and add them to the corrections
    file (see the module docstring).

    Args:
        name: the audit (``<directory>/<name>.csv``).
        directory: where audits live (default ``data/audit/``).
        path: the corrections file to add to (default ``data/corrections.csv``:
            :data:`analysis.config.CORRECTIONS_FILE`; created with its header when absent).
            Rows it already has are not added again, so running this after more answers adds
            only the new ones; its other lines are kept as they are.

    Returns:
        The correction rows the audit gives (:data:`~analysis.assembly.corrections.
        CORRECTION_COLUMNS`), with ``added``: whether the row was new to the file.

    Raises:
        FileNotFoundError: no such audit.
        ValueError: a bad name; an audit :func:`~analysis.audit.load` refuses (missing
            columns, answers not allowed: naming file, row and value); a corrections file that
            cannot be read (``CorrectionError``, naming file and line).
    """
    frame = load(name, directory)  # checked: columns, allowed answers, named errors
    rows = []
    for item in frame.itertuples(index=False):
        rows.extend(_corrections_of(item, name))
    derived = pd.DataFrame(rows, columns=list(CORRECTION_COLUMNS))
    target = Path(path) if path is not None else config.CORRECTIONS_FILE
    if derived.empty:
        return derived.assign(added=pd.Series(dtype=bool))
    added = append_corrections(derived, target)
    key = ["kind", "quote_id", "article_id", "start", "end", "actor", "value"]
    new = set(map(tuple, added[key].astype(str).replace("<NA>", "").to_numpy()))
    flags = [tuple(r) in new for r in derived[key].astype(str).to_numpy()]
    return derived.assign(added=flags)


def _corrections_of(item, audit: str) -> list[dict]:
    """The corrections one audit row gives (none, one or two)."""
    def text(value) -> str:
        return "" if value is None or value is pd.NA else str(value).strip()

    note = f"audit {audit}, item {text(item.item_id)}" + \
        (f": {text(item.note)}" if text(item.note) else "")
    def offset(value) -> str:  # "101", or "101.0" as a spreadsheet may save it
        value = text(value)
        return value[:-2] if value.endswith(".0") and value[:-2].isdigit() else value

    quote = {"quote_id": text(item.quote_id), "article_id": text(item.article_id),
             "start": offset(item.start), "end": offset(item.end)}
    verdict = text(item.verdict)
    out = []
    if verdict == "not_a_quote" and text(item.item) == "quote":
        out.append({"kind": "not_a_quote", **quote, "actor": "", "value": "", "note": note})
    elif verdict == "wrong_speaker" and text(item.correct_speaker):
        out.append({"kind": "speaker", **quote, "actor": "",
                    "value": text(item.correct_speaker), "note": note})
    if text(item.gender_verdict) == "wrong" and text(item.correct_gender):
        if verdict == "wrong_speaker":  # the gender is the real speaker's, not the engine's
            kind, colon, named = text(item.correct_speaker).partition(":")
            actor = named.strip() if colon and kind.strip().lower() == "person" else (
                "" if colon else kind)
        else:
            actor = text(item.speaker_actor)
            if not actor and text(item.item) == "source":
                actor = text(item.item_id).partition("|")[2]
        if actor:
            out.append({"kind": "gender", "quote_id": "", "article_id": "", "start": "",
                        "end": "", "actor": actor, "value": text(item.correct_gender),
                        "note": note})
    return out
