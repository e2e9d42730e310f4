"""The articles table from whatever a user passes to ``analyze()``, and the choice of articles
it parses (repeated ids, empty texts)."""

from __future__ import annotations

from typing import Iterable

import pandas as pd

from .io import article_id_for, clean_text, parse_date, text_value
from .schema import ARTICLES

ARTICLE_COLUMNS = ARTICLES.names


def coerce_articles(articles: pd.DataFrame | str | Iterable[str]) -> pd.DataFrame:
    """Turn user input into an articles table with every column of ``ARTICLE_COLUMNS``, in the
    table's dtypes.

    Accepts the output of ``load_articles``, any DataFrame with at least ``article_id`` and
    ``text``, one text, or a list of texts. A missing ``article_id`` (no column, or None/NaN in
    it) is derived from the text; other ids become strings. Metadata columns become strings or
    None (a number as title is its text), ``published`` a UTC timestamp or NaT. The input is not
    modified; nothing is dropped here (see :func:`analyze` for repeated ids and empty texts).

    Raises:
        ValueError: a DataFrame without a ``text`` column.
    """
    if isinstance(articles, str):
        frame = pd.DataFrame({"text": [articles]})
    elif isinstance(articles, pd.DataFrame):
        frame = articles.copy()
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
    frame["text"] = [clean_text(t) if isinstance(t, str) else None for t in frame["text"]]
    frame["article_id"] = [
        text_value(a) if text_value(a) is not None
        else (article_id_for(t) if isinstance(t, str) else None)
        for a, t in zip(frame["article_id"], frame["text"])]
    for col in ("title", "author", "source", "url", "path"):
        frame[col] = pd.Series([text_value(v) for v in frame[col]], index=frame.index,
                               dtype=object)
    frame["published"] = pd.to_datetime(pd.Series([parse_date(v) for v in frame["published"]],
                                                  index=frame.index, dtype=object), utc=True)
    extra = [c for c in frame.columns if c not in ARTICLE_COLUMNS]
    return frame[ARTICLE_COLUMNS + extra].reset_index(drop=True)


def _problem(where: str, problem: str, message: str) -> dict:
    return {"path": where, "line": None, "problem": problem, "message": message}


def _select_articles(frame: pd.DataFrame) -> tuple[pd.DataFrame, list[dict]]:
    """The articles :func:`analyze` parses, and an error row for each one it leaves out.

    Rows repeating an earlier ``article_id`` with the same text are parsed once, silently
    (``load_articles`` lists such copies as ``duplicate``); with a different text the later row
    is left out as ``duplicate_id``. Articles without text are ``no_text``.
    """
    problems, keep, first = [], [], {}
    for pos, row in enumerate(frame.itertuples(index=False)):
        where = row.path if isinstance(row.path, str) else f"article {row.article_id}"
        if not isinstance(row.text, str) or not row.text.strip():
            problems.append(_problem(where, "no_text", f"article {row.article_id} has no text"))
            continue
        if row.article_id in first:
            earlier = first[row.article_id]
            if frame["text"].iat[earlier] != row.text:
                problems.append(_problem(
                    where, "duplicate_id", f"article_id {row.article_id!r} of row {pos} was "
                    f"already used by row {earlier} for another text; row {pos} is left out "
                    f"(give each article its own id)"))
            continue
        first[row.article_id] = pos
        keep.append(pos)
    return frame.iloc[keep].reset_index(drop=True), problems
