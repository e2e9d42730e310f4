"""Session 24's sources audit of 30 fresh BBC articles (helper s29-sources, annotated by hand
before the engine ran: benchmarks/audits/sources-annotation-s29.jsonl): organisations with
person-like names listed as people quoted (issue 24's held-out class 3). Sentences of our own,
both models.

* A name after a lower-case organisation noun that closes a role chain ("investment bank
  Merrick Dalton said") was read as a person by head_name (the NER's ORG then overruled by the
  uncommon first word): it is the organisation (headnames._firm_introduced).
* A sentence-opening organisation noun the NER took into a PERSON name ("Bookmakers Fennwick
  say …") is no part of the name, and the name is introduced as an organisation
  (entities._opening_organisation_noun); "bookmaker" joins ``organisation_nouns``.
* A name compounded with a spokesperson noun ("Rusneft spokesman Ivan Petrov") is an
  organisation's at every mention (``organisation_voice_nouns``, entities._voice_noun).

Negative cases: people after a person's job ("Broadcaster Chris Evans said", "Bookmaker William
Hill" with a common given name stays as it was), "a spokeswoman for Madonna" (a person has one).
"""

from __future__ import annotations

import pytest

from analysis import analyze

from .helpers import MODEL_IDS, MODELS, one_quote

FIRMS = [
    ("Copper prices rose again on Monday. \"We expect prices to stay high for the rest of the "
     "year,\" investment bank Merrick Dalton said in a note to clients.", "We expect prices"),
    ("Shares in the brewer fell. \"Demand in Europe remains weak,\" investment bank Lennox Harte "
     "said.", "Demand in Europe"),
    ("The singer is the favourite to leave the show. Bookmakers Fennwick say she has odds of two "
     "to one.", "she has odds"),
    ("Bookmakers Coralbet say the striker is now favourite for the award.", "the striker is"),
    ("The jockey is now the clear favourite, bookmakers Stanmore said on Friday.",
     "The jockey is now"),
    ("Rusneft has said it will appeal against the ruling. Rusneft spokesman Ivan Petrov told "
     "reporters: \"The auction was illegal.\" Rusneft has claimed the sale will ruin it.",
     "the sale will ruin"),
]

PEOPLE = [
    ("Broadcaster Chris Evans said he would return to radio in the spring.",
     "he would return", "Chris Evans"),
    ("Bookmaker William Hill said the horse was now favourite.", "the horse was", "William Hill"),
    ("A spokeswoman for Madonna said the tour would go ahead. Madonna said she was looking "
     "forward to it.", "she was looking forward", "Madonna"),
    ("Jane Fenton, a broadcaster, said the show was a hit. \"It was great,\" she said.",
     "It was great", "Jane Fenton"),
]


def _corpus(texts, model):
    corpus = analyze(list(texts), model=model, progress=False)
    ids = list(corpus.articles["article_id"])
    return corpus, ids


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_an_organisation_with_a_person_like_name_is_no_person_quoted(model):
    corpus, ids = _corpus([t for t, _ in FIRMS], model)
    for (text, words), article in zip(FIRMS, ids):
        quotes = corpus.quotes[corpus.quotes["article_id"] == article]
        row = one_quote(quotes, words)
        assert row["speaker_type"] == "organization", (text, row.to_dict())
        sources = corpus.sources[corpus.sources["article_id"] == article]
        assert not any(w in " ".join(sources["actor"]) for w in
                       ("Dalton", "Harte", "Fennwick", "Coralbet", "Stanmore", "Rusneft")), text


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_people_after_a_job_or_with_a_spokeswoman_stay_people(model):
    corpus, ids = _corpus([t for t, _, _ in PEOPLE], model)
    for (text, words, actor), article in zip(PEOPLE, ids):
        quotes = corpus.quotes[corpus.quotes["article_id"] == article]
        row = one_quote(quotes, words)
        assert row["speaker_type"] == "person" and row["speaker_actor"] == actor, \
            (text, row.to_dict())


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_the_spokesman_of_a_firm_is_still_a_person(model):
    text = FIRMS[-1][0]
    corpus, ids = _corpus([text], model)
    quotes = corpus.quotes[corpus.quotes["article_id"] == ids[0]]
    row = one_quote(quotes, "The auction was illegal")
    assert row["speaker_actor"] == "Ivan Petrov" and row["speaker_type"] == "person"
