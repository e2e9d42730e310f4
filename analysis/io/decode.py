"""Bytes to text: byte-order marks, UTF-8, cp1252, Latin-1; binary and garbage refused. Files
are opened only when they are regular files, and read only up to a size cap."""

from __future__ import annotations

import codecs
import os
import stat
import unicodedata
from pathlib import Path
from typing import BinaryIO, Iterator

from .errors import LoadError


_BINARY_MAGIC = {
    b"%PDF": "a PDF document", b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image", b"PK\x03\x04": "a ZIP archive (or Office document)",
    b"\x1f\x8b": "a gzip archive", b"\x7fELF": "an executable", b"PAR1": "a Parquet file",
}


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v")
    return bad / len(text)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode file bytes as text: BOMs first, then UTF-8, then cp1252, then Latin-1.

    Curly quotes, non-breaking spaces and every other character are preserved; only a BOM is
    dropped and ``\\r\\n`` / ``\\r`` line ends become ``\\n``.

    Returns:
        ``(text, encoding name)``.

    Raises:
        LoadError: ``empty`` for no (or only blank) content, ``binary`` for a binary file,
            ``encoding`` when no supported encoding gives readable text.
    """
    if not data or data.isspace():  # (no stripped copy of a large file)
        raise LoadError("empty", "empty file")
    text = encoding = None
    for bom, name in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                      (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                text, encoding = data.decode(name), name
            except UnicodeDecodeError as exc:
                raise LoadError("encoding", f"starts with a {name} byte-order mark but is not "
                                            f"valid {name}: {exc.reason} at byte {exc.start}")
            break
    if text is None:
        for magic, what in _BINARY_MAGIC.items():
            if data.startswith(magic):
                raise LoadError("binary", f"binary file ({what}), not text")
        if b"\x00" in data[:65536]:
            raise LoadError("binary", "binary file (contains NUL bytes), not text; UTF-16 text "
                                      "needs a byte-order mark")
        for name in ("utf-8", "cp1252", "latin-1"):
            try:
                text, encoding = data.decode(name), name
                break
            except UnicodeDecodeError:
                continue
    assert text is not None and encoding is not None
    del data  # the bytes are not needed any more (a large file is not held twice)
    if _control_ratio(text[:65536]) > 0.05:
        raise LoadError("encoding", "unreadable encoding: not UTF-8, UTF-16 or Latin-1/cp1252 text "
                        "(too many control characters)")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.isspace():
        raise LoadError("empty", "empty file (only whitespace)")
    return text, encoding


# Files larger than this are not read (``load_articles(max_file_bytes=)``): 1 GiB, far above any
# one article (a 2 MB article is already extreme) yet room for a whole corpus in one JSON
# Lines, CSV or Parquet file (100,000 articles of 5 KB are 500 MB); a CSV or JSON file is
# decoded whole, so the cap also bounds the memory one file can take.
DEFAULT_MAX_FILE_BYTES = 1 << 30

_KINDS = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"),
          (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
          (stat.S_ISDIR, "a folder"))


def file_kind(mode: int) -> str:
    """What a non-regular file is, from its ``st_mode``: ``"a named pipe (FIFO)"``, …"""
    return next((what for test, what in _KINDS if test(mode)), "not a regular file")


def not_regular(mode: int) -> LoadError:
    """The error for a file that is not a regular file (it is never opened)."""
    return LoadError("unreadable", f"{file_kind(mode)}, not a regular file; not opened")


def too_large(size: int, limit: int, *, growing: bool = False) -> LoadError:
    """The ``too_large`` error for a file of ``size`` bytes over the size cap ``limit`` (with
    ``growing``: found while reading, the size unknown)."""
    what = f"more than {limit:,} bytes" if growing else f"{size:,} bytes"
    return LoadError("too_large", f"file of {what}, over the limit of {limit:,} bytes "
                                  f"(max_file_bytes, --max-file-bytes); not read")


def open_regular(path: str | Path, max_bytes: int | None = None) -> BinaryIO:
    """Open a file for reading in binary mode — only if it is a regular file (or a link to
    one) no larger than ``max_bytes``.

    Opened without blocking (a named pipe put in the file's place after it was listed cannot
    stall the run) and checked on the open descriptor, so what is read is what was checked.

    Raises:
        LoadError: ``unreadable`` when it cannot be opened or is not a regular file (a named
            pipe, socket or device: :func:`not_regular`), ``too_large`` over ``max_bytes``.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise LoadError("unreadable", f"cannot read file: {exc.strerror or exc}") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise not_regular(info.st_mode)
        if max_bytes is not None and info.st_size > max_bytes:
            raise too_large(info.st_size, max_bytes)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)  # a regular file: ordinary reads from here on
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_bytes(path: str | Path, max_bytes: int | None = None) -> bytes:
    """The bytes of a regular file (:func:`open_regular`), never more than ``max_bytes``: the
    cap also holds while reading, for a file whose reported size is wrong (``/proc``) or that
    grows.

    Raises:
        LoadError: as :func:`open_regular`; ``too_large`` when more than ``max_bytes`` come.
    """
    with open_regular(path, max_bytes) as handle:
        return _read_rest(handle, max_bytes)


def _read_rest(handle: BinaryIO, max_bytes: int | None, done: int = 0) -> bytes:
    """The rest of an open file, ``done`` bytes of it already read: no more than
    ``max_bytes`` in all (``too_large`` past it). The first read asks for the size the file
    reports (so no buffer of the cap's size is set aside for a small file), later ones for
    1 MiB at a time (a file larger than it says)."""
    limit = None if max_bytes is None else max_bytes + 1 - done  # one byte too many tells
    want = max(os.fstat(handle.fileno()).st_size - handle.tell(), 0) + 1
    parts, total = [], 0
    try:
        while limit is None or total < limit:
            chunk = handle.read(want if limit is None else min(want, limit - total))
            if not chunk:
                break
            parts.append(chunk)
            total += len(chunk)
            want = 1 << 20
    except OSError as exc:
        raise LoadError("unreadable", f"cannot read file: {exc.strerror or exc}") from None
    if max_bytes is not None and total > max_bytes - done:  # total >= limit
        raise too_large(0, max_bytes, growing=True)
    return parts[0] if len(parts) == 1 else b"".join(parts)


def read_text_file(path: str | Path, max_bytes: int | None = None) -> str:
    """Read (:func:`read_bytes`, at most ``max_bytes``) and decode one file with
    :func:`decode_bytes`."""
    return decode_bytes(read_bytes(path, max_bytes))[0]


def text_lines(path: str | Path, max_bytes: int | None = None) -> Iterator[str]:
    """The lines of a text file, decoded as :func:`decode_bytes` decodes (the same checks on
    the file's first 64 KB; UTF-8, else cp1252, else Latin-1, each line on its own), read one
    by one: a large JSON Lines file is never held in memory whole. A file with a UTF-16 or
    UTF-32 byte-order mark is decoded whole. At most ``max_bytes`` are read.

    Raises:
        LoadError: as :func:`decode_bytes` for the file's start (``empty`` for a file of blank
            lines), as :func:`open_regular` when it cannot be opened, ``too_large`` when more
            than ``max_bytes`` come.
    """
    handle = open_regular(path, max_bytes)
    limit = max_bytes + 1 if max_bytes is not None else -1  # read up to one byte too many
    with handle:
        head = handle.read(65536 if limit < 0 else min(65536, limit))
        if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE,
                            codecs.BOM_UTF16_BE)):
            data = head + _read_rest(handle, max_bytes, len(head))
            yield from decode_bytes(data)[0].split("\n")
            return
        decode_bytes(head)  # binary, garbage and empty files are refused as a whole
        handle.seek(3 if head.startswith(codecs.BOM_UTF8) else 0)
        content = False
        left = limit
        while left:
            raw = handle.readline(left)
            if not raw:
                break
            if left > 0:
                left -= len(raw)
                if not left:
                    raise too_large(0, limit - 1, growing=True)  # limit - 1 == max_bytes
            text = _decode_line(raw)
            text = text[:-1] if text.endswith("\n") else text
            lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n") \
                if "\r" in text else [text]
            for line in lines:
                content = content or not (not line or line.isspace())
                yield line
        if not content:
            raise LoadError("empty", "empty file (only whitespace)")


def _decode_line(raw: bytes) -> str:
    for name in ("utf-8", "cp1252"):
        try:
            return raw.decode(name)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")
