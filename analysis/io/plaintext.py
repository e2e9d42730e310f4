"""The plain-text article layout: title line, blank line, optional byline and date lines, body
paragraphs separated by blank lines, an optional trailing outlet line."""

from __future__ import annotations

import re
from typing import Any

from .. import lexicons
from .values import _DATE_PREFIX, parse_date


def _month() -> re.Pattern:
    def build(lx):
        names = "|".join(map(re.escape, lx.lists["month_names"]))
        return re.compile(rf"\b(?:{names})[a-z]*\.?\b", re.I)
    return lexicons.derived("month_names_re", build)


_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def _looks_like_date_line(line: str) -> bool:
    core = _DATE_PREFIX.sub("", line.strip())
    return (len(core) <= 60 and bool(_YEAR.search(core))
            and (bool(_month().search(core)) or bool(re.fullmatch(r"[\d\s/.:T+\-Z]+", core)))
            and parse_date(core) is not None)


def _looks_like_byline(line: str) -> str | None:
    """The author name if ``line`` is a byline ("By Jane Roe", "Andrew Cummings", "By Jane Roe /
    Reuters" without its outlet), else None."""
    text = line.strip()
    text = re.sub(r"^(by|written by|words by)\s+", "", text, flags=re.I).strip()
    text = re.sub(r"\s*[,|/\-–—]\s*(staff|correspondent|reporter)\b.*$", "", text, flags=re.I)
    text = re.sub(r"\s*[|/]\s*[^|/]{2,40}$", "", text)  # "By Jane Roe / Reuters": the outlet
    if not text or len(text) > 80 or text[-1] in ".!?:;\"'”’)" or _YEAR.search(text):
        return None
    words = re.split(r"\s+", text.replace(",", " , ").strip())
    names = [w for w in words if w != ","]
    if not 2 <= len(names) <= 8:
        return None
    for word in names:
        if word.lower() in lexicons.words("byline_particles"):
            continue
        if not (word[0].isupper() and re.fullmatch(r"[\w.'’\-]+", word)):
            return None
    return text


_OUTLET = re.compile(
    r"^(?:(?:other|more)\s+(?:reports|stories|articles|news|coverage)\s+(?:by|from|at|on)"
    r"|read\s+more\s+(?:at|on|from)|source\s*:|originally\s+published\s+(?:by|at|on|in)"
    r"|(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?)\s*(?P<source>.+?)\s*\.?$",
    re.I,
)


def split_outlet_line(body: str) -> tuple[str, str | None]:
    """Remove a trailing outlet line ("Other reports by iNewsToday") from ``body``.

    Returns:
        ``(body without that paragraph, outlet name or None)``.
    """
    stripped = body.rstrip()
    cut = stripped.rfind("\n\n")
    last = stripped[cut + 2:] if cut >= 0 else stripped
    if cut < 0 or "\n" in last.strip() or len(last) > 100:
        return stripped, None
    match = _OUTLET.match(last.strip())
    if not match:
        return stripped, None
    return stripped[:cut].rstrip(), match.group("source").strip()


def parse_plain_text(raw: str) -> dict[str, Any]:
    """Split a plain-text article into title, author, published, source and body text.

    Layout: title line, blank line, optional byline and/or date lines (a short block of one to
    three lines), body paragraphs separated by blank lines, optional trailing outlet line. A file
    without a blank line after its first line is all body, with no title.

    Returns:
        A dict with keys ``title, author, published, source, text``. ``text`` keeps every
        character of the body as written (offsets later refer to it).
    """
    raw = raw.lstrip("\n").rstrip()
    title = author = published = None
    first, sep, rest = raw.partition("\n")
    if sep and rest.startswith("\n") and len(first.strip()) <= 300:
        title, body = first.strip(), rest.lstrip("\n")
    else:
        body = raw
    # A short header block (byline / date) before the body.
    block, sep, after = body.partition("\n\n")
    lines = [ln for ln in block.split("\n") if ln.strip()]
    if title is not None and sep and 1 <= len(lines) <= 3:
        found_author = found_date = None
        for ln in lines:
            if found_date is None and _looks_like_date_line(ln):
                found_date = parse_date(_DATE_PREFIX.sub("", ln.strip()))
            elif found_author is None and (name := _looks_like_byline(ln)):
                found_author = name
            else:
                break
        else:
            # A lone capitalised line ("Ewood Park" in a BBC match report) is body, not a byline:
            # a header block needs a date line or an explicit "By ...".
            explicit = re.match(r"\s*(by|written by)\s", lines[0], re.I) is not None
            if found_date is not None or explicit:
                author, published, body = found_author, found_date, after.lstrip("\n")
    body, source = split_outlet_line(body)
    return {"title": title, "author": author, "published": published, "source": source,
            "text": body}
