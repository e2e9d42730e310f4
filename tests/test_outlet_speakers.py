"""Named sources that are not people (issue 24, class 3): a speaker phrase that names an outlet
after its kind noun ("Greek daily Kathimerini"), a name ending in a publication word
("Maritime Bulletin", "the Manchester Herald") or a member's title after a place with no name
("The North MP") is not a person; people named after a role at an outlet stay people
("Guardian columnist Owen Jones", "Lord Carloway") (analysis.engine.quotes.speakers:
``_outlet_name``, ``_member_title_only``, the ``org_words`` and ``speaker_nouns`` data). Each
case holds on both models (run once more with
``ANALYSIS_SPACY_MODEL=../shared/models/en_news_sm-3.8.0``)."""

from __future__ import annotations

import pytest

from .test_speaker_typing import speaker_of


# ---- 1. a name right after an outlet's kind noun is the outlet ---------------------------------

@pytest.mark.parametrize("text,quote,actor", [
    ('Greek daily Kathimerini said: "The government will fall within a month."',
     "The government will", "Kathimerini"),
    ('The Spanish newspaper El Pais reported: "The deal was signed on Monday night."',
     "The deal was", "El Pais"),
    ('Weekly magazine Der Spiegel reported: "The minister knew about the payments."',
     "The minister knew", "Der Spiegel"),
])
def test_a_name_after_an_outlet_kind_noun_is_the_outlet(text, quote, actor):
    assert speaker_of(text, quote) == ("organization", actor, None)


# ---- 2. a short name ending in a publication word is an outlet ----------------------------------

@pytest.mark.parametrize("text,quote,actor", [
    ('"The ship was carrying grain," according to Maritime Bulletin.', '"The ship was',
     "Maritime Bulletin"),
    ('"Prices will rise again," the Manchester Herald wrote.', "Prices will",
     "Manchester Herald"),
])
def test_a_name_ending_in_a_publication_word_is_an_outlet(text, quote, actor):
    assert speaker_of(text, quote) == ("organization", actor, None)


# ---- 3. a member's title after a place, with no name, is a role ---------------------------------

@pytest.mark.parametrize("text,quote", [
    ('The North MP said: "We need more buses in the valleys."', "We need more"),
    ('"The hospital must stay open," the Glasgow South MSP said.', "The hospital must"),
])
def test_a_member_title_after_a_place_is_an_unnamed_role(text, quote):
    kind, actor, _ = speaker_of(text, quote)
    assert (kind, actor) == ("anonymous", None)


# ---- guards: people at outlets, titled people and named members stay people ---------------------

@pytest.mark.parametrize("text,quote,actor", [
    ('Guardian columnist Owen Jones said: "This is a scandal."', "This is a scandal",
     "Owen Jones"),
    ('BBC correspondent Gary O\'Donoghue said: "The mood here is tense."', "The mood here",
     "Gary O'Donoghue"),
    ('Lord Carloway said: "The appeal is refused."', "The appeal is", "Carloway"),
    ('"We are ready," said Labour MP Diane Abbott.', "We are ready", "Diane Abbott"),
    ('Newspaper editor Alan Rusbridger said: "We will publish the files."', "We will publish",
     "Alan Rusbridger"),
])
def test_people_at_outlets_stay_people(text, quote, actor):
    kind, found, _ = speaker_of(text, quote)
    assert (kind, found) == ("person", actor)
