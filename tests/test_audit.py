"""Audit samples and answers (analysis/audit/: items, sample, answers): stratified,
reproducible, stable when articles are added; answers recorded atomically and validated."""

from __future__ import annotations

import json
import os

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import Corpus
from analysis.audit import AUDIT_COLUMNS, audit_path, load, record, sample
from analysis.audit.sample import allocate, item_key
from analysis.schema import ACTORS, ARTICLES, ENTITIES, QUOTES

OUTLETS = ("bbc", "cnn", "fox")
KINDS = ("direct", "indirect", "direct", "according_to")
TYPES = ("person", "person", "anonymous", "organization", "person")
GENDERS = ("female", "male", "male", "unknown")


def make_corpus(n_articles: int, first: int = 0) -> Corpus:
    """Articles a000.. with 1 to 5 quotes each, three outlets (bbc three times as many
    articles as fox), kinds, speaker types and genders cycling; persons are PERSON actors."""
    articles, quotes, actors = [], [], {}
    for i in range(first, first + n_articles):
        aid = f"a{i:03d}"
        outlet = ("bbc", "bbc", "bbc", "cnn", "cnn", "fox")[i % 6]
        articles.append({"article_id": aid, "title": f"Title {i}", "source": outlet,
                         "text": "x" * 400})
        for j in range(1 + i % 5):
            stype = TYPES[(i + j) % len(TYPES)]
            actor = f"Person {i}-{j}" if stype == "person" else None
            gender = GENDERS[(i * 7 + j) % len(GENDERS)] if actor else "unknown"
            if actor:
                actors[actor] = gender
            quotes.append({"article_id": aid, "quote_id": f"{aid}-q{j}", "quote": "x" * 10,
                           "start": 20 * j, "end": 20 * j + 10, "kind": KINDS[(i + j) % 4],
                           "cue": "said", "speaker": actor or "an official",
                           "speaker_start": 300, "speaker_end": 310,
                           "speaker_type": stype, "speaker_actor": actor,
                           "confidence": 0.9, "sentence_id": j, "paragraph_id": j,
                           "speaker_gender": gender, "gender_source": "pronoun" if actor
                           else "none"})
    actor_rows = [{"actor": a, "label": "PERSON", "mentions": 1, "articles": 1, "aliases": [a],
                   "gender": g, "gender_source": "pronoun"} for a, g in actors.items()]
    return Corpus(ARTICLES.frame(articles), ENTITIES.frame(), ACTORS.frame(actor_rows),
                  QUOTES.frame(quotes))


@pytest.fixture(scope="module")
def corpus():
    return make_corpus(60)


def test_audit_path_and_names(tmp_path):
    assert audit_path("pilot-1.v2", tmp_path) == tmp_path / "pilot-1.v2.csv"
    for bad in ("../x", "a b", "", "x/y", ".."):
        with pytest.raises(ValueError, match="plain file stem"):
            audit_path(bad, tmp_path)


def test_allocation_is_proportional_with_one_per_stratum():
    assert allocate({"a": 100, "b": 10, "c": 1, "d": 0, "e": 3}, 20) == \
        {"a": 16, "b": 2, "c": 1, "d": 0, "e": 1}
    assert allocate({"a": 50, "b": 30, "c": 20}, 10) == {"a": 5, "b": 3, "c": 2}
    assert allocate({"a": 2, "b": 98}, 50) == {"a": 1, "b": 49}
    assert allocate({"a": 100, "b": 10, "c": 1}, 2) == {"a": 1, "b": 1, "c": 0}
    assert allocate({"a": 3, "b": 4}, 50) == {"a": 3, "b": 4}
    # a stratum never gets more than it has: the rest goes to the others
    assert allocate({"a": 2, "b": 10, "c": 10}, 20) == {"a": 2, "b": 9, "c": 9}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 60), min_size=1, max_size=12), st.integers(0, 300))
def test_allocation_rules_hold_for_any_sizes(sizes, n):
    strata = {f"s{i}": size for i, size in enumerate(sizes)}
    out = allocate(strata, n)
    total, filled = sum(sizes), sum(1 for size in sizes if size)
    assert sum(out.values()) == min(n, total)
    assert all(0 <= out[k] <= strata[k] for k in strata)
    assert all(out[k] == 0 for k in strata if strata[k] == 0)
    if n >= filled:
        assert all(out[k] >= 1 for k in strata if strata[k])
    # no stratum is further than one item from its proportional share, unless the floor of one
    # or a stratum's ceiling moved the share
    if filled <= n < total and all(n * s / total >= 1 for s in sizes if s):
        assert all(abs(out[k] - n * strata[k] / total) < 1 for k in strata)


def test_sample_is_stratified_and_written(tmp_path, corpus):
    frame = sample(corpus, n=40, seed=3, name="pilot", directory=tmp_path)
    assert list(frame.columns) == list(AUDIT_COLUMNS)
    assert len(frame) == 40 and frame["item_id"].is_unique
    assert (frame["item"] == "quote").all() and (frame["item_id"] == frame["quote_id"]).all()
    quotes = corpus.quotes.merge(corpus.articles[["article_id", "source", "title"]])
    quotes["stratum"] = (quotes["source"] + "|" + quotes["kind"] + "|"
                         + quotes["speaker_type"])
    sizes = quotes.groupby("stratum").size()
    drawn = frame.groupby("stratum").size().reindex(sizes.index, fill_value=0)
    assert (drawn >= 1).all()                       # every stratum is represented
    assert drawn.to_dict() == allocate(sizes.to_dict(), 40)   # (its rules: test above)
    # weight = stratum population / stratum sample size; the weights add up to the corpus
    assert (frame["weight"] == frame["stratum"].map(sizes / drawn)).all()
    assert frame["weight"].sum() == pytest.approx(len(quotes))
    # each row carries the quote's fields and its article's outlet and title
    row = frame.iloc[0]
    quote = quotes.set_index("quote_id").loc[row["quote_id"]]
    assert (row["source"], row["title"], row["kind"], row["speaker"]) == \
        (quote["source"], quote["title"], quote["kind"], quote["speaker"])
    assert row["start"] == quote["start"] and row["confidence"] == 0.9
    answers = ["verdict", "speaker_type_ok", "gender_verdict", "correct_speaker",
               "correct_gender", "note", "labelled_at"]
    assert (frame[answers] == "").all().all()
    assert audit_path("pilot", tmp_path).exists()
    # within a stratum, the items drawn are those with the smallest keys
    for stratum, rows in frame.groupby("stratum"):
        members = quotes.loc[quotes["stratum"] == stratum, "quote_id"]
        keys = sorted(members, key=lambda q: item_key(3, q))
        assert set(rows["item_id"]) == set(keys[:len(rows)])


def test_same_corpus_and_seed_give_the_same_file(tmp_path, corpus):
    sample(corpus, n=30, seed=7, name="a", directory=tmp_path)
    sample(corpus, n=30, seed=7, name="b", directory=tmp_path)
    sample(corpus, n=30, seed=8, name="c", directory=tmp_path)
    a, b, c = (audit_path(x, tmp_path).read_bytes() for x in "abc")
    assert a == b and a != c
    # re-drawing with nothing new leaves the file as it is
    sample(corpus, n=30, seed=7, name="a", directory=tmp_path)
    assert audit_path("a", tmp_path).read_bytes() == a


def test_added_articles_add_items_and_keep_old_rows_and_answers(tmp_path):
    old_corpus = make_corpus(60)
    first = sample(old_corpus, n=40, seed=1, name="run", directory=tmp_path)
    ids = list(first["item_id"])
    record("run", ids[0], tmp_path, verdict="right", gender_verdict="wrong",
           correct_gender="female")
    record("run", ids[5], tmp_path, verdict="not_a_quote", note="a headline")
    before = load("run", tmp_path)
    bigger = Corpus(*(pd.concat([getattr(old_corpus, t), getattr(make_corpus(30, 60), t)],
                                ignore_index=True)
                      for t in ("articles", "entities", "actors", "quotes")))
    after = sample(bigger, n=40, seed=1, name="run", directory=tmp_path)
    pd.testing.assert_frame_equal(after.iloc[:len(before)], before)   # nothing reshuffled
    added = after.iloc[len(before):]
    new_quotes = len(bigger.quotes) - len(old_corpus.quotes)
    assert len(added) == round(40 * new_quotes / len(bigger.quotes))
    assert set(added["article_id"]) <= {f"a{i:03d}" for i in range(60, 90)}
    # the wave's weights add up to the new quotes of the strata it drew (with 13 items for
    # more strata than that, the 13 largest strata of the new articles)
    new = bigger.quotes.merge(bigger.articles[["article_id", "source"]])
    new = new[new["article_id"] >= "a060"]
    keys = new["source"] + "|" + new["kind"] + "|" + new["speaker_type"]
    assert len(set(keys)) > len(added)
    largest = sorted(keys.value_counts().items(), key=lambda kv: (-kv[1], kv[0]))
    assert set(added["stratum"]) == {k for k, _ in largest[:len(added)]}
    assert added["weight"].sum() == pytest.approx(keys.isin(set(added["stratum"])).sum())
    drawn = json.loads(audit_path("run", tmp_path).with_suffix(".draws.json").read_text())
    assert [d["n"] for d in drawn["draws"]] == [40, len(added)]
    # nothing new: nothing added; another seed or item kind for the same name is refused
    again = sample(bigger, n=40, seed=1, name="run", directory=tmp_path)
    pd.testing.assert_frame_equal(again, after)
    with pytest.raises(ValueError, match="seed=1"):
        sample(bigger, n=40, seed=2, name="run", directory=tmp_path)
    with pytest.raises(ValueError, match="item='quote'"):
        sample(bigger, n=40, seed=1, name="run", item="source", directory=tmp_path)


def test_a_fresh_draw_of_the_bigger_corpus_keeps_old_articles_ranked_alike(tmp_path):
    """An item's key is its own: in a stratum, the old items drawn from the small corpus are
    the old items of lowest key in any bigger draw too."""
    small, big = make_corpus(60), make_corpus(90)
    a = sample(small, n=60, seed=4, name="small", directory=tmp_path)
    b = sample(big, n=90, seed=4, name="big", directory=tmp_path)
    old = set(small.quotes["quote_id"])
    for stratum, rows in a.groupby("stratum"):
        in_a = set(rows["item_id"])
        in_b = set(b.loc[(b["stratum"] == stratum) & b["item_id"].isin(old), "item_id"])
        assert in_a <= in_b or in_b <= in_a


def test_source_items_sample_the_sources_table(tmp_path, corpus):
    frame = sample(corpus, n=25, seed=0, name="gender", item="source", directory=tmp_path)
    sources = corpus.sources
    assert len(frame) == 25 and (frame["item"] == "source").all()
    assert set(frame["item_id"]) <= set(sources["article_id"] + "|" + sources["actor"])
    assert frame["stratum"].str.count(r"\|").eq(1).all()          # outlet|gender
    assert set(frame["stratum"].str.split("|").str[1]) == set(sources["gender"])
    row = frame.iloc[0]
    article, actor = row["item_id"].split("|")
    src = sources[(sources["article_id"] == article) & (sources["actor"] == actor)].iloc[0]
    assert row["speaker_actor"] == actor and row["gender"] == src["gender"]
    assert row["start"] == src["first_quote_start"] and row["quote_id"].startswith(article)
    with pytest.raises(ValueError, match="cannot stratify"):
        sample(corpus, n=5, by=("nope",), name="x", directory=tmp_path)


def test_seed_corpus_items(tmp_path, seed_corpus):
    frame = sample(seed_corpus, n=10, seed=0, name="seed", directory=tmp_path)
    assert len(frame) == min(10, len(seed_corpus.quotes))
    quotes = seed_corpus.quotes.set_index("quote_id")
    assert (frame["quote"] == quotes.loc[frame["quote_id"], "quote"].values).all()


def test_record_sets_answers_and_validates(tmp_path, corpus):
    frame = sample(corpus, n=10, seed=0, name="r", directory=tmp_path)
    item = frame["item_id"].iloc[2]
    row = record("r", item, tmp_path, verdict="wrong_speaker", correct_speaker="Ann Lee",
                 speaker_type_ok="yes")
    assert row["verdict"] == "wrong_speaker" and row["correct_speaker"] == "Ann Lee"
    assert pd.Timestamp(row["labelled_at"]).tzinfo is not None
    back = load("r", tmp_path).set_index("item_id").loc[item]
    assert (back["verdict"], back["speaker_type_ok"], back["gender_verdict"]) == \
        ("wrong_speaker", "yes", "")
    # only the columns given change
    record("r", item, tmp_path, note="=SUM(A1)")
    back = load("r", tmp_path).set_index("item_id").loc[item]
    assert (back["verdict"], back["note"]) == ("wrong_speaker", "=SUM(A1)")
    assert "'=SUM(A1)" in audit_path("r", tmp_path).read_text()   # safe in a spreadsheet
    content = audit_path("r", tmp_path).read_bytes()
    for bad, match in [({"verdict": "not_a_source"}, "not allowed"),
                       ({"gender_verdict": "yes"}, "not allowed"),
                       ({"colour": "red"}, "unknown answer column"),
                       ({"labelled_at": "2020"}, "unknown answer column")]:
        with pytest.raises(ValueError, match=match):
            record("r", item, tmp_path, **bad)
    with pytest.raises(ValueError, match="no item"):
        record("r", "missing-q0", tmp_path, verdict="right")
    assert audit_path("r", tmp_path).read_bytes() == content       # refused: file unchanged


def test_record_is_atomic(tmp_path, corpus, monkeypatch):
    """A failure while the new file is written leaves the old file whole and no temp file."""
    frame = sample(corpus, n=10, seed=0, name="atom", directory=tmp_path)
    content = audit_path("atom", tmp_path).read_bytes()
    import analysis.audit.answers as answers

    real = answers.write_csv

    def dies(rows, path, **kwargs):
        real(rows.iloc[:3], path, **kwargs)           # a partial file, then the kill
        raise KeyboardInterrupt

    monkeypatch.setattr(answers, "write_csv", dies)
    with pytest.raises(KeyboardInterrupt):
        record("atom", frame["item_id"].iloc[0], tmp_path, verdict="right")
    assert audit_path("atom", tmp_path).read_bytes() == content
    assert sorted(os.listdir(tmp_path)) == ["atom.csv", "atom.draws.json"]
    replaced = []
    monkeypatch.setattr(answers, "write_csv", real)
    monkeypatch.setattr(answers.os, "replace",
                        lambda a, b: replaced.append((a, b)) or os.rename(a, b))
    record("atom", frame["item_id"].iloc[0], tmp_path, verdict="right")
    assert len(replaced) == 1 and replaced[0][1] == audit_path("atom", tmp_path)
    assert os.path.dirname(replaced[0][0]) == str(tmp_path)        # same folder


def test_load_rejects_bad_files(tmp_path, corpus):
    sample(corpus, n=5, seed=0, name="f", directory=tmp_path)
    path = audit_path("f", tmp_path)
    text = path.read_text()
    lines = text.splitlines()
    cells = lines[1].split(",")
    verdict = list(AUDIT_COLUMNS).index("verdict")
    cells[verdict] = '"Right"'      # a spreadsheet typo is named, not silently ignored
    path.write_text("\n".join([lines[0], ",".join(cells)] + lines[2:]) + "\n")
    with pytest.raises(ValueError, match=r"row 2 .*verdict='Right'"):
        load("f", tmp_path)
    path.write_text(text.replace('"gender_verdict",', ""))
    with pytest.raises(ValueError, match="column"):
        load("f", tmp_path)
    cells = lines[1].split(",")
    cells[list(AUDIT_COLUMNS).index("weight")] = ""
    path.write_text("\n".join([lines[0], ",".join(cells)] + lines[2:]) + "\n")
    with pytest.raises(ValueError, match="weight missing or not positive in row"):
        load("f", tmp_path)
    with pytest.raises(FileNotFoundError, match="no audit 'g'"):
        load("g", tmp_path)
