"""Project paths and environment variables, in one place.

Paths are derived from this file's location, never from the current working directory, so
notebooks and scripts behave the same wherever they are started from.

Environment variables:
    ANALYSIS_DATA: folder (or file) of input articles; default ``data/raw/`` under the project root.
        A relative value is taken relative to the project root.
    ANALYSIS_SPACY_MODEL: spaCy pipeline to use (package name or directory), see ``analysis.nlp``.
    ANALYSIS_SHARED: the shared folder with models and corpora; default ``../shared`` beside the
        project root.
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT: Path = Path(__file__).resolve().parent.parent
DATA_DIR: Path = PROJECT_ROOT / "data"
RAW_DIR: Path = DATA_DIR / "raw"
INTERIM_DIR: Path = DATA_DIR / "interim"
PROCESSED_DIR: Path = DATA_DIR / "processed"
REPORTS_DIR: Path = PROJECT_ROOT / "reports"
MODELS_DIR: Path = PROJECT_ROOT / "models"

DATA_ENV = "ANALYSIS_DATA"
MODEL_ENV = "ANALYSIS_SPACY_MODEL"
SHARED_ENV = "ANALYSIS_SHARED"


def project_path(value: str | os.PathLike[str]) -> Path:
    """Return ``value`` as a path, taking a relative one relative to the project root.

    Args:
        value: an absolute path, or a path relative to the project root.

    Returns:
        The absolute path (not checked for existence).
    """
    path = Path(value).expanduser()
    return path if path.is_absolute() else PROJECT_ROOT / path


def shared_dir() -> Path:
    """The shared folder (models, corpora): ``ANALYSIS_SHARED`` or ``../shared`` beside the project."""
    value = os.environ.get(SHARED_ENV)
    return project_path(value) if value else PROJECT_ROOT.parent / "shared"


def input_dir() -> Path:
    """The input articles: ``ANALYSIS_DATA`` if set (relative to the project root), else ``data/raw``."""
    value = os.environ.get(DATA_ENV)
    return project_path(value) if value else RAW_DIR
