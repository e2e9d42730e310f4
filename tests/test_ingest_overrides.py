"""The ingest word lists of analysis/data/ingest_words.toml are read by load_articles only:
overriding each one under ``analysis.lexicons.use_lexicons`` changes the loaded article (the
value before the override and after it are both asserted, so an override that did nothing
fails)."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pandas as pd
import pytest

from analysis import lexicons
from analysis.io import load_articles

BODY = ("The mayor said the bridge would reopen in the spring after two years of repairs.\n\n"
        "{extra}\n\nWork will start on Monday, officials said.\n")


STORY_JSON = ('[{"title": "Bridge", "story": "The mayor said the bridge would reopen in the '
              'spring."}]')


def _plain(header: str = "By Jane Roe", extra: str = "The council agreed.") -> tuple[str, str]:
    return "story.txt", "Bridge to reopen\n\n" + header + "\n\n" + BODY.format(extra=extra)


def _column(name: str) -> Callable[[pd.DataFrame], Any]:
    return lambda df: df[name].iat[0] if len(df) else None


def _has_line(line: str) -> Callable[[pd.DataFrame], bool]:
    return lambda df: line in df["text"].iat[0]


@dataclass(frozen=True)
class Case:
    """One ingest override: a file (name, content), the override, a probe, before/after."""

    file: tuple[str, str]
    overrides: dict[str, Any]
    probe: Callable[[pd.DataFrame], Any]
    before: Any
    after: Any


CASES: dict[str, Case] = {
    "byline_particles": Case(_plain("By Ana ter Horst"), {"byline_particles": ["ter"]},
                             _column("author"), None, "Ana ter Horst"),
    "month_names": Case(_plain("By Jane Roe\nMarch 3, 2021"),
                        {"month_names": {"remove": ["mar"]}},
                        lambda df: str(df["published"].iat[0])[:10], "2021-03-03", "NaT"),
    "furniture_lines": Case(_plain(extra="Vote in our poll"),
                            {"furniture_lines": ["vote in our poll"]},
                            _has_line("Vote in our poll"), True, False),
    "furniture_prefixes": Case(_plain(extra="SUBSCRIBE: Get the morning briefing in your inbox"),
                               {"furniture_prefixes": ["subscribe:"]},
                               _has_line("SUBSCRIBE:"), True, False),
    "credit_roles": Case(_plain(extra="Subediting by Jane Roe; Editing by Tom Doe"),
                         {"credit_roles": ["subediting"]}, _has_line("Subediting by"), True,
                         False),
    "field_names": Case(("story.json", STORY_JSON),
                        {"field_names": {"text": ["story"]}}, _column("text"), None,
                        "The mayor said the bridge would reopen in the spring."),
}


def _load(path) -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a file without text is a warned-about error row
        return load_articles(path)


@pytest.mark.parametrize("name", sorted(CASES))
def test_an_ingest_override_changes_the_loaded_article(name, tmp_path):
    case = CASES[name]
    path = tmp_path / case.file[0]
    path.write_text(case.file[1], encoding="utf-8")
    assert case.probe(_load(path)) == case.before
    with lexicons.use_lexicons(case.overrides):
        changed = _load(path)
    assert case.probe(changed) == case.after
    # the override holds only inside the block
    assert case.probe(_load(path)) == case.before


def test_every_ingest_list_has_a_case():
    ingest = {"byline_particles", "month_names", "furniture_lines", "furniture_prefixes",
              "credit_roles", "field_names"}
    assert ingest <= set(lexicons.lexicon_names())
    assert ingest <= set(CASES)
