"""``analyze()``: articles in, a :class:`Corpus` of tidy DataFrames out.

The flow is: coerce the input to an articles table → look up articles already in the store (same
``article_id`` and pipeline fingerprint) → parse the others once each, in shards (in-process,
local processes or Dask; see :mod:`analysis.parallel`), streaming each shard's rows to the store →
corpus-level assembly (cross-article actor merges, majority labels, the ``actors`` table).
"""

from __future__ import annotations

import hashlib
import os
import time
import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterable

import pandas as pd

from . import __version__
from .actors import AliasTable, build_actors, canonicalise_article, merge_surnames, read_aliases
from .entities import ENTITY_COLUMNS, extract_entities, paragraph_starts, sentence_starts
from .io import (ARTICLE_COLUMNS, ERROR_COLUMNS, article_id_for, clean_text, failures, parse_date,
                 text_value)
from .nlp import load_pipeline, model_info, resolve_model
from .quotes import QUOTE_COLUMNS, extract_quotes, quote_frame
from .budget import DEFAULT_SECONDS, checkpoint
from .schema import validate_corpus


def _empty_errors() -> pd.DataFrame:
    return pd.DataFrame(columns=ERROR_COLUMNS).astype({"line": "Int64"})


@dataclass
class Corpus:
    """The result of :func:`analyze`: one DataFrame per table plus the run's metadata.

    Attributes:
        articles: one row per distinct article (``analysis.io.ARTICLE_COLUMNS``).
        entities: one row per entity mention (``analysis.entities.ENTITY_COLUMNS``).
        actors: one row per canonical actor (``analysis.actors.ACTOR_COLUMNS``).
        quotes: one row per quote (``analysis.quotes.QUOTE_COLUMNS``).
        errors: inputs that could not be processed (``path, line, problem, message``).
        meta: model name and version, spaCy and package version, fingerprint, counts.
    """

    articles: pd.DataFrame
    entities: pd.DataFrame
    actors: pd.DataFrame
    quotes: pd.DataFrame = field(default_factory=lambda: quote_frame([]))
    errors: pd.DataFrame = field(default_factory=_empty_errors)
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
        return Corpus(actors=build_actors(pick["entities"], pick["articles"]),
                      errors=self.errors.iloc[0:0], meta=dict(self.meta), **pick)

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
    def read(cls, folder: str | os.PathLike[str], *, articles: str = "last_run") -> "Corpus":
        """The corpus stored in ``folder`` (by ``analyze(..., store=)``, ``extract`` or
        :meth:`write`), assembled exactly as :func:`analyze` assembles a fresh run.

        Args:
            articles: ``"last_run"`` (default): the articles of the last run that wrote the
                store, in that run's order, as that run returned them — an article edited or
                removed since an earlier run is not mixed in; ``"all"``: every article ever
                stored, the newest stored version of each (whatever pipeline produced it).

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
        if last is None:
            rows = store.read()
            stored = _stored_articles(rows["articles"])
        else:
            rows = store.read(last["article_id"], fingerprint=last["fingerprint"].iat[0]
                              if len(last) else None)
            stored = _stored_articles(rows["articles"])
            order = {a: i for i, a in enumerate(last["article_id"])}
            stored = stored.iloc[stored["article_id"].map(order).argsort(kind="stable")]
            stored = stored.reset_index(drop=True)
        entities, actors, quotes = assemble(stored, rows["entities"], rows["quotes"],
                                            read_aliases(None))
        meta = {**meta, "articles": len(stored), "entities": len(entities),
                "actors": len(actors), "quotes": len(quotes)}
        corpus = cls(articles=stored, entities=entities, actors=actors, quotes=quotes,
                     errors=errors if errors is not None else _empty_errors(), meta=meta)
        validate_corpus(corpus)
        return corpus


def _run_id() -> str:
    return f"{time.time_ns():020d}-{uuid.uuid4().hex[:6]}"


def _stored_articles(frame: pd.DataFrame) -> pd.DataFrame:
    if frame.empty:
        return coerce_articles(pd.DataFrame({"article_id": [], "text": []}))
    return coerce_articles(frame[ARTICLE_COLUMNS].reset_index(drop=True))


def load_corpus(data: str | os.PathLike[str] | None = None, *, model=None,
                progress: bool | None = None, store: str | os.PathLike[str] | None = None,
                processes: int | None = None) -> Corpus:
    """Load and analyse the input folder: ``data``, else ``ANALYSIS_DATA``, else ``data/raw/``.

    A relative ``data`` is taken relative to the project root (not the working directory), so
    notebooks and scripts agree. Input errors end up in ``corpus.errors``. With ``store``,
    results are kept there and re-used on the next call (see :func:`analyze`).
    """
    from .config import input_dir, project_path
    from .io import load_articles

    folder = project_path(data) if data is not None else input_dir()
    articles, errors = load_articles(folder, errors="collect")
    corpus = analyze(articles, model=model, progress=progress, processes=processes,
                     store=project_path(store) if store is not None else None,
                     input_errors=errors)
    corpus.meta["input"] = str(folder)
    return corpus


def coerce_articles(articles: pd.DataFrame | str | Iterable[str]) -> pd.DataFrame:
    """Turn user input into an articles table with every column of ``ARTICLE_COLUMNS``, in the
    table's dtypes.

    Accepts the output of ``load_articles``, any DataFrame with at least ``article_id`` and
    ``text``, one text, or a list of texts. A missing ``article_id`` (no column, or None/NaN in
    it) is derived from the text; other ids become strings. Metadata columns become strings or
    None (a number as title is its text), ``published`` a UTC timestamp or NaT. The input is not
    modified; nothing is dropped here (see :func:`analyze` for repeated ids and empty texts).

    Raises:
        ValueError: a DataFrame without a ``text`` column.
    """
    if isinstance(articles, str):
        frame = pd.DataFrame({"text": [articles]})
    elif isinstance(articles, pd.DataFrame):
        frame = articles.copy()
    else:
        frame = pd.DataFrame({"text": list(articles)})
    frame.attrs = {}
    if "text" not in frame.columns:
        raise ValueError(f"articles table has no 'text' column (columns: "
                         f"{', '.join(map(str, frame.columns))}); expected at least article_id "
                         f"and text")
    for col in ARTICLE_COLUMNS:
        if col not in frame.columns:
            frame[col] = None
    frame["text"] = [clean_text(t) if isinstance(t, str) else None for t in frame["text"]]
    frame["article_id"] = [
        text_value(a) if text_value(a) is not None
        else (article_id_for(t) if isinstance(t, str) else None)
        for a, t in zip(frame["article_id"], frame["text"])]
    for col in ("title", "author", "source", "url", "path"):
        frame[col] = pd.Series([text_value(v) for v in frame[col]], index=frame.index,
                               dtype=object)
    frame["published"] = pd.to_datetime(pd.Series([parse_date(v) for v in frame["published"]],
                                                  index=frame.index, dtype=object), utc=True)
    extra = [c for c in frame.columns if c not in ARTICLE_COLUMNS]
    return frame[ARTICLE_COLUMNS + extra].reset_index(drop=True)


def _problem(where: str, problem: str, message: str) -> dict:
    return {"path": where, "line": None, "problem": problem, "message": message}


def _select_articles(frame: pd.DataFrame) -> tuple[pd.DataFrame, list[dict]]:
    """The articles :func:`analyze` parses, and an error row for each one it leaves out.

    Rows repeating an earlier ``article_id`` with the same text are parsed once, silently
    (``load_articles`` lists such copies as ``duplicate``); with a different text the later row
    is left out as ``duplicate_id``. Articles without text are ``no_text``.
    """
    problems, keep, first = [], [], {}
    for pos, row in enumerate(frame.itertuples(index=False)):
        where = row.path if isinstance(row.path, str) else f"article {row.article_id}"
        if not isinstance(row.text, str) or not row.text.strip():
            problems.append(_problem(where, "no_text", f"article {row.article_id} has no text"))
            continue
        if row.article_id in first:
            earlier = first[row.article_id]
            if frame["text"].iat[earlier] != row.text:
                problems.append(_problem(
                    where, "duplicate_id", f"article_id {row.article_id!r} of row {pos} was "
                    f"already used by row {earlier} for another text; row {pos} is left out "
                    f"(give each article its own id)"))
            continue
        first[row.article_id] = pos
        keep.append(pos)
    return frame.iloc[keep].reset_index(drop=True), problems


def process_doc(doc, article_id: str, aliases: AliasTable) -> tuple[list, list]:
    """Per-article rows for one parsed ``Doc``: entity records with article-level actors, and
    quote records."""
    text = doc.text  # built from the tokens each time it is read: read it once
    paragraphs, sentences = paragraph_starts(text), sentence_starts(doc)
    ents = extract_entities(doc, article_id, paragraphs=paragraphs, sentences=sentences,
                            aliases=aliases, text=text)
    canon = canonicalise_article([(e.text, e.label, e.start) for e in ents], aliases)
    # Labels the alias table imposes ("Al Jazeera" is an ORG even when tagged PERSON).
    fixed = {actor: label for e, (actor, label) in zip(ents, canon)
             if actor is not None and label != e.label}
    ents = [replace(e, actor=actor) for e, (actor, _) in zip(ents, canon)]
    checkpoint(every=1)
    quotes = extract_quotes(doc, article_id, ents, fixed_labels=fixed, sentences=sentences,
                            paragraphs=paragraphs, text=text)
    return ents, quotes


def entity_frame(rows: list[dict] | pd.DataFrame) -> pd.DataFrame:
    """The ``entities`` table with its fixed column order and dtypes."""
    frame = rows if isinstance(rows, pd.DataFrame) else pd.DataFrame(rows)
    frame = frame.reindex(columns=ENTITY_COLUMNS)
    frame = frame.astype({"article_id": object, "entity_id": object, "text": object,
                          "label": object, "start": "int64", "end": "int64",
                          "sentence_id": "int64", "paragraph_id": "int64", "actor": object})
    frame["actor"] = frame["actor"].where(frame["actor"].notna(), None)
    return frame


def quotes_table(rows: list[dict] | pd.DataFrame) -> pd.DataFrame:
    """The ``quotes`` table with its fixed column order and dtypes."""
    frame = rows if isinstance(rows, pd.DataFrame) else pd.DataFrame(rows)
    frame = frame.reindex(columns=QUOTE_COLUMNS)
    frame = frame.astype({"start": "int64", "end": "int64", "speaker_start": "Int64",
                          "speaker_end": "Int64", "sentence_id": "int64", "paragraph_id": "int64"})
    for col in ("article_id", "quote_id", "quote", "kind", "cue", "cue_lemma", "speaker",
                "speaker_type", "speaker_actor", "speaker_role"):
        frame[col] = frame[col].astype(object).where(frame[col].notna(), None)
    return frame


def _in_article_order(frame: pd.DataFrame, order: dict[str, int]) -> pd.DataFrame:
    if frame.empty:
        return frame.reset_index(drop=True)
    key = frame["article_id"].map(order)
    return (frame.assign(_order=key).sort_values(["_order", "start"], kind="stable")
            .drop(columns="_order").reset_index(drop=True))


def assemble(articles: pd.DataFrame, entities: pd.DataFrame | list, quotes: pd.DataFrame | list,
             aliases: AliasTable | None = None) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Corpus-level step: rows in article order, cross-article surname merges, ``actors`` table.

    Returns:
        ``(entities, actors, quotes)`` with final actor names; the inputs are not modified.
    """
    order = {a: i for i, a in enumerate(articles["article_id"])}
    entities = _in_article_order(entity_frame(entities), order)
    quotes = _in_article_order(quotes_table(quotes), order)
    merges = merge_surnames(entities)

    def final(actor):
        return merges.get(actor, actor) if isinstance(actor, str) else actor

    entities = entities.assign(actor=entities["actor"].map(final).astype(object))
    quotes = quotes.assign(speaker_actor=quotes["speaker_actor"].map(final).astype(object))
    return entities, build_actors(entities, articles, aliases), quotes


def _aliases_digest(aliases) -> str:
    if aliases is None:
        return ""
    table = read_aliases(aliases, include_default=False)
    return hashlib.sha256(repr(sorted(table.exact.items())).encode()).hexdigest()


def analyze(
    articles: pd.DataFrame | str | Iterable[str],
    *,
    model: str | os.PathLike[str] | None = None,
    aliases: str | os.PathLike[str] | pd.DataFrame | dict[str, str] | None = None,
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

    Args:
        articles: ``load_articles`` output, any DataFrame with ``article_id`` and ``text``, one
            text, or a list of texts. A missing id (None, NaN) is derived from the text. Rows
            repeating an ``article_id`` with the same text are parsed once; a row repeating an
            id with another text is left out and listed in ``errors`` as ``duplicate_id``.
        model: spaCy package name or pipeline directory (default: see ``analysis.nlp``).
        aliases: extra alias table (CSV path, DataFrame or ``{alias: canonical}``), merged over
            the packaged ``analysis/data/aliases.csv``.
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
        time_limit: seconds of extraction allowed per article (default 60; None: no limit);
            an article over it is left out and listed in ``errors`` as ``timeout``, the others
            go on (see :mod:`analysis.budget`).

    Returns:
        A :class:`Corpus`, articles in input order, validated against ``analysis.schema``.
        Articles with no text are left out and listed in ``corpus.errors``; long articles are
        parsed in chunks (offsets stay exact). ``corpus.meta``
        counts articles ``parsed`` and ``reused``. The input is not modified; nothing is written
        unless ``store`` is given.

    Raises:
        analysis.nlp.ModelNotFoundError: no spaCy pipeline could be found.
        ValueError: ``articles`` is a DataFrame without a ``text`` column; unknown engine.
    """
    from . import parallel
    from .store import COMPACT_AFTER, Store, fingerprint

    if parallel.bootstrapping_worker():
        raise RuntimeError("analyze() was called while a worker process was re-running your "
                           "script to start up; this worker stops here. Put the script's code "
                           "under `if __name__ == \"__main__\":` to use engine=\"dask\".")
    if input_errors is None and isinstance(articles, pd.DataFrame):
        input_errors = articles.attrs.get("errors")
    frame, problems = _select_articles(coerce_articles(articles))
    alias_table = read_aliases(aliases)
    spec = resolve_model(model)
    nlp = load_pipeline(spec.target)
    info = model_info(nlp)
    fp = fingerprint(info, aliases_digest=_aliases_digest(aliases))

    kept = Store(store) if store is not None else None
    reused: set[str] = set()
    if kept is not None and kept.exists():
        reused = set(kept.latest(fp)["article_id"]) & set(frame["article_id"])
    todo = frame[~frame["article_id"].isin(reused)]
    workers = processes if processes is not None else (
        parallel.available_cores() if len(todo) > 64 else 1)
    run = _run_id()
    seq = {a: i for i, a in enumerate(frame["article_id"])}
    by_id = frame.set_index("article_id")
    ent_rows: list[dict] = []
    quote_rows: list[dict] = []
    timed_out: list[str] = []

    def on_shard(result) -> None:
        timed_out.extend(result.timeouts)
        ids = [a for a in result.ids if a not in set(result.timeouts)]
        if kept is not None:
            part = by_id.loc[ids, [c for c in ARTICLE_COLUMNS if c != "article_id"]]
            part = part.reset_index().assign(seq=[seq[a] for a in ids])
            kept.write_part(part[ARTICLE_COLUMNS + ["seq"]], entity_frame(result.entities),
                            quotes_table(result.quotes), fingerprint=fp, run=run)
        else:
            ent_rows.extend(result.entities)
            quote_rows.extend(result.quotes)

    options = dict(target=spec.target, aliases=aliases, processes=workers, engine=engine,
                   scheduler=scheduler, batch_size=batch_size, time_limit=time_limit,
                   on_shard=on_shard)
    items = list(zip(todo["article_id"], todo["text"]))
    show = len(items) > 20 if progress is None else progress
    parallel.run(items, progress=show, **options)

    if kept is not None:
        wanted = [a for a in frame["article_id"] if a not in set(timed_out)]
        rows = kept.read(wanted, fingerprint=fp)
        missing = set(wanted) - set(rows["articles"].get("article_id", []))
        if missing:  # a stored part turned out unreadable (warned): process its articles again
            again = [(a, by_id.loc[a, "text"]) for a in wanted if a in missing]
            parallel.run(again, **options)
            items.extend(again)
            reused -= missing
            rows = kept.read([a for a in wanted if a not in set(timed_out)], fingerprint=fp)
        ent_input, quote_input = rows["entities"], rows["quotes"]
        if len(kept.parts("articles")) > COMPACT_AFTER:
            kept.compact()
    else:
        ent_input, quote_input = ent_rows, quote_rows

    for article_id in timed_out:
        row = by_id.loc[article_id]
        where = row["path"] if isinstance(row["path"], str) else f"article {article_id}"
        problems.append(_problem(where, "timeout", f"article {article_id}: extraction took "
                                 f"longer than {time_limit:g} s; left out (raise time_limit= or "
                                 f"--time-limit to allow more)"))
    frame = frame[~frame["article_id"].isin(set(timed_out))].reset_index(drop=True)
    entities, actors, quotes = assemble(frame, ent_input, quote_input, alias_table)
    meta = {**info, "analysis_version": __version__, "fingerprint": fp, "model_path": spec.target,
            "articles": len(frame), "parsed": len(items), "reused": len(reused),
            "entities": len(entities), "actors": len(actors), "quotes": len(quotes)}
    errors = pd.DataFrame(problems, columns=ERROR_COLUMNS).astype({"line": "Int64"})
    if input_errors is not None and len(input_errors):
        errors = pd.concat([input_errors[ERROR_COLUMNS], errors], ignore_index=True).astype(
            {"line": "Int64"})
    corpus = Corpus(articles=frame, entities=entities, actors=actors, quotes=quotes,
                    errors=errors, meta=meta)
    validate_corpus(corpus)
    if kept is not None:
        kept.write_run(frame["article_id"], fingerprint=fp)
        kept.write_meta(meta, errors)
    return corpus
