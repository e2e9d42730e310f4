"""Notebooks: paired with jupytext, committed without outputs, runnable top to bottom."""

from __future__ import annotations

import re
import subprocess

import jupytext
import pytest

from analysis import config
from analysis.report import notebooks, run_notebook

from .conftest import WIKINEWS, need, user_folders_snapshot

NAMES = ["01-article", "02-actors", "03-sources-and-attribution", "04-audit"]
#: the notebooks that draw charts (04 labels and scores an audit: tables and a widget)
CHARTS = NAMES[:3]


def test_the_notebooks_exist():
    assert [p.stem for p in notebooks()] == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_notebook_hygiene(name):
    folder = config.PROJECT_ROOT / "notebooks"
    nb = jupytext.read(folder / f"{name}.py")  # the tracked form: no outputs by construction
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert nb.cells[0].cell_type == "markdown" and "Question" in nb.cells[0].source
    tagged = [c for c in code if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(tagged) == 1 and code[0] is tagged[0], "one parameters cell, the first code cell"
    for cell in code:
        source = cell.source
        assert not re.search(r"^\s*(def|class)\s", source, re.M), "logic belongs in analysis/"
        assert "os.getcwd" not in source and "sys.path" not in source and "%pip" not in source
        assert "plt.show" not in source
    # never paired with the .ipynb twin: saving the notebook in JupyterLab writes only the
    # git-ignored .ipynb (tests/test_notebooks_clean.py), never this tracked file
    assert "formats" not in nb.metadata.get("jupytext", {}), "a pairing header: remove formats"


def _git(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=config.PROJECT_ROOT, capture_output=True,
                          text=True)


def _in_git() -> bool:
    try:
        return _git("rev-parse", "--is-inside-work-tree").stdout.strip() == "true"
    except OSError:
        return False


@pytest.mark.skipif(not _in_git(), reason="not a git checkout")
def test_a_users_work_does_not_dirty_the_repository(tmp_path):
    """No .ipynb is tracked and git ignores them; data/raw ignores all but the seed."""
    assert _git("ls-files", "notebooks/*.ipynb").stdout == ""
    assert _git("ls-files", "data/raw").stdout.split() == [
        "data/raw/airstrikes-syria-2021-02-26.txt"]
    for path in ("notebooks/01-article.ipynb", "notebooks/.ipynb_checkpoints/x.ipynb",
                 "data/raw/my-article.txt", "data/raw/2024/feed.jsonl", "data/processed/x",
                 "reports/01-article.html"):
        assert _git("check-ignore", "-q", path).returncode == 0, f"{path} is not ignored"
    assert _git("check-ignore", "-q", "notebooks/01-article.py").returncode == 1


def _problems(nb) -> list[str]:
    found = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                found.append(f"{out['ename']}: {out['evalue']}")
            if out.get("output_type") == "stream" and out.get("name") == "stderr":
                lines = [ln for ln in out["text"].splitlines()
                         if ln.strip() and not ln.startswith("Analysing")]
                found.extend(lines)
    return found


@pytest.mark.parametrize("data", ["seed", "wikinews"])
def test_notebooks_run_without_errors_or_warnings(data, monkeypatch):
    if data == "wikinews":
        monkeypatch.setenv(config.DATA_ENV, str(need(WIKINEWS)))
    else:
        monkeypatch.delenv(config.DATA_ENV, raising=False)
    before = user_folders_snapshot()
    for path in notebooks():
        nb = run_notebook(path)
        assert _problems(nb) == [], f"{path.name} on {data}"
        pngs = [o for c in nb.cells for o in c.get("outputs", [])
                if "image/png" in o.get("data", {})]
        assert pngs or path.stem not in CHARTS, f"{path.name} drew no chart"
    # the store and figures went to the test's folders, never to data/processed or reports/
    assert user_folders_snapshot() == before
    assert list((config.figures_dir()).glob("*.png"))
