"""The evaluation's own word lists (``measure_words.toml`` beside this module): part of how the
measures are defined, so they are read here and never from the engine's lexicons — overriding
or editing ``analysis/data/`` cannot move a measure."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def _table() -> dict[str, list[str]]:
    text = resources.files(__package__).joinpath("measure_words.toml").read_text("utf-8")
    return tomllib.loads(text)


def measure_words(name: str) -> frozenset[str]:
    """The evaluation's list ``name`` (``pronouns``, ``titles``, ``suffixes``), lower case.

    Raises:
        KeyError: no such list in ``measure_words.toml``.
    """
    return frozenset(word.lower() for word in _table()[name])
