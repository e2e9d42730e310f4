"""People quoted together in one attribution (issue 24): "A and B said" makes each named person
of the speaker phrase a source of the article (analysis/assembly/sources.py, ``cospeakers``),
read from the stored speaker phrase and the entity rows inside it; possessive owners, people
after a preposition, a relative pronoun or "and others" are not co-speakers."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import analyze, config
from analysis.assembly import build_sources
from analysis.schema import ACTORS, ENTITIES, QUOTES, validate_table

MODELS = [None, str(config.shared_dir() / "models" / "en_news_sm-3.8.0")]
MODEL_IDS = ["en_core_web_sm", "en_news_sm"]


def _actors(genders: dict[str, str], labels: dict[str, str] | None = None) -> pd.DataFrame:
    labels = labels or {}
    return ACTORS.frame([{"actor": a, "label": labels.get(a, "PERSON"), "mentions": 2,
                          "articles": 1, "aliases": [a], "gender": g,
                          "gender_source": "first_name" if g != "unknown" else "none"}
                         for a, g in genders.items()])


def _frames(phrase: str, speaker_type: str, names: dict[str, str], actor=None,
            extra_quotes=()):
    """One article whose first quote has this speaker phrase at offset 100; ``names`` maps
    each name as written in the phrase to its actor (every one a PERSON mention)."""
    quotes = [{"article_id": "a", "quote_id": "a-q0", "quote": "x", "start": 10, "end": 60,
               "kind": "indirect", "speaker": phrase, "speaker_start": 100,
               "speaker_end": 100 + len(phrase), "speaker_type": speaker_type,
               "speaker_actor": actor, "speaker_role": "Senators", "sentence_id": 0,
               "paragraph_id": 0, "speaker_gender": GENDERS.get(actor, "unknown"),
               "gender_source": "first_name" if actor else "none"}]
    quotes += list(extra_quotes)
    ents = []
    for n, (name, who) in enumerate(names.items()):
        at = 100 + phrase.index(name)
        ents.append({"article_id": "a", "entity_id": f"a-e{n}", "text": name, "label": "PERSON",
                     "start": at, "end": at + len(name), "sentence_id": 0, "paragraph_id": 0,
                     "actor": who})
    return QUOTES.frame(quotes), ENTITIES.frame(ents)


GENDERS = {"Ann Lee": "female", "Tom Hart": "male", "Joe Biden": "male",
           "Stephen Mold": "male", "Helen Pryce": "female", "Gordon Pryce": "male",
           "Mark Jones": "male", "Richard Nicholls": "male", "Daniel Ortiz": "male",
           "Nancy Pelosi": "female", "Rita Gomez": "female"}


def _sources(phrase, speaker_type, names, actor=None, extra_quotes=()):
    quotes, ents = _frames(phrase, speaker_type, names, actor, extra_quotes)
    sources = build_sources(quotes, _actors(GENDERS), ents)
    validate_table("sources", sources)
    return sources


@pytest.mark.parametrize("phrase, speaker_type, names, actor, expected", [
    ("Senators Ann Lee and Tom Hart", "group",
     {"Ann Lee": "Ann Lee", "Tom Hart": "Tom Hart"}, None, ["Ann Lee", "Tom Hart"]),
    ("Ann Lee and Tom Hart", "person",
     {"Ann Lee": "Ann Lee", "Tom Hart": "Tom Hart"}, "Ann Lee", ["Ann Lee", "Tom Hart"]),
    ("Biden and others in the Democratic Party", "group", {"Biden": "Joe Biden"}, None,
     ["Joe Biden"]),
    ("Both he and the county's Police and Crime Commissioner Stephen Mold", "group",
     {"Stephen Mold": "Stephen Mold"}, None, ["Stephen Mold"]),
    ("Gordon Pryce and his wife Helen Pryce", "group",
     {"Gordon Pryce": "Gordon Pryce", "Helen Pryce": "Helen Pryce"}, None,
     ["Gordon Pryce", "Helen Pryce"]),
    ("Ann Lee, Tom Hart & Rita Gomez", "group",
     {"Ann Lee": "Ann Lee", "Tom Hart": "Tom Hart", "Rita Gomez": "Rita Gomez"}, None,
     ["Ann Lee", "Tom Hart", "Rita Gomez"]),
], ids=["senators", "person-typed", "and-others", "both-he-and", "his-wife", "list"])
def test_each_named_person_joined_in_the_phrase_is_a_source(phrase, speaker_type, names, actor,
                                                             expected):
    sources = _sources(phrase, speaker_type, names, actor)
    assert list(sources["actor"]) == expected
    assert (sources["quotes"] == 1).all() and (sources["first_quote_start"] == 10).all()
    # each person's own gender (the actor's), never the phrase's
    assert list(sources["gender"]) == [GENDERS[a] for a in expected]


@pytest.mark.parametrize("phrase, speaker_type, names, actor, expected", [
    # a possessive owner is not quoted
    ("Jones' lawyer Richard Nicholls and Tom Hart", "group",
     {"Jones": "Mark Jones", "Richard Nicholls": "Richard Nicholls", "Tom Hart": "Tom Hart"},
     None, ["Richard Nicholls", "Tom Hart"]),
    ("Ann Lee's aides and staff", "group", {"Ann Lee": "Ann Lee"}, None, []),
    # a person inside an of/for/with phrase
    ("a spokesman for Senator Ann Lee and Tom Hart", "group",
     {"Ann Lee": "Ann Lee", "Tom Hart": "Tom Hart"}, None, []),
    ("officials and lawyers with Daniel Ortiz", "group", {"Daniel Ortiz": "Daniel Ortiz"},
     None, []),
    # named after "and others" as a group only
    ("Biden and others, including Nancy Pelosi", "group",
     {"Biden": "Joe Biden", "Nancy Pelosi": "Nancy Pelosi"}, None, ["Joe Biden"]),
    # inside a relative clause
    ("Tom Hart and residents who met Ann Lee", "group",
     {"Tom Hart": "Tom Hart", "Ann Lee": "Ann Lee"}, None, ["Tom Hart"]),
    # no joining word: one person and an apposition is no coordination
    ("Daniel Ortiz, the lawyer who represented Ann Lee", "group",
     {"Daniel Ortiz": "Daniel Ortiz", "Ann Lee": "Ann Lee"}, None, []),
], ids=["possessive", "possessive-only", "for", "with", "and-others-including", "relative",
        "no-joiner"])
def test_owners_prepositions_groups_and_relative_clauses_are_not_cospeakers(
        phrase, speaker_type, names, actor, expected):
    assert list(_sources(phrase, speaker_type, names, actor)["actor"]) == expected


def test_counts_once_and_takes_the_persons_own_quote_gender_and_skips_non_people():
    own = {"article_id": "a", "quote_id": "a-q1", "quote": "y", "start": 300, "end": 320,
           "kind": "direct", "speaker": "she", "speaker_start": 330, "speaker_end": 333,
           "speaker_type": "person", "speaker_actor": "Ann Lee", "speaker_role": None,
           "sentence_id": 2, "paragraph_id": 1, "speaker_gender": "female",
           "gender_source": "pronoun"}
    quotes, ents = _frames("Ann Lee and Tom Hart", "group", {"Ann Lee": "Ann Lee",
                                                            "Tom Hart": "Tom Hart"},
                           None, [own])
    actors = _actors({"Ann Lee": "unknown", "Tom Hart": "male"})
    sources = build_sources(quotes, actors, ents).set_index("actor")
    # Ann Lee: the joint quote and her own; her gender from her own person quote
    assert sources.loc["Ann Lee", "quotes"] == 2
    assert (sources.loc["Ann Lee", "gender"], sources.loc["Ann Lee", "gender_source"]) == \
        ("female", "pronoun")
    assert sources.loc["Tom Hart", "quotes"] == 1 and sources.loc["Tom Hart", "gender"] == "male"
    assert pd.isna(sources.loc["Tom Hart", "role"])
    # an actor the actors table labels other than PERSON is never a co-speaker
    sources = build_sources(quotes, _actors({"Ann Lee": "female", "Tom Hart": "male"},
                                            {"Tom Hart": "ORG"}), ents)
    assert list(sources["actor"]) == ["Ann Lee"] and sources["quotes"].iloc[0] == 2
    # an organisation's quote is not read for co-speakers; without entities, none are
    assert build_sources(quotes.assign(speaker_type="organization", speaker_actor=None),
                         actors, ents).empty
    assert list(build_sources(quotes, actors)["actor"]) == ["Ann Lee"]


# ---- realistic articles through analyze(), both models ------------------------------------

FLOOD = ("Gordon Pryce and his wife Helen Pryce told reporters on Monday that the flood had "
         "destroyed their farm outside Carlisle. The couple have farmed the land for thirty "
         "years. The Environment Agency said river levels would fall by Wednesday.")
VOTE = ("Lawmakers Margaret Hughes and Thomas Becker warned on Tuesday that the delay could "
        "threaten funding for rural hospitals. The committee will vote on the measure next "
        "month.")
SPOKESMAN = ("A spokesman for Senator Daniel Ortiz and the committee said the hearing would be "
             "delayed. The hearing had been set for Friday.")


@pytest.fixture(scope="module", params=MODELS, ids=MODEL_IDS)
def corpus(request):
    texts = [FLOOD, VOTE, SPOKESMAN]
    found = analyze(texts, model=request.param, progress=False)
    found.ids = dict(zip(texts, found.articles["article_id"]))  # type: ignore[attr-defined]
    return found


def _article_sources(corpus, text: str) -> pd.DataFrame:
    s = corpus.sources
    return s[s["article_id"] == corpus.ids[text]].set_index("actor")


def test_a_couple_quoted_together_are_both_sources(corpus):
    s = _article_sources(corpus, FLOOD)
    assert {"Gordon Pryce", "Helen Pryce"} <= set(s.index)
    assert s.loc["Helen Pryce", "gender"] == "female" and s.loc["Gordon Pryce", "gender"] == "male"


def test_two_lawmakers_warning_together_are_both_sources(corpus):
    s = _article_sources(corpus, VOTE)
    assert {"Margaret Hughes", "Thomas Becker"} <= set(s.index)
    assert s.loc["Margaret Hughes", "gender"] == "female"


def test_a_spokesman_for_a_senator_adds_no_cospeaker(corpus):
    s = _article_sources(corpus, SPOKESMAN)
    # nobody joined in the phrase: at most the engine's own speaker, never a second person
    assert len(s) <= 1
