"""Audit scores and corrected figures (analysis/audit/score.py, estimate.py): Wilson intervals
on known labels, the weighted corpus precision, the misclassification correction and its
bootstrap interval on simulated audits where the truth is known, and the error bars of
plots.gender_share(audit=)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from matplotlib.container import ErrorbarContainer

from analysis import plots
from analysis.audit import estimate, record, sample, score
from analysis.audit.estimate import ENGINE, TRUTH, corrected_shares, source_truth
from analysis.audit.items import AUDIT_COLUMNS, typed
from analysis.audit.sample import allocate
from analysis.audit.score import weighted_precision, wilson

from .test_audit import make_corpus


def test_wilson_matches_hand_computed_intervals():
    # the roots of (p̂ − p)² = z² p (1 − p) / n, solved by hand for each case
    assert wilson(8, 10) == pytest.approx((0.490162, 0.943318), abs=1e-6)
    assert wilson(0, 10) == pytest.approx((0.0, 0.277533), abs=1e-6)
    assert wilson(2, 6) == pytest.approx((0.096771, 0.700007), abs=1e-6)
    assert np.isnan(wilson(0, 0)).all()


def _frame(rows: list[dict]) -> pd.DataFrame:
    base = {c: "" for c in AUDIT_COLUMNS}
    return typed(pd.DataFrame([{**base, "item": "quote", **r} for r in rows]))


def _known() -> pd.DataFrame:
    """Stratum a: 4 quotes drawn of 100 (weight 25), 3 judged; stratum b: 6 of 30 (weight
    5), all judged."""
    a = [("right", "yes"), ("right", "yes"), ("wrong_speaker", "no"), ("", "")]
    b = [("right", "yes"), ("right", "no"), ("not_a_quote", ""), ("not_a_quote", ""),
         ("wrong_span", "yes"), ("wrong_span", "yes")]
    rows = [{"item_id": f"a{i}", "stratum": "a", "weight": 25.0, "verdict": v,
             "speaker_type_ok": t} for i, (v, t) in enumerate(a)]
    rows += [{"item_id": f"b{i}", "stratum": "b", "weight": 5.0, "verdict": v,
              "speaker_type_ok": t} for i, (v, t) in enumerate(b)]
    return _frame(rows)


def test_score_known_labels_known_intervals():
    table = score(_known())
    assert "recall" in table.attrs["recall"].lower() and "missed" in table.attrs["recall"]
    get = table.set_index(["field", "stratum"])
    a, b = get.loc[("speaker", "a")], get.loc[("speaker", "b")]
    assert (a["judged"], a["right"], a["not_judged"]) == (3, 2, 1)
    assert (a["low"], a["high"]) == pytest.approx((0.207660, 0.938508), abs=1e-6)
    assert (b["judged"], b["right"], b["precision"]) == (6, 2, pytest.approx(1 / 3))
    assert (b["low"], b["high"]) == pytest.approx((0.096771, 0.700007), abs=1e-6)
    span = get.loc[("quote_span", "a")]
    assert (span["right"], span["low"], span["high"]) == \
        (3, pytest.approx(0.438503, abs=1e-6), 1.0)
    # corpus: a's 3 judged items stand for 100/3 quotes each, b's 6 for 5 each:
    # p = (2 × 100/3 + 2 × 5) / 130 = 23/39 = 0.589744; Kish n = 130² / (3 (100/3)² + 6 × 5²)
    # = 4.851675; design: u = w (y − p) per item; a: 3/2 × Σ(u − ū)² = 1111.111, b: 6/5 ×
    # Σ(u − ū)² = 40; V = 1151.111 / 130² = 0.068113; n = p (1 − p) / V = 3.552124 < Kish:
    # the Wilson interval of 0.589744 at n = 3.552124
    corpus = get.loc[("speaker", "(corpus)")]
    assert corpus["precision"] == pytest.approx(0.589744, abs=1e-6)
    assert corpus["n_eff"] == pytest.approx(3.552124, abs=1e-6)
    assert (corpus["low"], corpus["high"]) == pytest.approx((0.185511, 0.900721), abs=1e-6)
    assert (corpus["judged"], corpus["not_judged"], corpus["items"]) == (9, 1, 130.0)
    # quote span: (3 × 100/3 + 2 × 5) / 130
    assert get.loc[("quote_span", "(corpus)"), "precision"] == pytest.approx(110 / 130)
    # speaker type: answered for a0, a1, a2 (2 yes) and b0, b1, b4, b5 (3 yes): a's items
    # still share its 100 quotes (judged: 3), b's 4 answered items weigh 5 each
    types = get.loc[("speaker_type", "(corpus)")]
    assert types["judged"] == 7
    assert types["precision"] == pytest.approx((2 * 100 / 3 + 3 * 5) / (100 + 4 * 5))
    assert "gender" not in set(table["field"])          # nobody answered it: no row


def test_score_reads_a_named_audit_and_marks_uncovered_cells(tmp_path):
    corpus = make_corpus(40)
    frame = sample(corpus, n=30, seed=2, name="s", directory=tmp_path)
    first = frame["stratum"].iloc[0]
    for item in frame.loc[frame["stratum"] == first, "item_id"]:
        record("s", item, tmp_path, verdict="right", gender_verdict="right")
    table = score("s", tmp_path)
    row = table[(table["field"] == "speaker") & (table["stratum"] == "(corpus)")].iloc[0]
    cell = frame[frame["stratum"] == first]
    assert row["precision"] == 1.0 and row["judged"] == len(cell)
    assert row["covered"] == pytest.approx(cell["weight"].sum() / frame["weight"].sum())
    assert row["not_judged"] == len(frame) - len(cell)


def _source_rows(engine: list[str], answers: list[tuple[str, str, str]], stratum="s",
                 weight=10.0) -> list[dict]:
    return [{"item_id": f"{stratum}{i}", "item": "source", "stratum": stratum,
             "weight": weight, "gender": g, "verdict": v, "gender_verdict": gv,
             "correct_gender": cg} for i, (g, (v, gv, cg)) in enumerate(zip(engine, answers))]


def test_source_truth_rules():
    rows = _source_rows(
        ["female", "male", "female", "unknown", "male", "unknown", "female", "male"],
        [("right", "right", ""), ("right", "wrong", "female"), ("right", "wrong", ""),
         ("right", "wrong", ""), ("not_a_source", "", ""), ("right", "right", ""),
         ("wrong_speaker", "", "male"), ("", "", "")])
    assert list(source_truth(_frame(rows))) == [
        "female", "female", "unknown", "", "not_a_source", "unknown", "male", ""]


def test_estimate_applies_the_measured_errors(tmp_path):
    corpus = make_corpus(60)
    audit = sample(corpus, n=40, seed=0, name="g", item="source", directory=tmp_path)
    counts = corpus.sources["gender"].value_counts()
    # the engine's women are right, its men are right, its "unknown" are not sources at all:
    # the corrected share of women is women / (women + men)
    for _, row in audit.iterrows():
        if row["gender"] == "unknown":
            record("g", row["item_id"], tmp_path, verdict="not_a_source")
        else:
            record("g", row["item_id"], tmp_path, verdict="right", gender_verdict="right")
    result = estimate(corpus, "g", "women_share", directory=tmp_path, n_boot=200)
    assert result.raw == pytest.approx(counts["female"] / counts.sum())
    assert result.corrected == pytest.approx(
        counts["female"] / (counts["female"] + counts["male"]))
    # every audited item agrees, but 40 items cannot rule out rare errors: the interval keeps
    # a width (the Jeffreys-posterior draws; a bootstrap alone gave none)
    assert result.low < result.corrected < result.high
    assert result.high - result.low < 0.25
    assert (result.used, result.not_used, result.uncorrected) == (len(audit), 0, ())
    assert result.matrix.loc["unknown", "not_a_source"] == 1.0
    # half of the engine's men are really women (the first judged in each cell): the matrix
    # row is the weighted share, and the interval now has width
    males = audit[audit["gender"] == "male"]
    flipped = males.groupby("stratum").head(1)["item_id"]
    for item in flipped:
        record("g", item, tmp_path, gender_verdict="wrong", correct_gender="female")
    again = estimate(corpus, "g", "women_share", directory=tmp_path, n_boot=200)
    weights = males.set_index("item_id")["weight"]
    share = weights[flipped].sum() / weights.sum()
    assert again.matrix.loc["male", "female"] == pytest.approx(share)
    expected = (counts["female"] + share * counts["male"]) / (counts["female"]
                                                               + counts["male"])
    assert again.corrected == pytest.approx(expected)
    assert again.low < again.corrected < again.high
    with pytest.raises(ValueError, match="anonymous_share"):
        estimate(corpus, "g", "anonymous_share", directory=tmp_path)
    sample(corpus, n=10, name="fresh", item="source", directory=tmp_path)
    with pytest.raises(ValueError, match="none of its 10 source item"):
        estimate(corpus, "fresh", directory=tmp_path)
    sample(corpus, n=10, name="q", directory=tmp_path)
    with pytest.raises(ValueError, match="no source items"):
        estimate(corpus, "q", directory=tmp_path)


def test_weighted_precision_interval_covers_the_truth():
    """500 simulated audits of 200 quotes from 6,000 in five strata whose precision differs
    (0.6 to 0.97), drawn with the package's allocation, a share of each stratum's items judged
    at random — fewest in the worst stratum (30%), so the judged items over-represent the good
    strata and an unweighted share is too high: the corpus precision's interval (Wilson on
    min(Kish, design) effective size) covers the true precision >= 93% of the time, the plain
    Wilson interval of the unweighted share < 85%."""
    rng = np.random.default_rng(7)
    sizes = np.array([2500, 1500, 900, 1000, 100])
    cells = np.repeat(np.arange(5), sizes)
    right = rng.random(len(cells)) < np.array([.95, .9, .8, .6, .97])[cells]
    target = right.mean()
    judged = np.array([.95, .9, .8, .3, .9])
    take = allocate({c: int(s) for c, s in enumerate(sizes)}, 200)
    hits = plain = 0
    for _ in range(500):
        picked = np.concatenate([rng.choice(np.flatnonzero(cells == c), take[c], replace=False)
                                 for c in range(5)])
        picked = picked[rng.random(len(picked)) < judged[cells[picked]]]
        used = np.bincount(cells[picked], minlength=5)
        weights = sizes[cells[picked]] / used[cells[picked]]
        _, low, high, _ = weighted_precision(right[picked], weights, cells[picked])
        hits += bool(low <= target <= high)
        low, high = wilson(right[picked].sum(), len(picked))    # unweighted
        plain += bool(low <= target <= high)
    assert hits / 500 >= 0.93
    assert plain / 500 < 0.85        # the weights matter here


# ---- simulations: a corpus of 10,000 sources whose truth is known ------------------------

def _population(rng, low_share: bool):
    """Four outlets; the engine's gender per source; the truth drawn from a misclassification
    matrix (female, male, unknown, not_a_source) that differs by engine gender, and the smallest
    outlet with 10% more non-sources (errors that depend on the stratum)."""
    outlet = np.repeat(np.arange(4), (4000, 3000, 2000, 1000))
    p_engine = (np.array([[.08, .8, .12]] * 4) if low_share else
                np.array([[.25, .6, .15], [.3, .55, .15], [.2, .6, .2], [.35, .5, .15]]))
    matrix = (np.array([[.8, .1, .04, .06], [.01, .93, .01, .05], [.1, .6, .2, .1]])
              if low_share else
              np.array([[.86, .05, .03, .06], [.04, .88, .02, .06], [.3, .42, .16, .12]]))
    engine = (rng.random(len(outlet))[:, None] > p_engine[outlet].cumsum(1)).sum(1)
    truth = (rng.random(len(outlet))[:, None] > matrix[engine].cumsum(1)).sum(1)
    truth[(outlet == 3) & (rng.random(len(outlet)) < .1)] = 3
    return outlet, engine, np.minimum(truth, 3)


@pytest.mark.parametrize("low_share, n, judged", [(False, 200, 0.8), (True, 200, 1.0)])
def test_corrected_share_interval_covers_the_truth(low_share, n, judged):
    """500 simulated audits (stratified by outlet × engine gender like sample(), a share of
    the items judged at random): the 95% interval covers the true share >= 93% of the time;
    the raw figure is biased and its point misses the truth. n_boot=200: the interval uses the
    bootstrap standard error, which 200 replicates estimate to about ±5%."""
    rng = np.random.default_rng(2026 + low_share)
    outlet, engine, truth = _population(rng, low_share)
    cells = outlet * 3 + engine
    true = np.bincount(truth, minlength=4)
    target = true[0] / true[:3].sum()
    counts = np.bincount(engine, minlength=3)[None, :]
    sizes = np.bincount(cells)
    take = allocate({c: int(s) for c, s in enumerate(sizes)}, n)
    quota = np.array([take[c] for c in range(len(sizes))])
    order_cells = np.argsort(cells, kind="stable")
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    hits, points, widths = 0, [], []
    for sim in range(500):
        keys = rng.random(len(cells))
        order = order_cells[np.lexsort((keys[order_cells], cells[order_cells]))]
        rank = np.empty(len(cells), int)
        rank[order] = np.arange(len(cells)) - starts[cells[order]]
        drawn = np.flatnonzero((rank < quota[cells]) & (rng.random(len(cells)) < judged))
        used = np.bincount(cells[drawn], minlength=len(sizes))
        weights = sizes[cells[drawn]] / used[cells[drawn]]
        raw, point, low, high = corrected_shares(engine[drawn], truth[drawn], weights,
                                                 cells[drawn], counts, n_boot=200, seed=sim)
        hits += bool(low[0] <= target <= high[0])
        points.append(point[0])
        widths.append(high[0] - low[0])
    assert hits / 500 >= 0.93
    # the engine's own figure is off; the corrected one is right on average
    assert abs(np.mean(points) - target) < abs(raw[0] - target) / 4
    assert np.mean(widths) < 0.15


def test_engine_and_truth_vocabularies():
    assert ENGINE == ("female", "male", "unknown")
    assert TRUTH[-1] == "not_a_source"


# ---- the chart -----------------------------------------------------------------------------

def test_gender_share_draws_error_bars_from_the_audit(tmp_path):
    corpus = make_corpus(60)
    audit = sample(corpus, n=40, seed=0, name="g", item="source", directory=tmp_path)
    for i, (_, row) in enumerate(audit.iterrows()):
        wrong = row["gender"] == "male" and i % 3 == 0
        record("g", row["item_id"], tmp_path, verdict="right",
               gender_verdict="wrong" if wrong else "right",
               correct_gender="female" if wrong else "")
    plain = plots.gender_share(corpus, by="source")
    assert not any(isinstance(c, ErrorbarContainer) for c in plain.containers)
    ax = plots.gender_share(corpus, by="source", audit="g", directory=tmp_path)
    bars = [c for c in ax.containers if isinstance(c, ErrorbarContainer)]
    assert len(bars) == 1
    table = plots.table_of(ax)
    marker, _, (lines,) = bars[0].lines
    x, y = marker.get_data()
    assert list(y) == list(range(len(table)))
    assert list(x) == pytest.approx(list(table["female_corrected"]))
    segments = lines.get_segments()               # one horizontal line per bar: low to high
    assert [s[0][0] for s in segments] == pytest.approx(list(table["female_low"]))
    assert [s[1][0] for s in segments] == pytest.approx(list(table["female_high"]))
    assert (table["female_corrected"] > table["female"]).all()     # men were women
    assert "corrected by audit g" in " ".join(t.get_text() for t in ax.get_legend().texts)
    whole = estimate(corpus, "g", directory=tmp_path)
    overall = plots.table_of(plots.gender_share(corpus, audit="g", directory=tmp_path))
    assert overall["female_corrected"].iloc[0] == pytest.approx(whole.corrected)
    assert overall["female_low"].iloc[0] == pytest.approx(whole.low)
    with pytest.raises(ValueError, match="weight='sources'"):
        plots.gender_share(corpus, weight="quotes", audit="g", directory=tmp_path)
