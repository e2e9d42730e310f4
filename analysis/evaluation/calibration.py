"""Calibrating the quotes' ``confidence`` on PolNeAR: which predictions are right, the fitted
table, and the reliability table.

* **Right**: a predicted quote is right when it matches a gold attribution at overlap 0.3 (the
  one-to-one matching of :func:`.scoring.match`, against every gold attribution, as precision
  counts) AND its speaker is the gold source (:func:`.scoring._same_speaker`: span overlap or
  the same name or surname). A match whose gold has no source is not right. The share right of
  all predictions is therefore the (quote, speaker) precision at 0.3.
* **Fit** (:func:`fit_table`): the share right per cell of
  :mod:`analysis.engine.quotes.confidence` (``kind``, then ``kind|cue``, … down to the five
  features). Fitted finest first, a cell is kept when at least ``min_quotes`` predictions are its own
  (not taken by a kept finer cell); the others back off to the finest kept cell above them
  (``*`` at the end). A kept cell's value is the share right of its own predictions, shrunk
  toward the share right of the whole cell by ``prior`` predictions. Fitted on train only
  (``python -m analysis evaluate calibrate --split train``); dev is the held-out check, and
  test is never used to fit (the command refuses it).
* **Reliability** (:func:`reliability`): per confidence decile ([0, 0.1), …, [0.9, 1]): the
  predictions, their mean confidence, the share right and the gap between the two.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .polnear import GoldArticle
from .scoring import _same_speaker, match, read_gold

FEATURES = ("kind", "cue_kind", "speaker_type", "speaker_place", "length")
#: a cell is fitted when it holds at least this many predictions
MIN_QUOTES = 30
#: the weight (in predictions) of the parent cell's value in a cell's fitted value
PRIOR = 5.0


def prediction_features(docs: dict) -> pd.DataFrame:
    """One row per predicted quote of the processed ``docs`` (``{article id: Doc}``):
    ``quote_id`` (as in the quotes table), its :data:`FEATURES` and its ``confidence``."""
    from ..engine.components.base import quote_records
    from ..engine.quotes.confidence import features
    from ..engine.segments import sentence_starts
    from ..engine.syntax import doc_text

    rows = []
    for name, doc in docs.items():
        text, sentences = doc_text(doc), sentence_starts(doc)
        for n, record in enumerate(quote_records(doc) or []):
            rows.append({"quote_id": f"{name}-q{n}",
                         **dict(zip(FEATURES, features(record, text, sentences))),
                         "confidence": record.confidence})
    return pd.DataFrame(rows, columns=["quote_id", *FEATURES, "confidence"])


def prediction_outcomes(gold_articles: list[GoldArticle], quotes: pd.DataFrame, docs: dict,
                        t: float = 0.3) -> pd.DataFrame:
    """``quote_id, matched, right`` for every row of ``quotes`` (see the module docstring);
    ``docs`` as for :func:`.scoring.score`."""
    read = read_gold(gold_articles, docs)
    texts = {art.name: art.text for art in gold_articles}
    out = []
    for name, group in quotes.groupby("article_id", sort=False):
        preds = list(group.itertuples(index=False))
        golds = [r for r, _ in read.get(name, [])]
        matched = dict(match(golds, preds, t))
        for pi, row in enumerate(preds):
            gi = matched.get(pi)
            out.append({"quote_id": row.quote_id, "matched": gi is not None,
                        "right": gi is not None and _same_speaker(texts[name], golds[gi], row)})
    return pd.DataFrame(out, columns=["quote_id", "matched", "right"])


def predictions(gold_articles: list[GoldArticle], quotes: pd.DataFrame, docs: dict
                ) -> pd.DataFrame:
    """:func:`prediction_features` joined with :func:`prediction_outcomes`: one row per
    predicted quote."""
    return prediction_features(docs).merge(
        prediction_outcomes(gold_articles, quotes, docs), on="quote_id", how="inner")


def fit_table(frame: pd.DataFrame, *, min_quotes: int = MIN_QUOTES, prior: float = PRIOR
              ) -> pd.DataFrame:
    """The confidence table fitted on ``frame`` (one row per prediction: the :data:`FEATURES`
    and ``right``): ``cell, confidence, quotes``, coarse cells first.

    Cells are prefixes of the features (``*`` the empty one), fitted finest first: a cell is
    kept when at least ``min_quotes`` of its predictions are not already taken by a kept finer
    cell (its *own* predictions, ``quotes``); a kept cell takes them. What no cell keeps backs
    off to ``*``, which is always kept. A cell's value is the share right of its own
    predictions — not of all its predictions, which its kept sub-cells would bias — shrunk
    toward the share right of all its predictions by ``prior`` predictions:
    ``(right + prior × rate) / (own + prior)``. Every quote thus takes the value fitted on the
    predictions that take the same value.

    Raises:
        ValueError: ``frame`` is empty.
    """
    if frame.empty:
        raise ValueError("no predictions to fit the confidence table on")
    right = frame["right"].astype(bool).to_numpy()
    keys = [tuple(map(str, f)) for f in frame[list(FEATURES)].itertuples(index=False)]
    total: dict[tuple[str, ...], list[int]] = {}  # every prediction in the cell: [right, n]
    for key, ok in zip(keys, right):
        for depth in range(len(FEATURES) + 1):
            counts = total.setdefault(key[:depth], [0, 0])
            counts[0] += ok
            counts[1] += 1
    taken = [False] * len(keys)
    kept: dict[tuple[str, ...], list[int]] = {}  # own predictions: [right, n]
    for depth in range(len(FEATURES), -1, -1):
        members: dict[tuple[str, ...], list[int]] = {}
        for i, key in enumerate(keys):
            if not taken[i]:
                members.setdefault(key[:depth], []).append(i)
        for cell, rows in members.items():
            if len(rows) >= min_quotes or depth == 0:
                kept[cell] = [int(right[rows].sum()), len(rows)]
                for i in rows:
                    taken[i] = True
    rows_out = []
    for cell in sorted(kept, key=lambda c: (len(c), c)):
        rate = total[cell][0] / total[cell][1]
        value = (kept[cell][0] + prior * rate) / (kept[cell][1] + prior)
        rows_out.append({"cell": "|".join(cell) or "*", "confidence": round(value, 3),
                         "quotes": kept[cell][1]})
    return pd.DataFrame(rows_out, columns=["cell", "confidence", "quotes"])


def apply_table(frame: pd.DataFrame, table: pd.DataFrame) -> pd.Series:
    """The confidence :func:`analysis.engine.quotes.confidence.lookup` gives each row of
    ``frame`` (its :data:`FEATURES`) with ``table`` (``cell, confidence``)."""
    from ..engine.quotes.confidence import lookup

    cells = dict(zip(table["cell"], table["confidence"]))
    return pd.Series([lookup(tuple(map(str, f)), cells)
                      for f in frame[list(FEATURES)].itertuples(index=False)],
                     index=frame.index, dtype="float64")


def write_table(table: pd.DataFrame, path: str | Path, fitted_on: str = "PolNeAR train"
                ) -> None:
    """Write a fitted table in the packaged format (``analysis/data/quote_confidence.csv``),
    with a comment line saying what it was ``fitted_on``."""
    lines = [f"# fitted on {fitted_on} by python -m analysis evaluate calibrate (min "
             f"{MIN_QUOTES} own quotes a cell; prior {PRIOR:g}); analysis/evaluation/"
             "calibration.py", "cell,confidence,quotes"]
    lines += [f"{r.cell},{r.confidence:.3f},{r.quotes}" for r in table.itertuples()]
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


def reliability(frame: pd.DataFrame, column: str = "confidence") -> pd.DataFrame:
    """Per confidence decile of ``frame[column]``: ``decile`` ("0.9-1.0"), ``quotes``,
    ``mean_confidence``, ``share_right`` and ``gap`` (share right − mean confidence); only
    the deciles holding predictions."""
    bins = (frame[column].clip(0, 1) * 10).astype(int).clip(upper=9)
    rows = []
    for b, group in frame.groupby(bins, sort=True):
        mean, share = float(group[column].mean()), float(group["right"].mean())
        rows.append({"decile": f"{b / 10:.1f}-{(b + 1) / 10:.1f}", "quotes": len(group),
                     "mean_confidence": round(mean, 3), "share_right": round(share, 3),
                     "gap": round(share - mean, 3)})
    return pd.DataFrame(rows, columns=["decile", "quotes", "mean_confidence", "share_right",
                                       "gap"])


def format_reliability(frame: pd.DataFrame) -> str:
    """The reliability table as printed by ``evaluate polnear`` and ``evaluate calibrate``."""
    table = reliability(frame)
    n = len(frame)
    high = frame[frame["confidence"] >= 0.9]
    head = (f"confidence (right = matched at 0.3 with the right speaker; {n} quotes, "
            f"{frame['right'].mean() if n else 0:.3f} right): "
            f"confidence >= 0.9: {len(high)} quotes, "
            f"{high['right'].mean() if len(high) else float('nan'):.3f} right")
    return f"{head}\n{table.to_string(index=False)}"
