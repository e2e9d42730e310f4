"""A real Dask cluster, as the README's cluster section runs it: `dask scheduler` and two
`dask worker` processes started from the command line on free ports, `python -m analysis
extract … --engine dask --scheduler tcp://…`, the store compared with a local run; everything
is shut down even when the test fails."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis import Corpus

from .conftest import WIKINEWS, need

DASK = Path(sys.executable).with_name("dask")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start(args: list[str], log: Path, env: dict) -> subprocess.Popen:
    return subprocess.Popen(args, stdout=log.open("w"), stderr=subprocess.STDOUT, env=env,
                            start_new_session=True)


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=20)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def _wait_for_workers(address: str, n: int, timeout: float = 90) -> None:
    from distributed import Client

    with Client(address, timeout=timeout) as client:
        client.wait_for_workers(n, timeout=timeout)


@pytest.mark.skipif(not DASK.exists(), reason="the dask command line is not installed")
def test_scheduler_and_two_workers_from_the_command_line(tmp_path):
    articles = tmp_path / "in"
    articles.mkdir()
    lines = (need(WIKINEWS) / "articles.jsonl").read_text(encoding="utf-8").splitlines()[:16]
    (articles / "sample.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    port, dash = _free_port(), _free_port()
    address = f"tcp://127.0.0.1:{port}"
    env = {**os.environ, "DASK_DISTRIBUTED__WORKER__DAEMON": "False"}
    procs = []
    try:
        procs.append(_start([str(DASK), "scheduler", "--host", "127.0.0.1", "--port", str(port),
                             "--dashboard-address", f"127.0.0.1:{dash}"],
                            tmp_path / "scheduler.log", env))
        for n in range(2):  # each worker loads the model itself: same environment, same path
            procs.append(_start([str(DASK), "worker", address, "--nworkers", "1",
                                 "--nthreads", "1", "--no-dashboard", "--name", f"w{n}",
                                 "--local-directory", str(tmp_path / f"w{n}")],
                                tmp_path / f"worker{n}.log", env))
        _wait_for_workers(address, 2)
        done = subprocess.run([sys.executable, "-m", "analysis", "extract", str(articles),
                               "--out", str(tmp_path / "cluster"), "--engine", "dask",
                               "--scheduler", address, "--processes", "2", "--quiet"],
                              capture_output=True, text=True, timeout=600, env=env)
        logs = "\n".join(p.read_text() for p in tmp_path.glob("*.log"))
        assert done.returncode == 0, done.stderr + logs
        assert "parsed 16 new" in done.stdout
        from distributed import Client

        with Client(address, timeout=30) as client:  # both workers did part of the work
            executed = client.run(lambda dask_worker: dask_worker.state.executed_count)
        assert len(executed) == 2 and all(n > 0 for n in executed.values()), executed
        local = subprocess.run([sys.executable, "-m", "analysis", "extract", str(articles),
                                "--out", str(tmp_path / "local"), "--processes", "1",
                                "--quiet"], capture_output=True, text=True, timeout=600)
        assert local.returncode == 0, local.stderr
        a, b = Corpus.read(tmp_path / "cluster"), Corpus.read(tmp_path / "local")
        for name in ("articles", "entities", "actors", "quotes"):
            pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name), obj=name)
    finally:
        for proc in reversed(procs):
            _stop(proc)
        shutil.rmtree(tmp_path / "w0", ignore_errors=True)
        shutil.rmtree(tmp_path / "w1", ignore_errors=True)
    assert all(p.poll() is not None for p in procs)
