"""Session 21's speed work (helper s25-speed): what the look-ups it made cheaper must still answer.

* :func:`analysis.engine.syntax.kids` reads the thread's Doc index without a call when it is
  the token's Doc's, and builds the right one when it is not (two Docs in turn).
* :meth:`analysis.engine.syntax.DocIndex.column` numbers each distinct value of an attribute;
  spellings that lower to one value ("Said" opening a sentence, "said", "SAID") all map to
  it, so :func:`analysis.engine.syntax.positions` finds every one.
* :func:`analysis.lexicons.words` keeps its frozensets per set of lexicons: an override is read
  inside its ``use_lexicons`` block, the packaged list outside it.
"""

from __future__ import annotations

import pytest

from analysis import lexicons
from analysis.engine.syntax import index, kids, positions

from .helpers import MODEL_IDS, MODELS

TEXTS = [
    "“We will not reopen the bridge until it is safe,” the council’s engineer, Maria Lindqvist, "
    "said on Tuesday.\n\nDrivers face a 12-mile detour.  Local shops say trade has halved.",
    "Said the mayor: \"Nobody expected the river to rise so fast.\" Residents said they were "
    "told to leave at 3am. SAID, a charity, said it would help.",
    "  A short line.\n",
]


def _doc(text: str, model):
    from analysis.engine.nlp import load_pipeline

    return load_pipeline(model)(text)


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_positions_find_both_spellings(model):
    text = TEXTS[1]
    doc = _doc(text, model)
    found = positions(doc, frozenset({"said"}), attr="LOWER")
    assert [doc[i].text for i in found] == ["Said", "said", "SAID", "said"]
    codes, values, size = index(doc).column("ORTH")  # as written: three spellings, one value
    assert len(values["said"]) == 3 and len(set(codes.tolist())) == size
    assert positions(doc, frozenset({"said"}), attr="ORTH") == found
    assert positions(doc, frozenset({"nobody", "river"}), attr="LOWER") == \
        [t.i for t in doc if t.lower_ in ("nobody", "river")]


def test_words_follow_the_active_lexicons():
    packaged = lexicons.words("honorifics")
    assert "sheriff" not in packaged
    with lexicons.use_lexicons({"honorifics": {"add": ["Sheriff"], "remove": ["dame"]}}):
        assert lexicons.words("honorifics") == packaged - {"dame"} | {"sheriff"}
    assert lexicons.words("honorifics") is packaged


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_kids_of_two_docs_in_turn(model):
    one, two = _doc(TEXTS[0], model), _doc(TEXTS[1], model)
    for tok_one, tok_two in zip(one, two):
        assert [c.i for c in kids(tok_one)] == [c.i for c in tok_one.children]
        assert [c.i for c in kids(tok_two)] == [c.i for c in tok_two.children]
