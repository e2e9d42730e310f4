"""The column dictionary docs/columns.md is generated from analysis/schema.py, linked from every
notebook, and save_figure says where it wrote (issue 27, item 4)."""

from __future__ import annotations

import re

import jupytext
import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

from analysis import config, plots, report  # noqa: E402
from analysis.cli import main  # noqa: E402
from analysis.columns_doc import columns_markdown  # noqa: E402
from analysis.schema import TABLES  # noqa: E402

DOC = config.PROJECT_ROOT / "docs" / "columns.md"


def test_committed_columns_doc_equals_the_generated_text():
    assert DOC.read_text(encoding="utf-8") == columns_markdown(), \
        "docs/columns.md is out of date: python -m analysis columns > docs/columns.md"


def test_columns_doc_names_every_column_of_every_table():
    text = columns_markdown()
    for table in TABLES.values():
        assert f"**{table.name}** — {table.doc}" in text
        for column in table.columns:
            assert f"| `{column.name}` |" in text, (table.name, column.name)


def test_cli_prints_the_columns_doc(capsys):
    assert main(["columns"]) == 0
    assert capsys.readouterr().out == columns_markdown()


def test_every_notebook_links_the_columns_doc_in_its_first_cell():
    for path in report.notebooks():
        first = jupytext.read(path).cells[0]
        assert first.cell_type == "markdown"
        links = re.findall(r"\]\(([^)]*columns\.md)\)", first.source)
        assert links == ["../docs/columns.md"], path.name
        # relative to the notebook, as JupyterLab opens it
        assert (path.parent / links[0]).resolve() == DOC.resolve()


def test_save_figure_prints_the_paths_it_wrote(tmp_path, capsys):
    corpus = type("C", (), {})()
    corpus.quotes = pd.DataFrame({"kind": ["direct", "indirect"],
                                  "speaker_type": ["person", "person"]})
    ax = plots.quote_kinds(corpus)
    png = report.save_figure(ax, "kinds", folder=tmp_path)
    plt.close("all")
    out = capsys.readouterr().out
    assert str(png) in out and str(tmp_path / "kinds.csv") in out
    assert png.exists() and (tmp_path / "kinds.csv").exists()
