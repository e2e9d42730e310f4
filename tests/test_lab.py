"""`make lab` starts JupyterLab headless, as root or not, on the port asked, honouring
ANALYSIS_DATA; it serves the project folder (reports/, docs/ reachable) and opens at notebooks/,
whose .ipynb twins it wrote unpaired from the tracked .py (served as text); the server is shut
down afterwards."""

from __future__ import annotations

import json
import os
import secrets
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request

from analysis import config

from .conftest import SEED


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str):
    with urllib.request.urlopen(url, timeout=5) as reply:
        return json.loads(reply.read().decode("utf-8"))


def test_make_lab_serves_the_notebooks(tmp_path):
    port, token = _free_port(), secrets.token_hex(16)
    env = {**os.environ, config.DATA_ENV: str(SEED), "JUPYTER_RUNTIME_DIR": str(tmp_path),
           "DISPLAY": ""}
    log = (tmp_path / "lab.log").open("w")
    lab = subprocess.Popen(["make", "-s", "lab", f"LAB_PORT={port}",
                            f"LAB_ARGS=--IdentityProvider.token={token}"],
                           cwd=config.PROJECT_ROOT, env=env, stdout=log,
                           stderr=subprocess.STDOUT, start_new_session=True)
    try:
        base = f"http://127.0.0.1:{port}/api"
        deadline, listing = time.monotonic() + 120, None
        while time.monotonic() < deadline and lab.poll() is None:
            try:
                listing = _get(f"{base}/contents?token={token}")
                break
            except (urllib.error.URLError, ConnectionError, OSError):
                time.sleep(0.5)
        assert listing is not None, (tmp_path / "lab.log").read_text()
        # the project folder: figures (reports/), docs/ and data/ open and download from the lab
        names = {item["name"] for item in listing["content"]}
        assert {"notebooks", "docs", "data", "README.md"} <= names
        # ... and the lab opens at notebooks/
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/?token={token}", timeout=5) as r:
            assert r.geturl().split("?")[0].endswith("/lab/tree/notebooks")
        types = {item["name"]: item["type"]
                 for item in _get(f"{base}/contents/notebooks?token={token}")["content"]}
        for name in ("01-article", "02-actors", "03-sources-and-attribution"):
            # `make lab` wrote the untracked .ipynb twins; the tracked .py are text to the lab
            assert types[f"{name}.ipynb"] == "notebook" and types[f"{name}.py"] == "file"
        # the twin opens as a notebook, parameters cell first, paired with nothing
        nb = _get(f"{base}/contents/notebooks/01-article.ipynb?type=notebook&token={token}")
        code = [c for c in nb["content"]["cells"] if c["cell_type"] == "code"]
        assert "parameters" in code[0]["metadata"].get("tags", [])
        assert "formats" not in nb["content"]["metadata"].get("jupytext", {})
        # the kernels inherit ANALYSIS_DATA: the server's environment is the notebooks'
        assert _get(f"{base}/status?token={token}")["started"]
        try:
            urllib.request.urlopen(f"{base}/contents", timeout=5)
            raise AssertionError("the server answered without its token")
        except urllib.error.HTTPError as refused:
            assert refused.code == 403
    finally:
        try:
            os.killpg(lab.pid, signal.SIGTERM)
            lab.wait(timeout=30)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(lab.pid, signal.SIGKILL)
        log.close()
