"""Project paths and environment variables, in one place.

Paths are derived from this file's location, never from the current working directory, so
notebooks and scripts behave the same wherever they are started from.

Environment variables:
    ANALYSIS_DATA: folder (or file) of input articles; default ``data/raw/`` under the project root.
        A relative value is taken relative to the project root.
    ANALYSIS_SPACY_MODEL: spaCy pipeline to use (package name or directory), see
        ``analysis.engine.nlp``.
    ANALYSIS_SHARED: the shared folder with models and corpora; default ``../shared`` beside the
        project root.
    ANALYSIS_STORE: the results store the notebooks read and write; default ``data/processed/``.
    ANALYSIS_REPORTS: where reports and figures are written; default ``reports/``.
    ANALYSIS_CORRECTIONS: the corrections file the notebooks apply (``report --corrections``
        sets it); default ``data/corrections.csv`` when it exists.
    ANALYSIS_AUDIT: the folder of audits the notebook ``04-audit`` reads and writes (its
        ``AUDIT_DIR`` parameter wins); default ``data/audit/``.
    ANALYSIS_CACHE: where derived tables are cached between runs (the compact first-name
        statistics of ``analysis.engine.first_names``); default
        ``$XDG_CACHE_HOME/news-attribution`` or ``~/.cache/news-attribution``. Deleting it is
        always safe.
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
#: the user's corrections (tracked with their analysis; none ships): see
#: :mod:`analysis.assembly.corrections`
CORRECTIONS_FILE: Path = DATA_DIR / "corrections.csv"

DATA_ENV = "ANALYSIS_DATA"
MODEL_ENV = "ANALYSIS_SPACY_MODEL"
SHARED_ENV = "ANALYSIS_SHARED"
STORE_ENV = "ANALYSIS_STORE"
REPORTS_ENV = "ANALYSIS_REPORTS"
CACHE_ENV = "ANALYSIS_CACHE"
CORRECTIONS_ENV = "ANALYSIS_CORRECTIONS"
AUDIT_ENV = "ANALYSIS_AUDIT"


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


def store_dir(value: str | os.PathLike[str] | bool | None = None) -> Path | None:
    """The results store: ``value`` if given (relative to the project root), else
    ``ANALYSIS_STORE``, else ``data/processed``; ``False`` means no store (always re-parse)."""
    if value is False:
        return None
    if value is not None and value is not True:
        return project_path(value)
    env = os.environ.get(STORE_ENV)
    return project_path(env) if env else PROCESSED_DIR


def corrections_file(value: str | os.PathLike[str] | bool | None = None) -> Path | None:
    """The corrections file a notebook applies: ``value`` if given (relative to the project
    root), else ``ANALYSIS_CORRECTIONS``, else :data:`CORRECTIONS_FILE` when it exists, else
    None; ``False``: none."""
    if value is False:
        return None
    if value is not None and value is not True:
        return project_path(value)
    env = os.environ.get(CORRECTIONS_ENV)
    if env:
        return project_path(env)
    return CORRECTIONS_FILE if CORRECTIONS_FILE.is_file() else None


def audit_dir(value: str | os.PathLike[str] | None = None) -> Path:
    """The folder of audits (``analysis.audit``): ``value`` if given (relative to the project
    root), else ``ANALYSIS_AUDIT``, else ``data/audit``."""
    if value is not None:
        return project_path(value)
    env = os.environ.get(AUDIT_ENV)
    return project_path(env) if env else DATA_DIR / "audit"


def reports_dir() -> Path:
    """Where HTML reports go: ``ANALYSIS_REPORTS`` (relative to the project root) or ``reports/``."""
    value = os.environ.get(REPORTS_ENV)
    return project_path(value) if value else REPORTS_DIR


def figures_dir() -> Path:
    """Where chart PNGs and their CSV tables go: ``figures/`` in :func:`reports_dir`."""
    return reports_dir() / "figures"


def cache_dir() -> Path:
    """Where derived tables are cached: ``ANALYSIS_CACHE``, else ``news-attribution`` in
    ``XDG_CACHE_HOME`` or ``~/.cache`` (not created here)."""
    value = os.environ.get(CACHE_ENV)
    if value:
        return project_path(value)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "news-attribution"


def positive_limit(value, name: str, unit: str):
    """``value`` if it is a positive whole number or None (no limit): the check of every size
    limit a user passes (``max_file_bytes``, ``max_chars``).

    Raises:
        ValueError: anything else, naming ``name`` and its ``unit``.
    """
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)
                              or value < 1):
        raise ValueError(f"{name} must be a positive whole number of {unit} or None, got "
                         f"{value!r}")
    return value
