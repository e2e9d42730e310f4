"""Session 20's quote-by-quote audit of 40 BBC articles (helper s24-audit): the classes it found
that a reader resolves without doubt. Sentences of our own, both models.

* An unnamed spokesperson of an organisation whose name holds "of" or "for" ("A Ministry of
  Defence spokesman said", "A Department for Work and Pensions spokeswoman confirmed") was
  typed ``organization`` (the phrase's head was cut at the "of"/"for" inside the name) and her
  "she said" after it stayed an unresolved pronoun; the spokesperson is an unnamed person,
  ``anonymous``, like "A Home Office spokesman" (speakers._name_modifies_role). Negative
  cases: the organisation speaking itself, "a spokesman for the Ministry of Defence".
* "Mr Hall was asked why Mr Reed had been allowed to resign. He replied: …": the person named
  inside the question is what it is about, not a subject of the story; the person asked answers
  (pronouns._asked_about). Negative cases: "was asked about the figures. He said …"; a question
  put by reporters, where the person it names is the only candidate.
* A surname the official model tags PRODUCT ("Mendes could not believe …") after the full name
  was no person for the he/she that follows (pronouns._person_of, _SURNAME_MISLABELS).
* A quote closed by its own full stop, followed by a sentence whose speech verb reports its own
  clause ("“… in a game.” In the first year, developers said gamers …"), was given to that
  verb's speaker on en_news_sm, whose parser puts the closing mark in the next sentence; it
  continues the speaker before it (frames.frame_cue). Negative case: "“…,” developers said."
"""

from __future__ import annotations

import pytest

from .helpers import MODEL_IDS, MODELS, check_speaker_actors, one_quote, quotes_per_text

SPOKESPEOPLE = [
    ("The base near Lincoln will close next year. A Ministry of Defence spokesman said the "
     "staff would be moved to other sites.", "the staff would be moved"),
    ("Rail fares will rise in March. A Department for Transport spokeswoman said the rise was "
     "needed to pay for new trains.", "the rise was needed"),
    ("Waiting lists grew again in the winter. A Department of Health spokeswoman said: \"We are "
     "aware of the pressure on hospitals and are working to reduce it.\"", "We are aware"),
    ("Museums will stay free next year. A Department for Culture, Media and Sport spokeswoman "
     "said: \"We know that visitors are worried about charges.\"", "We know that visitors"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_spokesperson_of_an_organisation_named_with_of_is_a_person(model):
    for (text, words), quotes in zip(SPOKESPEOPLE, quotes_per_text([t for t, _ in SPOKESPEOPLE],
                                                                   model)):
        row = one_quote(quotes, words)
        assert row["speaker_type"] == "anonymous", (text, row.to_dict())


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_her_pronoun_after_the_spokesperson_is_hers(model):
    text = ("The agency's chief will stay in post until a replacement is found, a Department "
            "for Work and Pensions spokeswoman confirmed. \"No date was ever set for his "
            "departure,\" she said.")
    row = one_quote(quotes_per_text([text], model)[0], "No date was ever set")
    assert row["speaker_type"] == "anonymous", row.to_dict()


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_an_organisation_or_a_spokesperson_for_it_is_unchanged(model):
    texts = ["The Ministry of Defence said the base would close next year.",
             "A spokesman for the Ministry of Defence said the base would close next year."]
    org, spokesman = quotes_per_text(texts, model)
    assert one_quote(org, "the base would close")["speaker_type"] == "organization"
    assert one_quote(spokesman, "the base would close")["speaker_type"] == "anonymous"


ASKED = [
    ("On the morning programme Mr Hall was asked why Mr Reed had been allowed to resign rather "
     "than be sacked. He replied: \"He decided it was time to move on.\"", "time to move on",
     "Hall"),
    ("Mr Evans was asked on Sunday whether Mr Clark would keep his job after the inquiry. He "
     "said: \"The decision is not mine to make.\"", "not mine to make", "Evans"),
]
ASKED_UNCHANGED = [
    ("Mr Dean was asked about the figures on Tuesday. He said they would be published in May.",
     "published in May", "Dean"),
    ("Reporters asked whether Mr Reed would resign after the vote. He said he had no plans to "
     "step down.", "no plans to step down", "Reed"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_the_person_asked_answers_not_the_one_asked_about(model):
    check_speaker_actors(ASKED, model)


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_asked_about_a_topic_or_by_reporters_is_unchanged(model):
    check_speaker_actors(ASKED_UNCHANGED, model)


SURNAME = [
    ("Rovers boss Martin Jol said his side were \"robbed\" after Pedro Mendes' shot crossed the "
     "line. \"We were robbed,\" said Jol after the draw. Mendes shot from 50 yards and the "
     "goalkeeper spilled the ball. Jol added: \"It was a metre over the line.\" Mendes could "
     "not believe the goal was not given after seeing a replay. He said: \"My first reaction "
     "was to celebrate.\"", "My first reaction", "Pedro Mendes"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_surname_tagged_as_a_product_is_the_person(model):
    check_speaker_actors(SURNAME, model)


CONTINUED = [
    ("Mr Dunn said he expected better physics in the new consoles. \"We want to increase the "
     "level of realism so people can lose themselves in a game.\" In the first year at least, "
     "developers said gamers should not expect too much.", "We want to increase", "Dunn"),
]
CONTINUED_UNCHANGED = [
    ("The new consoles are due next year. \"Gamers should not expect too much in the first "
     "year,\" developers said.", "Gamers should not expect", None),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_full_sentence_quote_is_not_the_next_sentences_report(model):
    check_speaker_actors(CONTINUED, model)
    texts = [t for t, _, _ in CONTINUED_UNCHANGED]
    for (text, words, _), quotes in zip(CONTINUED_UNCHANGED, quotes_per_text(texts, model)):
        assert one_quote(quotes, words)["speaker"] == "developers", text
