"""Sources named by "according to" (issue 24, both shared models).

Class: an "according to X" attribution whose speaker one model loses or mistypes. en_news_sm
parses "According to eyewitness Marc Dubois, “…”" as "to/TO eyewitness/VB" with the name as
the verb's object, so *to* had no object and the quote had no cue and no speaker; both models
tag "witness" a verb in "according to witness Sarah Miller" (the speaker was "witness",
unknown); en_news_sm hangs the name of "according to his lawyer, Peter Hall." on the main verb
(the speaker was "his lawyer", anonymous), both models with "According to his neighbour, Mary
Jones, the family …"; and "a Twitter post by X" or "the summary" were no documents (the
speaker was "a Twitter post", anonymous). Rule (``according_source`` in
analysis.engine.quotes.cues, ``post``/``summary``/``message`` documents in
analysis/data/speaker_nouns.csv): the source is read from the surface where the parse makes it
a verb, a role noun keeps the name after its comma that closes the sentence or is set off by a
second comma, and a post by a person is that person's. Guards: news agencies, documents, the
police, plural witnesses and a person named after the source phrase are no sources.
"""

from __future__ import annotations

import pytest

from analysis import analyze, config

MODELS = [None, str(config.shared_dir() / "models" / "en_news_sm-3.8.0")]
MODEL_IDS = ["en_core_web_sm", "en_news_sm"]

# (article, the person who is the article's one source, words of the quote's content)
PERSON_SOURCES = [
    ("A gas tanker caught fire on the ring road near Lyon on Monday morning. According to "
     "eyewitness Marc Dubois, \"within seconds it exploded and the whole road was on fire.\"",
     "Marc Dubois", "within seconds"),
    ("A house in Mill Lane was badly damaged by fire overnight. The fire started in the kitchen "
     "shortly after midnight, according to witness Sarah Miller.",
     "Sarah Miller", "fire started"),
    ("Flood water reached the first floor of several homes. \"We lost everything in an hour,\" "
     "according to witness Joan Parker.",
     "Joan Parker", "lost everything"),
    ("A mammoth tusk was found during repairs to the old city wall. According to a Twitter "
     "post by Jane Holloway, director of the Hadrian Festival, the tusk came from the wall.",
     "Jane Holloway", "tusk came"),
    ("A former bank manager was charged with fraud on Tuesday. He was at home with his family "
     "on the night of the theft, according to his lawyer, Peter Hall.",
     "Peter Hall", "at home"),
    ("The family left the village after the floods. According to his neighbour, Mary Jones, "
     "the family moved away in 2010 and never came back.",
     "Mary Jones", "moved away"),
    ("The council will close the bridge for repairs. The bridge will stay closed until June, "
     "according to council spokeswoman Linda Evans.",
     "Linda Evans", "stay closed"),
]

# (article, the speaker's type as the quote row gives it) — no source in any of them
NO_SOURCES = [
    ("Shares in the carmaker fell sharply. The company will close two of its plants in "
     "Germany, according to Reuters.", None),
    ("The retailer published its accounts on Monday. Sales fell by ten percent last year, "
     "according to the summary.", "document"),
    ("A crowd gathered outside the station. Two men were arrested after the fight, according "
     "to police.", "organization"),
    ("A shooting was reported in the town centre. According to the police, Peter Hall, 45, "
     "was arrested at the scene.", "organization"),
    ("The carmaker unveiled a new strategy. According to the company, John Reed, the chief "
     "executive, will step down in May.", "organization"),
    ("Crowds gathered in the square on Sunday. According to eyewitnesses, the soldiers fired "
     "into the air.", "group"),
    ("The trial of the two executives continues. They paid the bribes in 2019, according to "
     "court documents.", "document"),
]


@pytest.fixture(scope="module", params=MODELS, ids=MODEL_IDS)
def corpus(request):
    texts = [t for t, *_ in PERSON_SOURCES] + [t for t, _ in NO_SOURCES]
    found = analyze(texts, model=request.param, progress=False)
    return found, list(found.articles["article_id"])


def _quotes(corpus, aid):
    q = corpus.quotes
    return q[q["article_id"] == aid]


@pytest.mark.parametrize("case", range(len(PERSON_SOURCES)),
                         ids=[name for _, name, _ in PERSON_SOURCES])
def test_the_person_named_by_according_to_is_a_source(corpus, case):
    found, ids = corpus
    _, name, words = PERSON_SOURCES[case]
    aid = ids[case]
    quotes = _quotes(found, aid)
    row = quotes[quotes["quote"].str.contains(words, regex=False)]
    shown = quotes[["quote", "kind", "cue", "speaker", "speaker_type", "speaker_actor"]]
    assert len(row) == 1, shown
    row = row.iloc[0]
    assert row["kind"] == "according_to" and row["cue_lemma"] == "according to", shown
    assert row["speaker_actor"] == name and name in row["speaker"], shown
    assert row["speaker_type"] in ("person", "document"), shown
    sources = found.sources[found.sources["article_id"] == aid]
    assert list(sources["actor"]) == [name]
    assert found.actors.set_index("actor").loc[name, "label"] == "PERSON"


@pytest.mark.parametrize("case", range(len(NO_SOURCES)),
                         ids=[t.split(". ")[1][:30] for t, _ in NO_SOURCES])
def test_agencies_documents_police_and_crowds_are_no_sources(corpus, case):
    found, ids = corpus
    _, kind = NO_SOURCES[case]
    aid = ids[len(PERSON_SOURCES) + case]
    quotes = _quotes(found, aid)
    shown = quotes[["quote", "kind", "speaker", "speaker_type", "speaker_actor"]]
    assert list(quotes["kind"]) == ["according_to"], shown
    if kind is not None:
        assert list(quotes["speaker_type"]) == [kind], shown
    assert found.sources[found.sources["article_id"] == aid].empty, shown
    assert not {"Peter Hall", "John Reed"} & set(quotes["speaker_actor"].dropna())
