"""The engine as spaCy pipeline components: ``news_entities`` and ``news_quotes``.

Registered with ``@Language.factory`` here and advertised through the ``spacy_factories``
entry point (``pyproject.toml``), so after ``pip install`` any spaCy pipeline can use them
without importing this package::

    nlp = spacy.load("en_core_web_sm")
    nlp.add_pipe("news_quotes")
    doc = nlp("“We will rebuild,” the mayor said.")
    doc._.quotes[0].speaker, doc._.quotes[0].kind      # (the mayor, 'direct')

* ``news_entities`` writes the repaired entity mentions (:mod:`analysis.engine.entities`) with their
  canonical actors: ``doc._.mentions`` (a tuple of :class:`Mention`) and the span group
  ``doc.spans["news_entities"]`` (labelled spans, for displaCy and friends).
* ``news_quotes`` writes ``doc._.quotes`` (a tuple of :class:`Quote`: ``.span``, ``.kind``,
  ``.cue``, ``.speaker`` (a ``Span`` or None), ``.speaker_type``, ``.role``, ``.actor``). It runs
  the entity stage itself when ``news_entities`` is not in the pipeline.

The results live on the Doc as lists of mappings, one a record named like the table's columns
(extension attributes ``news_mentions_data``, ``news_quotes_data``:
:class:`~analysis.engine.records.MentionRecord`, :class:`~analysis.engine.records.QuoteRecord`
as dicts by field name), so they survive ``Doc.to_bytes``, ``DocBin`` and
``nlp.pipe(n_process=2)``; the typed objects are built from them on access. Each component's
config holds its thresholds, its lexicon overrides (:mod:`analysis.lexicons`) and a per-article
``time_limit``: a Doc that runs over it gets ``doc._.news_timeout`` (the component's name) and
no results. An exception raised inside a component for one Doc is not raised: the Doc gets
``doc._.news_error`` (``{"component", "type", "message"}``) and no further results, and the
pipeline goes on with the next Doc. Nothing heavy is imported at module import (spaCy imports
this module whenever it builds a pipeline).
"""

from .base import (FAILED, MENTIONS_DATA, QUOTES_DATA, SPAN_GROUP, TIMEOUT, Mention, Quote,
                   _alias_rows, mention_records, quote_records)
from .entities import ENTITIES_CONFIG, NewsEntities, make_entities
from .hidden import make_hidden
from .paragraphs import make_paragraphs, paragraph_sentence_starts
from .quotes import QUOTES_CONFIG, NewsQuotes, make_quotes

__all__ = ["ENTITIES_CONFIG", "FAILED", "MENTIONS_DATA", "QUOTES_CONFIG", "QUOTES_DATA",
           "SPAN_GROUP", "TIMEOUT", "Mention", "NewsEntities", "NewsQuotes", "Quote", "_alias_rows",
           "make_entities", "make_hidden", "make_paragraphs", "make_quotes",
           "mention_records", "paragraph_sentence_starts", "quote_records"]
