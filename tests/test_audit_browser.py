"""Notebook 04-audit in a real browser: JupyterLab started by the test, Debian's Chromium driven
by Playwright (skipped, saying why, without Chromium). Run All draws an audit of the seed article
and shows the labelling box; five items are judged by clicking its buttons; the kernel is
restarted and the notebook run again: the five answers are kept (in the box's progress text and
in the CSV) and the score cell counts them."""

from __future__ import annotations

import re
import time

import pandas as pd

from analysis import config

from .browser import chromium_page, notebook_copy, jupyter_lab, lab_url, need_browser
from .conftest import SEED

#: how long one step (a whole Run All: the model loads, the seed article is parsed) may take
STEP_MS = 90_000


def _menu(page, menu: str, item: str) -> None:
    """Click JupyterLab's menu ``menu`` then its item ``item`` (by their text)."""
    page.locator(".lm-MenuBar-itemLabel", has_text=menu).first.click()
    page.locator(".lm-Menu-itemLabel", has_text=item).first.click()


def _idle(page) -> None:
    """Wait until the notebook's kernel is started and idle, answering JupyterLab's "Select
    Kernel" dialog (it sometimes asks, though the notebook names its kernel) with its choice."""
    from playwright.sync_api import TimeoutError as Timeout

    page.locator('.jp-Notebook-ExecutionIndicator[data-status="idle"]').first.wait_for(
        state="attached", timeout=STEP_MS)
    dialog = page.locator(".jp-Dialog", has_text="Select Kernel")
    try:
        dialog.wait_for(timeout=5_000)
    except Timeout:
        return
    dialog.locator(".jp-mod-accept").click()
    dialog.wait_for(state="detached", timeout=STEP_MS)


def _button(page, text: str):
    """The labelling box's button whose text is exactly ``text``."""
    return page.locator(".aq-labeller").get_by_role("button", name=text, exact=True)


def _progress(page, text: str) -> None:
    """Wait until the box's progress reads ``text`` (the kernel answered the click)."""
    page.locator(".aq-labeller").get_by_text(text).wait_for(timeout=STEP_MS)


def _judged_in_score(page) -> dict[str, str]:
    """The ``judged`` cell of each ``(corpus)`` row of the score table, by field."""
    return page.evaluate("""() => {
        const out = {};
        for (const table of document.querySelectorAll('.jp-OutputArea-output table')) {
            const head = [...table.querySelectorAll('thead th')].map(th => th.innerText.trim());
            const at = head.indexOf('judged'), field = head.indexOf('field');
            const stratum = head.indexOf('stratum');
            if (at < 0 || field < 0 || stratum < 0) continue;
            for (const tr of table.querySelectorAll('tbody tr')) {
                const cells = [...tr.children].map(c => c.innerText.trim());
                if (cells[stratum] === '(corpus)') out[cells[field]] = cells[at];
            }
        }
        return out;
    }""")


def test_five_answers_clicked_survive_a_kernel_restart_and_are_scored(tmp_path):
    chromium = need_browser()
    from playwright.sync_api import expect

    notebooks = notebook_copy("04-audit", tmp_path / "notebooks")
    audits = tmp_path / "audit"
    env = {config.DATA_ENV: str(SEED), config.STORE_ENV: str(tmp_path / "store"),
           config.AUDIT_ENV: str(audits)}
    with jupyter_lab(notebooks, tmp_path, env=env) as server, chromium_page(chromium) as page:
        try:
            page.goto(lab_url(server, "lab/tree/04-audit.ipynb"))
            page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=STEP_MS)
            page.locator(".jp-Notebook").first.click()
            _idle(page)
            _menu(page, "Run", "Run All Cells")
            _button(page, "right (1)").wait_for(timeout=STEP_MS)
            total = len(pd.read_csv(audits / "audit.csv", dtype=str, keep_default_na=False))
            assert total >= 5
            _progress(page, f"0 of {total} judged · item 1 of {total}")
            page.locator(".aq-labeller").scroll_into_view_if_needed()
            page.screenshot(path=str(tmp_path / "01-box.png"))
            clicks = [("right (1)", "gender right (g)"), ("wrong span (2)", None),
                      ("wrong speaker (3)", "female (f)"), ("not a quote (4)", None),
                      ("right (1)", "type wrong (x)")]
            for i, (verdict, other) in enumerate(clicks):
                _button(page, verdict).click()
                _progress(page, f"{i + 1} of {total} judged · item {i + 1} of {total}")
                if other:
                    _button(page, other).click()  # saved: the button shows the answer
                    expect(_button(page, other)).to_have_class(re.compile("mod-info"),
                                                               timeout=STEP_MS)
                if i < len(clicks) - 1:
                    _button(page, "next ▶ (n)").click()
                    _progress(page, f"{i + 1} of {total} judged · item {i + 2} of {total}")
            page.screenshot(path=str(tmp_path / "02-labelled.png"))
            saved = pd.read_csv(audits / "audit.csv", dtype=str, keep_default_na=False)
            assert list(saved["verdict"][:5]) == ["right", "wrong_span", "wrong_speaker",
                                                  "not_a_quote", "right"]
            assert (saved["verdict"][5:] == "").all()
            assert saved["speaker_type_ok"][4] == "no" and saved["gender_verdict"][0] == "right"
            assert saved["gender_verdict"][2] in ("right", "wrong")

            # a new kernel runs everything again: the box opens on the first unlabelled item
            _menu(page, "Kernel", "Restart Kernel and Run All Cells")
            page.locator(".jp-Dialog .jp-mod-accept").click()  # "Confirm Kernel Restart"
            _progress(page, f"5 of {total} judged · item 6 of {total}")
            assert _button(page, "right (1)").count() == 1  # the old box is gone
            page.locator(".aq-labeller").scroll_into_view_if_needed()
            page.screenshot(path=str(tmp_path / "03-after-restart.png"))
            # the score cell's table of this run (the last run's says 0 judged until replaced)
            deadline = time.monotonic() + STEP_MS / 1000
            judged = _judged_in_score(page)
            while judged.get("quote_span") != "5" and time.monotonic() < deadline:
                page.wait_for_timeout(500)
                judged = _judged_in_score(page)
            score = page.locator(".jp-OutputArea-output table", has_text="quote_span").first
            score.scroll_into_view_if_needed()
            page.screenshot(path=str(tmp_path / "04-score.png"))
            # the keys field: a key typed into it answers like its button, JupyterLab's own
            # shortcut for it (1: make the cell a heading) does not fire
            cells = page.locator(".jp-Notebook .jp-MarkdownCell").count()
            keys = page.locator(".aq-labeller input[placeholder='type a key here']")
            keys.click()
            page.keyboard.type("1")
            _progress(page, f"6 of {total} judged · item 6 of {total}")
            assert keys.input_value() == ""
            assert page.locator(".jp-Notebook .jp-MarkdownCell").count() == cells
        except Exception:
            page.screenshot(path=str(tmp_path / "failed.png"), full_page=True)
            raise
    again = pd.read_csv(audits / "audit.csv", dtype=str, keep_default_na=False)
    assert list(again["verdict"][:5]) == list(saved["verdict"][:5])  # the re-draw kept them
    assert again["verdict"][5] == "right" and (again["verdict"][6:] == "").all()
    assert judged["quote_span"] == "5" and judged["speaker"] == "5", judged
