"""Entity mentions from a spaCy ``Doc``: one record per mention, with exact character offsets."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .actors import title_words
from .budget import checkpoint

ENTITY_COLUMNS = ["article_id", "entity_id", "text", "label", "start", "end", "sentence_id",
                  "paragraph_id", "actor"]

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n\s*")
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady"})
# Titles only a person carries: "Sen. Claire McCaskill" is a PERSON even when tagged ORG.
PERSON_TITLES = HONORIFICS | {
    "sen", "senator", "rep", "representative", "congressman", "congresswoman", "gov",
    "governor", "president", "mayor", "judge", "gen", "general", "secretary", "minister",
    "chancellor", "pope", "king", "queen", "prince", "princess", "sheikh", "ayatollah", "rabbi",
    "rev", "reverend", "prof", "professor", "lt", "col", "sgt", "capt", "adm", "cmdr",
    "baroness", "baron"}
_GLUE = {"and", "of"}


@dataclass(frozen=True)
class EntityRecord:
    """One entity mention; becomes one row of the ``entities`` table.

    ``start``/``end`` are character offsets into the article text, so
    ``text == article_text[start:end]``; ``actor`` is filled in by ``analysis.actors``.
    """

    article_id: str
    entity_id: str
    text: str
    label: str
    start: int
    end: int
    sentence_id: int
    paragraph_id: int
    actor: str | None = None


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each non-empty paragraph, without the blank lines between them."""
    spans, start = [], 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if b > a]


def paragraph_starts(text: str) -> list[int]:
    """Character offsets where each paragraph starts (paragraphs are separated by blank lines)."""
    return [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]


def sentence_starts(doc) -> list[int]:
    """Character offsets where each sentence of ``doc`` starts."""
    from .syntax import index

    return [doc[start].idx for start, _ in index(doc).sent_bounds]


def locate(offset: int, starts: list[int]) -> int:
    """Index of the paragraph/sentence (from its start offsets) containing ``offset``."""
    return max(bisect.bisect_right(starts, offset) - 1, 0)


def _title_start(doc, ent) -> int:
    """Index of the first token of the titles right before a person mention, else ``ent.start``.

    "President Joe Biden", "Mr Trump", "Gen. Qassem Soleimani", "Trade and Industry Secretary
    Patricia Hewitt": capitalised title words (``data/titles.txt``) directly before a PERSON
    entity, or a person-only title (Mr, Ms, Sen., Gov., President…) before an entity of any label,
    join the mention (and :func:`extract_entities` then labels it PERSON).
    """
    titles = title_words()
    first = ent.start
    i = ent.start - 1
    while i >= 0 and ent.start - i <= 6:
        tok = doc[i]
        word = tok.text.rstrip(".").lower()
        capital = tok.text[:1].isupper()
        if capital and word in titles and (ent.label_ == "PERSON" or word in PERSON_TITLES):
            first = i
        elif word in _GLUE and i > 0 and first == i + 1 < ent.start \
                and doc[i - 1].text[:1].isupper() and doc[i - 1].text.rstrip(".").lower() in titles:
            pass  # "Trade and Industry": keep looking left, include only if a title precedes
        else:
            break
        i -= 1
    return first


def _alias_cover(spans: dict, start: int, end: int, aliases):
    """The multi-word alias occurrence covering ``[start, end)`` and longer, as (start, end, label)."""
    for alias_start in range(start, max(start - 40, -1), -1):
        match = spans.get(alias_start)
        if match is not None and match.end() >= end and match.end() - match.start() > end - start:
            hit = aliases.lookup(match.group())
            return match.start(), match.end(), hit[1] if hit else None
    return None


# A party-and-state tag after a US politician's name ("Sen. David Perdue (R-Ga.)"): not an actor.
_PARTY_STATE = re.compile(r"[RDI]-[A-Z][A-Za-z.]{0,7}\Z")


def missed_speakers(doc) -> list[tuple[int, int]]:
    """Token ranges of proper names the NER missed although they speak: a capitalised proper
    noun (with its proper-noun compounds) that is the subject of a speech verb, outside every
    entity, without a determiner and not a title ("Merkel said Germany would help": a PERSON).
    """
    from .quotes import speech_verbs
    from .syntax import kids, positions

    verbs = speech_verbs()[0]
    titles = title_words()
    found = []
    for verb in positions(doc, verbs):
        if doc[verb].pos_ != "VERB":
            continue
        for tok in kids(doc[verb]):
            if tok.dep_ != "nsubj" or tok.pos_ != "PROPN" or tok.ent_type_:
                continue
            first = tok.i
            while first > 0 and doc[first - 1].dep_ == "compound" \
                    and doc[first - 1].head.i == tok.i and doc[first - 1].pos_ == "PROPN" \
                    and not doc[first - 1].ent_type_:
                first -= 1
            words = doc[first:tok.i + 1]
            if any(c.dep_ in ("det", "poss") for c in kids(tok)) or any(
                    not w.text[:1].isupper() or w.text.isupper()
                    or w.text.rstrip(".").lower() in titles for w in words):
                continue
            found.append((first, tok.i + 1))
    return found


def extract_entities(doc, article_id: str, *, paragraphs: list[int] | None = None,
                     sentences: list[int] | None = None, aliases=None,
                     text: str | None = None) -> list[EntityRecord]:
    """Every entity of ``doc`` as an :class:`EntityRecord` (all labels kept, actor not yet set).

    Spans are adjusted in two ways, both documented in the README: titles right before a person
    ("President Joe Biden") join the mention (a person-only title also makes an ORG/GPE/NORP
    mention a PERSON: "Sen. Claire McCaskill"), and a mention inside a longer alias-table name
    ("Islamic" in "Islamic State group") grows to that name (taking the table's label). Leading/trailing whitespace is
    trimmed. Party-and-state tags ("R-Ga.") are not entities. A proper name the NER missed that
    is the subject of a speech verb is a PERSON (:func:`missed_speakers`). Entity ids are ``"{article_id}-e{n}"`` (n from 0, in text order).

    Args:
        aliases: the ``analysis.actors.AliasTable`` whose multi-word names may grow a mention.
        text: ``doc.text``, when the caller has it already.
    """
    text = doc.text if text is None else text
    paragraphs = paragraph_starts(text) if paragraphs is None else paragraphs
    sentences = sentence_starts(doc) if sentences is None else sentences
    spans = ({m.start(): m for m in aliases.pattern.finditer(text)}
             if aliases is not None and aliases.pattern is not None else {})
    from spacy.tokens import Span

    records = []
    missed = [Span(doc, a, b, label="PERSON") for a, b in missed_speakers(doc)]
    for ent in sorted([*doc.ents, *missed], key=lambda e: e.start):
        checkpoint()
        start, end = ent.start_char, ent.end_char
        label = ent.label_
        first = _title_start(doc, ent)
        if first < ent.start:
            start = doc[first].idx
            if label in ("ORG", "GPE", "NORP") and len(ent) <= 4:
                label = "PERSON"  # "Sen. Claire McCaskill", "Mr McCaul": the title decides
        else:
            grown = _alias_cover(spans, start, end, aliases)
            if grown is not None:
                start, end, label = grown[0], grown[1], grown[2] or label
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end or _PARTY_STATE.match(text[start:end]):
            continue
        records.append(EntityRecord(
            article_id=article_id, entity_id=f"{article_id}-e{len(records)}",
            text=text[start:end], label=label, start=start, end=end,
            sentence_id=locate(start, sentences), paragraph_id=locate(start, paragraphs)))
    return records
