"""Fixes to the audit package found while auditing the Wikinews corpus (docs/audit-example.md):
the gender answer of an item judged ``wrong_speaker`` is the real speaker's, so to_corrections
must not put it on the wrong speaker the engine named."""

from __future__ import annotations

from analysis.audit import load, record, sample, to_corrections

from .test_audit import make_corpus


def test_a_wrong_speakers_gender_answer_corrects_the_real_speaker(tmp_path):
    corpus = make_corpus(30)
    items = sample(corpus, n=6, seed=0, name="a", item="source", directory=tmp_path)
    ids = list(items["item_id"])
    engine = [i.partition("|")[2] for i in ids]
    # 0: the quote is someone else's, a woman; 1: an organisation's; 2: the real speaker not
    # given; 3: the engine's person, gender wrong (corrects that person, as before)
    record("a", ids[0], tmp_path, verdict="wrong_speaker", correct_speaker="Jane Roe",
           gender_verdict="wrong", correct_gender="female")
    record("a", ids[1], tmp_path, verdict="wrong_speaker",
           correct_speaker="organization: Ministry of Health", gender_verdict="wrong",
           correct_gender="male")
    record("a", ids[2], tmp_path, verdict="wrong_speaker", gender_verdict="wrong",
           correct_gender="female")
    record("a", ids[3], tmp_path, verdict="right", gender_verdict="wrong",
           correct_gender="female")
    record("a", ids[4], tmp_path, verdict="wrong_speaker",
           correct_speaker="person: Max Mustermann",
           gender_verdict="wrong", correct_gender="male")
    rows = to_corrections("a", tmp_path, path=tmp_path / "corrections.csv")
    genders = rows[rows["kind"] == "gender"]
    assert dict(zip(genders["actor"], genders["value"])) == {
        "Jane Roe": "female", engine[3]: "female", "Max Mustermann": "male"}
    assert not set(genders["actor"]) & {engine[0], engine[1], engine[2], engine[4]}
    speakers = rows[rows["kind"] == "speaker"]
    assert sorted(speakers["value"]) == ["Jane Roe", "organization: Ministry of Health",
                                         "person: Max Mustermann"]
    assert len(load("a", tmp_path)) == 6


# ---- diff: a run made with corrections is compared as it was made ---------------------------

def test_diff_counts_a_run_with_the_corrections_it_applied(tmp_path, capsys):
    import shutil

    from analysis import Corpus, analyze, cli, load_articles
    from analysis.diff import diff

    from .conftest import SEED

    plain = tmp_path / "plain"
    analyze(load_articles(SEED), store=plain, processes=1)
    sources = Corpus.read(plain).sources
    men = sources.loc[sources["gender"] == "male", "actor"]
    assert len(men), "the seed article quotes no man"
    fixes = tmp_path / "corrections.csv"
    fixes.write_text(f"kind,actor,value\ngender,{men.iat[0]},female\n", encoding="utf-8")
    fixed = tmp_path / "fixed"
    shutil.copytree(plain, fixed)
    assert cli.main(["extract", str(SEED), "--out", str(fixed), "--corrections", str(fixes),
                     "--quiet", "--processes", "1"]) == cli.EXIT_OK
    capsys.readouterr()
    result = diff(plain, fixed)
    share = result.figures.set_index("figure").loc["women_share"]
    assert share["b"] > share["a"] and share["change"] > 0    # as the extract gave it
    assert result.notes == ()
    assert cli.main(["diff", str(plain), str(fixed)]) == cli.EXIT_OK
    assert "Note:" not in capsys.readouterr().out
    # the file changed since the run: not applied, and the diff says so
    fixes.write_text(f"kind,actor,value\ngender,{men.iat[0]},male\n", encoding="utf-8")
    changed = diff(plain, fixed)
    assert changed.figures.set_index("figure").loc["women_share", "change"] == 0
    assert len(changed.notes) == 1 and "changed since the run" in changed.notes[0]
    fixes.unlink()
    gone = diff(plain, fixed)
    assert len(gone.notes) == 1 and "is gone" in gone.notes[0]
    assert f"Note: {gone.notes[0]}" in str(gone)


# ---- the corrected share's interval with errors the audit did not see ----------------------

def test_interval_covers_the_truth_in_small_audits_with_rare_errors():
    """60-item audits of the Wikinews design (71 women, 239 men, 36 unknown; 12, 42 and 6
    audited) where 1-5% of the engine's women and men are wrong: most audits see no error
    among women, and a bootstrap alone gave a zero-width interval around the engine's figure
    (coverage 0.80); the interval must cover the truth at least 93% of the time."""
    import numpy as np

    from analysis.audit.estimate import corrected_shares

    counts = np.array([71.0, 239.0, 36.0])
    # P(truth | engine): rows female, male, unknown; truths female, male, unknown, not a source
    truth_of = np.array([[0.95, 0.04, 0.0, 0.01], [0.01, 0.98, 0.0, 0.01],
                         [0.2, 0.4, 0.4, 0.0]])
    true = counts @ truth_of
    target = true[0] / true[:3].sum()
    drawn = np.array([12, 42, 6])
    engine = np.repeat(np.arange(3), drawn)
    weights = np.repeat(counts / drawn, drawn)
    rng = np.random.default_rng(26)
    hits, zero = 0, 0
    for s in range(500):
        truth = np.concatenate([rng.choice(4, size=k, p=truth_of[g])
                                for g, k in enumerate(drawn)])
        _, _, low, high = corrected_shares(engine, truth, weights, engine, counts[None, :],
                                           n_boot=300, seed=s)
        hits += bool(low[0] <= target <= high[0])
        zero += bool(high[0] - low[0] < 1e-9)
    assert zero == 0
    assert hits / 500 >= 0.93
