"""The ``news_paragraphs`` component: no sentence, and no parse tree, across a paragraph break.
"""

from __future__ import annotations

from spacy.language import Language


def paragraph_sentence_starts(doc):
    """Mark the first token after each paragraph break as a sentence start
    (``Token.is_sent_start``); the breaks as :func:`analysis.engine.segments.paragraph_breaks`
    finds them (a blank line, possibly holding spaces).

    Run before the parser (which keeps boundaries set before it), so that no sentence, and no
    parse tree, spans two paragraphs: a headline, a timestamp ("2:40 p.m."), a section label or
    a photo credit standing as a paragraph of its own is never parsed as the subject of the
    next paragraph's verb. Single line breaks (hard-wrapped text) are not boundaries.
    """
    import bisect

    from spacy.attrs import IDX

    from ..segments import paragraph_breaks

    starts = [end for _, end in paragraph_breaks(doc.text)]  # each at a word's first character
    if starts:
        idx = doc.to_array(IDX).tolist()
        for offset in starts:
            i = bisect.bisect_left(idx, offset)
            if 0 < i < len(idx) and idx[i] == offset:
                doc[i].is_sent_start = True
    return doc


@Language.component("news_paragraphs", assigns=["token.is_sent_start"])
def make_paragraphs(doc):
    """Component ``news_paragraphs``: :func:`paragraph_sentence_starts`; add it before the
    parser (``nlp.add_pipe("news_paragraphs", before="parser")``)."""
    return paragraph_sentence_starts(doc)
