"""Audits in the notebooks: notebook 03's gender-share chart gets error bars from a judged source
audit (``AUDIT``) and, when the audit is missing or not judged yet, is drawn without them under
one line saying why; notebook 04's estimate cell prints one line, not an error, before anything
is judged. The package functions that decide: ``audit.not_ready``, ``audit.try_estimate``,
``plots.gender_share(missing_audit="say")``."""

from __future__ import annotations

import pytest
from matplotlib.container import ErrorbarContainer

import analysis
from analysis import audit, config, plots
from analysis.report import run_notebook

from .test_audit import make_corpus

NOTEBOOKS = config.PROJECT_ROOT / "notebooks"


def _judge_all(corpus, directory, name="src", n=30):
    """A source audit of ``corpus`` with every item judged right, except the men of every third
    item, who were women."""
    items = audit.sample(corpus, n=n, seed=0, name=name, item="source", directory=directory)
    for i, row in items.iterrows():
        wrong = row["gender"] == "male" and i % 3 == 0
        audit.record(name, row["item_id"], directory, verdict="right",
                     gender_verdict="wrong" if wrong else "right",
                     correct_gender="female" if wrong else "")
    return items


# ---- the package functions -----------------------------------------------------------------

def test_not_ready_says_why_in_one_line(tmp_path):
    corpus = make_corpus(30)
    missing = audit.not_ready("nothing", tmp_path)
    assert "no audit 'nothing'" in missing and str(tmp_path) in missing
    audit.sample(corpus, n=10, seed=0, name="quotes", item="quote", directory=tmp_path)
    assert "no source items" in audit.not_ready("quotes", tmp_path)
    audit.sample(corpus, n=10, seed=0, name="fresh", item="source", directory=tmp_path)
    fresh = audit.not_ready("fresh", tmp_path)
    assert "none of its 10 source item(s) is judged" in fresh and "04-audit" in fresh
    first = audit.load("fresh", tmp_path)["item_id"].iloc[0]
    audit.record("fresh", first, tmp_path, verdict="right")       # no gender answer yet
    assert "none of its 10" in audit.not_ready("fresh", tmp_path)
    audit.record("fresh", first, tmp_path, gender_verdict="right")
    assert audit.not_ready("fresh", tmp_path) is None
    (tmp_path / "broken.csv").write_text("item_id,verdict\nx,right\n", encoding="utf-8")
    assert "column(s) missing" in audit.not_ready("broken", tmp_path)
    for reason in (missing, fresh, audit.not_ready("broken", tmp_path)):
        assert "\n" not in reason


def test_try_estimate_prints_one_line_before_anything_is_judged(tmp_path, capsys):
    corpus = make_corpus(40)
    audit.sample(corpus, n=20, seed=0, name="g", item="source", directory=tmp_path)
    with pytest.raises(ValueError, match="none of its 20"):
        audit.estimate(corpus, "g", directory=tmp_path)        # the strict call still raises
    assert audit.try_estimate(corpus, "g", "women_share", directory=tmp_path) is None
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1 and out[0].startswith("No corrected women_share: audit 'g': none of")
    assert audit.try_estimate(corpus, "absent", directory=tmp_path) is None
    assert "no audit 'absent'" in capsys.readouterr().out
    with pytest.raises(ValueError, match="anonymous_share"):
        audit.try_estimate(corpus, "g", "anonymous_share", directory=tmp_path)
    _judge_all(corpus, tmp_path, "g", 20)
    got = audit.try_estimate(corpus, "g", "women_share", directory=tmp_path, n_boot=200)
    assert capsys.readouterr().out == ""
    same = audit.estimate(corpus, "g", "women_share", directory=tmp_path, n_boot=200)
    assert (got.raw, got.corrected, got.low, got.high, got.used) == \
        (same.raw, same.corrected, same.low, same.high, same.used)
    assert got.corrected > got.raw


def test_gender_share_says_why_it_draws_no_error_bars(tmp_path, capsys):
    corpus = make_corpus(40)
    with pytest.raises(FileNotFoundError, match="no audit 'absent'"):
        plots.gender_share(corpus, audit="absent", directory=tmp_path)   # strict by default
    ax = plots.gender_share(corpus, audit="absent", directory=tmp_path, missing_audit="say")
    assert not any(isinstance(c, ErrorbarContainer) for c in ax.containers)
    assert list(plots.table_of(ax).columns) == \
        list(plots.table_of(plots.gender_share(corpus)).columns)
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1 and out[0].startswith("No error bars: no audit 'absent'")
    audit.sample(corpus, n=20, seed=0, name="g", item="source", directory=tmp_path)
    ax = plots.gender_share(corpus, audit="g", directory=tmp_path, missing_audit="say")
    assert not any(isinstance(c, ErrorbarContainer) for c in ax.containers)
    assert "is judged with a gender answer yet" in capsys.readouterr().out
    _judge_all(corpus, tmp_path, "g", 20)
    ax = plots.gender_share(corpus, audit="g", directory=tmp_path, missing_audit="say")
    assert sum(isinstance(c, ErrorbarContainer) for c in ax.containers) == 1
    assert capsys.readouterr().out == ""
    with pytest.raises(ValueError, match="missing_audit"):
        plots.gender_share(corpus, missing_audit="ignore")


# ---- the notebooks, run as tests/test_notebooks.py runs them (seed article) ---------------

def _notebook(name: str, values: dict[str, object], upto: str | None = None,
              check: str | None = None):
    """The notebook ``name`` with ``values`` typed into its parameters cell; with ``upto``,
    only the cells up to the one whose source contains it, followed by a code cell ``check``."""
    import jupytext
    import nbformat

    nb = jupytext.read(NOTEBOOKS / f"{name}.py")
    cell = next(c for c in nb.cells if "parameters" in c.metadata.get("tags", []))
    cell.source += "".join(f"\n{k} = {v!r}" for k, v in values.items())
    if upto is not None:
        at = [i for i, c in enumerate(nb.cells) if upto in c.source]
        assert len(at) == 1, f"{upto!r} is in {len(at)} cells of {name}"
        nb.cells = nb.cells[:at[0] + 1] + [nbformat.v4.new_code_cell(check or "")]
    return nb


def _run(nb, tmp_path):
    path = tmp_path / "nb.ipynb"
    import nbformat

    nbformat.write(nb, path)
    return run_notebook(path)


def _text(cell) -> str:
    out = []
    for o in cell.get("outputs", []):
        assert o.get("output_type") != "error", f"{o.get('ename')}: {o.get('evalue')}"
        assert o.get("name") != "stderr" or not o["text"].strip(), o["text"]
        out.append(o.get("text", "") + o.get("data", {}).get("text/plain", ""))
    return "".join(out)


def _said(cell) -> list[str]:
    """The lines a cell printed, but save_figure's "Saved … and …" line."""
    text = "".join(o.get("text", "") for o in cell.get("outputs", [])
                   if o.get("output_type") == "stream")
    return [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("Saved ")]


CHART = "audit=AUDIT"
BARS = ("from matplotlib.container import ErrorbarContainer\n"
        "print('bars', sum(isinstance(c, ErrorbarContainer) for c in ax.containers))\n"
        "print('columns', ' '.join(plots.table_of(ax).columns))")


@pytest.fixture()
def seed_env(monkeypatch):
    monkeypatch.delenv(config.DATA_ENV, raising=False)


def test_notebook_03_without_an_audit_draws_no_bars_and_says_why(tmp_path, seed_env):
    nb = _run(_notebook("03-sources-and-attribution",
                        {"AUDIT": "no-such-audit", "AUDIT_DIR": str(tmp_path)},
                        upto=CHART, check=BARS), tmp_path)
    chart, check = nb.cells[-2], nb.cells[-1]
    said = _said(chart)          # besides save_figure's "Saved … and …" line
    assert len(said) == 1 and said[0].startswith("No error bars: no audit 'no-such-audit'")
    assert any("image/png" in o.get("data", {}) for o in chart["outputs"]), "no chart drawn"
    assert "bars 0" in _text(check)


def test_notebook_03_draws_error_bars_from_a_judged_source_audit(tmp_path, seed_env):
    corpus = analysis.load_corpus(None, store=config.store_dir(None))  # what the notebook reads
    assert len(corpus.sources), "the seed article quotes nobody"
    folder = tmp_path / "audits"
    _judge_all(corpus, folder, "seed-sources")
    nb = _run(_notebook("03-sources-and-attribution",
                        {"AUDIT": "seed-sources", "AUDIT_DIR": str(folder)},
                        upto=CHART, check=BARS), tmp_path)
    chart, check = nb.cells[-2], nb.cells[-1]
    assert _said(chart) == []
    assert "bars 1" in _text(check) and "female_corrected" in _text(check)


def test_notebook_04_estimate_cell_prints_one_line_before_any_answer(tmp_path, seed_env):
    folder = tmp_path / "audits"
    nb = _run(_notebook("04-audit", {"AUDIT": "fresh", "AUDIT_DIR": str(folder),
                                     "ITEM": "source", "N": 5}), tmp_path)
    assert (folder / "fresh.csv").is_file()
    last = nb.cells[-1]
    assert "try_estimate" in last.source
    said = _said(last)
    assert len(said) == 1 and said[0].startswith("No corrected women_share: audit 'fresh': "
                                                 "none of its"), said
    for cell in nb.cells:
        if cell.cell_type == "code":
            _text(cell)                           # no error and nothing on stderr anywhere
