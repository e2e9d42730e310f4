"""Institutions named without their country — "the Senate", "Parliament", "Congress", "the
Supreme Court" — resolved through the article's country: the country (``data/countries.txt``)
the article mentions most, first mentioned on a tie. "Senate" in an article about Washington
becomes "United States Senate", "Parliament" in one about Ankara "Parliament of Turkey" (the
templates of ``institution_names`` in ``data/actor_words.toml``). An article that names no
country keeps the institution as written. Entity mentions and quote speakers alike.

The word lists (``countries``, ``countries_with_the``, ``institution_names``) come from the
:class:`~analysis.lexicons.Lexicons` each function is given: the run's, with the user's
overrides (never the ambient ones).
"""

from __future__ import annotations

import pandas as pd

from ..lexicons import Lexicons


def countries(lex: Lexicons) -> frozenset[str]:
    """The country names of ``lex`` (``countries``: ``data/countries.txt`` and overrides)."""
    return lex.derived("countries:set", lambda lx: frozenset(lx.lists["countries"]))


def article_countries(votes: pd.DataFrame, lex: Lexicons) -> dict[str, str]:
    """``{article_id: the country it mentions most}`` (first mentioned on a tie).

    Args:
        votes: mentions per (article, country actor) and the position of the first one:
            columns ``article_id, actor, n, first`` (other actors are ignored).
        lex: the word lists (``countries``).
    """
    places = votes[votes["actor"].isin(countries(lex))]
    if places.empty:
        return {}
    best = (places.sort_values(["n", "first"], ascending=[False, True], kind="stable")
            .drop_duplicates("article_id"))
    return dict(zip(best["article_id"], best["actor"]))


def institution_names(pairs: pd.DataFrame, country: dict[str, str], lex: Lexicons
                      ) -> dict[tuple[str, str], str]:
    """``{(article_id, actor): resolved name}`` for the institutions among ``pairs`` (columns
    ``article_id, actor``) named in an article with a country ("Senate" → "United States
    Senate"); the templates are the ``institution_names`` table of ``lex``."""
    templates = lex.tables["institution_names"]
    if not templates or not country:
        return {}
    with_the = set(lex.lists["countries_with_the"])
    hit = pairs[pairs["actor"].isin(list(templates)) & pairs["article_id"].isin(list(country))]
    found = {}
    for article, actor in zip(hit["article_id"], hit["actor"]):
        place = country[article]
        found[(article, actor)] = templates[actor].format(
            country=place, the_country=f"the {place}" if place in with_the else place)
    return found
