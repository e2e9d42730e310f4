"""Issue 24, the last misresolutions read on real news: a titled surname that fits no full name
of its gender is someone else; a place or building that reads like a name is no previous
speaker of "she"; a work named once after its kind noun is a work at every mention; a shopping
centre is no person (realistic sentences of our own; both models with
``ANALYSIS_SPACY_MODEL=../shared/models/en_news_sm-3.8.0``)."""

from __future__ import annotations

from analysis import analyze


def _speakers(text: str) -> list[tuple[str, str | None, str]]:
    quotes = analyze(text).quotes
    return list(zip(quotes["quote"].str[:24], quotes["speaker_actor"],
                    quotes["speaker_type"]))


def _sources(text: str) -> dict[str, str]:
    sources = analyze(text).sources
    return dict(zip(sources["actor"], sources["gender"]))


def test_a_titled_surname_is_not_the_man_of_that_surname():
    # the article names the husband in full and the wife by first name only
    text = ("Michael Howard's wife, Sandra, will play a leading role in the Conservative "
            "campaign. Mrs Howard will make solo visits to target seats.\n\n"
            "Mrs Howard told the Daily Mail she often teased her husband about his speeches. "
            "\"I tell him to smile more,\" Mrs Howard said.")
    sources = _sources(text)
    assert "Michael Howard" not in sources or sources["Michael Howard"] != "female"
    women = [a for a, g in sources.items() if a.endswith("Howard") and g == "female"]
    assert women and "Michael Howard" not in women


def test_a_street_that_speaks_is_no_antecedent_of_she():
    text = ("Cherie Blair gave a lecture to law students in Boston on Tuesday.\n\n"
            "Downing Street said the lecture was a private one. It said no political opinions "
            "had been expressed. She said the ruling of the Supreme Court had been a brave "
            "one.")
    said = [actor for quote, actor, _ in _speakers(text) if quote.startswith("the ruling")]
    assert said and said[0] != "Downing Street"


def test_a_work_named_after_its_kind_noun_is_a_work_at_every_mention():
    text = ("Three British directors were nominated this year. Andrea Arnold's gritty drama "
            "Wasp is about a single mother.\n\n"
            "Set in her native Dartford, Wasp tells the story of a young mum. \"I just start "
            "with an image I can't shake off and work outwards from that,\" she explains.")
    said = [actor for quote, actor, _ in _speakers(text) if quote.startswith("I just start")]
    assert said and said[0] != "Wasp"
    assert "Wasp" not in _sources(text)


def test_a_shopping_centre_is_no_person():
    text = ("A spokesman for Manchester's Trafford Centre said it had been the busiest "
            "Christmas to date, with sales up 5%.")
    assert "Trafford Centre" not in _sources(text)


def test_the_corpus_step_keeps_apart_what_an_article_named_side_by_side():
    import pandas as pd

    from analysis.assembly.merges import kept_apart, merge_surnames

    pairs = pd.DataFrame({"article_id": ["a", "a", "b", "c", "c"],
                          "actor": ["Michael Howard", "Howard", "Michael Howard",
                                    "Recep Tayyip Erdoğan", "Erdogan"]})
    apart = kept_apart(pairs)
    # spelled alike in one article, left unlinked by the engine: apart; another spelling the
    # engine could not link is not a decision, the corpus step's folding still joins it
    assert apart == {("Howard", "Michael Howard")}
    counts = pd.DataFrame({"actor": ["Michael Howard", "Howard", "Recep Tayyip Erdoğan",
                                     "Erdogan"], "label": ["PERSON"] * 4, "n": [5, 2, 4, 3]})
    merged = merge_surnames(counts, apart)
    assert "Howard" not in merged and merged["Erdogan"] == "Recep Tayyip Erdoğan"
    assert merge_surnames(counts)["Howard"] == "Michael Howard"
