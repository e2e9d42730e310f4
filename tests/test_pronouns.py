"""Stage 4: speaker pronouns resolved to their antecedent (analysis.engine.quotes.pronouns)."""

from __future__ import annotations

from analysis.engine.quotes.pronouns import article_genders, resolve_pronoun
from analysis.engine.quotes.types import Speaker

from .helpers import context, mentions, parse


def resolve(text: str, pronoun: str, prior=()):
    doc = parse(text)
    head = [t for t in doc if t.text == pronoun][-1]
    return resolve_pronoun(head, context(doc), list(prior))


def test_genders_from_titles_and_first_names():
    doc = parse("Mr Blair met Ms Kelly and Sarah Jones, then John Smith arrived.")
    genders = article_genders(mentions(doc))
    assert genders == {"Blair": "m", "Kelly": "f", "Sarah Jones": "f", "John Smith": "m"}


def test_she_takes_the_compatible_person():
    text = "Mr Blair met Ms Kelly on Monday. She said the plan would be published."
    assert resolve(text, "She").actor == "Kelly"
    assert resolve(text.replace("She", "He"), "He").actor == "Blair"


def test_he_prefers_a_recent_subject_over_a_name_in_passing():
    text = ("Mr. Obama spoke at length, not even needing to mention Muhammad Ali, who died in "
            "June. African-Americans, he said, can do anything.")
    assert resolve(text, "he").actor == "Obama"


def test_an_unknown_he_stays_a_pronoun():
    assert resolve("He said the talks had collapsed.", "He") is None


def test_they_takes_the_last_group_speaker():
    prior = [Speaker("Critics", 0, 7, "group", None, None)]
    text = "Critics said the plan was flawed. They said it would fail."
    assert resolve(text, "They", prior).type == "group"
    assert resolve(text, "They") is None
