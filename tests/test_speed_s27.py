"""Session 23 (helper s27-speed): the per-Doc token arrays the rules read instead of spaCy
``Token`` objects must give what the ``Token`` attributes give, on both models. Sentences of our
own; the engine's behaviour itself is covered by the existing tests (the speed changes left the
output of 500 BBC articles and PolNeAR dev identical, cell by cell:
``benchmarks/identical_output_s18.py``)."""

from __future__ import annotations

from functools import lru_cache

import pytest

from analysis.engine import syntax

from .helpers import MODEL_IDS, MODELS

TEXTS = [
    "Ms Okafor, who chairs the Ashby Valley trust, said on Tuesday: “We are not going anywhere.” "
    "Her deputy, Tom Reyes, added that the £3.5m plan was “dead in the water”.",
    "“Seriously?” asked the mayor. The council's chief executive - a former nurse - told "
    "reporters it wasn't over, and BBC Radio Kent's presenter laughed.\n\nREAD MORE: Storm hits "
    "coast",
    "",
]


@lru_cache(maxsize=None)
def _nlp(model):
    from analysis.engine.nlp import load_pipeline

    return load_pipeline(model) if model else load_pipeline()


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
@pytest.mark.parametrize("text", TEXTS)
def test_token_strings_match_token_attributes(model, text):
    doc = _nlp(model)(text)
    ix = syntax.DocIndex(doc)
    for attr, read in [("ORTH", lambda t: t.text), ("LOWER", lambda t: t.lower_),
                       ("DEP", lambda t: t.dep_), ("POS", lambda t: t.pos_),
                       ("TAG", lambda t: t.tag_), ("ENT_TYPE", lambda t: t.ent_type_),
                       ("LEMMA", lambda t: t.lemma_)]:
        assert ix.strings(attr) == [read(t) for t in doc], attr
    assert ix.strings("DEP") is ix.strings("DEP")  # read once per Doc


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
@pytest.mark.parametrize("text", TEXTS + ["A Lovell-Badge plan - the last one -", "Anti- ",
                                  "“Fine,”  he said.\n\n  “No.”\t"])
def test_spaces_and_glued_hyphens_match_tokens(model, text):
    doc = _nlp(model)(text)
    ix = syntax.DocIndex(doc)
    assert ix.values("SPACY") == [1 if t.whitespace_ else 0 for t in doc]
    assert ix.values("IS_PUNCT") == [int(t.is_punct) for t in doc]
    assert ix.values("IS_SPACE") == [int(t.is_space) for t in doc]
    assert ix.values("IDX") == [t.idx for t in doc] == ix.starts
    assert [v == syntax.IOB_INSIDE for v in ix.values("ENT_IOB")] == [t.ent_iob_ == "I"
                                                                       for t in doc]
    syntax._local.index = None
    assert [syntax.glued_hyphen(doc, i) for i in range(-1, len(doc) + 1)] == [
        0 < i < len(doc) and doc[i].text == "-" and not doc[i - 1].whitespace_
        and not doc[i].whitespace_ for i in range(-1, len(doc) + 1)]
