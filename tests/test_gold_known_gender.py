"""The gold set's known-gender layer (``known_gender`` / ``known_evidence``, annotator D,
tests/data/sources_gold.md): read from the gold file, checked, and scored by ``evaluate
sources`` as extra rows ("with known genders") beside the text-only rows, which do not move.
Hand-made gold files in tmp_path and hand-made sources tables; no spaCy model."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from analysis.evaluation.sources import (GoldError, format_sources, format_sources_matrix,
                                         read_gold, score_sources)

# Three articles. Text layer: 2 women (Ardern, Kelly), 1 man (Collins), 4 unknown. Known layer
# on three of the unknowns: Zelensky male (person), Katya female (name), Mariela Belski female
# (name); Arba Agung stays unknown in both layers.
GOLD = [
    {"corpus": "wikinews", "article": "wikinews-001", "annotator": "D", "sources": [
        {"name": "Jacinda Ardern", "gender": "female", "evidence": "pronoun"},
        {"name": "Volodymyr Zelensky", "gender": "unknown", "evidence": "",
         "known_gender": "male", "known_evidence": "person"},
        {"name": "Katya", "gender": "unknown", "evidence": "",
         "known_gender": "female", "known_evidence": "name"}]},
    {"corpus": "wikinews", "article": "wikinews-002", "annotator": "D", "sources": [
        {"name": "Mariela Belski", "gender": "unknown", "evidence": "none",
         "known_gender": "female", "known_evidence": "name"},
        {"name": "Arba Agung", "gender": "unknown", "evidence": ""}]},
    {"corpus": "bbc", "article": "politics/001.txt", "annotator": "C", "sources": [
        {"name": "Ruth Kelly", "gender": "female", "evidence": "title"},
        {"name": "Tim Collins", "gender": "male", "evidence": "pronoun"}]},
]

COLUMNS = ["article_id", "actor", "speaker_type", "gender", "gender_source", "quotes",
           "first_quote_start", "role"]


def _write(tmp_path, records) -> str:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)
                              for r in records) + "\n", encoding="utf-8")
    return str(path)


def _engine() -> pd.DataFrame:
    """The engine's sources: Ardern female, Zelensky male, Katya unknown, Belski male (wrong),
    Arba Agung male, Kelly female, Collins missed, a spurious 'Reuters' person."""
    return pd.DataFrame([
        ("wikinews/wikinews-001", "Jacinda Ardern", "person", "female", "pronoun", 2, 0, None),
        ("wikinews/wikinews-001", "Zelensky", "person", "male", "name", 1, 50, None),
        ("wikinews/wikinews-001", "Katya", "person", "unknown", "none", 1, 90, None),
        ("wikinews/wikinews-002", "Mariela Belski", "person", "male", "name", 1, 0, None),
        ("wikinews/wikinews-002", "Arba Agung", "person", "male", "name", 1, 40, None),
        ("wikinews/wikinews-002", "Reuters", "person", "unknown", "none", 1, 80, None),
        ("bbc/politics/001.txt", "Ruth Kelly", "person", "female", "title", 3, 0, None),
    ], columns=COLUMNS)


def test_read_gold_keeps_the_known_gender_layer(tmp_path):
    records = read_gold(_write(tmp_path, GOLD))
    zelensky, katya = records[0].sources[1], records[0].sources[2]
    assert (zelensky.gender, zelensky.known_gender, zelensky.known_evidence) == (
        "unknown", "male", "person")
    assert (katya.known_gender, katya.known_evidence) == ("female", "name")
    # the layered gender: the text's when it gives one, else the known one, else unknown
    assert [s.layered_gender for r in records for s in r.sources] == [
        "female", "male", "female", "female", "unknown", "female", "male"]
    # a source without the layer has none
    assert records[1].sources[1].known_gender is None
    assert records[2].sources[0].known_gender is None


@pytest.mark.parametrize("source, message", [
    # the layer is only for sources the text leaves unknown: it never overrides the text
    ({"name": "Ruth Kelly", "gender": "female", "evidence": "title",
      "known_gender": "male", "known_evidence": "person"}, "only for a source whose 'gender'"),
    ({"name": "Oleg Klimov", "gender": "unknown", "known_gender": "unknown",
      "known_evidence": "name"}, "'known_gender' must be one of female, male"),
    ({"name": "Oleg Klimov", "gender": "unknown", "known_gender": "male",
      "known_evidence": "guess"}, "'known_evidence' must be one of person, name"),
    ({"name": "Oleg Klimov", "gender": "unknown", "known_gender": "male"},
     "'known_evidence' must be one of person, name"),
    ({"name": "Oleg Klimov", "gender": "unknown", "known_evidence": "name"},
     "'known_evidence' without 'known_gender'"),
])
def test_a_bad_known_gender_names_the_file_line_and_person(tmp_path, source, message):
    bad = {"corpus": "wikinews", "article": "wikinews-009", "sources": [source]}
    path = _write(tmp_path, [GOLD[0], bad])
    with pytest.raises(GoldError, match=message) as caught:
        read_gold(path)
    assert f"{path}:2:" in str(caught.value)
    assert source["name"] in str(caught.value)


def test_scores_with_known_genders(tmp_path):
    figures, errors = score_sources(read_gold(_write(tmp_path, GOLD)), _engine())
    every = figures["all"]
    # text layer (unchanged): gold women 2 (Ardern, Kelly), men 1 (Collins); share 2/3
    assert (every["gold female"], every["gold male"], every["gold unknown"]) == (2, 1, 4)
    assert every["women share gold"] == pytest.approx(2 / 3)
    assert every["female recall"] == 1.0 and every["male recall"] == 0.0
    # engine: Ardern, Kelly female; Zelensky, Belski, Agung male -> 2 / 5
    assert every["women share engine"] == pytest.approx(0.4)
    assert every["gap (points)"] == pytest.approx(100 * (0.4 - 2 / 3))
    # layered: women Ardern, Katya, Belski, Kelly (4); men Zelensky, Collins (2); Agung unknown
    assert (every["gold female, known genders"], every["gold male, known genders"],
            every["gold unknown, known genders"]) == (4, 2, 1)
    assert every["women share gold, known genders"] == pytest.approx(4 / 6)
    assert every["gap, with known genders (points)"] == pytest.approx(100 * (0.4 - 4 / 6))
    # right gender against the layered gold: women Ardern and Kelly of 4 (Katya unknown,
    # Belski wrong); men Zelensky of 2 (Collins missed)
    assert every["female recall, known genders"] == pytest.approx(2 / 4)
    assert every["male recall, known genders"] == pytest.approx(1 / 2)
    # per corpus: the BBC article has no known-gender source, so both layers agree there
    bbc = figures["bbc"]
    assert bbc["women share gold, known genders"] == bbc["women share gold"] == 0.5
    assert figures["wikinews"]["women share gold, known genders"] == pytest.approx(3 / 4)
    # the error rows stay text-only: a known-gender source is never a gender error
    assert "Mariela Belski" not in errors.loc[errors.error != "missed", "gold_name"].tolist()


def test_the_rows_are_printed_after_the_text_only_rows(tmp_path):
    figures, _ = score_sources(read_gold(_write(tmp_path, GOLD)), _engine())
    info = {"model": "fake", "model_version": "0"}
    text = format_sources(figures, info)
    lines = [line.split("  ")[0].strip() for line in text.splitlines()]
    for row in ("women share gold", "gap (points)", "gap, gold-gendered (points)",
                "women share gold, known genders", "gap, with known genders (points)",
                "female recall, known genders", "male recall, known genders"):
        assert row in lines, row
    assert lines.index("gap, gold-gendered (points)") < lines.index(
        "women share gold, known genders")
    row = next(line for line in text.splitlines()
               if line.startswith("gap, with known genders (points)"))
    assert row.split()[-3:] == ["-26.7", "-50.0", "+50.0"]  # all, wikinews, bbc
    matrix = format_sources_matrix([(figures, info)])
    assert "women share gold, known genders" in matrix
    # the printed rule says how the layered gender is made
    assert "known_gender" in text


def test_without_any_known_gender_the_layer_equals_the_text(tmp_path):
    """A gold set with no known-gender key (an older file) scores the same in both layers."""
    plain = [{**r, "sources": [{k: v for k, v in s.items() if not k.startswith("known_")}
                               for s in r["sources"]]} for r in GOLD]
    figures, _ = score_sources(read_gold(_write(tmp_path, plain)), _engine())
    every = figures["all"]
    assert every["women share gold, known genders"] == every["women share gold"]
    assert every["gap, with known genders (points)"] == every["gap (points)"]
    assert every["female recall, known genders"] == every["female recall"]
    assert every["gold unknown, known genders"] == every["gold unknown"] == 4
