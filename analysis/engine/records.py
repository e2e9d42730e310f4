"""The engine's results by name: one frozen record per entity mention and per quote.

A record's field names ARE the column names of its table (:data:`analysis.schema.ENTITIES`,
:data:`analysis.schema.QUOTES`), so a value is never placed by its position: the components
build records (:mod:`analysis.engine.components`), keep them on the ``Doc`` as mappings
(:func:`to_mapping`: a dict by field name, which ``Doc.to_bytes``, ``DocBin`` and
``nlp.pipe(n_process=2)`` carry), and :mod:`analysis.engine.rows` turns each back into a record
(:func:`from_mapping`) and then into a table row by name, adding what only the table keeps (ids,
sentence and paragraph numbers, the quote's text).

Each record class names in ``EXTRAS`` the fields the engine knows but the table does not keep
(the cue's offsets, a label the alias table fixes, a carried-over speaker); every other field
is a column (:func:`column_fields`). A test holds ``column fields + row extras`` equal to the
table's columns.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, ClassVar, Mapping, TypeVar


@dataclass(frozen=True)
class MentionRecord:
    """One entity mention, named like the ``entities`` columns: ``text ==
    article_text[start:end]`` (character offsets), its ``label`` after the engine's repairs,
    its canonical ``actor`` (None until :func:`analysis.engine.entities.article_mentions`
    canonicalised it, and for mentions that are not actors), and ``pronouns``: the narrative
    he/she pronouns the quotes stage linked to the mention's person after this mention (its
    latest before them), as written and space-separated ("She her"), else None
    (:func:`analysis.engine.quotes.pronouns.narrative_pronouns`).

    Extra field (not a column): ``fixed_label``, the label the alias table imposes on the
    actor ("Al Jazeera" is an ORG even when tagged PERSON), else None; the corpus step's
    labels read it (:func:`analysis.engine.entities.fixed_labels`)."""

    EXTRAS: ClassVar[tuple[str, ...]] = ("fixed_label",)

    text: str
    label: str
    start: int
    end: int
    actor: str | None = None
    pronouns: str | None = None
    fixed_label: str | None = None


@dataclass(frozen=True)
class QuoteRecord:
    """One quote, named like the ``quotes`` columns: its content's character offsets
    (``start``/``end``, without quotation marks), ``kind``, the ``cue`` as written and its
    ``cue_lemma`` (None for a continued or unattributed quote), the ``speaker`` as written with
    its offsets, ``speaker_type``, ``speaker_actor`` (canonical), ``speaker_role`` and
    ``confidence`` (the calibrated share of such quotes that are right:
    :mod:`analysis.engine.quotes.confidence`; 0 until the component sets it).

    Extra fields (not columns): ``cue_start``/``cue_end``, the cue's character offsets (the
    ``cue`` Span of ``doc._.quotes``); ``continued``, True when the speaker was carried over
    from an earlier quote."""

    EXTRAS: ClassVar[tuple[str, ...]] = ("cue_start", "cue_end", "continued")

    start: int
    end: int
    kind: str
    cue: str | None = None
    cue_lemma: str | None = None
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_type: str = "unknown"
    speaker_actor: str | None = None
    speaker_role: str | None = None
    confidence: float = 0.0
    cue_start: int | None = None
    cue_end: int | None = None
    continued: bool = False


Record = TypeVar("Record", MentionRecord, QuoteRecord)


def _columns(cls: type[MentionRecord] | type[QuoteRecord]) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls) if f.name not in cls.EXTRAS)


_FIELDS: dict[type, tuple[str, ...]] = {
    cls: tuple(f.name for f in fields(cls)) for cls in (MentionRecord, QuoteRecord)}
_COLUMN_FIELDS: dict[type, tuple[str, ...]] = {MentionRecord: _columns(MentionRecord),
                                               QuoteRecord: _columns(QuoteRecord)}


def field_names(cls: type[MentionRecord] | type[QuoteRecord]) -> tuple[str, ...]:
    """Every field of the record class ``cls``, in order."""
    return _FIELDS[cls]


def column_fields(cls: type[MentionRecord] | type[QuoteRecord]) -> tuple[str, ...]:
    """The fields of ``cls`` that are columns of its table (all but ``cls.EXTRAS``)."""
    return _COLUMN_FIELDS[cls]


def to_mapping(record: MentionRecord | QuoteRecord) -> dict[str, Any]:
    """``record`` as a dict by field name (what the components keep on ``Doc._``): a copy of
    its instance dict, which holds exactly its fields, in order (``tests/test_records.py``)."""
    return dict(record.__dict__)


def from_mapping(cls: type[Record], mapping: Mapping[str, Any]) -> Record:
    """The record of class ``cls`` that :func:`to_mapping` gave ``mapping``.

    Raises:
        TypeError: ``mapping`` is not a mapping, lacks a field without a default or has a key
            that is not a field of ``cls`` (a Doc written by another version of the engine).
    """
    try:
        return cls(**mapping)
    except TypeError:
        if not isinstance(mapping, Mapping):
            raise TypeError(f"{cls.__name__}: expected a mapping by field name, got "
                            f"{type(mapping).__name__} (a Doc from an older version of the "
                            f"engine?)") from None
        unknown = set(mapping).difference(field_names(cls))
        if unknown:
            raise TypeError(f"{cls.__name__}: unknown field(s) {sorted(unknown)}; expected "
                            f"{', '.join(field_names(cls))}") from None
        raise
