"""``analyze()``: articles in, a :class:`~analysis.corpus.Corpus` of tidy DataFrames out — and
the runs behind it.

The flow is: coerce the input to an articles table → look up articles already in the store (same
``article_id`` and pipeline fingerprint) → parse the others once each, in shards (in-process,
local processes or Dask; see :mod:`analysis.parallel`), streaming each shard's rows to the store →
the corpus-level step (:mod:`analysis.assembly`). :func:`extract_into` stops after the store is
written (what ``python -m analysis extract`` and ``make report`` do); :func:`load_corpus` is the
input folder through a store and back (what the notebooks do).
"""

from __future__ import annotations

import os
from typing import Any, Iterable

import numpy as np
import pandas as pd

from . import __version__
from .actors import read_aliases
from .articles import (ARTICLE_COLUMNS, _problem, _select_articles, choose_rows,
                       coerce_articles, input_ids)
from .assembly import assemble
from .budget import DEFAULT_SECONDS
from .corpus import Corpus, run_id
from .nlp import model_info, resolve_model
from .non_actors import defined_per_article
from .pipeline import MAX_CHARS
from .schema import ENTITIES, ERRORS, QUOTES, validate_corpus


def load_corpus(data: str | os.PathLike[str] | None = None, *, model=None,
                progress: bool | None = None, store: str | os.PathLike[str] | None = None,
                processes: int | None = None, aliases=None, lexicons=None) -> Corpus:
    """Load and analyse the input folder: ``data``, else ``ANALYSIS_DATA``, else ``data/raw/``.

    A relative ``data`` is taken relative to the project root (not the working directory), so
    notebooks and scripts agree. Input errors end up in ``corpus.errors``. With ``store``,
    results are kept there and re-used on the next call: the articles the store lacks are
    parsed and written (:func:`extract_into`) and the corpus is read back with
    :meth:`Corpus.read`, which assembles it from a few columns and reads each table when it is
    first used — what keeps a notebook over a year of news fast. ``aliases`` and ``lexicons``
    as for :func:`analyze`.
    """
    from .config import input_dir, project_path
    from .io import load_articles

    folder = project_path(data) if data is not None else input_dir()
    articles, errors = load_articles(folder, errors="collect")
    if store is None:
        corpus = analyze(articles, model=model, progress=progress, processes=processes,
                         input_errors=errors, aliases=aliases, lexicons=lexicons)
    else:
        extract_into(articles, project_path(store), model=model, progress=progress,
                     processes=processes, input_errors=errors, aliases=aliases,
                     lexicons=lexicons)
        corpus = Corpus.read(project_path(store), aliases=aliases)
    corpus.meta["input"] = str(folder)
    return corpus


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
) -> Corpus:
    """Parse articles and build the entity, actor and quote tables.

    Load the spaCy pipeline with the engine's components (:func:`analysis.pipeline.
    news_pipeline`), ``nlp.pipe`` the articles not already in the store (in shards: in-process,
    on local processes or Dask), turn each Doc into rows, assemble the corpus.

    Args:
        articles: ``load_articles`` output, any DataFrame with ``article_id`` and ``text``, one
            text, or a list of texts. A missing id (None, NaN) is derived from the text. Rows
            repeating an ``article_id`` with the same text are parsed once; a row repeating an
            id with another text is left out and listed in ``errors`` as ``duplicate_id``.
        model: spaCy package name or pipeline directory (default: see ``analysis.nlp``).
        aliases: extra alias table (CSV path, DataFrame or ``{alias: canonical}``), merged over
            the packaged ``analysis/data/aliases.csv``.
        lexicons: changes to the word lists (``{"speech_verbs": ["opine"], "speaker_nouns":
            {"pundit": "group"}, "titles": "my_titles.txt"}``: see :mod:`analysis.lexicons`).
        batch_size: texts per ``nlp.pipe`` batch.
        progress: show a tqdm progress bar on stderr; default: when more than 20 articles are
            parsed.
        store: a folder kept as a Parquet store (see :mod:`analysis.store`): articles already
            there with the same ``article_id`` and pipeline fingerprint are read back, not parsed;
            new or changed ones are parsed and written, shard by shard.
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
            others go on (see :mod:`analysis.budget`).
        max_chars: longest article parsed, in characters (default 5,000,000; None: no cap); a
            longer one is left out and listed in ``errors`` as ``too_long`` (see
            :func:`analysis.pipeline.process_shard`). An article that runs out of memory
            (``memory``) or kills its worker process (``worker_lost``) is listed likewise.

    Returns:
        A :class:`Corpus`, articles in input order, validated against ``analysis.schema``.
        Articles with no text are left out and listed in ``corpus.errors``; long articles are
        parsed in chunks (offsets stay exact). ``corpus.meta`` counts articles ``parsed`` and
        ``reused``. The input is not modified; nothing is written unless ``store`` is given.

    Raises:
        analysis.nlp.ModelNotFoundError: no spaCy pipeline could be found.
        ValueError: ``articles`` is a DataFrame without a ``text`` column; unknown engine; bad
            lexicons or time limit.
    """
    return _analyze(articles, model=model, aliases=aliases, lexicons=lexicons,
                    batch_size=batch_size, progress=progress, store=store,
                    processes=processes, engine=engine, scheduler=scheduler,
                    input_errors=input_errors, time_limit=time_limit, max_chars=max_chars,
                    assemble_corpus=True)


def extract_into(articles, store: str | os.PathLike[str], *, model=None, aliases=None,
                 lexicons: dict[str, Any] | None = None, batch_size: int = 32,
                 progress: bool | None = None, processes: int | None = None,
                 engine: str = "local", scheduler: str | None = None,
                 input_errors: pd.DataFrame | None = None,
                 time_limit: float | None = DEFAULT_SECONDS,
                 max_chars: int | None = MAX_CHARS) -> tuple[dict, pd.DataFrame]:
    """:func:`analyze` into ``store`` without building the corpus (what ``python -m analysis
    extract`` and ``make report`` do): only the articles the store lacks are parsed and
    written, the run is recorded (``last_run.parquet``, ``manifest.json``, ``errors.csv``),
    and no stored row is read back — so a re-run that adds one article to a large store costs
    the index (ids and fingerprints) and that article. :meth:`Corpus.read` assembles the
    corpus afterwards, exactly as :func:`analyze` would have.

    Returns:
        ``(meta, errors)``: the run's counts (``articles``, ``parsed``, ``reused``), model and
        fingerprint, and the errors table.
    """
    return _analyze(articles, model=model, aliases=aliases, lexicons=lexicons,
                    batch_size=batch_size, progress=progress, store=store,
                    processes=processes, engine=engine, scheduler=scheduler,
                    input_errors=input_errors, time_limit=time_limit, max_chars=max_chars,
                    assemble_corpus=False)


def _analyze(articles, *, model, aliases, lexicons, batch_size, progress, store, processes,
             engine, scheduler, input_errors, time_limit, max_chars, assemble_corpus: bool):
    from .parallel import bootstrapping_worker
    from .pipeline import check_max_chars, component_config, news_pipeline
    from .store import fingerprint

    if bootstrapping_worker():
        raise RuntimeError("analyze() was called while a worker process was re-running your "
                           "script to start up; this worker stops here. Put the script's code "
                           "under `if __name__ == \"__main__\":` to use engine=\"dask\".")
    if input_errors is None and isinstance(articles, pd.DataFrame):
        input_errors = articles.attrs.get("errors")
    config = component_config(aliases=aliases, lexicons=lexicons, time_limit=time_limit)
    check_max_chars(max_chars)
    spec = resolve_model(model)
    info = model_info(news_pipeline(spec.target, config))
    run = _Run(articles, spec.target, config, fingerprint(info, config), store, batch_size,
               max_chars)
    ent_rows, quote_rows = run.process(processes=processes, engine=engine, scheduler=scheduler,
                                       progress=progress)
    problems = run.problems
    for article_id in run.timed_out:
        row = run.by_id.loc[article_id]
        where = row["path"] if isinstance(row["path"], str) else f"article {article_id}"
        problems.append(_problem(where, "timeout", f"article {article_id}: extraction took "
                                 f"longer than {time_limit:g} s; left out (raise time_limit= or "
                                 f"--time-limit to allow more)"))
    for article_id, problem, message in run.failures:
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
                "reused": run.reused}
        run.store.write_run(ids, fingerprint=run.fingerprint)
        run.store.write_meta(meta, errors)
        if not assemble_corpus:
            return meta, errors
        # this run's articles, read back as a corpus: assembled from a few columns, each wide
        # table read when first used (whatever the size of the store)
        corpus = Corpus.read(run.store.root, aliases=aliases)
        corpus.meta.update(parsed=run.parsed, reused=run.reused)
        return corpus
    frame = run.frame[~run.frame["article_id"].isin(run.left_out)].reset_index(drop=True)
    entities, actors, quotes = assemble(frame, ent_rows, quote_rows, read_aliases(aliases))
    meta = {**info, "analysis_version": __version__, "fingerprint": run.fingerprint,
            "model_path": spec.target, "articles": len(frame), "parsed": run.parsed,
            "reused": run.reused, "entities": len(entities), "actors": len(actors),
            "quotes": len(quotes)}
    corpus = Corpus(articles=frame, entities=entities, actors=actors, quotes=quotes,
                    errors=errors, meta=meta)
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
                 batch_size: int, max_chars: int | None = MAX_CHARS):
        from .store import Store

        self.fingerprint = fingerprint
        self.args = (target, config, batch_size, max_chars)
        self.store = Store(store) if store is not None else None
        if self.store is None:
            self.frame, self.problems = _select_articles(coerce_articles(articles))
            self.reused = 0  # articles taken from the store (none here)
            self.by_id = self.frame.set_index("article_id")
            self.seq = {a: i for i, a in enumerate(self.frame["article_id"])}
        else:
            import pyarrow.compute as pc

            raw = _as_frame(articles)
            ids = input_ids(raw)
            keep, self.problems = choose_rows(ids, raw["text"],
                                              raw["path"] if "path" in raw else None)
            self._raw = raw
            self._rows = None if keep.all() else keep.nonzero()[0]  # input rows kept
            # the kept ids, in input order: looked up in the store, recorded by write_run
            self.id_array = ids if self._rows is None else ids.filter(keep)
            known = np.zeros(len(self.id_array), dtype=bool)
            if self.store.exists() and len(known):  # one Arrow look-up, no string per article
                known = pc.is_in(self.id_array, value_set=self.store.stored_ids(
                    fingerprint)).to_numpy(zero_copy_only=False)
            self._known = known
            self.reused = int(known.sum())
            todo = (~known).nonzero()[0]  # positions among the kept rows: the articles' seq
            self.by_id = self._coerce(todo)
            self.seq = dict(zip(self.by_id.index, todo.tolist()))
        self.entities: list[dict] = []
        self.quotes: list[dict] = []
        self.timed_out: set[str] = set()
        self.failures: list[tuple[str, str, str]] = []  # (article_id, problem, message)
        self.left_out: set[str] = set()  # timed out or failed: no rows, not stored
        self.parsed = 0
        self.run_id = run_id()

    def _coerce(self, kept: np.ndarray) -> pd.DataFrame:
        """The article rows (by id) of the kept input rows at these positions: every column,
        texts cleaned."""
        rows = kept if self._rows is None else self._rows[kept]
        frame = coerce_articles(self._raw.iloc[rows].assign(
            article_id=self.id_array.take(kept).to_pylist()))
        return frame.set_index("article_id")

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
        part = self.by_id.loc[ids, [c for c in ARTICLE_COLUMNS if c != "article_id"]]
        part = part.reset_index().assign(seq=[self.seq[a] for a in ids])
        entities = ENTITIES.frame(result.entities)
        part = part[ARTICLE_COLUMNS + ["seq"]].assign(things=defined_per_article(part, entities))
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

    def _parse(self, items, **options) -> None:
        from . import parallel
        from .pipeline import lost_shard, prepare, process_shard

        self.parsed += len(items)
        parallel.run(items, process_shard, self.args, initializer=prepare,
                     initargs=self.args[:2], on_shard=self._on_shard, lost=lost_shard,
                     **options)

    def process(self, *, processes: int | None, engine: str, scheduler: str | None,
                progress: bool | None) -> tuple:
        """Parse what the store lacks. Without a store, returns the ``(entities, quotes)`` rows
        of every article that did not time out; with one, nothing is read back — the stored
        parts of the reused articles are only checked to be readable (their Parquet footers;
        an unreadable one's articles are parsed again) — and ``(None, None)`` is returned."""
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
        from .store import COMPACT_AFTER

        bad = self.store.unreadable(self.fingerprint)
        if bad:  # an unreadable stored part (warned): process its articles again
            ids = self.id_array.to_pylist()
            missing = [a for a, known in zip(ids, self._known) if known and a in bad]
            self._parse(self._items(missing), **options)
            self.reused -= len(missing)
        if len(self.store.parts("articles")) > COMPACT_AFTER:
            self.store.compact()
        return None, None


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
