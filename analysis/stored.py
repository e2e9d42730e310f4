"""A corpus read back from a store (:meth:`analysis.Corpus.read`): assembled from a few columns,
its wide tables read when first used.

What :meth:`~analysis.Corpus.read` costs on a store of N articles: the store's index (ids and
fingerprints), the columns the corpus-level step needs (:data:`analysis.assembly.ENTITY_INPUT`,
:data:`~analysis.assembly.QUOTE_INPUT`, the articles' dates and order; repeated strings read as
Parquet's dictionaries, never as one Python string per row) and the texts of the articles that
name an acronym actor; then the ``actors`` table is ready. ``articles``, ``entities`` and
``quotes`` are read — and checked against their schema — the first time they are used; charts
read only the columns they draw (:meth:`analysis.Corpus.table`).

The user's corrections (:mod:`analysis.assembly.corrections`), when given, are applied by the
corpus step too: the quote columns it reads then include ``quote_id, start, end``, and every
table read later follows them (a dropped quote is in no table, a merged actor under its new name).

The corpus step runs with the row settings the store's run recorded (``row_settings`` in
``manifest.json``: the user aliases and lexicon overrides, :class:`analysis.engine.settings.
RowSettings`), so a store is read back as the run returned it without repeating them; a store
written before they were recorded is read with the packaged aliases and word lists.
"""

from __future__ import annotations

import os
from typing import Iterable

import pandas as pd

from .articles import ARTICLE_COLUMNS, coerce_articles
from .assembly import ENTITY_INPUT, QUOTE_INPUT, Assembly, compute
from .assembly.corrections import QUOTE_KEYS, Corrections
from .engine.settings import RowSettings
from .schema import ARTICLES, ENTITIES, ERRORS, QUOTES, validate_table
from .store import Store
from .store.layout import MANIFEST

#: entity and quote columns read as dictionaries (categorical): few distinct values
_ENTITY_DICTIONARY = ("article_id", "actor", "label", "text")
_QUOTE_DICTIONARY = ("article_id", "speaker_actor", "speaker_type", "kind", "speaker",
                     "speaker_role", "cue", "cue_lemma")


def stored_corpus(cls, folder: str | os.PathLike[str], *, articles: str,
                  article_ids: Iterable[str] | None, since, until,
                  sources: Iterable[str] | None, aliases, settings: RowSettings | None = None,
                  corrections: Corrections | None = None):
    """:meth:`analysis.Corpus.read` (see there for the arguments; ``corrections`` read
    already)."""
    store = Store(folder)
    if not store.exists():
        raise FileNotFoundError(f"{folder}: not a corpus store (no articles/ folder, no "
                                f"last_run.parquet); write "
                                f"one with analyze(..., store=...) or python -m analysis "
                                f"extract")
    meta, errors, last = store.read_side(articles == "last_run")
    settings = read_settings(store, meta, aliases, settings)
    fp = last["fingerprint"].iat[0] if last is not None and len(last) else None
    if last is not None and "fingerprint" not in meta and fp is not None:
        meta["fingerprint"] = fp  # a damaged manifest (warned): the run's own fingerprint
    wanted = None
    if article_ids is not None:
        wanted = {article_ids} if isinstance(article_ids, str) else set(article_ids)
    if since is not None or until is not None or sources is not None:
        dated = store.where(fingerprint=fp, since=since, until=until, sources=sources)
        wanted = dated if wanted is None else wanted & dated
    ids: list[str] | None
    if last is not None:
        ids = list(last["article_id"]) if wanted is None else \
            [a for a in last["article_id"] if a in wanted]
    else:
        ids = None if wanted is None else sorted(wanted)
    source = _Source(store, fp if last is not None else None, ids)
    source.leave_out_damaged()
    pushdown = source.pushdown()
    # the articles' order: the last run's; or, for "all", the order a run over the same files
    # gives (path, then position in the run's input, then id)
    arts = source.read("articles", ["published", "path", "seq", "things"], pushdown=pushdown)
    if last is not None and ids is not None:  # (the last run gives ids)
        present = set(arts["article_id"])
        order = [a for a in ids if a in present]
    else:
        order = list(arts.sort_values(["path", "seq", "article_id"], na_position="last",
                                      kind="stable")["article_id"])
    source.order = order
    published = pd.to_datetime(arts.set_index("article_id")["published"], utc=True)
    ents = source.read("entities", ENTITY_INPUT, dictionary=_ENTITY_DICTIONARY,
                       pushdown=pushdown)
    keyed = corrections is not None and len(corrections.only(("not_a_quote", "speaker")))
    quotes = source.read("quotes", QUOTE_INPUT + (QUOTE_KEYS if keyed else []),
                         dictionary=("article_id", "speaker_actor"), pushdown=pushdown)
    defined = {a: set(t) for a, t in zip(arts["article_id"], arts["things"])
               if t is not None and not (isinstance(t, float) and t != t)}
    assembly = compute(order, published, ents, quotes, source.texts, settings.alias_table(),
                       settings.load_lexicons(), defined=defined, corrections=corrections)
    source.assembly = assembly
    resolved = assembly.corrections
    dropped = len(resolved.drop) if resolved is not None else 0
    meta = {**meta, "articles": len(order), "entities": len(ents),
            "actors": len(assembly.actors), "quotes": len(quotes) - dropped,
            "row_settings": settings.as_dict()}
    # what this read applied (the manifest's record is of the run that wrote it)
    meta.pop("corrections", None)
    if resolved is not None:
        meta["corrections"] = resolved.summary()
    return cls(articles=source.articles, entities=source.entities, actors=assembly.actors,
               quotes=source.quotes, errors=errors if errors is not None else ERRORS.frame(),
               meta=meta, source=source, corrections=resolved)


def read_settings(store: Store, meta: dict, aliases=None,
                  settings: RowSettings | None = None) -> RowSettings:
    """The row settings a stored corpus is assembled with: ``settings`` when given, else those
    the store's last run recorded (``row_settings`` in ``manifest.json``; none recorded, as in
    a store written before they were: the packaged aliases and word lists); ``aliases``, when
    given, replace their alias rows (an explicit argument wins over the manifest).

    Raises:
        ValueError: the manifest's ``row_settings`` cannot be used (naming the file and the
            problem); an ``AliasError`` for bad ``aliases``.
    """
    if settings is None:
        settings = RowSettings.from_dict(meta.get("row_settings"),
                                         f"{store.root / MANIFEST}: row_settings")
    return settings if aliases is None else settings.with_aliases(aliases)


class _Source:
    """The stored rows of one corpus: which articles (resolved again through the store's index
    each time a table is read, so a compaction in between does not lose rows), in which order,
    and the loaders of its tables."""

    def __init__(self, store: Store, fingerprint: str | None, ids: list[str] | None):
        self.store, self.fingerprint, self.ids = store, fingerprint, ids
        self.order: list[str] = []
        self.assembly: Assembly  # set once computed from the read columns (before any table)
        self._chosen: tuple[pd.DataFrame, pd.DataFrame] | None = None

    def chosen(self) -> pd.DataFrame:
        """The index rows of the corpus's articles (the newest part of each), as the store's
        index is now (kept while it does not change). Call it under ``store.reading()`` with
        the read that uses it (a compaction then waits for the read)."""
        rows = self.store.latest(self.fingerprint)
        if self._chosen is None or self._chosen[0] is not rows:
            picked = rows if self.ids is None else rows[rows["article_id"].isin(set(self.ids))]
            self._chosen = (rows, picked)
        return self._chosen[1]

    def leave_out_damaged(self) -> None:
        """Check the parts the corpus reads against their checksums (:meth:`Store.damaged`:
        every byte of their entities and quotes files) and leave a damaged part's articles
        out of every table, with a warning naming the part — never an article without its
        entities or quotes. The next extraction parses them again."""
        with self.store.reading():
            chosen = self.chosen()
            bad = self.store.damaged(chosen["part"].unique())
            if not bad:
                return
            lost = set(chosen.loc[chosen["part"].isin(bad), "article_id"])
        import warnings

        warnings.warn(f"{len(lost)} article(s) of damaged store part(s) "
                      f"{', '.join(sorted(bad))} are left out of this corpus; run the "
                      f"extraction again to parse them again", stacklevel=4)
        keep = set(chosen["article_id"]) - lost
        self.ids = [a for a in self.ids if a in keep] if self.ids is not None else \
            [a for a in chosen["article_id"] if a in keep]
        self._chosen = None

    def pushdown(self) -> bool:
        """Worth it for a selection, not for (nearly) the whole store."""
        return self.ids is not None and len(self.chosen()) < \
            0.5 * len(self.store.latest(self.fingerprint))

    def read(self, table: str, columns, *, dictionary=(), pushdown: bool | None = None
             ) -> pd.DataFrame:
        with self.store.reading():  # listed and read before or after a compaction
            chosen = self.chosen()
            if pushdown is None:
                pushdown = self.pushdown()
            return self.store.table(table, chosen, columns, dictionary=dictionary,
                                    pushdown=pushdown)

    def texts(self, ids: list[str]) -> dict[str, str]:
        """The texts of these articles (a Parquet filter on their ids)."""
        keep = set(ids)
        with self.store.reading():
            chosen = self.chosen()
            chosen = chosen[chosen["article_id"].isin(keep)]
            frame = self.store.table("articles", chosen, ["text"], pushdown=True)
        return dict(zip(frame["article_id"], frame["text"]))

    def _in_order(self, frame: pd.DataFrame) -> pd.DataFrame:
        position = {a: i for i, a in enumerate(self.order)}
        frame = frame[frame["article_id"].isin(position)]
        key = frame["article_id"].map(position)
        return frame.iloc[key.to_numpy().argsort(kind="stable")].reset_index(drop=True)

    def articles(self) -> pd.DataFrame:
        return checked("articles", stored_articles(self._in_order(self.read("articles", None))))

    def entities(self) -> pd.DataFrame:
        rows = self.read("entities", None, dictionary=_ENTITY_DICTIONARY)
        return checked("entities", self.assembly.entities(rows))

    def quotes(self) -> pd.DataFrame:
        rows = self.read("quotes", None, dictionary=_QUOTE_DICTIONARY)
        return checked("quotes", self.assembly.quotes(rows))

    def columns(self, name: str, columns: list[str]) -> pd.DataFrame:
        """Some columns of one table, in the corpus's order (final actors, genders)."""
        return self._rows(name, columns, None)

    def rows(self, name: str, ids: set[str]) -> pd.DataFrame:
        """The rows of some articles in one table (a Parquet filter on their ids)."""
        return self._rows(name, None, ids)

    def _rows(self, name: str, columns: list[str] | None, ids: set[str] | None) -> pd.DataFrame:
        with self.store.reading():  # listed and read before or after a compaction
            return self._rows_now(name, columns, ids)

    def _rows_now(self, name: str, columns: list[str] | None, ids: set[str] | None
                  ) -> pd.DataFrame:
        chosen = self.chosen()
        if ids is not None:
            chosen = chosen[chosen["article_id"].isin(ids)]
        pushdown = ids is not None or self.pushdown()
        if name == "articles":
            frame = self._in_order(self.store.table(
                "articles", chosen, None if columns is None else
                [c for c in columns if c != "article_id"], pushdown=pushdown))
            if columns is None:
                return stored_articles(frame)
            return _plain(frame, ARTICLES)[columns]
        table = ENTITIES if name == "entities" else QUOTES
        keyed = self.assembly.corrections is not None and \
            self.assembly.corrections.touches_quotes
        need = None if columns is None else list(dict.fromkeys(
            [*columns, "article_id", "start"] + (["actor"] if name == "entities" else
                                                 ["speaker_actor", "speaker_type"]
                                                 + (["quote_id"] if keyed else []))))
        encode = _ENTITY_DICTIONARY if name == "entities" else _QUOTE_DICTIONARY
        rows = self.store.table(name, chosen, need, pushdown=pushdown,
                                dictionary=[c for c in encode if need is None or c in need])
        apply = self.assembly.entities if name == "entities" else self.assembly.quotes
        if columns is None:
            return apply(rows)
        return _plain(apply(rows, table=False)[columns], table)


def _plain(frame: pd.DataFrame, table) -> pd.DataFrame:
    """Columns in their table's dtypes (a categorical read becomes strings again)."""
    out = {}
    for name in frame.columns:
        col = table.column(name) if name in table.names else None
        values = frame[name]
        if col is not None and col.dtype == "str":
            values = values.astype(object).where(values.notna(), None)
        elif col is not None and col.dtype in ("int64", "Int64"):
            values = values.astype(col.dtype)
        out[name] = values
    return pd.DataFrame(out, index=frame.index)


def stored_articles(frame: pd.DataFrame) -> pd.DataFrame:
    """Stored article rows as the ``articles`` table (the store's own columns dropped)."""
    if frame.empty:
        return ARTICLES.frame()
    return coerce_articles(frame[ARTICLE_COLUMNS].reset_index(drop=True))


def checked(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` after :func:`analysis.schema.validate_table` (raises on a violation)."""
    validate_table(name, frame)
    return frame
