"""Which canonical names are not actors: events, laws, works, languages and products (by their
majority label), nationality and religious adjectives (NORP: "Turkish", "Democratic"), and the
names the NER often tags as people or organisations that are events, ideas, diseases or time
zones (``not_actor_names`` in ``data/actor_words.toml``: "Brexit", "COVID-19", "UTC"), and
acronyms an article defines by the name of a thing ("the Automatic Identification System
(AIS)": ``thing_nouns``).

The mentions stay in the entity table with their label; only their ``actor`` is cleared, so
charts of actors, mentions and speakers never show them. A NORP name the alias table gives a
label of its own ("GOP" → Republican Party, ORG) stays an actor.
"""

from __future__ import annotations

import re
from typing import Mapping

import pandas as pd

from . import lexicons
from .names import fold

#: labels whose mentions are never actors, beside the numeric and temporal ones
NOT_ACTOR_LABELS = frozenset({"EVENT", "LAW", "WORK_OF_ART", "LANGUAGE", "PRODUCT", "NORP"})


def not_actor_names() -> frozenset[str]:
    """The folded forms of ``not_actor_names``."""
    return lexicons.derived("not_actor_names:folded",
                            lambda lx: frozenset(fold(n) for n in lx.lists["not_actor_names"]))


def non_actors(labels: Mapping[str, str], fixed: Mapping[str, str] | None = None) -> set[str]:
    """The actors of ``labels`` (``{actor: majority label}``) that are not actors.

    Args:
        fixed: the labels the alias table imposes; an actor listed there keeps its place.
    """
    fixed = fixed or {}
    names = not_actor_names()
    return {actor for actor, label in labels.items()
            if actor not in fixed and (label in NOT_ACTOR_LABELS or fold(actor) in names)}


def acronym(name: str) -> bool:
    """Whether an actor name is an acronym ("AIS", "NATO", "G20")."""
    return _ACRONYM.fullmatch(name) is not None


_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,6}")


def defined_things(pairs: pd.DataFrame, texts: Mapping[str, str]) -> set[str]:
    """Acronym actors ("AIS") that an article of theirs defines as a thing: the acronym in
    brackets right after a capitalised name whose last word is a ``thing_nouns`` word.

    Args:
        pairs: the (article, acronym actor) pairs of the corpus: columns ``article_id, actor``.
        texts: the texts of those articles, by id.
    """
    things = lexicons.words("thing_nouns")
    found = set()
    for article, actor in zip(pairs["article_id"], pairs["actor"]):
        text = texts.get(article)
        if not isinstance(text, str) or actor in found:
            continue
        word = _word_before(text, f"({actor})")
        if word is not None and word.lower() in things:
            found.add(actor)
    return found


def defined_per_article(articles: pd.DataFrame, entities: pd.DataFrame) -> list[list[str]]:
    """For each article (row of ``articles``: ``article_id, text``), the acronym actors of its
    ``entities`` it defines as things — the article-level fact :func:`defined_things` needs,
    kept with a stored article (column ``things``) so that reading a corpus back never reads
    the texts for it."""
    rows = entities.dropna(subset=["actor"])
    rows = rows[[acronym(a) for a in rows["actor"]]] if len(rows) else rows
    named = rows.groupby("article_id", sort=False)["actor"].agg(lambda a: list(dict.fromkeys(a)))
    things = lexicons.words("thing_nouns")
    out = []
    for article, text in zip(articles["article_id"], articles["text"]):
        found = []
        for actor in named.get(article, []):
            word = _word_before(text, f"({actor})") if isinstance(text, str) else None
            if word is not None and word.lower() in things:
                found.append(actor)
        out.append(found)
    return out


_LAST_WORD = re.compile(r"([A-Za-z][\w'-]*)\s*$")


def _word_before(text: str, bracket: str) -> str | None:
    """The word right before the first ``bracket`` ("(AIS)") that has one (spaces between
    allowed): a plain search for the bracket, then a look at the few characters before it."""
    at = text.find(bracket)
    while at >= 0:
        m = _LAST_WORD.search(text, max(0, at - 80), at)
        if m is not None:
            return m.group(1)
        at = text.find(bracket, at + 1)
    return None
