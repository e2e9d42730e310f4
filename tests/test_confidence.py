"""The quotes' ``confidence`` (issue 25, item 3): a column in [0, 1] read from the fitted table
``quote_confidence`` by the quote's cell (:mod:`analysis.engine.quotes.confidence`), the table a
lexicon a user can override, and the calibration that fits it and prints the reliability table
(:mod:`analysis.evaluation.calibration`)."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import analyze, config
from analysis.engine.quotes.confidence import (cell_keys, cue_kind, features, length_bin,
                                               lookup, speaker_place)
from analysis.engine.records import QuoteRecord
from analysis.evaluation.calibration import (FEATURES, apply_table, fit_table,
                                             format_reliability, prediction_outcomes,
                                             reliability, write_table)
from analysis.lexicons import LexiconError, load_lexicons, packaged
from analysis.schema import SchemaViolation, validate_table

MODELS = [None, str(config.shared_dir() / "models" / "en_news_sm-3.8.0")]
MODEL_IDS = ["en_core_web_sm", "en_news_sm"]

ARTICLE = (
    "The city council voted on Tuesday to close the Wellington Street bridge for repairs.\n\n"
    "\"We cannot keep sending buses over a bridge that is falling apart,\" said Jane Porter, "
    "the mayor of Leeds.\n\n"
    "Porter said the bridge would reopen by June if the contractors kept to the schedule.")
DIRECT = "We cannot keep sending buses over a bridge that is falling apart"


def _direct(quotes: pd.DataFrame) -> pd.Series:
    row = quotes[quotes["quote"] == DIRECT]
    assert len(row) == 1, quotes[["quote", "kind", "cue", "speaker"]]
    return row.iloc[0]


# --- the column ---------------------------------------------------------------------------------

def test_confidence_is_a_float_column_in_0_1_and_deterministic(nlp):
    first = analyze([ARTICLE], progress=False).quotes
    again = analyze([ARTICLE], progress=False).quotes
    assert str(first["confidence"].dtype) == "float64"
    assert len(first) >= 2
    assert first["confidence"].between(0, 1).all()
    assert (first["confidence"] > 0).all()  # every quote got a value from the table
    assert first["confidence"].tolist() == again["confidence"].tolist()


def test_the_schema_rejects_a_confidence_outside_0_1(nlp):
    quotes = analyze([ARTICLE], progress=False).quotes
    bad = quotes.copy()
    bad.loc[bad.index[0], "confidence"] = 1.5
    with pytest.raises(SchemaViolation, match="quotes"):
        validate_table("quotes", bad)


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_rules_cell_gives_its_table_value_and_an_override_changes_it(model):
    """A direct quote with an inverted "said" and its named speaker in the same sentence is the
    cell ``direct|verb|person|same|medium`` (12 words): its confidence is the packaged table's
    value for its finest fitted cell; merging a value for that exact cell changes it."""
    base = analyze([ARTICLE], model=model, progress=False).quotes
    row = _direct(base)
    assert (row["kind"], row["cue_lemma"], row["speaker_type"]) == ("direct", "say", "person")
    cell = "direct|verb|person|same|medium"
    table = packaged().tables["quote_confidence"]
    expected = lookup(("direct", "verb", "person", "same", "medium"), table)
    assert row["confidence"] == pytest.approx(expected, abs=5e-4)
    changed = analyze([ARTICLE], model=model, progress=False,
                      lexicons={"quote_confidence": {cell: "0.123"}}).quotes
    assert _direct(changed)["confidence"] == pytest.approx(0.123)
    others = changed[changed["quote"] != DIRECT]["confidence"].tolist()
    assert others == base[base["quote"] != DIRECT]["confidence"].tolist()


def test_a_table_value_that_is_not_a_fraction_is_refused():
    with pytest.raises(LexiconError, match="quote_confidence.*between 0 and 1"):
        load_lexicons({"quote_confidence": {"direct": "1.5"}})
    with pytest.raises(LexiconError, match="between 0 and 1"):
        load_lexicons({"quote_confidence": {"direct": "high"}})


# --- the cells ----------------------------------------------------------------------------------

TEXT = "One sentence here. \"A quote of six words right here,\" she said. Third one follows."


QUOTED = "A quote of six words right here"
SENTENCES = [0, TEXT.index("\""), TEXT.index("Third")]


def _record(**kw) -> QuoteRecord:
    start, she = TEXT.index(QUOTED), TEXT.index("she")
    base = dict(start=start, end=start + len(QUOTED), kind="direct", cue="said",
                cue_lemma="say", speaker="she", speaker_start=she, speaker_end=she + 3,
                speaker_type="pronoun")
    return QuoteRecord(**{**base, **kw})


def test_features_of_a_quote_record():
    sentences = SENTENCES
    rec = _record()
    assert TEXT[rec.start:rec.end] == QUOTED
    assert features(rec, TEXT, sentences) == ("direct", "verb", "pronoun", "same", "medium")
    assert speaker_place(_record(speaker_start=0, speaker_end=3), sentences) == "adjacent"
    assert speaker_place(_record(speaker_start=None, speaker_end=None), sentences) == "none"
    assert speaker_place(_record(speaker_start=0), [0, 5, *SENTENCES[1:]]) == "far"
    assert speaker_place(_record(speaker_start=SENTENCES[2] + 1), sentences) == "adjacent"
    assert cue_kind(_record(cue=None, cue_lemma=None, continued=True)) == "continued"
    assert cue_kind(_record(cue=None, cue_lemma=None, speaker_type="unknown")) == "none"
    assert cue_kind(_record(kind="according_to", cue_lemma="according to")) == "according"
    assert cue_kind(_record(cue=":", cue_lemma=":")) == "colon"
    assert length_bin(TEXT, _record(end=TEXT.index(" six"))) == "short"
    assert length_bin("word " * 30, _record(start=0, end=150)) == "long"


def test_lookup_backs_off_to_the_finest_cell_in_the_table():
    feats = ("direct", "verb", "person", "same", "medium")
    assert cell_keys(feats) == ["direct|verb|person|same|medium", "direct|verb|person|same",
                                "direct|verb|person", "direct|verb", "direct", "*"]
    table = {"*": "0.7", "direct": "0.8", "direct|verb|person": "0.93"}
    assert lookup(feats, table) == 0.93
    assert lookup(("direct", "colon", "person", "same", "short"), table) == 0.8
    assert lookup(("indirect", "verb", "group", "same", "long"), table) == 0.7
    with pytest.raises(ValueError, match="direct"):
        lookup(feats, {"direct|verb|person": "2"})


# --- the fit ------------------------------------------------------------------------------------

def _synthetic() -> pd.DataFrame:
    """120 direct quotes said by people (90% right), 40 indirect by groups (50% right), 5
    according-to quotes (all wrong: too few for a cell of their own)."""
    rows = []
    for n in range(120):
        rows.append(("direct", "verb", "person", "same", "medium", n % 10 != 0))
    for n in range(40):
        rows.append(("indirect", "verb", "group", "same", "long", n % 2 == 0))
    for _ in range(5):
        rows.append(("according_to", "according", "document", "same", "short", False))
    return pd.DataFrame(rows, columns=[*FEATURES, "right"])


def test_fit_table_keeps_cells_with_enough_quotes_and_values_the_rest_on_their_remainder():
    frame = _synthetic()
    table = fit_table(frame, min_quotes=30, prior=5, min_block=1, max_se=None)
    scores = dict(zip(table["cell"], table["score"]))
    cells = dict(zip(table["cell"], table["confidence"]))
    quotes = dict(zip(table["cell"], table["quotes"]))
    direct, indirect = "direct|verb|person|same|medium", "indirect|verb|group|same|long"
    # the finest cells hold enough quotes and take them; the coarser cells between have none
    # of their own (they stay only where backing off from them would give another value)
    assert {"*", direct, indirect} <= set(cells)
    assert quotes["*"] == 5 and quotes[direct] == 120 and quotes[indirect] == 40
    assert all(quotes[c] == 0 for c in cells if c not in ("*", direct, indirect))
    # raw scores: shrunk once toward "*" (every quote, 128 of 165 right) by 5 predictions
    overall = (108 + 20) / 165
    assert scores[direct] == pytest.approx(round((108 + 5 * overall) / 125, 3))
    assert scores[indirect] == pytest.approx(round((20 + 5 * overall) / 45, 3))
    # "*" is valued on the 5 according-to quotes left over (all wrong), shrunk toward the
    # share right of every quote: not on every quote, which would rate them 0.776
    assert scores["*"] == pytest.approx(round(5 * overall / 10, 3))
    # the confidences are the isotonic map of the scores: ordered like them
    assert cells["*"] < cells[indirect] < cells[direct]
    conf = apply_table(frame, table)
    assert conf[frame["kind"] == "according_to"].eq(cells["*"]).all()
    assert conf[frame["kind"] == "direct"].eq(cells[direct]).all()
    # with a higher minimum the indirect quotes back off to "*" together with the others
    coarse = fit_table(frame, min_quotes=50, prior=5, min_block=1, max_se=None)
    own = dict(zip(coarse["cell"], coarse["quotes"]))
    assert own["*"] == 45 and own[direct] == 120 and indirect not in own
    with pytest.raises(ValueError, match="no predictions"):
        fit_table(frame.iloc[:0])


def test_a_written_table_reads_back_as_the_lexicon(tmp_path):
    table = fit_table(_synthetic(), min_quotes=30)
    path = tmp_path / "quote_confidence.csv"
    write_table(table, path)
    lex = load_lexicons({"quote_confidence": str(path)})
    read = lex.tables["quote_confidence"]
    assert set(read) == set(table["cell"])
    assert float(read["*"]) == pytest.approx(float(table.set_index("cell").loc[
        "*", "confidence"]))


def test_reliability_per_decile():
    frame = pd.DataFrame({"confidence": [0.95, 0.95, 0.92, 0.55, 0.5, 1.0],
                          "right": [True, True, False, True, False, True]})
    table = reliability(frame)
    assert table["decile"].tolist() == ["0.5-0.6", "0.9-1.0"]
    top = table.iloc[1]
    assert top["quotes"] == 4 and top["share_right"] == 0.75
    assert top["mean_confidence"] == pytest.approx(0.955)
    assert top["gap"] == pytest.approx(-0.205)
    assert "confidence >= 0.9: 4 quotes, 0.750 right" in format_reliability(frame)


def test_a_prediction_is_right_when_it_matches_with_the_right_speaker(nlp):
    from analysis.evaluation.polnear import GoldArticle, GoldAttribution

    text = ("Jane Porter said the bridge would reopen by June. The contractors said the work "
            "was on schedule.")
    porter, contractors = text.index("Jane Porter"), text.index("The contractors")
    first = (text.index("the bridge"), text.index(" by June") + len(" by June"))
    second = (text.index("the work"), len(text) - 1)
    gold = GoldArticle("a", text, [
        GoldAttribution(content=[first], cue=[(porter + 12, porter + 16)],
                        source=[(porter, porter + 11)]),
        GoldAttribution(content=[second], cue=[(contractors + 16, contractors + 20)],
                        source=[(contractors, contractors + 15)])])
    quotes = pd.DataFrame([
        {"article_id": "a", "quote_id": "a-q0", "start": first[0], "end": first[1],
         "speaker_start": porter, "speaker_end": porter + 11, "speaker_actor": "Jane Porter",
         "kind": "indirect"},
        {"article_id": "a", "quote_id": "a-q1", "start": second[0], "end": second[1],
         "speaker_start": porter, "speaker_end": porter + 11, "speaker_actor": "Jane Porter",
         "kind": "indirect"},
        {"article_id": "a", "quote_id": "a-q2", "start": 0, "end": 11, "speaker_start": None,
         "speaker_end": None, "speaker_actor": None, "kind": "direct"}])
    out = prediction_outcomes([gold], quotes, {"a": nlp(text)}).set_index("quote_id")
    assert out.loc["a-q0"].tolist() == [True, True]
    assert out.loc["a-q1"].tolist() == [True, False]  # matched, wrong speaker
    assert out.loc["a-q2"].tolist() == [False, False]  # matches no gold content


def test_calibrate_refuses_the_test_split(capsys):
    from analysis.cli import main

    assert main(["evaluate", "calibrate", "--split", "test"]) != 0
    assert "never fitted on the test split" in capsys.readouterr().err
