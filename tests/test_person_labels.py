"""People typed as organisations or places (issue 24): a name the small models label ORG on
most of its mentions is still a person when the article says so plainly.

- In the engine (analysis.engine.quotes.speakers): a bare name named twice or more, always as an
  ORG, is an organisation ("Ford said … Ford also said …") unless the article makes it a person
  (``_person_in_article``: a first name, a title, ", who", a he/she following a mention); a title
  before an ORG name in the speaker phrase ("Ms Makarova said") is a person.
- In the corpus step (analysis.assembly.merges): each quote whose speaker phrase plainly gives
  a person (a resolved he/she, a title, the actor's full name) adds two PERSON votes to its
  actor's label, PERSON winning a tie (``person_votes``, ``majority_labels``); a bare one-word
  speaker ("according to Reuters") adds none; the alias table still wins.

The engine cases run on both shared models."""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd
import pytest

from analysis import analyze, config
from analysis.assembly.merges import PERSON_QUOTE_VOTES, majority_labels, person_votes

MODELS = [None, str(config.shared_dir() / "models" / "en_news_sm-3.8.0")]
MODEL_IDS = ["en_core_web_sm", "en_news_sm"]


def run(texts: list[str], model):
    corpus = analyze(texts, model=model, progress=False)
    ids = list(corpus.articles["article_id"])
    return corpus, ids


# ---- engine: a bare name always tagged ORG ------------------------------------------------------

BARE_SHE = ("Royal said the talks had been difficult. Royal added that a deal was still "
            "possible. \"We will not give up,\" she said.")
BARE_HE = ("Navalny said the talks had been difficult. Navalny added that a deal was still "
           "possible. \"We will not give up,\" he said.")
FORD = ("Ford said on Tuesday it would cut 3,000 jobs in Europe. Ford also said sales of its "
        "trucks had risen. \"We are confident in our plan,\" the company said.")
FORD_SPOKESMAN = ("Ford said on Tuesday it would cut 3,000 jobs in Europe. Ford also said sales "
                  "of its trucks had risen. A spokesman said he expected more cuts next year.")


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_bare_name_followed_by_she_or_he_is_a_person_and_a_source(model):
    corpus, ids = run([BARE_SHE, BARE_HE], model)
    quotes, sources = corpus.quotes, corpus.sources
    for aid, name in zip(ids, ("Royal", "Navalny")):
        q = quotes[quotes["article_id"] == aid]
        named = q[q["speaker"] == name]
        assert len(named) == 2 and set(named["speaker_type"]) == {"person"}, q
        # the pronoun now resolves to the person the article names
        pron = q[q["speaker"].isin(["she", "he"])]
        assert list(pron["speaker_actor"]) == [named["speaker_actor"].iloc[0]], q
        label = corpus.actors.set_index("actor")["label"][named["speaker_actor"].iloc[0]]
        assert label == "PERSON"
        assert list(sources.loc[sources["article_id"] == aid, "actor"]) == [
            named["speaker_actor"].iloc[0]]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_company_named_twice_stays_an_organisation(model):
    corpus, _ = run([FORD, FORD_SPOKESMAN], model)
    quotes = corpus.quotes
    ford = quotes[quotes["speaker"] == "Ford"]
    assert len(ford) == 4 and set(ford["speaker_type"]) == {"organization"}, quotes
    assert corpus.actors.set_index("actor")["label"]["Ford"] == "ORG"
    assert "Ford" not in set(corpus.sources["actor"])


@pytest.mark.parametrize("text,person", [
    ("Ford said it would cut jobs. Ford added that sales had risen.", False),
    (("Ford said it would cut jobs. Ford added that sales had risen. A spokesman said he was "
      "sorry."), False),
    ("Afridi, who lost his place in September, said he would fight. Afridi added more.", True),
    ("Royal said the talks were hard. Royal added that she would stay.", True),
])
def test_person_in_article_reads_who_and_pronouns_after_the_name(text, person):
    """Unit rule of the engine, on entities made to be ORG (whatever the model tags)."""
    from analysis.engine.quotes.context import ArticleContext
    from analysis.engine.quotes.speakers import _person_in_article

    name = text.split()[0].strip(",")
    ents = [SimpleNamespace(start=i, end=i + len(name), label="ORG", actor=name, text=name)
            for i in _find_all(text, name)]
    ctx = ArticleContext(text, ents, {name: "ORG"})
    assert _person_in_article(ctx, name) is person


def _find_all(text: str, word: str) -> list[int]:
    out, i = [], text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1)
    return out


def test_a_title_before_an_org_name_in_the_speaker_phrase_makes_a_person():
    """"Ms Makarova" tagged ORG as a whole (the honorific taken into the entity) or the surname
    alone after the title: the title marks a person."""
    from analysis.engine.quotes.speakers import _looks_like_person

    from .helpers import parse

    doc = parse("Ms Makarova said the wind was strong.")
    toks = [t for t in doc[0:2]]
    if toks[1].tag_ != "NNP":
        pytest.skip("the model does not tag the surname as a proper noun")
    whole = SimpleNamespace(label="ORG", text="Ms Makarova", actor="Makarova")
    assert _looks_like_person(whole, toks)
    surname = SimpleNamespace(label="ORG", text="Makarova", actor="Makarova")
    assert _looks_like_person(surname, toks)
    # without the title, two words are no person ("Goldman Sachs")
    doc = parse("Goldman Sachs said the market was strong.")
    org = SimpleNamespace(label="ORG", text="Goldman Sachs", actor="Goldman Sachs")
    assert not _looks_like_person(org, list(doc[0:2]))


# ---- corpus step: the label vote -----------------------------------------------------------

def votes(rows: list[tuple[str, str, int, int]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["actor", "label", "n", "first"])


def quotes(rows: list[tuple[str, str, str]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["speaker_actor", "speaker_type", "speaker"])


def test_pronoun_title_and_full_name_quotes_outvote_org_mentions():
    q = quotes([("Arseniy Yatsenyuk", "person", "he"),
                ("Shahid Afridi", "person", "Shahid Afridi"),
                ("Ekaterina Makarova", "person", "Ms Makarova"),
                ("Svetlana Kuznetsova", "person", "she")])
    person = person_votes(q)
    assert person == dict.fromkeys(["Arseniy Yatsenyuk", "Shahid Afridi", "Ekaterina Makarova",
                                    "Svetlana Kuznetsova"], PERSON_QUOTE_VOTES)
    v = votes([("Arseniy Yatsenyuk", "ORG", 2, 0), ("Arseniy Yatsenyuk", "PERSON", 1, 5),
               ("Shahid Afridi", "ORG", 2, 10), ("Shahid Afridi", "PERSON", 1, 9),
               ("Ekaterina Makarova", "GPE", 1, 20),
               ("Svetlana Kuznetsova", "ORG", 1, 30)])
    labels = majority_labels(v, None, person)
    assert labels == dict.fromkeys(["Arseniy Yatsenyuk", "Shahid Afridi", "Ekaterina Makarova",
                                    "Svetlana Kuznetsova"], "PERSON")
    # without the quotes' votes, the NER's majority
    assert majority_labels(v)["Arseniy Yatsenyuk"] == "ORG"


def test_a_bare_one_word_speaker_or_another_type_adds_no_person_vote():
    q = quotes([("Reuters", "person", "Reuters"),          # "according to Reuters", weak rule
                ("Ford", "organization", "Ford"),
                ("Google", "organization", "Google"),
                ("the ministry", "organization", "the ministry"),
                ("Acme", "person", "it"),                   # a neuter pronoun is no person
                (None, "person", "she")])
    assert person_votes(q) == {}
    v = votes([("Reuters", "ORG", 1, 0), ("Ford", "ORG", 2, 1), ("Google", "ORG", 2, 2)])
    assert majority_labels(v, None, person_votes(q)) == {"Reuters": "ORG", "Ford": "ORG",
                                                         "Google": "ORG"}


def test_one_stray_pronoun_does_not_turn_an_often_named_organisation_into_a_person():
    q = quotes([("Ford", "person", "he"), ("Royal", "person", "she")])
    v = votes([("Ford", "ORG", 3, 0), ("Royal", "ORG", 2, 1)])
    # one plain quote outweighs two ORG mentions (PERSON wins the tie), not three
    assert majority_labels(v, None, person_votes(q)) == {"Ford": "ORG", "Royal": "PERSON"}


def test_alias_labels_still_win_and_votes_follow_merges():
    q = quotes([("Labour", "person", "Mr Labour"), ("Yatsenyuk", "person", "he")])
    person = person_votes(q, {"Yatsenyuk": "Arseniy Yatsenyuk"})
    assert person == {"Labour": 2, "Arseniy Yatsenyuk": 2}
    v = votes([("Labour", "ORG", 1, 0), ("Arseniy Yatsenyuk", "ORG", 1, 1)])
    assert majority_labels(v, {"Labour": "ORG"}, person) == {"Labour": "ORG",
                                                              "Arseniy Yatsenyuk": "PERSON"}
    # an actor without mentions gets no label from its quotes alone
    assert "Nobody" not in majority_labels(v, None, {"Nobody": 4})


def test_the_corpus_step_counts_the_quotes_votes():
    """compute(): an actor whose mentions are ORG twice and PERSON once but who is quoted as
    "she" is a PERSON in the actors table, and a source."""
    from analysis.assembly.sources import build_sources
    from analysis.assembly.step import compute

    ents = pd.DataFrame({"article_id": ["a"] * 3, "actor": ["Petra Kvitova"] * 3,
                         "label": ["PERSON", "ORG", "ORG"],
                         "text": ["Petra Kvitova", "Kvitova", "Kvitova"],
                         "start": [0, 40, 90]})
    q = pd.DataFrame({"article_id": ["a", "a"], "speaker_actor": ["Petra Kvitova"] * 2,
                      "speaker_type": ["person", "person"], "speaker": ["Kvitova", "she"],
                      "speaker_role": [None, None], "kind": ["indirect", "direct"],
                      "quote": ["the wind was hard", "I will rest"]})
    assembly = compute(["a"], {"a": pd.Timestamp("2024-01-01")}, ents, q, lambda ids: {})
    assert assembly.actors.set_index("actor")["label"]["Petra Kvitova"] == "PERSON"
    rows = assembly.quotes(q.assign(start=[40, 60]), table=False)
    sources = build_sources(rows, assembly.actors)
    assert list(sources["actor"]) == ["Petra Kvitova"]
