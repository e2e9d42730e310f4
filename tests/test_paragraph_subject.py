"""The subject of the paragraph outweighs a name in passing (issue 24 class 1,
analysis.engine.quotes.pronouns): when a "she said"/"he declared" has no previous speaker and no
person as a subject in the sentences just before it, the person who is the subject of the
current or previous paragraph — one person, not a group — takes the pronoun, not a more recent
name that is only an object or an apposition in passing ("third behind X and Y", "mocked by his
rival, X"). A group named as a subject does not: there the most recent name keeps it. The
subject of a relative clause ("the neighbour with whom Clara had stayed", "a deal in which X
became prime minister") is a name in passing too, not the sentence's subject. Both models; the
texts are analysed once per model."""

from __future__ import annotations

import pytest

from analysis import analyze, config

from .helpers import quote_speaker_actor

MODELS = [None, str(config.shared_dir() / "models" / "en_news_sm-3.8.0")]
MODEL_IDS = ["en_core_web_sm", "en_news_sm"]

# an athlete (a first name the statistics leave ungendered) is the paragraph's subject; two
# women with clear names are the objects of "behind" in the next paragraph
SHE_PARAGRAPH = ("Kim Varga will miss the cross country race in Edinburgh to focus on the "
                 "indoor season.\n\nThe 29-year-old finished third behind Helen Cole and Anna "
                 "Fisk last week. The race was run in heavy rain. \"I am wary of injuries and "
                 "must concentrate on the track,\" she said.")
# a candidate is the paragraph's subject; his rival is named once, in apposition to an object
HE_PARAGRAPH = ("Daniel Mercer spent the summer touring the northern towns.\n\nThe former "
                "teacher promised lower fuel duty and a new rail line. The pledge was mocked by "
                "his rival, Thomas Hale. \"We will build it in four years,\" he declared.")
# a group as the subject is no paragraph subject: the singer the cheer was for keeps "she"
SHE_GROUP = ("Anna Berg and Lucy Hart arrived at the gala together.\n\nThe loudest cheer of "
             "the night was kept for the singer Maria Lopez, who stopped to sign autographs. "
             "The crowd chanted for an hour. \"It was unlike anything I have ever heard,\" "
             "she said.")

# the subject of a relative clause is no subject of the story: the sentence's subject keeps it
SHE_RELATIVE = ("Ms Adeyemi was the teacher with whom Clara Jones had stayed in London. \"It is "
                "a wonderful feeling to be cleared at last,\" she said.")
HE_RELATIVE = ("Refusing to give up power, Robert Mensah agreed to a deal in which Peter Osei "
               "became prime minister. \"Only the voters will remove me,\" he declared.")

TEXTS = [SHE_PARAGRAPH, HE_PARAGRAPH, SHE_GROUP, SHE_RELATIVE, HE_RELATIVE]


@pytest.fixture(scope="module", params=MODELS, ids=MODEL_IDS)
def corpus(request):
    """The texts of this file analysed as one corpus, per model."""
    return analyze(TEXTS, model=request.param, progress=False)


def speaker_of(corpus, text: str, words: str) -> str | None:
    """The speaker actor of the one quote of ``text`` holding ``words``."""
    return quote_speaker_actor(corpus, TEXTS, text, words)


def test_she_goes_to_the_paragraph_subject_not_a_name_in_passing(corpus):
    assert speaker_of(corpus, SHE_PARAGRAPH, "wary of injuries") == "Kim Varga"


def test_he_goes_to_the_paragraph_subject_not_the_rival_in_apposition(corpus):
    assert speaker_of(corpus, HE_PARAGRAPH, "four years") == "Daniel Mercer"


def test_a_group_subject_is_no_paragraph_subject(corpus):
    assert speaker_of(corpus, SHE_GROUP, "unlike anything") == "Maria Lopez"


def test_a_relative_clause_subject_is_a_name_in_passing(corpus):
    assert speaker_of(corpus, SHE_RELATIVE, "wonderful feeling") == "Adeyemi"


def test_a_relative_clause_subject_does_not_take_he(corpus):
    assert speaker_of(corpus, HE_RELATIVE, "remove me") == "Robert Mensah"
