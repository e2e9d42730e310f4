"""The pipeline fingerprint: a short hash of everything that decides a stored (per-article) row.

It is an allow-list. It hashes the model name and version, the spaCy and package versions, the
row settings string, and the content of exactly the package paths in :data:`ROW_PATHS` — the
per-article engine (``engine/``), the article readers (``io/``), the word lists (``data/``),
the table contract (``schema.py``), the vocabularies (``vocab.py``), the word-list loader
(``lexicons.py``) and the input rows as stored (``articles.py``: texts, dates, titles
coerced), every file under a listed folder, whatever its name (a new engine module or
word list is covered without being listed). Nothing else is hashed: the corpus step
(``assembly/``, applied when a store is read), charts, the command line, the runs, the Corpus
and the store itself cannot change a stored row, and a new module outside these paths does not
re-parse a store.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

#: the package paths (relative to ``analysis/``) whose content decides a stored row: folders
#: (every file under them) and files; those absent from a copy of the package are skipped
ROW_PATHS = ("engine", "io", "data", "schema.py", "vocab.py", "lexicons.py", "articles.py")

_PACKAGE = Path(__file__).resolve().parent.parent  # analysis/


def package_files(root: Path | None = None) -> list[Path]:
    """The files of the package the fingerprint hashes, in a stable order (by path): every file
    under the folders of :data:`ROW_PATHS` (sub-folders included; no ``__pycache__``, no
    compiled files) and its files, those that exist. ``root``: another copy of the package
    (default: this one)."""
    root = _PACKAGE if root is None else Path(root)
    found = []
    for name in ROW_PATHS:
        path = root / name
        if path.is_file():
            found.append(path)
        elif path.is_dir():
            found.extend(p for p in path.rglob("*") if p.is_file()
                         and "__pycache__" not in p.relative_to(root).parts
                         and p.suffix not in (".pyc", ".pyo"))
    return sorted(found, key=lambda p: p.relative_to(root).parts)


def fingerprint(model: dict, config: str = "", *, root: Path | None = None) -> str:
    """A short hash of everything that decides the per-article rows: the model name and
    version, spaCy and package versions, the content of every file :func:`package_files`
    lists, and the row settings ``config`` (user aliases, lexicon overrides, thresholds)."""
    from .. import __version__

    h = hashlib.sha256()
    for key in ("model", "model_version", "spacy_version"):
        h.update(f"{key}={model.get(key)}\n".encode())
    h.update(f"analysis={__version__}\n".encode())
    root = _PACKAGE if root is None else Path(root)
    for path in package_files(root):
        h.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes() + b"\0")
    h.update(config.encode())
    return h.hexdigest()[:16]
