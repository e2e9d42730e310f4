"""Every word list the rules use, read from ``analysis/data/`` by one loader, extendable by users.

The lists are data, not code: a verb, noun, title or label is added in a file, never in a
module. Each lexicon has a name and lives in one of these files:

* ``speech_verbs.txt``, ``quoting_verbs.txt``, ``titles.txt``: one entry per line (``#`` starts
  a comment), lists;
* ``speaker_nouns.csv`` (noun → class), ``first_names.csv`` (name → gender),
  ``nicknames.csv`` (nickname → the given name it stands for: "bill" → "william") and
  ``quote_confidence.csv`` (a quote's rule cell → its calibrated confidence, a number in [0, 1]
  written as text: :mod:`analysis.engine.quotes.confidence`): tables, the first column the key,
  the second the value;
* ``quote_words.toml``, ``entity_words.toml``, ``ingest_words.toml``: the small lists (and a few
  tables) of one part of the engine, each key a lexicon, each with a comment saying what it is
  for.

``lexicon_names()`` lists them all. Two ways to reach them:

* **explicitly**: a :class:`Lexicons` (:func:`load_lexicons` of the overrides) handed to the code
  that needs it. The corpus step (:mod:`analysis.assembly`: institutions, non-actors, genders)
  and the article-level facts stored with each article
  (:func:`analysis.engine.acronyms.defined_per_article`) take it as an argument; ``analyze``
  builds it once from its ``lexicons=`` (:class:`analysis.engine.settings.RowSettings`), and
  ``Corpus.read`` from the overrides the store's manifest records.
* **the active lexicons**, for the per-article rules: :func:`active`, read through
  :func:`words` (a frozenset) and :func:`table` (a dict); ``active().lists[name]`` keeps the
  file order. The packaged files are active unless :func:`use_lexicons` says otherwise for the
  code it wraps. Each spaCy component gets its overrides explicitly in its config and makes
  them active for its own call only (``with use_lexicons(...)`` around the Doc's work); the
  article readers (:mod:`analysis.io`) read the active lexicons too, so ``use_lexicons`` also
  changes ``load_articles``. Nothing else depends on the active value: the corpus step never
  reads it.

Overrides (``analyze(..., lexicons=...)``, a component's ``lexicons`` config,
:func:`use_lexicons`, :func:`load_lexicons`) take these forms:

* a list of entries is **added** to a list lexicon (``{"speech_verbs": ["opine", "blurt out"]}``);
* ``{"add": [...], "remove": [...]}`` adds and removes entries;
* a mapping is **merged** over a table lexicon (``{"speaker_nouns": {"pundit": "group"}}``);
* a path to a file in the packaged format **replaces** the lexicon (a list file: one entry a
  line, blank lines and ``#`` comments skipped; a CSV table: a header row, then ``key,value``
  rows; or a TOML file holding the list or table under the lexicon's name).

Overrides are checked when they are read (:func:`to_config`, before any text is parsed): an
unknown name, a value of the wrong shape or type, a table row without two columns or, for the
tables of :data:`CLOSED_TABLES`, a value the packaged table does not use (for
:data:`FRACTION_TABLES`, a value that is not a number in [0, 1]) raise
:class:`LexiconError` naming the lexicon, the file and the line (or the key).

**Entries** are checked on load, the packaged files' as well as the user's. In a file (a list
file, a CSV table), blank lines and ``#`` comments are skipped, and so is a byte-order mark (a
file saved by Notepad) or a line holding only zero-width characters (:data:`INVISIBLE`). In an
override (a list to add, ``add``, ``remove``, ``replace``, a table's keys and values, a list in
a TOML file), an entry that is not text, is blank (``""``, spaces, only zero-width characters),
or holds a line break or a control character raises :class:`LexiconError` naming the lexicon,
where it was given (``overrides, remove``, the file) and its position (``entry 2``: the first
is 1; ``row 3`` of a table; ``line 7`` of a file) — never an error deep inside a rule.

Derived forms (a regex compiled from a list, the phrasal verbs split off) are cached per set of
lexicons with :meth:`Lexicons.derived`. Nothing here changes a file.
"""

from __future__ import annotations

import contextvars
import csv
import io
import json
import os
import tomllib
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping

LIST_FILES = ("speech_verbs.txt", "quoting_verbs.txt", "titles.txt", "countries.txt")
TABLE_FILES = ("speaker_nouns.csv", "first_names.csv", "quote_confidence.csv",
               "nicknames.csv")
TOML_FILES = ("quote_words.toml", "entity_words.toml", "ingest_words.toml", "actor_words.toml")


def data_text(name: str) -> str:
    """The text of a packaged data file (``analysis/data/NAME``)."""
    return resources.files("analysis").joinpath("data", name).read_text(encoding="utf-8")


class LexiconError(ValueError):
    """A lexicon override or replacement file that cannot be used; the message names the
    lexicon, the file (or "overrides") and the line or entry at fault."""


#: tables whose values are a fixed vocabulary: the values their packaged file uses (a speaker
#: noun's class, a first name's or a pronoun's gender); any other value is an error
CLOSED_TABLES = ("speaker_nouns", "first_names", "pronoun_genders")
#: tables whose values are numbers between 0 and 1 (written as text); any other value is an error
FRACTION_TABLES = ("quote_confidence",)


#: characters that show as nothing: a byte-order mark (a file saved by Notepad starts with
#: one), zero-width spaces and joiners, the word joiner; an entry made only of them is blank
INVISIBLE = "\ufeff\u200b\u200c\u200d\u2060"


def _clean(entry: str) -> str:
    """An entry without the whitespace and :data:`INVISIBLE` characters around it ("" when it
    holds nothing else)."""
    return entry.strip().strip(INVISIBLE).strip()


def _bad_character(entry: str) -> str | None:
    """Why a (cleaned) entry cannot be one: a line break or another control character inside
    it (two entries glued, or binary junk), else None."""
    for char in entry:
        if char == "\t":
            continue
        if char in "\n\r\v\f\x85\u2028\u2029":
            return "holds a line break (one entry a line: two entries glued?)"
        if ord(char) < 32 or 127 <= ord(char) < 160:
            return f"holds the control character {char!r}"
    return None


def _numbered_lines(text: str) -> Iterator[tuple[int, str]]:
    """``(line number, entry)`` per entry of a list file: one a line; blank lines (also those
    holding only :data:`INVISIBLE` characters, such as a byte-order mark) and ``#`` comments
    skipped."""
    for number, line in enumerate(text.splitlines(), start=1):
        entry = _clean(line.split("#", 1)[0])
        if entry:
            yield number, entry


def _lines(text: str) -> tuple[str, ...]:
    """The entries of a list file (see :func:`_numbered_lines`)."""
    return tuple(entry for _, entry in _numbered_lines(text))


def _file_entries(name: str, text: str, where: str) -> list[str]:
    """The entries of a list file, each checked (:func:`_bad_character`).

    Raises:
        LexiconError: naming the lexicon, the file and the line.
    """
    out = []
    for number, entry in _numbered_lines(text):
        why = _bad_character(entry)
        if why is not None:
            raise LexiconError(f"lexicon {name!r} ({where}, line {number}): {entry!r} {why}")
        out.append(entry)
    return out


def _table_rows(text: str, where: str) -> Iterator[tuple[int, str, str]]:
    """``(line, key, value)`` per row of a two-column CSV table (a header row, then
    ``key,value[,note…]`` rows). Blank lines and rows whose first cell starts with ``#`` are
    skipped.

    Raises:
        LexiconError: a header or row with fewer than two columns, or an empty key or value,
            naming ``where`` and the line.
    """
    rows = csv.reader(io.StringIO(text))
    header = False
    for row in rows:
        cells = [_clean(cell) for cell in row]
        if not any(cells) or cells[0].startswith("#"):
            continue
        if not header:
            header = True
            if len(cells) < 2 or not cells[1]:
                raise LexiconError(f"{where}, line {rows.line_num}: the header {row!r} has "
                                   f"fewer than two columns; a table file has a header row "
                                   f"and rows of key,value")
            continue
        if len(cells) < 2 or not cells[0] or not cells[1]:
            raise LexiconError(f"{where}, line {rows.line_num}: {row!r} needs a key and a "
                               f"value (two columns: key,value)")
        yield rows.line_num, cells[0], cells[1]


def _table(text: str, where: str) -> dict[str, str]:
    """A two-column CSV table as a dict (see :func:`_table_rows`)."""
    return {key: value for _, key, value in _table_rows(text, where)}


@dataclass(frozen=True)
class Lexicons:
    """One complete set of lexicons: ``lists`` (name → entries in order) and ``tables``
    (name → mapping). Build it with :func:`load_lexicons`."""

    lists: Mapping[str, tuple[str, ...]]
    tables: Mapping[str, Mapping[str, Any]]
    digest: str = ""  # of the user's overrides; "" for the packaged lexicons
    _cache: dict = field(default_factory=dict, compare=False, repr=False)
    # :func:`words`' frozensets by list name (a dict of their own: a look-up by the bare name,
    # asked some 400 times an article; session 21)
    _words: dict = field(default_factory=dict, compare=False, repr=False)

    def derived(self, key: str, build: Callable[["Lexicons"], Any]) -> Any:
        """``build(self)``, computed once per set of lexicons (a compiled regex, say)."""
        if key not in self._cache:
            self._cache[key] = build(self)
        return self._cache[key]


@lru_cache(maxsize=1)
def packaged() -> Lexicons:
    """The lexicons as shipped in ``analysis/data/``."""
    lists = {name.rsplit(".", 1)[0]: _lines(data_text(name)) for name in LIST_FILES}
    tables: dict[str, Mapping[str, Any]] = {
        name.rsplit(".", 1)[0]: _table(data_text(name), f"analysis/data/{name}")
        for name in TABLE_FILES}
    for name in TOML_FILES:
        for key, value in tomllib.loads(data_text(name)).items():
            if key in lists or key in tables:
                raise ValueError(f"lexicon {key!r} is defined twice (again in {name})")
            if isinstance(value, list):  # checked like a user's entries
                lists[key] = tuple(_check_entries(key, value, f"analysis/data/{name}"))
            else:
                tables[key] = dict(value)
    for name in LIST_FILES:
        _file_entries(name.rsplit(".", 1)[0], data_text(name), f"analysis/data/{name}")
    return Lexicons(lists, tables)


def lexicon_names() -> list[str]:
    """The names of every lexicon, lists and tables."""
    lex = packaged()
    return sorted([*lex.lists, *lex.tables])


def _value_kind(name: str) -> str:
    """``"list"`` when the packaged table ``name`` maps keys to lists of text, else ``"str"``."""
    values = packaged().tables[name].values()
    return "list" if any(isinstance(v, list) for v in values) else "str"


def _closed_values(name: str) -> frozenset[str] | None:
    return frozenset(packaged().tables[name].values()) if name in CLOSED_TABLES else None


def _check_entries(name: str, entries: Any, where: str) -> list[str]:
    """The entries of a list lexicon, each checked: text (not a number, None or bytes), not
    blank (whitespace and :data:`INVISIBLE` characters do not count), on one line and without
    control characters; each kept without the whitespace around it.

    Raises:
        LexiconError: naming the lexicon, ``where`` (``overrides, add``, a file) and the
            entry's position (1 for the first).
    """
    if isinstance(entries, (str, bytes, Mapping)) or not hasattr(entries, "__iter__"):
        raise LexiconError(f"lexicon {name!r} ({where}): expected a list of entries, got "
                           f"{type(entries).__name__}")
    out = []
    for number, entry in enumerate(entries, start=1):
        at = f"lexicon {name!r} ({where}), entry {number}"
        if not isinstance(entry, str):
            raise LexiconError(f"{at}: {entry!r} is not text but {type(entry).__name__} "
                               f"(expected a word or phrase)")
        cleaned = _clean(entry)
        if not cleaned:
            raise LexiconError(f"{at}: {entry!r} is blank (expected a word or phrase)")
        why = _bad_character(cleaned)
        if why is not None:
            raise LexiconError(f"{at}: {entry!r} {why}")
        out.append(cleaned)
    return out


def _is_fraction(value: str) -> bool:
    try:
        return 0.0 <= float(value) <= 1.0
    except ValueError:
        return False


def _check_pairs(name: str, pairs: Any, where: str) -> list[list[Any]]:
    """The ``[key, value]`` pairs of a table lexicon, each checked: the key non-empty text, the
    value of the packaged table's kind (text, or a list of text) and, for :data:`CLOSED_TABLES`,
    one of the packaged values (for :data:`FRACTION_TABLES`, a number in [0, 1])."""
    kind, allowed = _value_kind(name), _closed_values(name)
    items = pairs.items() if isinstance(pairs, Mapping) else pairs
    out = []
    for number, item in enumerate(items, start=1):
        if not isinstance(item, (list, tuple)) or len(item) != 2:
            raise LexiconError(f"lexicon {name!r} ({where}), row {number}: {item!r} is not a "
                               f"[key, value] pair")
        key, value = item
        at = f"lexicon {name!r} ({where}), row {number}, key {key!r}"
        if not isinstance(key, str) or not _clean(key):
            raise LexiconError(f"{at}: a key must be non-empty text")
        if kind == "list":
            if isinstance(value, str) or not isinstance(value, (list, tuple)):
                raise LexiconError(f"{at}: the value {value!r} must be a list of text")
            value = _check_entries(name, value, f"{where}, row {number}, key {key!r}")
        else:
            if not isinstance(value, str) or not _clean(value):
                raise LexiconError(f"{at}: the value {value!r} must be non-empty text")
            value = _clean(value)
            if allowed is not None and value not in allowed:
                raise LexiconError(f"{at}: the value {value!r} is not one of "
                                   f"{', '.join(sorted(allowed))}")
            if name in FRACTION_TABLES and not _is_fraction(value):
                raise LexiconError(f"{at}: the value {value!r} is not a number between 0 and 1")
        out.append([_clean(key), value])
    return out


def _read_replacement(name: str, path: Path, is_table: bool):
    """The content of a replacement file: a list file (one entry a line) or a CSV table in the
    packaged format, or a TOML file (the list or table named ``name``; for a table, else the
    whole file). Checked here: errors name the file and the line or key.

    Raises:
        LexiconError: the file is missing, unreadable, not UTF-8, not valid TOML, or holds a
            row or value of the wrong shape.
    """
    where = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8-sig")  # a byte-order mark is not text
    except FileNotFoundError:
        raise LexiconError(
            f"lexicon {name!r}: no file {where} (from {Path.cwd()}); a text value is the path "
            f"of a file that replaces the lexicon: give a list to add entries") from None
    except OSError as exc:
        raise LexiconError(f"lexicon {name!r}: cannot read {where}: {exc.strerror or exc}") \
            from None
    except UnicodeDecodeError as exc:
        raise LexiconError(f"lexicon {name!r}: {where} is not UTF-8 text ({exc.reason} at "
                           f"byte {exc.start})") from None
    if Path(path).suffix == ".toml":
        try:
            doc = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise LexiconError(f"lexicon {name!r}: {where}: not valid TOML: {exc}") from None
        if is_table:
            value = doc.get(name) if isinstance(doc.get(name), dict) else doc
            return _check_pairs(name, value, where)
        value = doc.get(name)
        if not isinstance(value, list):
            raise LexiconError(f"lexicon {name!r}: {where} has no list named {name!r}")
        return _check_entries(name, value, where)
    if is_table:
        return [pair for line, key, value in _table_rows(text, where)
                for pair in _check_pairs(name, [[key, value]], f"{where}, line {line}")]
    return _file_entries(name, text, where)


def _is_config_form(value: Any) -> bool:
    return isinstance(value, Mapping) and len(value) == 1 and (
        set(value) <= {"merge", "replace"}) and isinstance(next(iter(value.values())), list)


def to_config(overrides: Mapping[str, Any] | None) -> dict[str, Any]:
    """Lexicon overrides in the form a spaCy component config holds (and survives
    ``nlp.to_disk``): files read, every value a list — ``{"add": [...], "remove": [...]}`` or
    ``{"replace": [...]}`` for lists, ``{"merge": [[key, value], ...]}`` or ``{"replace":
    [...]}`` for tables. :func:`load_lexicons` takes this form as well as the user's, and
    ``to_config`` of its own output is that output.

    Everything is checked here, before any text is parsed: the names, the shapes, every entry
    and value (a table's values of the packaged kind; for :data:`CLOSED_TABLES` one of the
    packaged values), and replacement files (read now: relative paths are taken from the
    working directory).

    Raises:
        LexiconError: (a ValueError) an unknown lexicon name, a value of the wrong shape or
            type, or a replacement file that is missing, unreadable or malformed; the message
            names the lexicon, the file and the line or entry.
    """
    base = packaged()
    known = set(base.lists) | set(base.tables)
    out: dict[str, Any] = {}
    for name, value in (overrides or {}).items():
        if name not in known:
            raise LexiconError(f"unknown lexicon {name!r}; expected one of "
                               f"{', '.join(sorted(known))}")
        is_table = name in base.tables
        if isinstance(value, (str, os.PathLike)):
            out[name] = {"replace": _read_replacement(name, Path(value), is_table)}
        elif is_table:
            if _is_config_form(value):
                out[name] = {k: _check_pairs(name, v, f"overrides, {k}")
                             for k, v in value.items()}
            elif isinstance(value, Mapping):
                out[name] = {"merge": _check_pairs(name, value, "overrides")}
            else:
                raise LexiconError(f"lexicon {name!r} is a table: give a mapping or a file "
                                   f"path")
        elif isinstance(value, Mapping):
            if set(value) == {"replace"}:  # the config form of a replaced list
                out[name] = {"replace": _check_entries(name, value["replace"],
                                                       "overrides, replace")}
                continue
            extra = set(value) - {"add", "remove"}
            if extra:
                raise LexiconError(f"lexicon {name!r}: unknown key(s) "
                                   f"{', '.join(sorted(extra))}; expected add and remove (or "
                                   f"replace alone)")
            out[name] = {part: _check_entries(name, value.get(part, ()), f"overrides, {part}")
                         for part in ("add", "remove")}
        else:
            out[name] = {"add": _check_entries(name, value, "overrides"), "remove": []}
    return out


def load_lexicons(overrides: Mapping[str, Any] | None = None) -> Lexicons:
    """The packaged lexicons with ``overrides`` applied (see the module docstring).

    Raises:
        LexiconError: (a ValueError) see :func:`to_config`.
    """
    if not overrides:
        return packaged()
    return _load(json.dumps(to_config(overrides), sort_keys=True))


@lru_cache(maxsize=16)
def _load(key: str) -> Lexicons:
    import hashlib

    base = packaged()
    lists, tables = dict(base.lists), dict(base.tables)
    for name, change in json.loads(key).items():
        if "replace" in change and name in tables:
            tables[name] = dict(change["replace"])
        elif "replace" in change:
            lists[name] = tuple(change["replace"])
        elif "merge" in change:
            tables[name] = {**tables[name], **dict(change["merge"])}
        else:
            removed = {v.lower() for v in change["remove"]}
            kept = [v for v in lists[name] if v.lower() not in removed]
            lists[name] = tuple(dict.fromkeys(kept + change["add"]))
    return Lexicons(lists, tables, hashlib.sha256(key.encode()).hexdigest()[:16])


_UNSET = object()  # no value derived yet (see :func:`derived`)
_active: contextvars.ContextVar[Lexicons | None] = contextvars.ContextVar("lexicons",
                                                                         default=None)


def active() -> Lexicons:
    """The lexicons in force here: set by :func:`use_lexicons`, else the packaged ones."""
    return _active.get() or packaged()


@contextmanager
def use_lexicons(lexicons: Lexicons | Mapping[str, Any] | None) -> Iterator[Lexicons]:
    """Make ``lexicons`` (a :class:`Lexicons`, overrides for :func:`load_lexicons`, or None for
    the packaged ones) the active lexicons of the code inside the ``with`` block (this thread
    or task only)."""
    lex = lexicons if isinstance(lexicons, Lexicons) else load_lexicons(lexicons)
    token = _active.set(lex)
    try:
        yield lex
    finally:
        _active.reset(token)


def words(name: str) -> frozenset[str]:
    """A list lexicon of the active set, lower-cased, as a frozenset (for membership tests).

    Called for every candidate word by the rules: once built, one dictionary look-up."""
    lex = _active.get() or packaged()
    found = lex._words.get(name)
    if found is None:
        found = lex._words[name] = frozenset(v.lower() for v in lex.lists[name])
    return found


def table(name: str) -> Mapping[str, Any]:
    """A table lexicon of the active set (key → value)."""
    return (_active.get() or packaged()).tables[name]  # active(), inlined: asked per word


def derived(key: str, build: Callable[[Lexicons], Any]) -> Any:
    """:meth:`Lexicons.derived` on the active set (read as :func:`words` reads it: the rules
    ask for their compiled patterns and memos many times per article)."""
    lex = _active.get() or packaged()
    found = lex._cache.get(key, _UNSET)
    return lex.derived(key, build) if found is _UNSET else found


def speech_verbs() -> tuple[frozenset[str], dict[str, str]]:
    """The active speech-verb lexicon as ``(single-word lemmas, {verb: particle})``: phrasal
    verbs ("point out") are written with their particle in ``speech_verbs.txt``."""

    def split(lex: Lexicons):
        single, phrasal = set(), {}
        for entry in lex.lists["speech_verbs"]:
            parts = entry.lower().split()
            if len(parts) == 1:
                single.add(parts[0])
            else:
                phrasal[parts[0]] = parts[1]
        return frozenset(single), phrasal

    return derived("speech_verbs", split)
