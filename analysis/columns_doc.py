"""The column dictionary ``docs/columns.md``: every result table's columns, generated from
:mod:`analysis.schema` (``python -m analysis columns > docs/columns.md``; a test keeps the
committed file equal to :func:`columns_markdown`). Kept out of ``schema.py`` so that the
documentation's wording is not part of the store's pipeline fingerprint."""

from __future__ import annotations

from .schema import TABLES

COLUMNS_DOC_HEADER = """# Columns of the result tables

Generated from `analysis/schema.py` by `python -m analysis columns > docs/columns.md` (a test
keeps this file equal to the generated text): do not edit it by hand.

A `Corpus` holds these tables as pandas DataFrames (`corpus.articles`, `corpus.entities`,
`corpus.actors`, `corpus.quotes`, `corpus.sources`, `corpus.errors`); a store keeps them as
Parquet datasets with the same columns and dtypes. Missing values are `None` (text), `NA`
(nullable integers) or `NaT` (dates). The README explains the rules behind each column.
"""


def columns_markdown() -> str:
    """The column dictionary ``docs/columns.md``: a short header and every table's Markdown
    table (:meth:`Table.markdown`, the README's schema tables), in :data:`TABLES` order; ends
    with one newline."""
    tables = "\n\n".join(t.markdown() for t in TABLES.values())
    return f"{COLUMNS_DOC_HEADER}\n{tables}\n"
