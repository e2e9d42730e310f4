"""The evaluation's own word lists (``measure_words.toml`` and ``speech_cues.toml`` beside this
module): part of how the measures are defined, so they are read here and never from the engine's
lexicons — overriding or editing ``analysis/data/`` cannot move a measure."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from types import MappingProxyType


@lru_cache(maxsize=None)
def _table(file: str = "measure_words.toml") -> dict[str, list[str]]:
    text = resources.files(__package__).joinpath(file).read_text("utf-8")
    return tomllib.loads(text)


def measure_words(name: str) -> frozenset[str]:
    """The evaluation's list ``name`` (``pronouns``, ``speaker_pronouns``, ``titles``,
    ``suffixes``), lower case.

    Raises:
        KeyError: no such list in ``measure_words.toml``.
    """
    return frozenset(word.lower() for word in _table()[name])


@dataclass(frozen=True)
class SpeechCues:
    """The frozen definition of a speech cue in PolNeAR's gold (``speech_cues.toml``).

    Attributes:
        lemmas: single-word lemmas ("say", "tell").
        phrasal: phrasal verbs as ``{verb lemma: particle}`` ("point" → "out").
        phrases: phrases found in the cue's text ("according to").
    """

    lemmas: frozenset[str]
    phrasal: Mapping[str, str]
    phrases: tuple[str, ...]


@lru_cache(maxsize=1)
def speech_cues() -> SpeechCues:
    """The evaluation's frozen speech cues (``speech_cues.toml``: a copy of the engine's speech
    lexicon as it was at commit 19744a6, never edited to follow it), lower case."""
    table = _table("speech_cues.toml")
    single: set[str] = set()
    phrasal: dict[str, str] = {}
    for entry in table["lemmas"]:
        parts = entry.lower().split()
        if len(parts) == 1:
            single.add(parts[0])
        else:
            phrasal[parts[0]] = parts[1]
    return SpeechCues(frozenset(single), MappingProxyType(phrasal),
                      tuple(p.lower() for p in table["phrases"]))
