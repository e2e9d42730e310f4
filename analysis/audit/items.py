"""The audit items: the engine's predictions a person judges, as rows of an audit CSV.

One row per item (:data:`AUDIT_COLUMNS`, in this order):

* a **quote item** is one row of ``corpus.quotes`` (``item_id`` = its ``quote_id``), joined to
  its article for ``source`` (the outlet) and ``title``; ``gender`` is the quote's
  ``speaker_gender``.
* a **source item** is one row of ``corpus.sources`` — one person quoted in one article —
  (``item_id`` = ``"<article_id>|<actor>"``), shown through the first of that person's quotes
  in the article (its ``quote_id``, ``start``, ``end``, text, kind, cue and speaker);
  ``speaker_type`` is ``person``, ``speaker_actor`` the actor, ``gender`` the source's gender.

The answer columns (:data:`ANSWER_COLUMNS`) are empty strings until someone judges the item
(:func:`analysis.audit.record`, or a spreadsheet). Their allowed values are :data:`VERDICTS`
(per item kind), :data:`YES_NO`, :data:`GENDER_VERDICTS` and :data:`CORRECT_GENDERS`.
"""

from __future__ import annotations

import pandas as pd

#: every column of an audit CSV, in order
AUDIT_COLUMNS = (
    "item_id", "item", "stratum", "weight",
    "article_id", "quote_id", "start", "end",
    "quote", "kind", "cue", "speaker", "speaker_type", "speaker_actor", "gender",
    "gender_source", "confidence", "source", "title",
    "verdict", "speaker_type_ok", "gender_verdict", "correct_speaker", "correct_gender",
    "note", "labelled_at",
)
#: the columns a person fills in (empty strings until judged)
ANSWER_COLUMNS = AUDIT_COLUMNS[AUDIT_COLUMNS.index("verdict"):]
#: the item columns (what the engine predicted), drawn from the corpus
ITEM_COLUMNS = AUDIT_COLUMNS[:AUDIT_COLUMNS.index("verdict")]
#: item kinds
ITEMS = ("quote", "source")
#: allowed ``verdict`` per item kind ("" = not judged yet)
VERDICTS = {"quote": ("right", "wrong_span", "wrong_speaker", "not_a_quote"),
            "source": ("right", "not_a_source", "wrong_speaker")}
YES_NO = ("yes", "no")
GENDER_VERDICTS = ("right", "wrong")
CORRECT_GENDERS = ("female", "male")
#: the strata an item kind is drawn by when ``sample(by=None)``
DEFAULT_BY = {"quote": ("source", "kind", "speaker_type"), "source": ("source", "gender")}
#: how a missing stratum value (an article without an outlet) is written in ``stratum``
MISSING_STRATUM = "(none)"

_INT_COLUMNS = ("start", "end")
_FLOAT_COLUMNS = ("weight", "confidence")


def _articles(corpus) -> pd.DataFrame:
    return corpus.table("articles", ["article_id", "source", "title"])


def quote_items(corpus) -> pd.DataFrame:
    """One quote item per row of ``corpus.quotes`` (answer columns empty; ``stratum`` and
    ``weight`` not set yet), in the corpus's quote order."""
    q = corpus.table("quotes", ["article_id", "quote_id", "start", "end", "quote", "kind", "cue",
                                "speaker", "speaker_type", "speaker_actor", "speaker_gender",
                                "gender_source", "confidence"])
    q = q.rename(columns={"speaker_gender": "gender"})
    q = q.merge(_articles(corpus), on="article_id", how="left")
    q["item_id"] = q["quote_id"]
    q["item"] = "quote"
    return _frame(q)


def source_items(corpus) -> pd.DataFrame:
    """One source item per row of ``corpus.sources`` (answer columns empty; ``stratum`` and
    ``weight`` not set yet), in the sources' order; the quote columns are those of the
    person's first quote in the article (the quote starting at ``first_quote_start``)."""
    s = corpus.sources[["article_id", "actor", "gender", "gender_source",
                        "first_quote_start"]].copy()
    q = corpus.table("quotes", ["article_id", "quote_id", "start", "end", "quote", "kind", "cue",
                                "speaker", "confidence"])
    q = q.drop_duplicates(["article_id", "start"])
    s = s.merge(q, left_on=["article_id", "first_quote_start"], right_on=["article_id", "start"],
                how="left")
    s = s.merge(_articles(corpus), on="article_id", how="left")
    s["item_id"] = s["article_id"].astype(str) + "|" + s["actor"].astype(str)
    s["item"] = "source"
    s["speaker_type"] = "person"
    s["speaker_actor"] = s["actor"]
    return _frame(s)


def items(corpus, item: str = "quote") -> pd.DataFrame:
    """The items of kind ``item`` (``"quote"`` or ``"source"``) of a corpus, as audit rows."""
    if item == "quote":
        return quote_items(corpus)
    if item == "source":
        return source_items(corpus)
    raise ValueError(f"unknown item={item!r}; expected one of {ITEMS}")


def _frame(rows: pd.DataFrame) -> pd.DataFrame:
    """``rows`` as audit rows: :data:`AUDIT_COLUMNS` in order, text columns as str ("" for
    missing), ``start``/``end`` nullable integers, ``weight``/``confidence`` floats."""
    frame = rows.reindex(columns=list(AUDIT_COLUMNS)).reset_index(drop=True)
    return typed(frame)


def typed(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` (audit columns, e.g. as read from the CSV as text) with the audit dtypes: text
    columns str with "" for missing, ``start``/``end`` Int64, ``weight``/``confidence``
    float64. A new frame."""
    columns = {}
    for col in AUDIT_COLUMNS:
        values = frame[col]
        if col in _INT_COLUMNS or col in _FLOAT_COLUMNS:
            numbers = pd.to_numeric(values.replace("", None), errors="raise")
            columns[col] = numbers.astype("Int64" if col in _INT_COLUMNS else "float64")
        else:
            missing = values.isna().to_numpy()
            columns[col] = pd.Series(["" if m else str(v) for v, m in zip(values, missing)],
                                     index=frame.index, dtype=object)
    return pd.DataFrame(columns, index=frame.index)
