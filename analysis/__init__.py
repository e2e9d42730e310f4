"""Source-attribution lab for news: articles in, tidy DataFrames of entities, actors and quotes.

Public API (each lives in its own module; imported on first use, so that importing a part of
the package — the spaCy components, say — stays light):

* :func:`load_articles` (``analysis.io``) — read files and folders of articles;
* :func:`analyze` (``analysis.runs``) and :class:`Corpus` (``analysis.corpus``) — parse and
  build the tables, read them back from a store;
* :func:`load_corpus` (``analysis.runs``) — load and analyse the input folder in one call;
* :func:`show_article` (``analysis.display``) — the highlighted article view;
* :func:`load_pipeline` (``analysis.engine.nlp``) — find and load the spaCy model;
* :func:`news_pipeline` (``analysis.engine.pipeline``) — that model with the ``news_entities``
  and ``news_quotes`` components (``analysis.engine.components``);
* :class:`RowSettings` and :class:`RunOptions` (``analysis.engine.settings``) — what decides a
  stored row (hashed, recorded in the store's manifest) and how a run goes (never hashed).

Charts live in ``analysis.plots`` (tables behind them in ``analysis.summaries``).
"""

from __future__ import annotations

import importlib

__version__ = "0.1.0"

_EXPORTS = {"Corpus": "corpus", "analyze": "runs", "load_corpus": "runs",
            "show_article": "display", "load_articles": "io", "ModelNotFoundError": "engine.nlp",
            "load_pipeline": "engine.nlp", "news_pipeline": "engine.pipeline",
            "RowSettings": "engine.settings", "RunOptions": "engine.settings"}

__all__ = [*_EXPORTS, "__version__"]


def __getattr__(name: str):
    if name in _EXPORTS:
        value = getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'analysis' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])
