"""Choosing an article (analysis.lookup): by id, file name or title part, with clear errors."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import analyze, load_articles
from analysis.lookup import article_table, find_article


@pytest.fixture(scope="module")
def three(tmp_path_factory):
    folder = tmp_path_factory.mktemp("three")
    for name, title, body in [
            ("storm.txt", "Storm hits the coast", '"We lost everything," said Ana Ruiz.'),
            ("budget.txt", "Budget vote delayed", "The minister said the vote would wait."),
            ("budget-2.txt", "Budget talks resume", "Talks resumed on Monday in the capital.")]:
        (folder / name).write_text(f"{title}\n\n{body} More text follows here.\n",
                                   encoding="utf-8")
    return analyze(load_articles(folder), progress=False)


def test_the_table_lists_every_article(three):
    table = article_table(three)
    assert list(table.columns) == ["article_id", "published", "title", "source", "file", "quotes"]
    assert sorted(table["file"]) == ["budget-2.txt", "budget.txt", "storm.txt"]
    assert table.set_index("file").at["storm.txt", "quotes"] == 1


def test_found_by_id_file_name_or_title(three):
    table = article_table(three).set_index("file")
    storm = table.at["storm.txt", "article_id"]
    assert find_article(three, storm) == storm
    assert find_article(three, "storm.txt") == storm == find_article(three, "storm")
    assert find_article(three, "hits the COAST") == storm
    assert find_article(three, "budget") == table.at["budget.txt", "article_id"]  # file stem
    assert find_article(three, None) == three.articles["article_id"].iat[0]


def test_no_match_or_several_say_so(three):
    with pytest.raises(LookupError, match="closest: 'Storm hits the coast'"):
        find_article(three, "Storm hits the cost")
    with pytest.raises(LookupError, match="matches 2 articles"):
        find_article(three, "Budget")  # the title part: two budget articles
    with pytest.raises(LookupError, match="no articles"):
        find_article(three.select([]), "x")


def test_a_dataframe_corpus_without_files():
    c = analyze(pd.DataFrame({"article_id": ["a"], "text": ["Ann Lee said no."],
                              "title": ["No"]}), progress=False)
    assert article_table(c)["file"].isna().all() and find_article(c, "No") == "a"
