"""The ``news_paragraphs`` component: no sentence, and no parse tree, across a paragraph break.
"""

from __future__ import annotations

from spacy.language import Language


def paragraph_sentence_starts(doc):
    """Mark the first token after a blank line as a sentence start (``Token.is_sent_start``).

    Run before the parser (which keeps boundaries set before it), so that no sentence, and no
    parse tree, spans two paragraphs: a headline, a timestamp ("2:40 p.m."), a section label or
    a photo credit standing as a paragraph of its own is never parsed as the subject of the
    next paragraph's verb. Single line breaks (hard-wrapped text) are not boundaries.
    """
    from ..segments import is_paragraph_break

    gap = ""  # the whitespace since the last word
    for tok in doc:
        if tok.is_space:
            gap += tok.text_with_ws
            continue
        if tok.i > 0 and is_paragraph_break(gap):
            tok.is_sent_start = True
        gap = tok.whitespace_
    return doc


@Language.component("news_paragraphs", assigns=["token.is_sent_start"])
def make_paragraphs(doc):
    """Component ``news_paragraphs``: :func:`paragraph_sentence_starts`; add it before the
    parser (``nlp.add_pipe("news_paragraphs", before="parser")``)."""
    return paragraph_sentence_starts(doc)
