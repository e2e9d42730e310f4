"""One person, one actor within an article (issue 24): a first name alone, the tail or head of a
long name, and a name with an occupation or title in front all resolve to the person named in
full in the same article. The rules (``analysis.engine.canonical``) are tested on mention lists,
then through ``analyze`` on realistic articles with whichever model the session loads."""

from __future__ import annotations

import pytest

from analysis import analyze
from analysis.engine.aliases import read_aliases
from analysis.engine.canonical import canonicalise_article
from analysis.engine.names import normalise, strip_title


def _actors(mentions: list[tuple[str, str, int]]) -> list[str | None]:
    return [actor for actor, _ in canonicalise_article(mentions, read_aliases())]


def _speakers(text: str) -> list[str]:
    quotes = analyze([text]).quotes
    return list(quotes.sort_values("start").speaker_actor)


def _people(text: str) -> set[str]:
    actors = analyze([text]).actors
    return set(actors[actors.label == "PERSON"].actor)


# ---- class 1: a first name alone ---------------------------------------------------------------

def test_a_first_name_alone_links_to_the_one_full_name_starting_with_it():
    mentions = [("Sandra Howard", "PERSON", 0), ("Leeds", "GPE", 40), ("Tom Baxter", "PERSON", 90),
                ("Sandra", "PERSON", 150), ("Sandra", "ORG", 300), ("Tom", "PERSON", 400)]
    assert _actors(mentions) == ["Sandra Howard", "Leeds", "Tom Baxter", "Sandra Howard",
                                 "Sandra Howard", "Tom Baxter"]


def test_a_first_name_shared_by_two_people_is_left_alone():
    mentions = [("Sandra Howard", "PERSON", 0), ("Sandra Mills", "PERSON", 50),
                ("Sandra", "PERSON", 120)]
    assert _actors(mentions)[2] == "Sandra"


def test_a_first_name_that_is_another_persons_surname_is_read_as_the_surname():
    # "Howard" opens one name and ends another: rule 3 (the surname) decides.
    mentions = [("Howard Webb", "PERSON", 0), ("Sandra Howard", "PERSON", 50),
                ("Howard", "PERSON", 120)]
    assert _actors(mentions)[2] == "Sandra Howard"


def test_a_place_is_not_a_first_name():
    mentions = [("Jordan Henderson", "PERSON", 0), ("Jordan", "GPE", 60)]
    assert _actors(mentions) == ["Jordan Henderson", "Jordan"]


@pytest.mark.parametrize("text, speaker", [
    ("Sandra Howard, a nurse from Leeds, waited six hours for an ambulance after her fall. "
     "\"It was the most frightening night of my life,\" Sandra said. Her neighbour, Tom Baxter, "
     "called the ambulance service twice.", "Sandra Howard"),
    ("Sharon Osbourne returned to the chat show on Monday after a week away. \"I am not going "
     "anywhere, whatever the papers say,\" Sharon added.", "Sharon Osbourne"),
    ("The drummer Ginger Baker has died at the age of 80, his family said. In a 2012 interview "
     "Ginger told reporters: \"I never wanted to be famous, I wanted to play.\"", "Ginger Baker"),
])
def test_a_first_name_speaker_is_the_person_named_in_full(text, speaker):
    assert speaker in _speakers(text)
    assert speaker.split()[0] not in _people(text)


# ---- class 2: the tail or head of a long name -------------------------------------------------

def test_tails_and_heads_of_long_names_link_when_unique():
    mentions = [("Carmen Yulín Cruz", "PERSON", 0), ("Yulín Cruz", "PERSON", 80),
                ("Shani Rhys James", "PERSON", 150), ("Rhys James", "PERSON", 200),
                ("Wanda Vázquez Garced", "PERSON", 300), ("Wanda Vázquez", "PERSON", 360),
                ("Tuilaepa Sailele Malielegaoi", "PERSON", 400), ("Tuilaepa", "PERSON", 460)]
    assert _actors(mentions) == ["Carmen Yulín Cruz", "Carmen Yulín Cruz", "Shani Rhys James",
                                 "Shani Rhys James", "Wanda Vázquez Garced",
                                 "Wanda Vázquez Garced", "Tuilaepa Sailele Malielegaoi",
                                 "Tuilaepa Sailele Malielegaoi"]


def test_a_tail_shared_by_two_long_names_is_left_alone():
    mentions = [("Maria de la Cruz", "PERSON", 0), ("Pedro de la Cruz", "PERSON", 60),
                ("de la Cruz", "PERSON", 120), ("la Cruz", "PERSON", 160)]
    assert _actors(mentions)[2:] == ["de la Cruz", "la Cruz"]


@pytest.mark.parametrize("text, speaker, short", [
    ("Samoa's prime minister, Tuilaepa Sailele Malielegaoi, rejected the report on Tuesday. "
     "\"It is nonsense from start to finish,\" Tuilaepa said.",
     "Tuilaepa Sailele Malielegaoi", "Tuilaepa"),
])
def test_a_short_form_speaker_is_the_person_named_in_full(text, speaker, short):
    assert speaker in _speakers(text)
    assert short not in _people(text)


# ---- class 3: occupations, titles and stray words are not part of the name ---------------------

@pytest.mark.parametrize("text, name", [
    ("Broadcaster Piers Morgan", "Piers Morgan"),
    ("Veteran actress Judi Dench", "Judi Dench"),
    ("Crown Prince Mohammad bin Salman", "Mohammad bin Salman"),
    ("Mufti Abdul Qawi", "Abdul Qawi"),
    ("Labour MP Jess Phillips", "Jess Phillips"),
    ("Describing Mr Jackson", "Jackson"),
    ("Thanking Dr Ruth Li", "Ruth Li"),
])
def test_occupations_titles_and_stray_words_leave_the_name(text, name):
    assert normalise(text, "PERSON") == name


@pytest.mark.parametrize("name", ["Hunter Biden", "Baker Mayfield", "Star Jones", "Sandra Lord",
                                  "Mother Teresa", "Piers Morgan"])
def test_a_first_name_that_is_also_an_occupation_is_kept(name):
    assert normalise(name, "PERSON") == name


def test_the_occupation_is_the_role_of_the_speaker():
    assert strip_title("Broadcaster Piers Morgan") == ("Broadcaster", "Piers Morgan")


def test_a_jr_tagged_apart_is_the_person_before_it():
    mentions = [("Robert F. Kennedy", "PERSON", 0), ("Jr.", "PERSON", 19),
                ("Kennedy", "PERSON", 80)]
    assert _actors(mentions) == ["Robert F. Kennedy"] * 3


def test_a_person_introduced_by_occupation_is_one_actor():
    text = ("Broadcaster Piers Morgan has left the breakfast show after a row with a colleague "
            "on air. \"I stand by every word I said,\" Morgan said on Wednesday.")
    assert _speakers(text) == ["Piers Morgan"]
    assert "Broadcaster Piers Morgan" not in _people(text)
