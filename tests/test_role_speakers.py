"""A person named by their role (issue 24): a speaker phrase that is a definite role
description — "the governor", "the prime minister", "his mother", "The Prime Minister" — is the
one person of the article introduced with that role, before it, as a title ("Alabama Governor
Kay Ivey"), an apposition ("Kay Ivey, the governor of Alabama", "his mother, Ann Lee") or with
"as" ("appointed X as head coach"); two people holding the role leave it unnamed
(analysis.engine.quotes.speakers._role_holder). Each case holds on both models (run once more
with ``ANALYSIS_SPACY_MODEL=../shared/models/en_news_sm-3.8.0``)."""

from __future__ import annotations

import pytest

from analysis import analyze

from .helpers import speaker_starting


def speaker_of(text: str, quote_start: str) -> tuple[str | None, str | None, str | None]:
    """``(speaker text, type, actor)`` of the one quote starting with ``quote_start``."""
    sp = speaker_starting(text, quote_start)
    return sp.text, sp.type, sp.actor


# ---- title before the name ---------------------------------------------------------------------

@pytest.mark.parametrize("text,quote,speaker,actor", [
    # a capitalised role description: tagged as a name, without an entity
    ("Prime Minister Boris Johnson visited the hospital in Leeds on Monday.\n\n"
     "The Prime Minister said the staff had done an extraordinary job through the winter.",
     "the staff had done", "The Prime Minister", "Boris Johnson"),
    ("Governor Kay Ivey signed the bill on Tuesday afternoon. \"It is a good day for every "
     "family in Alabama,\" the Governor said.", "It is a good day", "the Governor", "Kay Ivey"),
])
def test_a_capitalised_title_refers_back_to_the_person_introduced_with_it(text, quote, speaker,
                                                                          actor):
    assert speaker_of(text, quote) == (speaker, "person", actor)


def test_the_inverted_order_said_the_governor():
    text = ("Alabama Governor Kay Ivey signed the bill on Tuesday. \"This law protects every "
            "child in our state,\" said the Governor.")
    assert speaker_of(text, "This law protects") == ("the Governor", "person", "Kay Ivey")


# ---- apposition, possessive family roles ---------------------------------------------------------

@pytest.mark.parametrize("text,quote,speaker,actor", [
    ("The girl was pulled from the river near Wroclaw on Saturday. Her father, Tomasz Nowak, "
     "had jumped in after her. \"I just jumped in without thinking,\" her father said.",
     "I just jumped in", "her father", "Tomasz Nowak"),
    ("The boy was found safe in the woods on Sunday. His mother, Ann Lee, had reported him "
     "missing on Friday.\n\nHis mother said she had never stopped believing he was alive.",
     "she had never stopped", "His mother", "Ann Lee"),
])
def test_a_possessive_family_role_refers_back_to_the_named_relative(text, quote, speaker, actor):
    assert speaker_of(text, quote) == (speaker, "person", actor)


def test_a_role_given_with_as_refers_back():
    text = ("The club appointed Dana Whitfield as head coach in 2019. \"We played with real "
            "heart tonight,\" the coach said after the match.")
    assert speaker_of(text, "We played") == ("the coach", "person", "Dana Whitfield")


# ---- two people, one role: unchanged -------------------------------------------------------------

@pytest.mark.parametrize("text,quote", [
    ("Health Minister Maria Costa met Finance Minister Paulo Rocha in Lisbon on Monday. "
     "\"The budget cannot grow again this year,\" the minister said.", "The budget cannot"),
    ("Health Minister Maria Costa visited the hospital in Porto on Monday. Rui Sousa, the "
     "minister for finance, stayed in Lisbon. \"We need more nurses, not more buildings,\" the "
     "minister said.", "We need more nurses"),
    ("Governor Kay Ivey met Governor Greg Abbott in Austin on Friday. \"We agreed on almost "
     "everything about the border,\" the governor said.", "We agreed on almost"),
])
def test_two_people_holding_the_role_leave_the_description_unnamed(text, quote):
    speaker, kind, actor = speaker_of(text, quote)
    assert speaker is not None and speaker.lower() in ("the minister", "the governor")
    assert (kind, actor) == ("anonymous", None)


def test_a_title_word_of_the_description_picks_among_the_holders():
    # two ministers, one of them the prime minister
    text = ("Prime Minister Ana Ribeiro met Health Minister Maria Costa in Lisbon on Monday.\n\n"
            "The prime minister said the hospitals would get more money next year.")
    assert speaker_of(text, "the hospitals would") == ("The prime minister", "person",
                                                        "Ana Ribeiro")


def test_a_description_before_the_person_is_introduced_stays_unnamed():
    text = ("\"We need more nurses, not more buildings,\" the minister said on Monday. "
            "Health Minister Maria Costa was visiting Porto.")
    assert speaker_of(text, "We need more") == ("the minister", "anonymous", None)


# ---- the corpus step follows: a source of its article, with the role's gender ------------------

def test_the_role_speaker_is_a_source_of_the_article(nlp):
    text = ("Prime Minister Boris Johnson visited the hospital in Leeds on Monday.\n\n"
            "The Prime Minister said the staff had done an extraordinary job through the winter."
            "\n\nThe girl was pulled from the river on Saturday. Her father, Tomasz Nowak, had "
            "jumped in after her. \"I just jumped in without thinking,\" her father said.")
    sources = analyze(text).sources
    assert {"Boris Johnson", "Tomasz Nowak"} <= set(sources["actor"])
    assert sources.set_index("actor").at["Tomasz Nowak", "gender"] == "male"


def test_the_president_is_not_the_vice_president():
    text = ("President Ana Ribeiro met former Vice President Jorge Mendes in Lisbon on Monday.\n\n"
            "The president said the two had agreed to work together on the pension reform.")
    assert speaker_of(text, "the two had agreed") == ("The president", "person", "Ana Ribeiro")


def test_the_one_holder_in_the_same_sentence_among_several_in_the_article():
    text = ("Energy Minister Yuval Cohen and Energy Minister Nikos Petrou signed the agreement. "
            "Economic Development Minister Marco Bianchi sent a letter of support, but the "
            "minister said Italy would build a pipeline of its own.")
    assert speaker_of(text, "Italy would build") == ("the minister", "person", "Marco Bianchi")


def test_a_description_with_its_own_named_apposition_is_not_an_earlier_holder():
    text = ("Bishop Emeritus Dinu Gutierez died on Monday in General Santos City. In a "
            "statement, the current bishop, Allan Casicas, said the diocese was in mourning.")
    _, _, actor = speaker_of(text, "the diocese was")
    assert actor != "Dinu Gutierez"
