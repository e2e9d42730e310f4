"""The ``news_paragraphs`` component: no sentence, and no parse tree, across a paragraph break
(nor across a full stop the tokenizer kept on an amount's "m.": :func:`amount_sentence_starts`).
"""

from __future__ import annotations

import re

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

    text = doc.text
    starts = [end for _, end in paragraph_breaks(text)]  # each at a word's first character
    starts += amount_sentence_starts(text)
    if starts:
        idx = doc.to_array(IDX).tolist()
        for offset in starts:
            i = bisect.bisect_left(idx, offset)
            if 0 < i < len(idx) and idx[i] == offset:
                doc[i].is_sent_start = True
    return doc


# "£6.5m. On Thursday": the tokenizer keeps "m." whole (an initial's exception), so the full
# stop ends no sentence
_AMOUNT_STOP = re.compile(r"(?<=\d)m\.\s+(?=[A-Z])")


def amount_sentence_starts(text: str) -> list[int]:
    """The offsets of the words that open a sentence after an amount in millions ending the one
    before ("… for £6.5m. On Thursday Rangers said …", "to 294.3m. The figures …"), session 17.
    The tokenizer reads "m." after a number as one token (the exception for initials), so the
    full stop was no sentence end to the parser: both models then joined the two sentences and
    gave one's clause to the other's speech verb as its content. A capital letter after the
    space is required ("a 5m. long pole" is left alone); one regular-expression pass."""
    return [m.end() for m in _AMOUNT_STOP.finditer(text)]


@Language.component("news_paragraphs", assigns=["token.is_sent_start"])
def make_paragraphs(doc):
    """Component ``news_paragraphs``: :func:`paragraph_sentence_starts`; add it before the
    parser (``nlp.add_pipe("news_paragraphs", before="parser")``)."""
    return paragraph_sentence_starts(doc)
