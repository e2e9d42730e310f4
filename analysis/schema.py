"""The table contract: every table's columns, dtypes and allowed values, defined once.

Each :class:`Table` here is used by everything that touches that table: the extraction builds
its rows with :meth:`Table.frame`, the store writes and reads those frames, ``Corpus.read``
and ``analyze`` check them with :func:`validate_corpus` (pandera schemas derived from the same
columns), the allowed values come from :mod:`analysis.vocab` (:data:`KINDS`,
:data:`SPEAKER_TYPES`, …; importable from here too), and the README's schema tables are
:meth:`Table.markdown` (a test keeps them equal).

A violation is a bug in this package, never the user's fault: :func:`validate_corpus` raises
:class:`SchemaViolation` naming the table, the check and the article ids concerned, instead of
letting a wrong chart be drawn silently.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable

import numpy as np
import pandas as pd

from .vocab import (ENTITY_LABELS, GENDER_SOURCES, GENDERS, KINDS,  # noqa: F401
                    NOTE_PROBLEMS, PROBLEMS, SPEAKER_TYPES)

UTC = pd.DatetimeTZDtype("ns", "UTC")
_TYPE_NAMES = {"str": "str", "int64": "int64", "Int64": "Int64", "utc": "datetime64[ns, UTC]",
               "list": "list of str", "float64": "float64"}
_MISSING = {"str": "None", "Int64": "NA", "utc": "NaT", "int64": "", "list": "", "float64": ""}


class SchemaViolation(ValueError):
    """A table broke its schema: a bug report naming the table, the check and the articles."""


@dataclass(frozen=True)
class Column:
    """One column: ``dtype`` is ``str`` (object of str), ``int64``, ``Int64`` (nullable),
    ``float64``, ``utc`` (datetime64[ns, UTC]) or ``list`` (object of lists of str);
    ``minimum``/``maximum`` bound a number column."""

    name: str
    dtype: str
    doc: str = ""
    nullable: bool = False
    unique: bool = False
    values: tuple[str, ...] | None = None
    minimum: int | None = None
    maximum: int | None = None
    values_doc: str | None = None  # how the allowed values are shown in the docs


@dataclass(frozen=True)
class Table:
    """A table's name, one-line description and columns (in order)."""

    name: str
    doc: str
    columns: tuple[Column, ...]

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)

    def frame(self, rows: Iterable[dict] | pd.DataFrame = ()) -> pd.DataFrame:
        """``rows`` (dicts or a DataFrame) as this table: its columns in order (others dropped,
        missing ones empty) and dtypes; missing values are None / NA / NaT. A new frame."""
        frame = rows.copy() if isinstance(rows, pd.DataFrame) else pd.DataFrame(list(rows))
        frame = frame.reindex(columns=self.names)
        for col in self.columns:
            values = frame[col.name]
            if col.dtype == "str":
                values = values.astype(object)
                missing = values.isna()
                # (``where`` copies the column: only when a value is missing)
                frame[col.name] = values.where(~missing, None) if missing.any() else values
            elif col.dtype == "utc":
                frame[col.name] = pd.to_datetime(values, utc=True)
            elif col.dtype == "list":
                frame[col.name] = values.astype(object)
            else:
                frame[col.name] = values.astype(col.dtype)
        frame.attrs = {}
        return frame.reset_index(drop=True)

    def markdown(self) -> str:
        """The table's documentation as a Markdown table (what the README shows)."""
        lines = [f"**{self.name}** — {self.doc}", "", "| column | type | notes |",
                 "| --- | --- | --- |"]
        for col in self.columns:
            if col.values_doc or col.values:
                kind = col.values_doc or ", ".join(f"`{v}`" for v in col.values or ())
            else:
                kind = _TYPE_NAMES[col.dtype]
            if col.nullable and _MISSING[col.dtype]:
                kind += f" or {_MISSING[col.dtype]}"
            if col.unique:
                kind += ", unique"
            if col.minimum is not None and col.maximum is not None:
                kind += f" in [{col.minimum}, {col.maximum}]"
            elif col.minimum is not None:
                kind += f" ≥ {col.minimum}"
            lines.append(f"| `{col.name}` | {kind} | {col.doc} |")
        return "\n".join(lines)


ARTICLES = Table("articles", "one row per distinct article", (
    Column("article_id", "str", "BLAKE2b of the text (or your own id)", unique=True),
    Column("title", "str", "", nullable=True),
    Column("author", "str", "", nullable=True),
    Column("published", "utc", "publication date", nullable=True),
    Column("source", "str", "outlet", nullable=True),
    Column("url", "str", "", nullable=True),
    Column("path", "str", "file it was read from", nullable=True),
    Column("text", "str", "every offset refers to this exact text"),
))

ENTITIES = Table("entities", "one row per entity mention", (
    Column("article_id", "str"),
    Column("entity_id", "str", "`{article_id}-e{n}`", unique=True),
    Column("text", "str", "`== article_text[start:end]`"),
    Column("label", "str", "PERSON, ORG, GPE, NORP, LOC, FAC, EVENT, …", values=ENTITY_LABELS,
           values_doc="one of spaCy's 18 OntoNotes labels"),
    Column("start", "int64", "character offset, `0 <= start < end <= len(text)`", minimum=0),
    Column("end", "int64", "character offset (exclusive)", minimum=1),
    Column("sentence_id", "int64", "0-based, within the article", minimum=0),
    Column("paragraph_id", "int64", "0-based, within the article", minimum=0),
    Column("actor", "str", "canonical actor; None for DATE, CARDINAL, MONEY…", nullable=True),
    Column("pronouns", "str", "the he/she pronouns outside quotes linked to this person after "
           "this mention, as written (\"She her\"); see *Gender*", nullable=True),
))

ACTORS = Table("actors", "one row per canonical actor", (
    Column("actor", "str", "canonical name", unique=True),
    Column("label", "str", "majority label (alias-table label wins)", values=ENTITY_LABELS,
           values_doc="spaCy label"),
    Column("mentions", "int64", "", minimum=1),
    Column("articles", "int64", "`articles <= mentions`", minimum=1),
    Column("aliases", "list", "surface forms seen"),
    Column("first_seen", "utc", "publication dates", nullable=True),
    Column("last_seen", "utc", "", nullable=True),
    Column("gender", "str", "people only: an estimate from the text and the first name (see "
           "*Gender*)", values=GENDERS),
    Column("gender_source", "str", "the evidence that decided it", values=GENDER_SOURCES),
))

QUOTES = Table("quotes", "one row per quote", (
    Column("article_id", "str"),
    Column("quote_id", "str", "`{article_id}-q{n}`", unique=True),
    Column("quote", "str", "`== article_text[start:end]`, without quotation marks"),
    Column("start", "int64", "quotes of one article never overlap", minimum=0),
    Column("end", "int64", "", minimum=1),
    Column("kind", "str", "see *Quotes and speakers*", values=KINDS),
    Column("cue", "str", "the cue as written (\"said\", \"told reporters\", \":\", \"―\"); None for "
           "continued or unattributed quotes", nullable=True),
    Column("cue_lemma", "str", "its lemma (\"say\", \"according to\")", nullable=True),
    Column("speaker", "str", "`== article_text[speaker_start:speaker_end]`", nullable=True),
    Column("speaker_start", "Int64", "", nullable=True),
    Column("speaker_end", "Int64", "", nullable=True),
    Column("speaker_type", "str", "typed from the phrase's syntax and entities", values=SPEAKER_TYPES),
    Column("speaker_actor", "str", "canonical actor of the speaker", nullable=True),
    Column("speaker_role", "str", "\"Pentagon spokesman\", \"Senator\", an apposition, or an "
           "unnamed source's description (\"US official\")", nullable=True),
    Column("confidence", "float64", "the share of quotes made by the same rule that are right "
           "(calibrated on PolNeAR; see *Quotes and speakers*)", minimum=0, maximum=1),
    Column("sentence_id", "int64", "of the quote's start", minimum=0),
    Column("paragraph_id", "int64", "of the quote's start", minimum=0),
    Column("speaker_gender", "str", "the speaker actor's `gender` (person speakers only)",
           values=GENDERS),
    Column("gender_source", "str", "the evidence that decided it", values=GENDER_SOURCES),
))

SOURCES = Table("sources", "one row per article × person quoted in it (derived from quotes and "
                 "actors; never stored)", (
    Column("article_id", "str", "rows in article order, then `first_quote_start`"),
    Column("actor", "str", "a PERSON actor of the `actors` table, or an actor its article "
           "mentions as a person (a PERSON mention or a linked he/she there); one row per "
           "(article, actor)"),
    Column("speaker_type", "str", "quotes attributed to the person by name or title, or through "
           "a pronoun the engine resolved to them", values=("person",)),
    Column("gender", "str", "the `speaker_gender` of the person's quotes in this article",
           values=GENDERS),
    Column("gender_source", "str", "their `gender_source`", values=GENDER_SOURCES),
    Column("quotes", "int64", "the person's quotes in this article", minimum=1),
    Column("first_quote_start", "int64", "`start` of the first of them", minimum=0),
    Column("role", "str", "`speaker_role` of the first of them that has one", nullable=True),
))

ERRORS = Table("errors", "one row per input that could not be processed (or a note on one)", (
    Column("path", "str", "file, or `article ID` for articles given as a DataFrame"),
    Column("line", "Int64", "line (JSON Lines, CSV) where known", nullable=True),
    Column("problem", "str", "`duplicate`, `bad_date`, `repaired` are notes: the article is "
           "kept; `skipped` is a note: a store or reports folder inside an input folder, not "
           "read", values=PROBLEMS),
    Column("message", "str", "what was wrong, naming the file or article"),
))

TABLES = {t.name: t for t in (ARTICLES, ENTITIES, ACTORS, QUOTES, SOURCES, ERRORS)}
# table-level rules beyond single columns
_ROW_CHECKS = {"entities": [("start < end", lambda df: df["start"] < df["end"])],
               "quotes": [("start < end", lambda df: df["start"] < df["end"])],
               "actors": [("articles <= mentions", lambda df: df["articles"] <= df["mentions"])],
               "sources": [("one row per (article_id, actor)",
                            lambda df: ~df.duplicated(["article_id", "actor"], keep=False))]}


def _pandera_column(col: Column):
    import pandera.pandas as pa

    checks = []
    if col.values is not None:
        checks.append(pa.Check.isin(list(col.values)))
    if col.minimum is not None:
        checks.append(pa.Check.ge(col.minimum))
    if col.maximum is not None:
        checks.append(pa.Check.le(col.maximum))
    if col.dtype == "list":
        checks.append(pa.Check(lambda s: s.map(lambda v: isinstance(v, list) and len(v) > 0),
                               error=f"{col.name} is a non-empty list"))
    dtype = {"str": object, "list": object, "utc": UTC}.get(col.dtype, col.dtype)
    return pa.Column(dtype, checks, nullable=col.nullable, unique=col.unique)


@lru_cache(maxsize=None)
def pandera_schema(name: str):
    """The pandera schema of a table (built once; pandera is imported only here)."""
    import pandera.pandas as pa

    table = TABLES[name]
    checks = [pa.Check(f, error=e) for e, f in _ROW_CHECKS.get(name, [])]
    return pa.DataFrameSchema({c.name: _pandera_column(c) for c in table.columns},
                              strict=name != "articles", name=name, checks=checks)


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
    by_id = texts.to_dict()
    wrong = np.fromiter((by_id[a][s:e] != v for a, s, e, v in zip(
        rows["article_id"], starts.to_numpy(), ends.to_numpy(), rows[column])),
        dtype=bool, count=len(rows))
    if wrong.any():
        _fail(table, f"text[{start}:{end}] == {column}", rows.loc[wrong, "article_id"])


def validate_table(name: str, frame: pd.DataFrame) -> None:
    """Check one table against its schema (columns, dtypes, allowed values, uniqueness, row
    rules); returns None or raises.

    Raises:
        SchemaViolation: naming the table, the failed check and the article ids.
    """
    import pandera.pandas as pa

    try:
        pandera_schema(name).validate(frame, lazy=True)
    except pa.errors.SchemaErrors as exc:
        cases = exc.failure_cases
        ids = []
        if "index" in cases and "article_id" in frame:
            idx = [i for i in cases["index"].dropna() if i in frame.index]
            ids = frame.loc[idx, "article_id"].tolist()
        checks = "; ".join(sorted(set(map(str, cases["check"]))))[:300]
        _fail(name, f"schema ({checks})", ids or ["(table-level)"])


def validate_corpus(corpus: Any) -> None:
    """Check every table's schema (:func:`validate_table`) and the cross-table rules; returns
    None or raises.

    Cross-table rules: every span lies inside its article and reproduces its text (entity
    mentions, quotes, speaker phrases); quotes of one article do not overlap; every source is
    a PERSON actor of an article of the corpus, or an actor that the source's article mentions
    as a person (:func:`stray_sources`).

    Raises:
        SchemaViolation: naming the table, the failed check and the article ids.
    """
    for name in ("articles", "entities", "actors", "quotes", "sources"):
        validate_table(name, getattr(corpus, name))
    texts = corpus.articles.set_index("article_id")["text"]
    _span_checks("entities", corpus.entities, texts, "text")
    _span_checks("quotes", corpus.quotes, texts, "quote")
    _span_checks("quotes", corpus.quotes, texts, "speaker", "speaker_start", "speaker_end")
    q = corpus.quotes.sort_values(["article_id", "start"])
    same = q["article_id"].values[1:] == q["article_id"].values[:-1]
    overlap = same & (q["start"].values[1:] < q["end"].values[:-1])
    if overlap.any():
        _fail("quotes", "quotes of one article do not overlap", q["article_id"].values[1:][overlap])
    sources = corpus.sources
    stray = stray_sources(sources, corpus.actors, corpus.entities, texts.index)
    if stray.any():
        _fail("sources", "actor is a PERSON actor, or an actor its article mentions as a person, "
              "of an article of the corpus",
              sources.loc[stray, "article_id"])


def stray_sources(sources: pd.DataFrame, actors: pd.DataFrame, entities: pd.DataFrame,
                  article_ids: Any) -> pd.Series:
    """The ``sources`` rows that break the cross-table rule of :func:`validate_corpus` (a
    boolean mask): an article not among ``article_ids``, or an actor that is neither a PERSON
    actor nor an actor its article mentions as a person (a PERSON mention or a linked he/she
    there: the evidence by which the corpus step makes it a person in that article,
    :func:`analysis.assembly.merges.article_people`; only that the evidence is there is checked,
    not the step's thresholds)."""
    people = set(actors.loc[actors["label"] == "PERSON", "actor"])
    stray = ~sources["actor"].isin(people)
    if stray.any():
        said = entities[(entities["label"] == "PERSON") | entities["pronouns"].notna()] \
            if len(entities) else entities
        mentioned = set(zip(said["article_id"], said["actor"]))
        known = set(actors["actor"])
        stray &= ~pd.Series([x in known and (a, x) in mentioned
                             for a, x in zip(sources["article_id"], sources["actor"])],
                            index=sources.index, dtype=bool)
    return stray | ~sources["article_id"].isin(article_ids)


if __name__ == "__main__":  # python -m analysis.schema: the README's schema tables
    print("\n\n".join(t.markdown() for t in TABLES.values()))
