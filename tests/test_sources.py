"""The ``sources`` table: one row per article × person quoted in it, derived from the final quotes
and actors (analysis/assembly/sources.py, ``Corpus.sources``)."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import Corpus, analyze
from analysis.assembly import build_sources
from analysis.schema import ACTORS, QUOTES, SOURCES, SchemaViolation, validate_corpus, \
    validate_table


def _quote(article, start, speaker_type, actor=None, role=None, gender="unknown",
           source="none"):
    return {"article_id": article, "quote_id": f"{article}-q{start}", "quote": "x",
            "start": start, "end": start + 5, "kind": "direct", "speaker_type": speaker_type,
            "speaker_actor": actor, "speaker_role": role, "sentence_id": 0, "paragraph_id": 0,
            "speaker_gender": gender, "gender_source": source}


def _actors(labels: dict[str, str]) -> pd.DataFrame:
    return ACTORS.frame([{"actor": a, "label": lab, "mentions": 2, "articles": 1,
                          "aliases": [a], "gender": "unknown", "gender_source": "none"}
                         for a, lab in labels.items()])


ACTOR_LABELS = {"Margaret Hughes": "PERSON", "Tom Becker": "PERSON", "Acme Corp": "ORG",
                "Mount Erebus": "LOC", "Johnson & Johnson": "PERSON"}


def _hand_made() -> tuple[pd.DataFrame, pd.DataFrame]:
    quotes = QUOTES.frame([
        # article "z" comes first in the corpus order: rows keep it, not the alphabet
        _quote("z", 40, "person", "Tom Becker", "coach", "male", "title"),
        _quote("z", 10, "person", "Margaret Hughes", None, "female", "pronoun"),
        _quote("z", 90, "person", "Margaret Hughes", "striker", "female", "pronoun"),
        _quote("z", 120, "person", "Margaret Hughes", "captain", "female", "pronoun"),
        _quote("z", 150, "organization", "Acme Corp"),
        _quote("z", 170, "anonymous", None, "a club official"),
        _quote("z", 190, "group", None),
        _quote("z", 210, "pronoun", None),          # an unresolved "she said"
        _quote("z", 230, "unknown", None),
        _quote("z", 250, "person", None),           # an actor cleared as a non-actor
        _quote("z", 270, "person", "Mount Erebus"),  # typed person, but the actor is a place
        _quote("z", 290, "document", "Tom Becker"),  # "his statement": a document
        _quote("a", 5, "person", "Margaret Hughes", None, "female", "pronoun"),
    ])
    return quotes, _actors(ACTOR_LABELS)


def test_one_row_per_article_and_person_with_counts_first_quote_and_role():
    quotes, actors = _hand_made()
    sources = build_sources(quotes, actors)
    validate_table("sources", sources)
    assert list(sources.columns) == SOURCES.names
    assert list(zip(sources["article_id"], sources["actor"])) == [
        ("z", "Margaret Hughes"), ("z", "Tom Becker"), ("a", "Margaret Hughes")]
    amara = sources.iloc[0]
    assert amara["quotes"] == 3 and amara["first_quote_start"] == 10
    # the role of the first quote that has one (the first has none)
    assert amara["role"] == "striker"
    assert (amara["gender"], amara["gender_source"]) == ("female", "pronoun")
    tom = sources.iloc[1]
    # the document quote owned by Tom Becker ("his statement") is one of his quotes; his
    # gender is his person quote's (a document row gives none)
    assert tom["quotes"] == 2 and tom["role"] == "coach" and tom["gender"] == "male"
    # the same person in two articles: two rows, each with that article's count
    assert sources.iloc[2]["quotes"] == 1 and pd.isna(sources.iloc[2]["role"])
    assert set(sources["speaker_type"]) == {"person"}


def test_non_people_are_never_sources():
    quotes, actors = _hand_made()
    sources = build_sources(quotes, actors)
    assert not {"Acme Corp", "Mount Erebus"} & set(sources["actor"])
    # a company with a person-like name that the actors table labels ORG is not a source,
    # though the engine typed its speaker phrase a person
    quotes = QUOTES.frame([_quote("a", 0, "person", "Johnson & Johnson")])
    assert build_sources(quotes, _actors({"Johnson & Johnson": "ORG"})).empty
    assert len(build_sources(quotes, _actors({"Johnson & Johnson": "PERSON"}))) == 1


def test_a_person_quoted_only_through_a_document_is_a_source_with_the_actor_gender():
    # "Her lawsuit said …", "In a letter, his lawyer …": the owner's words in writing
    actors = _actors({"Marion Jones": "PERSON", "Acme Corp": "ORG"})
    actors.loc[actors["actor"] == "Marion Jones", ["gender", "gender_source"]] = \
        ["female", "pronoun"]
    quotes = QUOTES.frame([_quote("a", 0, "document", "Marion Jones"),
                           _quote("a", 50, "document", "Acme Corp"),   # "the company's release"
                           _quote("a", 90, "document", None)])         # "a statement said"
    sources = build_sources(quotes, actors)
    assert list(sources["actor"]) == ["Marion Jones"]
    assert (sources.iloc[0]["gender"], sources.iloc[0]["gender_source"]) == ("female", "pronoun")
    assert sources.iloc[0]["quotes"] == 1


def test_gender_follows_the_quote_rows_not_the_actors_table():
    quotes = QUOTES.frame([_quote("a", 0, "person", "Tom Becker", None, "male", "title"),
                           _quote("b", 0, "person", "Tom Becker", None, "unknown", "none")])
    sources = build_sources(quotes, _actors({"Tom Becker": "PERSON"}))
    assert list(sources["gender"]) == ["male", "unknown"]
    assert list(sources["gender_source"]) == ["title", "none"]


def test_empty_inputs_give_an_empty_valid_table():
    for quotes, actors in [(QUOTES.frame(), _actors(ACTOR_LABELS)),
                           (QUOTES.frame([_quote("a", 0, "group")]), _actors(ACTOR_LABELS)),
                           (QUOTES.frame([_quote("a", 0, "person", "Tom Becker")]),
                            ACTORS.frame())]:
        sources = build_sources(quotes, actors)
        assert sources.empty and list(sources.columns) == SOURCES.names
        validate_table("sources", sources)


def test_schema_rejects_a_duplicate_pair_and_a_non_person_type():
    quotes, actors = _hand_made()
    sources = build_sources(quotes, actors)
    with pytest.raises(SchemaViolation, match="sources"):
        validate_table("sources", pd.concat([sources, sources.iloc[[0]]], ignore_index=True))
    with pytest.raises(SchemaViolation, match="sources"):
        validate_table("sources", sources.assign(speaker_type="organization"))
    with pytest.raises(SchemaViolation, match="sources"):
        validate_table("sources", sources.assign(quotes=0))


# ---- on analyze() of realistic articles ------------------------------------------------------

STRIKE = (
    "Nurses at St Mary's Hospital will strike next week, their union announced on Monday.\n\n"
    "\"We were never consulted about the new rota,\" said Margaret Hughes, the union's regional "
    "secretary. \"Our members are exhausted,\" Hughes told reporters.\n\n"
    "The Department of Health said in a statement that it would meet the union. "
    "\"Nobody will lose their job,\" a senior hospital official said, speaking on condition of "
    "anonymity. Analysts said the dispute could spread to other hospitals.\n\n"
    "Health minister Tom Becker said the government had doubled the budget. \"We have listened "
    "to nurses,\" Becker said.")
FOLLOW_UP = (
    "\"It will be a hard winter for patients,\" Margaret Hughes said on Tuesday in Leeds. "
    "She said the union would not call off the strike.")
NO_ANTECEDENT = "\"The roads will stay closed until Friday,\" she said."


@pytest.fixture(scope="module")
def corpus(nlp):
    return analyze(pd.DataFrame({"article_id": ["strike", "follow-up", "roads"],
                                 "text": [STRIKE, FOLLOW_UP, NO_ANTECEDENT]}), progress=False)


def test_analyze_builds_the_sources_of_each_article(corpus):
    sources = corpus.sources
    validate_table("sources", sources)
    pairs = list(zip(sources["article_id"], sources["actor"]))
    assert pairs == [("strike", "Margaret Hughes"), ("strike", "Tom Becker"),
                     ("follow-up", "Margaret Hughes")]
    # not sources: the union, the anonymous official, the analysts
    q = corpus.quotes
    assert {"organization", "anonymous", "group"} <= \
        set(q.loc[q["article_id"] == "strike", "speaker_type"])
    strike = sources[sources["article_id"] == "strike"].set_index("actor")
    assert strike.loc["Margaret Hughes", "quotes"] == 2
    assert strike.loc["Tom Becker", "quotes"] == 2
    assert strike.loc["Tom Becker", "role"] == "Health minister"
    text_start = STRIKE.index("We were never consulted")
    assert strike.loc["Margaret Hughes", "first_quote_start"] == text_start
    # the quotes' gender columns, per row
    for row in sources.itertuples():
        rows = q[(q["article_id"] == row.article_id) & (q["speaker_actor"] == row.actor)]
        assert row.gender == rows["speaker_gender"].iloc[0]
    assert "3 source(s)" in corpus.summary()


def test_a_resolved_pronoun_counts_on_its_person_and_an_unresolved_one_never(corpus):
    q = corpus.quotes
    she = q[(q["article_id"] == "follow-up") & (q["speaker"] == "She")]
    assert len(she) == 1
    row = corpus.sources[corpus.sources["article_id"] == "follow-up"].iloc[0]
    # resolved to Margaret Hughes: her row, counted with her named quote
    assert she["speaker_type"].iat[0] == "person"
    assert she["speaker_actor"].iat[0] == row["actor"] == "Margaret Hughes"
    assert row["quotes"] == 2 and row["speaker_type"] == "person"
    # "she said" with nobody to refer to: a quote, but no source
    assert list(q.loc[q["article_id"] == "roads", "speaker_type"]) == ["pronoun"]
    assert "roads" not in set(corpus.sources["article_id"])


def test_store_round_trip_and_select(corpus, tmp_path):
    corpus.write(tmp_path / "store")
    read = Corpus.read(tmp_path / "store")
    assert not read.loaded("sources") and not read.loaded("quotes")
    pd.testing.assert_frame_equal(read.sources, corpus.sources)
    assert not read.loaded("quotes")  # built from a few quote columns
    assert "3 source(s)" in read.summary()
    picked = corpus.select("follow-up")
    assert list(zip(picked.sources["article_id"], picked.sources["actor"])) == \
        [("follow-up", "Margaret Hughes")]
    validate_corpus(picked)
    validate_corpus(read)


def test_sources_follow_a_change_of_quotes_and_validate_corpus_checks_them(corpus):
    copy = Corpus(articles=corpus.articles, entities=corpus.entities, actors=corpus.actors,
                  quotes=corpus.quotes, meta=dict(corpus.meta))
    assert len(copy.sources) == 3
    copy.quotes = corpus.quotes[corpus.quotes["article_id"] == "strike"].reset_index(drop=True)
    assert set(copy.sources["article_id"]) == {"strike"}
    copy.sources = corpus.sources  # given: kept, whatever the quotes become
    copy.quotes = corpus.quotes
    assert copy.sources is corpus.sources
    stray = corpus.sources.iloc[[0]].assign(actor="Department of Health")
    bad = Corpus(articles=corpus.articles, entities=corpus.entities, actors=corpus.actors,
                 quotes=corpus.quotes, sources=stray, meta=dict(corpus.meta))
    with pytest.raises(SchemaViolation, match="PERSON actor"):
        validate_corpus(bad)


# ---- the gender charts count sources ---------------------------------------------------------

def test_gender_share_counts_each_person_once_per_article(corpus):
    from analysis import plots, summaries

    by_sources = summaries.gender_share(corpus)  # the default
    # Margaret Hughes (2 articles, 4 quotes), Tom Becker (1 article, 2 quotes)
    assert by_sources["sources"].iat[0] == 3
    assert by_sources["female"].iat[0] == pytest.approx(2 / 3)
    assert by_sources["female_of_known"].iat[0] == pytest.approx(2 / 3)
    by_quotes = summaries.gender_share(corpus, weight="quotes")
    people = corpus.quotes[corpus.quotes["speaker_type"] == "person"]
    assert by_quotes["quotes"].iat[0] == len(people) == 6
    assert by_quotes["female"].iat[0] == pytest.approx(4 / 6)
    with pytest.raises(ValueError, match="weight"):
        summaries.gender_share(corpus, weight="articles")
    ax = plots.gender_share(corpus)
    assert "people quoted per article" in ax.get_title()
    assert plots.table_of(ax).equals(by_sources)
    assert "(3 sources)" in ax.get_yticklabels()[0].get_text()
    assert ax.get_xlabel() == "Share of sources"
    ax = plots.gender_share(corpus, weight="quotes")
    assert "quotes of people" in ax.get_title() and ax.get_xlabel() == "Share of quotes"


def test_gender_share_of_a_stored_corpus_reads_no_quotes_table(corpus, tmp_path):
    from analysis import summaries

    corpus.write(tmp_path / "store")
    read = Corpus.read(tmp_path / "store")
    share = summaries.gender_share(read)
    pd.testing.assert_frame_equal(share, summaries.gender_share(corpus))
    assert share["sources"].iat[0] == 3  # counted from the sources table, built on first use
    assert read.loaded("sources") and not read.loaded("quotes")


def test_quote_rows_without_gender_columns_read_as_unknown():
    quotes = QUOTES.frame([_quote("a", 0, "person", "Tom Becker")]).assign(
        speaker_gender=None, gender_source=None)
    sources = build_sources(quotes, _actors({"Tom Becker": "PERSON"}))
    validate_table("sources", sources)
    assert (sources["gender"].iat[0], sources["gender_source"].iat[0]) == ("unknown", "none")
