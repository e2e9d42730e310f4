"""Unnamed speakers where the sentence names the one who spoke, session 19 (s23-unnamed).

Three classes of PolNeAR's wrong speakers of cause ``unnamed`` (a group, an anonymous or a
thing given where the gold names someone), each read in its article:

* a quantifier pronoun subject ("none has said …", "almost everyone agrees …") was refused as a
  speaker (``not_speakers``), so the cue took the subject of another clause: "All three
  candidates issued statements …, and none has said A" gave A to the candidates. The quantifier
  now speaks, typed group (``quantifier_speakers``; analysis.engine.quotes.speakers);
* a name set off by commas between a person noun's modifier and its verb ("A lawyer
  representing Mr. Grant, Thomas Reilly, said") is parsed as the apposition of the modifier's
  own object, so the speaker was the unnamed role, or the object's name
  (analysis.engine.quotes.headnames._name_set_off_before_verb);
* a document in an *in* phrase of the verb before its participle ("responded in a letter
  saying …") speaks for that verb's subject (analysis.engine.quotes.subjects.document_author).

What must not change: "Everyone" is still no he/she/they to resolve; a name in apposition to a
later object, or a role without a name, leaves the speaker unnamed; "said in a statement that"
keeps its subject.
"""

from __future__ import annotations

import pytest

from .helpers import MODEL_IDS, MODELS, one_quote, quotes_per_text, speaker_text

QUANTIFIERS = [
    ("All four candidates issued statements condemning the bombing, and none has said they "
     "would send ground troops to the region.", "they would send ground troops", "none"),
    ("The mayor said the bridge would reopen in May. Everyone said the repairs had taken far "
     "too long.", "the repairs had taken far too long", "Everyone"),
]

APPOSED = [
    ("A lawyer representing Mr. Grant, Thomas Reilly, said his client would appeal the ruling.",
     "his client would appeal", "Thomas Reilly"),
    ("An aide to Senator Warren, Jane Porter, told reporters the senator would not attend the "
     "hearing.", "the senator would not attend", "Jane Porter"),
    ("One volunteer supporting Mr. Sanders, Maria Lopez of Des Moines, said she had knocked on "
     "more than 400 doors.", "she had knocked on more than 400 doors", "Maria Lopez"),
]

UNNAMED = [
    ("A lawyer representing Mr. Grant, who was convicted in May, said his client would appeal "
     "the ruling.", "his client would appeal", "A lawyer"),
    ("A spokesman said the company had hired Thomas Reilly, a former prosecutor, to lead the "
     "inquiry.", "the company had hired Thomas Reilly", "A spokesman"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_quantifier_subject_speaks_for_its_own_clause(model):
    for (text, words, who), quotes in zip(QUANTIFIERS,
                                          quotes_per_text([t for t, *_ in QUANTIFIERS], model)):
        row = one_quote(quotes, words)
        assert speaker_text(row) == who, (text, row.to_dict())
        assert row["speaker_type"] == "group", (text, row.to_dict())
        assert not isinstance(row["speaker_actor"], str), (text, row.to_dict())


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_name_set_off_before_the_verb_is_the_speaker(model):
    for (text, words, name), quotes in zip(APPOSED,
                                           quotes_per_text([t for t, *_ in APPOSED], model)):
        row = one_quote(quotes, words)
        assert row["speaker_actor"] == name, (text, row.to_dict())
        assert row["speaker_type"] == "person", (text, row.to_dict())


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_role_without_its_own_name_stays_unnamed(model):
    for (text, words, who), quotes in zip(UNNAMED,
                                          quotes_per_text([t for t, *_ in UNNAMED], model)):
        row = one_quote(quotes, words)
        assert speaker_text(row) == who, (text, row.to_dict())
        assert row["speaker_type"] == "anonymous", (text, row.to_dict())


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_document_in_the_verbs_in_phrase_speaks_for_its_subject(model):
    texts = ["The senator responded in a letter saying that the program had been a failure.",
             "The governor said in a statement that the roads would reopen on Monday."]
    replied, said = quotes_per_text(texts, model)
    row = one_quote(replied, "the program had been a failure")
    assert speaker_text(row) == "The senator", row.to_dict()
    row = one_quote(said, "the roads would reopen")
    assert speaker_text(row) == "The governor", row.to_dict()
