"""The lab in a real browser: JupyterLab started on a free port, Debian's Chromium driven by
Playwright opens a notebook (a copy of 01, with the .ipynb `make notebooks` writes); skipped,
saying why, without Chromium."""

from __future__ import annotations

from .browser import chromium_page, notebook_copy, jupyter_lab, lab_url, need_browser


def test_jupyterlab_opens_a_notebook_in_chromium(tmp_path):
    chromium = need_browser()
    # a copy: the test never opens (and so never autosaves) a tracked file
    notebooks = notebook_copy("01-article", tmp_path / "notebooks")
    with jupyter_lab(notebooks, tmp_path) as server, chromium_page(chromium) as page:
        page.goto(lab_url(server, "lab/tree/01-article.ipynb"))
        # the notebook opens as a notebook (jupytext), with its first markdown cell rendered
        page.wait_for_selector(".jp-Notebook .jp-MarkdownCell h1", timeout=90_000)
        page.wait_for_function("document.querySelectorAll('.jp-Notebook .jp-Cell').length > 3",
                               timeout=60_000)
        page.screenshot(path=str(tmp_path / "lab.png"))
        cells = page.locator(".jp-Notebook .jp-Cell").count()
        assert cells > 3
        assert "One article" in page.locator(".jp-Notebook").inner_text()


def test_analysis_chromium_names_the_browser(tmp_path, monkeypatch):
    """ANALYSIS_CHROMIUM (README, `make test`) picks the executable; a path that is no file
    finds none, so the browser tests skip saying why instead of failing."""
    from .browser import chromium_path

    fake = tmp_path / "my-chromium"
    fake.write_text("")
    monkeypatch.setenv("ANALYSIS_CHROMIUM", str(fake))
    assert chromium_path() == str(fake)
    monkeypatch.setenv("ANALYSIS_CHROMIUM", str(tmp_path / "absent"))
    assert chromium_path() is None
