"""Non-speech senses of cue verbs (issue 25 class 3).

Class: a cue verb in the passive without a by-agent ("the firm was told that …", "customers who
were told they would get a refund", "after being informed that …", "only to be told to wait")
or a past participle opening its sentence ("Warned that the bridge was unsafe, the council
closed it"): the one named beside the verb was told, warned or asked; who spoke is unknown. The
old code gave the quote to the hearer (the passive subject, the noun a relative clause
modifies, the subject of the clause the participle hangs on). And a participle the parser made
the root ("Asked later - war or not - the admiral chuckled") reported its own main clause (tested
on that parse, built by hand: the models produce it only in some contexts).

Rules: analysis.engine.quotes.subjects.heard / fronted_participle (the speaker is unknown, no
name around the verb is tried) and analysis.engine.quotes.cues._main_clause (the main clause
after a fronted participle is no content). With a by-agent, the one addressed by a passive
request or warning ("The mayor was warned by police about …") was given as the agent's words;
now never (analysis.engine.quotes.cues._passive_subject), and a that-clause the parser hung on
the agent is the content ("The staff were told by the manager | that the shop …").

Guards, following PolNeAR's own convention (counts in NOTES-senses.md): a by-agent names the
speaker; requests ("asked the government to review …") and first-person narration ("I told
her that …") stay quotes with their speaker.
"""

from __future__ import annotations

from functools import lru_cache

import pandas as pd
import pytest

from analysis import analyze, config

MODELS = [None, str(config.shared_dir() / "models" / "en_news_sm-3.8.0")]
MODEL_IDS = ["en_core_web_sm", "en_news_sm"]

HEARD = [
    # (article, the cue verb, words of its content)
    ("Customers who were told they would get a refund are still waiting for their money.",
     "told", "they would get a refund"),
    ("After being informed that he would be charged, the driver left the police station.",
     "informed", "he would be charged"),
    ("Mr Hollis called the company only to be told to wait for as long as three hours.",
     "told", "to wait for as long as three hours"),
    ("Mr Patel, who was told that his job was safe, lost it a week later.",
     "told", "his job was safe"),
    ("Warned that the bridge was unsafe, the council closed it overnight.",
     "Warned", "the bridge was unsafe"),
]

MAIN_CLAUSE = [
    "Asked about the report on Monday, the minister chuckled.",
    "Told of the decision, the players were furious.",
]

# a question verb opening the sentence as a participle: what follows is the question put to
# the subject, never a statement (en_news_sm reported "the senator wins the nomination" as the
# actress's words); her reply stays hers
ASKED = ("Asked about her own vote in the event that the senator wins the nomination, the "
         "actress replied: \u201cI don\u2019t know. I\u2019m going to see what happens.\u201d")

# "Asked later - war or not - the admiral chuckled." as both shared models parse such a
# sentence in running text (PolNeAR train has one): the participle as the root, the main clause
# as its clausal complement. (word, tag, pos, dep, head, lemma)
MISPARSED = [("Asked", "VBN", "VERB", "ROOT", 0, "ask"),
             ("later", "RB", "ADV", "advmod", 0, "later"),
             ("-", "HYPH", "PUNCT", "punct", 3, "-"), ("war", "NN", "NOUN", "dobj", 0, "war"),
             ("or", "CC", "CCONJ", "cc", 3, "or"), ("not", "RB", "PART", "neg", 3, "not"),
             ("-", ",", "PUNCT", "punct", 0, "-"), ("the", "DT", "DET", "det", 8, "the"),
             ("admiral", "NN", "NOUN", "nsubj", 9, "admiral"),
             ("chuckled", "VBD", "VERB", "ccomp", 0, "chuckle"),
             (".", ".", "PUNCT", "punct", 9, ".")]

ADDRESSED = [
    # (article, the one addressed, which the old code gave as the agent's words)
    ("The mayor was warned by police about the protest on Friday.", "The mayor"),
    ("Mr Patel was told by his doctors about the risks of the operation.", "Mr Patel"),
]

KEPT = [
    # (article, speaker, words of the content): PolNeAR annotates these, the rules keep them
    ("The staff were told by the manager that the shop would close in June.",
     "the manager", "the shop would close in June"),
    ("The minister was urged by campaigners to scrap the tax.", "campaigners", "to scrap the tax"),
    ("A different side of the story was told by the local newspaper, which found the letters.",
     "the local newspaper", "A different side of the story"),
    ("Asked about the cuts, the minister said the budget was fair.",
     "the minister", "the budget was fair"),
    ("The senator asked the government to review the policy before the summer.",
     "The senator", "to review the policy"),
    ("I told her that the train would be late, but she did not believe me.",
     "I", "the train would be late"),
]


@lru_cache(maxsize=4)
def _read(model: str | None) -> dict[str, list[dict]]:
    """Every article above, analysed once per model: its quotes as records."""
    texts = [row[0] for row in HEARD] + MAIN_CLAUSE + [row[0] for row in ADDRESSED] \
        + [row[0] for row in KEPT] + [ASKED]
    corpus = analyze(texts, model=model, progress=False)
    quotes = corpus.quotes
    return {text: quotes[quotes["article_id"] == aid].to_dict("records")
            for aid, text in zip(corpus.articles["article_id"], texts)}


def _with(model, text, words) -> dict:
    found = [q for q in _read(model)[text] if words in q["quote"]]
    assert len(found) == 1, [(q["quote"], q["speaker"]) for q in _read(model)[text]]
    return found[0]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
@pytest.mark.parametrize("text,cue,words", HEARD)
def test_a_passive_cue_without_agent_has_no_speaker_not_its_hearer(model, text, cue, words):
    q = _with(model, text, words)  # the report stays: at most an unnamed source said it
    assert q["cue"] == cue
    assert pd.isna(q["speaker"]), q["speaker"]
    assert q["speaker_type"] == "unknown"


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
@pytest.mark.parametrize("text", MAIN_CLAUSE)
def test_a_fronted_participle_with_no_clause_of_its_own_is_no_quote(model, text):
    assert _read(model)[text] == []


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_the_question_put_to_a_speaker_is_not_a_statement(model):
    found = [(q["quote"], q["speaker"]) for q in _read(model)[ASKED]]
    assert found == [("I don\u2019t know. I\u2019m going to see what happens.", "the actress")]


def test_the_main_clause_a_parser_hung_on_a_fronted_participle_is_not_its_content():
    import spacy
    from spacy.tokens import Doc

    from analysis.engine.quotes.cues import find_cues

    doc = Doc(spacy.blank("en").vocab, words=[r[0] for r in MISPARSED],
              spaces=[True] * 9 + [False, False], tags=[r[1] for r in MISPARSED],
              pos=[r[2] for r in MISPARSED], deps=[r[3] for r in MISPARSED],
              heads=[r[4] for r in MISPARSED], lemmas=[r[5] for r in MISPARSED])
    assert doc.text == "Asked later - war or not - the admiral chuckled."
    cues = find_cues(doc, [])
    assert [(c.text, c.content, c.speaker_head) for c in cues] == [("Asked", None, None)]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
@pytest.mark.parametrize("text,addressee", ADDRESSED)
def test_the_one_addressed_by_a_passive_request_or_warning_is_not_what_was_said(
        model, text, addressee):
    assert not any(q["quote"] == addressee for q in _read(model)[text]), _read(model)[text]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
@pytest.mark.parametrize("text,speaker,words", KEPT)
def test_agents_requests_and_first_person_keep_their_speaker(model, text, speaker, words):
    q = _with(model, text, words)
    assert q["speaker"] == speaker
