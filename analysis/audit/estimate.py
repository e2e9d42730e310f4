"""Corpus figures corrected for the errors an audit measured, with bootstrap intervals.

**What is corrected.** ``women_share`` is the share of women among the people quoted per article
(the rows of ``corpus.sources``: the ``female`` bar of :func:`analysis.plots.gender_share`);
``women_share_of_known`` the share of women among those whose gender is known.

**The truth of an audited source item** (from its answers): ``not_a_source`` when its
``verdict`` is ``not_a_source``; else (``right``, or ``wrong_speaker``: the row stands for the
person who really spoke) the ``correct_gender`` when one is given, the engine's gender when
``gender_verdict`` is ``right``, and ``unknown`` (the auditor could not tell) when
``gender_verdict`` is ``wrong`` without a ``correct_gender`` for an engine ``female``/``male``.
Items not judged, or judged without a gender answer, are not used (and counted).

**The estimator** (a misclassification-matrix correction, stratified). From the audited source
items, with the design weights of :func:`analysis.audit.score.cell_weights` (each design cell's
corpus items shared by its used items), the matrix ``M[g, t]`` = the weighted share of items the
engine gave gender ``g`` (female, male, unknown) whose truth is ``t`` (female, male, unknown,
not_a_source). The corpus counts ``N_g`` (the engine's genders over all sources, known exactly)
become the true counts ``T_t = sum_g N_g M[g, t]``, and ``women_share = T_female / (T_female +
T_male + T_unknown)`` (not_a_source rows leave the denominator). An engine gender with no
audited item is left uncorrected (``M[g, g] = 1``; named in ``uncorrected``).

**The interval**: a stratified bootstrap of the audit items — the rescaling bootstrap of Rao
and Wu (1988): in each design cell of ``m`` used items, ``m − 1`` items are drawn with
replacement and the weights rescaled by ``m / (m − 1)``, which keeps each cell's corpus total
and gives an unbiased variance for stratified samples (the plain bootstrap would understate it
by ``(m − 1) / m``, badly in small cells). Cells with a single used item are pooled into one
cell for the resampling (collapsed strata; a lone such item joins the smallest other cell).
``n_boot`` replicates give the bootstrap standard error ``se`` (their standard deviation), and
the interval is ``corrected ± 1.96 se``, clipped to [0, 1]. (In simulations of 1,000 audits,
the percentile interval of the same replicates covered the truth only 91–92% of the time when
the share was small, 10%, or the audit 100 items; this one held 95%.) The corpus counts ``N_g``
are not resampled: they are the whole corpus, not a sample.

**Errors the audit did not see.** A bootstrap cannot vary what it never saw: when every audited
item of an engine gender was right (12 women of 12), all its replicates agree and that row adds
no width — the interval could have none at all, and with few items and rare errors it covered
the truth 80% of the time (500 simulated audits of 60 items, 12 women, 42 men and 6 unknown
drawn from 71, 239 and 36; errors of 1–5% among women and men), 93.5% with 200 items. So ``se`` is
the larger of the bootstrap's and a second one, from ``n_boot`` draws of each row of the matrix
from its Jeffreys posterior: ``Dirichlet(n_g × M[g, ·] + ½)`` over the four truths, ``n_g`` the
Kish effective number of the row's used items (an engine gender without items stays
uncorrected). With 12 of 12 right, that posterior still allows a few percent of errors, as the
Wilson interval of the precision does (0.76–1.00). In the same simulations the interval then
covered the truth 97.5% of the time with 60 items and 95.3% with 200 (7% wider than the
bootstrap's alone at 200 items: 0.055 against 0.051).

**Assumptions.** The audit sample is a probability sample of the corpus's sources as drawn
(:func:`analysis.audit.sample`: stratified, known weights); within a design cell, the items not
judged yet are like the judged ones (missing at random); the error rates ``M[g, ·]`` are the
same for the corpus's sources as for the audited ones of the same engine gender (true by design
when the strata include the engine's gender, as the default does — with outlets as strata,
the matrix is estimated over all outlets and applied to each, so per-outlet corrections assume
the error rates do not differ by outlet); the auditors' answers are the truth (their own errors
are not in the interval); the audit describes the articles it was drawn from (re-draw after
adding articles). Sources the engine missed altogether (a quote it did not find, a person it
did not type as a person) are not counted by the sample and not corrected for: the correction
is for the rows the engine made.

``anonymous_share`` is not offered: the answers record whether a speaker type is right, not the
right type, so quotes wrongly typed as something else cannot be counted into it.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .answers import load
from .score import Z95, cell_weights

ENGINE = ("female", "male", "unknown")
TRUTH = ("female", "male", "unknown", "not_a_source")
METRICS = ("women_share", "women_share_of_known")


@dataclass(frozen=True)
class Estimate:
    """A corpus figure, raw and corrected by an audit, with a bootstrap 95% interval."""

    metric: str
    #: the figure as the engine gives it
    raw: float
    #: corrected by the audit's misclassification matrix
    corrected: float
    #: the 95% interval of the corrected figure (± 1.96 bootstrap standard errors)
    low: float
    high: float
    #: audited items used / not used (not judged, or no gender answer)
    used: int
    not_used: int
    n_boot: int
    #: the engine's counts per gender (the corpus) and the estimated matrix P(truth | engine)
    counts: pd.Series = field(repr=False)
    matrix: pd.DataFrame = field(repr=False)
    #: engine genders with no audited item (left uncorrected)
    uncorrected: tuple[str, ...] = ()
    method: str = ("misclassification-matrix correction (stratified ratio estimates of "
                   "P(truth | engine gender)); 95% interval: corrected ± 1.96 × the larger "
                   "standard error of a Rao-Wu rescaling bootstrap of the audit items within "
                   "design cells and of Jeffreys-posterior (Dirichlet) draws of the matrix rows")


def source_truth(frame: pd.DataFrame) -> pd.Series:
    """The true class of each source item (:data:`TRUTH`), "" where the answers do not say
    (not judged, or no gender answer): the rules of the module's docstring."""
    engine = frame["gender"]
    truth = pd.Series("", index=frame.index, dtype=object)
    kept = frame["verdict"].isin(("right", "wrong_speaker"))
    given = kept & frame["correct_gender"].isin(("female", "male"))
    truth[kept & (frame["gender_verdict"] == "right")] = engine
    truth[kept & (frame["gender_verdict"] == "wrong") & engine.isin(("female", "male"))] = \
        "unknown"
    truth[given] = frame.loc[given, "correct_gender"]
    truth[frame["verdict"] == "not_a_source"] = "not_a_source"
    return truth


def _metric(true: np.ndarray, metric: str) -> np.ndarray:
    """``metric`` from true counts (last axis: :data:`TRUTH`)."""
    female, male, unknown = true[..., 0], true[..., 1], true[..., 2]
    denom = female + male + unknown if metric == "women_share" else female + male
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(denom > 0, female / np.where(denom > 0, denom, 1), np.nan)


def _matrix(weights: np.ndarray, onehot: np.ndarray) -> np.ndarray:
    """P(truth | engine) from item weights (..., n) and the one-hot (engine, truth) of each item
    (n, 3 * 4): (..., 3, 4); an engine gender without weight gets the identity row."""
    num = (weights @ onehot).reshape(weights.shape[:-1] + (len(ENGINE), len(TRUTH)))
    den = num.sum(axis=-1, keepdims=True)
    identity = np.eye(len(ENGINE), len(TRUTH))
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(den > 0, num / np.where(den > 0, den, 1), identity)


def resampling_cells(cells: np.ndarray) -> list[np.ndarray]:
    """Index groups for the rescaling bootstrap: the design cells with two or more items, the
    single-item cells pooled (a lone one joins the smallest other cell)."""
    groups = [np.flatnonzero(cells == c) for c in pd.unique(cells)]
    big = [g for g in groups if len(g) > 1]
    singles = np.concatenate([g for g in groups if len(g) == 1] or [np.array([], int)])
    if len(singles) > 1:
        big.append(singles)
    elif len(singles) == 1 and big:
        smallest = min(range(len(big)), key=lambda i: len(big[i]))
        big[smallest] = np.sort(np.concatenate([big[smallest], singles]))
    return big


def replicate_weights(weights: np.ndarray, cells: np.ndarray, n_boot: int,
                      rng: np.random.Generator) -> np.ndarray:
    """(n_boot, n) Rao-Wu rescaling-bootstrap weights: per resampling cell of ``m`` items,
    ``m − 1`` draws with replacement, weights × count × m / (m − 1)."""
    out = np.zeros((n_boot, len(weights)))
    for idx in resampling_cells(cells):
        m = len(idx)
        counts = rng.multinomial(m - 1, np.full(m, 1.0 / m), size=n_boot)
        out[:, idx] = weights[idx] * counts * (m / (m - 1))
    return out


#: the Jeffreys prior of each truth in the posterior draws of a matrix row
JEFFREYS = 0.5


def posterior_matrices(engine: np.ndarray, weights: np.ndarray, matrix: np.ndarray,
                       n_boot: int, rng: np.random.Generator) -> np.ndarray:
    """(n_boot, 3, 4) draws of P(truth | engine): each engine gender's row from
    ``Dirichlet(n_g × matrix[g] + JEFFREYS)``, ``n_g`` the Kish effective number
    ``(Σw)² / Σw²`` of its items; a gender without items keeps its row (the identity)."""
    out = np.broadcast_to(matrix, (n_boot,) + matrix.shape).copy()
    for g in range(len(ENGINE)):
        w = weights[engine == g]
        if len(w) == 0 or w.sum() <= 0:
            continue
        n_eff = w.sum() ** 2 / (w ** 2).sum()
        out[:, g, :] = rng.dirichlet(n_eff * matrix[g] + JEFFREYS, size=n_boot)
    return out


def corrected_shares(engine: np.ndarray, truth: np.ndarray, weights: np.ndarray,
                     cells: np.ndarray, counts: np.ndarray, metric: str = "women_share",
                     n_boot: int = 2000, seed: int = 0) -> tuple[np.ndarray, np.ndarray,
                                                                  np.ndarray, np.ndarray]:
    """The estimator on arrays (what :func:`estimate` and the simulations call).

    Args:
        engine, truth: per used audit item, the index of its engine gender in :data:`ENGINE`
            and of its truth in :data:`TRUTH`.
        weights: per item, its design weight (:func:`~analysis.audit.score.cell_weights`).
        cells: per item, its design cell (any hashable label).
        counts: (groups, 3) the engine's counts per gender of each group to correct (one row:
            the corpus).

    Returns:
        (raw, corrected, low, high), each of shape (groups,).
    """
    if metric not in METRICS:
        raise ValueError(f"unknown metric {metric!r}; expected one of {METRICS}")
    counts = np.asarray(counts, dtype=float).reshape(-1, len(ENGINE))
    raw_true = np.concatenate([counts, np.zeros((len(counts), 1))], axis=1)
    raw = _metric(raw_true, metric)
    onehot = np.zeros((len(engine), len(ENGINE) * len(TRUTH)))
    onehot[np.arange(len(engine)), np.asarray(engine) * len(TRUTH) + np.asarray(truth)] = 1.0
    weights = np.asarray(weights, float)
    matrix = _matrix(weights, onehot)
    point = _metric(counts @ matrix, metric)
    if len(engine) < 2 or n_boot < 1:
        nan = np.full(len(counts), math.nan)
        return raw, point, nan, nan
    rng = np.random.default_rng(seed)
    reps = replicate_weights(weights, np.asarray(cells), n_boot, rng)
    true = np.einsum("gk,bkt->bgt", counts, _matrix(reps, onehot))
    error = np.nanstd(_metric(true, metric), axis=0, ddof=1)
    drawn = posterior_matrices(np.asarray(engine), weights, matrix, n_boot, rng)
    unseen = np.nanstd(_metric(np.einsum("gk,bkt->bgt", counts, drawn), metric), axis=0,
                       ddof=1)
    error = np.fmax(error, unseen)  # the errors a bootstrap cannot see (see the module)
    low = np.clip(point - Z95 * error, 0.0, 1.0)
    high = np.clip(point + Z95 * error, 0.0, 1.0)
    return raw, point, low, high


def _audit_items(name: str | pd.DataFrame, directory) -> tuple[pd.DataFrame, pd.Series]:
    """The source items of the audit and their truth; FileNotFoundError (no such audit) or
    ValueError (a bad file, no source items, none judged with a gender answer), each one line
    saying what to do."""
    label = repr(name) if isinstance(name, str) else "(given rows)"
    frame = load(name, directory) if isinstance(name, str) else name
    frame = frame[frame["item"] == "source"]
    if frame.empty:
        raise ValueError(f"audit {label} has no source items (a quote audit?): the gender "
                         f"figures need a source audit, sample(corpus, item='source', …) or "
                         f"notebook 04-audit with ITEM = 'source' and a name of its own")
    truth = source_truth(frame)
    if not (truth != "").any():
        raise ValueError(f"audit {label}: none of its {len(frame)} source item(s) is judged "
                         f"with a gender answer yet (label them in notebook 04-audit, or "
                         f"with analysis.audit.record)")
    return frame, truth


def not_ready(name: str | pd.DataFrame,
              directory: str | os.PathLike[str] | None = None) -> str | None:
    """Why the audit ``name`` (in ``directory``, default ``data/audit/``) cannot correct the
    gender figures yet, in one line — it does not exist, cannot be read, has no source items,
    or none of them is judged with a gender answer — or None when it can (what
    :func:`estimate`, :func:`share_intervals` and the error bars of
    :func:`analysis.plots.gender_share` need)."""
    try:
        _audit_items(name, directory)
    except (FileNotFoundError, ValueError) as err:
        return " ".join(str(err).split())
    return None


def try_estimate(corpus, name: str | pd.DataFrame, metric: str = "women_share",
                 directory: str | os.PathLike[str] | None = None, n_boot: int = 2000,
                 seed: int = 0) -> Estimate | None:
    """:func:`estimate`, or — when the audit cannot give one yet (:func:`not_ready`: no such
    audit, no source items, nothing judged) — None after printing one line saying why (what
    notebook 04 calls, so a fresh audit prints a line rather than raising). An unknown
    ``metric`` is still a ValueError."""
    if metric not in METRICS:
        return estimate(corpus, name, metric, directory, n_boot, seed)  # raises, saying why
    reason = not_ready(name, directory)
    if reason is not None:
        print(f"No corrected {metric}: {reason}")
        return None
    return estimate(corpus, name, metric, directory, n_boot, seed)


def _arrays(frame: pd.DataFrame, truth: pd.Series):
    used = truth != ""
    weights = cell_weights(frame, used)[used].to_numpy()
    engine = frame.loc[used, "gender"].map(ENGINE.index).to_numpy(dtype=int)
    true = truth[used].map(TRUTH.index).to_numpy(dtype=int)
    cells = (frame.loc[used, "stratum"] + "\x1f" + frame.loc[used, "weight"].map(repr)).to_numpy()
    return engine, true, weights, cells, int(used.sum()), int((~used).sum())


def engine_counts(corpus) -> pd.Series:
    """The corpus's sources per engine gender (:data:`ENGINE` order)."""
    return corpus.sources["gender"].value_counts().reindex(list(ENGINE), fill_value=0)


def estimate(corpus, name: str | pd.DataFrame, metric: str = "women_share",
             directory: str | os.PathLike[str] | None = None, n_boot: int = 2000,
             seed: int = 0) -> Estimate:
    """``metric`` (``"women_share"`` or ``"women_share_of_known"``) of ``corpus``, raw and
    corrected by the source items of the audit ``name`` (or its rows), with a bootstrap 95%
    interval — the estimator and its assumptions are in this module's docstring.

    Raises:
        ValueError: an unknown metric (``anonymous_share`` included: see the module), an
            audit without source items, or none judged yet.
    """
    if metric not in METRICS:
        why = (" (the answers say whether a speaker type is right, not which type is: the "
               "quotes wrongly typed as something else cannot be counted into it)"
               if metric == "anonymous_share" else "")
        raise ValueError(f"cannot estimate {metric!r}{why}; expected one of {METRICS}")
    frame, truth = _audit_items(name, directory)
    engine, true, weights, cells, used, not_used = _arrays(frame, truth)
    counts = engine_counts(corpus)
    raw, point, low, high = corrected_shares(engine, true, weights, cells,
                                             counts.to_numpy()[None, :], metric, n_boot, seed)
    onehot = np.zeros((len(engine), len(ENGINE) * len(TRUTH)))
    onehot[np.arange(len(engine)), engine * len(TRUTH) + true] = 1.0
    matrix = pd.DataFrame(_matrix(weights, onehot), index=list(ENGINE), columns=list(TRUTH))
    missing = tuple(g for i, g in enumerate(ENGINE) if not (engine == i).any())
    return Estimate(metric, float(raw[0]), float(point[0]), float(low[0]), float(high[0]),
                    used, not_used, n_boot, counts, matrix, missing)


def share_intervals(counts: pd.DataFrame, name: str | pd.DataFrame,
                    directory: str | os.PathLike[str] | None = None,
                    metric: str = "women_share", n_boot: int = 2000,
                    seed: int = 0) -> pd.DataFrame:
    """The corrected ``metric`` with its 95% interval for each row of ``counts`` (groups ×
    engine genders ``female, male, unknown``: e.g. the sources per outlet), the one matrix of
    the audit applied to every group (the bootstrap replicates shared).

    Returns:
        Rows = ``counts``'s index; columns ``raw``, ``corrected``, ``low``, ``high``.
    """
    frame, truth = _audit_items(name, directory)
    engine, true, weights, cells, _, _ = _arrays(frame, truth)
    values = counts.reindex(columns=list(ENGINE), fill_value=0).to_numpy(dtype=float)
    raw, point, low, high = corrected_shares(engine, true, weights, cells, values, metric,
                                             n_boot, seed)
    return pd.DataFrame({"raw": raw, "corrected": point, "low": low, "high": high},
                        index=counts.index)


def error_bars(ax, table: pd.DataFrame, name: str | pd.DataFrame,
               directory: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """Draw on ``ax`` (a :func:`analysis.plots.gender_share` chart of ``table``: rows = groups,
    shares ``female, male, unknown`` and counts ``sources``) a black mark at each group's
    corrected women's share with its 95% interval; returns ``table`` with the columns
    ``female_corrected``, ``female_low``, ``female_high``."""
    counts = table[list(ENGINE)].mul(table["sources"], axis=0).round()
    shares = share_intervals(counts, name, directory)
    y = np.arange(len(table))
    label = name if isinstance(name, str) else "given"
    ax.errorbar(shares["corrected"].to_numpy(), y,
                xerr=[(shares["corrected"] - shares["low"]).to_numpy(),
                      (shares["high"] - shares["corrected"]).to_numpy()],
                fmt="D", color="black", markersize=4, capsize=4, linewidth=1.2, zorder=3,
                label=f"Women, corrected by audit {label} (95% interval)")
    out = table.copy()
    out["female_corrected"] = shares["corrected"].to_numpy()
    out["female_low"] = shares["low"].to_numpy()
    out["female_high"] = shares["high"].to_numpy()
    return out
