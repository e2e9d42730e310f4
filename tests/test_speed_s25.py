"""Session 21's speed helpers (helper s25-speed), which must answer exactly as what they replace.

* :func:`analysis.engine.syntax.char_span` is spaCy's ``Doc.char_span(…, alignment_mode=
  "expand")`` found by bisecting the token offsets kept on the Doc's index: the same span (or
  None, or the same error) for every pair of offsets of realistic news text, both models —
  offsets inside a word, on the space after a token, at a paragraph break, past the text.
* :meth:`analysis.engine.syntax.DocIndex.column` numbers each distinct value of an attribute;
  spellings that lower to one value ("Said" opening a sentence, "said", "SAID") all map to
  it, so :func:`analysis.engine.syntax.positions` finds every one.
* :func:`analysis.lexicons.words` keeps its frozensets per set of lexicons: an override is read
  inside its ``use_lexicons`` block, the packaged list outside it.
"""

from __future__ import annotations

import pytest

from analysis import lexicons
from analysis.engine.syntax import char_span, index, positions

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


def _answer(doc, start: int, end: int, label: str, mine: bool):
    try:
        span = char_span(doc, start, end, label) if mine else \
            doc.char_span(start, end, label=label, alignment_mode="expand")
    except Exception as exc:  # noqa: BLE001 - the same error is the same answer
        return type(exc)
    return None if span is None else (span.start, span.end, span.label_)


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
@pytest.mark.parametrize("text", TEXTS)
def test_char_span_is_spacys_expand(text, model):
    doc = _doc(text, model)
    offsets = range(-2, len(text) + 3)
    for start in offsets:
        for end in range(start - 1, min(start + 40, len(text) + 3)):
            for label in ("", "PERSON"):
                assert _answer(doc, start, end, label, True) == \
                    _answer(doc, start, end, label, False), (start, end, label)


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_char_span_of_a_name(model):
    text = TEXTS[0]
    doc = _doc(text, model)
    start = text.index("Maria")
    span = char_span(doc, start, start + len("Maria Lindqvist"), "PERSON")
    assert span.text == "Maria Lindqvist" and span.label_ == "PERSON"
    # inside a word, the whole word; on the space after a token, from the next token
    assert char_span(doc, start + 2, start + 8).text == "Maria Lindqvist"
    assert char_span(doc, start - 1, start + 5).text == "Maria"  # the space after ","
    assert char_span(doc, start - 2, start + 5).text == ", Maria"  # the comma itself


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
