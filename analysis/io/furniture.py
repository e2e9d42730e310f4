"""Page furniture of scraped web text — "Story continues below advertisement", "READ MORE: …",
"WATCH: …", photo credits — removed at ingest, so that the rules never read it as speech.

Only whole lines are removed, and only lines that are furniture as a whole: a line equal to one
of the ``furniture_lines`` (any case, punctuation around it ignored), a short line opening with
one of the ``furniture_prefixes`` ("READ MORE: Trump says …", "WATCH: X slams …", "Image
copyright Jane Doe"), a photo credit line ("AGENCY PHOTO/Jane Doe", "(AP Photo/Evan Vucci)",
"Photo: Jane Doe/Reuters", "Jane Doe/Reuters"), a byline left in the body ("By Jane Doe /
Reuters", "By Jane Doe and Tom Roe") or an agency credit line made only of "<role> by <names>"
parts ("Reporting by Jane Doe; Editing by Tom Roe": ``credit_roles``). The lists live in
``ingest_words.toml``. Names in bylines and credits are capitalised words (with the
``byline_particles``), so a sentence ("By Tuesday the river had risen.") is never furniture.
Paragraph breaks around a removed line are kept single.
"""

from __future__ import annotations

import re

from .. import lexicons

MAX_PREFIX_LINE = 200  # characters; a longer line opening with "Watch:" is article text
# "AGENCY PHOTO/Jane Doe", "(AP Photo/Evan Vucci)", "Getty Images/John Smith"
_CREDIT = re.compile(r"^\(?[A-Z][\w&.'’ -]{0,40}\b(?:PHOTO|Photo|PHOTOS|Photos|IMAGES|Images)"
                     r"\s*/\s*[\w.'’ -]{2,60}\)?$")
_NAME = r"[A-Z][\w.'’-]*"
# "Jane Doe/Reuters", "(Jane Doe / AFP)": two to four capitalised words, a slash, an outlet
_NAME_CREDIT = re.compile(rf"^\(?{_NAME}(?: {_NAME}){{1,3}}\s*/\s*"
                          rf"{_NAME}(?:[ &]{{1,3}}{_NAME}){{0,4}}\)?$")


def _names(particles: frozenset[str]) -> str:
    """Regex of one to three capitalised names joined by "and", "&" or commas, each of one to
    five words (lower-case particles allowed inside: "Ana de la Cruz")."""
    particle = "|".join(map(re.escape, sorted(particles - {"and", "&"})))
    one = rf"{_NAME}(?:\s+(?:(?:{particle})\s+)*{_NAME}){{0,4}}"
    return rf"{one}(?:\s*(?:,|\band\b|&)\s*{one}){{0,3}}"


def _credits(lex) -> tuple[re.Pattern, re.Pattern]:
    names = _names(frozenset(lex.lists["byline_particles"]))
    roles = "|".join(map(re.escape, sorted(lex.lists["credit_roles"], key=len, reverse=True)))
    part = rf"(?:{roles})\s+by\s+{names}(?:\s+in\s+{_NAME}(?:\s+{_NAME}){{0,2}})?"
    credit = re.compile(rf"^\(?{part}(?:\s*[;.,]\s*{part})*\s*[.;]?\)?$", re.I)
    outlet = rf"{_NAME}(?:[ &.]{{1,3}}{_NAME}){{0,4}}"
    byline = re.compile(rf"^By\s+{names}(?:\s*[/|,–—-]\s*{outlet})?$")
    return credit, byline


def _is_credit(line: str) -> bool:
    credit, byline = lexicons.derived("furniture:credits", _credits)
    if len(line) > MAX_PREFIX_LINE:
        return False
    return bool(_NAME_CREDIT.match(line) or byline.match(line)
                # the roles are any case ("REPORTING BY"), the names must stay capitalised
                or credit.match(line) and _capitalised_names(line))


def _capitalised_names(line: str) -> bool:
    """Whether every word after each "by" of a credit line starts with a capital or is a
    particle: the case-blind role match must not admit "reporting by the agency"."""
    particles = {"and", "in", "&"} | set(lexicons.words("byline_particles"))
    for chunk in re.split(r"\bby\s+", line, flags=re.I)[1:]:
        for word in re.split(r"[\s,;.()]+", chunk):
            if word and not word[:1].isupper() and word.lower() not in particles \
                    and word.lower() not in lexicons.words("credit_roles") \
                    and word.lower() not in ("additional", "by"):
                return False
    return True


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
            or bool(_CREDIT.match(stripped)) or _is_credit(stripped)
            or len(stripped) <= MAX_PREFIX_LINE and bool(prefix.match(stripped)))


def strip_furniture(text: str) -> str:
    """``text`` without its furniture lines (see the module docstring); unchanged when it has
    none. Linear in the text."""
    lines = text.split("\n")
    kept = [line for line in lines if not is_furniture(line)]
    if len(kept) == len(lines):
        return text
    return re.sub(r"\n(?:[ \t]*\n){2,}", "\n\n", "\n".join(kept)).strip()
