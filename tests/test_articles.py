"""The input side of a run: the ids a row gets and which rows are parsed (analysis.articles),
on small hand-made tables — no model needed."""

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from analysis.articles import _select_articles, choose_rows, coerce_articles, input_ids
from analysis.io import article_id_for

HOSTILE = pd.DataFrame({
    "article_id": ["a", "a", "b", None, float("nan"), "b", "c", "d", "\ud800x"],
    "text": ["Ann Lee said yes.", "Tom Hart said no.", "Rob Roy spoke.", "Joe Bloggs said maybe.",
             "Jane Doe said never.", "Rob Roy spoke.", "   \n", None, "Kim Lo said so."],
    "path": [None, "two.txt", None, None, None, None, "blank.txt", None, None]})


@pytest.mark.parametrize("frame", [
    HOSTILE,
    HOSTILE.drop(columns="article_id"),
    pd.DataFrame({"article_id": [7, 7.5, None], "text": ["One.", "Two.", "Three."]}),
    pd.DataFrame({"article_id": pd.array(["x", None, "z"], dtype="string"),
                  "text": ["One.", "Two.", ""]}),
    pd.DataFrame({"text": ["A \ud800 text.", "Plain."]}),
], ids=["hostile", "no-id-column", "numbers", "string-dtype", "surrogate-text"])
def test_input_ids_are_the_ids_coerce_articles_gives(frame):
    ids = input_ids(frame)
    assert isinstance(ids, pa.Array) and ids.type == pa.string() and len(ids) == len(frame)
    assert ids.to_pylist() == coerce_articles(frame)["article_id"].tolist()


def test_input_ids_take_given_strings_over_and_derive_the_missing_ones():
    ids = input_ids(HOSTILE).to_pylist()
    assert ids[:3] == ["a", "a", "b"] and ids[6] == "c"
    assert ids[3] == article_id_for("Joe Bloggs said maybe.")  # None and NaN: from the text
    assert ids[4] == article_id_for("Jane Doe said never.")
    assert ids[8] == "\ufffdx"  # a lone surrogate repaired, as in the articles table
    no_text = input_ids(pd.DataFrame({"text": [None, "Yes."]})).to_pylist()
    assert no_text[0] is None and no_text[1] == article_id_for("Yes.")


def test_choose_rows_keeps_first_rows_and_names_every_row_left_out():
    ids = input_ids(HOSTILE)
    keep, problems = choose_rows(ids, HOSTILE["text"], HOSTILE["path"])
    assert keep.tolist() == [True, False, True, True, True, False, False, False, True]
    assert [(p["problem"], p["path"]) for p in problems] == [
        ("duplicate_id", "two.txt"), ("no_text", "blank.txt"), ("no_text", "article d")]
    assert "'a'" in problems[0]["message"] and "row 1" in problems[0]["message"] \
        and "row 0" in problems[0]["message"]  # the same text again (row 5) is no error


def test_choose_rows_a_row_without_text_claims_no_id():
    frame = pd.DataFrame({"article_id": ["a", "a"], "text": ["", "Ann Lee said yes."]})
    keep, problems = choose_rows(input_ids(frame), frame["text"])
    assert keep.tolist() == [False, True]
    assert [p["problem"] for p in problems] == ["no_text"] and problems[0]["path"] == "article a"


def test_choose_rows_agrees_with_the_selection_of_coerced_articles():
    kept, problems = _select_articles(coerce_articles(HOSTILE))
    keep, raw_problems = choose_rows(input_ids(HOSTILE), HOSTILE["text"], HOSTILE["path"])
    assert kept["article_id"].tolist() == np.asarray(input_ids(HOSTILE).to_pylist(),
                                                     dtype=object)[keep].tolist()
    assert problems == raw_problems


def test_choose_rows_without_repeats_or_blanks_keeps_everything():
    frame = pd.DataFrame({"article_id": [f"id{i}" for i in range(1000)],
                          "text": [f"Text {i}." for i in range(1000)]})
    keep, problems = choose_rows(input_ids(frame), frame["text"])
    assert keep.all() and problems == []
