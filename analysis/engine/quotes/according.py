"""Stage 2, "according to X": the cue, the source phrase and the content.

X speaks: the object of "to", or the author of the document it names ("a Twitter post by
Jane Holt": :func:`.subjects.document_author`). Where the parser made X a verb ("according
to/TO eyewitness/VB Marc Dubois"), the source is read from the surface words after "to"
(nouns and adjectives, up to the end of a name; never a wh-word, preposition or adverb). A
singular role noun's name set off after a comma ("according to his lawyer, Peter Hall") is the
speaker, not after an organisation, group or document noun, and not before an age. The content
is the longer side of the sentence, or the whole sentence when the phrase is set off by commas
inside the clause it sources (:func:`.parenthetical.parenthetical_source`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..syntax import kids, sent_of
from .parenthetical import parenthetical_source
from .spans import Intervals, content_span, subtree_span
from .subjects import QUOTE_MARKS, document_author, noun_class
from .types import Cue

if TYPE_CHECKING:
    from spacy.tokens import Token


def according_to_cue(tok: Token, text: str, inside: Intervals) -> Cue | None:
    """"according to X": X (or the author of X's document) speaks; the content is the longer
    side of the sentence, or the whole sentence when the phrase is set off by commas inside
    the clause it sources ("The plan, according to officials, will cost £2bn";
    :func:`.parenthetical.parenthetical_source`)."""
    doc = tok.doc
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to" or tok.idx in inside:
        return None
    to = doc[tok.i + 1]
    pobj, source = according_source(to)
    if pobj is None:
        return None
    aside = parenthetical_source(tok, pobj, text, inside)  # "The plan, according to X, will …"
    sent = sent_of(tok)
    prep = tok if tok.dep_ == "prep" else to
    a, b = subtree_span(prep) if prep.dep_ == "prep" else (
        tok.idx, pobj.right_edge.idx + len(pobj.right_edge.text))
    a = min(a, tok.idx)
    if source is not None:
        b = max(b, source[1])  # the content never holds the source phrase
    left = content_span(text, sent.start_char, a)
    right = content_span(text, b, sent.end_char)
    content = aside or (left if left[1] - left[0] >= right[1] - right[0] else right)
    end = to.idx + len(to.text)
    return Cue(tok.idx, end, text[tok.idx:end], "according to", pobj,
               content if content[1] > content[0] else None, according_to=True, token_i=tok.i,
               speaker_span=source)


#: tags a source phrase misparsed after "according to" may continue with (after its first word)
_SOURCE_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "POS"})
#: tags that never start a source phrase read from the surface (wh-words, prepositions, adverbs)
_NOT_SOURCE_TAGS = frozenset({"WRB", "WP", "WP$", "WDT", "IN", "TO", "CC", "RB", "EX"})
#: at most this many words in a source phrase read from the surface
_SOURCE_WORDS = 8


def _in_word(tok: Token) -> bool:
    """Whether a punctuation token joins two words without spaces ("semi-official")."""
    return tok.text in ("-", "/", "&") and not tok.whitespace_ and tok.i > 0 \
        and not tok.doc[tok.i - 1].whitespace_


def according_source(to: Token) -> tuple[Token | None, tuple[int, int] | None]:
    """The source of "according to X": its head token and, where the parse did not give the
    phrase as the head's subtree, its character span (else None); ``(None, None)`` when there
    is none.

    * The object of *to* as parsed, or the author of the document it names ("a count by The
      Associated Press", "a Twitter post by Jane Holt": :func:`.subjects.document_author`).
    * A misparse, where *to* has no object or its object is tagged a verb ("according to
      eyewitness/VB Marc Dubois", "to/TO witness/VB"; both shared models do so with role
      nouns that are also verbs): the phrase read from the surface — the words after *to* up
      to punctuation, a quotation mark or the end of the sentence, each after the first a
      noun, proper noun or adjective (or a hyphen joining two words: "semi-official news agency
      ISNA"), the phrase ending where a PERSON name does ("according to witness Sarah Miller the
      car …": "witness Sarah Miller"); its head is its last word. Never from a wh-word, a
      preposition or an adverb ("according to how long he spends …").
    * A role noun whose name the parser hung elsewhere ("…, according to his lawyer, Peter
      Hall."; "According to his neighbour, Mary Jones, the family …"): the phrase runs to the
      end of the PERSON name after the comma (:func:`_closing_name`).
    """
    doc = to.doc
    pobj = next((c for c in kids(to) if c.dep_ == "pobj"), None)
    if pobj is not None and pobj.pos_ not in ("VERB", "AUX"):
        author = document_author(pobj)
        if author is not None:
            return author, None
        return pobj, _closing_name(pobj)
    sent = sent_of(to)
    run: list[Token] = []
    if to.i + 1 >= sent.end or doc[to.i + 1].tag_ in _NOT_SOURCE_TAGS:
        return pobj, None  # "according to how long he spends …": a manner, no source
    for t in doc[to.i + 1:min(sent.end, to.i + 1 + _SOURCE_WORDS)]:
        if t.is_space or t.text in QUOTE_MARKS or t.is_punct and not _in_word(t):
            break
        if run and not t.is_punct and (t.tag_ not in _SOURCE_TAGS and t.ent_type_ != "PERSON"
                                       or run[-1].ent_type_ == "PERSON" and t.ent_iob_ != "I"):
            break
        run.append(t)
    while run and run[-1].is_punct:
        run.pop()
    if not run:
        return pobj, None
    head = run[-1]
    return head, (run[0].idx, head.idx + len(head.text))


def _closing_name(noun: Token) -> tuple[int, int] | None:
    """The span from ``noun``'s phrase to the end of a PERSON name after a comma, when the
    parser did not attach the name to the noun; else None. The name closes the sentence ("…,
    according to his lawyer, Peter Hall."), or is set off by a second comma after a singular
    noun for one person ("According to his neighbour, Mary Jones, the family moved …": a noun
    of no class or of class ``anonymous`` in ``speaker_nouns``, not an organisation, group or
    document, and no age after the name: in "According to the police, Peter Hall, 45, was
    arrested" the name is the arrested man's)."""
    doc = noun.doc
    if noun.pos_ != "NOUN":
        return None
    comma = noun.right_edge.i + 1
    first = comma + 1
    if first >= len(doc) or doc[comma].text != "," or doc[first].ent_iob_ != "B" \
            or doc[first].ent_type_ != "PERSON":
        return None
    last = first
    while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
        last += 1
    sent = sent_of(noun)
    if last >= sent.end:
        return None
    closing = all(t.is_punct or t.is_space for t in doc[last + 1:sent.end])
    apposed = noun.tag_ == "NN" and noun_class(noun) in (None, "anonymous") \
        and last + 2 < sent.end and doc[last + 1].text == "," and not doc[last + 2].like_num
    if not closing and not apposed:
        return None
    return noun.left_edge.idx, doc[last].idx + len(doc[last].text)
