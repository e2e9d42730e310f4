"""Reported speech with a noun object and no clause (issues 24/25): a verb of
``object_speech_verbs`` ("demanded an apology", "claimed victory", "announced her resignation")
reports its object as an indirect quote of its subject, never for a subject that cannot speak,
a passive, an infinitive or a condition, a pronoun object alone or an object introducing a quote
of its own. Each case holds on both models (run once more with
``ANALYSIS_SPACY_MODEL=../shared/models/en_news_sm-3.8.0``)."""

from __future__ import annotations

import pytest

from .helpers import quoted, said


@pytest.mark.parametrize("text,content,speaker", [
    ("The foreign minister demanded an apology from the embassy.",
     "an apology from the embassy", "The foreign minister"),
    ("Both leaders claimed victory after the vote.", "victory", "Both leaders"),
    ("Senator Anna Berg announced her resignation on Monday.", "her resignation",
     "Anna Berg"),
    ("The company denied any wrongdoing in the affair.", "any wrongdoing", "The company"),
    ("Mayor Tom Reed announced plans to build a new bridge over the river.",
     "plans to build a new bridge", "Tom Reed"),
])
def test_a_noun_object_is_what_was_said(text, content, speaker):
    found = [(q, kind, who) for q, kind, who, _ in quoted(text) if content in q]
    assert len(found) == 1, quoted(text)
    quote, kind, who = found[0]
    assert kind == "indirect" and who is not None and speaker in who
    assert len(quote) <= len(content) + 25  # the object, not the sentence


@pytest.mark.parametrize("text", [
    "The senator denied it.",                                       # a pronoun object alone
    "Her resignation was announced on Monday.",                    # a passive
    "The storm claimed three lives in the valley.",                # a subject that cannot speak
    "The agency issued letters to demand information from banks.",  # an infinitive
    "Voters are removed if they do not confirm their address.",     # a condition
    "The minister denied the report on Monday.",                    # an object that can speak
    "Senator Kennedy denied Carter a photograph of unity.",         # a second object
])
def test_no_noun_object_speech(text):
    assert said(text) == []
