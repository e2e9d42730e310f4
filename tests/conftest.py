"""Shared fixtures: the spaCy pipeline is loaded once per test session; the suite never writes
into the user's folders (``data/processed``, ``data/interim``, ``data/audit``, ``reports/``)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

from analysis import config

SHARED = config.shared_dir()
SEED = config.RAW_DIR / "airstrikes-syria-2021-02-26.txt"
BBC = SHARED / "corpora" / "bbc"
POLNEAR = SHARED / "corpora" / "polnear"
WIKINEWS = SHARED / "corpora" / "wikinews"
USER_FOLDERS = (config.PROCESSED_DIR, config.INTERIM_DIR, config.REPORTS_DIR,
                config.DATA_DIR / "audit")

# hypothesis keeps no example database in the project folder
settings.register_profile("hermetic", database=None)
settings.load_profile("hermetic")


def need(path: Path) -> Path:
    """Skip the test, saying why, when a shared corpus folder is absent."""
    if not path.exists():
        pytest.skip(f"{path} is absent (the shared corpora live in ../shared beside the project)")
    return path


def user_folders_snapshot() -> dict[str, tuple[int, int]]:
    """Every file under the user's output folders, with its size and modification time."""
    found = {}
    for folder in USER_FOLDERS:
        for path in folder.rglob("*") if folder.is_dir() else []:
            if path.is_file():
                stat = path.stat()
                found[str(path)] = (stat.st_size, stat.st_mtime_ns)
    return found


@pytest.fixture(scope="session", autouse=True)
def hermetic(tmp_path_factory):
    """Point the default store and reports folder (what notebooks and ``report`` use) into the
    session's temporary folder, and fail the session if anything wrote into the user's folders."""
    before = user_folders_snapshot()
    sandbox = tmp_path_factory.mktemp("user-folders")
    saved = {k: os.environ.get(k) for k in (config.STORE_ENV, config.REPORTS_ENV,
                                             config.CACHE_ENV, config.AUDIT_ENV)}
    os.environ[config.STORE_ENV] = str(sandbox / "store")
    os.environ[config.REPORTS_ENV] = str(sandbox / "reports")
    os.environ[config.CACHE_ENV] = str(sandbox / "cache")
    os.environ[config.AUDIT_ENV] = str(sandbox / "audit")
    yield sandbox
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
    assert user_folders_snapshot() == before, \
        "the test suite wrote into data/processed, data/interim or reports/"


@pytest.fixture(scope="session")
def nlp():
    from analysis.engine.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seed_articles():
    from analysis import load_articles

    return load_articles(SEED)


@pytest.fixture(scope="session")
def seed_corpus(seed_articles, nlp):
    from analysis import analyze

    return analyze(seed_articles)
