"""The :class:`Corpus`: one DataFrame per table (articles, entities, actors, quotes, sources,
errors) and the run's metadata — built by :func:`analysis.analyze`, or read back from a store with
:meth:`Corpus.read`, which assembles it from a few columns and reads each wide table only when
it is first used. ``sources`` is derived: built from the ``quotes`` and ``actors`` tables the
first time it is used (:func:`analysis.assembly.build_sources`), never stored.
"""

from __future__ import annotations

import os
import time
import uuid
from pathlib import Path
from typing import Any, Callable, Iterable

import pandas as pd

from .articles import ARTICLE_COLUMNS
from .io import failures
from .schema import ERRORS, QUOTES, validate_table

TABLE_NAMES = ("articles", "entities", "actors", "quotes", "sources", "errors")
_READ_ALONE = ("articles", "entities", "quotes")  # tables a source reads in parts


class _Table:
    """A table attribute of :class:`Corpus`: a DataFrame, or a loader called on first use."""

    def __set_name__(self, owner, name: str) -> None:
        self.name = name

    def __get__(self, corpus, owner=None):
        if corpus is None:
            return self
        frame = corpus._frames.get(self.name)
        if frame is None:
            frame = corpus._loaders.pop(self.name)()
            corpus._frames[self.name] = frame
        return frame

    def __set__(self, corpus, value) -> None:
        corpus._frames[self.name] = value
        corpus._loaders.pop(self.name, None)
        corpus._read = {k: v for k, v in corpus._read.items() if k[0] != self.name}
        if self.name == "sources":
            corpus._given_sources = True  # kept as given, whatever quotes and actors become
        elif self.name in ("quotes", "actors", "entities") and not corpus._given_sources:
            corpus._frames.pop("sources", None)  # derived from them: built again when used
            corpus._loaders["sources"] = corpus._build_sources


class Corpus:
    """The result of :func:`analysis.analyze` or :meth:`Corpus.read`: one DataFrame per table
    plus the run's metadata.

    Attributes:
        articles, entities, actors, quotes, sources, errors: the tables of
            :mod:`analysis.schema` (``ARTICLES``, ``ENTITIES``, ``ACTORS``, ``QUOTES``,
            ``SOURCES``, ``ERRORS``). A corpus read from a store reads each of them the first
            time it is used (:meth:`loaded` tells which are in memory; :meth:`load` reads them
            all now). ``sources`` (one row per article × person quoted in it) is derived, never
            stored: built from the final ``quotes`` and ``actors`` when first used — from the
            few quote columns it needs (:meth:`table`) when the quotes are not in memory —
            and checked against its schema.
        meta: model name and version, spaCy and package version, fingerprint, counts.
    """

    articles = _Table()
    entities = _Table()
    actors = _Table()
    quotes = _Table()
    sources = _Table()
    errors = _Table()

    def __init__(self, articles, entities, actors, quotes=None, errors=None,
                 meta: dict[str, Any] | None = None, *, source=None, sources=None,
                 corrections=None):
        """Each table is a DataFrame or a function of no argument returning it (called the
        first time the table is used); ``sources`` by default is built from ``quotes`` and
        ``actors`` when first used. ``source``: where tables not in memory come from, with
        ``columns(name, columns)`` (some columns of a table) and ``rows(name, article_ids)``
        (the rows of some articles), each reading no more than that (:meth:`table` and
        :meth:`rows` use it; :meth:`Corpus.read` gives one). ``corrections``: the user's
        corrections the corpus step applied (an :class:`~analysis.assembly.corrections.
        Resolved`), whose report is :attr:`corrections`."""
        self._frames: dict[str, pd.DataFrame] = {}
        self._loaders: dict[str, Callable[[], pd.DataFrame]] = {}
        self._source = source
        self._read: dict[tuple, pd.DataFrame] = {}  # (table, columns) -> frame, see table()
        values = {"articles": articles, "entities": entities, "actors": actors,
                  "quotes": QUOTES.frame() if quotes is None else quotes,
                  "errors": ERRORS.frame() if errors is None else errors,
                  "sources": self._build_sources if sources is None else sources}
        self._given_sources = sources is not None
        for name, value in values.items():
            if isinstance(value, pd.DataFrame):
                self._frames[name] = value
            else:
                self._loaders[name] = value
        self.meta = dict(meta or {})
        self._resolved = corrections

    @property
    def corrections(self) -> pd.DataFrame:
        """The user's corrections and what became of each: one row per correction (its
        ``line`` in the file, ``kind``, keys, ``value``, ``status`` ``applied`` or ``stale``
        and the ``reason``); empty when none were given (see
        :mod:`analysis.assembly.corrections`; the counts are in ``meta["corrections"]``)."""
        from .assembly.corrections import REPORT_COLUMNS

        if self._resolved is None:
            return pd.DataFrame(columns=list(REPORT_COLUMNS))
        return self._resolved.report.copy()

    def __repr__(self) -> str:
        return f"<Corpus: {self.summary()}>"

    def _build_sources(self) -> pd.DataFrame:
        """The ``sources`` table from the quote and entity columns it needs and the actors
        (checked); the co-speaker words from the corpus's lexicons."""
        from .assembly.sources import SOURCE_ENTITY_INPUT, SOURCE_INPUT, build_sources

        frame = build_sources(self.table("quotes", SOURCE_INPUT), self.actors,
                              self.table("entities", SOURCE_ENTITY_INPUT),
                              self._row_settings().load_lexicons(), self._texts)
        validate_table("sources", frame)
        return frame

    def _texts(self, article_ids: list[str]) -> dict[str, str]:
        """``{article_id: text}`` of these articles (read on their own from a store)."""
        rows = self.rows("articles", article_ids)
        return dict(zip(rows["article_id"].astype(str), rows["text"].astype(str)))

    def _row_settings(self):
        """The row settings the corpus was made with (``meta["row_settings"]``; none: the
        packaged aliases and word lists)."""
        from .engine.settings import RowSettings

        return RowSettings.from_dict(self.meta.get("row_settings"), "corpus row_settings")

    def loaded(self, name: str) -> bool:
        """Whether table ``name`` is in memory (a corpus read from a store reads each table the
        first time it is used)."""
        return name in self._frames

    def load(self) -> "Corpus":
        """Read every table not in memory yet; returns the corpus itself."""
        for name in TABLE_NAMES:
            getattr(self, name)
        return self

    def table(self, name: str, columns: Iterable[str]) -> pd.DataFrame:
        """Some columns of a table: from memory when the table is loaded, else read from the
        store on their own (the table stays unread) — what the summaries and charts use, so
        that a chart of quote kinds does not read every quote's text. A new frame."""
        columns = list(dict.fromkeys(columns))
        if name in self._frames or self._source is None or name not in _READ_ALONE:
            return getattr(self, name)[columns].copy()
        key = (name, tuple(columns))
        if key not in self._read:  # the last few reads are kept: charts ask the same columns
            while len(self._read) >= 4:
                self._read.pop(next(iter(self._read)))
            self._read[key] = self._source.columns(name, columns)
        return self._read[key].copy()

    def rows(self, name: str, article_ids) -> pd.DataFrame:
        """The rows of table ``name`` (articles, entities or quotes) of these articles (one id
        or several), in the corpus's order: from memory when the table is loaded, else only
        those rows read from the store (the table stays unread). A new frame."""
        ids = {article_ids} if isinstance(article_ids, str) else set(article_ids)
        if name in self._frames or self._source is None or name not in _READ_ALONE:
            frame = getattr(self, name)
            return frame[frame["article_id"].isin(ids)].reset_index(drop=True)
        return self._source.rows(name, ids)

    def summary(self) -> str:
        """One line: counts and the model used (from ``meta`` for tables not read yet; the
        sources — people quoted per article — once built)."""
        model = f"{self.meta.get('model', '?')} {self.meta.get('model_version', '')}".strip()
        counts = {name: len(self._frames[name]) if name in self._frames
                  else self.meta.get(name, "?")
                  for name in ("articles", "entities", "actors", "quotes")}
        sources = f" ({len(self._frames['sources'])} source(s): people quoted per article)" \
            if "sources" in self._frames else ""
        bad = len(failures(self.errors))
        return (f"{counts['articles']} article(s), {counts['entities']} entity mention(s), "
                f"{counts['actors']} actor(s), {counts['quotes']} quote(s){sources}; {bad} "
                f"input error(s); model {model}.")

    def select(self, article_ids) -> "Corpus":
        """A new Corpus with only these articles (one id or several); actors are recomputed for
        them (their names stay the corpus's), with the corpus's row settings (aliases and word
        lists: ``meta["row_settings"]``), and ``sources`` derived from the selection's quotes
        and actors. The original is not modified."""
        from .assembly import compute

        settings = self._row_settings()

        pick = {name: self.rows(name, article_ids) for name in ("articles", "entities", "quotes")}
        texts = pick["articles"].set_index("article_id")["text"]
        assembly = compute(pick["articles"]["article_id"],
                           pick["articles"].set_index("article_id")["published"],
                           pick["entities"], pick["quotes"],
                           lambda wanted: texts.reindex(wanted).to_dict(),
                           settings.alias_table(), settings.load_lexicons(), merge=False)
        if self._resolved is not None and self._resolved.genders:  # the user's, kept
            from dataclasses import replace

            from .assembly.corrections import apply_genders

            actors, genders = apply_genders(assembly.actors, assembly.genders,
                                            self._resolved.genders)
            assembly = replace(assembly, actors=actors, genders=genders)
        return Corpus(articles=pick["articles"], entities=assembly.entities(pick["entities"]),
                      actors=assembly.actors, quotes=assembly.quotes(pick["quotes"]),
                      errors=self.errors.iloc[0:0], meta=dict(self.meta),
                      corrections=self._resolved)

    def write(self, folder: str | os.PathLike[str]) -> Path:
        """Write the corpus as a store folder (see :mod:`analysis.store`) that
        :meth:`read` and later ``analyze(..., store=folder)`` runs can use. The store keeps the
        per-article rows only (articles, entities, quotes): ``actors`` and ``sources`` are
        derived again on :meth:`read`. Its row settings
        (``meta["row_settings"]``: aliases, lexicon overrides) go into the manifest with the
        rest of ``meta``, so :meth:`read` assembles it with them.

        Returns:
            The folder written to (created if needed).
        """
        from .engine.acronyms import defined_per_article
        from .store import Store

        settings = self._row_settings()
        store = Store(folder)
        articles = self.articles[ARTICLE_COLUMNS].assign(seq=range(len(self.articles)))
        articles["things"] = defined_per_article(articles, self.entities,
                                                 settings.load_lexicons())
        fp = self.meta.get("fingerprint", "unknown")
        store.write_part(articles, self.entities, self.quotes, fingerprint=fp, run=run_id())
        store.record_run(self.articles["article_id"], fingerprint=fp, meta=self.meta,
                         errors=self.errors)
        return Path(folder)

    @classmethod
    def read(cls, folder: str | os.PathLike[str], *, articles: str = "last_run",
             article_ids: Iterable[str] | None = None, since=None, until=None,
             sources: Iterable[str] | None = None, aliases=None, settings=None,
             corrections=None) -> "Corpus":
        """The corpus stored in ``folder`` (by ``analyze(..., store=)``, ``extract`` or
        :meth:`write`), assembled exactly as :func:`analysis.analyze` assembles a fresh run.

        The corpus-level step (:mod:`analysis.assembly`) reads only the columns it needs; the
        ``actors`` table is ready at once, and ``articles``, ``entities`` and ``quotes`` are
        read from the store the first time they are used (then checked against their schema),
        or column by column through :meth:`table`; ``sources`` is built from the quote
        columns it needs when first used (it is not stored). A table read later sees the store as it is
        then (a compaction in between moves rows, it does not change them).

        Args:
            articles: ``"last_run"`` (default): the articles of the last run that wrote the
                store, in that run's order, as that run returned them — an article edited or
                removed since an earlier run is not mixed in; ``"all"``: every article ever
                stored, the newest stored version of each (whatever pipeline produced it).
            article_ids, since, until, sources: only these articles / those published in
                ``[since, until]`` (dates, inclusive) / from these outlets (``source``). The
                selection is pushed down to Parquet: only the chosen articles' rows are read,
                and they are assembled as a corpus of their own (cross-article merges and
                actors among them alone), as ``analyze`` on those articles would give it.
            aliases: a user alias table (as for ``analyze``), whose labels the corpus-level
                step keeps; default: the one the last run recorded. Given, it replaces the
                recorded alias rows (the argument wins; the lexicon overrides stay).
            settings: the :class:`~analysis.engine.settings.RowSettings` to assemble with
                (aliases and word lists); default: the ones the last run that wrote the store
                recorded in ``manifest.json`` (``row_settings``), so nothing given to
                ``analyze`` needs repeating here. A store written before row settings were
                recorded is read with the packaged aliases and word lists.

            corrections: the user's corrections (a CSV path, a DataFrame or a read
                :class:`~analysis.assembly.corrections.Corrections`: see
                :mod:`analysis.assembly.corrections`), applied by the corpus step — no
                article is parsed again; default: none (they are never taken from the
                environment or the manifest). What became of each row is in
                :attr:`corrections` and ``meta["corrections"]`` (stale rows also warned).

        The settings used are in ``meta["row_settings"]``; :meth:`select` keeps them.

        Raises:
            FileNotFoundError: ``folder`` is not a store.
            ValueError: unknown ``articles``; unusable ``row_settings`` in the manifest; bad
                ``aliases`` (``AliasError``); a corrections row that cannot be read
                (``CorrectionError``, naming the file and line).
        """
        from .assembly.corrections import read_corrections
        from .stored import stored_corpus

        if articles not in ("last_run", "all"):
            raise ValueError(f"unknown articles={articles!r}; expected last_run or all")
        fixes = read_corrections(corrections) if corrections is not None else None
        return stored_corpus(cls, folder, articles=articles, article_ids=article_ids,
                             since=since, until=until, sources=sources, aliases=aliases,
                             settings=settings, corrections=fixes)


def run_id() -> str:
    """A new run's id: time and a random suffix."""
    return f"{time.time_ns():020d}-{uuid.uuid4().hex[:6]}"
