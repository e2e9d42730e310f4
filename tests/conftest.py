"""Shared fixtures: the spaCy pipeline is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis import config

SHARED = config.shared_dir()
SEED = config.RAW_DIR / "airstrikes-syria-2021-02-26.txt"
BBC = SHARED / "corpora" / "bbc"
POLNEAR = SHARED / "corpora" / "polnear"
WIKINEWS = SHARED / "corpora" / "wikinews"


def need(path: Path) -> Path:
    """Skip the test, saying why, when a shared corpus folder is absent."""
    if not path.exists():
        pytest.skip(f"{path} is absent (the shared corpora live in ../shared beside the project)")
    return path


@pytest.fixture(scope="session")
def nlp():
    from analysis.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seed_articles():
    from analysis import load_articles

    return load_articles(SEED)


@pytest.fixture(scope="session")
def seed_corpus(seed_articles, nlp):
    from analysis import analyze

    return analyze(seed_articles)
