"""How right the engine is, from an audit's answers: precision per field with 95% intervals,
per stratum and weighted to the corpus.

**Fields** (each a yes/no per judged item; the items it applies to):

* ``quote_span`` (quote items with a ``verdict``): the span is a quote — ``verdict`` is
  ``right`` or ``wrong_speaker``;
* ``speaker`` (quote items with a ``verdict``): quote and speaker both right — ``verdict`` is
  ``right``;
* ``speaker_type`` (quote items with ``speaker_type_ok``): ``yes``;
* ``gender`` (quote or source items with ``gender_verdict``): ``right``;
* ``source`` (source items with a ``verdict``): the person really is quoted in the article —
  ``verdict`` is ``right``.

An item without a ``verdict`` is *not judged yet*: it is left out of every field and counted
(``not_judged``). An item judged but without an answer for a field (no gender asked) is left out
of that field only.

**Per stratum** the precision is the share right, ``k / n``, with the Wilson score interval
(95%, z = 1.96).

**Weighted to the corpus** (the row ``stratum == "(corpus)"``): each design cell (a stratum of
one drawing wave: the rows sharing ``stratum`` and ``weight``) stands for ``N_c = weight ×
rows`` corpus items; its judged items share them equally (``w = N_c / judged_c``: items not
judged yet are taken to be like the judged ones of their cell — missing at random within the
cell); the precision is the ratio estimator ``sum(w·y) / sum(w)`` over the items the field
applies to. Its interval is the Wilson interval computed with an effective sample size in
place of ``n``: the smaller of the Kish size ``(sum w)² / sum(w²)`` (``= n`` when every weight
is equal, as with proportional allocation) and the design effective size ``p (1 − p) / V``,
``V`` the linearised variance of the stratified ratio (:func:`weighted_precision`). Kish's size
alone under-covers when the strata's precisions and judged shares differ (simulated: 92.8%);
the design size alone is optimistic when a stratum's answers all agree; the smaller of the two
covered 95% in the simulations of tests/test_audit_estimators.py. The finite-population
correction is not applied (the interval errs on the wide side).
Cells with no judged item are not covered: ``covered`` gives the share of the corpus items
represented.

**Recall is not reported**: the audit samples the engine's predictions, so a quote the engine
missed is never in it; recall needs a sample of articles read in full (the PolNeAR evaluation,
``python -m analysis evaluate``, gives recall on annotated news).
"""

from __future__ import annotations

import math
import os

import numpy as np
import pandas as pd

from .answers import load

Z95 = 1.959963984540054
#: the statement the score table carries (``attrs["recall"]``)
RECALL_NOTE = ("Recall is not estimated: the audit samples the engine's predictions, so the "
               "quotes it missed are not in it (see analysis.audit.score).")
CORPUS_ROW = "(corpus)"
#: field -> (item kind, the answer column that must be non-empty, the values that count right)
FIELDS = {
    "quote_span": ("quote", "verdict", ("right", "wrong_speaker")),
    "speaker": ("quote", "verdict", ("right",)),
    "speaker_type": ("quote", "speaker_type_ok", ("yes",)),
    "gender": (None, "gender_verdict", ("right",)),
    "source": ("source", "verdict", ("right",)),
}
#: the columns of a score table, in order, and what each holds
SCORE_COLUMNS = {
    "item": "quote or source",
    "field": "a key of FIELDS",
    "stratum": "a stratum, or (corpus) for the weighted corpus figure",
    "judged": "items the field was answered for",
    "right": "of them, those right",
    "precision": "share right (the corpus row: weighted)",
    "low": "95% interval, low end",
    "high": "95% interval, high end",
    "n_eff": "the sample size the interval uses",
    "not_judged": "items of the group without a verdict yet",
    "items": "corpus items the group stands for",
    "covered": "share of them in design cells with an answered item",
    "method": "the estimator and interval",
}


def wilson(k: float, n: float, z: float = Z95) -> tuple[float, float]:
    """The Wilson score interval of a proportion ``k / n`` (``n`` may be an effective size,
    not a whole number); (nan, nan) when ``n`` is 0."""
    if n <= 0:
        return (math.nan, math.nan)
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z / denom * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (max(0.0, centre - half), min(1.0, centre + half))


def cell_weights(frame: pd.DataFrame, used: pd.Series) -> pd.Series:
    """Each used item's share of the corpus: its design cell's population (``weight`` × the
    cell's rows; a cell = the rows sharing ``stratum`` and ``weight``) over the cell's used
    items; 0 for the others."""
    cell = frame["stratum"] + "\x1f" + frame["weight"].map(repr)
    population = frame.groupby(cell)["weight"].transform("sum")
    count = used.groupby(cell).transform("sum")
    return (population / count.where(count > 0)).where(used, 0.0).fillna(0.0)


def weighted_precision(y, w, cells=None) -> tuple[float, float, float, float]:
    """The weighted share of yes answers and its 95% interval: (p, low, high, n_eff).

    ``y``: 1/0 per judged item, nan where the field was not answered (the item stays in the
    design, outside the field's domain); ``w``: the items' weights; ``cells``: their design
    cells (None: one cell). ``p = sum(w·y) / sum(w)`` over the answered items; the interval is
    Wilson's with ``n_eff`` = the smaller of the Kish effective size ``(sum w)² / sum(w²)``
    and the design effective size ``p (1 − p) / V``, ``V`` the linearised (Taylor) variance of
    the ratio for a stratified sample (with-replacement formula: ``sum_h m_h / (m_h − 1) ·
    sum_i (w_i z_i − mean_h)²`` over ``sum(w)²``, ``z_i = y_i − p``; a cell of one item adds
    its ``(w z)²``). The Kish size alone misses unequal variances between strata; the design
    size alone is too small-sample-optimistic when a stratum's answers all agree: the smaller
    is taken. nan when there is no answer."""
    y, w = np.asarray(y, dtype=float), np.asarray(w, dtype=float)
    answered = ~np.isnan(y)
    wa = np.where(answered, w, 0.0)
    total = wa.sum()
    if not answered.any() or total <= 0:
        return (math.nan, math.nan, math.nan, 0.0)
    p = float((wa * np.nan_to_num(y)).sum() / total)
    n_eff = float(total ** 2 / (wa ** 2).sum())
    cells = np.zeros(len(y)) if cells is None else np.asarray(cells)
    u = wa * np.where(answered, np.nan_to_num(y) - p, 0.0)
    variance = 0.0
    for cell in pd.unique(cells):
        part = u[cells == cell]
        m = len(part)
        variance += (part ** 2).sum() if m == 1 else \
            m / (m - 1) * ((part - part.mean()) ** 2).sum()
    variance /= total ** 2
    if variance > 0 and 0 < p < 1:
        n_eff = min(n_eff, p * (1 - p) / variance)
    low, high = wilson(p * n_eff, n_eff)
    return (p, low, high, n_eff)


def _row(item, field, stratum, y, w, not_judged, items, covered, cells=None) -> dict:
    """One score row; ``cells`` given: the weighted corpus row (``y`` nan where the field was
    not answered), else a stratum's plain ``k / n``."""
    if cells is not None:
        p, low, high, n_eff = weighted_precision(y, w, cells)
        y = y[~np.isnan(y)]
        n = int(len(y))
        method = "stratified ratio estimator; Wilson 95% on min(Kish, design) n_eff"
    else:
        n = int(len(y))
        n_eff, p = float(n), (float(y.mean()) if n else math.nan)
        low, high = wilson(float(y.sum()), n)
        method = "Wilson 95%"
    return {"item": item, "field": field, "stratum": stratum, "judged": n,
            "right": int(y.sum()), "precision": p, "low": low, "high": high, "n_eff": n_eff,
            "not_judged": int(not_judged), "items": float(items), "covered": covered,
            "method": method}


def score(name_or_frame: str | pd.DataFrame,
          directory: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """The precision of each field of an audit (its name, or its rows as
    :func:`analysis.audit.load` returns them), per stratum and weighted to the corpus (see the
    module for the estimators). Recall is not reported: the sample holds the engine's
    predictions only, so quotes it missed cannot be counted (``attrs["recall"]`` says so).

    Returns:
        One row per (item kind, field, stratum) — the corpus row (``stratum == "(corpus)"``)
        first in each field — with columns ``item``, ``field``, ``stratum``, ``judged`` (items
        the field was answered for), ``right``, ``precision``, ``low``, ``high`` (95%),
        ``n_eff`` (the sample size the interval uses), ``not_judged`` (items of the group
        without a verdict yet), ``items`` (corpus items the group stands for), ``covered``
        (share of them in cells with a judged item) and ``method``.
    """
    frame = load(name_or_frame, directory) if isinstance(name_or_frame, str) \
        else name_or_frame
    rows = []
    judged = frame["verdict"] != ""
    for field, (kind, column, right) in FIELDS.items():
        kinds = [kind] if kind else ["quote", "source"]
        for item in kinds:
            part = frame[frame["item"] == item]
            if part.empty:
                continue
            done = judged.loc[part.index]
            used = done & (part[column] != "")
            if kind is None and not used.any():
                continue
            y = part[column].isin(right).astype(float)
            w = cell_weights(part, done)
            covered_cells = used.groupby([part["stratum"], part["weight"]]).transform("any")
            total = float(part["weight"].sum())
            covered = float(part.loc[covered_cells, "weight"].sum())
            cells = (part["stratum"] + "\x1f" + part["weight"].map(repr))[done].to_numpy()
            rows.append(_row(item, field, CORPUS_ROW, y.where(used)[done].to_numpy(),
                             w[done].to_numpy(), (~done).sum(), total,
                             covered / total if total else math.nan, cells))
            for stratum, idx in part.groupby("stratum").groups.items():
                sel = used.loc[idx]
                pop = float(part.loc[idx, "weight"].sum())
                cov = float(part.loc[idx][covered_cells.loc[idx]]["weight"].sum())
                rows.append(_row(item, field, stratum, y.loc[idx][sel], w.loc[idx][sel],
                                 (~done.loc[idx]).sum(), pop, cov / pop if pop else math.nan))
    out = pd.DataFrame(rows, columns=list(SCORE_COLUMNS))
    out.attrs["recall"] = RECALL_NOTE
    return out


def precision(table: pd.DataFrame, field: str, item: str = "quote") -> pd.Series:
    """The corpus row of one field of a :func:`score` table."""
    rows = table[(table["field"] == field) & (table["item"] == item)
                 & (table["stratum"] == CORPUS_ROW)]
    if rows.empty:
        raise KeyError(f"no {item} items judged for {field}")
    return rows.iloc[0]

