"""Session 25's sources audit of 30 fresh BBC articles (helper s30-sources, annotated by hand
before the engine ran: benchmarks/audits/sources-annotation-s30.jsonl). Sentences of our own,
both models.

* A name the parser left loose before "NAME, <role> said" without the closing comma ("…, Dave
  Rennick, the union's regional organiser told …": the name an npadvmod, the role the only
  subject) is the speaker (subjects._name_before_role_subject, one subject).
* A region closing a set-off aside ("Anna Bell, at the protest in Ashford, Kent said") is no
  speaker: the person named before the aside is (subjects.place_closing_aside); a prepositional
  aside after a comma ("Tom Reeve, from the league, said") is no subject phrase
  (subjects.phrase_before).
* An unnamed speaker whose report holds a quoted fragment is continued by the next quote's
  he/she ("the governor's chief aide said … “reckless spending” …. “…,” he said":
  pronouns._NEXT_QUOTE_TURN), not the governor named in the phrase.
* A firm named in the possessive ("Carter's said …") is an organisation
  (speakers._owner_owning_nothing); "insurer", "lender", "carmaker", "supermarket" join
  ``organisation_nouns`` ("US insurer Halvard …. Halvard said").
* The party labels "Lib Dem" before a name are titles ("Fellow Lib Dem Simon Kerr": titles.txt),
  while "the Lib Dems" stays the party (canonical._titled_alias).

Negative cases: a name that is a preposition's object before the role ("Asked about Tom Grady,
the spokesman said"), a council before an aside ("The council, with support from …, Bradford
said"), narration after the unnamed speaker ("Mr Hollis later agreed …"), a possessive that
owns a noun ("Anna Kemp's lawyer said").
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from analysis import analyze, config
from analysis.engine.quotes.subjects import phrase_before

from .helpers import MODEL_IDS, MODELS


def _corpus(texts, model):
    corpus = analyze(list(texts), model=model, progress=False)
    return corpus, list(corpus.articles["article_id"])


def _row(corpus, article, words):
    quotes = corpus.quotes[corpus.quotes["article_id"] == article]
    hits = quotes[quotes["quote"].str.contains(words, regex=False)]
    assert len(hits) == 1, list(zip(quotes["quote"], quotes["speaker_actor"]))
    return hits.iloc[0]


def _sources(corpus, article):
    return list(corpus.sources.loc[corpus.sources["article_id"] == article, "actor"])


# (text, words of the quote, the speaker's actor or None, a name that must not be a source)
CASES = [
    ("Support for the strike is growing, Dave Rennick, the union's regional organiser told the "
     "Guardian.", "Support for the strike", "Dave Rennick", None),
    ("The scheme has been a success, Karen Doyle, the council's housing chief told local radio "
     "on Friday.", "The scheme has been", "Karen Doyle", None),
    ("Our correspondent Anna Bell, at the protest in Ashford, Kent said the crowd had been calm "
     "all day.", "the crowd had been calm", "Anna Bell", "Kent"),
    ("Governor Ray Dalton's decision to tax second homes has angered many voters. In a radio "
     "address announcing the tax, Governor Dalton's chief aide said it was needed because of "
     "the \"reckless spending\" of the last council. \"The new charge applies only to second "
     "homes owned by people living abroad,\" he said.", "The new charge applies", None,
     "Ray Dalton"),
    ("Mark Hollis has opposed the bill. Senator Hollis's aide said the bill would \"never "
     "pass\" in its present form. \"It is dead on arrival,\" he told reporters.",
     "It is dead on arrival", None, "Mark Hollis"),
    ("The bakery chain has cut its prices again. Carter's said it would close ten stores next "
     "year.", "it would close ten stores", "Carter", "Carter"),
    ("US insurer Halvard is to cut 900 jobs after a fall in profits. Halvard said the cuts "
     "would save $200m a year. \"We had a difficult year,\" chief executive Tom Reid said.",
     "the cuts would save", "Halvard", "Halvard"),
]

NEGATIVES = [
    ("Asked about Tom Grady, the spokesman said the party had full confidence in him.",
     "the party had full confidence", None),
    ("The council, with support from the mayor of Leeds, Bradford said it would appeal against "
     "the ruling.", "it would appeal", "Bradford"),
    ("Mark Hollis has opposed the bill. Senator Hollis's aide said the bill would \"never "
     "pass\". Mr Hollis later agreed to talk. \"It is dead on arrival,\" he told reporters.",
     "It is dead on arrival", "Mark Hollis"),
    ("Anna Kemp's lawyer said she would appeal against the verdict.", "she would appeal", None),
]

# (text, words of the quote, a name that must not be the speaker): the loose name must be set
# off by commas on both sides and the role no organisation; the aside holds no clause
NOT_THE_NAME = [
    ("Marie Dorval, a member of the Lyon branch of the Green Party, was travelling to Rome to "
     "visit her son Lucas, the party posted on its website.", "Marie Dorval", "Lucas"),
    ("In an apparent rebuff to the policies set out by presidential candidate Tom Crane, "
     "including suggestions that troops should leave Europe, Harris stressed support for the "
     "alliance.", "support for the alliance", "Tom Crane"),
    ("Walker, Henson wrote \"has shown real courage on this issue and deserves our support.\"",
     "has shown real courage", "Walker"),
]


CASE_IDS = ["loose-name-role", "loose-name-role-2", "place-closing-aside", "aide-fragment",
            "aide-fragment-2", "firm-possessive", "insurer"]


@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_fresh_audit_classes(model, case):
    text, words, actor, not_source = case
    corpus, ids = _corpus([text], model)
    row = _row(corpus, ids[0], words)
    got = row["speaker_actor"] if isinstance(row["speaker_actor"], str) else None
    assert got == actor, (text, row.to_dict())
    if not_source is not None:
        assert not_source not in _sources(corpus, ids[0]), (text, _sources(corpus, ids[0]))
    if actor is not None and actor == not_source:  # a firm: its quote is an organisation's
        assert row["speaker_type"] == "organization", (text, row.to_dict())


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_fresh_audit_negatives_unchanged(model):
    corpus, ids = _corpus([c[0] for c in NEGATIVES], model)
    for (text, words, actor), article in zip(NEGATIVES, ids):
        row = _row(corpus, article, words)
        got = row["speaker_actor"] if isinstance(row["speaker_actor"], str) else None
        assert got == actor, (text, row.to_dict())
    # the possessive that owns a noun leaves an unnamed person, not a firm
    row = _row(corpus, ids[3], "she would appeal")
    assert row["speaker_type"] == "anonymous"


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_names_not_set_off_or_in_a_clause_are_not_taken(model):
    corpus, ids = _corpus([c[0] for c in NOT_THE_NAME], model)
    for (text, words, name), article in zip(NOT_THE_NAME, ids):
        row = _row(corpus, article, words)
        assert row["speaker_actor"] != name, (text, row.to_dict())


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_lib_dem_label_and_party(model):
    texts = ["Labour's plans were attacked by the opposition. Fellow Lib Dem Simon Kerr said the "
             "scheme was \"a costly mistake\".",
             "The Conservatives and Lib Dems said the pledges were \"worthless\"."]
    corpus, ids = _corpus(texts, model)
    row = _row(corpus, ids[0], "the scheme was")
    assert row["speaker_actor"] == "Simon Kerr"
    sources = corpus.sources[corpus.sources["article_id"] == ids[0]]
    assert list(sources["gender"]) == ["male"]
    assert _sources(corpus, ids[1]) == []


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_prepositional_aside_is_no_subject_phrase(model):
    """The misparse of "Tom Reeve, from the league, said …" (the name an npadvmod of the verb,
    no subject), built by hand so that it does not depend on the model's parse: the aside
    "from the league" is no subject phrase, so the rules after it read the name."""
    nlp = spacy.load(model or config.shared_dir() / "models" / "en_core_web_sm-3.8.0")
    words = ["Tom", "Reeve", ",", "from", "the", "league", ",", "said", "footage", "was",
             "found", "."]
    heads = [1, 7, 7, 7, 5, 3, 7, 7, 10, 10, 7, 7]
    deps = ["compound", "npadvmod", "punct", "prep", "det", "pobj", "punct", "ROOT", "nsubjpass",
            "auxpass", "ccomp", "punct"]
    pos = ["PROPN", "PROPN", "PUNCT", "ADP", "DET", "NOUN", "PUNCT", "VERB", "NOUN", "AUX",
           "VERB", "PUNCT"]
    tags = ["NNP", "NNP", ",", "IN", "DT", "NN", ",", "VBD", "NN", "VBD", "VBN", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    assert phrase_before(doc, doc[7]) is None
    # a plain phrase set off before the verb is still one ("…, USA and European officials said")
    words = ["Talks", "failed", ",", "European", "officials", "said", "."]
    doc = Doc(nlp.vocab, words=words, heads=[1, 5, 5, 4, 5, 5, 5],
              deps=["nsubj", "ccomp", "punct", "amod", "npadvmod", "ROOT", "punct"],
              pos=["NOUN", "VERB", "PUNCT", "ADJ", "NOUN", "VERB", "PUNCT"],
              tags=["NNS", "VBD", ",", "JJ", "NNS", "VBD", "."])
    assert phrase_before(doc, doc[5]) == (3, 5)
