"""The two kinds of settings of a run, kept apart: what decides a stored row, and what does not.

* :class:`RowSettings` — everything of the user's that decides an article's rows: the user
  aliases (as rows ``[alias, canonical, label]``), the lexicon overrides (in the config form of
  :func:`analysis.lexicons.to_config`) and the quote engine's thresholds the user changed.
  Its canonical JSON, :meth:`RowSettings.key`, is hashed into the store's fingerprint
  (:func:`analysis.store.fingerprint.fingerprint`), and :meth:`RowSettings.as_dict` is written
  into the store's ``manifest.json`` as ``row_settings`` by every run, so that
  ``Corpus.read`` assembles a stored corpus with the same aliases and word lists without being
  told them again. The corpus step (:mod:`analysis.assembly`) gets its word lists from
  :meth:`RowSettings.load_lexicons` and its alias table from :meth:`RowSettings.alias_table`.
* :class:`RunOptions` — how a run goes: the per-article time limit, the longest article
  parsed, processes, engine, scheduler, batch size, progress bar. Never hashed: running again
  with another time limit (``--time-limit 120`` after 60) re-parses nothing (an article that
  timed out was never stored, so it is parsed again anyway). The time limit still reaches the
  components (it is part of their spaCy config), through :func:`analysis.engine.pipeline.
  component_config`, beside the row settings.

``analyze()``, ``extract_into()`` and ``load_corpus()`` keep their keyword arguments and build
these two objects once, then pass them on explicitly. Nothing heavy is imported here: the alias
and lexicon loaders are imported when a setting is checked or used.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Mapping

from .budget import DEFAULT_SECONDS

#: the longest article parsed by default, in characters (``RunOptions.max_chars``; a longer one
#: is not parsed but reported ``too_long``: see :func:`analysis.engine.pipeline.process_shard`)
MAX_CHARS = 5_000_000

if TYPE_CHECKING:
    from ..lexicons import Lexicons
    from .aliases import AliasTable

#: the keys of :meth:`RowSettings.as_dict` (and of ``row_settings`` in ``manifest.json``)
ROW_SETTING_KEYS = ("aliases", "lexicons", "thresholds")


def _frozen(value: Mapping[str, Any]) -> Mapping[str, Any]:
    """A read-only copy of a JSON-able mapping (a JSON round trip: no shared lists)."""
    return MappingProxyType(json.loads(json.dumps(dict(value))))


@dataclass(frozen=True)
class RowSettings:
    """What of the user's decides a stored row (see the module docstring). Build it with
    :meth:`build` (from ``analyze()``'s arguments) or :meth:`from_dict` (from a manifest):
    both check every value; the fields are then in their canonical form.

    Attributes:
        aliases: the user's alias rows ``(alias, canonical, label or None)`` (added over the
            packaged ``data/aliases.csv``; later rows win), in the order given.
        lexicons: the lexicon overrides in config form (:func:`analysis.lexicons.to_config`:
            files read, every value a list; the pairs merged into a table one a key, in key
            order, the last given winning), empty for the packaged word lists.
        thresholds: the ``news_quotes`` thresholds changed from their defaults
            (:class:`analysis.engine.quotes.QuoteSettings`: ``min_quote_words`` …), empty for
            the defaults.
    """

    aliases: tuple[tuple[str, str, str | None], ...] = ()
    lexicons: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    thresholds: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))

    @classmethod
    def build(cls, *, aliases=None, lexicons: Mapping[str, Any] | None = None,
              thresholds: Mapping[str, int] | None = None) -> "RowSettings":
        """The row settings of ``analyze()``'s ``aliases=`` (a CSV path, DataFrame,
        ``{alias: canonical}`` mapping or rows ``[alias, canonical, label]``) and
        ``lexicons=`` (overrides, as :mod:`analysis.lexicons` takes them), and ``thresholds``
        (``{name: value}`` of :class:`analysis.engine.quotes.QuoteSettings`), all checked now,
        before any article is parsed.

        Raises:
            analysis.engine.aliases.AliasError: a bad alias table (file, row, value named).
            analysis.lexicons.LexiconError: bad lexicon overrides (lexicon, file, line named).
            ValueError: an unknown threshold or one that is not a whole number >= 0.
        """
        from ..lexicons import to_config

        config = to_config(lexicons)
        for change in config.values():  # merged into a table: one pair a key, in key order
            if "merge" in change:
                change["merge"] = [list(p) for p in sorted(dict(change["merge"]).items())]
        return cls(aliases=alias_rows(aliases), lexicons=_frozen(config),
                   thresholds=_frozen(check_thresholds(thresholds)))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None, where: str = "row settings"
                  ) -> "RowSettings":
        """The row settings :meth:`as_dict` wrote (``row_settings`` of a store's manifest);
        None or ``{}``: the packaged aliases and word lists.

        Raises:
            ValueError: ``data`` is not such a mapping or holds a bad value (an
                ``AliasError`` or ``LexiconError``), the message starting with ``where``.
        """
        if data is None:
            return cls()
        if not isinstance(data, Mapping) or set(data) - set(ROW_SETTING_KEYS):
            raise ValueError(f"{where}: expected a mapping with keys "
                             f"{', '.join(ROW_SETTING_KEYS)}, got {data!r:.200}")
        rows = data.get("aliases") or None
        if rows is not None and not (isinstance(rows, list)
                                     and all(isinstance(r, list) for r in rows)):
            raise ValueError(f"{where}: aliases must be rows [alias, canonical, label], got "
                             f"{rows!r:.200}")
        try:
            return cls.build(aliases=rows, lexicons=data.get("lexicons") or None,
                             thresholds=data.get("thresholds") or None)
        except ValueError as exc:
            raise ValueError(f"{where}: {exc}") from None

    def as_dict(self) -> dict[str, Any]:
        """JSON-able: ``{"aliases": [[alias, canonical, label], ...], "lexicons": {...},
        "thresholds": {...}}`` (what ``manifest.json`` holds as ``row_settings``)."""
        return {"aliases": [list(row) for row in self.aliases],
                "lexicons": json.loads(json.dumps(dict(self.lexicons))),
                "thresholds": dict(self.thresholds)}

    def key(self) -> str:
        """The canonical JSON of :meth:`as_dict` — keys sorted, no spaces, ASCII — the same in
        every process and whatever order the mappings were given in; what the fingerprint
        hashes."""
        return json.dumps(self.as_dict(), sort_keys=True, separators=(",", ":"),
                          ensure_ascii=True)

    def is_default(self) -> bool:
        """No user aliases, lexicon overrides or thresholds."""
        return not (self.aliases or self.lexicons or self.thresholds)

    def load_lexicons(self) -> "Lexicons":
        """The word lists these settings give (:func:`analysis.lexicons.load_lexicons`: the
        packaged ones with the overrides applied; cached)."""
        from ..lexicons import load_lexicons

        return load_lexicons(dict(self.lexicons) or None)

    def alias_table(self) -> "AliasTable":
        """The packaged alias table with the user's rows over it
        (:func:`analysis.engine.aliases.read_aliases`)."""
        from .aliases import read_aliases

        return read_aliases({a: (c, label) for a, c, label in self.aliases} or None)

    def with_aliases(self, aliases) -> "RowSettings":
        """These settings with the user alias rows replaced by ``aliases`` (as for
        :meth:`build`; None: no user rows)."""
        return RowSettings(alias_rows(aliases), self.lexicons, self.thresholds)

    def component_config(self) -> dict[str, Any]:
        """The part of the components' spaCy config these settings give: ``aliases`` (rows or
        None), ``lexicons`` (config form or None) and ``thresholds`` (for ``news_quotes``)."""
        return {"aliases": [list(row) for row in self.aliases] or None,
                "lexicons": json.loads(json.dumps(dict(self.lexicons))) or None,
                "thresholds": dict(self.thresholds)}


def alias_rows(aliases) -> tuple[tuple[str, str, str | None], ...]:
    """User aliases (a CSV path, DataFrame, ``{alias: canonical}`` or ``{alias: (canonical,
    label)}`` mapping, or rows ``[alias, canonical(, label)]``) as checked rows, in the order
    given, one per alias (a later row wins); ``()`` for None.

    Raises:
        analysis.engine.aliases.AliasError: see :func:`analysis.engine.aliases.read_aliases`.
    """
    from .aliases import AliasError, read_aliases

    if aliases is None:
        return ()
    if isinstance(aliases, (list, tuple)):
        mapping = {}
        for number, row in enumerate(aliases, start=1):
            if not isinstance(row, (list, tuple)) or not 2 <= len(row) <= 3:
                raise AliasError(f"aliases rows, row {number}: {row!r} is not [alias, "
                                 f"canonical, label]")
            mapping[row[0]] = (row[1], row[2] if len(row) == 3 else None)
        aliases = mapping
    table = read_aliases(aliases, include_default=False)
    return tuple((alias, canonical, label) for alias, (canonical, label) in table.exact.items())


def check_thresholds(thresholds: Mapping[str, int] | None) -> dict[str, int]:
    """``thresholds`` checked: names of :class:`analysis.engine.quotes.QuoteSettings`, values
    whole numbers >= 0.

    Raises:
        ValueError: an unknown name or a bad value, naming both.
    """
    if not thresholds:
        return {}
    from dataclasses import fields

    from .quotes.types import QuoteSettings

    known = [f.name for f in fields(QuoteSettings)]
    if not isinstance(thresholds, Mapping):
        raise ValueError(f"thresholds must be a mapping {{name: value}}, got "
                         f"{type(thresholds).__name__}")
    out = {}
    for name, value in thresholds.items():
        if name not in known:
            raise ValueError(f"unknown threshold {name!r}; expected one of {', '.join(known)}")
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValueError(f"threshold {name!r} must be a whole number >= 0, got {value!r}")
        out[name] = value
    return out


@dataclass(frozen=True)
class RunOptions:
    """How a run goes — never hashed into the fingerprint, never written as a row setting.

    Attributes:
        time_limit: seconds of extraction allowed per article and stage (None: no limit); an
            article over it is left out (``timeout``) and not stored.
        max_chars: the longest article parsed, in characters (None: no cap).
        processes: worker processes (None: decided by the number of articles to parse).
        engine: ``"local"`` or ``"dask"``.
        scheduler: a Dask scheduler's address, for ``engine="dask"``.
        batch_size: texts per ``nlp.pipe`` batch.
        progress: show a progress bar (None: when more than 20 articles are parsed).
    """

    time_limit: float | None = DEFAULT_SECONDS
    max_chars: int | None = MAX_CHARS
    processes: int | None = None
    engine: str = "local"
    scheduler: str | None = None
    batch_size: int = 32
    progress: bool | None = None

    def __post_init__(self) -> None:
        from ..config import positive_limit

        check_time_limit(self.time_limit)
        positive_limit(self.max_chars, "max_chars", "characters")


def check_time_limit(time_limit: float | None) -> float | None:
    """``time_limit`` if it is a positive number of seconds or None.

    Raises:
        ValueError: anything else.
    """
    if time_limit is not None and not time_limit > 0:
        raise ValueError(f"time budget must be a positive number of seconds, got {time_limit!r}")
    return time_limit
