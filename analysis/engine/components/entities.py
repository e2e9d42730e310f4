"""The ``news_entities`` component: the repaired entity mentions (:mod:`analysis.engine.entities`)
with their canonical actors on ``doc._.mentions`` and the span group ``doc.spans["news_entities"]``.
"""

from __future__ import annotations

from spacy.language import Language

from ..budget import DEFAULT_SECONDS
from .base import _Stage, _store_mentions


class NewsEntities(_Stage):
    """The ``news_entities`` component (see the module docstring)."""

    def __call__(self, doc):
        from ..entities import article_mentions

        self.run(doc, lambda d: _store_mentions(d, article_mentions(d, self.aliases)))
        return doc


ENTITIES_CONFIG = {"aliases": None, "lexicons": None, "time_limit": DEFAULT_SECONDS}


@Language.factory("news_entities", default_config=ENTITIES_CONFIG,
                  assigns=["doc._.mentions", "doc.spans"])
def make_entities(nlp: Language, name: str, aliases, lexicons, time_limit) -> NewsEntities:
    """Factory of ``news_entities``. Config: ``aliases`` (rows ``[alias, canonical, label]``
    added to the packaged alias table), ``lexicons`` (overrides, see :mod:`analysis.lexicons`),
    ``time_limit`` (seconds per Doc; null: none)."""
    return NewsEntities(name, aliases, lexicons, time_limit)
