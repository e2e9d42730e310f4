"""A person's name within one article (issue 24, names): two people with one surname stay two,
a bare surname goes to the one the discourse points at, a middle initial never cuts the surname
off, a first name before a surname tagged alone joins it, and a birth name ("born Peter Edward
Baker") is the person's, not a source of its own. The rules (``analysis.engine.canonical``,
``analysis.engine.entities``) are tested on mention lists, then through ``analyze`` on news-style
articles with whichever model the session loads (run the file again with
``ANALYSIS_SPACY_MODEL=../shared/models/en_news_sm-3.8.0`` for the second model)."""

from __future__ import annotations

from analysis import analyze
from analysis.engine.aliases import read_aliases
from analysis.engine.canonical import canonicalise_article


def _actors(mentions: list[tuple[str, str, int]], text: str | None = None) -> list[str | None]:
    canon = (canonicalise_article(mentions, read_aliases()) if text is None
             else canonicalise_article(mentions, read_aliases(), text=text))
    return [actor for actor, _ in canon]


def _mentions_of(text: str, names: list[tuple[str, str]]) -> list[tuple[str, str, int]]:
    """``(name, label, start)`` for each name in turn, found in ``text`` after the previous."""
    found, at = [], 0
    for name, label in names:
        at = text.index(name, at)
        found.append((name, label, at))
        at += len(name)
    return found


def _speakers(text: str) -> dict[str, str | None]:
    """``{first words of the quote: speaker actor}``."""
    quotes = analyze([text]).quotes
    return {str(q)[:20]: actor for q, actor in zip(quotes.quote, quotes.speaker_actor)}


def _people(text: str) -> set[str]:
    actors = analyze([text]).actors
    return set(actors[actors.label == "PERSON"].actor)


# ---- class 1: two people with one surname ---------------------------------------------------

def test_a_bare_surname_goes_to_the_most_recently_named_of_two_people():
    # "Pranab Kumar Mukherjee" has more words, but the daughter was named last.
    mentions = [("Pranab Kumar Mukherjee", "PERSON", 0), ("Sharmistha Mukherjee", "PERSON", 120),
                ("Mukherjee", "PERSON", 200), ("Abhijit Mukherjee", "PERSON", 300),
                ("Mukherjee", "PERSON", 380)]
    assert _actors(mentions) == ["Pranab Kumar Mukherjee", "Sharmistha Mukherjee",
                                 "Sharmistha Mukherjee", "Abhijit Mukherjee", "Abhijit Mukherjee"]


def test_a_bare_surname_before_either_of_two_people_stays_unlinked():
    mentions = [("Khan", "PERSON", 0), ("Sadiq Khan", "PERSON", 60), ("Usman Khan", "PERSON", 140)]
    assert _actors(mentions) == ["Khan", "Sadiq Khan", "Usman Khan"]


def test_one_person_with_the_surname_still_takes_a_surname_named_before_him():
    mentions = [("Blair", "PERSON", 0), ("Tony Blair", "PERSON", 60), ("Blair", "ORG", 140)]
    assert _actors(mentions) == ["Tony Blair", "Tony Blair", "Tony Blair"]


def test_an_honorific_picks_the_person_of_its_gender():
    mentions = [("Michael Howard", "PERSON", 0), ("Sandra Howard", "PERSON", 80),
                ("Mr Howard", "PERSON", 160), ("Mrs Howard", "PERSON", 240)]
    assert _actors(mentions) == ["Michael Howard", "Sandra Howard", "Michael Howard",
                                 "Sandra Howard"]


KHAN = ("Mayor of London Sadiq Khan condemned the attack on London Bridge on Saturday. "
        "\"This was a cowardly act of terror,\" Sadiq Khan said. Police named the attacker as "
        "Usman Khan, 28, who had been released from prison last year. In a letter written in "
        "2012, Usman Khan said: \"I want to serve my country.\"")


def test_two_khans_stay_two_people_through_analyze():
    speakers = _speakers(KHAN)
    assert speakers["This was a cowardly "] == "Sadiq Khan"
    assert speakers["I want to serve my c"] == "Usman Khan"
    assert {"Sadiq Khan", "Usman Khan"} <= _people(KHAN)


MUKHERJEE = ("The former president's family gathered at the hospital in Delhi on Sunday. His "
             "daughter Sharmistha Mukherjee said: \"He is fighting bravely.\" His son Abhijit "
             "Mukherjee told reporters the family was hopeful. \"We are praying for a miracle,\" "
             "Mukherjee said.")


def test_a_bare_surname_after_two_relatives_goes_to_the_one_named_last():
    speakers = _speakers(MUKHERJEE)
    assert speakers["He is fighting brave"] == "Sharmistha Mukherjee"
    assert speakers["We are praying for a"] == "Abhijit Mukherjee"


# ---- class 2: middle initials and suffixes ----------------------------------------------------

CASTOR = ("District Attorney Bruce L Castor Jr said on Tuesday that no charges would be filed "
          "against the entertainer. He said the evidence was insufficient. \"I have made my "
          "decision,\" Castor told reporters outside the courthouse in Norristown.")


def test_a_middle_initial_never_cuts_the_surname_off():
    people = _people(CASTOR)
    assert "Bruce L Castor" in people
    assert "Bruce L" not in people
    speakers = _speakers(CASTOR)
    assert speakers["I have made my decis"] == "Bruce L Castor"


def test_a_name_ending_in_an_initial_takes_the_surname_after_it():
    from tests.helpers import mentions, parse

    found = [(m.text, m.actor) for m in mentions(parse(CASTOR)) if m.label == "PERSON"]
    assert ("Attorney Bruce L Castor", "Bruce L Castor") in found
    assert all(actor != "Bruce L" for _, actor in found)


# ---- class 4: birth names -----------------------------------------------------------------------

def test_a_birth_name_after_born_is_the_person_named_before_it():
    text = ("Ginger Baker, the drummer of Cream, has died aged 80. Baker was born Peter Edward "
            "Baker in 1939. Baker said he never wanted fame.")
    mentions = _mentions_of(text, [("Ginger Baker", "PERSON"), ("Baker", "PERSON"),
                                   ("Peter Edward Baker", "PERSON"), ("Baker", "PERSON")])
    assert _actors(mentions, text) == ["Ginger Baker"] * 4


def test_a_stage_name_keeps_its_birth_name():
    text = "The singer Freddie Mercury, born Farrokh Bulsara in Zanzibar, died in 1991."
    mentions = _mentions_of(text, [("Freddie Mercury", "PERSON"), ("Farrokh Bulsara", "PERSON")])
    assert _actors(mentions, text) == ["Freddie Mercury", "Freddie Mercury"]


def test_a_name_after_born_in_a_later_sentence_is_not_a_birth_name():
    text = "Ginger Baker played with Cream. Born Peter Baker, his brother worked in a bank."
    mentions = _mentions_of(text, [("Ginger Baker", "PERSON"), ("Peter Baker", "PERSON")])
    assert _actors(mentions, text) == ["Ginger Baker", "Peter Baker"]


BAKER = ("Ginger Baker, the drummer of the band Cream, has died aged 80, his family said on "
         "Sunday. Baker was born Peter Edward Baker in 1939 in Lewisham, south London. In an "
         "interview in 2013, Baker said: \"I never wanted to be famous. I just wanted to play.\"")


def test_the_birth_name_is_no_source_of_its_own_through_analyze():
    people = _people(BAKER)
    assert "Ginger Baker" in people
    assert "Peter Edward Baker" not in people
    assert _speakers(BAKER)["I never wanted to be"] == "Ginger Baker"
