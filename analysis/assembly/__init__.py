"""The corpus step: what runs once per corpus, after the store, over the rows of every article.

The per-article engine (:mod:`analysis.engine`) gives each article its rows with raw actor
names; this step turns the rows of many articles into one corpus: names cleaned, spelling
variants and surnames merged (:mod:`.merges`), institutions given their article's country
(:mod:`.institutions`), non-actors cleared (:mod:`.non_actors`), the ``actors`` table
(:mod:`.actors`) with genders (:mod:`.gender`). :mod:`.step` computes it from a few columns and
applies it table by table: :func:`compute` (an :class:`Assembly`), :func:`assemble` (tables in
memory). :mod:`.sources` derives the ``sources`` table (the people quoted per article) from the
final quotes and actors: :func:`build_sources`.
"""

from .sources import SOURCE_ENTITY_INPUT, SOURCE_INPUT, build_sources
from .step import ENTITY_INPUT, QUOTE_INPUT, Assembly, assemble, assembled, compute

__all__ = ["ENTITY_INPUT", "QUOTE_INPUT", "SOURCE_ENTITY_INPUT", "SOURCE_INPUT", "Assembly",
           "assemble", "assembled", "build_sources", "compute"]
