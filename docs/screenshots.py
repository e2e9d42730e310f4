"""Regenerate the README's screenshots and charts from a real run. A dev tool, not a test.

    python docs/screenshots.py                      # all: 01, 02, 03 and the Wikinews charts
    python docs/screenshots.py --only 01 charts     # some of them

What it does (run it from the project root, with the project's venv):

* copies ``notebooks/01-article.py``, ``02-actors.py`` and ``03-sources-and-attribution.py``
  into a temporary folder and converts them with jupytext to ``.ipynb``;
* starts JupyterLab on that folder (``tests/browser.py``'s harness: a free port, a token, the
  server stopped in ``finally``) with ``ANALYSIS_DATA`` = the seed folder (``data/raw/``) for 01
  and ``../shared/corpora/wikinews`` (``--corpus``) for 02 and 03, and a temporary
  ``ANALYSIS_STORE`` and ``ANALYSIS_REPORTS`` (nothing is written into the repository but the
  PNGs below);
* opens each notebook in headless Chromium (Playwright; Debian's Chromium, as the browser
  tests), *Run All*, waits until every code cell has run and fails on any error output, scrolls
  to the view the README shows (a 1280 × 900 window, taller when the view's figure would end
  below it: the whole figure, its axis labels included) and writes
  ``docs/notebook-01-article.png`` (the highlighted seed article),
  ``docs/notebook-02-actors.png`` (the most mentioned people) and
  ``docs/notebook-03-sources.png`` (people quoted by gender);
* reads the Wikinews store back (``Corpus.read``) and draws the README's charts with the
  package's own calls (``plots.*`` then ``report.save_figure``): ``docs/top-speakers-wikinews.png``,
  ``docs/mentioned-vs-quoted-wikinews.png``, ``docs/top-women-and-men-wikinews.png`` and
  ``docs/gender-share-wikinews.png``.

Look at every PNG before committing it: a screenshot showing an error, a spinner or an empty
area is not done. On a failure the page is saved as ``failed-NN.png`` in the temporary folder,
whose path is printed (``--keep`` keeps it after a success too).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis import config  # noqa: E402
from tests.browser import chromium_page, chromium_path, jupyter_lab, lab_url  # noqa: E402

DOCS = ROOT / "docs"
#: how long a whole Run All may take (02 parses the corpus on the first run)
RUN_ALL_S = 1200
#: the browser window (CSS pixels): a view whose figure ends below it gets a taller window,
#: so that the figure is whole in the screenshot (its axis labels included)
WIDTH, HEIGHT = 1280, 900
#: the margin above the view and below its figure (CSS pixels)
MARGIN = 12
#: the notebook panel on show (the lab keeps the notebooks opened before in hidden tabs)
OPEN = ".jp-NotebookPanel:not(.lm-mod-hidden)"
#: notebook → (source file, the screenshot, how to find the view the README shows)
NOTEBOOKS = {
    "01": ("01-article.py", "notebook-01-article.png", ("h2", "The article, highlighted")),
    "02": ("02-actors.py", "notebook-02-actors.png", ("h2", "People only")),
    "03": ("03-sources-and-attribution.py", "notebook-03-sources.png",
           ("code", "ax = plots.gender_share(corpus)")),
}
#: the README's charts: file name → (plot function, its keyword arguments)
CHARTS = {
    "top-speakers-wikinews": ("top_speakers", {"top": 15}),
    "mentioned-vs-quoted-wikinews": ("mentioned_vs_quoted", {"top": 15}),
    "top-women-and-men-wikinews": ("top_speakers_by_gender", {"top": 10}),
    "gender-share-wikinews": ("gender_share", {"by": "month"}),
}


def _lab_settings(workdir: Path) -> None:
    """This server's user settings: every cell rendered (no windowing, so a view far down the
    notebook is in the page to scroll to) and no autosave."""
    notebook = workdir / "lab-settings" / "@jupyterlab" / "notebook-extension"
    notebook.mkdir(parents=True, exist_ok=True)
    (notebook / "tracker.jupyterlab-settings").write_text(json.dumps({"windowingMode": "none"}))
    docmanager = workdir / "lab-settings" / "@jupyterlab" / "docmanager-extension"
    docmanager.mkdir(parents=True, exist_ok=True)
    (docmanager / "plugin.jupyterlab-settings").write_text(json.dumps({"autosave": False}))


def _run_all(page) -> None:
    """Run All on the open notebook and wait until every code cell has an execution number;
    raises on an error output."""
    from playwright.sync_api import TimeoutError as Timeout

    page.locator(f'{OPEN} .jp-Notebook-ExecutionIndicator[data-status="idle"]').first.wait_for(
        state="attached", timeout=120_000)
    dialog = page.locator(".jp-Dialog", has_text="Select Kernel")
    try:
        dialog.wait_for(timeout=5_000)
        dialog.locator(".jp-mod-accept").click()
    except Timeout:
        pass
    page.locator(f"{OPEN} .jp-Notebook").first.click()
    page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
    page.locator(".lm-Menu-itemLabel", has_text=re.compile(r"^Run All Cells$")).click()
    deadline = time.monotonic() + RUN_ALL_S
    stopped = 0
    while True:
        page.wait_for_timeout(1000)
        prompts = page.evaluate("""open => [...document.querySelectorAll(
            `${open} .jp-CodeCell .jp-InputArea-prompt`)].map(p => p.innerText.trim())""", OPEN)
        failed = page.locator(f"{OPEN} .jp-OutputArea-output", has_text=re.compile(
            r"Traceback|NothingToReport|ArticleNotFound"))
        if failed.count():
            raise RuntimeError(f"a cell failed: {failed.first.inner_text()[:2000]}")
        done = [bool(re.fullmatch(r"\[\d+\]:", p)) for p in prompts]
        if done and all(done):
            return
        # Run All stops at an error: the cells after it go back to "[ ]:"
        idle = page.locator(f'{OPEN} .jp-Notebook-ExecutionIndicator[data-status="idle"]').count()
        stopped = stopped + 1 if idle and any(done) and "[*]:" not in prompts else 0
        if stopped >= 3:
            raise RuntimeError(f"Run All stopped before the end: {prompts}")
        if time.monotonic() > deadline:
            raise RuntimeError(f"Run All did not finish in {RUN_ALL_S} s: {prompts}")


def _view(page, how: tuple[str, str]):
    """The element the screenshot starts at: a heading of a markdown cell, or the code cell
    whose first line is the given text."""
    kind, text = how
    if kind == "h2":
        return page.locator(f"{OPEN} .jp-MarkdownCell h2", has_text=text).first
    cells = page.locator(f"{OPEN} .jp-CodeCell")
    for i in range(cells.count()):
        source = cells.nth(i).locator(".cm-content").inner_text()
        if source.split("\n")[0].strip() == text:
            return cells.nth(i)
    raise RuntimeError(f"no code cell whose first line is {text!r}")


def _scroll_to(page, view) -> None:
    """Scroll the notebook so that ``view`` is at the top of it, a little margin above."""
    view.evaluate("e => e.scrollIntoView({block: 'start'})")
    page.locator(f"{OPEN} .jp-Cell").first.evaluate(
        f"e => e.closest('.jp-WindowedPanel-outer')?.scrollBy(0, -{MARGIN})")
    page.wait_for_timeout(1500)  # images decoded, scrolling settled


def _overflow(view) -> int:
    """How far (CSS pixels) the figure of ``view`` ends below the notebook's visible area: the
    first image output of the code cell ``view`` is in, or else of the first code cell after
    its cell; 0 when it ends inside (or the view has no figure)."""
    return view.evaluate("""e => {
        const cell = e.closest('.jp-Cell');
        let code = cell.classList.contains('jp-CodeCell') ? cell : null;
        for (let c = cell.nextElementSibling; !code && c; c = c.nextElementSibling)
            if (c.classList.contains('jp-CodeCell')) code = c;
        const img = code && code.querySelector('.jp-OutputArea-output img');
        const outer = cell.closest('.jp-WindowedPanel-outer');
        if (!img || !outer) return 0;
        const below = img.getBoundingClientRect().bottom - outer.getBoundingClientRect().bottom;
        return Math.max(0, Math.ceil(below));
    }""")


def screenshot(page, server: str, number: str, tmp: Path) -> Path:
    """Open notebook ``number``, Run All, scroll to its view and write its PNG into docs/."""
    source, png, how = NOTEBOOKS[number]
    name = Path(source).with_suffix(".ipynb").name
    try:
        page.set_viewport_size({"width": WIDTH, "height": HEIGHT})
        page.goto(lab_url(server, f"lab/tree/{name}"))
        page.wait_for_selector(f"{OPEN} .jp-Notebook .jp-Cell", timeout=120_000)
        if page.locator("#jp-left-stack").is_visible():  # the notebook's whole width
            # clicking the open tab of the left side bar (the file browser) collapses it
            page.locator(".jp-SideBar.jp-mod-left .lm-TabBar-tab.lm-mod-current").first.click()
            page.locator("#jp-left-stack").wait_for(state="hidden", timeout=10_000)
        started = time.monotonic()
        _run_all(page)
        print(f"{name}: Run All took {time.monotonic() - started:.0f} s")
        view = _view(page, how)
        _scroll_to(page, view)
        overflow = _overflow(view)
        if overflow > 0:  # the view's figure ends below the window: a taller window
            page.set_viewport_size({"width": WIDTH, "height": HEIGHT + overflow + MARGIN})
            page.wait_for_timeout(500)  # the lab lays itself out again
            _scroll_to(page, view)
            overflow = _overflow(view)
            if overflow > 0:
                raise RuntimeError(f"the figure of {name} still ends {overflow} px below "
                                   f"the window")
        page.screenshot(path=str(DOCS / png))
    except Exception:
        page.screenshot(path=str(tmp / f"failed-{number}.png"), full_page=True)
        raise
    print(f"wrote docs/{png}")
    return DOCS / png


def notebooks(numbers: list[str], data: Path, store: Path, tmp: Path, chromium: str) -> None:
    """Screenshots of ``numbers`` on one JupyterLab server reading ``data``."""
    folder = tmp / f"lab-{'-'.join(numbers)}"
    lab_root = folder / "notebooks"
    lab_root.mkdir(parents=True)
    for number in numbers:
        copy = lab_root / NOTEBOOKS[number][0]
        shutil.copy(ROOT / "notebooks" / NOTEBOOKS[number][0], copy)
        subprocess.run([sys.executable, "-m", "jupytext", "--quiet", "--to", "ipynb",
                        str(copy)], check=True)
    _lab_settings(folder)
    env = {config.DATA_ENV: str(data), config.STORE_ENV: str(store),
           config.REPORTS_ENV: str(tmp / "reports"), config.AUDIT_ENV: str(tmp / "audit"),
           "JUPYTERLAB_WORKSPACES_DIR": str(folder / "workspaces")}
    with jupyter_lab(lab_root, folder, env=env, timeout=180) as server, \
            chromium_page(chromium, width=WIDTH, height=HEIGHT) as page:
        for number in numbers:
            screenshot(page, server, number, tmp)


def charts(store: Path, tmp: Path) -> None:
    """The README's Wikinews charts, drawn from the store by the package's own calls."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from analysis import Corpus, plots, report

    corpus = Corpus.read(store)
    print(corpus.summary())
    for name, (function, kwargs) in CHARTS.items():
        ax = getattr(plots, function)(corpus, **kwargs)
        png = report.save_figure(ax, name, folder=tmp / "charts")
        shutil.copy(png, DOCS / f"{name}.png")
        plt.close(ax.figure)
        print(f"wrote docs/{name}.png")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", nargs="+", choices=["01", "02", "03", "charts"],
                        default=["01", "02", "03", "charts"])
    parser.add_argument("--corpus", type=Path,
                        default=config.PROJECT_ROOT / "../shared/corpora/wikinews")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args(argv)
    chromium = chromium_path()
    if chromium is None:
        parser.error("no Chromium found (make browser, or set ANALYSIS_CHROMIUM)")
    tmp = Path(tempfile.mkdtemp(prefix="screenshots-"))
    print(f"working in {tmp}")
    store = tmp / "store-wikinews"
    try:
        if "01" in args.only:
            notebooks(["01"], config.RAW_DIR, tmp / "store-seed", tmp, chromium)
        wiki = [n for n in ("02", "03") if n in args.only]
        if wiki:
            notebooks(wiki, args.corpus.resolve(), store, tmp, chromium)
        if "charts" in args.only:
            if not store.exists():  # the notebooks did not run: extract the corpus here
                from analysis import load_corpus

                load_corpus(args.corpus.resolve(), store=store)
            charts(store, tmp)
    except BaseException:
        print(f"failed: see {tmp}", file=sys.stderr)
        raise
    if not args.keep:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
