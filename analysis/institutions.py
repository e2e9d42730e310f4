"""Institutions named without their country — "the Senate", "Parliament", "Congress", "the
Supreme Court" — resolved through the article's country: the country (``data/countries.txt``)
the article mentions most, first mentioned on a tie. "Senate" in an article about Washington
becomes "United States Senate", "Parliament" in one about Ankara "Parliament of Turkey" (the
templates of ``institution_names`` in ``data/actor_words.toml``). An article that names no
country keeps the institution as written. Entity mentions and quote speakers alike.
"""

from __future__ import annotations

import pandas as pd

from . import lexicons


def article_countries(entities: pd.DataFrame) -> dict[str, str]:
    """``{article_id: the country it mentions most}`` for articles mentioning a country."""
    countries = lexicons.derived("countries:set", lambda lx: frozenset(lx.lists["countries"]))
    places = entities[entities["actor"].isin(countries)]
    if places.empty:
        return {}
    votes = (pd.DataFrame({"article_id": places["article_id"].values,
                           "actor": places["actor"].values, "position": range(len(places))})
             .groupby(["article_id", "actor"], sort=False)["position"].agg(["size", "min"])
             .reset_index()
             .sort_values(["size", "min"], ascending=[False, True], kind="stable")
             .drop_duplicates("article_id"))
    return dict(zip(votes["article_id"], votes["actor"]))


def resolve_institutions(entities: pd.DataFrame, quotes: pd.DataFrame
                         ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``entities`` and ``quotes`` with institutions named alone resolved (new frames)."""
    templates = lexicons.table("institution_names")
    if not templates or entities.empty:
        return entities, quotes
    country = article_countries(entities)
    with_the = set(lexicons.active().lists["countries_with_the"])

    def resolved(article_ids: pd.Series, actors: pd.Series) -> pd.Series:
        hit = actors.isin(list(templates)) & article_ids.isin(list(country))
        if not hit.any():
            return actors
        new = [templates[a].format(country=country[i], the_country=(
            f"the {country[i]}" if country[i] in with_the else country[i]))
            for i, a in zip(article_ids[hit], actors[hit])]
        return actors.where(~hit, pd.Series(new, index=actors[hit].index, dtype=object))

    entities = entities.assign(actor=resolved(entities["article_id"], entities["actor"]))
    quotes = quotes.assign(speaker_actor=resolved(quotes["article_id"], quotes["speaker_actor"]))
    return entities, quotes
