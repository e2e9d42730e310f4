"""What changed between two runs (analysis/diff.py, ``python -m analysis diff A B``): the seed
article analysed with the packaged word lists and with a lexicon override."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

from analysis import Corpus, analyze, cli, load_articles, summaries
from analysis.csvsafe import read_csv
from analysis.diff import diff

from .conftest import SEED

# "tell" is no speech verb and Joe/John are women's names: quotes move between speakers
OVERRIDE = {"speech_verbs": {"remove": ["tell"]}, "first_names": {"joe": "f", "john": "f"}}


@pytest.fixture(scope="module")
def stores(tmp_path_factory, nlp):
    root = tmp_path_factory.mktemp("diff")
    articles = load_articles(SEED)
    analyze(articles, store=root / "a", processes=1)
    analyze(articles, store=root / "b", processes=1, lexicons=OVERRIDE)
    return root / "a", root / "b"


def figure(result, name: str):
    return result.figures.set_index("figure").loc[name]


def test_diff_counts_read_from_the_stores(stores):
    a, b = stores
    result = diff(a, b / "manifest.json")  # a store or its manifest
    ca, cb = Corpus.read(a).load(), Corpus.read(b).load()
    for name, value in [("articles", lambda c: len(c.articles)),
                        ("quotes", lambda c: len(c.quotes)),
                        ("sources", lambda c: len(c.sources))]:
        row = figure(result, name)
        assert (row["a"], row["b"]) == (value(ca), value(cb)), name
        assert row["change"] == value(cb) - value(ca)
    anonymous = figure(result, "anonymous_share")
    assert anonymous["a"] == pytest.approx((ca.quotes["speaker_type"] == "anonymous").mean())
    assert figure(result, "lexicons")["change"] == "changed"
    assert figure(result, "fingerprint")["change"] == "changed"
    for name in ("model", "aliases", "thresholds", "corrections", "analysis_version"):
        assert figure(result, name)["change"] == "same", name
    # top speakers: ranks and counts as summaries.top_speakers gives them in each run
    speakers = result.speakers.set_index("speaker")
    for run, side in ((ca, "a"), (cb, "b")):
        ranked = summaries.top_speakers(run, top=100)
        for rank, (name, quotes) in enumerate(zip(ranked["speaker"], ranked["quotes"]), 1):
            if name in speakers.index:
                assert speakers.loc[name, f"rank_{side}"] == rank
                assert speakers.loc[name, f"quotes_{side}"] == quotes
    assert (speakers["rank_change"] != 0).any() or figure(result, "sources")["change"] != 0
    assert (speakers["quotes_change"] == speakers["quotes_b"] - speakers["quotes_a"]).all()


def test_women_share_moves_with_a_gender_correction(stores):
    a, _ = stores
    plain = Corpus.read(a)
    person = plain.sources["actor"].iat[0]
    fixes = pd.DataFrame([{"kind": "gender", "actor": person, "value": "female"}])
    result = diff(a, a, corrections_b=fixes)
    share = figure(result, "women_share")
    corrected = Corpus.read(a, corrections=fixes).sources["gender"]
    known = corrected[corrected.isin(["female", "male"])]
    assert share["b"] == pytest.approx((known == "female").mean())
    assert share["change"] == pytest.approx(100 * (share["b"] - share["a"]), abs=0.01)
    assert share["b"] > share["a"]
    assert figure(result, "corrections")["change"] == "changed"


def test_a_manifest_alone_gives_what_it_records(stores, tmp_path):
    a, b = stores
    copy = tmp_path / "old-manifest.json"
    shutil.copy(a / "manifest.json", copy)
    result = diff(copy, b)
    assert figure(result, "articles")["a"] == 1
    assert pd.isna(figure(result, "sources")["a"])
    assert result.speakers.empty
    assert "-" in str(result)


def test_cli_diff_prints_and_writes_the_tables(stores, tmp_path, capsys):
    a, b = stores
    out = tmp_path / "diff.csv"
    assert cli.main(["diff", str(a), str(b), "--csv", str(out)]) == cli.EXIT_OK
    printed = capsys.readouterr().out
    assert "women_share" in printed and "Top speakers" in printed
    lexicons = next(line for line in printed.splitlines() if line.strip().startswith("lexicons"))
    assert lexicons.rstrip().endswith("changed")
    table = read_csv(out)
    assert set(table["table"]) == {"figures", "speakers"}
    assert cli.main(["diff", str(tmp_path / "nowhere"), str(b)]) == cli.EXIT_USAGE
    assert "neither a corpus store nor a manifest.json" in capsys.readouterr().err
