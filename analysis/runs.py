"""``analyze()``: articles in, a :class:`~analysis.corpus.Corpus` of tidy DataFrames out — and
the runs behind it.

The flow is: coerce the input to an articles table → look up articles already in the store (same
``article_id`` and pipeline fingerprint, and the same text: a hash of it is kept per article) →
parse the others once each, in shards (in-process,
local processes or Dask; see :mod:`analysis.parallel`), streaming each shard's rows to the store →
the corpus-level step (:mod:`analysis.assembly`). :func:`extract_into` stops after the store is
written (what ``python -m analysis extract`` and ``make report`` do); :func:`load_corpus` is the
input folder through a store and back (what the notebooks do).

Settings: each public function keeps its keyword arguments and builds, once, a
:class:`~analysis.engine.settings.RowSettings` (aliases, lexicon overrides: what decides a row;
hashed into the fingerprint, recorded in ``manifest.json`` as ``row_settings``) and a
:class:`~analysis.engine.settings.RunOptions` (time limit, longest article, processes, engine,
scheduler, batch size, progress: never hashed), and hands both to :func:`execute`, which passes
them on explicitly: the components' config, the fingerprint, the corpus step's word lists and
alias table, ``Corpus.read``.

The re-run rule: an input row whose id is stored under the current fingerprint is reused when
its text hashes as the stored one did (:func:`text_hashes`: UTF-8 length and CRC-32) and parsed
again when not; a reused article whose other columns changed (title, author, date, outlet, url,
path: :func:`meta_hashes`) has its article row rewritten in a new part with its stored entities
and quotes — no parse (``meta["updated"]`` counts them). An article stored before the hashes
were kept counts as unchanged.
"""

from __future__ import annotations

import os
import warnings
from typing import Any, Iterable

import numpy as np
import pandas as pd

from . import __version__
from .articles import (ARTICLE_COLUMNS, _problem, _select_articles, choose_rows,
                       coerce_articles, coerce_with_notes, input_ids)
from .assembly import assembled
from .corpus import Corpus, run_id
from .engine.acronyms import defined_per_article
from .engine.budget import DEFAULT_SECONDS
from .engine.nlp import model_info, resolve_model
from .engine.settings import MAX_CHARS
from .engine.settings import RowSettings, RunOptions
from .io import article_id_for
from .schema import ENTITIES, ERRORS, QUOTES, validate_corpus
from .store import HASH_COLUMNS, WRITTEN_COLUMNS


def load_corpus(data: str | os.PathLike[str] | None = None, *, model=None,
                progress: bool | None = None, store: str | os.PathLike[str] | None = None,
                processes: int | None = None, aliases=None, lexicons=None,
                summary: bool = True, corrections=None) -> Corpus:
    """Load and analyse the input folder: ``data``, else ``ANALYSIS_DATA``, else ``data/raw/``.

    A relative ``data`` is taken relative to the project root (not the working directory), so
    notebooks and scripts agree. Input errors end up in ``corpus.errors``. With ``store``,
    results are kept there and re-used on the next call: the articles the store lacks are
    parsed and written (:func:`extract_into`) and the corpus is read back with
    :meth:`Corpus.read`, which assembles it from a few columns and reads each table when it is
    first used — what keeps a notebook over a year of news fast. ``aliases`` and ``lexicons``
    as for :func:`analyze` (checked before the folder is read; with a store, the corpus is
    read back with the same settings). ``corrections``: the user's corrections file or table,
    as for :func:`analyze` (default: none). A ``data`` folder that does not exist gives an
    empty corpus whose ``errors`` say so (naming the closest existing folder when it looks like
    a typo), and leaves the store as it was.

    What the run does is shown as it goes: a progress bar whenever any article is parsed
    (``progress=None``, the default; ``False``: never), preceded by "loading the model in N
    workers…" when worker processes start, and with ``summary`` (default) one line printed at
    the end (:func:`run_summary`: "150 articles: parsed 3 new, reused 147, 0 errors; model
    en_core_web_sm 3.8.0").
    """
    from .config import input_dir, project_path
    from .io import load_articles

    # checked before the folder is read
    settings, options = _settings(aliases, lexicons, processes=processes,
                                  progress=progress is not False)  # a bar for any parse
    fixes = _corrections(corrections)
    folder = project_path(data) if data is not None else input_dir()
    articles, errors = load_articles(folder, errors="collect")
    missing = not os.path.lexists(folder)  # a typo never empties the store's last run
    if store is None or missing or fixes is not None:
        corpus = execute(articles, model=model, settings=settings, options=options,
                         input_errors=errors, corrections=fixes,
                         store=project_path(store) if store is not None and not missing
                         else None)
        meta, run_errors = corpus.meta, corpus.errors
    else:
        meta, run_errors = execute(articles, model=model, settings=settings, options=options,
                                   input_errors=errors, store=project_path(store),
                                   assemble_corpus=False)
        corpus = Corpus.read(project_path(store), settings=settings)
    corpus.meta["input"] = str(folder)
    if summary:
        print(run_summary(meta, run_errors))
    return corpus


def run_summary(meta: dict, errors: pd.DataFrame) -> str:
    """What a run did, in one line, from its counts (``meta``: what :func:`extract_into`
    returns, the store's ``manifest.json``, or ``corpus.meta`` of :func:`analyze`) and its
    errors table: "153 articles: parsed 3 new, reused 150, 0 errors; model en_core_web_sm
    3.8.0". Reused articles whose metadata row alone was rewritten are named ("reused 150 (1
    with new metadata, not parsed)"); notes (``duplicate``, ``bad_date``, …) are counted apart
    from the errors (inputs lost)."""
    from .io import failures

    lost = len(failures(errors)) if errors is not None else 0
    notes = (len(errors) - lost) if errors is not None else 0
    updated = meta.get("updated") or 0
    reused = f"reused {meta.get('reused', 0)}" + (
        f" ({updated} with new metadata, not parsed)" if updated else "")
    noted = f" ({notes} note{'s' if notes != 1 else ''})" if notes else ""
    count = meta.get("articles")
    head = f"{count} article{'s' if count != 1 else ''}: " if count is not None else ""
    return (f"{head}parsed {meta.get('parsed', 0)} new, {reused}, {lost} "
            f"error{'s' if lost != 1 else ''}{noted}; model {meta.get('model')} "
            f"{meta.get('model_version')}")


def analyze(
    articles: pd.DataFrame | str | Iterable[str],
    *,
    model: str | os.PathLike[str] | None = None,
    aliases: str | os.PathLike[str] | pd.DataFrame | dict[str, str] | None = None,
    lexicons: dict[str, Any] | None = None,
    batch_size: int = 32,
    progress: bool | None = None,
    store: str | os.PathLike[str] | None = None,
    processes: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    input_errors: pd.DataFrame | None = None,
    time_limit: float | None = DEFAULT_SECONDS,
    max_chars: int | None = MAX_CHARS,
    corrections=None,
) -> Corpus:
    """Parse articles and build the entity, actor and quote tables.

    Load the spaCy pipeline with the engine's components (:func:`analysis.engine.pipeline.
    news_pipeline`), ``nlp.pipe`` the articles not already in the store (in shards: in-process,
    on local processes or Dask), turn each Doc into rows, assemble the corpus.

    Args:
        articles: ``load_articles`` output, any DataFrame with ``article_id`` and ``text``, one
            text, or a list of texts. A missing id (None, NaN) is derived from the text. Rows
            repeating an ``article_id`` with the same text are parsed once; a row repeating an
            id with another text is left out and listed in ``errors`` as ``duplicate_id``.
        model: spaCy package name or pipeline directory (default: see ``analysis.engine.nlp``).
        aliases: extra alias table (CSV path, DataFrame or ``{alias: canonical}``), merged over
            the packaged ``analysis/data/aliases.csv``.
        lexicons: changes to the word lists (``{"speech_verbs": ["opine"], "speaker_nouns":
            {"pundit": "group"}, "titles": "my_titles.txt"}``: see :mod:`analysis.lexicons`).
        batch_size: texts per ``nlp.pipe`` batch.
        progress: show a tqdm progress bar on stderr (and "loading the model in N workers…"
            on stdout before it when worker processes start); default: when more than 20
            articles are parsed (:func:`load_corpus` and ``extract``: whenever any is).
        store: a folder kept as a Parquet store (see :mod:`analysis.store`): articles already
            there with the same ``article_id``, pipeline fingerprint and text are read back, not
            parsed; new ones and changed texts are parsed and written, shard by shard; changed
            metadata (title, date, outlet, …) rewrites the article row alone (no parse).
        processes: worker processes; default: all available cores for more than 64 articles
            to parse, else 1 (in-process).
        engine: ``"local"`` (processes on this machine) or ``"dask"`` (a ``dask.distributed``
            LocalCluster with ``processes`` workers, or the cluster at ``scheduler``).
        scheduler: address of a running Dask scheduler, for ``engine="dask"``.
        input_errors: the errors table of loading (``load_articles(..., errors="collect")``);
            default: ``articles.attrs["errors"]`` when ``load_articles`` attached one. These rows
            come first in ``corpus.errors`` (and the store's ``errors.csv``).
        time_limit: seconds of extraction allowed per article and stage (default 60; None: no
            limit); an article over it is left out and listed in ``errors`` as ``timeout``, the
            others go on (see :mod:`analysis.engine.budget`).
        max_chars: longest article parsed, in characters (default 5,000,000; None: no cap); a
            longer one is left out and listed in ``errors`` as ``too_long`` (see
            :func:`analysis.engine.pipeline.process_shard`). An article that runs out of memory
            (``memory``), kills its worker process (``worker_lost``) or makes the engine raise
            (``engine_error``) is listed likewise.
        corrections: the user's corrections — a CSV path or a DataFrame in the format of
            :mod:`analysis.assembly.corrections` (*not a quote*, *speaker is X*, *actor A is
            B*, *gender of X is Y*) — applied by the corpus step, after the parse: no article
            is parsed again because of them, and they do not change the fingerprint. What
            became of each row is in ``corpus.corrections`` and ``meta["corrections"]`` (file,
            digest, applied and stale counts, the stale rows: with a store, recorded in its
            manifest too); a stale row (its quote or actor is gone, or the quote id now names
            other offsets) is warned about and applied to nothing.

    Returns:
        A :class:`Corpus`, articles in input order, validated against ``analysis.schema``.
        Articles with no text are left out and listed in ``corpus.errors``; long articles are
        parsed in chunks (offsets stay exact). ``corpus.meta`` counts articles ``parsed`` and
        ``reused``. The input is not modified; nothing is written unless ``store`` is given.

    Raises:
        analysis.engine.nlp.ModelNotFoundError: no spaCy pipeline could be found.
        ValueError: ``articles`` is a DataFrame without a ``text`` column; unknown engine; bad
            lexicons or time limit; a corrections row that cannot be read
            (``CorrectionError``, naming the file and line: checked before any parse).
    """
    settings, options = _settings(aliases, lexicons, time_limit=time_limit,
                                  max_chars=max_chars, processes=processes, engine=engine,
                                  scheduler=scheduler, batch_size=batch_size,
                                  progress=progress)
    return execute(articles, model=model, store=store, input_errors=input_errors,
                   settings=settings, options=options, corrections=_corrections(corrections))


def extract_into(articles, store: str | os.PathLike[str], *, model=None, aliases=None,
                 lexicons: dict[str, Any] | None = None, batch_size: int = 32,
                 progress: bool | None = None, processes: int | None = None,
                 engine: str = "local", scheduler: str | None = None,
                 input_errors: pd.DataFrame | None = None,
                 time_limit: float | None = DEFAULT_SECONDS,
                 max_chars: int | None = MAX_CHARS,
                 corrections=None) -> tuple[dict, pd.DataFrame]:
    """:func:`analyze` into ``store`` without building the corpus (what ``python -m analysis
    extract`` and ``make report`` do): only the articles the store lacks are parsed and
    written, the run is recorded (``last_run.parquet``, ``manifest.json``, ``errors.csv``),
    and no stored row is read back — so a re-run that adds one article to a large store costs
    the index (ids and fingerprints) and that article. :meth:`Corpus.read` assembles the
    corpus afterwards, exactly as :func:`analyze` would have. With ``corrections`` (as for
    :func:`analyze`), the corpus step is run once after the parse to match them, and what
    became of them is recorded in the manifest (``corrections``) and returned in ``meta``.

    Returns:
        ``(meta, errors)``: the run's counts (``articles``, ``parsed``, ``reused``, and
        ``updated``: reused articles whose metadata row was rewritten), model and fingerprint,
        and the errors table.
    """
    settings, options = _settings(aliases, lexicons, time_limit=time_limit,
                                  max_chars=max_chars, processes=processes, engine=engine,
                                  scheduler=scheduler, batch_size=batch_size,
                                  progress=progress)
    return execute(articles, model=model, store=store, input_errors=input_errors,
                   settings=settings, options=options, assemble_corpus=False,
                   corrections=_corrections(corrections))


def _settings(aliases, lexicons, **options) -> tuple[RowSettings, RunOptions]:
    """The two settings objects of a run, from the public functions' keyword arguments: the
    row settings (checked first), then the run options (:class:`RunOptions` checks them)."""
    return RowSettings.build(aliases=aliases, lexicons=lexicons), RunOptions(**options)


def _corrections(value):
    """The user's corrections, read and checked (before any parse), or None."""
    if value is None:
        return None
    from .assembly.corrections import read_corrections

    return read_corrections(value)


def execute(articles, *, model=None, settings: RowSettings, options: RunOptions,
            store: str | os.PathLike[str] | None = None,
            input_errors: pd.DataFrame | None = None, assemble_corpus: bool = True,
            corrections=None):
    """One run, its settings given explicitly: :func:`analyze` (``assemble_corpus``: a
    :class:`Corpus`) or :func:`extract_into` (``assemble_corpus=False``, with a store: ``(meta,
    errors)``). ``settings`` decide the rows: their :meth:`~RowSettings.key` is hashed into
    the fingerprint and they are recorded in the manifest (``row_settings``); ``options``
    (time limit, processes, …) only decide how the run goes and are never hashed.
    ``corrections`` (read: :func:`analysis.assembly.corrections.read_corrections`) are applied
    by the corpus step; with a store, what became of them is recorded in its manifest."""
    from .parallel import bootstrapping_worker
    from .engine.pipeline import component_config, news_pipeline
    from .store import fingerprint

    if bootstrapping_worker():
        raise RuntimeError("analyze() was called while a worker process was re-running your "
                           "script to start up; this worker stops here. Put the script's code "
                           "under `if __name__ == \"__main__\":` to use engine=\"dask\".")
    if input_errors is None and isinstance(articles, pd.DataFrame):
        input_errors = articles.attrs.get("errors")
    time_limit = options.time_limit
    config = component_config(settings, time_limit=time_limit)
    spec = resolve_model(model)
    info = model_info(news_pipeline(spec.target, config))
    run = _Run(articles, spec.target, config, fingerprint(info, settings.key()), store,
               options.batch_size, options.max_chars, settings)
    ent_rows, quote_rows = run.process(processes=options.processes, engine=options.engine,
                                       scheduler=options.scheduler, progress=options.progress)
    problems = run.problems
    timeouts = [(article_id, "timeout", f"article {article_id}: extraction took longer than "
                 f"{time_limit:g} s; left out (raise time_limit= or --time-limit to allow more)")
                for article_id in run.timed_out]
    for article_id, problem, message in timeouts + run.failures:
        row = run.by_id.loc[article_id]
        where = row["path"] if isinstance(row["path"], str) else f"article {article_id}"
        problems.append(_problem(where, problem, message))
    errors = ERRORS.frame(problems)
    if input_errors is not None and len(input_errors):
        errors = ERRORS.frame(pd.concat([ERRORS.frame(input_errors), errors], ignore_index=True))
    if run.store is not None:
        ids = [a for a in run.id_array.to_pylist() if a not in run.left_out] \
            if run.left_out else run.id_array
        meta = {**info, "analysis_version": __version__, "fingerprint": run.fingerprint,
                "model_path": spec.target, "articles": len(ids), "parsed": run.parsed,
                "reused": run.reused, "updated": run.updated,
                "row_settings": settings.as_dict()}
        run.store.record_run(ids, fingerprint=run.fingerprint, meta=meta, errors=errors)
        if not assemble_corpus and corrections is None:
            return meta, errors
        # this run's articles, read back as a corpus: assembled from a few columns, each wide
        # table read when first used (whatever the size of the store)
        corpus = Corpus.read(run.store.root, settings=settings, corrections=corrections)
        if corrections is not None:  # what became of them, in the run's manifest
            meta["corrections"] = corpus.meta["corrections"]
            run.store.write_meta(meta)
        if not assemble_corpus:
            return meta, errors
        corpus.meta.update(parsed=run.parsed, reused=run.reused, updated=run.updated)
        return corpus
    frame = run.frame[~run.frame["article_id"].isin(run.left_out)].reset_index(drop=True)
    entities, actors, quotes, assembly = assembled(frame, ent_rows, quote_rows,
                                                   settings.alias_table(),
                                                   settings.load_lexicons(), corrections)
    meta = {**info, "analysis_version": __version__, "fingerprint": run.fingerprint,
            "model_path": spec.target, "articles": len(frame), "parsed": run.parsed,
            "reused": run.reused, "entities": len(entities), "actors": len(actors),
            "quotes": len(quotes), "row_settings": settings.as_dict()}
    if assembly.corrections is not None:
        meta["corrections"] = assembly.corrections.summary()
    corpus = Corpus(articles=frame, entities=entities, actors=actors, quotes=quotes,
                    errors=errors, meta=meta, corrections=assembly.corrections)
    validate_corpus(corpus)
    return corpus


class _Run:
    """One run of :func:`analyze` over the user's articles: which ones it keeps (repeated ids,
    empty texts), what the store already has, the shards to parse, their rows (streamed to the
    store shard by shard when there is one).

    With a store, only what decides what to parse is read for every input row — its id (the
    given one, or derived from the text), whether its text is empty, whether its id repeats —
    and only the rows to parse are turned into article rows (:func:`coerce_articles`), so a
    re-run that adds one article to a year of news does not handle the year's texts."""

    def __init__(self, articles, target: str, config: str, fingerprint: str, store,
                 batch_size: int, max_chars: int | None, settings: RowSettings):
        from .store import Store

        self.fingerprint = fingerprint
        # the word lists of the article-level facts stored with each article (``things``)
        self.lexicons = settings.load_lexicons()
        self.args = (target, config, batch_size, max_chars)
        self.store = Store(store) if store is not None else None
        if self.store is None:
            frame, notes = coerce_with_notes(articles)  # notes: bad_date (article kept)
            self.frame, self.problems = _select_articles(frame)
            self.problems[:0] = notes
            self.reused = 0  # articles taken from the store (none here)
            self.by_id = self.frame.set_index("article_id")
            self.seq = {a: i for i, a in enumerate(self.frame["article_id"])}
        else:
            raw = _as_frame(articles)
            ids = input_ids(raw)
            keep, self.problems = choose_rows(ids, raw["text"],
                                              raw["path"] if "path" in raw else None)
            self._raw = raw
            self._rows = None if keep.all() else keep.nonzero()[0]  # input rows kept
            # the kept ids, in input order: looked up in the store, recorded by write_run
            self.id_array = ids if self._rows is None else ids.filter(keep)
            kept = raw if self._rows is None else raw.iloc[self._rows]
            # what can change a stored row, per kept row: its other columns (every row) and
            # its text (hashed where the stored version has a text hash: see _look_up)
            self._meta_hash = meta_hashes(kept)
            self._known, changed, self._parts, self._part_names = self._look_up(kept["text"])
            self.reused = int((self._known & ~changed).sum())
            todo = (~self._known | changed).nonzero()[0]  # positions among the kept rows: seq
            self._todo = todo
            self.by_id = self._coerce(todo)
            self.seq = dict(zip(self.by_id.index, todo.tolist()))
        self.entities: list[dict] = []
        self.quotes: list[dict] = []
        self.timed_out: set[str] = set()
        self.failures: list[tuple[str, str, str]] = []  # (article_id, problem, message)
        self.left_out: set[str] = set()  # timed out or failed: no rows, not stored
        self.parsed = 0
        self.updated = 0  # stored articles whose metadata row was rewritten (not parsed)
        self.run_id = run_id()

    def _look_up(self, texts: pd.Series):
        """The kept rows against the store's newest version of each article under this
        fingerprint (:meth:`analysis.store.Store.lookup`; one Arrow ``index_in``): ``(known,
        text changed, newest part of each (-1: not stored), part names)``. Only the texts whose
        stored version has a text hash are hashed and compared (:func:`text_hashes`): an
        article stored with an id derived from its text (what ``load_articles`` gives) has
        none — the id names the text — nor has one stored before hashes were kept; those
        count as unchanged."""
        import pyarrow.compute as pc

        store = self.store
        assert store is not None, "looked up only with a store"
        n = len(self.id_array)
        none = np.zeros(n, dtype=bool)
        if not store.exists() or not n:
            return none, none, np.full(n, -1, np.int32), []
        stored, names = store.lookup(self.fingerprint)
        at = pc.index_in(self.id_array, value_set=stored.column("article_id"))
        known = at.is_valid().to_numpy(zero_copy_only=False)
        parts = pc.fill_null(stored.column("part").take(at), -1).to_numpy(zero_copy_only=False)
        was = stored.column("text_hash").take(at)
        compare = was.is_valid().to_numpy(zero_copy_only=False)
        changed = none.copy()
        if compare.any():
            where = compare.nonzero()[0]
            now = text_hashes(texts.iloc[where])
            changed[where] = now != pc.fill_null(was, 0).to_numpy(zero_copy_only=False)[where]
        self._stored_meta = stored.column("meta_hash").take(at)
        return known, changed, parts, names

    def _coerce(self, kept: np.ndarray) -> pd.DataFrame:
        """The article rows (by id) of the kept input rows at these positions: every column,
        texts cleaned (their notes, ``bad_date``, join the run's problems), and the hashes kept
        with them in the store: ``meta_hash``, and ``text_hash`` (of the text as given; missing
        when the id is the one derived from the text, which names it)."""
        rows = kept if self._rows is None else self._rows[kept]
        given = self._raw.iloc[rows]
        frame, notes = coerce_with_notes(
            given.assign(article_id=self.id_array.take(kept).to_pylist()))
        self.problems.extend(notes)
        derived = np.array([article_id_for(t) == a if isinstance(t, str) else False
                            for a, t in zip(frame["article_id"], frame["text"])], dtype=bool)
        hashes = pd.array(text_hashes(given["text"]), dtype="UInt64")
        hashes[derived] = pd.NA
        frame = frame.set_index("article_id")
        frame["text_hash"] = hashes  # kept beside the row (not a table column)
        frame["meta_hash"] = self._meta_hash[kept]
        return frame

    def _on_shard(self, result) -> None:
        self.timed_out.update(result.timeouts)
        self.failures.extend(result.failures)
        left_out = set(result.timeouts).union(a for a, _, _ in result.failures)
        self.left_out |= left_out
        ids = [a for a in result.ids if a not in left_out]
        if self.store is None:
            self.entities.extend(result.entities)
            self.quotes.extend(result.quotes)
            return
        part = self.by_id.loc[ids, [c for c in ARTICLE_COLUMNS if c != "article_id"]
                              + list(HASH_COLUMNS)]
        part = part.reset_index().assign(seq=[self.seq[a] for a in ids])
        entities = ENTITIES.frame(result.entities)
        part = part[ARTICLE_COLUMNS + ["seq", *HASH_COLUMNS]].assign(
            things=defined_per_article(part, entities, self.lexicons))
        self.store.write_part(part, entities, QUOTES.frame(result.quotes),
                              fingerprint=self.fingerprint, run=self.run_id)

    def _items(self, ids: list[str]) -> list[tuple[str, str]]:
        """``(article_id, text)`` to parse; a stored article parsed again (its part turned out
        unreadable) is turned into an article row here."""
        if not ids:
            return []
        missing = [a for a in ids if a not in self.by_id.index]
        if missing:
            import pyarrow as pa
            import pyarrow.compute as pc

            kept = pc.is_in(self.id_array, value_set=pa.array(missing, pa.string()))
            kept = kept.to_numpy(zero_copy_only=False).nonzero()[0]
            more = self._coerce(kept)
            self.seq.update(zip(more.index, kept.tolist()))
            self.by_id = pd.concat([self.by_id, more])
        return list(zip(ids, self.by_id.loc[ids, "text"]))

    def _update_metadata(self, reused: np.ndarray) -> None:
        """Rewrite the article row (no parse) of each reused article whose other columns
        (title, date, outlet, …) changed since it was stored: a new part with the new row and
        the article's stored entities, quotes and article-level facts, read back for those
        articles alone. Nothing is read when no metadata changed (the usual re-run)."""
        import pyarrow as pa
        import pyarrow.compute as pc

        if not reused.any():
            return
        now = pa.array(self._meta_hash)
        differ = pc.fill_null(pc.not_equal(self._stored_meta, now), False) \
            .to_numpy(zero_copy_only=False) & reused
        where = differ.nonzero()[0]
        if not len(where):
            return
        store = self.store
        assert store is not None, "metadata is rewritten only in a store"
        rows = self._coerce(where)
        ids = list(rows.index)
        stored = store.read(ids, fingerprint=self.fingerprint, pushdown=True)
        found = stored["articles"].drop_duplicates("article_id", keep="last") \
            .set_index("article_id")
        ids = [a for a in ids if a in found.index]  # gone meanwhile: left as it is
        if not ids:
            return
        part = rows.loc[ids, [c for c in ARTICLE_COLUMNS if c != "article_id"]
                        + list(HASH_COLUMNS)].reset_index()
        position = dict(zip(rows.index, where.tolist()))
        part = part.assign(seq=[position[a] for a in ids],
                           things=found.loc[ids, "things"].tolist() if "things" in found
                           else None)
        keep = set(ids)
        entities = stored["entities"]
        quotes = stored["quotes"]
        store.write_part(part[ARTICLE_COLUMNS + list(WRITTEN_COLUMNS)],
                         ENTITIES.frame(entities[entities["article_id"].isin(keep)])
                         if len(entities) else ENTITIES.frame(),
                         QUOTES.frame(quotes[quotes["article_id"].isin(keep)])
                         if len(quotes) else QUOTES.frame(),
                         fingerprint=self.fingerprint, run=self.run_id)
        self.updated = len(ids)

    def _parse(self, items, **options) -> None:
        from . import parallel
        from .engine.pipeline import lost_shard, prepare, process_shard

        self.parsed += len(items)
        parallel.run(items, process_shard, self.args, initializer=prepare,
                     initargs=self.args[:2], on_shard=self._on_shard, lost=lost_shard,
                     on_start=_loading_message, **options)

    def process(self, *, processes: int | None, engine: str, scheduler: str | None,
                progress: bool | None) -> tuple:
        """Parse what the store lacks. Without a store, returns the ``(entities, quotes)`` rows
        of every article that did not time out; with one, nothing is read back — the stored
        parts of the reused articles are only checked against their checksums (a damaged
        one's articles are parsed again), and the rows of articles whose metadata alone
        changed are copied to a new part — and ``(None, None)`` is returned."""
        from .parallel import available_cores

        todo = list(self.by_id.index)  # the rows not in the store (all, without a store)
        workers = processes if processes is not None else (
            available_cores() if len(todo) > 64 else 1)
        options = dict(processes=workers, engine=engine, scheduler=scheduler)
        items = self._items(todo)
        self._parse(items, progress=len(items) > 20 if progress is None else progress,
                    **options)
        if self.store is None:
            return self.entities, self.quotes
        from .store import COMPACT_AFTER, CompactionError

        import pyarrow as pa
        import pyarrow.compute as pc

        reused = self._known.copy()
        reused[self._todo] = False
        # the stored parts the reused articles come from, checked against their checksums: a
        # damaged one (warned, by name) has its articles parsed again
        used = np.unique(self._parts[reused])
        bad = self.store.unreadable(self.fingerprint, [self._part_names[i] for i in used])
        if bad:
            ids = self.id_array.to_pylist()
            missing = [a for a, r in zip(ids, reused) if r and a in bad]
            self._parse(self._items(missing), **options)
            self.reused -= len(missing)
            reused &= ~pc.is_in(self.id_array, value_set=pa.array(missing, pa.string())) \
                .to_numpy(zero_copy_only=False)
        self._update_metadata(reused)
        if len(self.store.parts("articles")) > COMPACT_AFTER:
            try:
                self.store.compact()
            except CompactionError as exc:  # every old part kept: the run's rows are stored
                warnings.warn(str(exc), stacklevel=2)
        return None, None


def _loading_message(workers: int) -> None:
    """Said before the progress bar when worker processes start: each loads the model first,
    which takes a while with the bar still at 0."""
    print(f"loading the model in {workers} worker{'s' if workers != 1 else ''}…", flush=True)


def text_hashes(texts: pd.Series) -> np.ndarray:
    """Per text, what tells a changed text: its UTF-8 length (high 32 bits) and CRC-32 (low
    32 bits), as uint64; 0 for a missing text. One encoding and one C call per text (about
    0.6 s for 100,000 news texts, 226 MB, on a busy 2-core machine: a re-run hashes only the
    texts stored under ids of their own); lone surrogates are hashed as they are."""
    import zlib

    def one(text) -> int:
        if not isinstance(text, str):
            return 0
        data = text.encode("utf-8", "surrogatepass")
        return ((len(data) & 0xFFFFFFFF) << 32) | zlib.crc32(data)

    return np.fromiter((one(t) for t in texts), dtype=np.uint64, count=len(texts))


def meta_hashes(rows: pd.DataFrame) -> np.ndarray:
    """Per input row, a hash (uint64) of its article columns other than the id and the text
    (title, author, published, source, url, path: those it has, and which ones), as given —
    what tells a corrected date, outlet or title. Vectorised (pandas' ``hash_pandas_object``,
    stable for a given pandas version; a different one only rewrites metadata rows once)."""
    columns = [c for c in ARTICLE_COLUMNS if c not in ("article_id", "text") and c in rows]
    names = np.uint64(_crc(",".join(columns)))
    if not columns:
        return np.full(len(rows), names, dtype=np.uint64)
    frame = rows[columns]
    try:  # strings, dates, numbers: in C (other objects are hashed as their text by pandas)
        hashed = pd.util.hash_pandas_object(frame, index=False, categorize=False)
    except (TypeError, ValueError, UnicodeError):  # lists, lone surrogates: as their text
        frame = frame.apply(lambda col: col.map(_as_text) if col.dtype == object else col)
        hashed = pd.util.hash_pandas_object(frame, index=False, categorize=False)
    return hashed.to_numpy() ^ names


def _as_text(value):
    if value is None or (isinstance(value, float) and value != value):
        return None
    text = value if isinstance(value, str) else repr(value)
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _crc(text: str) -> int:
    import zlib

    return zlib.crc32(text.encode("utf-8", "surrogatepass"))


def _as_frame(articles) -> pd.DataFrame:
    """The user's input as a DataFrame with a ``text`` column (not coerced)."""
    if isinstance(articles, str):
        return pd.DataFrame({"text": [articles]})
    if isinstance(articles, pd.DataFrame):
        if "text" not in articles.columns:
            coerce_articles(articles)  # raises the error that names the columns
        if articles.index.equals(pd.RangeIndex(len(articles))):
            return articles  # read, never modified: no copy of a large input
        return articles.reset_index(drop=True)
    return pd.DataFrame({"text": list(articles)})
