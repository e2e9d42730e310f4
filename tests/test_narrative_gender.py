"""A woman quoted by name whose gender only the story's narrative pronouns give (issue 24,
class 1): "She was 26.", "Her lawyer said …" are linked to her by the engine
(:func:`analysis.engine.quotes.pronouns.narrative_pronouns`), carried on the entities table's
``pronouns`` column and read by the corpus step as ``pronoun`` evidence; and a one-word person
actor that is a first name in its article ("Zoe, a nurse, said …") reads the first-name
statistics. The first names here are rare or ambiguous in the statistics (Folake, Eniola,
Jaspreet, Harpreet, Tendai). Run with the default model; the same tests pass with
``ANALYSIS_SPACY_MODEL=../shared/models/en_news_sm-3.8.0``."""

from __future__ import annotations

import pandas as pd

from analysis import analyze
from analysis.assembly.gender import actor_genders
from analysis.engine.first_names import first_name_share
from analysis.lexicons import packaged

NURSE = """A nurse who kept a cholera ward open through the floods in Lagos was given a national \
award on Monday.

Folake Okafor received the medal from the health minister at a ceremony in Abuja. She was 26 \
when she joined the General Hospital.

"We did what anyone would have done," Okafor said. "The families trusted us."

Her colleagues described a tireless worker. Okafor said the ward had been short of staff for \
months.
"""

CANDIDATES = """Two candidates are standing for the chair of the city's housing committee.

Jaspreet Kaur Gill has led the tenants' union since 2019. She has campaigned against evictions \
in the eastern districts.

"Rents have doubled in five years," Gill said.

Gill will face Eniola Bamidele in the vote next week. Her campaign has focused on repairs to \
council flats.

"People want their homes fixed before anything else," Bamidele said.
"""

COURT = """A court in Harare has freed two journalists held for three weeks without charge.

Tendai Moyo was arrested in May after reporting on the sale of state land. He spent 21 days in \
a cell at the central police station.

"I was never told why I was there," Moyo said.

Harpreet Sandhu, who represented both reporters, welcomed the ruling. Her office said it would \
seek damages from the police.

"This detention was unlawful from the first day," Sandhu said.
"""

WARD = """Staff at a hospital in Leeds say the new shift rota has left wards short of nurses at \
night.

"We are running on goodwill," said Zoe, a nurse on the children's ward, who asked that her \
surname not be used.

Robert, a porter at the hospital for eleven years, said the night staff had been cut by a third.
"""


def corpus_of(*texts: str):
    return analyze(pd.DataFrame({"article_id": [f"a{i}" for i in range(len(texts))],
                                 "text": list(texts)}), progress=False)


def speaker_genders(corpus, surname: str) -> set[str]:
    """The genders of the quotes whose speaker actor carries ``surname``."""
    q = corpus.quotes
    mine = q[q["speaker_actor"].fillna("").str.split().str[-1] == surname]
    assert len(mine), f"no quote of {surname}"
    return set(mine["speaker_gender"])


def test_the_first_names_are_not_decided_by_the_statistics():
    # the premise of the articles: the name statistics say nothing about these first names
    for name in ("Folake", "Eniola", "Jaspreet", "Harpreet", "Tendai"):
        assert first_name_share(name) is None, name


def test_a_woman_quoted_by_name_is_female_through_narrative_pronouns(nlp):
    corpus = corpus_of(NURSE)
    assert speaker_genders(corpus, "Okafor") == {"female"}
    ents = corpus.entities
    linked = ents.loc[ents["actor"].fillna("").str.endswith("Okafor"), "pronouns"].dropna()
    words = " ".join(linked).split()  # "She", "she", "Her" (en_news_sm misses "Folake")
    assert words and all(w.lower() in ("she", "her") for w in words)
    actor = corpus.actors[corpus.actors["actor"].str.endswith("Okafor")].iloc[0]
    assert (actor["gender"], actor["gender_source"]) == ("female", "pronoun")


def test_two_women_an_ambiguous_pronoun_is_not_given_to_the_wrong_one(nlp):
    # "Gill will face Eniola Bamidele … Her campaign": the subject Gill is followed by another
    # woman, so "Her" is not linked to Gill; Gill's "She" in the second paragraph is
    corpus = corpus_of(CANDIDATES)
    assert speaker_genders(corpus, "Gill") == {"female"}
    assert speaker_genders(corpus, "Bamidele") <= {"female", "unknown"}
    ents = corpus.entities
    gill = ents.loc[ents["actor"].fillna("").str.endswith("Gill"), "pronouns"].dropna()
    assert " ".join(gill).split() == ["She"]


def test_a_man_and_a_woman_each_take_their_own_pronouns(nlp):
    corpus = corpus_of(COURT)
    assert speaker_genders(corpus, "Moyo") == {"male"}
    assert speaker_genders(corpus, "Sandhu") == {"female"}


def test_a_one_word_first_name_reads_the_name_statistics(nlp):
    corpus = corpus_of(WARD)
    assert speaker_genders(corpus, "Zoe") == {"female"}
    assert speaker_genders(corpus, "Robert") == {"male"}


def test_a_one_word_name_is_no_first_name_with_a_longer_form_or_a_title():
    from analysis.assembly.gender import first_name_actors

    mentions = pd.DataFrame([("a1", "Thomas", "Thomas", 2), ("a1", "Ann Thomas", "Ann Thomas", 1),
                             ("a2", "Morgan", "Mr Morgan", 1), ("a3", "Zoe", "Zoe", 1)],
                            columns=["article_id", "actor", "text", "n"])
    people = {"Thomas", "Ann Thomas", "Morgan", "Zoe"}
    assert first_name_actors(mentions, people, packaged()) == {"Zoe"}


def _mentions(rows) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["article_id", "actor", "text", "pronouns", "n"])


def _no_quotes() -> pd.DataFrame:
    return pd.DataFrame(columns=["article_id", "speaker_actor", "speaker_type", "speaker",
                                 "speaker_role", "kind", "quote"])


def _actors(*names: str) -> pd.DataFrame:
    return pd.DataFrame({"actor": list(names), "label": ["PERSON"] * len(names)})


def test_the_pronouns_column_is_pronoun_evidence():
    got = actor_genders(_mentions([("a1", "Folake Okafor", "Folake Okafor", "She her", 1),
                                   ("a1", "Folake Okafor", "Okafor", None, 2)]),
                        _no_quotes(), _actors("Folake Okafor"))
    assert tuple(got.iloc[0]) == ("female", "pronoun")


def test_a_stray_narrative_she_does_not_flip_a_man_with_strong_evidence():
    rows = [(f"a{i}", "Tendai Moyo", "Moyo", "He he his", 1) for i in range(5)]
    rows.append(("x", "Tendai Moyo", "Moyo", "She She She She", 1))  # one misresolved article
    got = actor_genders(_mentions(rows), _no_quotes(), _actors("Tendai Moyo"))
    assert tuple(got.iloc[0]) == ("male", "pronoun")


def test_a_title_outranks_a_narrative_pronoun():
    got = actor_genders(_mentions([("a1", "Tendai Moyo", "Mr Moyo", "she", 1)]), _no_quotes(),
                        _actors("Tendai Moyo"))
    assert tuple(got.iloc[0]) == ("male", "title")
