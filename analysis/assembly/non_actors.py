"""Which canonical names are not actors: events, laws, works, languages and products (by their
majority label), nationality and religious adjectives (NORP: "Turkish", "Democratic"), and the
names the NER often tags as people or organisations that are events, ideas, diseases or time
zones (``not_actor_names`` in ``data/actor_words.toml``: "Brexit", "COVID-19", "UTC"), and
acronyms an article defines by the name of a thing ("the Automatic Identification System
(AIS)": ``thing_nouns``).

The mentions stay in the entity table with their label; only their ``actor`` is cleared, so
charts of actors, mentions and speakers never show them. A NORP name the alias table gives a
label of its own ("GOP" → Republican Party, ORG) stays an actor.

The word lists (``not_actor_names``, ``thing_nouns``) come from the
:class:`~analysis.lexicons.Lexicons` each function is given: the run's, with the user's
overrides (never the ambient ones).
"""

from __future__ import annotations

from typing import Mapping

import pandas as pd

from ..engine.acronyms import defined_per_article
from ..engine.names import fold
from ..lexicons import Lexicons

#: labels whose mentions are never actors, beside the numeric and temporal ones
NOT_ACTOR_LABELS = frozenset({"EVENT", "LAW", "WORK_OF_ART", "LANGUAGE", "PRODUCT", "NORP"})


def not_actor_names(lex: Lexicons) -> frozenset[str]:
    """The folded forms of the ``not_actor_names`` of ``lex``."""
    return lex.derived("not_actor_names:folded",
                       lambda lx: frozenset(fold(n) for n in lx.lists["not_actor_names"]))


def non_actors(labels: Mapping[str, str], fixed: Mapping[str, str] | None,
               lex: Lexicons) -> set[str]:
    """The actors of ``labels`` (``{actor: majority label}``) that are not actors.

    Args:
        fixed: the labels the alias table imposes; an actor listed there keeps its place.
        lex: the word lists (``not_actor_names``).
    """
    fixed = fixed or {}
    names = not_actor_names(lex)
    return {actor for actor, label in labels.items()
            if actor not in fixed and (label in NOT_ACTOR_LABELS or fold(actor) in names)}


def defined_things(pairs: pd.DataFrame, texts: Mapping[str, str], lex: Lexicons) -> set[str]:
    """Acronym actors ("AIS") that an article of theirs defines as a thing: the acronym in
    brackets right after a capitalised name whose last word is a ``thing_nouns`` word.

    Args:
        pairs: the (article, acronym actor) pairs of the corpus: columns ``article_id, actor``.
        texts: the texts of those articles, by id.
        lex: the word lists (``thing_nouns``).
    """
    ids = list(dict.fromkeys(pairs["article_id"]))
    articles = pd.DataFrame({"article_id": ids, "text": [texts.get(a) for a in ids]},
                            dtype=object)
    # the per-article fact a stored article keeps, computed here for the others
    return {actor for found in defined_per_article(articles, pairs, lex) for actor in found}
