"""Fitting the quotes' confidence table (issue 25, item 3; :mod:`analysis.evaluation.calibration`):
hierarchical shrinkage of the cells' shares right, back-off to a cell's remainder, cross-fitting
by article, the isotonic (pool-adjacent-violators) map, and the engine reading a refitted table.
Synthetic predictions with known rates: the fit must recover them."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis import analyze
from analysis.evaluation.calibration import (FEATURES, apply_table, article_groups,
                                             cell_values, fit_table, isotonic, map_score,
                                             out_of_fold, reliability, write_table)
from analysis.lexicons import load_lexicons, packaged

PERSON = ("direct", "verb", "person", "same", "medium")
GROUP = ("direct", "verb", "group", "same", "medium")
INDIRECT = ("indirect", "verb", "pronoun", "same", "long")
NOSPEAKER = ("direct", "none", "unknown", "none", "short")


def _frame(cells: list[tuple[tuple[str, ...], int, float]], per_article: int = 10,
           seed: int = 0) -> pd.DataFrame:
    """``n`` predictions of each ``(features, n, rate)``, right with probability ``rate``,
    dealt into articles of ``per_article`` predictions (``quote_id`` ``a{k}-q{i}``)."""
    rng = np.random.default_rng(seed)
    rows = []
    for feats, n, rate in cells:
        for ok in rng.random(n) < rate:
            rows.append((*feats, bool(ok)))
    frame = pd.DataFrame(rows, columns=[*FEATURES, "right"]).sample(frac=1, random_state=seed)
    frame["quote_id"] = [f"a{i // per_article}-q{i % per_article}" for i in range(len(frame))]
    return frame.reset_index(drop=True)


def _exact(feats: tuple[str, ...], n: int, right: int) -> list[tuple[tuple[str, ...], bool]]:
    return [(feats, i < right) for i in range(n)]


def _values(pairs: list[tuple[tuple[str, ...], bool]], **kw):
    keys = [k for k, _ in pairs]
    return cell_values(keys, np.array([ok for _, ok in pairs]), **kw)


# --- shrinkage and back-off -----------------------------------------------------------------------

def test_a_cells_share_right_is_shrunk_toward_its_parents_by_the_prior():
    """900 person quotes (810 right) and 40 group quotes (8 right) under ``direct|verb``: the
    group cell's value is its share right pulled toward its parent's by 20 predictions (once:
    its sub-cells hold the same 40 predictions); a big cell keeps nearly its own rate."""
    pairs = _exact(PERSON, 900, 810) + _exact(GROUP, 40, 8)
    values = _values(pairs, min_quotes=30, prior=20)
    parent = 818 / 940  # "*", "direct" and "direct|verb" hold the same 940 predictions
    group = (8 + 20 * parent) / (40 + 20)
    assert values[GROUP][0] == pytest.approx(group)
    assert values[GROUP[:3]][0] == pytest.approx(group)
    assert values[GROUP[:2]][0] == pytest.approx(parent)  # no own predictions: the whole cell
    assert 8 / 40 < values[GROUP][0] < parent  # between its own and its parent's
    assert values[GROUP][0] < 0.5  # the rate, not the parent's, dominates at 40 quotes
    assert values[PERSON][0] == pytest.approx(0.9, abs=0.002)
    assert values[PERSON][1] == 900 and values[GROUP][1] == 40  # own predictions
    # a tiny cell (5 quotes, all wrong) would be kept at min_quotes=5: it stays near its parent
    tiny = _values(_exact(PERSON, 900, 810) + _exact(GROUP, 5, 0), min_quotes=5, prior=20)
    assert tiny[GROUP][0] == pytest.approx(20 * (810 / 905) / 25)


def test_a_rare_cell_backs_off_to_its_parents_remainder_not_its_best_sub_cell():
    """20 group quotes (below the minimum of 30) are not a cell of their own: they back off to
    ``direct|verb|...``, which is valued on the predictions backing off to it (the group
    quotes, 2 of 20 right) shrunk toward the whole cell — not on the whole cell, which the
    900 person quotes at 0.9 would dominate."""
    pairs = _exact(PERSON, 900, 810) + _exact(GROUP, 20, 2)
    values = _values(pairs, min_quotes=30, prior=20)
    assert GROUP not in values and GROUP[:3] not in values
    assert ("direct", "verb") in values  # 920 predictions
    value, own = values[("direct", "verb")]
    assert own == 20
    whole_rate = 812 / 920
    assert value < 0.6 < whole_rate  # near the remainder, not near 0.88
    table = fit_table(_frame([(PERSON, 900, 0.9), (GROUP, 20, 0.1)]), min_quotes=30,
                      prior=20, min_block=10)
    assert "direct|verb|group|same|medium" not in set(table["cell"])
    cells = dict(zip(table["cell"], table["score"]))
    assert cells["direct|verb"] < 0.6 < cells["direct|verb|person|same|medium"]


def test_out_of_fold_scores_never_use_the_held_out_article():
    """A cell found in one article only: scored held out, its predictions get the value of the
    cells fitted on the other articles (their parent), not their own all-right rate."""
    keys = [PERSON] * 400 + [GROUP] * 40
    right = np.array([i % 2 == 0 for i in range(400)] + [True] * 40)
    groups = [f"a{i // 10}" for i in range(400)] + ["only"] * 40
    inside = cell_values(keys, right, min_quotes=30, prior=20)
    assert inside[GROUP][0] > 0.8
    held = out_of_fold(keys, right, groups, folds=5, min_quotes=30, prior=20)
    assert (held[400:] < 0.6).all()  # the group cell is unknown without its article
    assert held[400:] == pytest.approx(held[400])
    assert (held[:400] == pytest.approx(0.5, abs=0.05))
    assert article_groups(pd.DataFrame({"quote_id": ["x-1-q0", "x-1-q12"]})) == ["x-1", "x-1"]


# --- the isotonic map -----------------------------------------------------------------------------

def test_isotonic_pools_adjacent_violators():
    """Scores 1..6 with rights 1,0,1,1,0,1: PAV pools (1,0) to 0.5 and (1,1,0) … to a
    non-decreasing step map that keeps the total right."""
    scores = np.array([0.1, 0.2, 0.3, 0.4, 0.5, 0.6])
    right = np.array([1, 0, 1, 1, 0, 1], dtype=bool)
    blocks = isotonic(scores, right, min_block=1, max_se=None)
    rates = [b[2] for b in blocks]
    assert rates == pytest.approx([0.5, 2 / 3, 1.0])
    assert [b[3] for b in blocks] == [2, 3, 1]
    assert [(b[0], b[1]) for b in blocks] == [(0.1, 0.2), (0.3, 0.5), (0.6, 0.6)]
    assert map_score(0.05, blocks) == 0.5 and map_score(0.99, blocks) == 1.0
    assert map_score(0.24, blocks) == 0.5 and map_score(0.26, blocks) == pytest.approx(2 / 3)
    with pytest.raises(ValueError, match="no scores"):
        isotonic(np.array([]), np.array([], dtype=bool))


def test_isotonic_is_monotone_keeps_the_mean_and_pools_small_steps():
    rng = np.random.default_rng(3)
    scores = rng.random(3000)
    right = rng.random(3000) < 0.2 + 0.6 * scores  # the true rate rises with the score
    for min_block in (1, 100, 400):
        blocks = isotonic(scores, right, min_block=min_block, max_se=None)
        rates = [b[2] for b in blocks]
        assert all(a <= b for a, b in zip(rates, rates[1:]))  # never falling
        assert sum(b[3] for b in blocks) == 3000
        assert sum(b[2] * b[3] for b in blocks) == pytest.approx(right.sum())
        assert all(b[3] >= min_block for b in blocks)
        assert all(x[1] < y[0] for x, y in zip(blocks, blocks[1:]))  # disjoint, ordered
    few = isotonic(scores, right, min_block=400, max_se=None)
    assert 3 <= len(few) <= 7
    # the map recovers the true rate within sampling noise
    for lo, hi, rate, _ in few:
        assert rate == pytest.approx(0.2 + 0.6 * (lo + hi) / 2, abs=0.08)


def test_a_step_must_know_its_share_to_max_se():
    """With ``max_se`` a step of share p holds at least p(1 - p) / max_se² predictions: a step
    of 300 predictions at 0.5 (standard error 0.029) is pooled at max_se 0.02, one of 300 at
    0.99 (0.006) is not; without it both stay."""
    scores = np.repeat([0.2, 0.5, 0.9], [3000, 300, 300])
    right = np.concatenate([np.arange(3000) % 10 < 3, np.arange(300) % 2 == 0,
                            np.arange(300) % 100 != 0])
    assert [round(b[2], 3) for b in isotonic(scores, right, min_block=100, max_se=None)] == [
        0.3, 0.5, 0.99]
    pooled = isotonic(scores, right, min_block=100, max_se=0.02)
    assert [round(b[2], 3) for b in pooled] == [round(1050 / 3300, 3), 0.99]
    assert [b[3] for b in pooled] == [3300, 300]
    # at 0.3 the 3,000 predictions know their share to 0.008: nothing is pooled at 0.01
    assert len(isotonic(scores[:3000], right[:3000], min_block=100, max_se=0.01)) == 1


def test_quotes_without_a_speaker_get_their_share_right_and_stay_out_of_the_map():
    """A quote with no speaker (place ``none``) is never right: its cells get 0 even when
    their raw score, pulled toward a parent of right quotes, is well above 0."""
    no_speaker = ("mixed", "verb", "unknown", "none", "medium")
    rules = [(("mixed", "verb", "person", "same", "medium"), 2000, 0.9), (no_speaker, 40, 0.0),
             (GROUP, 2000, 0.7)]
    table = fit_table(_frame(rules), min_quotes=30, prior=20, min_block=100, max_se=None)
    row = table.set_index("cell").loc["|".join(no_speaker)]
    assert row["score"] > 0.2 and row["confidence"] == 0.0
    assert sum(b[3] for b in table.attrs["blocks"]) == 4000  # only quotes with a speaker


# --- the fitted table -----------------------------------------------------------------------------

def test_fit_table_recovers_known_rates_and_is_calibrated_held_out():
    """Four rules right 0%, 50%, 75% and 95% of the time: the fitted confidences recover the
    rates, are monotone in the raw score, and on fresh predictions of the same rules every
    confidence decile is within 0.05 of its share right."""
    rules = [(NOSPEAKER, 800, 0.0), (INDIRECT, 1500, 0.5), (GROUP, 1500, 0.75),
             (PERSON, 3000, 0.95)]
    table = fit_table(_frame(rules), min_quotes=30, prior=20, min_block=200, max_se=None)
    cells = dict(zip(table["cell"], table["confidence"]))
    for feats, _, rate in rules:
        got = apply_table(pd.DataFrame([feats], columns=list(FEATURES)), table).iloc[0]
        assert got == pytest.approx(rate, abs=0.03), feats
    assert cells["direct|none|unknown|none|short"] == 0.0
    speaker = table[table["cell"].str.split("|").str[3].fillna("") != "none"]
    assert speaker.sort_values("score")["confidence"].is_monotonic_increasing
    fresh = _frame(rules, seed=7)
    check = reliability(fresh.assign(confidence=apply_table(fresh, table)))
    assert len(check) == 4
    assert check["gap"].abs().max() <= 0.05
    blocks = table.attrs["blocks"]
    assert all(b[3] >= 200 for b in blocks)


def test_fit_table_gives_a_rare_rule_few_well_supported_values():
    """With a minimum step of 1,000 predictions, rules of 300 predictions share a step with
    their neighbours: the table takes at most as many values as steps."""
    rules = [(PERSON, 2500, 0.9), (GROUP, 300, 0.7), (INDIRECT, 300, 0.6),
             (NOSPEAKER, 1200, 0.0)]
    table = fit_table(_frame(rules), min_block=1000, max_se=None)
    blocks = table.attrs["blocks"]
    assert len(blocks) <= 3
    assert set(table["confidence"]) <= {0.0} | {round(b[2], 3) for b in blocks}
    assert all(b[3] >= 1000 for b in blocks)


def test_the_engine_reads_a_refitted_table(tmp_path, nlp):
    """A table fitted and written by the calibration is a lexicon the engine reads: a quote
    takes the confidence of its finest cell (not the raw score in the 4th column)."""
    rules = [(("direct", "verb", "person", "same", "medium"), 600, 0.6),
             (("direct", "verb", "person", "adjacent", "medium"), 600, 0.95),
             (NOSPEAKER, 300, 0.0)]
    table = fit_table(_frame(rules), min_block=100, max_se=None)
    path = tmp_path / "quote_confidence.csv"
    write_table(table, path, "synthetic")
    text = path.read_text(encoding="utf-8")
    assert text.splitlines()[0].startswith("# fitted on synthetic")
    assert "isotonic" in text and "cell,confidence,quotes,score" in text
    read = load_lexicons({"quote_confidence": str(path)}).tables["quote_confidence"]
    assert set(read) == set(table["cell"])
    article = ("The city council voted on Tuesday to close the bridge for repairs.\n\n"
               "\"We cannot keep sending buses over a bridge that is falling apart,\" said Jane "
               "Porter, the mayor of Leeds.")
    quotes = analyze([article], progress=False, lexicons={"quote_confidence": str(path)}).quotes
    row = quotes[quotes["quote"].str.startswith("We cannot")].iloc[0]
    expected = dict(zip(table["cell"], table["confidence"]))
    assert row["confidence"] == pytest.approx(expected["direct|verb|person|same|medium"])
    assert row["confidence"] == pytest.approx(0.6, abs=0.06)


def test_the_packaged_table_is_the_isotonic_fit():
    """The packaged ``quote_confidence.csv`` is fitted by this method: a raw ``score`` per
    cell, its confidence non-decreasing in the score, and few distinct values."""
    from analysis.lexicons import data_text

    text = data_text("quote_confidence.csv")
    assert "isotonic" in text
    rows = [line.split(",") for line in text.splitlines() if line and not line.startswith("#")]
    assert rows[0] == ["cell", "confidence", "quotes", "score"]
    frame = pd.DataFrame(rows[1:], columns=rows[0]).astype(
        {"confidence": float, "quotes": int, "score": float})
    speaker = frame[frame["cell"].str.split("|").str[3].fillna("") != "none"]
    assert speaker.sort_values(["score", "confidence"])["confidence"].is_monotonic_increasing
    assert (frame.loc[frame["cell"].str.split("|").str[3] == "none", "confidence"] == 0).all()
    assert frame["confidence"].nunique() <= 12
    table = packaged().tables["quote_confidence"]
    assert float(table["*"]) == pytest.approx(frame.set_index("cell").loc["*", "confidence"])
