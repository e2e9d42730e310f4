"""From a processed ``Doc`` to table rows: the ``entities`` and ``quotes`` rows of one article.

The Doc has been through the ``news_entities`` and ``news_quotes`` components
(:mod:`analysis.engine.components`); this module only adds what belongs to the tables — ids
(``{article_id}-e{n}``, ``{article_id}-q{n}``), sentence and paragraph numbers, the column
names of :mod:`analysis.schema` — reading the components' plain data, never building Spans.
"""

from __future__ import annotations

from ..schema import ENTITIES, QUOTES
from .components.base import _QUOTE_FIELDS, MENTIONS_DATA, QUOTES_DATA, TIMEOUT
from .segments import doc_paragraph_starts, locate, sentence_starts
from .syntax import doc_text

_ENTITY_COLUMNS = ENTITIES.names
_QUOTE_COLUMNS = QUOTES.names


def timed_out(doc) -> str | None:
    """The component that ran over its time budget on ``doc``, or None."""
    return doc._.get(TIMEOUT)


def doc_rows(doc, article_id: str) -> tuple[list[dict], list[dict]]:
    """``(entity rows, quote rows)`` of one processed article, in text order.

    Raises:
        ValueError: the Doc was not processed by the components (or timed out: check
            :func:`timed_out` first).
    """
    mentions, quotes = doc._.get(MENTIONS_DATA), doc._.get(QUOTES_DATA)
    if mentions is None or quotes is None:
        raise ValueError(f"article {article_id}: the Doc has no news_entities/news_quotes "
                         f"results (build it with analysis.engine.pipeline.news_pipeline)")
    text = doc_text(doc)
    sentences, paragraphs = sentence_starts(doc), doc_paragraph_starts(doc)
    entities = [dict(zip(_ENTITY_COLUMNS, (
        article_id, f"{article_id}-e{n}", text[a:b], label, a, b, locate(a, sentences),
        locate(a, paragraphs), actor))) for n, (a, b, label, actor, _) in enumerate(mentions)]
    rows = []
    for n, values in enumerate(quotes):
        q = dict(zip(_QUOTE_FIELDS, values))
        rows.append(dict(zip(_QUOTE_COLUMNS, (
            article_id, f"{article_id}-q{n}", text[q["start"]:q["end"]], q["start"], q["end"],
            q["kind"], q["cue_text"], q["cue_lemma"], q["speaker_text"], q["speaker_start"],
            q["speaker_end"], q["speaker_type"], q["actor"], q["role"],
            locate(q["start"], sentences), locate(q["start"], paragraphs)))))
    return entities, rows
