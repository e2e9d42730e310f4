"""Bytes to text: byte-order marks, UTF-8, cp1252, Latin-1; binary and garbage refused."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path
from typing import Iterator

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


def read_text_file(path: str | Path) -> str:
    """Read and decode one file with :func:`decode_bytes`."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise LoadError("unreadable", f"cannot read file: {exc.strerror or exc}") from None
    return decode_bytes(data)[0]


def text_lines(path: str | Path) -> Iterator[str]:
    """The lines of a text file, decoded as :func:`decode_bytes` decodes (the same checks on
    the file's first 64 KB; UTF-8, else cp1252, else Latin-1, each line on its own), read one
    by one: a large JSON Lines file is never held in memory whole. A file with a UTF-16 or
    UTF-32 byte-order mark is decoded whole.

    Raises:
        LoadError: as :func:`decode_bytes` for the file's start (``empty`` for a file of blank
            lines), ``unreadable`` when it cannot be opened.
    """
    try:
        handle = open(path, "rb")
    except OSError as exc:
        raise LoadError("unreadable", f"cannot read file: {exc.strerror or exc}") from None
    with handle:
        head = handle.read(65536)
        if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE,
                            codecs.BOM_UTF16_BE)):
            yield from decode_bytes(head + handle.read())[0].split("\n")
            return
        decode_bytes(head)  # binary, garbage and empty files are refused as a whole
        handle.seek(3 if head.startswith(codecs.BOM_UTF8) else 0)
        content = False
        for raw in handle:
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
