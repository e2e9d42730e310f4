"""From a processed ``Doc`` to table rows: the ``entities`` and ``quotes`` rows of one article.

The Doc has been through the ``news_entities`` and ``news_quotes`` components
(:mod:`analysis.engine.components`), which keep one record per result on it
(:mod:`analysis.engine.records`: fields named like the table's columns). A row is built BY
NAME: the record's column fields (:func:`analysis.engine.records.column_fields`) plus the row
extras only the table keeps — the article id, the ids (``{article_id}-e{n}``,
``{article_id}-q{n}``), the quote's text, sentence and paragraph numbers
(:data:`ENTITY_ROW_EXTRAS`, :data:`QUOTE_ROW_EXTRAS`) — in the column order of
:mod:`analysis.schema`. The quotes columns :data:`CORPUS_QUOTE_COLUMNS` are filled by the corpus
step (:mod:`analysis.assembly.gender`), not here. No Span is built.
"""

from __future__ import annotations

from ..schema import ENTITIES, QUOTES
from .components.base import FAILED, TIMEOUT, mention_records, quote_records
from .records import MentionRecord, QuoteRecord, column_fields
from .segments import doc_paragraph_starts, locate, sentence_starts
from .syntax import doc_text

#: the ``entities`` columns a row adds to a :class:`MentionRecord`'s column fields
ENTITY_ROW_EXTRAS = ("article_id", "entity_id", "sentence_id", "paragraph_id")
#: the ``quotes`` columns a row adds to a :class:`QuoteRecord`'s column fields
QUOTE_ROW_EXTRAS = ("article_id", "quote_id", "quote", "sentence_id", "paragraph_id")
#: the ``quotes`` columns the corpus step fills (:func:`analysis.assembly.gender.speaker_genders`)
CORPUS_QUOTE_COLUMNS = ("speaker_gender", "gender_source")

_ENTITY_COLUMNS = tuple(ENTITIES.names)
_QUOTE_COLUMNS = tuple(c for c in QUOTES.names if c not in CORPUS_QUOTE_COLUMNS)
# every column is a record's column field or a row extra, by name (tests/test_records.py)
for _columns, _record, _extras in ((_ENTITY_COLUMNS, MentionRecord, ENTITY_ROW_EXTRAS),
                                   (_QUOTE_COLUMNS, QuoteRecord, QUOTE_ROW_EXTRAS)):
    if set(_columns) != set(column_fields(_record)) | set(_extras):
        raise ImportError(f"{_record.__name__} fields + row extras do not match the columns "
                          f"{_columns} of analysis.schema")


def timed_out(doc) -> str | None:
    """The component that ran over its time budget on ``doc``, or None."""
    return doc._.get(TIMEOUT)


def failed(doc) -> dict | None:
    """``{"component", "type", "message"}`` of the exception a component raised on ``doc``
    (kept on the Doc instead of raised: :class:`analysis.engine.components.base._Stage`), or
    None."""
    return doc._.get(FAILED)


def mention_row(record: MentionRecord, article_id: str, n: int, sentences, paragraphs) -> dict:
    """The ``entities`` row of the ``n``-th mention of article ``article_id``, by name:
    the record's column fields and the row extras (``sentences``, ``paragraphs``: the start
    offsets :func:`analysis.engine.segments.locate` looks the mention's start up in)."""
    extras = {"article_id": article_id, "entity_id": f"{article_id}-e{n}",
              "sentence_id": locate(record.start, sentences),
              "paragraph_id": locate(record.start, paragraphs)}
    fields = record.__dict__  # the record's fields by name (analysis.engine.records.to_mapping)
    return {name: extras[name] if name in extras else fields[name] for name in _ENTITY_COLUMNS}


def quote_row(record: QuoteRecord, article_id: str, n: int, text: str, sentences,
              paragraphs) -> dict:
    """The ``quotes`` row of the ``n``-th quote of article ``article_id`` (whose text is
    ``text``), by name: the record's column fields and the row extras; without the columns the
    corpus step fills (:data:`CORPUS_QUOTE_COLUMNS`)."""
    extras = {"article_id": article_id, "quote_id": f"{article_id}-q{n}",
              "quote": text[record.start:record.end],
              "sentence_id": locate(record.start, sentences),
              "paragraph_id": locate(record.start, paragraphs)}
    fields = record.__dict__
    return {name: extras[name] if name in extras else fields[name] for name in _QUOTE_COLUMNS}


def doc_rows(doc, article_id: str) -> tuple[list[dict], list[dict]]:
    """``(entity rows, quote rows)`` of one processed article, in text order.

    Raises:
        ValueError: the Doc was not processed by the components (or timed out or failed:
            check :func:`timed_out` and :func:`failed` first).
    """
    mentions, quotes = mention_records(doc), quote_records(doc)
    if mentions is None or quotes is None:
        raise ValueError(f"article {article_id}: the Doc has no news_entities/news_quotes "
                         f"results (build it with analysis.engine.pipeline.news_pipeline)")
    text = doc_text(doc)
    sentences, paragraphs = sentence_starts(doc), doc_paragraph_starts(doc)
    return ([mention_row(m, article_id, n, sentences, paragraphs)
             for n, m in enumerate(mentions)],
            [quote_row(q, article_id, n, text, sentences, paragraphs)
             for n, q in enumerate(quotes)])
