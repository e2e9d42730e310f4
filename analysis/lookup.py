"""Choosing an article in a corpus: the table of its articles, and an article found by its
id, a title substring or a file name (what notebook 01's ``ARTICLE`` parameter accepts)."""

from __future__ import annotations

import difflib
from pathlib import Path

import pandas as pd


def article_table(corpus) -> pd.DataFrame:
    """One row per article: ``article_id, published, title, source, file, quotes`` (quotes
    found in it), in the corpus's order."""
    columns = ["article_id", "published", "title", "source", "path"]
    table = getattr(corpus, "table", None)  # only these columns are read from a store
    arts = table("articles", columns) if table else corpus.articles[columns]
    quoted = table("quotes", ["article_id"]) if table else corpus.quotes[["article_id"]]
    counts = quoted["article_id"].value_counts()
    files = arts["path"].map(lambda p: Path(p).name if isinstance(p, str) else None)
    return pd.DataFrame({
        "article_id": arts["article_id"].values,
        "published": arts["published"].values,
        "title": arts["title"].values,
        "source": arts["source"].values,
        "file": files.values,
        "quotes": counts.reindex(arts["article_id"]).fillna(0).astype("int64").values,
    })


def find_article(corpus, key: str | None) -> str:
    """The ``article_id`` that ``key`` names: an article id, else the only article whose file
    name (with or without extension) is ``key``, else the only one whose title contains it
    (any case); ``None`` gives the first article.

    Raises:
        LookupError: nothing or several articles match; the message lists the closest titles
            and files, or the matching ones.
    """
    table = article_table(corpus)
    if table.empty:
        raise LookupError("the corpus has no articles")
    if key is None:
        return str(table["article_id"].iat[0])
    key = str(key).strip()
    if key in set(table["article_id"]):
        return key
    files = table["file"].fillna("")
    stems = files.map(lambda f: Path(f).stem if f else "")
    hit = table[(files == key) | (stems == key)]
    if hit.empty:
        titles = table["title"].fillna("")
        hit = table[titles.str.contains(key, case=False, regex=False)]
    if len(hit) == 1:
        return str(hit["article_id"].iat[0])
    if len(hit) > 1:
        shown = "; ".join(f"{t!r} ({i})" for t, i in zip(hit["title"], hit["article_id"]))
        raise LookupError(f"ARTICLE {key!r} matches {len(hit)} articles: {shown[:600]}; give a "
                          f"longer part of the title, the file name or the article_id")
    names = [n for n in [*table["title"].dropna(), *files[files != ""]] if n]
    close = difflib.get_close_matches(key, names, n=5, cutoff=0.4)
    hint = ("; closest: " + "; ".join(repr(c) for c in close)) if close else ""
    raise LookupError(f"no article has the id, file name or a title containing {key!r}{hint} "
                      f"(article_table(corpus) lists them all)")
