"""Session 26 (lead): a surname the NER tagged as a thing (PRODUCT, WORK_OF_ART, EVENT, LAW,
LANGUAGE) heading a person's speaker phrase is the person the article names in full
(``speakers._THING_LABELS``, in ``describe_speaker``). Before, "said Cole" after "Helen Cole"
(both models tag the one word "Cole" PRODUCT) was a person quote with no actor, so Helen Cole
was no source and lost her quote's gender evidence — a woman whose surname reads as a brand or
a title lost from the sources table. Sentences of our own, both models.

Negative cases: a thing-tagged word no full name of the article ends with stays without a
person ("Focus said" after "the new Ford Focus"); a person named in full and quoted by her
full name is unchanged.
"""

from __future__ import annotations

import pytest

from .helpers import MODEL_IDS, MODELS, corpus_and_quotes

POSITIVES = [
    ('Jane Smith won the race in Leeds on Sunday, finishing ahead of Helen Cole. '
     '"I was very pleased with the result," said Cole.', "Helen Cole", "female"),
    ('Helen Cole, who trains in Leeds, came second on Sunday. '
     '"I was very pleased with the result," Cole said after the race.', "Helen Cole", "female"),
    ('Peter Cole has coached the club for ten years. The side lost again on Saturday. '
     '"We have to be better than that," said Cole.', "Peter Cole", "male"),
]

NEGATIVES = [
    'The new Ford Focus sold well in March. "It is a great car," Focus said.',
    'Jane Smith won the race in Leeds on Sunday. "I was very pleased," said Helen Cole.',
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_thing_tagged_surname_is_the_person_named_in_full(model):
    texts = [t for t, _, _ in POSITIVES]
    corpus, quotes = corpus_and_quotes(texts, model)
    sources = corpus.sources
    for (text, person, gender), q, article in zip(POSITIVES, quotes,
                                                   corpus.articles["article_id"]):
        assert list(q["speaker_actor"]) == [person], (text, q[["speaker", "speaker_actor"]])
        rows = sources[(sources["article_id"] == article) & (sources["actor"] == person)]
        assert len(rows) == 1 and rows.iloc[0]["gender"] == gender, (text, rows)


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_thing_tagged_word_without_a_person_stays_no_source(model):
    corpus, quotes = corpus_and_quotes(NEGATIVES, model)
    first, second = quotes
    assert not any(isinstance(a, str) and a.endswith("Focus") and a != "Focus"
                   for a in first["speaker_actor"]), first
    people = corpus.sources[corpus.sources["article_id"] == corpus.articles["article_id"].iloc[0]]
    assert "Focus" not in set(people["actor"]) or (people["speaker_type"] != "person").all()
    assert list(second["speaker_actor"]) == ["Helen Cole"], second
