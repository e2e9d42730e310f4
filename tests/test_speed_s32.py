"""Session 27's speed work (helper s32-speed): :func:`analysis.engine.syntax.positions` reads
each token's lower-cased lemma or form as a number of a process-wide numbering
(:class:`analysis.engine.syntax._Forms`, :meth:`analysis.engine.syntax.DocIndex.form_ids`) and
a word list as a table of those numbers. What it must still answer, on sentences of our own,
both models: the tokens a plain scan finds, for every spelling ("Said", "said", "SAID"); a word
list built before a Doc with words never seen before (numbered after the list: none of its
words, the table padded), and a word first seen after its list was built, but in it; two Docs
in turn; a new numbering when the old one is full (a Doc keeps the one it was read with); the
empty Doc and the empty list. Negative cases: a word list in capitals matches no token (the
values are lower-cased, as before); a word of another list is not found.
"""

from __future__ import annotations

import pytest

from analysis.engine import syntax
from analysis.engine.syntax import _Forms, index, positions

from .helpers import MODEL_IDS, MODELS

TEXTS = [
    "Said the harbour master: \"The pier stays shut.\" Fishermen said they were SAID to be "
    "angry. Nobody said otherwise.",
    "The council's treasurer, Odile Marchetti, told reporters the levy would rise. She added "
    "that the rise was modest and argued it was overdue.",
    "Zorvath-Kiml quibbled, then prevaricated; Quenby harrumphed.",
]


def _doc(text: str, model):
    from analysis.engine.nlp import load_pipeline

    return load_pipeline(model)(text)


def _scan(doc, words, attr):
    value = (lambda t: t.lemma_) if attr == "LEMMA" else (lambda t: t.lower_) \
        if attr == "LOWER" else (lambda t: t.text)
    return [t.i for t in doc if value(t).lower() in words]


WORD_LISTS = [frozenset({"say", "tell", "add", "argue"}), frozenset({"said", "she", "nobody"}),
              frozenset({"quibble", "prevaricate", "harrumph", "quibbled", "harrumphed"}),
              frozenset()]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_positions_as_a_scan_for_docs_in_turn(model):
    docs = [_doc(t, model) for t in TEXTS]
    for _ in range(2):  # the second round: every form numbered, every table built
        for doc in docs:
            for words in WORD_LISTS:
                for attr in ("LEMMA", "LOWER", "ORTH"):
                    assert positions(doc, words, attr=attr) == _scan(doc, words, attr)


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_said_in_every_spelling(model):
    doc = _doc(TEXTS[0], model)
    found = positions(doc, frozenset({"said"}), attr="LOWER")
    assert [doc[i].text for i in found] == ["Said", "said", "SAID", "said"]
    # a list in capitals: the values it is compared with are lower-cased, so no token
    assert positions(doc, frozenset({"SAID", "Said"}), attr="LOWER") == []
    assert [doc[i].text for i in positions(doc, frozenset({"pier"}), attr="LOWER")] == ["pier"]
    assert positions(doc, frozenset({"quay"}), attr="LOWER") == []


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_list_built_before_its_words_are_seen(model, monkeypatch):
    forms = _Forms()
    monkeypatch.setattr(syntax, "_forms", forms)
    monkeypatch.setattr(syntax, "_TABLE_SLACK", 8)
    doc = _doc(TEXTS[1], model)
    words = frozenset({"marchetti", "zorvath-kiml", "quenby"})
    assert positions(doc, words, attr="LOWER") == _scan(doc, words, "LOWER")
    table = forms.tables[words]
    # a Doc with many words never seen: numbered after the list, none of its words
    odd = _doc(" ".join(f"Wuxl{k}" for k in range(40)) + " Quenby.",
               model)
    assert positions(odd, words, attr="LOWER") == [len(odd) - 2]
    assert len(forms.tables[words]) > len(table) and len(forms.tables[words]) >= \
        len(forms.of_form)
    other = _doc(TEXTS[2], model)
    # words of the list first seen now, after the list was built: found
    assert "Quenby" in [other[i].text for i in positions(other, words, attr="LOWER")]
    assert positions(other, words, attr="LOWER") == _scan(other, words, "LOWER")


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_new_numbering_when_full(model, monkeypatch):
    monkeypatch.setattr(syntax, "_forms", _Forms())
    monkeypatch.setattr(syntax, "_FORMS_MAX", 5)
    one, two = _doc(TEXTS[0], model), _doc(TEXTS[1], model)
    words = WORD_LISTS[0] | WORD_LISTS[1]
    assert positions(one, words) == _scan(one, words, "LEMMA")
    first = index(one).form_ids("LEMMA")[0]
    assert positions(two, words) == _scan(two, words, "LEMMA")  # a new numbering
    assert index(two).form_ids("LEMMA")[0] is not first
    # the first Doc, read again, keeps to a numbering of its own and answers the same
    assert positions(one, words, attr="LOWER") == _scan(one, words, "LOWER")


def test_the_empty_doc_and_list():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    assert positions(Doc(Vocab(), words=[]), frozenset({"say"})) == []
    forms = _Forms()
    assert not forms.hits(frozenset()).any()
    assert forms.numbers(None, []) == []
