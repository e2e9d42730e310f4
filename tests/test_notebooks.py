"""Notebooks: paired with jupytext, committed without outputs, runnable top to bottom."""

from __future__ import annotations

import json
import re

import jupytext
import pytest

from analysis import config
from analysis.report import notebooks, run_notebook

from .conftest import WIKINEWS, need, user_folders_snapshot

NAMES = ["01-article", "02-actors", "03-sources-and-attribution"]


def test_the_three_notebooks_exist():
    assert [p.stem for p in notebooks()] == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_notebook_hygiene(name):
    folder = config.PROJECT_ROOT / "notebooks"
    nb = json.loads((folder / f"{name}.ipynb").read_text())
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert all(not c.get("outputs") and c.get("execution_count") is None for c in code), \
        "outputs must be stripped"
    assert nb["cells"][0]["cell_type"] == "markdown" and "Question" in "".join(
        nb["cells"][0]["source"])
    tagged = [c for c in code if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(tagged) == 1 and code[0] is tagged[0], "one parameters cell, the first code cell"
    for cell in code:
        source = "".join(cell["source"])
        assert not re.search(r"^\s*(def|class)\s", source, re.M), "logic belongs in analysis/"
        assert "os.getcwd" not in source and "sys.path" not in source and "%pip" not in source
        assert "plt.show" not in source
    # the py:percent twin holds the same cells
    paired = jupytext.read(folder / f"{name}.py")
    assert [("".join(c.source) if isinstance(c.source, list) else c.source).strip()
            for c in paired.cells] == ["".join(c["source"]).strip() for c in nb["cells"]]
    assert nb["metadata"]["jupytext"]["formats"] == "ipynb,py:percent"


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
        assert pngs, f"{path.name} drew no chart"
    # the store and figures went to the test's folders, never to data/processed or reports/
    assert user_folders_snapshot() == before
    assert list((config.figures_dir()).glob("*.png"))
