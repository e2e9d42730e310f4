"""``analyze()``: articles in, a :class:`Corpus` of tidy DataFrames out.

The flow is: coerce the input to an articles table → parse each distinct article once with
``nlp.pipe`` → per article, entity records with article-level actor names → corpus-level assembly
(cross-article actor merges, majority labels, the ``actors`` table).
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterable

import pandas as pd

from . import __version__
from .actors import AliasTable, build_actors, canonicalise_article, merge_surnames, read_aliases
from .entities import ENTITY_COLUMNS, extract_entities, paragraph_starts, sentence_starts
from .io import ARTICLE_COLUMNS, ERROR_COLUMNS, article_id_for
from .nlp import load_pipeline, model_info
from .quotes import QUOTE_COLUMNS, extract_quotes, quote_frame

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
        meta: model name and version, spaCy and package version, counts.
    """

    articles: pd.DataFrame
    entities: pd.DataFrame
    actors: pd.DataFrame
    quotes: pd.DataFrame = field(default_factory=lambda: quote_frame([]))
    errors: pd.DataFrame = field(default_factory=_empty_errors)
    meta: dict[str, Any] = field(default_factory=dict)

    def summary(self) -> str:
        """One paragraph: counts and the model used."""
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
        """Write every table as Parquet, the errors as CSV and the metadata as ``manifest.json``.

        Files are written to a temporary name and renamed, so a reader never sees half a file.

        Returns:
            The folder written to (created if needed).
        """
        out = Path(folder)
        out.mkdir(parents=True, exist_ok=True)
        for name in TABLES:
            target = out / f"{name}.parquet"
            tmp = target.with_suffix(".parquet.tmp")
            frame = getattr(self, name).copy(deep=False)
            frame.attrs = {}  # e.g. load_articles' errors table: not part of the stored table
            frame.to_parquet(tmp, index=False)
            os.replace(tmp, target)
        tmp = out / "errors.csv.tmp"
        self.errors.to_csv(tmp, index=False)
        os.replace(tmp, out / "errors.csv")
        tmp = out / "manifest.json.tmp"
        tmp.write_text(json.dumps(self.meta, indent=2, default=str) + "\n", encoding="utf-8")
        os.replace(tmp, out / "manifest.json")
        return out

    @classmethod
    def read(cls, folder: str | os.PathLike[str]) -> "Corpus":
        """Read a corpus written by :meth:`write`.

        Raises:
            FileNotFoundError: a table is missing, naming it.
        """
        src = Path(folder)
        tables = {}
        for name in TABLES:
            path = src / f"{name}.parquet"
            if not path.is_file():
                raise FileNotFoundError(f"{path}: missing; not a corpus folder written by "
                                        f"Corpus.write")
            tables[name] = pd.read_parquet(path)
        if "aliases" in tables["actors"]:
            tables["actors"]["aliases"] = tables["actors"]["aliases"].map(list)
        errors_path = src / "errors.csv"
        errors = (pd.read_csv(errors_path, dtype={"path": object, "problem": object,
                                                  "message": object}).astype({"line": "Int64"})
                  if errors_path.is_file() else _empty_errors())
        manifest = src / "manifest.json"
        meta = json.loads(manifest.read_text(encoding="utf-8")) if manifest.is_file() else {}
        return cls(errors=errors, meta=meta, **tables)


def load_corpus(data: str | os.PathLike[str] | None = None, *, model=None,
                progress: bool | None = None) -> Corpus:
    """Load and analyse the input folder: ``data``, else ``ANALYSIS_DATA``, else ``data/raw/``.

    A relative ``data`` is taken relative to the project root (not the working directory), so
    notebooks and scripts agree. Input errors end up in ``corpus.errors``.
    """
    from .config import input_dir, project_path
    from .io import load_articles

    folder = project_path(data) if data is not None else input_dir()
    articles, errors = load_articles(folder, errors="collect")
    corpus = analyze(articles, model=model, progress=progress)
    corpus.errors = pd.concat([errors, corpus.errors], ignore_index=True)
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
    frame["published"] = pd.to_datetime(frame["published"], utc=True, errors="coerce")
    extra = [c for c in frame.columns if c not in ARTICLE_COLUMNS]
    return frame[ARTICLE_COLUMNS + extra].reset_index(drop=True)


def _entity_frame(records: list) -> pd.DataFrame:
    frame = pd.DataFrame([r.__dict__ for r in records], columns=ENTITY_COLUMNS)
    return frame.astype({"start": "int64", "end": "int64", "sentence_id": "int64",
                         "paragraph_id": "int64"})


def process_doc(doc, article_id: str, aliases: AliasTable) -> tuple[list, list]:
    """Per-article rows for one parsed ``Doc``: entity records with article-level actors, and
    quote records."""
    paragraphs, sentences = paragraph_starts(doc.text), sentence_starts(doc)
    ents = extract_entities(doc, article_id, paragraphs=paragraphs, sentences=sentences,
                            aliases=aliases)
    canon = canonicalise_article([(e.text, e.label, e.start) for e in ents], aliases)
    # Labels the alias table imposes ("Al Jazeera" is an ORG even when tagged PERSON).
    fixed = {actor: label for e, (actor, label) in zip(ents, canon)
             if actor is not None and label != e.label}
    ents = [replace(e, actor=actor) for e, (actor, _) in zip(ents, canon)]
    quotes = extract_quotes(doc, article_id, ents, fixed_labels=fixed, sentences=sentences,
                            paragraphs=paragraphs)
    return ents, quotes


def assemble(articles: pd.DataFrame, entities: pd.DataFrame, quotes: pd.DataFrame,
             aliases: AliasTable | None = None) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Corpus-level step: cross-article surname merges, then the ``actors`` table.

    Returns:
        ``(entities, actors, quotes)`` with final actor names; the inputs are not modified.
    """
    merges = merge_surnames(entities)

    def final(actor):
        return merges.get(actor, actor) if isinstance(actor, str) else actor

    entities = entities.assign(actor=entities["actor"].map(final))
    quotes = quotes.assign(speaker_actor=quotes["speaker_actor"].map(final))
    return entities, build_actors(entities, articles, aliases), quotes


def analyze(
    articles: pd.DataFrame | str | Iterable[str],
    *,
    model: str | os.PathLike[str] | None = None,
    aliases: str | os.PathLike[str] | pd.DataFrame | dict[str, str] | None = None,
    batch_size: int = 32,
    progress: bool | None = None,
) -> Corpus:
    """Parse articles and build the entity and actor tables.

    Args:
        articles: ``load_articles`` output, any DataFrame with ``article_id`` and ``text``, one
            text, or a list of texts. Rows with the same ``article_id`` are parsed once (the first
            is kept).
        model: spaCy package name or pipeline directory (default: see ``analysis.nlp``).
        aliases: extra alias table (CSV path, DataFrame or ``{alias: canonical}``), merged over
            the packaged ``analysis/data/aliases.csv``.
        batch_size: texts per ``nlp.pipe`` batch.
        progress: show a tqdm progress bar on stderr; default: when there are more than 20
            articles.

    Returns:
        A :class:`Corpus`. Articles with no text are left out and listed in ``corpus.errors``.
        The input is not modified; nothing is written to disk.

    Raises:
        analysis.nlp.ModelNotFoundError: no spaCy pipeline could be found.
        ValueError: ``articles`` is a DataFrame without a ``text`` column.
    """
    from tqdm import tqdm

    frame = coerce_articles(articles)
    frame = frame.drop_duplicates("article_id", keep="first").reset_index(drop=True)
    alias_table = read_aliases(aliases)
    nlp = load_pipeline(model)

    problems = []
    good = []
    for row in frame.itertuples(index=False):
        text = row.text
        where = row.path if isinstance(row.path, str) else f"article {row.article_id}"
        if not isinstance(text, str) or not text.strip():
            problems.append({"path": where, "line": None, "problem": "no_text",
                             "message": f"article {row.article_id} has no text"})
        elif len(text) > nlp.max_length:
            problems.append({"path": where, "line": None, "problem": "too_long",
                             "message": f"article {row.article_id} has {len(text):,} characters, "
                                        f"more than the model's max_length {nlp.max_length:,}"})
        else:
            good.append(row.article_id)
    frame = frame[frame["article_id"].isin(set(good))].reset_index(drop=True)

    show = len(frame) > 20 if progress is None else progress
    records: list = []
    quote_records: list = []
    stream = nlp.pipe(zip(frame["text"], frame["article_id"]), as_tuples=True,
                      batch_size=batch_size)
    for doc, article_id in tqdm(stream, total=len(frame), disable=not show, unit="article",
                                desc="Analysing", file=sys.stderr):
        ents, quotes = process_doc(doc, article_id, alias_table)
        records.extend(ents)
        quote_records.extend(quotes)

    entities, actors, quotes = assemble(frame, _entity_frame(records),
                                        quote_frame(quote_records), alias_table)
    meta = {**model_info(nlp), "analysis_version": __version__, "articles": len(frame),
            "entities": len(entities), "actors": len(actors), "quotes": len(quotes)}
    errors = pd.DataFrame(problems, columns=ERROR_COLUMNS).astype({"line": "Int64"})
    return Corpus(articles=frame, entities=entities, actors=actors, quotes=quotes, errors=errors,
                  meta=meta)
