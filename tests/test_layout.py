"""The package's seam drawn in the tree: the per-article engine (analysis/engine/) never imports
the corpus step, the store or the runs; the vocabularies (analysis/vocab.py) import nothing of
the package; the table contract (analysis/schema.py) imports only the vocabularies.

Read from the source with ``ast`` (every import statement, top-level or inside a function), so
a deferred import counts as much as a top-level one.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import analysis

ROOT = Path(analysis.__file__).resolve().parent
#: what runs once per corpus or around the runs: never imported by the per-article engine
NOT_FOR_ENGINE = ("assembly", "store", "runs", "corpus", "stored", "parallel", "cli", "plots",
                  "summaries", "display", "palette", "styles", "columns_doc", "report", "lookup",
                  "evaluation", "audit", "diff", "notebook_twins")
#: top-level modules that moved into engine/ or assembly/ (no shim may stay behind)
MOVED = ("actors", "gender", "non_actors", "institutions", "components", "entities", "names",
         "pipeline", "nlp", "tokenizer", "budget", "syntax", "segments", "rows", "quotes",
         "assembly.py")


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path: Path, root: Path = ROOT) -> set[str]:
    """Every module of the package ``path`` imports (absolute dotted names; for ``from X import
    a, b`` both ``X`` and ``X.a``, ``X.b``, as either may be a module), anywhere in the file."""
    name = _module_name(path, root)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
    top = root.name
    return {m for m in found if m == top or m.startswith(top + ".")}


def forbidden(path: Path, banned: tuple[str, ...], root: Path = ROOT) -> list[str]:
    """The imports of ``path`` that name one of ``banned`` (top-level names of the package) or
    anything under it."""
    out = []
    for module in sorted(imported_modules(path, root)):
        parts = module.split(".")
        if len(parts) > 1 and parts[1] in banned:
            out.append(module)
    return out


def test_checker_sees_deferred_relative_and_absolute_imports(tmp_path):
    """The checker itself: a deferred ``from ...assembly import x``, ``from ... import store``,
    ``import analysis.runs`` in a nested engine module are all found; sibling imports are not."""
    root = tmp_path / "analysis"
    (root / "engine" / "quotes").mkdir(parents=True)
    for init in (root, root / "engine", root / "engine" / "quotes"):
        (init / "__init__.py").write_text("", encoding="utf-8")
    module = root / "engine" / "quotes" / "stage.py"
    module.write_text("from .. import syntax\nfrom ... import lexicons\n"
                      "def f():\n    from ...assembly.gender import actor_genders\n"
                      "    from ... import store\n    import analysis.runs\n"
                      "    from ..first_names import first_name_gender\n", encoding="utf-8")
    assert forbidden(module, NOT_FOR_ENGINE, root) == [
        "analysis.assembly.gender", "analysis.assembly.gender.actor_genders", "analysis.runs",
        "analysis.store"]
    assert "analysis.engine.syntax" in imported_modules(module, root)
    assert "analysis.lexicons" in imported_modules(module, root)


def test_engine_imports_no_corpus_step_store_or_runs():
    """No module of analysis/engine/ imports the corpus step (analysis/assembly/), the store,
    the runs, the Corpus or anything above them — top-level or deferred."""
    engine = ROOT / "engine"
    files = sorted(engine.rglob("*.py"))
    assert (engine / "components" / "__init__.py") in files and (engine / "quotes").is_dir()
    bad = {str(p.relative_to(ROOT)): forbidden(p, NOT_FOR_ENGINE) for p in files}
    assert {p: m for p, m in bad.items() if m} == {}


def test_vocab_is_a_leaf():
    """analysis/vocab.py imports nothing of the package and nothing outside the standard
    library."""
    path = ROOT / "vocab.py"
    assert imported_modules(path) == set()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    tops = {alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.Import)
            for alias in node.names}
    tops |= {node.module.split(".")[0] for node in ast.walk(tree)
             if isinstance(node, ast.ImportFrom) and node.module and not node.level}
    assert tops <= set(sys.stdlib_module_names)


def test_schema_imports_only_vocab():
    """The table contract imports the vocabularies and nothing else of the package (no quote
    engine, no gender module)."""
    modules = imported_modules(ROOT / "schema.py")
    assert "analysis.vocab" in modules
    assert [m for m in modules if m.split(".")[:2] != ["analysis", "vocab"]] == []


@pytest.mark.parametrize("name", MOVED)
def test_no_module_left_at_its_old_path(name):
    """The per-article and corpus-level modules live in engine/ and assembly/; nothing (no
    compatibility shim) stays at the old top-level path."""
    if name.endswith(".py"):
        assert not (ROOT / name).exists()
    else:
        assert not (ROOT / f"{name}.py").exists() and not (ROOT / name).exists()


def test_reading_articles_loads_neither_engine_nor_corpus_step():
    """``import analysis.io`` (and the schema) stays light: none of the engine, the corpus step
    or spaCy is loaded."""
    code = ("import sys, analysis.io, analysis.schema; "
            "print(sorted(m for m in sys.modules if m.startswith(('analysis', 'spacy'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT.parent).stdout
    loaded = ast.literal_eval(out.strip())
    assert not [m for m in loaded if m.startswith(("analysis.engine", "analysis.assembly",
                                                   "spacy"))], loaded
    assert len(loaded) < 20, loaded
