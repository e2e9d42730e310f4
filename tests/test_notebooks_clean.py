"""Opening, running and saving the notebooks in JupyterLab never changes a tracked file.

A temporary git repository holds copies of the project's tracked notebook files (``notebooks/``,
``jupytext.toml``, ``.gitignore``), committed; the ``.ipynb`` twins are written as
``make notebooks`` writes them (:func:`analysis.notebook_twins.write_twins`). A JupyterLab server
(``tests/browser.py``, with the jupytext extension the project installs) serves the repository,
and each notebook is opened, given parameter values as a user sets them, run on the seed
(nbclient) and saved through the server's contents API as JupyterLab saves it: GET the notebook
model, PUT it back with its outputs and the server's kernelspec. ``git status --porcelain``
must then be empty: the parameter values and outputs live in the git-ignored ``.ipynb`` only.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import urllib.error
from pathlib import Path

import nbformat
import pytest

from analysis import config, notebook_twins

from .browser import api, jupyter_lab
from .conftest import SEED

#: the files of the project root the notebooks' behaviour depends on, copied with notebooks/
ROOT_FILES = ("jupytext.toml", ".gitignore")
NAMES = [p.stem for p in notebook_twins.sources()]
#: the seed's article_id (load_articles' id of data/raw/airstrikes-syria-2021-02-26.txt)
SEED_ID = "315a4be858741514"


def git(repo: Path, *args: str) -> str:
    """Run git in ``repo`` (no user or system configuration needed); returns its stdout."""
    done = subprocess.run(["git", "-c", "user.name=test", "-c", "user.email=test@example.invalid",
                           "-c", "commit.gpgsign=false", "-c", "core.hooksPath=/dev/null", *args],
                          cwd=repo, capture_output=True, text=True, check=True,
                          env={"PATH": "/usr/bin:/bin:/usr/local/bin", "GIT_CONFIG_NOSYSTEM": "1",
                               "HOME": str(repo)})
    return done.stdout


def lab_repository(where: Path) -> Path:
    """A git repository at ``where/repo`` with the project's tracked notebook files, committed,
    and the .ipynb twins `make notebooks` writes (which must not show in ``git status``)."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    repo = where / "repo"
    (repo / "notebooks").mkdir(parents=True)
    for name in ROOT_FILES:
        shutil.copy(config.PROJECT_ROOT / name, repo / name)
    for path in (config.PROJECT_ROOT / "notebooks").iterdir():
        if path.is_file() and path.suffix != ".ipynb":
            shutil.copy(path, repo / "notebooks" / path.name)
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "notebooks")
    notebook_twins.write_twins(repo / "notebooks")
    assert sorted(p.stem for p in (repo / "notebooks").glob("*.ipynb")) == NAMES
    assert git(repo, "status", "--porcelain") == "", "the .ipynb twins are not ignored"
    return repo


def seed_folder(where: Path) -> Path:
    """A data folder holding only the seed article."""
    folder = where / "data"
    folder.mkdir()
    shutil.copy(SEED, folder)
    return folder


def set_parameters(nb, values: dict[str, object]) -> None:
    """Append ``NAME = value`` lines to the notebook's parameters cell, as a user types them."""
    cell = next(c for c in nb.cells if "parameters" in c.metadata.get("tags", []))
    cell.source += "".join(f"\n{name} = {value!r}" for name, value in values.items())


def execute(nb, cwd: Path, env: dict[str, str]) -> None:
    """Run every cell of ``nb`` in a fresh kernel (as Run All does); raises on a cell error."""
    from jupyter_client import KernelManager
    from nbclient import NotebookClient

    with tempfile.TemporaryDirectory(prefix="analysis-kernel-") as sockets:
        km = KernelManager(kernel_name="python3", transport="ipc",
                           ip=str(Path(sockets) / "kernel"))
        try:
            NotebookClient(nb, km=km, timeout=300,
                           resources={"metadata": {"path": str(cwd)}}).execute(env=env)
        finally:
            if km.has_kernel:
                km.shutdown_kernel(now=True)


def save_as_jupyterlab(server: str, path: str, nb) -> None:
    """PUT the notebook model as JupyterLab's save does: the running kernel's spec (from the
    server's kernelspecs) in its metadata, its outputs, format json."""
    specs = api(server, "api/kernelspecs")
    spec = specs["kernelspecs"][specs["default"]]["spec"]
    nb.metadata["kernelspec"] = {"display_name": spec["display_name"],
                                 "language": spec["language"], "name": specs["default"]}
    body = json.dumps({"type": "notebook", "format": "json", "content": nb}).encode("utf-8")
    api(server, f"api/contents/{path}", method="PUT", body=body)


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """(repo, server, data folder): the temporary repository served by JupyterLab."""
    where = tmp_path_factory.mktemp("lab-clean")
    repo = lab_repository(where)
    with jupyter_lab(repo, where) as server:
        yield repo, server, seed_folder(where)


@pytest.mark.parametrize("name", NAMES)
def test_open_run_and_save_leaves_the_tree_clean(lab, name):
    repo, server, data = lab
    path = f"notebooks/{name}.ipynb"
    model = api(server, f"api/contents/{path}?type=notebook&content=1")
    assert model["type"] == "notebook"
    nb = nbformat.from_dict(model["content"])
    values: dict[str, object] = {"TOP": 7}
    if name.startswith("01-"):
        values["ARTICLE"] = SEED_ID
    set_parameters(nb, values)
    env = {**os.environ, config.DATA_ENV: str(data)}
    execute(nb, repo / "notebooks", env)
    assert any(o for c in nb.cells for o in c.get("outputs", [])), "the run wrote no output"
    save_as_jupyterlab(server, path, nb)
    assert git(repo, "status", "--porcelain") == ""
    # the parameter values and outputs are in the (ignored) .ipynb, read back as the lab does
    saved = api(server, f"api/contents/{path}?type=notebook&content=1")["content"]
    params = next(c for c in saved["cells"] if "parameters" in c["metadata"].get("tags", []))
    assert "TOP = 7" in params["source"]
    assert any(c.get("outputs") for c in saved["cells"] if c["cell_type"] == "code")


def test_a_tracked_source_is_text_to_the_lab(lab):
    """JupyterLab cannot open notebooks/NN-*.py as a notebook (so it never saves one): the
    jupytext extension serves it as a plain file, and refuses it as a notebook."""
    repo, server, _ = lab
    name = NAMES[0]
    model = api(server, f"api/contents/notebooks/{name}.py?content=1")
    assert model["type"] == "file"
    assert model["content"] == (repo / "notebooks" / f"{name}.py").read_text(encoding="utf-8")
    with pytest.raises(urllib.error.HTTPError) as refused:
        api(server, f"api/contents/notebooks/{name}.py?type=notebook&content=1")
    assert refused.value.code == 400
    listing = api(server, "api/contents/notebooks?content=1")["content"]
    types = {item["name"]: item["type"] for item in listing}
    assert types[f"{name}.py"] == "file" and types[f"{name}.ipynb"] == "notebook"


def test_a_twin_an_older_version_paired_is_unpaired_with_its_outputs(tmp_path):
    """`make notebooks` unpairs a twin written when the .ipynb and .py were paired (saving it
    rewrote the tracked .py), keeping its cells and outputs; a missing twin is written unpaired
    even from a .py whose header still pairs."""
    repo = lab_repository(tmp_path)
    folder = repo / "notebooks"
    twin = folder / f"{NAMES[0]}.ipynb"
    old = nbformat.read(twin, as_version=4)
    old.metadata["jupytext"] = {"formats": "ipynb,py:percent"}
    code = next(c for c in old.cells if c.cell_type == "code")
    code.outputs = [nbformat.v4.new_output("stream", name="stdout", text="kept\n")]
    nbformat.write(old, twin)
    paired_source = folder / "99-paired.py"
    text = (folder / f"{NAMES[0]}.py").read_text(encoding="utf-8")
    paired_source.write_text(text.replace("#   jupytext:\n",
                                          "#   jupytext:\n#     formats: ipynb,py:percent\n", 1),
                             encoding="utf-8")
    lines = notebook_twins.write_twins(folder)
    assert any(line.startswith(f"unpaired {twin}") for line in lines), lines
    assert f"wrote {folder / '99-paired.ipynb'}" in lines
    for path in (twin, folder / "99-paired.ipynb"):
        assert "formats" not in nbformat.read(path, as_version=4).metadata.get("jupytext", {})
    again = nbformat.read(twin, as_version=4)
    assert next(c for c in again.cells if c.cell_type == "code").outputs[0]["text"] == "kept\n"
    assert notebook_twins.write_twins(folder) == []  # nothing left to do, nothing rewritten



def test_a_deliberate_update_of_a_source_from_its_unchanged_twin_is_byte_identical(tmp_path):
    """`jupytext --to py:percent` of a twin JupyterLab has run and saved (kernel metadata, the
    cells' execution times and hidden flags) writes its tracked .py back byte for byte: the
    project's jupytext.toml keeps only the cells' tags and no jupytext version."""
    repo = lab_repository(tmp_path)
    for name in NAMES:
        twin = repo / "notebooks" / f"{name}.ipynb"
        nb = nbformat.read(twin, as_version=4)
        nb.metadata["language_info"] = {"name": "python", "version": "3.11.2"}
        for cell in nb.cells:
            cell.metadata["jupyter"] = {"source_hidden": False, "outputs_hidden": False}
            if cell.cell_type == "code":
                cell.metadata["execution"] = {"iopub.status.idle": "2026-12-05T06:00:00Z"}
                cell.metadata["trusted"] = True
        nbformat.write(nb, twin)
        out = tmp_path / f"{name}.py"
        subprocess.run([sys.executable, "-m", "jupytext", "--quiet", "--to", "py:percent",
                        "--output", str(out), str(twin)], check=True, cwd=repo)
        assert out.read_bytes() == (repo / "notebooks" / f"{name}.py").read_bytes(), name
