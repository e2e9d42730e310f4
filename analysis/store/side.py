"""The store's side files: ``manifest.json``, ``errors.csv`` and ``last_run.parquet``.

Each is written atomically (a temporary name per run and call, renamed; never left behind);
:class:`analysis.store.Store` writes the three together under the run lock and reads them
together under it, shared, so a reader sees the files of one run.
"""

from __future__ import annotations

import json
import os
import warnings
from pathlib import Path
from typing import Iterable

import numpy as np
import pandas as pd

from ..csvsafe import read_csv, write_csv
from ..schema import ERRORS
from .layout import ERRORS_FILE, LAST_RUN, MANIFEST, temporary


class DamagedStoreFile(ValueError):
    """A store's side file (``last_run.parquet``) is there but cannot be read."""

    def __init__(self, path: Path, problem):
        self.path = path
        super().__init__(f"store file {path} is damaged ({short(problem)}); run the "
                         f"extraction again to record the run, or read the store with "
                         f"articles='all'")


def write_meta(root: Path, meta: dict, errors: pd.DataFrame | None) -> None:
    """Write ``manifest.json`` (and ``errors.csv`` when given), each atomically."""
    root.mkdir(parents=True, exist_ok=True)
    text = json.dumps(meta, indent=2, default=str) + "\n"  # ASCII: \\u escapes
    with temporary(root / MANIFEST) as tmp:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, root / MANIFEST)
    if errors is not None:
        with temporary(root / ERRORS_FILE) as tmp:
            # a file name that is not valid UTF-8 (lone surrogates) is written with
            # backslash escapes: no value can make the write fail; spreadsheet-safe cells
            write_csv(errors, tmp, index=False, encoding="utf-8", errors="backslashreplace")
            os.replace(tmp, root / ERRORS_FILE)


def write_run(root: Path, article_ids: Iterable[str], fingerprint: str) -> None:
    """Write ``last_run.parquet`` (``article_id, fingerprint``: the run's articles, in its
    order) atomically."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    root.mkdir(parents=True, exist_ok=True)
    ids = article_ids if isinstance(article_ids, pa.Array) else \
        pa.array(list(article_ids), pa.string())
    table = pa.table({"article_id": ids, "fingerprint": pa.DictionaryArray.from_arrays(
        pa.array(np.zeros(len(ids), np.int32)), pa.array([fingerprint], pa.string()))})
    with temporary(root / LAST_RUN) as tmp:
        # hashes do not compress and are all distinct: plain and uncompressed is fastest
        pq.write_table(table, tmp, use_dictionary=["fingerprint"], compression="none")
        os.replace(tmp, root / LAST_RUN)


def read_run(root: Path) -> pd.DataFrame | None:
    """The articles of the last finished run (``last_run.parquet``), or None for a store
    written before runs were recorded.

    Raises:
        DamagedStoreFile: ``last_run.parquet`` is there but unreadable (never "every stored
            article" instead).
    """
    path = root / LAST_RUN
    if not path.is_file():
        return None
    import pyarrow as pa

    try:
        frame = pd.read_parquet(path)
    except (OSError, pa.ArrowException, ValueError) as exc:
        raise DamagedStoreFile(path, exc) from exc
    if not {"article_id", "fingerprint"} <= set(frame.columns):
        raise DamagedStoreFile(path, "no article_id and fingerprint columns")
    return frame


def read_meta(root: Path) -> tuple[dict, pd.DataFrame | None]:
    """``manifest.json`` (a dict; ``{}`` when absent) and ``errors.csv`` (the errors table;
    None when absent). Either one damaged (empty, not JSON / not CSV) gives a warning naming
    the file: an empty manifest, and an errors table of one row saying that the run's error
    list is lost (the corpus itself does not depend on them)."""
    manifest = root / MANIFEST
    meta: dict = {}
    if manifest.is_file():
        try:
            meta = json.loads(manifest.read_text(encoding="utf-8"))
            if not isinstance(meta, dict):
                raise ValueError(f"a JSON {type(meta).__name__}, not an object")
        except (OSError, ValueError) as exc:
            warnings.warn(f"store file {manifest} is damaged ({short(exc)}); the corpus "
                          f"is read without its run description (model, counts)",
                          stacklevel=3)
            meta = {}
    errors_path = root / ERRORS_FILE
    errors = None
    if errors_path.is_file():
        try:
            errors = ERRORS.frame(read_csv(errors_path, dtype={
                "path": object, "problem": object, "message": object}))
        except (OSError, ValueError, KeyError, pd.errors.ParserError) as exc:
            warnings.warn(f"store file {errors_path} is damaged ({short(exc)}); the last "
                          f"run's list of failed inputs is lost (run it again to list "
                          f"them)", stacklevel=3)
            errors = ERRORS.frame([{"path": str(errors_path), "line": None,
                                    "problem": "unreadable", "message":
                                    f"the store's errors.csv is damaged ({short(exc)}); "
                                    f"the last run's failed inputs are not listed"}])
    return meta, errors


def short(problem) -> str:
    """The first line of an exception's (or a message's) text, at most 200 characters."""
    text = str(problem).strip().splitlines()
    return (text[0] if text else type(problem).__name__)[:200]
