"""The ``news_hidden`` component: words holding an invisible format character or an overlay mark
read as their clean form (the text is not changed).
"""

from __future__ import annotations

from spacy.language import Language


@Language.component("news_hidden")
def make_hidden(doc):
    """Component ``news_hidden``: :func:`analysis.engine.entities.see_through_hidden` (invisible
    format characters and strike-through inside words); add it first
    (``nlp.add_pipe("news_hidden", first=True)``)."""
    from ..entities import see_through_hidden

    return see_through_hidden(doc)
