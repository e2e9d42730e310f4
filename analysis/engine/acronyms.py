"""Per-article acronym facts: which acronym actors ("AIS") an article defines as the name of a
thing ("the Automatic Identification System (AIS)": the word before the bracket is a
``thing_nouns`` word). Computed with each article's rows and stored with it (column ``things``),
so that the corpus step (:func:`analysis.assembly.non_actors.defined_things`) never reads the
texts again for a stored article.
"""

from __future__ import annotations

import re

import pandas as pd

from .. import lexicons


def acronym(name: str) -> bool:
    """Whether an actor name is an acronym ("AIS", "NATO", "G20")."""
    return _ACRONYM.fullmatch(name) is not None


_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,6}")


def thing_nouns(lex: lexicons.Lexicons) -> frozenset[str]:
    """The ``thing_nouns`` of ``lex``, lower-cased."""
    return lex.derived("words:thing_nouns",
                       lambda lx: frozenset(v.lower() for v in lx.lists["thing_nouns"]))


def defined_per_article(articles: pd.DataFrame, entities: pd.DataFrame,
                        lex: lexicons.Lexicons | None = None) -> list[list[str]]:
    """For each article (row of ``articles``: ``article_id, text``), the acronym actors of its
    ``entities`` it defines as things — the article-level fact
    :func:`analysis.assembly.non_actors.defined_things` needs, kept with a stored article
    (column ``things``) so that reading a corpus back never reads the texts for it. ``lex``:
    the run's word lists (``thing_nouns``), given explicitly (default: the packaged ones)."""
    rows = entities.dropna(subset=["actor"])
    rows = rows[[acronym(a) for a in rows["actor"]]] if len(rows) else rows
    named = rows.groupby("article_id", sort=False)["actor"].agg(lambda a: list(dict.fromkeys(a)))
    things = thing_nouns(lex if lex is not None else lexicons.packaged())
    out = []
    for article, text in zip(articles["article_id"], articles["text"]):
        found = []
        for actor in named.get(article, []):
            word = word_before(text, f"({actor})") if isinstance(text, str) else None
            if word is not None and word.lower() in things:
                found.append(actor)
        out.append(found)
    return out


_LAST_WORD = re.compile(r"([A-Za-z][\w'-]*)\s*$")


def word_before(text: str, bracket: str) -> str | None:
    """The word right before the first ``bracket`` ("(AIS)") that has one (spaces between
    allowed): a plain search for the bracket, then a look at the few characters before it."""
    at = text.find(bracket)
    while at >= 0:
        m = _LAST_WORD.search(text, max(0, at - 80), at)
        if m is not None:
            return m.group(1)
        at = text.find(bracket, at + 1)
    return None
