"""Entities and actors (analysis.engine.entities, analysis.engine.canonical, analysis.assembly,
analysis.analyze)."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import analyze, load_articles
from analysis.assembly.actors import ACTOR_COLUMNS
from analysis.engine.aliases import read_aliases
from analysis.engine.canonical import canonicalise_article
from analysis.engine.names import normalise, strip_title
from analysis.engine.segments import paragraph_starts
from analysis.schema import ENTITIES

from .conftest import BBC, need


def _actor(corpus, name):
    rows = corpus.actors[corpus.actors.actor == name]
    assert len(rows) == 1, f"no single actor {name!r}; have {corpus.actors.actor.tolist()}"
    return rows.iloc[0]


def test_tables_have_the_documented_columns(seed_corpus):
    assert list(seed_corpus.entities.columns) == ENTITIES.names
    assert list(seed_corpus.actors.columns) == ACTOR_COLUMNS
    assert seed_corpus.entities.entity_id.is_unique


def test_seed_actors(seed_corpus):
    biden = _actor(seed_corpus, "Joe Biden")
    assert biden.mentions >= 3 and biden.label == "PERSON"
    assert {"President Joe Biden", "President Biden"} <= set(biden.aliases)
    trump = _actor(seed_corpus, "Trump")
    assert {"Trump", "Mr Trump"} <= set(trump.aliases)
    us = _actor(seed_corpus, "United States")
    assert {"US", "USA", "United States"} <= set(us.aliases)
    for name in ("Kirby", "McCaul", "Austin", "Pentagon", "Syria", "Iraq", "Iran",
                 "Kataeb Hezbollah"):
        _actor(seed_corpus, name)
    assert {"ISIS", "Islamic State group"} <= set(_actor(seed_corpus, "Islamic State").aliases)
    assert _actor(seed_corpus, "Joe Biden").first_seen == pd.Timestamp("2021-02-26", tz="UTC")


def test_entity_offsets_are_exact(seed_corpus):
    text = seed_corpus.articles.set_index("article_id").text
    for row in seed_corpus.entities.itertuples():
        assert text[row.article_id][row.start:row.end] == row.text


def test_sentence_and_paragraph_ids(seed_corpus):
    ents = seed_corpus.entities
    text = seed_corpus.articles.text[0]
    starts = paragraph_starts(text)
    for row in ents.itertuples():
        para = text[starts[row.paragraph_id]:]
        assert para.split("\n\n")[0].find(row.text) >= 0
    assert ents.sentence_id.is_monotonic_increasing and ents.paragraph_id.is_monotonic_increasing
    austin = ents[ents.text == "Austin"].iloc[0]
    assert (austin.sentence_id, austin.paragraph_id) == (0, 0)


@pytest.mark.parametrize("mention,label,expected", [
    ("President Joe Biden", "PERSON", "Joe Biden"),
    ("Mr Trump", "PERSON", "Trump"),
    ("Mr. Trump's", "PERSON", "Trump"),
    ("Gen. Qassem Soleimani", "PERSON", "Qassem Soleimani"),
    ("Trade and Industry Secretary Patricia Hewitt", "PERSON", "Patricia Hewitt"),
    ("Secretary of State Mike Pompeo", "PERSON", "Mike Pompeo"),
    ("Mr Major", "PERSON", "Major"),
    ("the Pentagon", "ORG", "Pentagon"),
    ("Biden's", "PERSON", "Biden"),
    ("Ms Hewitt", "ORG", "Hewitt"),
])
def test_normalise(mention, label, expected):
    assert normalise(mention, label) == expected


def test_strip_title_returns_the_role():
    assert strip_title("Foreign Secretary Jack Straw") == ("Foreign Secretary", "Jack Straw")


def test_within_article_linking_and_aliases():
    aliases = read_aliases()
    mentions = [("Patricia Hewitt", "PERSON", 0), ("Ms Hewitt", "PERSON", 50),
                ("Hewitt", "ORG", 80), ("U.S.", "GPE", 90), ("America", "GPE", 95),
                ("2005", "DATE", 99), ("Clinton", "PERSON", 120)]
    result = [actor for actor, _ in canonicalise_article(mentions, aliases)]
    assert result == ["Patricia Hewitt", "Patricia Hewitt", "Patricia Hewitt", "United States",
                      "United States", None, "Clinton"]
    # Two full names with one surname: the nearest one before the bare surname wins.
    two = [("Bill Clinton", "PERSON", 0), ("Hillary Clinton", "PERSON", 40),
           ("Clinton", "PERSON", 90)]
    assert canonicalise_article(two, aliases)[2][0] == "Hillary Clinton"


def test_user_alias_table_extends_the_default(tmp_path):
    table = tmp_path / "aliases.csv"
    table.write_text("alias,canonical,label\nBeeb,BBC,ORG\nUS,USA (custom),GPE\n")
    aliases = read_aliases(table)
    assert aliases.lookup("Beeb") == ("BBC", "ORG")
    assert aliases.lookup("US") == ("USA (custom)", "GPE")
    assert aliases.lookup("Britain") == ("United Kingdom", "GPE")
    assert aliases.lookup("us") is None
    with pytest.raises(ValueError, match="lacks column"):
        read_aliases(pd.DataFrame({"name": ["x"]}))
    corpus = analyze(pd.DataFrame({"article_id": ["a1"],
                                   "text": ["The Beeb reported it. The BBC agreed."]}),
                     aliases={"Beeb": "BBC"})
    assert "BBC" in set(corpus.entities.actor)


def test_analyze_accepts_plain_dataframes_and_texts():
    frame = pd.DataFrame({"article_id": ["x1", "x2"],
                          "text": ["Angela Merkel met Emmanuel Macron in Paris.",
                                   "Merkel said Germany would help."]})
    corpus = analyze(frame)
    assert list(corpus.articles.article_id) == ["x1", "x2"]
    merkel = _actor(corpus, "Angela Merkel")
    assert merkel.articles == 2 and merkel.mentions == 2  # cross-article surname merge
    single = analyze("Boris Johnson visited Berlin.")
    assert len(single.articles) == 1 and "Boris Johnson" in set(single.actors.actor)
    with pytest.raises(ValueError, match="no 'text' column"):
        analyze(pd.DataFrame({"body": ["x"]}))


def test_empty_articles_are_reported_not_fatal():
    frame = pd.DataFrame({"article_id": ["ok", "empty"], "text": ["Tony Blair spoke.", "  "]})
    corpus = analyze(frame)
    assert corpus.articles.article_id.tolist() == ["ok"]
    assert corpus.errors.problem.tolist() == ["no_text"]


def test_corpus_round_trip(tmp_path, seed_corpus):
    from analysis import Corpus

    seed_corpus.write(tmp_path)
    back = Corpus.read(tmp_path)
    for name in ("articles", "entities", "actors"):
        pd.testing.assert_frame_equal(getattr(back, name), getattr(seed_corpus, name))
    assert back.meta == seed_corpus.meta


def _same_person(a: str, b: str) -> bool:
    """True when two names differ only by a title or a first name."""
    na, nb = normalise(a, "PERSON"), normalise(b, "PERSON")
    if na == nb:
        return True
    wa, wb = na.split(), nb.split()
    if wa[-1] != wb[-1]:
        return False
    # One is the bare surname, or the first names are one an initial/prefix of the other.
    if len(wa) == 1 or len(wb) == 1:
        return True
    fa, fb = wa[0].rstrip("."), wb[0].rstrip(".")
    return fa.startswith(fb) or fb.startswith(fa)


@pytest.mark.slow
def test_bbc_politics_top_people_have_no_duplicates():
    articles = load_articles(need(BBC) / "politics", duplicates="drop")
    corpus = analyze(articles, progress=False)
    people = corpus.actors[corpus.actors.label == "PERSON"].head(10).actor.tolist()
    assert len(people) == 10
    clashes = [(a, b) for i, a in enumerate(people) for b in people[i + 1:] if _same_person(a, b)]
    assert clashes == [], f"top-10 PERSON actors that are one person: {clashes}"
    assert "Tony Blair" in people
    text = corpus.articles.set_index("article_id").text
    sample = corpus.entities.sample(2000, random_state=0)
    assert all(text[r.article_id][r.start:r.end] == r.text for r in sample.itertuples())


def test_party_state_tags_are_not_actors():
    corpus = analyze(pd.DataFrame({"article_id": ["t"], "text": [
        "Sen. David Perdue (R-Ga.) and Rep. Don Beyer (D-Va.) met on Tuesday."]}))
    assert not corpus.entities.text.str.match(r"[RD]-").any()
    assert "David Perdue" in corpus.actors.actor.tolist()
