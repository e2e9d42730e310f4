"""The articles table from whatever a user passes to ``analyze()``, and the choice of articles
it parses (repeated ids, empty texts)."""

from __future__ import annotations

import operator
from typing import Iterable

import numpy as np
import pandas as pd

from .io import article_id_for, clean_text, text_value
from .io.values import OUT_OF_RANGE, date_note, path_text, read_date
from .schema import ARTICLES, UTC

ARTICLE_COLUMNS = ARTICLES.names


def coerce_articles(articles: pd.DataFrame | str | Iterable[str]) -> pd.DataFrame:
    """Turn user input into an articles table with every column of ``ARTICLE_COLUMNS``, in the
    table's dtypes: :func:`coerce_with_notes` without its notes.

    Raises:
        ValueError: a DataFrame without a ``text`` column.
    """
    return coerce_with_notes(articles)[0]


def coerce_with_notes(articles: pd.DataFrame | str | Iterable[str]
                      ) -> tuple[pd.DataFrame, list[dict]]:
    """Turn user input into an articles table with every column of ``ARTICLE_COLUMNS``, in the
    table's dtypes, and the note rows (errors-table rows that keep their article) it gives.

    Accepts the output of ``load_articles``, any DataFrame with at least ``article_id`` and
    ``text``, one text, or a list of texts. A missing ``article_id`` (no column, or None/NaN in
    it) is derived from the text; other ids become strings. Metadata columns become strings or
    None (a number as title is its text, a list, tuple or array of authors its items joined by
    ", ", an empty one None; a file name with undecodable bytes shows them as ``\\xNN``),
    ``published`` a UTC nanosecond timestamp or NaT: a date pandas cannot hold (the year 3000
    or 1500, as a ``datetime64`` column of another unit, a ``Timestamp``, a text or a number)
    or cannot read becomes NaT with a ``bad_date`` note naming the article. The input is not
    modified; nothing is dropped here (see :func:`analyze` for repeated ids and empty texts).

    Raises:
        ValueError: a DataFrame without a ``text`` column.
    """
    if isinstance(articles, str):
        frame = pd.DataFrame({"text": [articles]})
    elif isinstance(articles, pd.DataFrame):
        frame = articles.copy(deep=False)
    else:
        frame = pd.DataFrame({"text": list(articles)})
    frame.attrs = {}
    if "text" not in frame.columns:
        raise ValueError(f"articles table has no 'text' column (columns: "
                         f"{', '.join(map(str, frame.columns))}); expected at least article_id "
                         f"and text")
    for col in ARTICLE_COLUMNS:
        if col not in frame.columns:
            frame[col] = None
    texts = [t if isinstance(t, str) else None for t in frame["text"]]
    plain = _plain_strings(pd.Series(texts, index=frame.index, dtype=object))
    frame["text"] = plain if plain is not None else [  # lone surrogates replaced
        clean_text(t) if t is not None else None for t in texts]
    ids = _text_column(frame["article_id"])
    if ids.isna().any():
        ids = pd.Series([a if isinstance(a, str) else (
            article_id_for(t) if isinstance(t, str) else None)
            for a, t in zip(ids, frame["text"])], index=frame.index, dtype=object)
    frame["article_id"] = ids
    for col in ("title", "author", "source", "url"):
        frame[col] = _text_column(frame[col])
    frame["path"] = _text_column(frame["path"], repair=path_text)
    frame["published"], notes = _dates(frame)
    extra = [c for c in frame.columns if c not in ARTICLE_COLUMNS]
    return frame[ARTICLE_COLUMNS + extra].reset_index(drop=True), notes


def _dates(frame: pd.DataFrame) -> tuple[pd.Series, list[dict]]:
    """The ``published`` column as UTC nanosecond timestamps, and a ``bad_date`` note for each
    value given that is not one (out of pandas' range, or unreadable): NaT, article kept.
    A ``datetime64`` column is converted at once (checked against the range when its unit is
    coarser than nanoseconds), other columns value by value (:func:`analysis.io.read_date`)."""
    published = frame["published"]
    if isinstance(published.dtype, pd.DatetimeTZDtype) \
            or pd.api.types.is_datetime64_dtype(published.dtype):
        dates = pd.to_datetime(published, utc=True)  # already dates: vectorised
        if dates.dtype == UTC:
            return dates, []
        outside = (dates < pd.Timestamp.min.tz_localize("UTC")) \
            | (dates > pd.Timestamp.max.tz_localize("UTC"))
        why = [OUT_OF_RANGE if bad else None for bad in outside]
        dates = dates.where(~outside)
    else:
        read = [read_date(v) for v in published]
        why = [w for _, w in read]
        dates = pd.Series([d for d, _ in read], index=frame.index, dtype=object)
    notes = []
    for pos, reason in ((i, w) for i, w in enumerate(why) if w is not None):
        article_id, path = frame["article_id"].iat[pos], frame["path"].iat[pos]
        notes.append(_problem(path if isinstance(path, str) else f"article {article_id}",
                              "bad_date", f"article {article_id}: "
                              f"{date_note(published.iat[pos], reason)}"))
    return pd.to_datetime(dates, utc=True).astype(UTC), notes


def _text_column(values: pd.Series, repair=clean_text) -> pd.Series:
    """:func:`analysis.io.text_value` of every value, as an object column (None for missing);
    strings with lone surrogates go through ``repair`` (``clean_text``, or ``path_text`` for
    file names). Vectorised when the column holds only strings and missing values that Arrow
    takes as they are (no lone surrogate to repair): the common case, a re-run over a large
    input."""
    plain = _plain_strings(values)
    if plain is not None:
        return plain
    return pd.Series([(v if v.isascii() else repair(v)) if isinstance(v, str)
                      else text_value(v) for v in values], index=values.index, dtype=object)


def _arrow_strings(values: pd.Series):
    """``values`` as an Arrow string array (missing values null) when they are only strings
    and missing values, all valid Unicode — pyarrow checks both in C, without a Python call
    per value; else None."""
    import pyarrow as pa

    if values.dtype != object and not pd.api.types.is_string_dtype(values.dtype):
        return None
    try:
        return pa.array(values, type=pa.string(), from_pandas=True)
    except (pa.ArrowException, UnicodeError, TypeError, ValueError):
        return None


def _plain_strings(values: pd.Series) -> pd.Series | None:
    """``values`` as an object column of strings and None when that is all it holds and they
    are valid Unicode (:func:`_arrow_strings`); else None."""
    if _arrow_strings(values) is None:
        return None
    missing = values.isna()
    if values.dtype == object and not missing.any():
        return values  # strings only, already: no copy
    return values.astype(object).where(~missing, None)


def _problem(where: str, problem: str, message: str) -> dict:
    return {"path": where, "line": None, "problem": problem, "message": message}


def _select_articles(frame: pd.DataFrame) -> tuple[pd.DataFrame, list[dict]]:
    """The rows of a coerced articles table :func:`analyze` parses, and an error row for each
    one it leaves out (see :func:`choose_rows`)."""
    import pyarrow as pa

    ids = pa.array(frame["article_id"], pa.string(), from_pandas=True)
    keep, problems = choose_rows(ids, frame["text"], frame["path"])
    kept = frame if keep.all() and frame.index.equals(pd.RangeIndex(len(frame))) \
        else frame[keep].reset_index(drop=True)
    return kept, problems


def input_ids(raw: pd.DataFrame):
    """The ``article_id`` :func:`coerce_articles` gives each row of an input table, as an Arrow
    string array, without coercing the table: the given id as text, else (no column, None or
    NaN) the id derived from the text; null where there is neither (no text). Given ids that
    are all strings (the common case, e.g. ``load_articles`` output) are taken over in C,
    without a Python string per row."""
    import pyarrow as pa

    column = raw["article_id"] if "article_id" in raw else None
    ids = _arrow_strings(column) if column is not None else None
    if ids is not None and not ids.null_count:
        return ids  # strings only, valid Unicode: taken over in C
    given = [None] * len(raw) if column is None else _text_column(column).tolist()
    return pa.array([a if isinstance(a, str) else (
        article_id_for(clean_text(t)) if isinstance(t, str) else None)
        for a, t in zip(given, raw["text"])], pa.string())


def choose_rows(ids, texts: pd.Series, paths: pd.Series | None = None
                ) -> tuple[np.ndarray, list[dict]]:
    """Which input rows :func:`analyze` parses (a boolean mask) and an error row for each one
    it leaves out.

    ``ids`` is the rows' ``article_id`` as an Arrow string array (:func:`input_ids`), ``texts``
    their texts, ``paths`` their files (for the messages). Rows repeating an earlier
    ``article_id`` with the same text are parsed once, silently (``load_articles`` lists such
    copies as ``duplicate``); with a different text the later row is left out as
    ``duplicate_id``. Articles without text are ``no_text``; an empty row claims no id.
    Vectorised: the texts are looked at once each (emptiness), the ids in Arrow (repeats), and
    only the rows in question one by one.
    """
    import pyarrow.compute as pc

    values = texts.to_numpy(dtype=object)
    try:  # only strings (the common case): C-level maps, both tests on one text in turn
        empty = np.fromiter(map(operator.or_, map(str.isspace, values),
                                map(operator.not_, values)), bool, len(values))
    except TypeError:  # a missing or non-string text
        empty = np.fromiter((not isinstance(t, str) or not t or t.isspace() for t in values),
                            bool, len(values))
    filled = ~empty
    doubled = np.zeros(len(values), dtype=bool)
    named_ids = ids.drop_null() if ids.null_count else ids
    if len(pc.unique(named_ids)) < len(named_ids):  # some id repeats: which rows, in pandas
        named = pd.Series(ids.to_numpy(zero_copy_only=False), dtype=object)
        doubled[filled] = named[filled].duplicated(keep="first").to_numpy(dtype=bool)

    def where(pos: int) -> str:
        path = paths.iat[pos] if paths is not None else None
        return path if isinstance(path, str) else f"article {ids[pos].as_py()}"

    problems: dict[int, dict] = {}
    for pos in map(int, empty.nonzero()[0]):
        problems[pos] = _problem(where(pos), "no_text", f"article {ids[pos].as_py()} has no text")
    if doubled.any():
        first: dict[str, int] = {}
        for pos, article_id in enumerate(named):
            if filled[pos]:
                first.setdefault(article_id, pos)
        for pos in map(int, doubled.nonzero()[0]):
            earlier = first[named.iat[pos]]
            if values[earlier] != values[pos]:
                problems[pos] = _problem(
                    where(pos), "duplicate_id", f"article_id {named.iat[pos]!r} of row {pos} "
                    f"was already used by row {earlier} for another text; row {pos} is left "
                    f"out (give each article its own id)")
    return ~(empty | doubled), [problems[k] for k in sorted(problems)]
