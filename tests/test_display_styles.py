"""Display styles (a plain label and a colour per vocabulary value) live outside the store's
fingerprint: a new colour or label never makes a store parse its articles again, a new
vocabulary value does; every value of a drawn vocabulary has exactly one style; nothing the
fingerprint hashes imports the styles."""

from __future__ import annotations

import importlib
import shutil
import sys
from pathlib import Path

import pytest

import analysis
from analysis import vocab
from analysis.store import ROW_PATHS, fingerprint, package_files
from analysis.styles import (ENTITY_LABEL_STYLES, GENDER_STYLES, KIND_STYLES,
                             SPEAKER_TYPE_STYLES, STYLES)

from .test_layout import imported_modules

ROOT = Path(analysis.__file__).resolve().parent
MODEL = {"model": "m", "model_version": "1", "spacy_version": "3"}


@pytest.fixture
def package(tmp_path) -> Path:
    """A copy of this package's ``analysis/`` folder (no compiled files)."""
    copy = tmp_path / "analysis"
    shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    return copy


def _edit(package: Path, old: str, new: str) -> list[str]:
    """Replace the literal ``old`` by ``new`` in every Python file of the copy that holds it;
    returns those files (relative paths)."""
    edited = []
    for path in sorted(package.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if old in text:
            path.write_text(text.replace(old, new), encoding="utf-8")
            edited.append(str(path.relative_to(package)))
    return edited


@pytest.mark.parametrize("old, new", [
    (f'"{SPEAKER_TYPE_STYLES["person"].colour}"', '"#123456"'),  # a colour
    (f'"{KIND_STYLES["direct"].label}"', '"Verbatim"'),  # a label
    (f'"{GENDER_STYLES["female"].colour}"', '"#abcdef"'),
])
def test_changing_a_colour_or_label_keeps_the_fingerprint(package, old, new):
    before = fingerprint(MODEL, "settings", root=package)
    edited = _edit(package, old, new)
    assert edited, f"{old} is written nowhere in the package"
    assert fingerprint(MODEL, "settings", root=package) == before, edited


@pytest.mark.parametrize("old, new", [('"anonymous"', '"unnamed"'), ('"according_to"', '"per"'),
                                      ('"WORK_OF_ART"', '"ARTWORK"')])
def test_changing_a_vocabulary_value_changes_the_fingerprint(package, old, new):
    before = fingerprint(MODEL, "settings", root=package)
    path = package / "vocab.py"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    assert fingerprint(MODEL, "settings", root=package) != before


def test_the_styles_are_not_hashed_and_the_vocabularies_are():
    hashed = {str(p.relative_to(ROOT)) for p in package_files()}
    assert "vocab.py" in hashed and "vocab.py" in ROW_PATHS
    assert "styles.py" not in hashed and "palette.py" not in hashed
    # no style left behind in the vocabularies
    assert not [name for name in dir(vocab) if name.endswith("STYLES") or name == "Style"]


def test_nothing_the_fingerprint_hashes_imports_the_styles():
    """A stored row can never depend on a colour or label: no hashed module imports the
    display styles, the colour arithmetic or anything drawing them."""
    display = {"styles", "palette", "plots", "display"}
    bad = {str(p.relative_to(ROOT)): sorted(m for m in imported_modules(p)
                                            if m.split(".")[1:2] and m.split(".")[1] in display)
           for p in package_files() if p.suffix == ".py"}
    assert {p: m for p, m in bad.items() if m} == {}


@pytest.mark.parametrize("name", sorted(STYLES))
def test_every_vocabulary_value_has_one_style(name):
    values, table = STYLES[name]
    assert set(table) == set(values)  # none missing, none extra
    assert tuple(table) == values  # in the vocabulary's order


def test_every_drawn_vocabulary_has_a_style_table():
    drawn = {vocab.SPEAKER_TYPES, vocab.KINDS, vocab.GENDERS, vocab.ENTITY_LABELS}
    assert {values for values, _ in STYLES.values()} == drawn
    assert {id(table) for _, table in STYLES.values()} == {
        id(t) for t in (SPEAKER_TYPE_STYLES, KIND_STYLES, GENDER_STYLES, ENTITY_LABEL_STYLES)}


@pytest.mark.parametrize("old, new, match", [
    ('"mixed", ', '"mixed", "paraphrase", ', "paraphrase"),  # a value without a style
    ('"mixed", ', "", "mixed"),  # a style without its value
])
def test_a_vocabulary_value_and_its_style_must_come_together(tmp_path, monkeypatch, old, new,
                                                              match):
    """Adding a kind to the vocabulary without a style (or removing one and keeping its style)
    fails on import, naming the values."""
    package = tmp_path / "stylecheck"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    text = (ROOT / "vocab.py").read_text(encoding="utf-8")
    line = next(x for x in text.splitlines() if x.startswith("KINDS = "))
    assert old in line
    (package / "vocab.py").write_text(text.replace(line, line.replace(old, new)),
                                      encoding="utf-8")
    shutil.copy(ROOT / "styles.py", package / "styles.py")
    monkeypatch.syspath_prepend(str(tmp_path))
    for module in [m for m in sys.modules if m.startswith("stylecheck")]:
        monkeypatch.delitem(sys.modules, module)
    with pytest.raises(ValueError, match=match):
        importlib.import_module("stylecheck.styles")
