"""Page furniture of scraped web text — "Story continues below advertisement", "READ MORE: …",
"WATCH: …", photo credits — removed at ingest, so that the rules never read it as speech.

Only whole lines are removed, and only lines that are furniture as a whole: a line equal to one
of the ``furniture_lines`` (any case, punctuation around it ignored), a short line opening with
one of the ``furniture_prefixes`` ("READ MORE: Trump says …"), or a photo credit line ("AGENCY
PHOTO/Jane Doe", "(AP Photo/Evan Vucci)", "Photo: Jane Doe/Reuters"). Both lists live in
``ingest_words.toml``. Paragraph breaks around a removed line are kept single.
"""

from __future__ import annotations

import re

from .. import lexicons

MAX_PREFIX_LINE = 200  # characters; a longer line opening with "Watch:" is article text
# "AGENCY PHOTO/Jane Doe", "(AP Photo/Evan Vucci)", "Getty Images/John Smith"
_CREDIT = re.compile(r"^\(?[A-Z][\w&.'’ -]{0,40}\b(?:PHOTO|Photo|PHOTOS|Photos|IMAGES|Images)"
                     r"\s*/\s*[\w.'’ -]{2,60}\)?$")


def _patterns(lex) -> tuple[frozenset[str], re.Pattern]:
    lines = frozenset(_key(v) for v in lex.lists["furniture_lines"])
    prefixes = "|".join(map(re.escape, lex.lists["furniture_prefixes"]))
    return lines, re.compile(rf"^(?:{prefixes})\s*\S", re.I)


def _key(line: str) -> str:
    return re.sub(r"[\W_]+", " ", line).strip().lower()


def is_furniture(line: str) -> bool:
    """Whether one line (without its line break) is page furniture as a whole."""
    stripped = line.strip()
    if not stripped:
        return False
    lines, prefix = lexicons.derived("furniture", _patterns)
    longest = lexicons.derived("furniture:longest",
                               lambda lx: max(map(len, lx.lists["furniture_lines"]), default=0))
    # a line much longer than every furniture line is article text: no need to normalise it
    return (len(stripped) <= 2 * longest + 10 and _key(stripped) in lines
            or bool(_CREDIT.match(stripped))
            or len(stripped) <= MAX_PREFIX_LINE and bool(prefix.match(stripped)))


def strip_furniture(text: str) -> str:
    """``text`` without its furniture lines (see the module docstring); unchanged when it has
    none. Linear in the text."""
    lines = text.split("\n")
    kept = [line for line in lines if not is_furniture(line)]
    if len(kept) == len(lines):
        return text
    return re.sub(r"\n(?:[ \t]*\n){2,}", "\n\n", "\n".join(kept)).strip()
