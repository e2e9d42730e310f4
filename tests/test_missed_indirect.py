"""Missed indirect speech (issue 25, recall): constructions the engine did not read before.

* A noun object of the verbs that report a point made (``object_speech_verbs``: "stressed the
  need for …", "noted a planned rally", "acknowledged the limits of …", "Police reported no
  arrests") is what the subject said, like "demanded an apology" — never for a subject that
  cannot speak, a pronoun object alone, a passive or an object that can speak itself.

Each case holds on both models (run once more with
``ANALYSIS_SPACY_MODEL=../shared/models/en_news_sm-3.8.0``).
"""

from __future__ import annotations

import pytest

from .helpers import quoted, said


@pytest.mark.parametrize("text,content,speaker", [
    ("The mayor stressed the need for more affordable housing in the city.",
     "the need for more affordable housing", "The mayor"),
    ("Senator Maria Lopez noted a sharp rise in farm bankruptcies across the state.",
     "a sharp rise in farm bankruptcies", "Maria Lopez"),
    ("The finance minister acknowledged the limits of the new tax rules.",
     "the limits of the new tax rules", "The finance minister"),
    ("Police reported no arrests after the protest on Saturday.", "no arrests", "Police"),
    ("In a speech on Tuesday, the governor highlighted her plans for school funding.",
     "her plans for school funding", "the governor"),
    ("The union leader reiterated his support for the pension reform.",
     "his support for the pension reform", "The union leader"),
    ("Economists predict a slow recovery for the housing market.", "a slow recovery",
     "Economists"),
])
def test_a_noun_object_of_a_point_made_is_what_was_said(text, content, speaker):
    found = [(q, kind, who) for q, kind, who, _ in quoted(text) if content in q]
    assert len(found) == 1, quoted(text)
    quote, kind, who = found[0]
    assert kind == "indirect" and who is not None and speaker in who
    assert len(quote) <= len(content) + 30  # the object, not the sentence


@pytest.mark.parametrize("text", [
    "The storm revealed serious damage to the old bridge.",      # a subject that cannot speak
    "The heavy rain revealed deep cracks in the dam.",           # a subject that cannot speak
    "The senator mentioned it twice.",                           # a pronoun object alone
    "Two arrests were reported on Saturday night.",              # a passive
    "The mayor mentioned the police chief.",                     # an object that can speak
])
def test_no_noun_object_speech_for_these(text):
    assert said(text) == []
