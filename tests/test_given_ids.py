"""A corpus's own ids (an ``id``/``article_id``/… field) become ``article_id``: kept as text,
unique, never blank; the lookup finds them and a store re-run reuses them (analysis.io)."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from analysis import analyze, load_articles
from analysis.io import failures
from analysis.lookup import find_article

from .conftest import WIKINEWS, need

BODY = "Officials said the bridge would reopen on {day}, after {weeks} weeks of repairs."


def body(n: int) -> str:
    return BODY.format(day=("Monday", "Tuesday", "Friday", "Sunday")[n % 4], weeks=n + 2)


def write_jsonl(path, records):
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


def collect(*paths):
    return load_articles(*paths, errors="collect")


def test_the_wikinews_ids_are_the_article_ids():
    path = need(WIKINEWS) / "articles.jsonl"
    wiki = load_articles(path)
    given = [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    assert wiki["article_id"].tolist() == given
    assert wiki["article_id"].is_unique and "wikinews-042" in set(wiki["article_id"])
    assert wiki.attrs["errors"].empty


def test_every_structured_format_keeps_its_ids(tmp_path):
    write_jsonl(tmp_path / "a.jsonl", [{"id": "wn-1", "text": body(1)},
                                       {"ID": 42, "text": body(2)}])  # any case; a number
    (tmp_path / "b.json").write_text(json.dumps({"articles": [
        {"article_id": "  j-7 ", "body": body(3)}, {"guid": 7.0, "body": body(4)}]}),
        encoding="utf-8")
    (tmp_path / "c.csv").write_text(f"doc_id,text\n0042,\"{body(5)}\"\n", encoding="utf-8")
    pd.DataFrame({"id": [3, 4], "text": [body(6), body(7)]}).to_parquet(tmp_path / "d.parquet")
    (tmp_path / "e.txt").write_text(f"A plain title\n\n{body(8)}\n", encoding="utf-8")
    arts, errors = collect(tmp_path)
    ids = dict(zip(arts["text"], arts["article_id"]))
    assert [ids[body(n)] for n in range(1, 8)] == ["wn-1", "42", "j-7", "7", "0042", "3", "4"]
    assert len(ids[body(8)]) == 16  # plain text has no id field: derived from the text
    assert all(isinstance(a, str) for a in arts["article_id"]) and errors.empty


def test_a_blank_id_is_an_error_row_naming_file_and_line(tmp_path):
    write_jsonl(tmp_path / "a.jsonl", [{"id": "ok-1", "text": body(1)},
                                       {"id": "  ", "text": body(2)},
                                       {"id": None, "text": body(3)},
                                       {"id": ["x"], "text": body(4)},
                                       {"id": "ok-5", "text": body(5)}])
    (tmp_path / "b.csv").write_text(f"id,text\n,\"{body(6)}\"\nok-7,\"{body(7)}\"\n",
                                    encoding="utf-8")
    pd.DataFrame({"article_id": ["ok-8", None], "text": [body(8), body(9)]}).to_parquet(
        tmp_path / "c.parquet")
    arts, errors = collect(tmp_path)
    assert sorted(arts["article_id"]) == ["ok-1", "ok-5", "ok-7", "ok-8"]
    bad = errors[errors["problem"] == "bad_id"]
    assert [(p.rsplit("/", 1)[-1], line) for p, line in zip(bad["path"], bad["line"])] == [
        ("a.jsonl", 2), ("a.jsonl", 3), ("a.jsonl", 4), ("b.csv", 2), ("c.parquet", 1)]
    assert bad["message"].str.contains("blank id in field 'id'").iloc[0]
    assert "not list" in bad["message"].iloc[2]
    assert len(failures(errors)) == 5


def test_an_id_given_to_two_texts_is_a_clash_and_a_copy_is_a_note(tmp_path):
    write_jsonl(tmp_path / "a.jsonl", [{"id": "x", "text": body(1)}, {"id": "y", "text": body(2)}])
    (tmp_path / "b.csv").write_text(f"id,text\nz,\"{body(3)}\"\nx,\"{body(4)}\"\n"
                                    f"y,\"{body(2)}\"\n", encoding="utf-8")
    arts, errors = collect(tmp_path / "a.jsonl", tmp_path / "b.csv")
    assert arts["article_id"].tolist() == ["x", "y", "z", "y"]  # the copy of y kept (a note)
    assert arts.set_index("article_id").loc["x", "text"] == body(1)
    clash = errors[errors["problem"] == "duplicate_id"]
    assert len(clash) == 1 and clash["path"].iat[0].endswith("b.csv") and clash["line"].iat[0] == 3
    assert "'x' was already given to another text" in clash["message"].iat[0]
    assert "a.jsonl:1" in clash["message"].iat[0]
    assert errors[errors["problem"] == "duplicate"]["line"].tolist() == [4]


def test_the_lookup_finds_a_given_id(nlp):
    wiki = load_articles(need(WIKINEWS) / "articles.jsonl")
    corpus = analyze(wiki[wiki["article_id"].isin(["wikinews-041", "wikinews-042"])],
                     processes=1, progress=False)
    assert find_article(corpus, "wikinews-042") == "wikinews-042"
    assert set(corpus.articles["article_id"]) == {"wikinews-041", "wikinews-042"}
    assert corpus.quotes["quote_id"].str.startswith("wikinews-04").all()


def test_a_store_rerun_reuses_given_ids_and_parses_a_changed_text(tmp_path, nlp):
    data = tmp_path / "data"
    data.mkdir()
    path = write_jsonl(data / "a.jsonl", [{"id": n, "text": f'"It works," said Ann Lee. {body(n)}'}
                                          for n in range(3)])
    store = tmp_path / "store"
    first = analyze(load_articles(path), store=store, processes=1, progress=False)
    assert (first.meta["parsed"], first.meta["reused"]) == (3, 0)
    assert first.articles["article_id"].tolist() == ["0", "1", "2"]
    again = analyze(load_articles(path), store=store, processes=1, progress=False)
    assert (again.meta["parsed"], again.meta["reused"]) == (0, 3)
    write_jsonl(path, [{"id": n, "text": f'"It works," said Ann Lee. {body(n + (n == 1))}'}
                       for n in range(3)])  # article 1's text edited under the same id
    edited = analyze(load_articles(path), store=store, processes=1, progress=False)
    assert (edited.meta["parsed"], edited.meta["reused"]) == (1, 2)
    assert body(2) in edited.articles.set_index("article_id").at["1", "text"]


@pytest.mark.parametrize("value, expected", [(42, "42"), (42.0, "42"), (" a-1 ", "a-1"),
                                             ("0042", "0042"), (1.5, "1.5")])
def test_id_values_become_text(value, expected):
    from analysis.io.values import given_id

    assert given_id(value) == expected
