"""``analyze()``: articles in, a :class:`Corpus` of tidy DataFrames out.

The flow is: coerce the input to an articles table → look up articles already in the store (same
``article_id`` and pipeline fingerprint) → parse the others once each, in shards (in-process,
local processes or Dask; see :mod:`analysis.parallel`), streaming each shard's rows to the store →
corpus-level assembly (cross-article actor merges, majority labels, the ``actors`` table).
"""

from __future__ import annotations

import os
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import pandas as pd

from . import __version__
from .actors import (AliasTable, build_actors, majority_labels, merge_surnames, merge_variants,
                     read_aliases)
from .gender import actor_genders, speaker_genders
from .institutions import resolve_institutions
from .non_actors import clear_non_actors, defined_things, non_actors
from .articles import ARTICLE_COLUMNS, _problem, _select_articles, coerce_articles
from .budget import DEFAULT_SECONDS
from .io import failures
from .nlp import model_info, resolve_model
from .schema import ACTORS, ARTICLES, ENTITIES, ERRORS, QUOTES, validate_corpus


@dataclass
class Corpus:
    """The result of :func:`analyze`: one DataFrame per table plus the run's metadata.

    Attributes:
        articles, entities, actors, quotes, errors: the tables of :mod:`analysis.schema`
            (``ARTICLES``, ``ENTITIES``, ``ACTORS``, ``QUOTES``, ``ERRORS``).
        meta: model name and version, spaCy and package version, fingerprint, counts.
    """

    articles: pd.DataFrame
    entities: pd.DataFrame
    actors: pd.DataFrame
    quotes: pd.DataFrame = field(default_factory=QUOTES.frame)
    errors: pd.DataFrame = field(default_factory=ERRORS.frame)
    meta: dict[str, Any] = field(default_factory=dict)

    def summary(self) -> str:
        """One line: counts and the model used."""
        model = f"{self.meta.get('model', '?')} {self.meta.get('model_version', '')}".strip()
        bad = len(failures(self.errors))
        return (f"{len(self.articles)} article(s), {len(self.entities)} entity mention(s), "
                f"{len(self.actors)} actor(s), {len(self.quotes)} quote(s); {bad} input "
                f"error(s); model {model}.")

    def select(self, article_ids) -> "Corpus":
        """A new Corpus with only these articles (one id or several); actors are recomputed for
        them. The original is not modified."""
        ids = {article_ids} if isinstance(article_ids, str) else set(article_ids)
        pick = {name: getattr(self, name)[getattr(self, name)["article_id"].isin(ids)]
                .reset_index(drop=True) for name in ("articles", "entities", "quotes")}
        entities, actors, quotes = finish(pick["entities"], pick["quotes"], pick["articles"])
        return Corpus(articles=pick["articles"], entities=entities, actors=actors, quotes=quotes,
                      errors=self.errors.iloc[0:0], meta=dict(self.meta))

    def write(self, folder: str | os.PathLike[str]) -> Path:
        """Write the corpus as a store folder (see :mod:`analysis.store`) that
        :meth:`read` and later ``analyze(..., store=folder)`` runs can use.

        Returns:
            The folder written to (created if needed).
        """
        from .store import Store

        store = Store(folder)
        articles = self.articles[ARTICLE_COLUMNS].assign(seq=range(len(self.articles)))
        fp = self.meta.get("fingerprint", "unknown")
        store.write_part(articles, self.entities, self.quotes, fingerprint=fp, run=_run_id())
        store.write_run(self.articles["article_id"], fingerprint=fp)
        store.write_meta(self.meta, self.errors)
        return Path(folder)

    @classmethod
    def read(cls, folder: str | os.PathLike[str], *, articles: str = "last_run",
             article_ids: Iterable[str] | None = None, since=None, until=None,
             sources: Iterable[str] | None = None) -> "Corpus":
        """The corpus stored in ``folder`` (by ``analyze(..., store=)``, ``extract`` or
        :meth:`write`), assembled exactly as :func:`analyze` assembles a fresh run.

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

        Raises:
            FileNotFoundError: ``folder`` is not a store.
            ValueError: unknown ``articles``.
        """
        from .store import Store

        if articles not in ("last_run", "all"):
            raise ValueError(f"unknown articles={articles!r}; expected last_run or all")
        store = Store(folder)
        if not store.exists():
            raise FileNotFoundError(f"{folder}: not a corpus store (no articles/ folder); write "
                                    f"one with analyze(..., store=...) or python -m analysis "
                                    f"extract")
        meta, errors = store.read_meta()
        last = store.read_run() if articles == "last_run" else None
        fp = last["fingerprint"].iat[0] if last is not None and len(last) else None
        wanted = None
        if article_ids is not None:
            wanted = {article_ids} if isinstance(article_ids, str) else set(article_ids)
        if since is not None or until is not None or sources is not None:
            dated = store.where(fingerprint=fp, since=since, until=until, sources=sources)
            wanted = dated if wanted is None else wanted & dated
        if last is None:
            rows = store.read(wanted)
            stored = _stored_articles(rows["articles"])
        else:
            ids = last["article_id"] if wanted is None else \
                last["article_id"][last["article_id"].isin(wanted)]
            rows = store.read(ids, fingerprint=fp, pushdown=wanted is not None)
            stored = _stored_articles(rows["articles"])
            order = {a: i for i, a in enumerate(last["article_id"])}
            stored = stored.iloc[stored["article_id"].map(order).argsort(kind="stable")]
            stored = stored.reset_index(drop=True)
        entities, actors, quotes = assemble(stored, rows["entities"], rows["quotes"],
                                            read_aliases(None))
        meta = {**meta, "articles": len(stored), "entities": len(entities),
                "actors": len(actors), "quotes": len(quotes)}
        corpus = cls(articles=stored, entities=entities, actors=actors, quotes=quotes,
                     errors=errors if errors is not None else ERRORS.frame(), meta=meta)
        validate_corpus(corpus)
        return corpus


def _run_id() -> str:
    return f"{time.time_ns():020d}-{uuid.uuid4().hex[:6]}"


def _stored_articles(frame: pd.DataFrame) -> pd.DataFrame:
    if frame.empty:
        return ARTICLES.frame()
    return coerce_articles(frame[ARTICLE_COLUMNS].reset_index(drop=True))


def load_corpus(data: str | os.PathLike[str] | None = None, *, model=None,
                progress: bool | None = None, store: str | os.PathLike[str] | None = None,
                processes: int | None = None, aliases=None, lexicons=None) -> Corpus:
    """Load and analyse the input folder: ``data``, else ``ANALYSIS_DATA``, else ``data/raw/``.

    A relative ``data`` is taken relative to the project root (not the working directory), so
    notebooks and scripts agree. Input errors end up in ``corpus.errors``. With ``store``,
    results are kept there and re-used on the next call; ``aliases`` and ``lexicons`` as for
    :func:`analyze`.
    """
    from .config import input_dir, project_path
    from .io import load_articles

    folder = project_path(data) if data is not None else input_dir()
    articles, errors = load_articles(folder, errors="collect")
    corpus = analyze(articles, model=model, progress=progress, processes=processes,
                     store=project_path(store) if store is not None else None,
                     input_errors=errors, aliases=aliases, lexicons=lexicons)
    corpus.meta["input"] = str(folder)
    return corpus


def _in_article_order(frame: pd.DataFrame, order: dict[str, int]) -> pd.DataFrame:
    if frame.empty:
        return frame.reset_index(drop=True)
    key = frame["article_id"].map(order)
    return (frame.assign(_order=key).sort_values(["_order", "start"], kind="stable")
            .drop(columns="_order").reset_index(drop=True))


def assemble(articles: pd.DataFrame, entities: pd.DataFrame | list, quotes: pd.DataFrame | list,
             aliases: AliasTable | None = None) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Corpus-level step: rows in article order; cross-article merges of spelling variants and
    surnames (:func:`~analysis.actors.merge_variants`, :func:`~analysis.actors.merge_surnames`);
    institutions named alone resolved to their article's country (:mod:`analysis.institutions`);
    names that are not actors cleared (:mod:`analysis.non_actors`); the ``actors`` table with
    genders, and the speakers' genders on the quotes (:mod:`analysis.gender`).

    Returns:
        ``(entities, actors, quotes)`` with final actor names; the inputs are not modified.
    """
    order = {a: i for i, a in enumerate(articles["article_id"])}
    entities = _in_article_order(ENTITIES.frame(entities), order)
    quotes = _in_article_order(QUOTES.frame(quotes), order)
    for merge in (merge_variants, merge_surnames):
        merges = merge(entities)
        if merges:
            entities = entities.assign(actor=entities["actor"].replace(merges).astype(object))
            quotes = quotes.assign(
                speaker_actor=quotes["speaker_actor"].replace(merges).astype(object))
    entities, quotes = resolve_institutions(entities, quotes)
    fixed = aliases.canonical_labels() if aliases is not None else None
    labels = majority_labels(entities, fixed)
    drop = non_actors(labels, fixed) | defined_things(entities, articles)
    entities, quotes = clear_non_actors(entities, quotes, drop)
    return finish(entities, quotes, articles, aliases, labels)


def finish(entities: pd.DataFrame, quotes: pd.DataFrame, articles: pd.DataFrame,
           aliases: AliasTable | None = None, labels: dict[str, str] | None = None
           ) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The ``actors`` table of final entity and quote rows, with ``gender``; the quotes with
    ``speaker_gender``. ``labels``: the majority labels, when :func:`assemble` has them (an
    actor cleared since keeps no row, the others' labels are the same)."""
    actors = build_actors(entities, articles, aliases, labels)
    actors[["gender", "gender_source"]] = actor_genders(entities, quotes, actors)
    genders = speaker_genders(quotes, actors)
    quotes = quotes.assign(speaker_gender=genders["speaker_gender"],
                           gender_source=genders["gender_source"])
    return entities, ACTORS.frame(actors), QUOTES.frame(quotes)


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
                    input_errors=input_errors, time_limit=time_limit, assemble_corpus=True)


def extract_into(articles, store: str | os.PathLike[str], *, model=None, aliases=None,
                 lexicons: dict[str, Any] | None = None, batch_size: int = 32,
                 progress: bool | None = None, processes: int | None = None,
                 engine: str = "local", scheduler: str | None = None,
                 input_errors: pd.DataFrame | None = None,
                 time_limit: float | None = DEFAULT_SECONDS) -> tuple[dict, pd.DataFrame]:
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
                    input_errors=input_errors, time_limit=time_limit, assemble_corpus=False)


def _analyze(articles, *, model, aliases, lexicons, batch_size, progress, store, processes,
             engine, scheduler, input_errors, time_limit, assemble_corpus: bool):
    from .parallel import bootstrapping_worker
    from .pipeline import component_config, news_pipeline
    from .store import fingerprint

    if bootstrapping_worker():
        raise RuntimeError("analyze() was called while a worker process was re-running your "
                           "script to start up; this worker stops here. Put the script's code "
                           "under `if __name__ == \"__main__\":` to use engine=\"dask\".")
    if input_errors is None and isinstance(articles, pd.DataFrame):
        input_errors = articles.attrs.get("errors")
    frame, problems = _select_articles(coerce_articles(articles))
    config = component_config(aliases=aliases, lexicons=lexicons, time_limit=time_limit)
    spec = resolve_model(model)
    info = model_info(news_pipeline(spec.target, config))
    run = _Run(frame, spec.target, config, fingerprint(info, config), store, batch_size)
    ent_rows, quote_rows = run.process(processes=processes, engine=engine, scheduler=scheduler,
                                       progress=progress, rows=assemble_corpus)
    for article_id in run.timed_out:
        row = run.by_id.loc[article_id]
        where = row["path"] if isinstance(row["path"], str) else f"article {article_id}"
        problems.append(_problem(where, "timeout", f"article {article_id}: extraction took "
                                 f"longer than {time_limit:g} s; left out (raise time_limit= or "
                                 f"--time-limit to allow more)"))
    frame = frame[~frame["article_id"].isin(run.timed_out)].reset_index(drop=True)
    errors = ERRORS.frame(problems)
    if input_errors is not None and len(input_errors):
        errors = ERRORS.frame(pd.concat([ERRORS.frame(input_errors), errors], ignore_index=True))
    if not assemble_corpus:
        meta = {**info, "analysis_version": __version__, "fingerprint": run.fingerprint,
                "model_path": spec.target, "articles": len(frame), "parsed": run.parsed,
                "reused": len(run.reused)}
        run.store.write_run(frame["article_id"], fingerprint=run.fingerprint)
        run.store.write_meta(meta, errors)
        return meta, errors
    entities, actors, quotes = assemble(frame, ent_rows, quote_rows, read_aliases(aliases))
    meta = {**info, "analysis_version": __version__, "fingerprint": run.fingerprint,
            "model_path": spec.target, "articles": len(frame), "parsed": run.parsed,
            "reused": len(run.reused), "entities": len(entities), "actors": len(actors),
            "quotes": len(quotes)}
    corpus = Corpus(articles=frame, entities=entities, actors=actors, quotes=quotes,
                    errors=errors, meta=meta)
    validate_corpus(corpus)
    if run.store is not None:
        run.store.write_run(frame["article_id"], fingerprint=run.fingerprint)
        run.store.write_meta(meta, errors)
    return corpus


class _Run:
    """One run of :func:`analyze` over the selected articles: what the store already has, the
    shards to parse, their rows (streamed to the store shard by shard when there is one)."""

    def __init__(self, frame: pd.DataFrame, target: str, config: str, fingerprint: str,
                 store, batch_size: int):
        from .store import Store

        self.frame, self.fingerprint = frame, fingerprint
        self.args = (target, config, batch_size)
        self.store = Store(store) if store is not None else None
        self.by_id = frame.set_index("article_id")
        self.seq = {a: i for i, a in enumerate(frame["article_id"])}
        self.reused: set[str] = set()
        if self.store is not None and self.store.exists():
            self.reused = set(self.store.latest(fingerprint)["article_id"]) \
                & set(frame["article_id"])
        self.entities: list[dict] = []
        self.quotes: list[dict] = []
        self.timed_out: set[str] = set()
        self.parsed = 0
        self.run_id = _run_id()

    def _on_shard(self, result) -> None:
        self.timed_out.update(result.timeouts)
        ids = [a for a in result.ids if a not in set(result.timeouts)]
        if self.store is None:
            self.entities.extend(result.entities)
            self.quotes.extend(result.quotes)
            return
        part = self.by_id.loc[ids, [c for c in ARTICLE_COLUMNS if c != "article_id"]]
        part = part.reset_index().assign(seq=[self.seq[a] for a in ids])
        self.store.write_part(part[ARTICLE_COLUMNS + ["seq"]], ENTITIES.frame(result.entities),
                              QUOTES.frame(result.quotes), fingerprint=self.fingerprint,
                              run=self.run_id)

    def _parse(self, items, **options) -> None:
        from . import parallel
        from .pipeline import prepare, process_shard

        self.parsed += len(items)
        parallel.run(items, process_shard, self.args, initializer=prepare,
                     initargs=self.args[:2], on_shard=self._on_shard, **options)

    def process(self, *, processes: int | None, engine: str, scheduler: str | None,
                progress: bool | None, rows: bool = True) -> tuple:
        """Parse what the store lacks; returns the ``(entities, quotes)`` rows of every
        article that did not time out (read back from the store when there is one). With
        ``rows=False`` (a store only) nothing is read back: the stored parts of the reused
        articles are only checked to be readable (their Parquet footers), and ``(None,
        None)`` is returned."""
        from .parallel import available_cores

        todo = self.frame[~self.frame["article_id"].isin(self.reused)]
        workers = processes if processes is not None else (
            available_cores() if len(todo) > 64 else 1)
        options = dict(processes=workers, engine=engine, scheduler=scheduler)
        items = list(zip(todo["article_id"], todo["text"]))
        self._parse(items, progress=len(items) > 20 if progress is None else progress,
                    **options)
        if self.store is None:
            return self.entities, self.quotes
        from .store import COMPACT_AFTER

        wanted = [a for a in self.frame["article_id"] if a not in self.timed_out]
        if not rows:
            missing = self.reused - self.store.readable(self.reused, self.fingerprint)
            if missing:  # an unreadable stored part (warned): process its articles again
                self._parse([(a, self.by_id.loc[a, "text"]) for a in wanted if a in missing],
                            **options)
                self.reused -= missing
            if len(self.store.parts("articles")) > COMPACT_AFTER:
                self.store.compact()
            return None, None
        rows = self.store.read(wanted, fingerprint=self.fingerprint)
        missing = set(wanted) - set(rows["articles"].get("article_id", []))
        if missing:  # a stored part turned out unreadable (warned): process its articles again
            self._parse([(a, self.by_id.loc[a, "text"]) for a in wanted if a in missing],
                        **options)
            self.reused -= missing
            wanted = [a for a in wanted if a not in self.timed_out]
            rows = self.store.read(wanted, fingerprint=self.fingerprint)
        if len(self.store.parts("articles")) > COMPACT_AFTER:
            self.store.compact()
        return rows["entities"], rows["quotes"]
