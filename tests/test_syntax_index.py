"""The constant-time views of :mod:`analysis.engine.syntax` give what spaCy gives: children and
right children of every token (text order), the tokens whose lemma or lower-cased form is in a
word list, and names normalised the same way when asked again (the per-lexicons memo of
:mod:`analysis.engine.names`). Sentences of our own."""

from __future__ import annotations

import pytest

from analysis import lexicons
from analysis.engine.names import normalise, royal_form
from analysis.engine.syntax import kids, positions, rights
from tests.helpers import parse

TEXTS = [
    "The mayor said on Tuesday that the bridge, which opened in 1998, would close.",
    "“We are not leaving,” said Dana Whitfield, who chairs the tenants' group. She added: "
    "“Nobody asked us.”",
    "Asked about the vote, the senator declined to comment.\n\nHe Said It. SHE SAYS NO.",
    "Ok.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_children_as_spacy(text):
    doc = parse(text)
    for tok in doc:
        assert [c.i for c in kids(tok)] == [c.i for c in tok.children]
        assert [c.i for c in rights(tok)] == [c.i for c in tok.rights]


@pytest.mark.parametrize("text", TEXTS)
def test_positions_as_a_scan(text):
    doc = parse(text)
    verbs = lexicons.speech_verbs()[0]
    assert positions(doc, verbs) == [t.i for t in doc if t.lemma_.lower() in verbs]
    for words in (frozenset({"he", "she", "said"}), frozenset(), frozenset({"nobody"})):
        assert positions(doc, words, attr="LOWER") == [t.i for t in doc if t.lower_ in words]


def test_names_memo_gives_the_same_answer():
    for _ in range(2):
        assert normalise("the Spurs'", "ORG") == "Spurs"
        assert normalise("President Joe Biden", "PERSON") == "Joe Biden"
        assert royal_form("Crown Prince Frederik") == ("Crown Prince", "Frederik")
        assert royal_form("Prince William Windsor") is None
    # another set of lexicons has a memo of its own
    with lexicons.use_lexicons({"titles": {"add": ["bandleader"]}}):
        assert normalise("Bandleader Joe Biden", "PERSON") == "Joe Biden"
    assert normalise("Bandleader Joe Biden", "PERSON") == "Bandleader Joe Biden"
