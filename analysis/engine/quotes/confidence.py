"""A quote's ``confidence``: how often quotes made by the same rule are right, read from a table.

Each quote falls into a *cell*: the features of the rule that produced it, coarse to fine —

1. ``kind`` (direct, indirect, mixed, according_to);
2. the cue kind (:func:`cue_kind`): ``verb`` (a speech verb: "said", "told reporters"),
   ``according`` ("according to X"), ``colon`` (a name's ":" or dash before a quote),
   ``continued`` (no cue: the speaker carried over from an earlier quote) or ``none`` (no cue,
   no speaker);
3. ``speaker_type`` (:data:`analysis.vocab.SPEAKER_TYPES`);
4. where the speaker is (:func:`speaker_place`): ``same`` sentence as the quote, the
   ``adjacent`` sentence, ``far`` (further away) or ``none``;
5. the quote's length in words (:func:`length_bin`): ``short`` (1–5), ``medium`` (6–20),
   ``long`` (more).

A cell is written as its features joined by ``|`` (``direct|verb|person|same|medium``); the
coarser cells are its prefixes (``direct|verb|person``, ``direct``) and ``*`` is every quote
(:func:`cell_keys`). The table (the lexicon ``quote_confidence``, ``analysis/data/
quote_confidence.csv``: ``cell,confidence,quotes,score``; only the first two are read) is fitted
on all of PolNeAR train by ``python -m analysis evaluate calibrate``
(:mod:`analysis.evaluation.calibration`: each cell's share right shrunk toward its parent's,
then an isotonic map, fitted on held-out articles, from that score to the share right); a
quote's confidence is the value of its finest cell in the table (:func:`confidence`), so a cell
too rare to be fitted backs off to a coarser one. Reading the table is all this module does: it
never imports the fitting code. The table is a lexicon like the others: a user may
merge cells over it or replace it (``lexicons={"quote_confidence": {...}}``), and it is read
from the active lexicons of the ``news_quotes`` component's call.
"""

from __future__ import annotations

from typing import Mapping

from ..records import QuoteRecord
from ..segments import locate

#: the lexicon holding the fitted table (cell → confidence, as text)
TABLE = "quote_confidence"
#: the cue lemmas of a name's colon or dash (:mod:`.frames`)
_COLON_LEMMAS = frozenset({":", "—", "–", "-", "―"})
#: (most words of a short quote, most words of a medium one)
LENGTHS = (5, 20)


def cue_kind(record: QuoteRecord) -> str:
    """``continued``, ``none``, ``according``, ``colon`` or ``verb`` (see the module
    docstring)."""
    if record.continued:
        return "continued"
    if record.cue_lemma is None:
        return "none"
    if record.cue_lemma == "according to":
        return "according"
    if record.cue_lemma in _COLON_LEMMAS:
        return "colon"
    return "verb"


def speaker_place(record: QuoteRecord, sentences: list[int]) -> str:
    """Where the speaker phrase is, by the sentences (their start offsets) of the quote and of
    the speaker: ``same`` (the speaker is in a sentence the quote spans), ``adjacent`` (the
    sentence before or after), ``far`` or ``none`` (no speaker phrase)."""
    if record.speaker_start is None:
        return "none"
    first, last = locate(record.start, sentences), locate(max(record.end - 1, 0), sentences)
    at = locate(record.speaker_start, sentences)
    if first <= at <= last:
        return "same"
    return "adjacent" if first - 1 <= at <= last + 1 else "far"


def length_bin(text: str, record: QuoteRecord) -> str:
    """``short``, ``medium`` or ``long``: the quote's words (``text`` is the article's)."""
    words = len(text[record.start:record.end].split())
    return "short" if words <= LENGTHS[0] else "medium" if words <= LENGTHS[1] else "long"


def features(record: QuoteRecord, text: str, sentences: list[int]) -> tuple[str, ...]:
    """The quote's features, coarse to fine: kind, cue kind, speaker type, speaker place,
    length."""
    return (record.kind, cue_kind(record), record.speaker_type,
            speaker_place(record, sentences), length_bin(text, record))


def cell_keys(feats: tuple[str, ...]) -> list[str]:
    """The cells of a quote with features ``feats``, finest first, ending with ``*``."""
    return ["|".join(feats[:n]) for n in range(len(feats), 0, -1)] + ["*"]


def parse_value(cell: str, value: object) -> float:
    """A table value as a float in [0, 1].

    Raises:
        ValueError: naming the cell, when the value is not a number in [0, 1].
    """
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        number = float("nan")
    if not 0.0 <= number <= 1.0:
        raise ValueError(f"quote_confidence: the value {value!r} of cell {cell!r} is not a "
                         f"number between 0 and 1")
    return number


def lookup(feats: tuple[str, ...], table: Mapping[str, object]) -> float:
    """The value of the finest cell of ``feats`` in ``table`` (cell → number or text); 0.5
    when not even ``*`` is in it."""
    for key in cell_keys(feats):
        if key in table:
            return parse_value(key, table[key])
    return 0.5


def confidence(record: QuoteRecord, text: str, sentences: list[int],
               table: Mapping[str, object] | None = None) -> float:
    """The confidence of one quote: :func:`lookup` of its :func:`features` in ``table``
    (default: the active lexicons' ``quote_confidence``), rounded to 3 decimals."""
    if table is None:
        from ...lexicons import table as lexicon_table

        table = lexicon_table(TABLE)
    return round(lookup(features(record, text, sentences), table), 3)
