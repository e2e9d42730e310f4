"""Which files to read: paths and folders searched recursively, in a stable order; hidden and
documentation files skipped; unsupported types, broken links and unreadable folders reported."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterator

from .. import lexicons
from .errors import LoadError
from .readers import SUPPORTED_SUFFIXES


def _ignored(name: str) -> bool:
    """A documentation file beside a corpus (README.txt, LICENSE, …: ``ignored_file_names``)."""
    stem = name.split(".", 1)[0].lower()
    return stem in lexicons.words("ignored_file_names") and (
        "." not in name or name.split(".", 1)[1].isalpha())


def _unsupported(path: Path) -> LoadError | None:
    if path.suffix.lower() in SUPPORTED_SUFFIXES:
        return None
    known = ", ".join(sorted(x for x in SUPPORTED_SUFFIXES if x))
    return LoadError("unsupported", f"unsupported file type {path.suffix!r}; expected one of "
                                    f"{known} or no extension")


def _broken_link(path: Path) -> LoadError | None:
    """A symbolic link that leads nowhere (dangling) or to itself (a loop), else None."""
    if not path.is_symlink():
        return None
    try:
        path.resolve(strict=True)
    except RuntimeError:  # Python < 3.13 reports a loop so
        return LoadError("unreadable", "symbolic link loop; nothing to read")
    except OSError as exc:
        if exc.errno == 40:  # ELOOP
            return LoadError("unreadable", "symbolic link loop; nothing to read")
        return LoadError("not_found", f"dangling symbolic link to {os.readlink(path)!r}")
    return None


def _walk(folder: Path) -> Iterator[tuple[Path, LoadError | None]]:
    """Files under ``folder`` in a stable order; symbolic links to folders are followed once
    (a link back up the tree is not followed again); unreadable folders and broken links are
    reported."""
    found: list[tuple[Path, LoadError | None]] = []
    seen: set[str] = {os.path.realpath(folder)}

    def unreadable(exc: OSError) -> None:
        found.append((Path(exc.filename or folder), LoadError(
            "unreadable", f"cannot read folder: {exc.strerror or exc}")))

    for root, dirs, files in os.walk(folder, onerror=unreadable, followlinks=True):
        base = Path(root)
        keep = []
        for name in sorted(dirs):
            if name.startswith("."):
                continue
            real = os.path.realpath(base / name)
            if real in seen:
                found.append((base / name, LoadError(
                    "unreadable", "folder link back into a folder already read; not read "
                                  "twice")))
                continue
            seen.add(real)
            keep.append(name)
        dirs[:] = keep
        for name in files:
            if name.startswith(".") or _ignored(name):
                continue
            child = base / name
            found.append((child, _broken_link(child) or _unsupported(child)))
    # broken links come among the files: os.scandir cannot tell they are folders
    return iter(sorted(found, key=lambda item: item[0]))


def iter_input_files(*paths: str | Path) -> Iterator[tuple[Path, LoadError | None]]:
    """Every file to read, in a stable order, as ``(path, None)``; folders are searched recursively.

    Hidden files and folders (``.name``) and documentation files (README, LICENSE…) inside
    folders are skipped. A file with an unsupported extension, a dangling or looping symbolic
    link, an unreadable folder, or a path that does not exist comes as ``(path, LoadError)``.
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from _walk(path)
        elif path.is_file():
            yield path, None
        else:
            yield path, _broken_link(path) or LoadError("not_found", "no such file or folder")
