"""Gender evidence stays in its article (issue 24, class 2): a log-odds vote capped per article
(one stray "she" does not erase a man's "he"s), per-article gender for the quotes of an actor
whose articles disagree, and a bare surname joins a full name of another article only when one
person in the corpus has that surname."""

from __future__ import annotations

import pandas as pd

from analysis import analyze
from analysis.assembly.gender import actor_genders, gender_evidence
from analysis.assembly.merges import merge_surnames

QUOTE_COLUMNS = ["article_id", "speaker_actor", "speaker_type", "speaker", "speaker_role", "kind",
                 "quote"]


def corpus_of(*texts: str):
    return analyze(pd.DataFrame({"article_id": [f"a{i}" for i in range(len(texts))],
                                 "text": list(texts)}), progress=False)


def _quote(article: str, actor: str, speaker: str, quote: str = "We will act.",
           kind: str = "direct", role=None) -> dict:
    return {"article_id": article, "speaker_actor": actor, "speaker_type": "person",
            "speaker": speaker, "speaker_role": role, "kind": kind, "quote": quote}


def _actors(*names: str) -> pd.DataFrame:
    return pd.DataFrame({"actor": list(names), "label": ["PERSON"] * len(names)})


def _mentions(rows) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["article_id", "actor", "text", "n"])


def president_quotes(stray_article: str = "a40") -> pd.DataFrame:
    """A president quoted in 40 articles, each time "… he said" three times, and one stray
    "she said" the engine misresolved to him in another article."""
    rows = [_quote(f"a{i}", "Joe Biden", "he") for i in range(40) for _ in range(3)]
    rows.append(_quote(stray_article, "Joe Biden", "she"))
    return pd.DataFrame(rows, columns=QUOTE_COLUMNS)


def test_a_stray_she_does_not_erase_a_presidents_hes():
    mentions = _mentions([(f"a{i}", "Joe Biden", "Biden", 4) for i in range(41)])
    got = actor_genders(mentions, president_quotes(), _actors("Joe Biden"))
    assert tuple(got.iloc[0]) == ("male", "pronoun")


def test_a_misresolved_article_does_not_make_a_president_unknown():
    # "he said" once in each of six articles; in a seventh, a woman's three "she said" quotes
    # were given to him (the old 75% rule: 6 of 9 signals, unknown)
    rows = [_quote(f"a{i}", "Joe Biden", "he") for i in range(6)]
    rows += [_quote("x", "Joe Biden", "she") for _ in range(3)]
    got = actor_genders(_mentions([]), pd.DataFrame(rows, columns=QUOTE_COLUMNS),
                        _actors("Joe Biden"))
    assert tuple(got.iloc[0]) == ("male", "pronoun")


def test_a_stray_she_in_an_article_of_many_hes_stays_male():
    # the stray "she" falls in an article where he is also "he": within an article too
    got = actor_genders(_mentions([]), president_quotes(stray_article="a3"),
                        _actors("Joe Biden"))
    assert got.iloc[0]["gender"] == "male"


def test_strong_evidence_in_conflict_stays_unknown():
    # "Ms Okafor" in one article, "Mr Okafor" in another: two people under one surname
    mentions = _mentions([("a1", "Okafor", "Ms Okafor", 2), ("a2", "Okafor", "Mr Okafor", 2)])
    quotes = pd.DataFrame([_quote("a1", "Okafor", "she"), _quote("a2", "Okafor", "he")],
                          columns=QUOTE_COLUMNS)
    by_actor, by_article = gender_evidence(mentions, quotes, _actors("Okafor"))
    assert tuple(by_actor.iloc[0]) == ("unknown", "none")
    # each article's quotes take the article's own evidence
    assert sorted(map(tuple, by_article.to_numpy())) == [
        ("a1", "Okafor", "female", "pronoun"), ("a2", "Okafor", "male", "pronoun")]


def test_one_article_cannot_outvote_many_by_repetition():
    # one article misresolves "she" ten times to a man that five other articles call "he"
    rows = [_quote("x", "Tom Reed", "she") for _ in range(10)]
    rows += [_quote(f"a{i}", "Tom Reed", "he") for i in range(5)]
    got = actor_genders(_mentions([]), pd.DataFrame(rows, columns=QUOTE_COLUMNS),
                        _actors("Tom Reed"))
    assert got.iloc[0]["gender"] == "male"


def test_the_first_name_never_overrules_deciding_text():
    # a woman named Michael: one "she" decides, the name is not read
    quotes = pd.DataFrame([_quote("a1", "Michael Reyes", "she")], columns=QUOTE_COLUMNS)
    got = actor_genders(_mentions([]), quotes, _actors("Michael Reyes"))
    assert tuple(got.iloc[0]) == ("female", "pronoun")


def test_quotes_in_the_article_that_decides_take_its_gender():
    # the same name, a woman in one article and a man in another: the actor is unknown,
    # each article's quotes get the gender its own text gives
    c = corpus_of('Ms Alex Morgan said the clinic would stay open through the winter. "We '
                  'have the staff," Ms Morgan said.',
                  '"The bridge will reopen in May," Mr Alex Morgan said on Tuesday. "We are '
                  'ahead of schedule," he said.')
    a = c.actors.set_index("actor")
    assert a.at["Alex Morgan", "gender"] == "unknown"
    q = c.quotes[c.quotes.speaker_actor == "Alex Morgan"]
    by_article = q.groupby("article_id")["speaker_gender"].agg(set).to_dict()
    assert by_article == {"a0": {"female"}, "a1": {"male"}}


def _pairs(rows) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["actor", "label", "n"])


def test_a_bare_surname_is_not_given_to_one_of_two_people():
    pairs = _pairs([("John Smith", "PERSON", 9), ("Maria Smith", "PERSON", 2),
                    ("Smith", "PERSON", 3)])
    assert "Smith" not in merge_surnames(pairs)


def test_a_bare_surname_joins_the_one_full_name():
    pairs = _pairs([("John Smith", "PERSON", 2), ("John A. Smith", "PERSON", 1),
                    ("Smith", "PERSON", 3)])
    assert merge_surnames(pairs) == {"Smith": "John Smith"}


def test_two_smiths_in_two_articles_and_a_bare_smith_in_a_third():
    # Sarah Smith has three mentions, Daniel Smith one (the old rule: 75% of the full-name
    # mentions are hers, so the bare Smith became her)
    c = corpus_of("Sarah Smith, the head teacher, said the school would reopen on Monday. "
                  "Smith said the roof had been repaired. Smith has led the school since 2015.",
                  "Daniel Smith, a farmer, said the harvest had been poor this year.",
                  '"We will appeal the ruling," Smith said outside the court on Friday.')
    actors = set(c.actors["actor"])
    assert {"Sarah Smith", "Daniel Smith", "Smith"} <= actors
    q = c.quotes[c.quotes.article_id == "a2"]
    assert list(q["speaker_actor"]) == ["Smith"]


def test_one_smith_in_the_corpus_takes_the_bare_surname():
    c = corpus_of("Sarah Smith, the head teacher, said the school would reopen on Monday.",
                  '"We will appeal the ruling," Smith said outside the court on Friday.')
    assert "Smith" not in set(c.actors["actor"])
    q = c.quotes[c.quotes.article_id == "a1"]
    assert list(q["speaker_actor"]) == ["Sarah Smith"]
