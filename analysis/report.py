"""Saving charts and running the notebooks headless (``make report``).

``save_figure(ax, name)`` writes ``reports/figures/NAME.png`` and the table behind the chart as
``reports/figures/NAME.csv`` and prints both paths (``reports/`` is ``ANALYSIS_REPORTS`` when
set; the CSV is written by :func:`analysis.csvsafe.write_csv`, so an outlet or name starting
with ``=`` cannot run as a spreadsheet formula). :func:`run_notebooks` executes the numbered
notebooks with nbclient (inputs from ``ANALYSIS_DATA``) and exports each to
``reports/NAME.html``.

A corpus with no usable article (every input failed, or the folder holds no article file)
explains itself: each notebook calls :func:`stop_if_empty` right after loading, which shows
"no usable article in DATA: N input(s) failed, see the table below" and the errors table, then
stops the notebook with :class:`NothingToReport` (one line, no traceback; JupyterLab's *Run All*
stops there, and :func:`run_notebook` ends the notebook there without an error).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from . import config
from .csvsafe import write_csv

NOTEBOOKS_DIR = config.PROJECT_ROOT / "notebooks"


def save_figure(ax, name: str, *, folder: str | os.PathLike[str] | None = None) -> Path:
    """Save the chart on ``ax`` as PNG and its table as CSV (same name), print the two paths
    (relative to the project root when inside it); returns the PNG path.

    ``name`` may only contain letters, digits, ``-`` and ``_`` (it becomes a file name). The CSV
    is spreadsheet-safe (:func:`analysis.csvsafe.write_csv`: a text cell starting with
    ``= + - @`` gets a leading ``'``; :func:`analysis.csvsafe.read_csv` reads it back as drawn).
    """
    from .plots import table_of

    if not re.fullmatch(r"[A-Za-z0-9_\-]+", name):
        raise ValueError(f"figure name {name!r} must use only letters, digits, '-' and '_'")
    out = Path(folder) if folder is not None else config.figures_dir()
    out.mkdir(parents=True, exist_ok=True)
    png = out / f"{name}.png"
    ax.figure.savefig(png, dpi=110)
    csv = out / f"{name}.csv"
    write_csv(table_of(ax), csv)
    print(f"Saved {_shown(png)} and {_shown(csv)}")
    return png


def _shown(path: Path) -> str:
    """``path`` relative to the project root when it is inside it (``reports/figures/x.png``,
    what the lab's file browser shows), else as it is."""
    try:
        return str(path.resolve().relative_to(config.PROJECT_ROOT.resolve()))
    except ValueError:
        return str(path)


class NothingToReport(Exception):
    """Raised by :func:`stop_if_empty` to stop a notebook whose corpus has no article: shown
    as its one-line message (IPython's ``_render_traceback_``), never a traceback;
    :func:`run_notebook` ends the notebook there, without an error."""

    def _render_traceback_(self) -> list[str]:
        return [f"{type(self).__name__}: {self}"]


def empty_corpus_message(corpus) -> str | None:
    """The one line a corpus with no article is shown with — "no usable article in DATA: N
    input(s) failed, see the table below" (DATA: ``corpus.meta["input"]``, the folder
    :func:`analysis.load_corpus` read) — or None when it has articles. Counted from
    ``corpus.meta`` where it counts them (a corpus read from a store reads no table for it)."""
    from .io import failures

    count = corpus.meta.get("articles")
    if count is None:
        count = len(corpus.articles)
    if count:
        return None
    where = corpus.meta.get("input", "the input")
    failed = len(failures(corpus.errors))
    table = "see the table below" if len(corpus.errors) else "nothing was found to read"
    return f"no usable article in {where}: {failed} input(s) failed, {table}"


def stop_if_empty(corpus) -> None:
    """In a notebook, right after the corpus is loaded: nothing when it has articles; else
    show :func:`empty_corpus_message` and the errors table (``corpus.errors``: file, line,
    problem, message) and stop the notebook (:class:`NothingToReport`: the cells after it would
    only draw empty charts)."""
    message = empty_corpus_message(corpus)
    if message is None:
        return
    print(message)
    try:
        from IPython.display import display
    except ImportError:  # outside IPython
        print(corpus.errors.to_string(index=False))
    else:
        import pandas as pd

        with pd.option_context("display.max_colwidth", None, "display.max_rows", 200):
            display(corpus.errors)  # whole messages: they say what to fix
    where = corpus.meta.get("input", "the input")
    raise NothingToReport(f"no usable article in {where}; nothing to report, the notebook "
                          f"stops here")


def notebooks() -> list[Path]:
    """The numbered notebooks in order: their tracked jupytext twins ``notebooks/NN-*.py``
    (the ``.ipynb`` files are generated, with the user's outputs, and never tracked)."""
    return sorted(NOTEBOOKS_DIR.glob("[0-9][0-9]-*.py"))


def run_notebook(path: Path, *, timeout: int = 1200):
    """Execute one notebook in a fresh kernel (working directory: the notebook's folder). A
    notebook stopped by :func:`stop_if_empty` (no usable article) ends at that cell, with its
    outputs so far; any other error in a cell is raised (nbclient's ``CellExecutionError``)."""
    import tempfile

    import nbformat
    from jupyter_client import KernelManager
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    import jupytext

    nb = jupytext.read(path) if path.suffix == ".py" else nbformat.read(path, as_version=4)
    with tempfile.TemporaryDirectory(prefix="analysis-kernel-") as sockets:
        # IPC sockets in a private folder: no network ports, no "TCP without encryption" warning
        km = KernelManager(kernel_name="python3", transport="ipc",
                           ip=str(Path(sockets) / "kernel"))
        try:
            NotebookClient(nb, km=km, timeout=timeout,
                           resources={"metadata": {"path": str(path.parent)}}).execute()
        except CellExecutionError as exc:
            if exc.ename != NothingToReport.__name__:
                raise
            nb.metadata["nothing_to_report"] = exc.evalue
        finally:
            if km.has_kernel:
                km.shutdown_kernel(now=False)
    return nb


def run_notebooks(*, out: str | os.PathLike[str] | None = None) -> list[Path]:
    """Execute every numbered notebook and export it as HTML under ``reports/``."""
    from nbconvert import HTMLExporter

    target = Path(out) if out is not None else config.reports_dir()
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for path in notebooks():
        nb = run_notebook(path)
        body, _ = HTMLExporter().from_notebook_node(nb)
        html_path = target / f"{path.stem}.html"
        html_path.write_text(body, encoding="utf-8")
        written.append(html_path)
        print(f"  {path.name} -> {html_path}")
    return written
