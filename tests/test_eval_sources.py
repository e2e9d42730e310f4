"""The sources evaluation (``evaluate sources``): the name-matching rule, the scores on a
hand-made gold set and hand-made sources tables, gold parsing errors, loading the texts, and the
PolNeAR pronoun slice on a tiny fake gold. Independent of the engine's word lists."""

from __future__ import annotations

import json
import math

import pandas as pd
import pytest

from analysis.evaluation.sources import (GoldError, GoldRecord, GoldSource, load_texts,
                                         match_sources, name_match, read_gold, score_sources)


# --- name matching -------------------------------------------------------------------------

@pytest.mark.parametrize("gold, engine, level", [
    ("Jacinda Ardern", "Jacinda Ardern", 3),          # full name
    ("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan", 3),  # diacritics folded
    ("Ardern", "Jacinda Ardern", 2),                  # the gold gives the surname alone
    ("Ruth Kelly", "Kelly", 2),                       # the engine kept the surname alone
    ("Smith", "Mr. Smith", 3),                        # title form: "Mr Smith" is Smith
    ("Ruth Kelly", "Ms Ruth Kelly", 3),               # a title before a full name
    ("Martin Luther King Jr.", "Martin Luther King", 3),  # a suffix
    ("J. K. Rowling", "Joanne Rowling", 1),           # an initial for the first name
    ("George W. Bush", "George Bush", 1),             # middle initial left out
    ("Hillary Clinton", "Bill Clinton", 0),           # different people, one surname
    ("Ruth Kelly", "Grace Kelly", 0),
    ("Ruth Kelly", "Ruth Davidson", 0),               # same first name only
    ("Kelly's", "Ruth Kelly", 2),                     # a possessive
])
def test_name_match_levels(gold, engine, level):
    assert name_match(gold, engine) == level


def test_matching_is_one_to_one_best_first():
    """Two Clintons quoted in one article: each gold source gets its own engine source, and a
    bare "Clinton" of the engine goes to the one gold source left (a surname match)."""
    gold = ["Bill Clinton", "Hillary Clinton"]
    assert match_sources(gold, ["Hillary Clinton", "Bill Clinton"]) == [(0, 1), (1, 0)]
    # the full-name match is taken first, the surname alone gets what is left
    assert match_sources(gold, ["Clinton", "Bill Clinton"]) == [(0, 1), (1, 0)]
    # one engine source cannot be two gold sources
    assert match_sources(gold, ["Clinton"]) == [(0, 0)]


# --- scoring on hand-made gold and sources -------------------------------------------------

def _gold() -> list[GoldRecord]:
    return [
        GoldRecord("wikinews", "wikinews-001", [
            GoldSource("Jacinda Ardern", "female", "pronoun"),
            GoldSource("Grant Robertson", "male", "pronoun"),
            GoldSource("Ngozi Okonjo-Iweala", "female", "pronoun"),
        ]),
        GoldRecord("bbc", "politics/001.txt", [
            GoldSource("Ruth Kelly", "female", "title"),
            GoldSource("Tim Collins", "male", "pronoun"),
            GoldSource("Kim Howells", "unknown"),
        ]),
    ]


def _sources(rows) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["article_id", "actor", "speaker_type", "gender",
                                       "gender_source", "quotes", "first_quote_start", "role"])


def test_scores_precision_recall_gender_and_share():
    sources = _sources([
        ("wikinews/wikinews-001", "Jacinda Ardern", "person", "female", "pronoun", 3, 0, None),
        ("wikinews/wikinews-001", "Robertson", "person", "male", "title", 1, 90, None),
        ("wikinews/wikinews-001", "Okonjo-Iweala", "person", "unknown", "none", 2, 40, None),
        ("wikinews/wikinews-001", "Wellington", "person", "unknown", "none", 1, 300, None),
        ("wikinews/wikinews-001", "Reuters", "organization", "unknown", "none", 1, 200, None),
        ("bbc/politics/001.txt", "Ruth Kelly", "person", "female", "title", 2, 0, None),
        ("bbc/politics/001.txt", "Kim Howells", "person", "male", "first_name", 1, 70, None),
        ("bbc/politics/999.txt", "Someone Else", "person", "male", "title", 1, 0, None),
    ])
    figures, errors = score_sources(_gold(), sources)
    every = figures["all"]
    # 6 engine people in the gold articles (the organisation and the other article do not
    # count), 5 of them gold sources; 6 gold sources, 5 found
    assert (every["engine sources"], every["gold sources"], every["matched"]) == (6, 6, 5)
    assert every["precision"] == pytest.approx(5 / 6)
    assert every["recall"] == pytest.approx(5 / 6)
    assert every["f1"] == pytest.approx(5 / 6)
    # women: Ardern and Kelly right, Okonjo-Iweala found but unknown; men: Robertson right,
    # Collins missed
    assert every["female recall"] == pytest.approx(2 / 3)
    assert every["female unknown"] == pytest.approx(1 / 3)
    assert every["male recall"] == pytest.approx(1 / 2)
    assert every["male missed"] == pytest.approx(1 / 2)
    assert every["recall gap (points)"] == pytest.approx(100 * (2 / 3 - 1 / 2))
    # share of women with a decided gender: engine 2 of 4 (Ardern, Kelly; Robertson, Howells),
    # gold 3 of 5 (the unknown Kim Howells is not counted)
    assert every["women share engine"] == pytest.approx(0.5)
    assert every["women share gold"] == pytest.approx(0.6)
    assert every["gap (points)"] == pytest.approx(-10.0)
    # like for like: Kim Howells, whom the annotators left unknown and the engine calls male,
    # is left out of the engine's share too: 2 women of 3
    assert (every["gold unknown, engine male"], every["gold unknown, engine female"]) == (1, 0)
    assert every["women share engine, gold-gendered"] == pytest.approx(2 / 3)
    assert every["gap, gold-gendered (points)"] == pytest.approx(100 * (2 / 3 - 0.6))
    # per corpus
    assert figures["wikinews"]["precision"] == pytest.approx(3 / 4)
    assert figures["bbc"]["recall"] == pytest.approx(2 / 3)
    assert figures["bbc"]["male recall"] == 0.0
    kinds = errors.groupby("error")["gold_name"].apply(list).to_dict()
    assert kinds["missed"] == ["Tim Collins"]
    assert kinds["unknown_gender"] == ["Ngozi Okonjo-Iweala"]
    assert errors.loc[errors.error == "spurious", "actor"].tolist() == ["Wellington"]
    # a gold 'unknown' is never a gender error, whatever the engine says
    assert "Kim Howells" not in errors.loc[errors.error != "missed", "gold_name"].tolist()


def test_wrong_gender_is_not_right_gender_recall():
    gold = [GoldRecord("bbc", "a.txt", [GoldSource("Jordan Smith", "female", "pronoun")])]
    sources = _sources([("bbc/a.txt", "Jordan Smith", "person", "male", "first_name", 1, 0,
                         None)])
    figures, errors = score_sources(gold, sources)
    assert figures["all"]["recall"] == 1.0
    assert figures["all"]["female recall"] == 0.0
    assert figures["all"]["female wrong"] == 1.0
    assert math.isnan(figures["all"]["male recall"])  # no gold man: no figure, not 0
    assert errors["error"].tolist() == ["wrong_gender"]


def test_an_article_with_no_engine_source_counts_its_gold_as_missed():
    gold = [GoldRecord("wikinews", "wikinews-009", [GoldSource("Mary Barra", "female", "title")])]
    figures, errors = score_sources(gold, _sources([]))
    assert figures["all"]["recall"] == 0.0
    assert figures["all"]["female missed"] == 1.0
    assert errors["error"].tolist() == ["missed"]


# --- reading the gold set ------------------------------------------------------------------

def _write(tmp_path, lines) -> str:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n",
                    encoding="utf-8")
    return str(path)


GOOD = {"corpus": "bbc", "article": "politics/055.txt", "annotator": "C",
        "sources": [{"name": "Ruth Kelly", "gender": "female", "evidence": "pronoun"},
                    {"name": "Oleg Klimov", "gender": "unknown", "evidence": ""}]}


def test_read_gold(tmp_path):
    path = _write(tmp_path, [GOOD, "", {"corpus": "wikinews", "article": "wikinews-007",
                                        "sources": []}])
    records = read_gold(path)
    assert [r.key for r in records] == ["bbc/politics/055.txt", "wikinews/wikinews-007"]
    assert records[0].sources[0] == GoldSource("Ruth Kelly", "female", "pronoun")
    assert records[0].sources[1].evidence is None
    assert (records[0].line, records[1].line) == (1, 3)


@pytest.mark.parametrize("bad, message", [
    ("{not json", "not JSON"),
    ('["a list"]', "JSON object"),
    ({**GOOD, "corpus": "guardian"}, "'corpus'"),
    ({**GOOD, "article": ""}, "'article'"),
    ({**GOOD, "sources": "Ruth Kelly"}, "'sources'"),
    ({**GOOD, "sources": [{"name": "Ruth Kelly", "gender": "woman"}]}, "Ruth Kelly"),
    ({**GOOD, "sources": [{"gender": "female"}]}, "'name'"),
    ({**GOOD, "sources": [{"name": "X Y", "gender": "male", "evidence": "vibes"}]},
     "'evidence'"),
    (GOOD, "already annotated on line 1"),
])
def test_a_bad_gold_record_names_the_file_and_line(tmp_path, bad, message):
    path = _write(tmp_path, [GOOD, bad])
    with pytest.raises(GoldError, match=message) as caught:
        read_gold(path)
    assert f"{path}:2:" in str(caught.value)


def test_a_missing_gold_file_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="no such gold file"):
        read_gold(tmp_path / "nope.jsonl")


def test_cli_reports_a_bad_gold_file_in_one_line(tmp_path, capsys):
    from analysis import cli

    path = _write(tmp_path, [GOOD, {**GOOD, "article": "tech/001.txt", "sources": [{}]}])
    assert cli.main(["evaluate", "sources", "--gold", path, "--quiet"]) == cli.EXIT_USAGE
    err = capsys.readouterr().err
    assert err.startswith("error: ") and f"{path}:2:" in err


# --- the texts -----------------------------------------------------------------------------

def test_load_texts_reads_both_corpora_and_skips_what_is_missing(tmp_path):
    (tmp_path / "wikinews").mkdir()
    (tmp_path / "bbc" / "politics").mkdir(parents=True)
    rows = [{"id": "wikinews-001", "url": "https://x/1", "title": "T1",
             "text": "\"We are ready,\" Anna Berg said."},
            {"id": "wikinews-002", "url": "https://x/2", "title": "T2", "text": "Nothing."}]
    (tmp_path / "wikinews" / "articles.jsonl").write_text(
        "\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    (tmp_path / "bbc" / "politics" / "001.txt").write_text(
        "Kelly speaks\n\n\"It works,\" Ms Kelly said.\n", encoding="utf-8")
    gold = [GoldRecord("wikinews", "wikinews-001"), GoldRecord("wikinews", "wikinews-404", line=2),
            GoldRecord("bbc", "politics/001.txt"), GoldRecord("bbc", "tech/404.txt", line=4)]
    texts, skipped = load_texts(gold, tmp_path)
    assert texts["article_id"].tolist() == ["wikinews/wikinews-001", "bbc/politics/001.txt"]
    assert texts["text"].tolist()[0] == rows[0]["text"]
    assert texts["text"].tolist()[1].strip() == "\"It works,\" Ms Kelly said."  # title split off
    assert len(skipped) == 2
    assert "wikinews-404 (line 2)" in skipped[0] and "tech/404.txt (line 4)" in skipped[1]


def test_load_texts_without_a_corpus_folder_says_so(tmp_path):
    texts, skipped = load_texts([GoldRecord("wikinews", "wikinews-001")], tmp_path)
    assert texts.empty
    assert "articles.jsonl not found" in skipped[0]


# --- the PolNeAR pronoun slice -------------------------------------------------------------

def _span(text: str, part: str, after: int = 0) -> tuple[int, int]:
    start = text.index(part, after)
    return (start, start + len(part))


def test_polnear_pronoun_slice(nlp):
    """Two gold attributions with a pronoun source ("he", "She"), one with a name: the slice
    counts the two pronoun ones only, and scores the speaker by the pronoun's span."""
    from analysis.evaluation import GoldArticle, GoldAttribution
    from analysis.evaluation.scoring import score

    text = ('"The budget is balanced," Mark Davis said on Monday. "We will not cut schools," '
            'he said. Laura Chen disagreed. "The numbers do not add up," she said.')
    q1, q2, q3 = (_span(text, q) for q in ("The budget is balanced",
                                            "We will not cut schools",
                                            "The numbers do not add up"))
    said = [i for i in range(len(text)) if text.startswith("said", i)]
    he, she = text.index("he said"), text.index("she said")
    gold = GoldArticle("a1", text, [
        GoldAttribution([q1], [(said[0], said[0] + 4)], [_span(text, "Mark Davis")]),
        GoldAttribution([q2], [(said[1], said[1] + 4)], [(he, he + 2)]),
        GoldAttribution([q3], [(said[2], said[2] + 4)], [(she, she + 3)]),
    ])

    def quote(span, speaker, actor):
        s = _span(text, speaker, span[1])
        return {"article_id": "a1", "quote": text[span[0]:span[1]], "start": span[0],
                "end": span[1], "kind": "direct", "cue": "said", "speaker": speaker,
                "speaker_start": s[0], "speaker_end": s[1], "speaker_type": "person",
                "speaker_actor": actor}

    doc = nlp(text)
    # the first pronoun quote given to its pronoun, the second to the wrong mention
    quotes = pd.DataFrame([quote(q1, "Mark Davis", "Mark Davis"), quote(q2, "he", "Mark Davis"),
                           {**quote(q3, "she", "Laura Chen"), "speaker": "Laura Chen",
                            "speaker_start": text.index("Laura Chen"),
                            "speaker_end": text.index("Laura Chen") + 10,
                            "speaker_actor": "Laura Chen"}])
    quotes["speaker_start"] = quotes["speaker_start"].astype("Int64")
    quotes["speaker_end"] = quotes["speaker_end"].astype("Int64")
    table, _ = score([gold], quotes, {"a1": doc})
    row = table[(table.overlap == 0.3) & (table.scope == "quotes")].iloc[0]
    assert row.pronoun_sources == 2
    assert row.speaker_accuracy_pronoun == pytest.approx(0.5)


def test_pronoun_source_set_is_fixed_and_whole_word():
    from analysis.evaluation.scoring import is_pronoun_source
    from analysis.evaluation import GoldAttribution

    text = "He said. Helen said. They told us. The president said."
    for word, expected in (("He", True), ("Helen", False), ("They", True),
                           ("The president", False)):
        start = text.index(word)
        gold = GoldAttribution([(0, 1)], [], [(start, start + len(word))])
        assert is_pronoun_source(text, gold) is expected


def test_the_shipped_gold_set_reads():
    """tests/data/sources_gold.jsonl (the default of ``evaluate sources``) parses, one record per
    article of the two corpora."""
    from analysis.config import project_path
    from analysis.evaluation.sources import DEFAULT_GOLD

    path = project_path(DEFAULT_GOLD)
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    records = read_gold(path)
    assert len(records) >= 60
    assert {r.corpus for r in records} == {"wikinews", "bbc"}


def test_a_surname_of_several_words_matches_the_full_name():
    """A person named in full once and then by a surname of two words ("Rhys Morgan"), as
    Spanish and Welsh names often are, is the same person; the first name alone, or a surname
    shared with another first name, is not enough."""
    from analysis.evaluation.sources import name_match

    assert name_match("Elena Rhys Morgan", "Rhys Morgan") == 2
    assert name_match("Rhys Morgan", "Elena Rhys Morgan") == 2
    assert name_match("Elena Rhys Morgan", "Elena") == 0
    assert name_match("Elena Rhys Morgan", "Elena Morgan") == 1  # same first and last word
    assert name_match("Elena Rhys Morgan", "Rhys Owen") == 0
