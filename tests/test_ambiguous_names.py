"""A person whose first name gives no gender ("Hilary", "Morgan", "Jamie", "Kim": mixed or
missing in the name statistics) keeps the "she said"/"he said" the discourse gives her when she
is the subject of the sentence before or the article's main character — it is not lost to a
person of a clearly gendered name mentioned in passing — and the pronoun then gives her the
gender (analysis.engine.quotes.pronouns, issue 24 class 1). A name of unknown gender stays no
free candidate: named in passing, or sharing a subject with another person, it does not take
the pronoun. Both models; the texts are analysed once per model."""

from __future__ import annotations

import pytest

from analysis import analyze, config

from .helpers import quote_speaker_actor
from analysis.engine.first_names import first_name_gender

MODELS = [None, str(config.shared_dir() / "models" / "en_news_sm-3.8.0")]
MODEL_IDS = ["en_core_web_sm", "en_news_sm"]

# the subject of the sentence before, rare/mixed first name; women with clear names in passing
SHE_SUBJECT = ("Hilary Dunmore collected her third national poetry prize in Leeds on Friday, "
               "beating writers including Alice Grant, Susan Holt and Margaret Reyes. "
               "\"I wrote most of these poems on the night bus,\" she told the audience.")
# the same for "he": men with clear names in passing
HE_SUBJECT = ("Jamie Okonjo won the award for best newcomer at the ceremony in Glasgow, ahead "
              "of David Price, Thomas Reed and George Walsh. "
              "\"My mother drove me to every audition,\" he said.")
# the article's main character, not named in the sentence before the pronoun
SHE_MAIN = ("Kim Varga will skip the indoor season to prepare for the marathon in April.\n\n"
            "Varga won the half marathon in Lisbon last month in a course record. Her coach "
            "expects a fast race in London. The race was won last year by Elizabeth Carter and "
            "Rebecca Lowe. \"I feel stronger over the longer distances,\" she said.")
# no free candidate: a rare name named in passing does not take the clearly named woman's "she"
SHE_PASSING = ("Helen Marsh opened the new library wing on Saturday, thanking the builders, "
               "among them Jamie Rourke. \"This room will be full of children,\" she said.")
# no free candidate: a rare name sharing a subject with a clearly named woman
# no free candidate: a rare name sharing a subject with the clearly named woman who spoke
SHE_SHARED = ("Singer Ruth Adair said she recorded the charity single after visiting the "
              "children's ward.\n\nAdair and folk star Robin Castell have released the song "
              "to raise money for the hospital. \"We visited the ward every week,\" she said.")

TEXTS = [SHE_SUBJECT, HE_SUBJECT, SHE_MAIN, SHE_PASSING, SHE_SHARED]


@pytest.fixture(scope="module", params=MODELS, ids=MODEL_IDS)
def corpus(request):
    """The texts of this file analysed as one corpus, per model."""
    return analyze(TEXTS, model=request.param, progress=False)


def speaker_of(corpus, text: str, words: str) -> str | None:
    """The speaker actor of the one quote of ``text`` holding ``words``."""
    return quote_speaker_actor(corpus, TEXTS, text, words)


def gender(corpus, actor: str) -> str:
    rows = corpus.actors[corpus.actors["actor"] == actor]
    assert len(rows) == 1, list(corpus.actors["actor"])
    return rows["gender"].iloc[0]


def test_the_first_names_are_ungendered_in_the_statistics():
    # the premise of the cases below: these names give no gender; the others give theirs
    for name in ("Hilary", "Jamie", "Kim"):
        assert first_name_gender(name) is None
    for name, expected in (("Alice", "female"), ("David", "male"), ("Helen", "female")):
        assert first_name_gender(name) == expected


def test_she_after_the_subject_with_a_mixed_name_not_a_woman_named_in_passing(corpus):
    assert speaker_of(corpus, SHE_SUBJECT, "night bus") == "Hilary Dunmore"
    # the pronoun gives her the gender (decided jointly with the link)
    assert gender(corpus, "Hilary Dunmore") == "female"


def test_he_after_the_subject_with_a_mixed_name_not_a_man_named_in_passing(corpus):
    assert speaker_of(corpus, HE_SUBJECT, "every audition") == "Jamie Okonjo"
    assert gender(corpus, "Jamie Okonjo") == "male"


def test_she_goes_to_the_main_character_with_an_ungendered_name(corpus):
    assert speaker_of(corpus, SHE_MAIN, "longer distances") == "Kim Varga"
    assert gender(corpus, "Kim Varga") == "female"


def test_an_ungendered_name_is_no_free_candidate(corpus):
    # named in passing: the clearly named subject keeps her "she"; the favoured-subject cases
    # above are the same shape with the roles exchanged
    assert speaker_of(corpus, SHE_PASSING, "full of children") == "Helen Marsh"
    assert gender(corpus, "Jamie Rourke") == "unknown"
    assert speaker_of(corpus, SHE_SUBJECT, "night bus") == "Hilary Dunmore"


def test_a_shared_subject_favours_neither_name(corpus):
    # "Adair and … Robin Castell have released": not Castell's own clause; the woman who spoke
    # before keeps her "she" (the same shape as the favoured subject above, shared)
    assert speaker_of(corpus, SHE_SHARED, "every week") == "Ruth Adair"
    assert gender(corpus, "Robin Castell") == "unknown"
    assert speaker_of(corpus, HE_SUBJECT, "every audition") == "Jamie Okonjo"
