"""Calibrating the quotes' ``confidence`` on PolNeAR: which predictions are right, the fitted
table, and the reliability table.

* **Right**: a predicted quote is right when it matches a gold attribution at overlap 0.3 (the
  one-to-one matching of :func:`.scoring.match`, against every gold attribution, as precision
  counts) AND its speaker is the gold source (:func:`.scoring._same_speaker`: span overlap or
  the same name or surname). A match whose gold has no source is not right. The share right of
  all predictions is therefore the (quote, speaker) precision at 0.3.
* **Fit** (:func:`fit_table`): per cell of :mod:`analysis.engine.quotes.confidence`
  (``kind``, then ``kind|cue``, … down to the five features) holding at least ``min_quotes``
  predictions, a raw value: its share right shrunk toward its parent cell's by a Beta prior of
  ``prior`` predictions (a cell with kept sub-cells valued on the predictions that back off to
  it). The raw values of predictions held out by article (``folds`` folds) are then mapped to
  the share right by an isotonic (pool-adjacent-violators) step map, each step on enough
  predictions to know its share to a standard error of ``max_se``, and each cell's
  ``confidence`` is the map at its raw value: monotone, few values, calibrated out of sample.
  Quotes without a speaker are never right: their cells get 0, outside the map. Fitted on
  train only (``python -m analysis evaluate calibrate --split train``, all 840 articles); dev
  is the held-out check, and test is never used to fit (the command refuses it).
* **Reliability** (:func:`reliability`): per confidence decile ([0, 0.1), …, [0.9, 1]): the
  predictions, their mean confidence, the share right and the gap between the two.
"""

from __future__ import annotations

import bisect
import zlib
from pathlib import Path
from typing import Mapping, Sequence

import numpy as np
import pandas as pd

from .polnear import GoldArticle
from .scoring import _same_speaker, match, read_gold

FEATURES = ("kind", "cue_kind", "speaker_type", "speaker_place", "length")
#: a cell is in the table when it holds at least this many predictions
MIN_QUOTES = 30
#: the weight (in predictions) of the parent cell's share right in a cell's (a Beta prior)
PRIOR = 20.0
#: the fewest predictions behind one step of the isotonic map
MIN_BLOCK = 100
#: the largest standard error of a step's share right, sqrt(p(1 - p) / n): a step of share p
#: holds at least p(1 - p) / MAX_SE² predictions (a share near 0 or 1 needs fewer)
MAX_SE = 0.01
#: the folds (by article) of the cross-fitting that scores predictions for the isotonic map
FOLDS = 5


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


def predictions(gold_articles: list[GoldArticle], quotes: pd.DataFrame, docs: dict,
                gold_docs: dict | None = None) -> pd.DataFrame:
    """:func:`prediction_features` joined with :func:`prediction_outcomes`: one row per
    predicted quote. ``docs``: the engine's Docs (their quote records give the features);
    ``gold_docs``: the gold's Docs as the evaluation's reader parses them
    (:func:`.reader.read_docs`), the gold read on them; None reads it on ``docs``."""
    return prediction_features(docs).merge(
        prediction_outcomes(gold_articles, quotes, docs if gold_docs is None else gold_docs),
        on="quote_id", how="inner")


def article_groups(frame: pd.DataFrame) -> list[str]:
    """The article of each prediction of ``frame``: its ``article_id``, else its ``quote_id`` up
    to the last ``-q`` (``{article}-q{n}``), else the row itself (every row its own article)."""
    if "article_id" in frame:
        return [str(a) for a in frame["article_id"]]
    if "quote_id" in frame:
        return [str(q).rsplit("-q", 1)[0] for q in frame["quote_id"]]
    return [str(i) for i in range(len(frame))]


def _keys(frame: pd.DataFrame) -> list[tuple[str, ...]]:
    return [tuple(map(str, f)) for f in frame[list(FEATURES)].itertuples(index=False)]


def _finest(key: tuple[str, ...], cells: Mapping[tuple[str, ...], object]) -> tuple[str, ...]:
    """The longest prefix of ``key`` in ``cells`` (``()``, the cell ``*``, is always in it)."""
    for depth in range(len(key), 0, -1):
        if key[:depth] in cells:
            return key[:depth]
    return ()


def cell_values(keys: Sequence[tuple[str, ...]], right: np.ndarray, *,
                min_quotes: int = MIN_QUOTES, prior: float = PRIOR
                ) -> dict[tuple[str, ...], tuple[float, int]]:
    """The raw value of every cell holding at least ``min_quotes`` predictions (``*``, the cell
    ``()``, always), with the number of its *own* predictions (those whose finest such cell it
    is): ``{cell: (value, own)}``.

    The share right of a whole cell is shrunk toward its parent's by a Beta prior of ``prior``
    predictions, top down: ``whole = (right + prior × whole(parent)) / (n + prior)``; a cell of
    few predictions thus stays near its parent and one of many keeps its own rate (a cell
    holding the same predictions as its parent takes its parent's value). A cell whose
    predictions are all its own takes ``whole``. A cell with kept sub-cells is looked up only by
    the predictions none of them holds (its *remainder*), which can differ from the whole cell
    (``direct|verb`` is mostly ``direct|verb|person``): its value is the remainder's share
    right shrunk toward ``whole`` by ``prior``.
    """
    total: dict[tuple[str, ...], list[int]] = {}  # every prediction in the cell: [right, n]
    for key, ok in zip(keys, right):
        for depth in range(len(key) + 1):
            counts = total.setdefault(key[:depth], [0, 0])
            counts[0] += int(ok)
            counts[1] += 1
    kept = {cell: c for cell, c in total.items() if c[1] >= min_quotes or not cell}
    whole: dict[tuple[str, ...], float] = {}
    for cell in sorted(kept, key=len):  # a kept cell's parent holds more: it is kept too
        r, n = kept[cell]
        if cell and n == kept[cell[:-1]][1]:  # the parent's predictions: nothing to add
            whole[cell] = whole[cell[:-1]]
            continue
        parent = whole[cell[:-1]] if cell else r / n
        whole[cell] = (r + prior * parent) / (n + prior)
    own: dict[tuple[str, ...], list[int]] = {}
    for key, ok in zip(keys, right):
        counts = own.setdefault(_finest(key, kept), [0, 0])
        counts[0] += int(ok)
        counts[1] += 1
    values = {}
    for cell, (_, n) in kept.items():
        r_own, n_own = own.get(cell, [0, 0])
        value = (whole[cell] if n_own == n
                 else (r_own + prior * whole[cell]) / (n_own + prior))
        values[cell] = (value, n_own)
    return values


def score(keys: Sequence[tuple[str, ...]], values: Mapping[tuple[str, ...], tuple[float, int]]
          ) -> np.ndarray:
    """The raw value (:func:`cell_values`) of each key's finest cell in ``values``."""
    return np.array([values[_finest(key, values)][0] for key in keys], dtype="float64")


def out_of_fold(keys: Sequence[tuple[str, ...]], right: np.ndarray, groups: Sequence[str], *,
                folds: int = FOLDS, min_quotes: int = MIN_QUOTES, prior: float = PRIOR
                ) -> np.ndarray:
    """Each prediction's raw value from cells fitted without its article's fold (articles
    dealt into ``folds`` folds by a CRC-32 of their id: the same folds on every run); one fold
    (``folds`` < 2) scores in sample."""
    if folds < 2:
        return score(keys, cell_values(keys, right, min_quotes=min_quotes, prior=prior))
    fold = np.array([zlib.crc32(g.encode("utf-8")) % folds for g in groups])
    out = np.zeros(len(keys), dtype="float64")
    for f in range(folds):
        held = fold == f
        if not held.any():
            continue
        if held.all():  # a single article: nothing left to fit on
            return score(keys, cell_values(keys, right, min_quotes=min_quotes, prior=prior))
        train = [k for k, h in zip(keys, held) if not h]
        values = cell_values(train, right[~held], min_quotes=min_quotes, prior=prior)
        out[held] = score([k for k, h in zip(keys, held) if h], values)
    return out


def isotonic(scores: np.ndarray, right: np.ndarray, *, min_block: int = MIN_BLOCK,
             max_se: float | None = MAX_SE) -> list[tuple[float, float, float, int]]:
    """The isotonic (non-decreasing) step map from a score to the share right, by
    pool-adjacent-violators: blocks ``(lowest score, highest score, share right, predictions)``
    in ascending order. Equal scores share a block; adjacent blocks whose shares fall are
    pooled; then, smallest first, a block of fewer than ``min_block`` predictions is pooled
    with the neighbour nearer in score (pooling neighbours keeps the map monotone), so every
    value of the map rests on at least ``min_block`` predictions (or on all of them) and, with
    ``max_se``, on enough to know its share p to a standard error of ``max_se``:
    p(1 − p) / max_se² predictions (a share near 0 or 1 needs fewer, one of 0.5 the most).
    Neighbours of the same share are then one block.

    Raises:
        ValueError: no scores.
    """
    if len(scores) == 0:
        raise ValueError("no scores to fit the isotonic map on")
    values, where = np.unique(np.asarray(scores, dtype="float64"), return_inverse=True)
    rights = np.bincount(where, weights=np.asarray(right, dtype="float64"))
    counts = np.bincount(where)
    blocks: list[list[float]] = []  # [low, high, right, n], equal scores pooled first
    for value, ok, n in zip(values, rights, counts):
        blocks.append([float(value), float(value), float(ok), int(n)])
        while len(blocks) > 1 and (blocks[-2][2] / blocks[-2][3]
                                   > blocks[-1][2] / blocks[-1][3]):
            last = blocks.pop()
            blocks[-1] = [blocks[-1][0], last[1], blocks[-1][2] + last[2],
                          blocks[-1][3] + last[3]]
    def short(block: list[float]) -> bool:
        rate = block[2] / block[3]
        need = max(min_block, rate * (1 - rate) / max_se ** 2) if max_se else min_block
        return block[3] < need

    while len(blocks) > 1:
        small = [b for b in range(len(blocks)) if short(blocks[b])]
        if not small:
            break
        i = min(small, key=lambda b: (blocks[b][3], b))
        near = [j for j in (i - 1, i + 1) if 0 <= j < len(blocks)]
        j = min(near, key=lambda b: (blocks[i][0] - blocks[b][1] if b < i
                                     else blocks[b][0] - blocks[i][1], b))
        a, b = min(i, j), max(i, j)
        blocks[a:b + 1] = [[blocks[a][0], blocks[b][1], blocks[a][2] + blocks[b][2],
                            blocks[a][3] + blocks[b][3]]]
    merged: list[list[float]] = []  # neighbours of one share are one step
    for block in blocks:
        if merged and merged[-1][2] / merged[-1][3] == block[2] / block[3]:
            merged[-1] = [merged[-1][0], block[1], merged[-1][2] + block[2],
                          merged[-1][3] + block[3]]
        else:
            merged.append(block)
    return [(lo, hi, r / n, int(n)) for lo, hi, r, n in merged]


def map_score(value: float, blocks: Sequence[tuple[float, float, float, int]]) -> float:
    """The share right :func:`isotonic`'s ``blocks`` give a score: the block it falls in, a
    score between two blocks going to the nearer (the midpoint between them is the border)."""
    borders = [(blocks[i][1] + blocks[i + 1][0]) / 2 for i in range(len(blocks) - 1)]
    return blocks[bisect.bisect_right(borders, value)][2]


def fit_table(frame: pd.DataFrame, *, min_quotes: int = MIN_QUOTES, prior: float = PRIOR,
              min_block: int = MIN_BLOCK, max_se: float | None = MAX_SE, folds: int = FOLDS
              ) -> pd.DataFrame:
    """The confidence table fitted on ``frame`` (one row per prediction: the :data:`FEATURES`
    and ``right``; its article from ``article_id`` or ``quote_id``, :func:`article_groups`):
    ``cell, confidence, quotes, score``, coarse cells first.

    1. **Cells** (:func:`cell_values`): every cell (a prefix of the features, ``*`` the empty
       one) holding at least ``min_quotes`` predictions gets a raw value, its share right
       shrunk toward its parent's by ``prior`` predictions (a back-off cell valued on the
       predictions that back off to it); ``score`` in the table, ``quotes`` its own
       predictions.
    2. **Cross-fitting** (:func:`out_of_fold`): the cells are fitted again ``folds`` times, each
       time without one fold of the articles, to score that fold's predictions as if unseen.
    3. **Isotonic map** (:func:`isotonic`): from those held-out scores to the share right,
       non-decreasing, every step on at least ``min_block`` predictions and enough to know its
       share to a standard error of ``max_se`` (p(1 − p) / max_se² predictions). A cell's
       ``confidence`` is the map at its raw value (:func:`map_score`), so the confidence is
       monotone in the raw value, takes a few well-supported values and is calibrated on
       predictions its cells were not fitted on (in-sample cell rates are over-confident at
       both ends).

    A quote without a speaker (speaker place ``none``) is never right by the definition: the
    cells of such quotes take their share right as it is (0), and their predictions stay out
    of the map (their raw values, pulled up by their parents, would otherwise pool them with
    quotes that can be right). A cell none of whose predictions is its own (all in kept
    sub-cells) is left out when backing off from it gives the same confidence. The map is in
    ``table.attrs["blocks"]``.

    Raises:
        ValueError: ``frame`` is empty.
    """
    if frame.empty:
        raise ValueError("no predictions to fit the confidence table on")
    right = frame["right"].astype(bool).to_numpy()
    keys = _keys(frame)
    values = cell_values(keys, right, min_quotes=min_quotes, prior=prior)
    held_out = out_of_fold(keys, right, article_groups(frame), folds=folds,
                           min_quotes=min_quotes, prior=prior)
    place = FEATURES.index("speaker_place")
    speakerless = np.array([key[place] == "none" for key in keys])
    with_speaker = ~speakerless if (~speakerless).any() else speakerless
    blocks = isotonic(held_out[with_speaker], right[with_speaker], min_block=min_block,
                      max_se=max_se)
    mapped = {cell: round(map_score(value, blocks), 3) for cell, (value, _) in values.items()}
    for cell in values:  # no speaker: the share right as it is (0: never right)
        if len(cell) > place and cell[place] == "none":
            inside = [i for i, key in enumerate(keys) if key[:len(cell)] == cell]
            mapped[cell] = round(float(right[inside].mean()), 3)
    for cell in sorted(values, key=len, reverse=True):  # drop what backing off gives anyway
        if cell and values[cell][1] == 0 and mapped[_finest(cell[:-1], mapped)] == mapped[cell]:
            del mapped[cell]
    rows_out = [{"cell": "|".join(cell) or "*", "confidence": mapped[cell],
                 "quotes": values[cell][1], "score": round(values[cell][0], 3)}
                for cell in sorted(mapped, key=lambda c: (len(c), c))]
    table = pd.DataFrame(rows_out, columns=["cell", "confidence", "quotes", "score"])
    table.attrs["blocks"] = blocks
    return table


def apply_table(frame: pd.DataFrame, table: pd.DataFrame) -> pd.Series:
    """The confidence :func:`analysis.engine.quotes.confidence.lookup` gives each row of
    ``frame`` (its :data:`FEATURES`) with ``table`` (``cell, confidence``)."""
    from ..engine.quotes.confidence import lookup

    cells = dict(zip(table["cell"], table["confidence"]))
    return pd.Series([lookup(tuple(map(str, f)), cells)
                      for f in frame[list(FEATURES)].itertuples(index=False)],
                     index=frame.index, dtype="float64")


def write_table(table: pd.DataFrame, path: str | Path, fitted_on: str = "PolNeAR train", *,
                min_quotes: int = MIN_QUOTES, prior: float = PRIOR, min_block: int = MIN_BLOCK,
                max_se: float | None = MAX_SE, folds: int = FOLDS) -> None:
    """Write a fitted table in the packaged format (``analysis/data/quote_confidence.csv``:
    ``cell,confidence,quotes,score``; the engine reads the first two), with comment lines
    saying what it was ``fitted_on``, how, and the isotonic map (``table.attrs["blocks"]``)."""
    lines = [f"# fitted on {fitted_on} by python -m analysis evaluate calibrate "
             "(analysis/evaluation/calibration.py, fit_table)",
             f"# cells of >= {min_quotes} predictions, shrunk toward their parent by {prior:g}; "
             f"confidence = isotonic map of the raw score (held out in {folds} folds by "
             f"article; a step: >= {min_block} predictions, standard error <= {max_se or 1:g}); "
             "no speaker: 0"]
    blocks = table.attrs.get("blocks")
    if blocks:
        lines.append("# map: " + "; ".join(f"{lo:.3f}-{hi:.3f} -> {rate:.3f} ({n})"
                                           for lo, hi, rate, n in blocks))
    lines.append("cell,confidence,quotes,score")
    score = table["score"] if "score" in table else table["confidence"]
    lines += [f"{cell},{conf:.3f},{quotes},{raw:.3f}" for cell, conf, quotes, raw
              in zip(table["cell"], table["confidence"], table["quotes"], score)]
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
