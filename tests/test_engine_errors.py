"""Per-article fault isolation: an exception raised for one article inside the engine (a
component, the tokenizer, the model, turning records into rows) becomes that article's
``engine_error`` row; the other articles go on, in-process and in worker processes."""

from __future__ import annotations

import os

import pandas as pd
import pytest
import spacy
from spacy.language import Language

from analysis import analyze
from analysis.corpus import Corpus
from analysis.engine import pipeline, rows
from analysis.engine.nlp import resolve_model
from analysis.engine.quotes import attribution

MARKER = "Quibblethorpe"  # an article holding this word makes the injected rule raise
_REAL_FIND_CUES = attribution.find_cues
_REAL_PREPARE = pipeline.prepare

ARTICLES = pd.DataFrame({
    "article_id": ["good-1", "bad", "good-2"],
    "text": ['"We will rebuild the bridge," the mayor said on Monday.',
             f'Tony Blair said the plan for {MARKER} was fine. "It works," he added.',
             'Critics warned that "the costs will double again," analysts said.'],
})


def _faulty_find_cues(doc, spans, text=None, **options):
    """The quote stage's cue finder, raising for texts that hold :data:`MARKER` (and naming the
    process it runs in)."""
    if MARKER in doc.text:
        raise ValueError(f"injected fault on {MARKER} in process {os.getpid()}")
    return _REAL_FIND_CUES(doc, spans, text, **options)


def _install_fault() -> None:
    attribution.find_cues = _faulty_find_cues


def _prepare_with_fault(target, config=None) -> None:
    """The worker initializer with the fault installed first (run in each worker process)."""
    _install_fault()
    _REAL_PREPARE(target, config)


@pytest.fixture
def fault(monkeypatch):
    """The failing rule, in this process and in every worker process a run starts."""
    monkeypatch.setattr(attribution, "find_cues", _faulty_find_cues)
    monkeypatch.setattr(pipeline, "prepare", _prepare_with_fault)
    # one article a shard, so that processes=2 really runs the three articles in workers
    monkeypatch.setattr("analysis.parallel.shard_size", lambda n, workers: 1)


def _check_isolated(corpus, errors=None):
    errors = corpus.errors if errors is None else errors
    assert sorted(corpus.articles["article_id"]) == ["good-1", "good-2"]
    assert set(corpus.quotes["article_id"]) == {"good-1", "good-2"}
    assert "bad" not in set(corpus.entities["article_id"])
    assert errors["problem"].tolist() == ["engine_error"]
    message = errors["message"].iloc[0]
    for part in ("article bad", "ValueError", f"injected fault on {MARKER}", "news_quotes"):
        assert part in message, message
    assert errors["path"].iloc[0] == "article bad"
    return message


@pytest.mark.parametrize("processes", [1, 2])
def test_a_failing_rule_costs_its_article_alone(fault, processes):
    corpus = analyze(ARTICLES, processes=processes, progress=False)
    message = _check_isolated(corpus)
    in_worker = f"in process {os.getpid()}" not in message
    assert in_worker == (processes == 2), message


def test_a_failed_article_is_not_stored_and_is_parsed_once_fixed(fault, monkeypatch, tmp_path):
    store = tmp_path / "store"
    corpus = analyze(ARTICLES, store=store, processes=1, progress=False)
    _check_isolated(corpus)
    assert corpus.meta["parsed"] == 3
    stored = Corpus.read(store)
    assert sorted(stored.articles["article_id"]) == ["good-1", "good-2"]
    monkeypatch.setattr(attribution, "find_cues", _REAL_FIND_CUES)  # the fault is fixed
    again = analyze(ARTICLES, store=store, processes=1, progress=False)
    assert (again.meta["parsed"], again.meta["reused"]) == (1, 2)
    assert sorted(again.articles["article_id"]) == ["bad", "good-1", "good-2"]
    assert "Tony Blair" in set(again.quotes.loc[again.quotes["article_id"] == "bad",
                                                "speaker_actor"])
    assert (again.errors["problem"] != "engine_error").all()


def test_a_component_keeps_its_fault_on_the_doc(fault):
    nlp = pipeline.news_pipeline()
    docs = list(nlp.pipe(ARTICLES["text"]))
    bad = docs[1]._.news_error
    assert bad["component"] == "news_quotes" and bad["type"] == "ValueError"
    assert MARKER in bad["message"] and docs[1]._.quotes is None
    assert docs[0]._.news_error is None and docs[0]._.quotes
    assert docs[2]._.news_error is None and docs[2]._.quotes
    assert rows.failed(docs[1]) == bad


def test_a_fault_while_making_rows_is_an_engine_error(monkeypatch):
    real = rows.quote_row

    def faulty(record, article_id, *args):
        if article_id == "bad":
            raise KeyError("speaker_role")
        return real(record, article_id, *args)

    monkeypatch.setattr(rows, "quote_row", faulty)
    items = list(zip(ARTICLES["article_id"], ARTICLES["text"]))
    result = pipeline.process_shard(items, resolve_model().target)
    assert [f[:2] for f in result.failures] == [("bad", "engine_error")]
    assert "KeyError in rows: 'speaker_role'" in result.failures[0][2]
    assert {r["article_id"] for r in result.quotes} == {"good-1", "good-2"}


@Language.component("test_explode_on_marker")
def _explode(doc):
    if MARKER in doc.text:
        raise RuntimeError("the model broke")
    return doc


class _FaultyTokenizer:
    def __init__(self, inner):
        self.inner = inner

    def __call__(self, text):
        if "tokenise-me-not" in text:
            raise UnicodeError("cannot tokenise")
        return self.inner(text)


def test_a_fault_in_a_model_component_or_the_tokenizer_costs_its_article_alone():
    nlp = spacy.blank("en")
    nlp.add_pipe("test_explode_on_marker")
    nlp.tokenizer = _FaultyTokenizer(nlp.tokenizer)
    items = [("a", "One text."), ("b", f"About {MARKER}."), ("c", "tokenise-me-not"),
             ("d", "Another text.")]
    out = list(pipeline.parse(nlp, items))
    assert sorted(article_id for _, article_id in out) == ["a", "b", "c", "d"]
    by_id = {article_id: doc for doc, article_id in out}
    assert by_id["a"].text == "One text." and by_id["d"].text == "Another text."
    model, tokenizer = by_id["b"], by_id["c"]
    assert isinstance(model, pipeline.EngineFault) and model.step == "test_explode_on_marker"
    assert (model.error_type, model.error) == ("RuntimeError", "the model broke")
    assert isinstance(tokenizer, pipeline.EngineFault) and tokenizer.step == "tokenizer"
    assert "article c: UnicodeError in tokenizer: cannot tokenise" in str(tokenizer)
