"""Which files to read: paths and folders searched recursively, in a stable order; hidden and
documentation files skipped; this package's own output folders (a store, a reports folder)
skipped with a note; unsupported types, special files (named pipes, sockets, devices: never
opened), broken links and unreadable folders reported."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Iterator

from .. import lexicons
from .decode import not_regular
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


def _special(path: Path) -> LoadError | None:
    """A file that is not a regular file — a named pipe, a socket, a device, or a symbolic
    link to one (``/dev/zero``) — found with ``os.stat``, without opening it (opening a named
    pipe blocks; reading a device may never end); else None."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None  # reported when it is opened
    if stat.S_ISREG(mode):
        return None
    err = not_regular(mode)
    if path.is_symlink():
        err = LoadError(err.problem, f"symbolic link to {os.readlink(path)!r}: {err.message}")
    return err


def output_folder(folder: Path) -> str | None:
    """What this package wrote ``folder`` as, recognised by its own files, else None:
    ``"an analysis store"`` (``articles/`` beside ``manifest.json``, or beside ``entities/`` and
    ``quotes/`` when a first run was cut short: see :mod:`analysis.store`) or ``"a reports
    folder"`` (``figures/`` holding a chart ``NAME.png`` with its table ``NAME.csv``: see
    :mod:`analysis.report`). Such a folder is output, not articles."""
    from ..store.layout import is_store  # the store's layout, declared there once

    try:
        if is_store(folder):
            return "an analysis store"
        figures = folder / "figures"
        if figures.is_dir() and any(table.with_suffix(".png").is_file()
                                    for table in figures.glob("*.csv")):
            return "a reports folder"
    except OSError:  # unreadable: the walk reports it
        return None
    return None


def _inside_output(path: Path) -> LoadError | None:
    """The error for a path given to read that is (or lies inside) a store or reports folder:
    the folder itself, or up to two levels above (``store/articles/PART.parquet``)."""
    absolute = Path(os.path.abspath(path))
    for level, folder in enumerate([absolute, *list(absolute.parents)[:2]]):
        kind = output_folder(folder) if folder.is_dir() else None
        if kind is not None:
            where = "is" if level == 0 else f"is inside {str(folder)!r}, which is"
            read = " (read it with analysis.Corpus.read)" if "store" in kind else ""
            return LoadError("unsupported", f"{where} {kind} this package wrote{read}, not "
                                            f"articles; not read")
    return None


def _walk(folder: Path) -> Iterator[tuple[Path, LoadError | None]]:
    """Files under ``folder`` in a stable order; symbolic links to folders are followed once
    (a link back up the tree is not followed again); unreadable folders, broken links and
    special files are reported; a store or reports folder inside (:func:`output_folder`) is not
    entered: one ``skipped`` note names it."""
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
            kind = output_folder(base / name)
            if kind is not None:
                found.append((base / name, LoadError(
                    "skipped", f"{kind} this package wrote (output, not articles); not read")))
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
            found.append((child, _broken_link(child) or _special(child) or _unsupported(child)))
    # broken links come among the files: os.scandir cannot tell they are folders
    return iter(sorted(found, key=lambda item: item[0]))


def iter_input_files(*paths: str | Path) -> Iterator[tuple[Path, LoadError | None]]:
    """Every file to read, in a stable order, as ``(path, None)``; folders are searched recursively.

    Hidden files and folders (``.name``) and documentation files (README, LICENSE…) inside
    folders are skipped; a store or reports folder of this package inside a folder is skipped
    with one ``skipped`` note. A file with an unsupported extension, a file that is not a
    regular file (named pipe, socket, device, or a link to one: never opened), a dangling or
    looping symbolic link, an unreadable folder, a path that does not exist, or a store or
    reports folder (or a path inside one) given itself comes as ``(path, LoadError)``.
    """
    for given in paths:
        path = Path(given)
        inside = _inside_output(path) if path.exists() else None
        if inside is not None:
            yield path, inside
        elif path.is_dir():
            yield from _walk(path)
        elif path.is_file():
            yield path, None
        else:
            yield path, (_broken_link(path) or _special(path)
                         or LoadError("not_found", missing_message(path)))


def missing_message(path: Path) -> str:
    """What to say of an input path that does not exist: "no such file or folder", with the
    closest existing sibling when the name looks like a typo of it (:func:`closest_sibling`)."""
    near = closest_sibling(path)
    hint = f"; did you mean {str(near)!r}?" if near is not None else ""
    return f"no such file or folder{hint}"


def closest_sibling(path: Path) -> Path | None:
    """The existing entry beside ``path`` whose name is closest to its name (``difflib``,
    ratio 0.6 or more, case aside: ``data/rwa`` → ``data/raw``, ``wikinew`` → ``wikinews``,
    ``Raw`` → ``raw``), folders preferred; None when none is close, or when the parent folder
    is missing or unreadable (then the closest sibling of the parent is not guessed)."""
    import difflib

    parent = path.parent
    try:
        entries = [entry for entry in os.scandir(parent) if not entry.name.startswith(".")]
    except OSError:
        return None
    folders = [e.name for e in entries if e.is_dir()]
    for names in (folders, [e.name for e in entries if e.name not in folders]):
        folded = {name.casefold(): name for name in names}
        found = difflib.get_close_matches(path.name.casefold(), folded, n=1, cutoff=0.6)
        if found:
            return parent / folded[found[0]]
    return None


def no_supported_file(found: list[tuple[Path, LoadError]]) -> LoadError:
    """The one row for a folder in which no file of a supported type was found: it is empty
    (hidden and documentation files aside), or holds only files that are not read (``found``:
    each of them its own row too)."""
    known = ", ".join(sorted(x for x in SUPPORTED_SUFFIXES if x))
    kinds = sorted({path.suffix.lower() or "(no extension)" if err.problem == "unsupported"
                    else err.problem for path, err in found})
    what = f"only {len(found)} file(s) not read: {', '.join(kinds)}" if found else \
        "it is empty, hidden and documentation files aside"
    return LoadError("not_found", f"no article file in this folder ({what}); articles are "
                                  f"files ending {known}, or without an extension")
