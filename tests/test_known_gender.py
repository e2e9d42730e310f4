"""Rare first names (issue 24, known genders): a first name that fewer than ``min_count`` bearers
carry in the name statistics is judged, in the corpus step's actor genders, by its expected
share of women given so few bearers (analysis.engine.first_names.expected_share), held to the
same threshold as a common name; the engine's per-article uses of first names are unchanged."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import analyze, config
from analysis.assembly.gender import _name_log_odds
from analysis.engine.first_names import (GenderSettings, expected_share, first_name_gender,
                                         first_name_share, name_statistics)

MODELS = [None, str(config.shared_dir() / "models" / "en_news_sm-3.8.0")]
MODEL_IDS = ["en_core_web_sm", "en_news_sm"]


def test_expected_share_of_a_rare_name_is_its_error_rate():
    # a common name: the expected share is the observed one
    assert expected_share(100_000, 0.02) == pytest.approx(0.02, abs=0.002)
    # few bearers, all men: a small but non-zero expected share of women
    assert 0.01 < expected_share(15, 0.0) < 0.03
    assert 0.97 < expected_share(15, 1.0) < 0.99
    # one woman of ten passes the 0.1 threshold; two of fifteen do not
    assert expected_share(10, 0.1) < 0.1 < expected_share(15, 2 / 15)
    # the fewer the bearers, the less sure
    assert expected_share(12, 0.0) > expected_share(40, 0.0)


def test_rare_names_only_where_asked():
    stats = name_statistics()
    assert stats["satyendra"][0] < GenderSettings().min_count  # rare in the statistics
    assert stats["aadrika"][0] < GenderSettings().min_count
    # the engine's per-article uses (name detection, he/she) do not read rare names
    assert first_name_share("Satyendra") is None and first_name_gender("Aadrika") is None
    assert first_name_share("Satyendra", rare=True) < 0.1
    assert first_name_share("Aadrika", rare=True) > 0.9
    # a rare name with a mixed sample stays unknown; a name absent from the statistics too
    assert stats["abin"][0] < 20 and 0.1 < stats["abin"][1] < 0.2
    assert first_name_share("Abin", rare=True) is None
    assert first_name_share("Zqxwvy", rare=True) is None
    # the corpus step's name evidence: on by default, off with rare_names=False
    assert _name_log_odds("Satyendra Jain", GenderSettings()) == -2.0
    assert _name_log_odds("Aadrika Menon", GenderSettings()) == 2.0
    assert _name_log_odds("Satyendra Jain", GenderSettings(rare_names=False)) == 0.0
    # common names are unchanged
    assert _name_log_odds("Margaret Hale", GenderSettings(rare_names=False)) == \
        _name_log_odds("Margaret Hale", GenderSettings())


TEXTS = {
    "minister": ("Delhi's health minister Satyendra Jain told reporters on Monday that the "
                 "hospital would reopen within a week.\n\n\u201cWe have enough beds now,\u201d "
                 "Jain said."),
    "clinic": ("The queue outside the clinic has doubled since March, according to Aadrika "
               "Menon, who runs it.\n\n\u201cPeople come from three districts,\u201d Menon said."),
    "mixed": ("Abin Rahman, a farmer from the district, said the rains had come late.\n\n"
              "\u201cWe lost half the crop,\u201d Rahman said."),
}


@pytest.fixture(scope="module", params=MODELS, ids=MODEL_IDS)
def corpus(request):
    texts = pd.DataFrame({"article_id": list(TEXTS), "text": list(TEXTS.values())})
    return analyze(texts, model=request.param, progress=False)


@pytest.mark.parametrize("article, actor, gender", [
    ("minister", "Satyendra Jain", "male"),
    ("clinic", "Aadrika Menon", "female"),
    ("mixed", "Abin Rahman", "unknown"),
])
def test_a_source_with_a_rare_first_name(corpus, article, actor, gender):
    rows = corpus.sources[(corpus.sources["article_id"] == article)
                          & (corpus.sources["actor"] == actor)]
    assert len(rows) == 1, corpus.sources[["article_id", "actor"]].to_string()
    row = rows.iloc[0]
    assert row["gender"] == gender
    assert row["gender_source"] == ("none" if gender == "unknown" else "first_name")
