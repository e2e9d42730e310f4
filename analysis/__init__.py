"""Source-attribution lab for news: articles in, tidy DataFrames of entities, actors and quotes out.

Public API (re-exported here; each lives in its own module):

* :func:`load_articles` (``analysis.io``) — read files and folders of articles;
* :func:`analyze` and :class:`Corpus` (``analysis.corpus``) — parse and build the tables;
* :func:`load_corpus` (``analysis.corpus``) — load and analyse the input folder in one call;
* :func:`show_article` (``analysis.display``) — the highlighted article view;
* :func:`load_pipeline` (``analysis.nlp``) — find and load the spaCy model.

Charts live in ``analysis.plots`` (tables behind them in ``analysis.summaries``).
"""

__version__ = "0.1.0"

from .corpus import Corpus, analyze, load_corpus  # noqa: E402
from .display import show_article  # noqa: E402
from .io import load_articles  # noqa: E402
from .nlp import ModelNotFoundError, load_pipeline  # noqa: E402

__all__ = ["Corpus", "ModelNotFoundError", "analyze", "load_articles", "load_corpus",
           "load_pipeline", "show_article", "__version__"]
