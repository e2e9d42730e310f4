"""Epithet speakers (issue 24, session 14): a definite noun phrase that re-describes a person
named before it ("the 24-year-old said", "the Olympic champion said", "the actress said", "the
Scot said") is that person's — the quotes table's speaker_actor and the sources table — while
the speaker text stays the epithet (analysis.engine.quotes.epithets). Unnamed speakers ("the
official said" with no official named, "a spokesman said", "the company said") stay unnamed.
"""

from __future__ import annotations

import pytest

from analysis import analyze, config

MODELS = [None, str(config.shared_dir() / "models" / "en_news_sm-3.8.0")]
MODEL_IDS = ["en_core_web_sm", "en_news_sm"]
Q = "\u201c{}\u201d"


def _row(corpus, article: int, words: str):
    quotes = corpus.quotes
    quotes = quotes[quotes["article_id"] == corpus.articles["article_id"].iloc[article]]
    hits = quotes[quotes["quote"].str.contains(words, regex=False)]
    assert len(hits) == 1, list(quotes["quote"])
    return hits.iloc[0]


def _actor(row) -> str | None:
    return row["speaker_actor"] if isinstance(row["speaker_actor"], str) else None


# (text, words of the quote, the epithet, the person it names)
RESOLVED = [
    # an age, the person named in the sentence before
    ("Marta Kowalczyk broke the national record in the 400m hurdles on Sunday in Lisbon. "
     + Q.format("I knew I could run faster this year,") + " the 24-year-old said.",
     "I knew I could run faster", "the 24-year-old", "Marta Kowalczyk"),
    # an age after the person's own quote: the previous speaker
    ("Peter Lindqvist won the final round in Oslo on Saturday. " + Q.format(
        "The wind was hard and the course was heavy,") + " Lindqvist said. " + Q.format(
        "But I never doubted that I would finish first,") + " the 31-year-old added.",
     "But I never doubted", "the 31-year-old", "Peter Lindqvist"),
    # a role noun the person carries, two people in the sentence before
    ("Olympic champion Laura Bennett beat Sarah Collins in the semi-final on Friday. "
     + Q.format("Sarah pushed me all the way to the line,") + " the Olympic champion said.",
     "Sarah pushed me", "the Olympic champion", "Laura Bennett"),
    # the role decides over the subject
    ("Sarah Collins lost to Olympic champion Laura Bennett in the final on Sunday. "
     + Q.format("Sarah made me work hard for every point,") + " the Olympic champion said.",
     "made me work hard", "the Olympic champion", "Laura Bennett"),
    # a gendered noun
    ("Greta Lindholm starred in the new film by the Swedish director. "
     + Q.format("I loved every minute of the shoot,") + " the actress said.",
     "I loved every minute", "the actress", "Greta Lindholm"),
    # a nationality the person's mention carries
    ("Scot Callum Baird reached the final at Wimbledon on Friday. "
     + Q.format("I was nervous before the match,") + " the Scot admitted.",
     "I was nervous", "the Scot", "Callum Baird"),
    # names in passing (a role played, a film named after a person) are no candidates
    ("The young cast was led by Nora Quist, who plays Ophelia in the Max Hartmann films. The "
     "15-year-old said she wanted to meet the director and joked that "
     + Q.format("they are all far too old for me") + ".",
     "wanted to meet", "The 15-year-old", "Nora Quist"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_an_epithet_names_the_person_the_discourse_is_about(model):
    corpus = analyze([t for t, *_ in RESOLVED], model=model, progress=False)
    for k, (text, words, epithet, person) in enumerate(RESOLVED):
        row = _row(corpus, k, words)
        assert row["speaker"] == epithet, (text, row.to_dict())
        assert person in (_actor(row) or ""), (text, row.to_dict())  # ("Scot Callum Baird")
        assert row["speaker_type"] == "person", (text, row.to_dict())
    sources = corpus.sources
    for k, (text, *_, person) in enumerate(RESOLVED):
        article = corpus.articles["article_id"].iloc[k]
        actors = set(sources[sources["article_id"] == article]["actor"])
        assert any(person in actor for actor in actors), (text, actors)


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_gendered_epithet_gives_the_person_its_gender(model):
    text = ("Robin Achterberg starred in the new film by the Swedish director. "
            + Q.format("I loved every minute of the shoot,") + " the actress said.")
    corpus = analyze([text], model=model, progress=False)
    row = _row(corpus, 0, "I loved every minute")
    assert _actor(row) == "Robin Achterberg", row.to_dict()
    assert row["speaker_gender"] == "female", row.to_dict()


# (text, words of the quote, the speaker's text, its type): nobody named by the phrase
UNNAMED = [
    # no official named before: the official stays unnamed
    ("A man was arrested in Leeds on Sunday after a fire at a warehouse. "
     + Q.format("It was a very serious fire,") + " the official said.",
     "very serious fire", "the official", "anonymous"),
    ("Marta Kowalczyk broke the national record on Sunday. "
     + Q.format("The event was a great success,") + " a spokesman said.",
     "great success", "a spokesman", "anonymous"),
    ("Marta Kowalczyk joined the firm in May. " + Q.format("Sales rose by a third this year,")
     + " the company said.", "Sales rose", "the company", "organization"),
    # the other gender: a man named before is not "the actress"
    ("Thomas Berger directed the new film in Malmo. " + Q.format(
        "I loved every minute of the shoot,") + " the actress said.",
     "I loved every minute", "the actress", "anonymous"),
    # an age with nobody named before it
    ("The match in Lisbon ended in a draw on Sunday. "
     + Q.format("We should have won the game easily,") + " the 24-year-old said.",
     "We should have won", "the 24-year-old", None),
    # a plural: no one person
    ("Marta Kowalczyk broke the national record on Sunday. "
     + Q.format("She will be hard to beat this summer,") + " the Russians said.",
     "hard to beat", "the Russians", None),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_unnamed_speakers_stay_unnamed(model):
    corpus = analyze([t for t, *_ in UNNAMED], model=model, progress=False)
    for k, (text, words, speaker, kind) in enumerate(UNNAMED):
        row = _row(corpus, k, words)
        assert row["speaker"] == speaker, (text, row.to_dict())
        assert _actor(row) is None, (text, row.to_dict())
        if kind is not None:
            assert row["speaker_type"] == kind, (text, row.to_dict())
