"""Real-browser tests of the lab: JupyterLab started by the test on a free port, driven by
Playwright (from PyPI) with Debian's Chromium (``make browser`` installs it; Playwright's own
browser download is never used).

:func:`need_browser` skips a test with a clear reason where Playwright or Chromium is absent;
:func:`jupyter_lab` starts a server and stops it (its whole process group) in ``finally``;
:func:`chromium_page` yields a Playwright page of a headless Chromium.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Iterator

import pytest

#: where Chromium is looked for: ANALYSIS_CHROMIUM, then Debian's names on PATH
CHROMIUM_NAMES = ("chromium", "chromium-browser")
#: the flags a closed network needs (no background connections, no sandbox as root)
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--disable-dev-shm-usage"]


def chromium_path() -> str | None:
    """The Chromium executable (ANALYSIS_CHROMIUM, else ``chromium`` on PATH), or None."""
    given = os.environ.get("ANALYSIS_CHROMIUM")
    if given:
        return given if Path(given).is_file() else None
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def need_browser() -> str:
    """The Chromium path; skips the calling test, saying why, where Playwright or Chromium is
    missing."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        pytest.skip("Playwright is not installed (it comes with `pip install -e .[dev]`)")
    path = chromium_path()
    if path is None:
        pytest.skip("no Chromium found (install Debian's with `make browser`, or set "
                    "ANALYSIS_CHROMIUM to a Chromium executable)")
    return path


def notebook_copy(name: str, folder: Path) -> Path:
    """A copy of ``notebooks/NAME.py`` in ``folder`` (created) with its ``.ipynb`` twin, as
    ``make notebooks`` writes it; a test opens the copy, so it never autosaves a tracked file.
    Returns the folder."""
    from analysis import config

    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(config.PROJECT_ROOT / "notebooks" / f"{name}.py", folder)
    subprocess.run([sys.executable, "-m", "jupytext", "--quiet", "--to", "ipynb",
                    str(folder / f"{name}.py")], check=True)
    return folder


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def jupyter_lab(root: Path, workdir: Path, env: dict[str, str] | None = None,
                timeout: float = 120.0) -> Iterator[str]:
    """Start JupyterLab serving ``root`` on a free port; yields the base URL with its token
    (``http://127.0.0.1:PORT/?token=…`` without the path: use ``url("lab/tree/x")``-style
    joins via :func:`lab_url`). Runtime and config files go to ``workdir``; the server's log is
    ``workdir/lab.log``. The server's process group is stopped in ``finally``."""
    port, token = free_port(), secrets.token_hex(16)
    # user settings of this server only: no "get notified about Jupyter news?" pop-up
    settings = workdir / "lab-settings" / "@jupyterlab" / "apputils-extension"
    settings.mkdir(parents=True, exist_ok=True)
    (settings / "notification.jupyterlab-settings").write_text('{"fetchNews": "false"}')
    full_env = {**os.environ, "JUPYTER_RUNTIME_DIR": str(workdir / "runtime"),
                "JUPYTERLAB_SETTINGS_DIR": str(workdir / "lab-settings"), "DISPLAY": "",
                **(env or {})}
    args = [sys.executable, "-m", "jupyterlab", "--no-browser",
            f"--ServerApp.port={port}", "--ServerApp.ip=127.0.0.1",
            f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={root}",
            "--ServerApp.open_browser=False",
            "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate"]
    if os.getuid() == 0:
        args.append("--allow-root")
    log = (workdir / "lab.log").open("w")
    lab = subprocess.Popen(args, cwd=root, env=full_env, stdout=log, stderr=subprocess.STDOUT,
                           start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if lab.poll() is not None:
                raise RuntimeError(f"JupyterLab exited ({lab.returncode}): "
                                   f"{(workdir / 'lab.log').read_text()[-2000:]}")
            try:
                with urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=5):
                    break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                if time.monotonic() > deadline:
                    raise RuntimeError("JupyterLab did not answer within "
                                       f"{timeout:.0f} s") from None
                time.sleep(0.5)
        yield f"{base}|{token}"
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(lab.pid, signal.SIGTERM)
        try:
            lab.wait(timeout=20)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(lab.pid, signal.SIGKILL)
            lab.wait(timeout=10)
        log.close()


def lab_url(server: str, path: str) -> str:
    """The URL of ``path`` (e.g. ``"lab/tree/01-article.ipynb"``) on a server yielded by
    :func:`jupyter_lab`, with its token."""
    base, token = server.split("|")
    sep = "&" if "?" in path else "?"
    return f"{base}/{path.lstrip('/')}{sep}token={token}"


def api(server: str, path: str, method: str = "GET", body: bytes | None = None):
    """A JSON request to the server's REST API (``api/contents/…``, ``api/sessions``)."""
    import json

    base, token = server.split("|")
    request = urllib.request.Request(f"{base}/{path.lstrip('/')}", data=body, method=method,
                                     headers={"Authorization": f"token {token}",
                                              "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as reply:
        text = reply.read().decode("utf-8")
    return json.loads(text) if text else None


@contextlib.contextmanager
def chromium_page(executable: str, width: int = 1400, height: int = 1000) -> Iterator:
    """A Playwright page in headless Chromium (``executable``); closed in ``finally``."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, headless=True,
                                    args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            yield page
        finally:
            browser.close()
