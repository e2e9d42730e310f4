"""Session 26's sources audit of 27 fresh BBC articles (helper s31-sources, annotated by hand
before the engine ran: benchmarks/audits/sources-annotation-s31.jsonl). Sentences of our own,
both models.

* Non-people as people quoted (issue 24's class 3): a firm after a plural role noun ("energy
  consultants Lyle-Hampton": entities._plural_group_noun, headnames._firm_introduced); a firm
  in apposition to "reinsurer" (``organisation_nouns``); clubs listed with places ("linked with
  Real Betis, Sevilla and Valencia": entities._listed_with_places, and the alias table's clubs
  whose names read as a person's) — no "he" of the next quote goes to them.
* A quoted person missed: a surname the NER tagged a place is the person the article names in
  full ("Anelka was quoted … as saying", speakers._mislabelled_surname); a capitalised
  title the NER took into an organisation, its holder's name in apposition ("The EU's Trade
  Commissioner, Peter Holm, was quoted as saying": headnames.appositive_name).
* A non-speech sense of "add": "added the conversion to become …" (cues._thing_done).
* A nationality epithet and the pronouns after it (issue 24's class 1): "The Scot" untagged by
  the NER (``nationality_nouns``), clubs before a role noun are no origins
  (epithets._club_before), the speaker's report in a participle ("saying Gallas overreacted":
  pronouns._in_report), a he-led sentence between the report and the pronoun
  (pronouns._narration_between), and the previous speaker named again before the epithet
  (epithets._speaker_just_named).

Negative cases: a singular role noun before a common given name stays a person; two people
listed ("its stars Hilary Swank and Morgan Freeman") stay people; "agreed to clean up the
mines" stays a report; "added that …" stays a report.
"""

from __future__ import annotations

import pytest

from .helpers import MODEL_IDS, MODELS, corpus_and_quotes

Q = "\u201c{}\u201d"


def _rows(texts, model):
    corpus, quotes = corpus_and_quotes(texts, model)
    return corpus, [[(r.quote, r.speaker_type, r.speaker_actor if isinstance(r.speaker_actor, str)
                      else None) for r in q.itertuples()] for q in quotes]


def _one(rows, words):
    hits = [r for r in rows if words in r[0]]
    assert len(hits) == 1, rows
    return hits[0]


ORGANISATIONS = [
    ("Oil output will fall by half by 2020, according to energy consultants Lyle-Hampton.",
     "Oil output will fall", "Lyle-Hampton"),
    ("Hanover Ruck, the German reinsurer, said: " + Q.format("It is too early to put a figure "
                                                            "on our losses."),
     "too early to put a figure", "Hanover Ruck"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_firms_with_person_like_names_are_organisations(model):
    corpus, rows = _rows([t for t, _, _ in ORGANISATIONS], model)
    for (text, words, actor), found in zip(ORGANISATIONS, rows):
        quote, kind, who = _one(found, words)
        assert (kind, who) == ("organization", actor), (text, found)
    assert not set(corpus.sources["actor"]) & {"Lyle-Hampton", "Hanover Ruck"}


CLUBS = [
    "Mendes's contract expires in June and he has been linked with Spanish trio Real Betis, "
    "Sevilla and Valencia. He told reporters: " + Q.format("I want to stay here."),
    "Stone's future has been the subject of talk for weeks. But good displays against Leeds and "
    "Aston Villa have impressed the fans. " + Q.format("The crowd was fantastic,") + " he said.",
    "Mendes has been linked with Lazio, Juventus and Parma. " + Q.format("I want to stay,")
    + " he said.",
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_club_listed_with_places_takes_no_he(model):
    corpus, rows = _rows(CLUBS, model)
    clubs = {"Real Betis", "Sevilla", "Valencia", "Aston Villa", "Leeds", "Lazio", "Juventus",
             "Parma"}
    for text, found in zip(CLUBS, rows):
        for quote, kind, who in found:
            assert who not in clubs, (text, found)
    assert not set(corpus.sources["actor"]) & clubs


PEOPLE = [
    ("Shares will recover, analyst Douglas Ferris said on Monday.", "Shares will recover",
     "Douglas Ferris"),
    ("The boxing drama was named best picture, while its stars Hilary Swank and Morgan Freeman "
     "won acting awards. Hilary Swank picked up her second Oscar. "
     + Q.format("I don't know what I did to deserve this,") + " she told the audience.",
     "deserve this", "Hilary Swank"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_people_after_a_role_or_listed_together_stay_people(model):
    corpus, rows = _rows([t for t, _, _ in PEOPLE], model)
    for (text, words, actor), found in zip(PEOPLE, rows):
        quote, kind, who = _one(found, words)
        assert (kind, who) == ("person", actor), (text, found)
    sources = corpus.sources.set_index("actor")
    assert sources.loc["Hilary Swank", "gender"] == "female"


MISSED = [
    ("Leeds striker Nicolas Anelka has said sorry for criticising the ambitions of the club.\n\n"
     "Anelka was quoted in a French magazine as saying he would rather play for a bigger side. "
     "But chairman Ken Bates said: " + Q.format("I have spoken to Nicolas and he has said sorry."),
     "rather play for a bigger side", "Nicolas Anelka"),
    ("The EU's Trade Commissioner, Peter Holm, was quoted as saying that the talks had failed.",
     "the talks had failed", "Peter Holm"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_person_behind_a_place_tag_or_an_organisation_title_is_quoted(model):
    corpus, rows = _rows([t for t, _, _ in MISSED], model)
    for (text, words, actor), found in zip(MISSED, rows):
        quote, kind, who = _one(found, words)
        assert (kind, who) == ("person", actor), (text, found)


NOT_SAID = [
    "Tom Pryce, who replaced Hale late in the game, added the conversion to become the first "
    "player to reach 500 points.",
    "Jones added the penalty to become the club's top scorer.",
]
SAID = [
    ("Mr Clarke's new company agreed to clean up the shuttered mines.", "clean up the shuttered"),
    ("Tom Pryce added that the conversion was the easiest kick of his career.",
     "the conversion was the easiest"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_adding_a_conversion_is_no_report(model):
    _, rows = _rows(NOT_SAID + [t for t, _ in SAID], model)
    for text, found in zip(NOT_SAID, rows):
        assert found == [], (text, found)
    for (text, words), found in zip(SAID, rows[len(NOT_SAID):]):
        _one(found, words)


SCOTS = [
    ("Everton manager David Moyes will discipline striker James Beattie for his headbutt on "
     "Chelsea defender William Gallas.\n\nThe Scot initially defended Beattie, saying Gallas "
     "overreacted. But he has had a rethink after watching the video. He said: "
     + Q.format("I should set the record straight."),
     {"Gallas overreacted": "David Moyes", "set the record straight": "David Moyes"}),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_the_scot_and_his_he_are_the_manager(model):
    corpus, rows = _rows([t for t, _ in SCOTS], model)
    for (text, expected), found in zip(SCOTS, rows):
        for words, actor in expected.items():
            quote, kind, who = _one(found, words)
            assert (kind, who) == ("person", actor), (text, found)
    assert "William Gallas" not in set(corpus.sources["actor"])


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_the_scot_after_his_own_quote_is_the_previous_speaker(model):
    text = ("Celtic manager Gordon Strachan said his side would miss their captain. "
            + Q.format("It is a blow,") + " Strachan said. " + Q.format("But we have others,")
            + " he said. Strachan's own striker Henrik Larsson is fit again, but the Scot "
            "admitted he was unsure whether to start the Swede.")
    _, rows = _rows([text], model)
    quote, kind, who = _one(rows[0], "unsure whether to start")
    assert (kind, who) == ("person", "Gordon Strachan"), rows[0]
