"""Records by name (analysis.engine.records): one frozen record per mention and quote, named
like the table's columns, kept on the Doc as mappings and turned into rows by name."""

from __future__ import annotations

import json
import os
from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest
from spacy.tokens import DocBin

from analysis.engine.components import Mention, Quote, mention_records, quote_records
from analysis.engine.nlp import resolve_model
from analysis.engine.pipeline import news_pipeline
from analysis.engine.records import (MentionRecord, QuoteRecord, column_fields, field_names,
                                     from_mapping, to_mapping)
from analysis.engine.rows import (CORPUS_QUOTE_COLUMNS, ENTITY_ROW_EXTRAS, QUOTE_ROW_EXTRAS,
                                  doc_rows)
from analysis.schema import ENTITIES, QUOTES

# rows of three articles as the engine gave them before records (positional lists on the Doc
# and in rows.py), per model; written by the code of commit b96e5fe
GOLD = json.loads((Path(__file__).parent / "data" / "records_rows.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def news():
    return news_pipeline()


@pytest.mark.parametrize("record, extras, table, later", [
    (MentionRecord, ENTITY_ROW_EXTRAS, ENTITIES, ()),
    (QuoteRecord, QUOTE_ROW_EXTRAS, QUOTES, CORPUS_QUOTE_COLUMNS)])
def test_record_fields_and_row_extras_are_the_table_columns(record, extras, table, later):
    columns = set(table.names)
    assert set(column_fields(record)) | set(extras) | set(later) == columns
    # each column comes from one place only; the extra fields are not columns
    assert not set(column_fields(record)) & set(extras)
    assert not (set(column_fields(record)) | set(extras)) & set(later)
    assert set(record.EXTRAS) <= set(field_names(record)) and not set(record.EXTRAS) & columns


def test_rows_are_the_rows_of_the_positional_engine(news):
    model = os.path.basename(resolve_model().target)
    if model not in GOLD["rows"]:
        pytest.skip(f"no recorded rows for model {model}")
    for name, text in GOLD["texts"].items():
        entities, quotes = doc_rows(news(text), name)
        expected = GOLD["rows"][model][name]
        # ``pronouns`` (narrative pronouns, issue 24) came after the recorded rows
        assert [{k: v for k, v in r.items() if k != "pronouns"} for r in entities] \
            == expected["entities"], name
        # ``confidence`` (issue 25) came after the recorded rows too
        assert [{k: v for k, v in r.items() if k != "confidence"} for r in quotes] \
            == expected["quotes"], name
        # the keys are in the schema's column order (the gender columns come later)
        assert all(list(r) == ENTITIES.names for r in entities)
        assert all(list(r) == [c for c in QUOTES.names if c not in CORPUS_QUOTE_COLUMNS]
                   for r in quotes)


def test_records_on_the_doc_are_mappings_by_field_name(news):
    doc = news(GOLD["texts"]["sources"])
    data = doc._.news_quotes_data
    assert data and all(isinstance(q, dict) and list(q) == list(field_names(QuoteRecord))
                        for q in data)
    assert all(isinstance(m, dict) and list(m) == list(field_names(MentionRecord))
               for m in doc._.news_mentions_data)
    records = quote_records(doc)
    assert all(isinstance(r, QuoteRecord) for r in records)
    assert [to_mapping(r) for r in records] == data
    with pytest.raises(FrozenInstanceError):
        records[0].kind = "direct"  # type: ignore[misc]


def test_typed_views_are_built_from_the_records(news):
    text = GOLD["texts"]["sources"]
    doc = news(text)
    for view, record in zip(doc._.quotes, quote_records(doc), strict=True):
        assert isinstance(view, Quote)
        assert (view.start, view.end, view.kind, view.cue_lemma, view.speaker_text,
                view.speaker_type, view.actor, view.role, view.continued) == (
            record.start, record.end, record.kind, record.cue_lemma, record.speaker,
            record.speaker_type, record.speaker_actor, record.speaker_role, record.continued)
        assert view.text == text[record.start:record.end] == view.span.text
        assert (view.cue.text if view.cue else None) == record.cue
        assert (view.speaker.text if view.speaker else None) == record.speaker
    for view, record in zip(doc._.mentions, mention_records(doc), strict=True):
        assert isinstance(view, Mention)
        assert (view.text, view.start, view.end, view.label, view.actor) == (
            record.text, record.start, record.end, record.label, record.actor)


def test_records_and_rows_survive_docbin_and_two_processes(news):
    texts = list(GOLD["texts"].values())
    docs = list(news.pipe(texts))
    expected = [doc_rows(d, str(i)) for i, d in enumerate(docs)]
    stored = DocBin(store_user_data=True, docs=docs).to_bytes()
    restored = list(DocBin().from_bytes(stored).get_docs(news.vocab))
    assert [quote_records(d) for d in restored] == [quote_records(d) for d in docs]
    assert [mention_records(d) for d in restored] == [mention_records(d) for d in docs]
    assert [doc_rows(d, str(i)) for i, d in enumerate(restored)] == expected
    piped = list(news.pipe(texts, n_process=2, batch_size=1))
    assert [doc_rows(d, str(i)) for i, d in enumerate(piped)] == expected


def test_a_record_is_read_by_name_only():
    record = QuoteRecord(start=3, end=9, kind="direct", speaker="Ann Lee", speaker_start=12,
                         speaker_end=19, speaker_type="person", speaker_actor="Ann Lee")
    assert from_mapping(QuoteRecord, to_mapping(record)) == record
    # the order of the keys does not matter
    assert from_mapping(QuoteRecord, dict(reversed(to_mapping(record).items()))) == record
    with pytest.raises(TypeError, match="expected a mapping"):
        from_mapping(QuoteRecord, list(to_mapping(record).values()))
    with pytest.raises(TypeError, match="unknown field"):
        from_mapping(MentionRecord, {"text": "X", "label": "ORG", "start": 0, "end": 1,
                                     "speaker_role": "spokesman"})
