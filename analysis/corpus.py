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
from .io import ARTICLE_COLUMNS, ERROR_COLUMNS, article_id_for
from .nlp import load_pipeline, model_info, resolve_model
from .quotes import QUOTE_COLUMNS, extract_quotes, quote_frame
from .schema import validate_corpus

TABLES = ("articles", "entities", "actors", "quotes")


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
        bad = int((self.errors["problem"] != "duplicate").sum()) if len(self.errors) else 0
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
        store.write_part(articles, self.entities, self.quotes,
                         fingerprint=self.meta.get("fingerprint", "unknown"), run=_run_id())
        store.write_meta(self.meta, self.errors)
        return Path(folder)

    @classmethod
    def read(cls, folder: str | os.PathLike[str]) -> "Corpus":
        """The corpus stored in ``folder`` (by ``analyze(..., store=)``, ``extract`` or
        :meth:`write`): the newest stored result of every article, assembled exactly as
        :func:`analyze` assembles a fresh run.

        Raises:
            FileNotFoundError: ``folder`` is not a store.
        """
        from .store import Store

        store = Store(folder)
        if not store.exists():
            raise FileNotFoundError(f"{folder}: not a corpus store (no articles/ folder); write "
                                    f"one with analyze(..., store=...) or python -m analysis "
                                    f"extract")
        meta, errors = store.read_meta()
        rows = store.read()
        articles = _stored_articles(rows["articles"])
        entities, actors, quotes = assemble(articles, rows["entities"], rows["quotes"],
                                            read_aliases(None))
        meta = {**meta, "articles": len(articles), "entities": len(entities),
                "actors": len(actors), "quotes": len(quotes)}
        corpus = cls(articles=articles, entities=entities, actors=actors, quotes=quotes,
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
    """Turn user input into an articles table with every column of ``ARTICLE_COLUMNS``.

    Accepts the output of ``load_articles``, any DataFrame with at least ``article_id`` and
    ``text`` (a missing ``article_id`` is derived from the text), one text, or a list of texts.
    The input is not modified.

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
    if "article_id" not in frame.columns:
        frame["article_id"] = [article_id_for(t) if isinstance(t, str) else None
                               for t in frame["text"]]
    for col in ARTICLE_COLUMNS:
        if col not in frame.columns:
            frame[col] = None
    frame["article_id"] = frame["article_id"].astype(str)
    for col in ("title", "author", "source", "url", "path", "text"):
        frame[col] = frame[col].astype(object).where(frame[col].notna(), None)
    frame["published"] = pd.to_datetime(frame["published"], utc=True, errors="coerce")
    extra = [c for c in frame.columns if c not in ARTICLE_COLUMNS]
    return frame[ARTICLE_COLUMNS + extra].reset_index(drop=True)


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
) -> Corpus:
    """Parse articles and build the entity, actor and quote tables.

    Args:
        articles: ``load_articles`` output, any DataFrame with ``article_id`` and ``text``, one
            text, or a list of texts. Rows with the same ``article_id`` are parsed once (the first
            is kept).
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
    from .store import Store, fingerprint

    if input_errors is None and isinstance(articles, pd.DataFrame):
        input_errors = articles.attrs.get("errors")
    frame = coerce_articles(articles)
    frame = frame.drop_duplicates("article_id", keep="first").reset_index(drop=True)
    alias_table = read_aliases(aliases)
    spec = resolve_model(model)
    nlp = load_pipeline(spec.target)
    info = model_info(nlp)
    fp = fingerprint(info, aliases_digest=_aliases_digest(aliases))

    problems = []
    good = []
    for row in frame.itertuples(index=False):
        text = row.text
        where = row.path if isinstance(row.path, str) else f"article {row.article_id}"
        if not isinstance(text, str) or not text.strip():
            problems.append({"path": where, "line": None, "problem": "no_text",
                             "message": f"article {row.article_id} has no text"})
        else:
            good.append(row.article_id)
    frame = frame[frame["article_id"].isin(set(good))].reset_index(drop=True)

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

    def on_shard(ids: list[str], ents: list[dict], quotes: list[dict]) -> None:
        if kept is not None:
            part = by_id.loc[ids, [c for c in ARTICLE_COLUMNS if c != "article_id"]]
            part = part.reset_index().assign(seq=[seq[a] for a in ids])
            kept.write_part(part[ARTICLE_COLUMNS + ["seq"]], entity_frame(ents),
                            quotes_table(quotes), fingerprint=fp, run=run)
        else:
            ent_rows.extend(ents)
            quote_rows.extend(quotes)

    items = list(zip(todo["article_id"], todo["text"]))
    show = len(items) > 20 if progress is None else progress
    parallel.run(items, target=spec.target, aliases=aliases, processes=workers, engine=engine,
                 scheduler=scheduler, batch_size=batch_size, progress=show, on_shard=on_shard)

    if kept is not None:
        rows = kept.read(frame["article_id"], fingerprint=fp)
        missing = set(frame["article_id"]) - set(rows["articles"].get("article_id", []))
        if missing:  # a stored part turned out unreadable (warned): process its articles again
            again = [(a, by_id.loc[a, "text"]) for a in frame["article_id"] if a in missing]
            parallel.run(again, target=spec.target, aliases=aliases, processes=workers,
                         engine=engine, scheduler=scheduler, batch_size=batch_size,
                         on_shard=on_shard)
            items.extend(again)
            reused -= missing
            rows = kept.read(frame["article_id"], fingerprint=fp)
        ent_input, quote_input = rows["entities"], rows["quotes"]
        if len(kept.parts("articles")) > 64:
            kept.compact()
    else:
        ent_input, quote_input = ent_rows, quote_rows

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
        kept.write_meta(meta, errors)
    return corpus
