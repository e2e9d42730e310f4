"""Session 21: PolNeAR gold is read on the evaluation's own fixed parse, not the engine's.

Before, which attributions counted as speech and how sources were read (relative pronouns,
swapped Source/Cue labels) came from the parse of the model being scored, so the two models were
scored on slightly different gold (10 of dev's 2,145 attributions). These tests fail on the old
code: the article below had its Source/Cue labels read as swapped on en_news_sm only.
"""

from __future__ import annotations

import shutil

import pytest

from analysis.engine.nlp import ModelNotFoundError
from analysis.evaluation import evaluate_polnear, load_polnear, read_docs
from analysis.evaluation import reader
from analysis.evaluation.scoring import read_gold
from .conftest import POLNEAR, need
from .helpers import MODELS

# a dev article whose labels "said" (Source) / a surname (Cue) one model reads as swapped
ARTICLE = "huff-post_2016-10-07_frustrated-parents-rally-nationw"


@pytest.fixture(scope="module")
def one_article(tmp_path_factory):
    base = need(POLNEAR) / "data" / "dev"
    root = tmp_path_factory.mktemp("polnear")
    for sub, pattern in (("text", f"{ARTICLE}.txt"), ("attributions", f"{ARTICLE}_*.ann")):
        (root / "data" / "dev" / sub).mkdir(parents=True)
        for f in (base / sub).glob(pattern):
            shutil.copy(f, root / "data" / "dev" / sub / f.name)
    return root


def _readings(gold, docs):
    read = read_gold(gold, docs)
    return [(r.reading, tuple(r.source), r.speech) for pairs in read.values() for r, _ in pairs]


def test_both_models_score_the_same_gold(one_article):
    infos = [evaluate_polnear("dev", root=one_article, model=m)[1] for m in MODELS]
    keys = ("gold_attributions", "gold_speech", "sources_relative", "sources_swapped",
            "contents_split", "gold_document_speech", "gold_reader")
    assert [{k: i[k] for k in keys} for i in infos][0] == [{k: i[k] for k in keys}
                                                           for i in infos][1]
    assert infos[0]["gold_reader"] == "en_core_web_sm 3.8.0"
    assert {i["model"] for i in infos} == {"en_core_web_sm", "en_news_sm"}


def test_shared_reading_is_the_one_used(one_article):
    gold = load_polnear(one_article, "dev")
    docs = read_docs(gold)
    _, alone, _ = evaluate_polnear("dev", root=one_article, model=MODELS[1])
    _, shared, _ = evaluate_polnear("dev", root=one_article, model=MODELS[1], gold_docs=docs)
    assert alone["sources_swapped"] == shared["sources_swapped"]
    assert alone["gold_speech"] == shared["gold_speech"]
    # the reading is the reader's whatever the docs were parsed for: readings of the same gold
    # twice are equal, and the gold objects are not changed by being read
    assert _readings(gold, docs) == _readings(gold, docs)


def test_reader_missing_is_a_clear_error(monkeypatch):
    import analysis.engine.nlp as nlp

    monkeypatch.setattr(nlp, "find_local_pipelines", lambda: [])
    monkeypatch.setattr(nlp, "package_pipeline", lambda name, **_: None)
    with pytest.raises(ModelNotFoundError, match="reads its gold with en_core_web_sm 3.8.0"):
        reader.reader_target()


def test_reader_is_the_official_model():
    target = reader.reader_target()
    assert target == "en_core_web_sm" or target.endswith("en_core_web_sm-3.8.0")


def test_confidence_predictions_survive_the_reader(one_article):
    """The calibration rows need the engine's Docs (features) and the reader's (outcomes)."""
    table, info, _ = evaluate_polnear("dev", root=one_article)
    predicted = int(table[(table.scope == "quotes")].predicted.iloc[0])
    rows = info["predictions"]
    assert predicted > 0 and len(rows) == predicted
    assert rows["right"].any() and rows["confidence"].notna().all()
