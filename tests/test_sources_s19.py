"""Sources on real news, session 15 (issue 24): five classes found by an audit of BBC and
Wikinews articles outside the gold set (docs/evaluation.md, Session 15).

1. A one-word name with nothing in its article to show a person — no he/she linked to it, no
   title, no role noun, no deciding first name, no descriptive role — is no person quoted
   ("Hollisway said …": a firm, an outlet or a product with a person-like name;
   analysis.assembly.sources.weak_single_words). A lone surname with a pronoun, a title or a
   role stays a source.
2. A surname of several words that the NER tagged other than PERSON ("Le Bon said", "Della
   Rosa said") joins the article's full name that ends with it, as a one-word surname tagged
   ORG already did (analysis.engine.canonical, rule 5): one source, not two. A head of a name
   so tagged is not joined.
3. A person's name after an organisation's name that holds a preposition and an owner's "'s"
   ("War on Want's John Hilary said", "Friends of the Earth's Tony Juniper said") is the
   speaker: the parser splits the name at its preposition (the phrase was cut to "War") or
   the plural in it made the phrase a group's.
4. "NAME, ORGANISATION said" without a closing comma (British copy), both parsed as subjects
   of the verb: the person speaks, the organisation is theirs
   (analysis.engine.quotes.subjects._name_before_role_subject).
5. A plural that modifies the title or unnamed-person noun before a name ("foreign affairs
   spokesman") is no group's plural role: a name with a first name the name table lacks
   after it is still the person (analysis.engine.quotes.headnames.head_name).
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import analyze
from analysis.assembly.sources import weak_single_words

from .helpers import MODEL_IDS, MODELS, quotes_per_text


def _sources(texts: list[str], model) -> list[list[tuple[str, str]]]:
    """``(actor, gender)`` of the sources of each text, analysed as one corpus."""
    corpus = analyze(texts, model=model, progress=False)
    out = []
    for article in corpus.articles["article_id"]:
        rows = corpus.sources[corpus.sources["article_id"] == article]
        out.append(list(zip(rows["actor"], rows["gender"])))
    return out


# a one-word name typed a person, with nothing in its article to show one: no source
NOT_PEOPLE = [
    "Shares in the publisher fell on Monday. Hollisway said the results were \"disappointing\" "
    "and promised a review of its magazines.",
    "The streaming service lost subscribers in the spring. Vantrelle said it would raise prices "
    "in June.",
]
# one-word names that the article shows to be people: a role, a pronoun, a title
STILL_PEOPLE = [
    ("Wong, a second-year law student, said the fees were too high. \"We cannot afford this,\" "
     "Wong said.", "Wong"),
    ("The midfielder was booked twice. Deco said he had not touched the player. \"It was a "
     "dive,\" he said.", "Deco"),
    ("Mr Ballard said the vote would shape the city's future for decades.", "Ballard"),
    ("Kovalenko told reporters she would appeal against the ban. \"I have done nothing wrong,\" "
     "she said.", "Kovalenko"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_bare_word_with_no_sign_of_a_person_is_no_source(model):
    found = _sources(NOT_PEOPLE, model)
    for text, sources in zip(NOT_PEOPLE, found):
        assert sources == [], (text, sources)


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_lone_surname_with_a_role_pronoun_or_title_stays_a_source(model):
    found = _sources([t for t, _ in STILL_PEOPLE], model)
    for (text, name), sources in zip(STILL_PEOPLE, found):
        assert [a for a, _ in sources] == [name], (text, sources)


# a surname of several words after the full name: one person
TAILS = [
    ("Fans packed the arena on Friday. Simon Le Bon said the group had rehearsed for months. "
     "Le Bon also said the new songs were the best they had written. \"We argue, but we inspire "
     "each other,\" he said.", "Simon Le Bon", "male"),
    ("The chef Paolo Della Rosa opened a second restaurant in Leeds. Della Rosa said the menu "
     "would change every week. \"People want to be surprised,\" he said.", "Paolo Della Rosa",
     "male"),
    ("The painter Anna Van Houten showed twelve new works. Van Houten said the series took two "
     "years. \"I painted every morning,\" she said.", "Anna Van Houten", "female"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_surname_of_several_words_joins_the_full_name_whatever_its_label(model):
    found = _sources([t for t, *_ in TAILS], model)
    for (text, name, gender), sources in zip(TAILS, found):
        assert sources == [(name, gender)], (text, sources)


def test_a_head_tagged_otherwise_is_not_joined():
    """Rule 5's head ("Wanda Vázquez" of "Wanda Vázquez Garced") is joined only when the NER
    calls it a person: a firm named after its founder keeps its own actor."""
    from analysis.engine.aliases import read_aliases
    from analysis.engine.canonical import canonicalise_article

    mentions = [("Tom Ford Hale", "PERSON", 0), ("Tom Ford", "ORG", 40),
                ("Ford Hale", "FAC", 80)]
    actors = [a for a, _ in canonicalise_article(mentions, read_aliases())]
    assert actors == ["Tom Ford Hale", "Tom Ford", "Tom Ford Hale"]


def test_weak_single_words_reads_the_grouped_rows():
    rows = pd.DataFrame({
        "actor": ["Hollisway", "Wong", "Deco", "Tom Hale", "Ballard", "Mariela", "Quenby"],
        "gender": ["unknown", "unknown", "male", "unknown", "male", "unknown", "female"],
        "gender_source": ["none", "none", "pronoun", "none", "title", "none", "none"],
        "role": [None, "university student", None, None, None, None, None]})
    # the last: a gender the corpus gave without naming its evidence (a table built by hand)
    assert weak_single_words(rows).tolist() == [True, False, False, False, False, False, False]


def test_a_word_written_after_a_first_name_is_a_surname():
    """A full name the NER missed ("… the guitarist Sergio Pizzorno …") makes the bare word a
    surname: kept; a firm's name after a lower-case word or a weekday is not."""
    rows = pd.DataFrame({"article_id": ["a1", "a2", "a3"],
                         "actor": ["Tressler", "Hollisway", "Vantrelle"],
                         "gender": ["unknown", "unknown", "unknown"],
                         "gender_source": ["none", "none", "none"],
                         "role": [None, None, None]})
    texts = {"a1": "The band's songwriter/guitarist Harold Tressler joined in 2001. Tressler "
                   "said they wanted fun.",
             "a2": "Shares in the publisher fell on Monday. Hollisway said the results were "
                   "poor.",
             "a3": "On Monday Vantrelle said it would raise prices."}
    asked = []

    def read(ids):
        asked.append(list(ids))
        return {i: texts[i] for i in ids}

    assert weak_single_words(rows, read).tolist() == [False, True, True]
    assert asked == [["a1", "a2", "a3"]]
    assert weak_single_words(rows).tolist() == [True, True, True]


# 3. an organisation's name holding a preposition, then "'s" and a person's name: the person
#    speaks (analysis.engine.quotes.speakers._owned_name_after, .headnames.head_name)
OWNED = [
    ("Campaign groups criticised the plan. War on Want's John Hilary said: \"Rhetoric cannot "
     "hide what is happening.\"", "John Hilary"),
    ("Environmental groups attacked the budget. Friends of the Earth's Tony Juniper said: "
     "\"This is a missed opportunity.\"", "Tony Juniper"),
    ("Hospitals reported long queues. Doctors of the World's Maria Okafor said the clinics were "
     "full.", "Maria Okafor"),
]
# an owner's noun that is no person's name: no person speaks
NOT_OWNED = [
    "Supporters of Smith's campaign said they would keep marching through the town.",
    "Friends of the victim's mother said she had been threatened before.",
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_the_person_after_an_organisations_possessive_is_the_source(model):
    found = _sources([t for t, _ in OWNED], model)
    for (text, name), sources in zip(OWNED, found):
        assert [a for a, _ in sources] == [name], (text, sources)


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_an_owned_noun_is_no_person_source(model):
    found = _sources(NOT_OWNED, model)
    for text, sources in zip(NOT_OWNED, found):
        assert sources == [], (text, sources)


AFFILIATED = [
    ("The festival will move to York next year. Colin Hale, Whitby Hoteliers Association said: "
     "\"We have tried very hard to keep it here.\"", "Colin Hale"),
    ("The council voted to close the pier. Maria Keane, Southport Traders Guild said: \"We have "
     "tried very hard to keep it open.\"", "Maria Keane"),
]
# not a person's organisation: the organisation speaks, the name is what it speaks about
NOT_AFFILIATED = [
    ("Asked about the merger, the company said Smith had no comment to make.", "the company"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_name_then_its_organisation_as_subjects_gives_the_person(model):
    found = _sources([t for t, _ in AFFILIATED], model)
    for (text, name), sources in zip(AFFILIATED, found):
        assert [a for a, _ in sources] == [name], (text, sources)


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_an_organisation_speaking_about_a_person_stays_the_speaker(model):
    found = quotes_per_text([t for t, _ in NOT_AFFILIATED], model)
    for (text, speaker), quotes in zip(NOT_AFFILIATED, found):
        assert list(quotes["speaker"]) == [speaker], (text, quotes.to_dict("records"))


PLURAL_MODIFIERS = [
    ("The report was published on Monday. Liberal Democrat foreign affairs spokesman Tavish "
     "Molloy said the plan was flawed.", "Tavish Molloy"),
    ("The figures came out on Tuesday. Opposition home affairs spokesman Ruairidh Tennant said "
     "the police needed more officers.", "Ruairidh Tennant"),
]
# a plural role right before the names: a group, no one person
PLURAL_ROLES = [
    "Democratic senators Ann Lee and Tom Hart said they would oppose the bill in the vote.",
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_plural_modifying_the_role_keeps_the_person(model):
    found = _sources([t for t, _ in PLURAL_MODIFIERS], model)
    for (text, name), sources in zip(PLURAL_MODIFIERS, found):
        assert [a for a, _ in sources] == [name], (text, sources)


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_plural_role_before_names_stays_a_group(model):
    found = quotes_per_text(PLURAL_ROLES, model)
    for text, quotes in zip(PLURAL_ROLES, found):
        assert list(quotes["speaker_type"]) == ["group"], (text, quotes.to_dict("records"))


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_firm_described_with_a_plural_is_no_person(model):
    """A plural modifying a firm's noun ("building products group") keeps the name a firm's."""
    text = ("Dutch building products group Peter Vandermolen said it would pay $40m to its "
            "former workers.")
    found = _sources([text], model)
    assert found == [[]], found
