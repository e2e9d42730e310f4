"""The vocabularies: every closed set of values a table column may hold, defined once, and how
each value is shown.

A leaf module (the standard library only, nothing of this package), so that the table contract
(:mod:`analysis.schema`), the per-article engine (:mod:`analysis.engine`), the corpus step
(:mod:`analysis.assembly`), the charts (:mod:`analysis.plots`) and the article view
(:mod:`analysis.display`) can all read them without importing each other.

Every vocabulary that is drawn has one :class:`Style` table (value -> plain label, colour):
:data:`SPEAKER_TYPE_STYLES`, :data:`KIND_STYLES`, :data:`GENDER_STYLES` and
:data:`ENTITY_LABEL_STYLES`. They are the only palettes of these values: a chart and the article
view show the same value in the same colour.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Mapping, NamedTuple

#: spaCy's 18 OntoNotes entity labels (``entities.label``, ``actors.label``, alias labels)
ENTITY_LABELS = ("CARDINAL", "DATE", "EVENT", "FAC", "GPE", "LANGUAGE", "LAW", "LOC", "MONEY",
                 "NORP", "ORDINAL", "ORG", "PERCENT", "PERSON", "PRODUCT", "QUANTITY", "TIME",
                 "WORK_OF_ART")

#: quote kinds (``quotes.kind``)
KINDS = ("direct", "indirect", "mixed", "according_to")
#: speaker types (``quotes.speaker_type``)
SPEAKER_TYPES = ("person", "organization", "document", "anonymous", "group", "pronoun",
                 "unknown")

#: genders (``actors.gender``, ``quotes.speaker_gender``)
GENDERS = ("female", "male", "unknown")
#: the evidence that decided a gender, strongest first (``gender_source``); ``correction``: the
#: user's corrections file said so (:mod:`analysis.assembly.corrections`)
GENDER_SOURCES = ("correction", "pronoun", "title", "role_noun", "first_name", "none")

# Problems in the errors table (``errors.problem``). The notes keep their article (`skipped`: an
# output folder of this package inside an input folder, not read); the others are losses.
NOTE_PROBLEMS = ("duplicate", "bad_date", "repaired", "skipped")
PROBLEMS = NOTE_PROBLEMS + (
    "empty", "binary", "encoding", "json", "no_text", "no_body", "unreadable", "unsupported",
    "too_large", "not_found", "ragged", "duplicate_id", "bad_id", "timeout", "too_long", "memory",
    "worker_lost", "engine_error")


class Style(NamedTuple):
    """How one value of a vocabulary is shown."""

    #: the value in plain words (legends, tick labels, chart titles)
    label: str
    #: ``#rrggbb``: bars and legend patches in charts, tag and highlight backgrounds in the
    #: article view
    colour: str


def _styles(values: tuple[str, ...], table: dict[str, Style]) -> Mapping[str, Style]:
    """``table`` as a read-only mapping in the vocabulary's order; it must style every value
    of ``values`` and nothing else (checked on import)."""
    if set(table) != set(values):
        raise ValueError(f"styles {sorted(table)} do not match the vocabulary {sorted(values)}")
    return MappingProxyType({value: table[value] for value in values})


# Speaker types: seaborn's colour-blind palette, "unknown" in grey, "anonymous" in a dark crimson
# (far from the organisations' orange: tests/test_palette.py keeps every two types apart). The
# article view writes black or white text on these colours, whichever contrasts more
# (analysis/palette.py).
SPEAKER_TYPE_STYLES = _styles(SPEAKER_TYPES, {
    "person": Style("Named person", "#0173b2"),
    "organization": Style("Organization", "#de8f05"),
    "document": Style("Document", "#029e73"),
    "anonymous": Style("Anonymous", "#8c0d26"),
    "group": Style("Group", "#cc78bc"),
    "pronoun": Style("Unresolved pronoun", "#ca9161"),
    "unknown": Style("Unknown", "#949494"),
})

KIND_STYLES = _styles(KINDS, {
    "direct": Style("Direct", "#b38f00"),
    "indirect": Style("Indirect", "#3b75af"),
    "mixed": Style("Mixed", "#8e6bb0"),
    "according_to": Style("According to", "#4f9a66"),
})

GENDER_STYLES = _styles(GENDERS, {
    "female": Style("Women", "#d55e00"),
    "male": Style("Men", "#0072b2"),
    "unknown": Style("Gender unknown", "#bbbbbb"),
})

# Entity labels: the label as a plural noun ("the most mentioned people and organisations") and
# displaCy's colours; numbers, dates, times and amounts share one pale colour.
_NUMERIC = "#e4e7d2"
ENTITY_LABEL_STYLES = _styles(ENTITY_LABELS, {
    "CARDINAL": Style("numbers", _NUMERIC),
    "DATE": Style("dates", _NUMERIC),
    "EVENT": Style("events", "#ffeb80"),
    "FAC": Style("places", "#9cc9cc"),
    "GPE": Style("places", "#feca74"),
    "LANGUAGE": Style("languages", "#ff8197"),
    "LAW": Style("laws", "#ff8197"),
    "LOC": Style("places", "#ff9561"),
    "MONEY": Style("sums of money", _NUMERIC),
    "NORP": Style("groups", "#c887fb"),
    "ORDINAL": Style("ordinals", _NUMERIC),
    "ORG": Style("organisations", "#7aecec"),
    "PERCENT": Style("percentages", _NUMERIC),
    "PERSON": Style("people", "#aa9cfc"),
    "PRODUCT": Style("products", "#bfeeb7"),
    "QUANTITY": Style("quantities", _NUMERIC),
    "TIME": Style("times", _NUMERIC),
    "WORK_OF_ART": Style("works of art", "#f0d0ff"),
})
