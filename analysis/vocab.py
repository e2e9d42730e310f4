"""The vocabularies: every closed set of values a table column may hold, defined once.

A leaf module (the standard library only, nothing of this package), so that the table contract
(:mod:`analysis.schema`), the per-article engine (:mod:`analysis.engine`), the corpus step
(:mod:`analysis.assembly`), the charts (:mod:`analysis.plots`) and the article view
(:mod:`analysis.display`) can all read them without importing each other.

The values are part of the table contract, so this file is in the store's fingerprint
(:data:`analysis.store.fingerprint.ROW_PATHS`: a new or renamed value parses the articles
again). How each value is shown (a plain label and a colour) is not: it lives in
:mod:`analysis.styles`, outside the fingerprint, so a new colour never re-parses a store.
"""

from __future__ import annotations

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
