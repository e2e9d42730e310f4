"""Schemas of the four tables (pandera), checked where a :class:`~analysis.corpus.Corpus` leaves
the package (``analyze`` and ``Corpus.read``).

A violation is a bug in this package, never the user's fault: :func:`validate_corpus` raises
:class:`SchemaViolation` naming the table, the check and the article ids concerned, instead of
letting a wrong chart be drawn silently. The README documents every column.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pandera.pandas as pa

from .quotes import KINDS, SPEAKER_TYPES

ENTITY_LABELS = ["CARDINAL", "DATE", "EVENT", "FAC", "GPE", "LANGUAGE", "LAW", "LOC", "MONEY",
                 "NORP", "ORDINAL", "ORG", "PERCENT", "PERSON", "PRODUCT", "QUANTITY", "TIME",
                 "WORK_OF_ART"]
UTC = pd.DatetimeTZDtype("ns", "UTC")


class SchemaViolation(ValueError):
    """A table broke its schema: a bug report naming the table, the check and the articles."""


def _text(nullable: bool = True, **kw) -> pa.Column:
    return pa.Column(object, nullable=nullable, **kw)


ARTICLES = pa.DataFrameSchema({
    "article_id": _text(False, unique=True),
    "title": _text(), "author": _text(),
    "published": pa.Column(UTC, nullable=True),
    "source": _text(), "url": _text(), "path": _text(),
    "text": _text(False),
}, strict=False, name="articles")

ENTITIES = pa.DataFrameSchema({
    "article_id": _text(False),
    "entity_id": _text(False, unique=True),
    "text": _text(False),
    "label": pa.Column(object, pa.Check.isin(ENTITY_LABELS)),
    "start": pa.Column("int64", pa.Check.ge(0)),
    "end": pa.Column("int64", pa.Check.ge(1)),
    "sentence_id": pa.Column("int64", pa.Check.ge(0)),
    "paragraph_id": pa.Column("int64", pa.Check.ge(0)),
    "actor": _text(),
}, strict=True, name="entities",
    checks=pa.Check(lambda df: df["start"] < df["end"], error="start < end"))

ACTORS = pa.DataFrameSchema({
    "actor": _text(False, unique=True),
    "label": pa.Column(object, pa.Check.isin(ENTITY_LABELS)),
    "mentions": pa.Column("int64", pa.Check.ge(1)),
    "articles": pa.Column("int64", pa.Check.ge(1)),
    "aliases": pa.Column(object, pa.Check(lambda s: s.map(lambda v: isinstance(v, list)
                                                           and len(v) > 0),
                                          error="aliases is a non-empty list")),
    "first_seen": pa.Column(UTC, nullable=True),
    "last_seen": pa.Column(UTC, nullable=True),
}, strict=True, name="actors",
    checks=pa.Check(lambda df: df["articles"] <= df["mentions"], error="articles <= mentions"))

QUOTES = pa.DataFrameSchema({
    "article_id": _text(False),
    "quote_id": _text(False, unique=True),
    "quote": _text(False),
    "start": pa.Column("int64", pa.Check.ge(0)),
    "end": pa.Column("int64", pa.Check.ge(1)),
    "kind": pa.Column(object, pa.Check.isin(list(KINDS))),
    "cue": _text(), "cue_lemma": _text(),
    "speaker": _text(),
    "speaker_start": pa.Column("Int64", nullable=True),
    "speaker_end": pa.Column("Int64", nullable=True),
    "speaker_type": pa.Column(object, pa.Check.isin(list(SPEAKER_TYPES))),
    "speaker_actor": _text(), "speaker_role": _text(),
    "sentence_id": pa.Column("int64", pa.Check.ge(0)),
    "paragraph_id": pa.Column("int64", pa.Check.ge(0)),
}, strict=True, name="quotes",
    checks=pa.Check(lambda df: df["start"] < df["end"], error="start < end"))

SCHEMAS = {"articles": ARTICLES, "entities": ENTITIES, "actors": ACTORS, "quotes": QUOTES}


def _fail(table: str, check: str, ids) -> None:
    ids = sorted(set(map(str, ids)))
    shown = ", ".join(ids[:10]) + (f" (and {len(ids) - 10} more)" if len(ids) > 10 else "")
    raise SchemaViolation(f"{table}: {check} fails for article(s) {shown}. This is a bug in the "
                          f"analysis package; please report it with these article ids.")


def _span_checks(table: str, frame: pd.DataFrame, texts: pd.Series, column: str,
                 start: str = "start", end: str = "end") -> None:
    """``0 <= start < end <= len(text)`` and ``text[start:end] == frame[column]``."""
    rows = frame.dropna(subset=[start])
    if rows.empty:
        return
    unknown = ~rows["article_id"].isin(texts.index)
    if unknown.any():
        _fail(table, "article_id present in articles", rows.loc[unknown, "article_id"])
    lengths = rows["article_id"].map(texts.str.len())
    starts, ends = rows[start].astype("int64"), rows[end].astype("int64")
    bad = (starts < 0) | (starts >= ends) | (ends > lengths)
    if bad.any():
        _fail(table, f"0 <= {start} < {end} <= len(text)", rows.loc[bad, "article_id"])
    cut = [texts[a][s:e] for a, s, e in zip(rows["article_id"], starts, ends)]
    wrong = np.array([c != v for c, v in zip(cut, rows[column])], dtype=bool)
    if wrong.any():
        _fail(table, f"text[{start}:{end}] == {column}", rows.loc[wrong, "article_id"])


def validate_corpus(corpus) -> None:
    """Check every table's schema and the cross-table rules; returns None or raises.

    Cross-table rules: every span lies inside its article and reproduces its text (entity
    mentions, quotes, speaker phrases); quotes of one article do not overlap.

    Raises:
        SchemaViolation: naming the table, the failed check and the article ids.
    """
    for name, schema in SCHEMAS.items():
        frame = getattr(corpus, name)
        try:
            schema.validate(frame, lazy=True)
        except pa.errors.SchemaErrors as exc:
            cases = exc.failure_cases
            ids = []
            if "index" in cases and "article_id" in frame:
                idx = [i for i in cases["index"].dropna() if i in frame.index]
                ids = frame.loc[idx, "article_id"].tolist()
            checks = "; ".join(sorted(set(map(str, cases["check"]))))[:300]
            _fail(name, f"schema ({checks})", ids or ["(table-level)"])
    texts = corpus.articles.set_index("article_id")["text"]
    _span_checks("entities", corpus.entities, texts, "text")
    _span_checks("quotes", corpus.quotes, texts, "quote")
    _span_checks("quotes", corpus.quotes, texts, "speaker", "speaker_start", "speaker_end")
    q = corpus.quotes.sort_values(["article_id", "start"])
    same = q["article_id"].values[1:] == q["article_id"].values[:-1]
    overlap = same & (q["start"].values[1:] < q["end"].values[:-1])
    if overlap.any():
        _fail("quotes", "quotes of one article do not overlap", q["article_id"].values[1:][overlap])
