"""Project files: dependencies in step, Makefile targets, CI and README commands."""

from __future__ import annotations

import re
import subprocess
import tomllib

import yaml
from packaging.requirements import Requirement

from analysis import config

ROOT = config.PROJECT_ROOT
# conda-only entries of environment.yml that have no pip counterpart
CONDA_ONLY = {"python", "pip", "spacy-model-en_core_web_sm"}


def _pyproject_deps() -> dict[str, str]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text())
    reqs = [Requirement(r) for r in data["project"]["dependencies"]]
    return {r.name.lower(): str(r.specifier) for r in reqs}


def _conda_deps() -> tuple[dict[str, str], list]:
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    deps, pip = {}, []
    for item in env["dependencies"]:
        if isinstance(item, dict):
            pip.extend(item.get("pip", []))
            continue
        name, spec = re.match(r"^\s*([A-Za-z0-9_.\-]+)\s*(.*)$", item).groups()
        deps[name.lower()] = spec.replace(" ", "")
    return deps, pip


def _normalise(spec: str) -> set[str]:
    return {part.strip() for part in spec.split(",") if part.strip()}


def test_environment_yml_and_pyproject_list_the_same_dependencies():
    py = _pyproject_deps()
    conda, pip = _conda_deps()
    assert "conda-forge" in yaml.safe_load((ROOT / "environment.yml").read_text())["channels"]
    assert "spacy-model-en_core_web_sm" in conda
    assert "-e ." in pip
    named = {k: v for k, v in conda.items() if k not in CONDA_ONLY}
    for item in pip:  # packages conda-forge lacks, pinned in the pip section
        if item != "-e .":
            name, spec = re.match(r"^\s*([A-Za-z0-9_.\-]+)\s*(.*)$", item).groups()
            named[name.lower()] = spec.replace(" ", "")
    assert set(named) == set(py), f"only in environment.yml: {set(named) - set(py)}; " \
                                  f"only in pyproject.toml: {set(py) - set(named)}"
    for name, spec in py.items():
        assert _normalise(named[name]) == _normalise(spec), f"{name}: {named[name]} vs {spec}"


def test_every_dependency_has_a_range():
    for name, spec in _pyproject_deps().items():
        assert "<" in spec and ">=" in spec, f"{name} is not pinned to a range: {spec!r}"


def test_makefile_targets_and_help():
    done = subprocess.run(["make", "-s", "help"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0
    for target in ("report", "test", "lab", "help", "setup"):
        assert f"make {target}" in done.stdout


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text()
    readme = (ROOT / "README.md").read_text()
    assert "make test" in ci and "make test" in readme and "make report" in readme


def test_layout():
    for path in ("analysis", "notebooks", "data/raw", "tests", "environment.yml",
                 "pyproject.toml", "Makefile", "README.md", ".ci/run",
                 "data/raw/airstrikes-syria-2021-02-26.txt"):
        assert (ROOT / path).exists(), path
    ignored = subprocess.run(["git", "check-ignore", "data/processed/x.parquet",
                              "data/interim/x", "reports/x.html"], cwd=ROOT,
                             capture_output=True, text=True)
    assert len(ignored.stdout.split()) == 3
