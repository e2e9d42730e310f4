"""How each value of a drawn vocabulary is shown: a plain label and a colour (:class:`Style`).

One :class:`Style` table per vocabulary of :mod:`analysis.vocab` that is drawn (value -> plain
label, colour): :data:`SPEAKER_TYPE_STYLES`, :data:`KIND_STYLES`, :data:`GENDER_STYLES` and
:data:`ENTITY_LABEL_STYLES` (:data:`STYLES` lists them with their vocabularies). They are the
only palettes of these values: a chart (:mod:`analysis.plots`) and the article view
(:mod:`analysis.display`) show the same value in the same colour. Each table must style every
value of its vocabulary and nothing else (checked on import: a value added to
:mod:`analysis.vocab` without a style here fails loudly).

Display only: this module is outside the store's fingerprint
(:data:`analysis.store.fingerprint.ROW_PATHS`), so changing a label or a colour here never makes
a store parse its articles again; the per-article engine never imports it (tests/test_layout.py).
The colour arithmetic (contrast, distance) is :mod:`analysis.palette`.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Mapping, NamedTuple

from .vocab import ENTITY_LABELS, GENDERS, KINDS, SPEAKER_TYPES


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

#: every style table with the vocabulary it styles: ``name -> (values, styles)``
STYLES: Mapping[str, tuple[tuple[str, ...], Mapping[str, Style]]] = MappingProxyType({
    "speaker types": (SPEAKER_TYPES, SPEAKER_TYPE_STYLES),
    "kinds": (KINDS, KIND_STYLES),
    "genders": (GENDERS, GENDER_STYLES),
    "entity labels": (ENTITY_LABELS, ENTITY_LABEL_STYLES),
})
