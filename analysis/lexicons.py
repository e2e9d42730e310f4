"""Every word list the rules use, read from ``analysis/data/`` by one loader, extendable by users.

The lists are data, not code: a verb, noun, title or label is added in a file, never in a
module. Each lexicon has a name and lives in one of these files:

* ``speech_verbs.txt``, ``quoting_verbs.txt``, ``titles.txt``: one entry per line (``#`` starts
  a comment), lists;
* ``speaker_nouns.csv`` (noun → class) and ``first_names.csv`` (name → gender): tables, the first
  column the key, the second the value;
* ``quote_words.toml``, ``entity_words.toml``, ``ingest_words.toml``: the small lists (and a few
  tables) of one part of the engine, each key a lexicon, each with a comment saying what it is
  for.

``lexicon_names()`` lists them all. Rules read the *active* lexicons, :func:`active`, through
:func:`words` (a frozenset) and :func:`table` (a dict); ``active().lists[name]`` keeps the
file order. The packaged files are active unless :func:`use_lexicons` says otherwise for the code it
wraps — which is what the spaCy components do with the ``lexicons`` of their config, and
``analyze(..., lexicons=...)`` passes on:

* a list of entries is **added** to a list lexicon (``{"speech_verbs": ["opine", "blurt out"]}``);
* ``{"add": [...], "remove": [...]}`` adds and removes entries;
* a mapping is **merged** over a table lexicon (``{"speaker_nouns": {"pundit": "group"}}``);
* a path to a file in the packaged format **replaces** the lexicon.

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
TABLE_FILES = ("speaker_nouns.csv", "first_names.csv")
TOML_FILES = ("quote_words.toml", "entity_words.toml", "ingest_words.toml", "actor_words.toml")


def data_text(name: str) -> str:
    """The text of a packaged data file (``analysis/data/NAME``)."""
    return resources.files("analysis").joinpath("data", name).read_text(encoding="utf-8")


def _lines(text: str) -> tuple[str, ...]:
    found = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return tuple(line for line in found if line)


def _table(text: str) -> dict[str, str]:
    rows = csv.reader(io.StringIO(text))
    next(rows, None)  # header
    return {row[0].strip(): row[1].strip() for row in rows
            if len(row) >= 2 and row[0].strip() and not row[0].startswith("#")}


@dataclass(frozen=True)
class Lexicons:
    """One complete set of lexicons: ``lists`` (name → entries in order) and ``tables``
    (name → mapping). Build it with :func:`load_lexicons`."""

    lists: Mapping[str, tuple[str, ...]]
    tables: Mapping[str, Mapping[str, Any]]
    digest: str = ""  # of the user's overrides; "" for the packaged lexicons
    _cache: dict = field(default_factory=dict, compare=False, repr=False)

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
        name.rsplit(".", 1)[0]: _table(data_text(name)) for name in TABLE_FILES}
    for name in TOML_FILES:
        for key, value in tomllib.loads(data_text(name)).items():
            if key in lists or key in tables:
                raise ValueError(f"lexicon {key!r} is defined twice (again in {name})")
            if isinstance(value, list):
                lists[key] = tuple(str(v) for v in value)
            else:
                tables[key] = dict(value)
    return Lexicons(lists, tables)


def lexicon_names() -> list[str]:
    """The names of every lexicon, lists and tables."""
    lex = packaged()
    return sorted([*lex.lists, *lex.tables])


def _read_replacement(name: str, path: Path, is_table: bool):
    text = Path(path).read_text(encoding="utf-8")
    if is_table:
        if Path(path).suffix == ".toml":
            return dict(tomllib.loads(text))
        return _table(text)
    if Path(path).suffix == ".toml":
        value = tomllib.loads(text).get(name)
        if not isinstance(value, list):
            raise ValueError(f"{path}: no list named {name!r}")
        return tuple(map(str, value))
    return _lines(text)


def _pairs(value: Any) -> list[list[Any]]:
    items = value.items() if isinstance(value, Mapping) else value
    return [[str(k), v] for k, v in items]


def _is_config_form(value: Any) -> bool:
    return isinstance(value, Mapping) and len(value) == 1 and (
        set(value) <= {"merge", "replace"}) and isinstance(next(iter(value.values())), list)


def to_config(overrides: Mapping[str, Any] | None) -> dict[str, Any]:
    """Lexicon overrides in the form a spaCy component config holds (and survives
    ``nlp.to_disk``): files read, every value a list — ``{"add": [...], "remove": [...]}`` for
    lists, ``{"merge": [[key, value], ...]}`` or ``{"replace": [...]}`` for tables.
    :func:`load_lexicons` takes this form as well as the user's.

    Raises:
        ValueError: an unknown lexicon name or a value of the wrong shape.
    """
    base = packaged()
    known = set(base.lists) | set(base.tables)
    out: dict[str, Any] = {}
    for name, value in (overrides or {}).items():
        if name not in known:
            raise ValueError(f"unknown lexicon {name!r}; expected one of "
                             f"{', '.join(sorted(known))}")
        is_table = name in base.tables
        if isinstance(value, (str, os.PathLike)):
            read = _read_replacement(name, Path(value), is_table)
            out[name] = {"replace": _pairs(read) if is_table else list(read)}
        elif is_table:
            if _is_config_form(value):
                out[name] = {k: _pairs(v) for k, v in value.items()}
            elif isinstance(value, Mapping):
                out[name] = {"merge": _pairs(value)}
            else:
                raise ValueError(f"lexicon {name!r} is a table: give a mapping or a file path")
        elif isinstance(value, Mapping):
            extra = set(value) - {"add", "remove"}
            if extra:
                raise ValueError(f"lexicon {name!r}: unknown key(s) {', '.join(sorted(extra))}; "
                                 f"expected add and remove")
            out[name] = {"add": [str(v) for v in value.get("add", ())],
                         "remove": [str(v) for v in value.get("remove", ())]}
        else:
            out[name] = {"add": [str(v) for v in value], "remove": []}
    return out


def load_lexicons(overrides: Mapping[str, Any] | None = None) -> Lexicons:
    """The packaged lexicons with ``overrides`` applied (see the module docstring).

    Raises:
        ValueError: an unknown lexicon name or a value of the wrong shape.
        OSError: a replacement file cannot be read.
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
        if "replace" in change:
            (tables if name in tables else lists)[name] = (
                dict(change["replace"]) if name in tables else tuple(change["replace"]))
        elif "merge" in change:
            tables[name] = {**tables[name], **dict(change["merge"])}
        else:
            removed = {v.lower() for v in change["remove"]}
            kept = [v for v in lists[name] if v.lower() not in removed]
            lists[name] = tuple(dict.fromkeys(kept + change["add"]))
    return Lexicons(lists, tables, hashlib.sha256(key.encode()).hexdigest()[:16])


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
    """A list lexicon of the active set, lower-cased, as a frozenset (for membership tests)."""
    lex = active()
    return lex.derived(f"words:{name}", lambda lx: frozenset(v.lower() for v in lx.lists[name]))


def table(name: str) -> Mapping[str, Any]:
    """A table lexicon of the active set (key → value)."""
    return active().tables[name]


def derived(key: str, build: Callable[[Lexicons], Any]) -> Any:
    """:meth:`Lexicons.derived` on the active set."""
    return active().derived(key, build)


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
