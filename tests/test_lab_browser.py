"""Issue 27's real-browser check: in JupyterLab in Chromium, open notebook 01, type an article id
into its parameters cell, Run All, see the highlighted article, wait past the autosave: the
repository's tree is still clean (skipped, saying why, without Chromium or Playwright).

The lab serves a temporary git repository with copies of the project's tracked notebook files
and the .ipynb twins `make notebooks` writes (tests/test_notebooks_clean.py); the autosave
interval is set to a few seconds in the lab's settings dir instead of its 2 minutes.
"""

from __future__ import annotations

import json
import re
import time

from .browser import chromium_page, jupyter_lab, lab_url, need_browser
from .test_notebooks_clean import SEED_ID, git, lab_repository, seed_folder

AUTOSAVE_SECONDS = 2


def _saved(twin, deadline: float) -> bool:
    """Whether the notebook on disk holds the run's id and its outputs before ``deadline``."""
    while time.monotonic() < deadline:
        text = twin.read_text(encoding="utf-8")
        if SEED_ID in text and "aq-article" in text:
            return True
        time.sleep(0.5)
    return False


def test_article_id_run_all_and_autosave_leave_the_tree_clean(tmp_path):
    chromium = need_browser()
    repo = lab_repository(tmp_path)
    data = seed_folder(tmp_path)
    settings = tmp_path / "lab-settings" / "@jupyterlab" / "docmanager-extension"
    settings.mkdir(parents=True)
    (settings / "plugin.jupyterlab-settings").write_text(
        json.dumps({"autosave": True, "autosaveInterval": AUTOSAVE_SECONDS}))
    twin = repo / "notebooks" / "01-article.ipynb"
    # the lab's own workspaces: no tab another session left open is restored
    env = {"ANALYSIS_DATA": str(data), "JUPYTERLAB_WORKSPACES_DIR": str(tmp_path / "workspaces")}
    with jupyter_lab(repo, tmp_path, env=env) as server, chromium_page(chromium) as page:
        page.goto(lab_url(server, "lab/tree/notebooks/01-article.ipynb"))
        page.wait_for_selector(".jp-Notebook .jp-CodeCell .cm-content", timeout=60_000)
        # the kernel is connected before anything runs (the status bar: "Python 3 (…) | Idle")
        page.locator(".jp-StatusBar-TextItem", has_text=re.compile(r"\| Idle$")).first.wait_for(
            timeout=60_000)
        # type the id into the parameters cell (the first code cell), on a line of its own
        editor = page.locator(".jp-Notebook .jp-CodeCell .cm-content").first
        editor.click()
        page.keyboard.press("Control+End")
        page.keyboard.press("Enter")
        page.keyboard.insert_text(f'ARTICLE = "{SEED_ID}"')
        assert f'ARTICLE = "{SEED_ID}"' in editor.inner_text()
        page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
        run_all = page.locator(".lm-Menu-itemLabel", has_text=re.compile(r"^Run All Cells$"))
        run_all.wait_for(timeout=10_000)
        run_all.click()
        # the highlighted article: show_article's HTML (.aq-article) with its quotes
        article = page.locator(".jp-OutputArea-output .aq-article")
        article.wait_for(timeout=75_000)
        assert article.locator(".aq-quote").count() > 0
        article.scroll_into_view_if_needed()
        page.screenshot(path=str(tmp_path / "lab-01-article.png"))
        # Run All has finished (the kernel is idle again), so the next autosave holds it all
        page.locator(".jp-StatusBar-TextItem", has_text=re.compile(r"\| Idle$")).first.wait_for(
            timeout=120_000)
        # wait past the autosave: the .ipynb on disk gets the run's id and outputs
        # (generous: under the full suite's load on two cores a save of the rendered outputs
        # has landed more than 50 s after the kernel went idle)
        deadline = time.monotonic() + 10 * AUTOSAVE_SECONDS + 150
        if not _saved(twin, deadline):
            # under the full suite's load the autosave has twice not landed in time (the lab
            # then showed the file saved a moment later): save as a user does, Ctrl+S, and hold
            # the tree to the same check — what matters is that a save changes no tracked file
            page.screenshot(path=str(tmp_path / "lab-01-not-autosaved.png"))
            page.locator(".jp-Notebook").first.click()
            page.keyboard.press("Control+s")
            if not _saved(twin, time.monotonic() + 60):
                page.screenshot(path=str(tmp_path / "lab-01-not-saved.png"))
                raise AssertionError("JupyterLab saved neither by autosave nor by Ctrl+S")
        time.sleep(2 * AUTOSAVE_SECONDS)
        assert git(repo, "status", "--porcelain") == ""
