"""Session 23 (helper s27-speed): the identical-output check of a speed change reads the tables
of both models. ``benchmarks/identical_output_s18.py dump OUT --model all`` writes one folder
per model above the corpus folders (``OUT/<model>/<corpus>/<table>.pkl``);
``benchmarks/compare_tables.compare`` must compare every corpus folder at any depth, and still
the flat layout of one model (``OUT/<corpus>/<table>.pkl``). The per-Doc token arrays the
helper tried saved no measurable CPU time and were reverted (docs/evaluation.md, *Session 23*)."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import compare_tables  # noqa: E402

TABLES = ("quotes", "sources")


def _write(root: Path, folders: list[str], quotes: pd.DataFrame) -> None:
    sources = pd.DataFrame({"actor": ["Ann Lee"], "gender": ["female"]})
    for folder in folders:
        (root / folder).mkdir(parents=True)
        quotes.to_pickle(root / folder / "quotes.pkl")
        sources.to_pickle(root / folder / "sources.pkl")


QUOTES = pd.DataFrame({"quote": ["We will stay."], "speaker": ["Ann Lee"], "start": [4]})
NESTED = ["en_core_web_sm-3.8.0/bbc", "en_core_web_sm-3.8.0/polnear_dev",
          "en_news_sm-3.8.0/bbc", "en_news_sm-3.8.0/polnear_dev"]


@pytest.mark.parametrize("folders", [NESTED, ["bbc", "polnear_dev"]], ids=["per model", "flat"])
def test_identical_tables_compare_equal(tmp_path, capsys, folders):
    _write(tmp_path / "before", folders, QUOTES)
    _write(tmp_path / "after", folders, QUOTES.copy())
    assert compare_tables.compare(tmp_path / "before", tmp_path / "after", TABLES) == 0
    out = capsys.readouterr().out
    assert out.count("identical (") == 2 * len(folders)
    assert f"{folders[-1]}/sources: identical" in out


def test_one_changed_cell_of_one_model_differs(tmp_path, capsys):
    _write(tmp_path / "before", NESTED, QUOTES)
    _write(tmp_path / "after", NESTED[:3], QUOTES)
    _write(tmp_path / "after", NESTED[3:], QUOTES.assign(speaker=["Tom Reyes"]))
    assert compare_tables.compare(tmp_path / "before", tmp_path / "after", TABLES) == 1
    out = capsys.readouterr().out
    assert "en_news_sm-3.8.0/polnear_dev/quotes: DIFFERENT" in out
    assert "en_core_web_sm-3.8.0/polnear_dev/quotes: identical" in out


def test_a_missing_model_folder_is_reported(tmp_path, capsys):
    _write(tmp_path / "before", NESTED, QUOTES)
    _write(tmp_path / "after", NESTED[:2], QUOTES)
    assert compare_tables.compare(tmp_path / "before", tmp_path / "after", TABLES) == 1
    assert "en_news_sm-3.8.0/bbc/quotes: missing after" in capsys.readouterr().out
