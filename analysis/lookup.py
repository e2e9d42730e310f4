"""Choosing an article in a corpus: the table of its articles (:func:`article_table`; in a
notebook :func:`article_picker`, a table to filter and sort with full titles), and an article
found by its id, a title substring or a file name (:func:`find_article`: what notebook 01's
``ARTICLE`` parameter accepts; :class:`ArticleNotFound` when nothing or several match, shown
in a notebook as one short message with the closest matches, never a traceback)."""

from __future__ import annotations

import difflib
import html
import itertools
from pathlib import Path

import pandas as pd

#: matches named at most in a lookup error (the rest are counted)
SHOWN_MATCHES = 5
#: rows an article picker shows (the rest are counted; ``article_table`` has them all)
PICKER_ROWS = 5000


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


class ArticleNotFound(LookupError):
    """``ARTICLE`` names no article, or several. Shown in a notebook (IPython) as its message
    alone, one short paragraph — not a traceback — so the closest matches are what is read."""

    def _render_traceback_(self) -> list[str]:
        return [f"ArticleNotFound: {self}"]


def find_article(corpus, key: str | int | None) -> str:
    """The ``article_id`` that ``key`` names: an article id (as text: ``42`` is ``"42"``; any
    case when only one id matches so), else the only article whose file name (with or without
    extension) is ``key``, else the only one whose title contains it (any case); ``None``
    gives the first article.

    Raises:
        ArticleNotFound: (a ``LookupError``) nothing or several articles match; the message
            names at most :data:`SHOWN_MATCHES` of the matching articles, or the closest ids,
            titles and file names (difflib); a file name shared by several articles (a JSON
            Lines corpus: ``"articles.jsonl"``) gets the advice to give an id or a title.
    """
    table = article_table(corpus)
    if table.empty:
        raise ArticleNotFound("the corpus has no articles")
    if key is None:
        return str(table["article_id"].iat[0])
    key = str(key).strip()
    ids = table["article_id"].astype(str)
    if key in set(ids):
        return key
    same = ids[ids.str.lower() == key.lower()]
    if len(same) == 1:
        return str(same.iat[0])
    files = table["file"].fillna("")
    stems = files.map(lambda f: Path(f).stem if f else "")
    hit = table[(files == key) | (stems == key)]
    if len(hit) > 1:
        every = "all " if len(hit) == len(table) else ""
        titled = hit["title"].dropna()
        title = f" (such as {' '.join(titled.iat[0].split()[:4])!r})" if len(titled) else ""
        raise ArticleNotFound(
            f"{key!r} is the file of {every}{len(hit)} articles, not of one: set ARTICLE to an "
            f"article_id (such as {str(hit['article_id'].iat[0])!r}) or a part of a "
            f"title{title} from the table of articles")
    if hit.empty:
        titles = table["title"].fillna("")
        hit = table[titles.str.contains(key, case=False, regex=False)]
    if len(hit) == 1:
        return str(hit["article_id"].iat[0])
    if len(hit) > 1:
        raise ArticleNotFound(f"ARTICLE {key!r} matches {len(hit)} articles: {_named(hit)}; "
                              f"give a longer part of the title or the article_id")
    raise ArticleNotFound(f"no article has the id, file name or a title containing {key!r}"
                          f"{_closest(key, table)}")


def _named(rows: pd.DataFrame) -> str:
    """At most :data:`SHOWN_MATCHES` articles as ``'title' (id)``, and how many more."""
    shown = "; ".join(f"{_short(t)!r} ({i})" if isinstance(t, str) else str(i)
                      for t, i in itertools.islice(zip(rows["title"], rows["article_id"]),
                                                   SHOWN_MATCHES))
    more = len(rows) - SHOWN_MATCHES
    return shown + (f"; and {more} more" if more > 0 else "")


def _short(title: str, width: int = 80) -> str:
    return title if len(title) <= width else title[:width - 1] + "…"


def _closest(key: str, table: pd.DataFrame) -> str:
    """"; closest: …" naming the articles whose id, title or file name is most like ``key``
    (difflib, any case), each as ``'title' (id)``; empty when none is close."""
    names: dict[str, int] = {}  # a name, lower-cased -> the first row it names
    for column in ("article_id", "title", "file"):
        for pos, value in enumerate(table[column]):
            if isinstance(value, str) and value:
                names.setdefault(value.lower(), pos)
    close = difflib.get_close_matches(key.lower(), list(names), n=SHOWN_MATCHES, cutoff=0.4)
    if not close:
        return " (the table of articles lists them all)"
    rows = list(dict.fromkeys(names[c] for c in close))  # closest first, each article once
    return f"; closest: {_named(table.iloc[rows])}"


class ArticlePicker:
    """The articles of a corpus as a table to choose from (:func:`article_picker`): in a
    notebook an HTML table with every title in full, a filter box (any part of an id, title,
    outlet or file, any case) and headers that sort when clicked (a small script; where the
    notebook's output is not trusted, it is the plain table); elsewhere the whole table as
    text. ``table`` is :func:`article_table`'s DataFrame."""

    def __init__(self, table: pd.DataFrame, limit: int = PICKER_ROWS):
        self.table, self.limit = table, limit

    def __repr__(self) -> str:
        with pd.option_context("display.max_rows", None, "display.max_colwidth", None,
                               "display.width", None):
            return self.table.to_string(index=False)

    def _repr_html_(self) -> str:
        rows = self.table.head(self.limit)
        uid = f"article-picker-{id(self):x}"
        columns = list(rows.columns)

        def cell(column: str, value) -> str:
            if value is None or value is pd.NaT or (isinstance(value, float) and value != value):
                return "<td></td>"
            if column == "published":
                value = pd.Timestamp(value).strftime("%Y-%m-%d")
            align = ' style="text-align:right"' if column == "quotes" else ""
            return f"<td{align}>{html.escape(str(value))}</td>"

        head = "".join(f'<th data-col="{i}" title="click to sort" style="cursor:pointer;'
                       f'position:sticky;top:0;background:var(--jp-layout-color1,#fff)">'
                       f"{html.escape(c)}</th>" for i, c in enumerate(columns))
        body = "".join("<tr>" + "".join(cell(c, v) for c, v in zip(columns, values)) + "</tr>"
                       for values in rows.itertuples(index=False))
        more = len(self.table) - len(rows)
        note = f" (the first {len(rows)} of {len(self.table)})" if more > 0 else ""
        return (f'<div id="{uid}" style="width:100%">'
                f'<input type="search" placeholder="filter: id, title, outlet, file…" '
                f'style="width:40em;max-width:100%;margin:0 0 4px 0" aria-label="filter the '
                f'articles"> <span class="count">{len(rows)} articles{note}</span>'
                f'<div style="max-height:32em;overflow:auto">'
                f'<table style="width:100%;table-layout:auto"><thead><tr>{head}</tr></thead>'
                f"<tbody>{body}</tbody></table></div></div>"
                f"<script>{_PICKER_SCRIPT.replace('UID', uid)}</script>")


# Filter and sort in the browser (no kernel needed): rows hidden that do not contain the
# filter text; a header click sorts by its column (numbers as numbers), again reverses.
_PICKER_SCRIPT = """(function () {
  var root = document.getElementById("UID"); if (!root) return;
  var box = root.querySelector("input"), count = root.querySelector(".count");
  var body = root.querySelector("tbody"), rows = Array.from(body.rows), total = rows.length;
  box.addEventListener("input", function () {
    var q = box.value.toLowerCase(), n = 0;
    rows.forEach(function (r) {
      var show = r.textContent.toLowerCase().indexOf(q) >= 0;
      r.style.display = show ? "" : "none"; if (show) n++; });
    count.textContent = n + " of " + total + " articles"; });
  root.querySelectorAll("th").forEach(function (th) {
    th.addEventListener("click", function () {
      var i = +th.dataset.col, up = th.dataset.dir !== "up"; th.dataset.dir = up ? "up" : "down";
      rows.sort(function (a, b) {
        var x = a.cells[i].textContent, y = b.cells[i].textContent;
        var nx = parseFloat(x), ny = parseFloat(y);
        var c = (!isNaN(nx) && !isNaN(ny) && String(nx) === x && String(ny) === y)
          ? nx - ny : x.localeCompare(y);
        return up ? c : -c; });
      rows.forEach(function (r) { body.appendChild(r); }); }); });
})();"""


def article_picker(corpus, limit: int = PICKER_ROWS) -> ArticlePicker:
    """The articles of ``corpus`` to choose one from (notebook 01): :class:`ArticlePicker`
    over :func:`article_table` — full titles, a filter box and sortable columns in a notebook,
    the whole table as text elsewhere; at most ``limit`` rows shown (the count says how many
    there are)."""
    return ArticlePicker(article_table(corpus), limit)
