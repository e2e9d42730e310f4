"""Notebook 01's article picker and its lookup errors (analysis.lookup): every article with its
full title, a filter box and sortable columns; a wrong ``ARTICLE`` is one short message with
the closest matches, and a file shared by every article gets the advice to give an id."""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd
import pytest

from analysis import load_articles
from analysis.lookup import ArticleNotFound, article_picker, find_article

from .conftest import WIKINEWS, need


@pytest.fixture(scope="module")
def wiki():
    """The 150 Wikinews articles as a corpus needs them here (no parse): articles, quotes."""
    articles = load_articles(need(WIKINEWS) / "articles.jsonl")
    quotes = pd.DataFrame({"article_id": ["wikinews-001"] * 3 + ["wikinews-042"]})
    return SimpleNamespace(articles=articles, quotes=quotes)


def test_the_picker_shows_every_article_with_its_full_title(wiki):
    picker = article_picker(wiki)
    page = picker._repr_html_()
    titles = wiki.articles["title"].tolist()
    longest = max(titles, key=len)
    assert len(longest) > 80 and page.count("<tr>") == 1 + 150
    for title in titles:
        assert title.replace("&", "&amp;").replace("'", "&#x27;").replace('"', "&quot;") \
            in page
    assert '<input type="search"' in page and "<script>" in page and "150 articles" in page
    text = repr(picker)  # no notebook: the whole table as text, titles in full
    assert len(text.splitlines()) == 151 and longest in text and "..." not in text


def test_the_picker_escapes_and_caps_its_rows(wiki):
    arts = wiki.articles.head(3).assign(title=["<b>Bold</b> & co", None, "Plain"])
    page = article_picker(SimpleNamespace(articles=arts, quotes=wiki.quotes))._repr_html_()
    assert "&lt;b&gt;Bold&lt;/b&gt; &amp; co" in page and "<b>Bold" not in page
    capped = article_picker(wiki, limit=10)._repr_html_()
    assert capped.count("<tr>") == 11 and "the first 10 of 150" in capped


def test_a_file_of_every_article_gets_advice_to_give_an_id(wiki):
    for key in ("articles.jsonl", "articles"):
        with pytest.raises(ArticleNotFound) as err:
            find_article(wiki, key)
        message = str(err.value)
        assert "is the file of all 150 articles" in message
        assert "article_id (such as 'wikinews-001')" in message
        assert "'Magnitogorsk apartment building collapses'" in message
        assert find_article(wiki, "Magnitogorsk apartment building collapses") == "wikinews-001"


def test_lookup_errors_are_short_with_the_closest_ids_and_titles(wiki):
    assert find_article(wiki, "wikinews-042") == "wikinews-042"
    assert find_article(wiki, "WIKINEWS-042") == "wikinews-042"  # an id in another case
    with pytest.raises(ArticleNotFound, match=r"closest: .*\(wikinews-042\)"):
        find_article(wiki, "wikinews-42")
    with pytest.raises(ArticleNotFound, match="closest: 'Magnitogorsk apartment building"):
        find_article(wiki, "Magnitogorsk apartmnt bilding collapses after explosion")
    with pytest.raises(ArticleNotFound) as err:
        find_article(wiki, "the")  # a part of eleven titles
    message = str(err.value)
    assert "matches 11 articles" in message and "and 6 more" in message
    assert len(message) < 600
    assert err.value._render_traceback_() == [f"ArticleNotFound: {message}"]
    assert isinstance(err.value, LookupError)


def test_a_notebook_shows_the_error_as_one_message_not_a_traceback(wiki, capsys):
    from IPython.core.interactiveshell import InteractiveShell

    shell = InteractiveShell.instance()
    try:
        shell.user_ns.update(find_article=find_article, corpus=wiki)
        result = shell.run_cell("find_article(corpus, 'articles.jsonl')")
    finally:
        InteractiveShell.clear_instance()
    out = capsys.readouterr().out
    assert isinstance(result.error_in_exec, ArticleNotFound)
    assert out.strip().startswith("ArticleNotFound: 'articles.jsonl' is the file of all 150")
    assert "Traceback" not in out and len(out.strip().splitlines()) == 1


def test_the_filter_box_and_the_sorting_work_in_a_browser(wiki):
    """The picker's script in Chromium (Playwright): typing filters the rows, a header click
    sorts by its column, a second one reverses. Skipped where either is absent."""
    import shutil

    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("no Chromium on the PATH (Debian: apt install chromium)")
    page_html = f"<html><body>{article_picker(wiki)._repr_html_()}</body></html>"
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        try:
            page = browser.new_page()
            page.set_content(page_html)
            page.fill("input", "STORM")
            shown = page.eval_on_selector_all(
                "tbody tr", "rows => rows.filter(r => r.style.display !== 'none').length")
            # nothing but titles holds "storm" here (ids, dates, outlet, file, counts do not)
            assert shown == wiki.articles["title"].str.lower().str.contains("storm").sum() > 1
            assert page.inner_text(".count") == f"{shown} of 150 articles"
            page.fill("input", "")
            page.click("th:has-text('quotes')")
            page.click("th:has-text('quotes')")  # again: most quotes first
            assert page.inner_text("tbody tr:first-child td:first-child") == "wikinews-001"
            page.click("th:has-text('title')")
            first = page.inner_text("tbody tr:first-child td:nth-child(3)")
            assert first.startswith("200 in New Delhi")  # digits before letters
        finally:
            browser.close()
