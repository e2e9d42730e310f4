"""Session 24 (lead): issue 24's class 3 and its mirror image, on sentences of our own, both
models.

* A school, hospital or museum named after a king or queen ("King Edward VI School said …") is
  no person source: a name ending in an institution word heads no person's name in a speaker
  phrase (headnames._institution_word). On the start code the official model gave the quotes
  to a person "Edward VI School" and counted it a male source.
* A person whose surname is a place noun ("Mayor Andy Street said …") is no place: a two-word
  PERSON of a given name and a place's ``named_thing_nouns`` word stays a person behind a
  title, as a speech verb's subject or in apposition to a title (entities._place_word_surname).
  "Downing Street said" and "Victoria Street was closed" stay places.
* An occupation capitalised before a name ("Headteacher Ann Lee of …") is no part of the name
  (``name_occupations`` grew: headteacher, manager, coach, …).
"""

from __future__ import annotations

import pytest

from .helpers import MODEL_IDS, MODELS, corpus_and_quotes, one_quote

INSTITUTIONS = [
    ("King Edward VI School said its pupils would return to lessons on Monday after the "
     "flood.", "return to lessons", "Edward VI School"),
    ("Queen Elizabeth Hospital said two patients were being treated for minor injuries.",
     "two patients", "Elizabeth Hospital"),
    ("The Prince Albert Museum said the painting would go back on display in the spring.",
     "go back on display", "Albert Museum"),
]

PEOPLE = [
    ("Mayor Andy Street said the region could not wait another decade for new trains.",
     "another decade", "Andy Street"),
    ("The mayor, Andy Street, told reporters that bus fares would be frozen.",
     "bus fares", "Andy Street"),
    ("Headteacher Ann Lee of King Edward VI School said the pupils had behaved superbly.",
     "behaved superbly", "Ann Lee"),
]

PLACES = [
    "Downing Street said the prime minister had full confidence in the chancellor.",
    "Victoria Street was closed for several hours after the crash, police said.",
    "The road, Victoria Street, was closed until the evening.",
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_an_institution_named_after_a_royal_is_no_person_source(model):
    corpus, per_text = corpus_and_quotes([t for t, _, _ in INSTITUTIONS], model)
    for (text, words, _), quotes in zip(INSTITUTIONS, per_text):
        row = one_quote(quotes, words)
        assert row["speaker_type"] == "organization", (text, row.to_dict())
    names = {n for _, _, n in INSTITUTIONS}
    sources = corpus.sources
    assert not any(any(n in str(a) for n in names) for a in sources["actor"]), \
        sources.to_dict("records")


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_person_with_a_place_noun_surname_or_an_occupation_before_the_name(model):
    corpus, per_text = corpus_and_quotes([t for t, _, _ in PEOPLE], model)
    for (text, words, actor), quotes in zip(PEOPLE, per_text):
        row = one_quote(quotes, words)
        assert row["speaker_type"] == "person" and row["speaker_actor"] == actor, \
            (text, row.to_dict())
    sources = corpus.sources
    assert set(sources["actor"]) == {"Andy Street", "Ann Lee"}, sources.to_dict("records")
    assert set(sources.loc[sources["actor"] == "Ann Lee", "gender"]) == {"female"}


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_streets_stay_places(model):
    corpus, per_text = corpus_and_quotes(PLACES, model)
    entities = corpus.entities
    people = entities[entities["label"] == "PERSON"]
    assert not people["text"].str.contains("Street").any(), people.to_dict("records")
    assert corpus.sources.empty, corpus.sources.to_dict("records")
    assert one_quote(per_text[0], "full confidence")["speaker_type"] != "person"


# A company the NER tags both ways in one article: the labels are set by hand on each model's
# parse (what the small models do to such names varies from sentence to sentence), then the
# engine's components run on the Doc.
COMPANY = ("Brackwell has found more oil in the Rajasthan desert. Brackwell said drilling to "
           "the north of the field had found a second reservoir. Brackwell said the well would "
           "start producing next year.")
SURNAME = ("Brackwell has found more oil in the Rajasthan desert. Brackwell said drilling to "
           "the north of the field had found a second reservoir. “We are delighted,” he said.")


def _speaker_types(text: str, labels: list[str], model) -> dict[str, str]:
    """``{quote: speaker_type}`` of ``text`` with its "Brackwell" names ("Tom Brackwell" as
    one) labelled ``labels`` (in order) and no other entity."""
    from spacy.tokens import Span

    from analysis.engine.nlp import load_pipeline
    from analysis.engine.pipeline import apply_components, news_pipeline
    from analysis.engine.rows import doc_rows

    doc = load_pipeline(model)(text)
    names = [(t.i - (t.i > 0 and doc[t.i - 1].text == "Tom"), t.i + 1) for t in doc
             if t.text == "Brackwell"]
    assert len(names) == len(labels)
    doc.ents = [Span(doc, a, b, label=label) for (a, b), label in zip(names, labels)]
    _, quotes = doc_rows(apply_components(news_pipeline(model), doc), "x")
    return {q["quote"]: q["speaker_type"] for q in quotes}


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_name_the_ner_also_calls_an_organisation_speaks_as_one(model):
    types = _speaker_types(COMPANY, ["ORG", "PERSON", "PERSON"], model)
    assert len(types) == 2 and set(types.values()) == {"organization"}, types


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_name_tagged_both_ways_stays_a_person_when_the_article_says_so(model):
    # a he after the name (or a given name, or a title) makes it a person; no ORG tag, no change
    types = _speaker_types(SURNAME, ["ORG", "PERSON"], model)
    assert set(types.values()) == {"person"}, types
    types = _speaker_types(COMPANY, ["PERSON", "PERSON", "PERSON"], model)
    assert set(types.values()) == {"person"}, types
    given = COMPANY.replace("Brackwell has", "Tom Brackwell has")  # a given name: a person
    assert set(_speaker_types(given, ["PERSON", "ORG", "PERSON"], model).values()) == {"person"}


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_name_tagged_both_ways_with_a_persons_role_in_apposition_stays_a_person(model):
    text = ("Brackwell has criticised the plan for a new reactor. Brackwell, the party's energy "
            "spokesman, said the scheme would cost far more than ministers claimed.")
    assert set(_speaker_types(text, ["ORG", "PERSON"], model).values()) == {"person"}
