"""Model resolution (analysis.engine.nlp): order, errors, caching, no downloads."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from analysis import config
from analysis.engine import nlp
from analysis.engine.nlp import (ModelNotFoundError, find_local_pipelines, load_pipeline,
                                 resolve_model)

from .conftest import SHARED

NEWS_MODEL = SHARED / "models" / "en_news_sm-3.8.0"


@pytest.fixture
def no_defaults(monkeypatch, tmp_path):
    """No env var, no installed en_core_web_sm, empty model folders."""
    monkeypatch.delenv(config.MODEL_ENV, raising=False)
    monkeypatch.setattr(nlp, "search_dirs", lambda: [tmp_path / "models", tmp_path / "shared"])
    import spacy

    real = spacy.util.is_package
    monkeypatch.setattr(spacy.util, "is_package",
                        lambda name: False if name == nlp.DEFAULT_PACKAGE else real(name))
    return tmp_path


def test_default_resolution_finds_a_local_pipeline(monkeypatch):
    monkeypatch.delenv(config.MODEL_ENV, raising=False)
    spec = resolve_model()
    assert spec.origin in {"package", "directory"}
    if spec.origin == "directory":
        assert spec.target == str(find_local_pipelines()[0])


def test_v2_model_folders_are_skipped():
    found = [p.name for p in find_local_pipelines()]
    assert "en_core_web_sm-2.2.5" not in found
    if NEWS_MODEL.is_dir():
        assert "en_news_sm-3.8.0" in found


def test_argument_and_environment_win(monkeypatch):
    if not NEWS_MODEL.is_dir():
        pytest.skip(f"{NEWS_MODEL} is absent")
    assert resolve_model(NEWS_MODEL).origin == "argument"
    monkeypatch.setenv(config.MODEL_ENV, str(NEWS_MODEL))
    spec = resolve_model()
    assert (spec.origin, spec.target) == ("environment", str(NEWS_MODEL.resolve()))


def test_a_relative_model_directory_is_found_from_anywhere(monkeypatch, tmp_path):
    """``ANALYSIS_SPACY_MODEL=../shared/models/…`` as the README writes it: from the project root
    when the working directory (a notebook's, a worker's) has no such folder."""
    if not NEWS_MODEL.is_dir():
        pytest.skip(f"{NEWS_MODEL} is absent")
    import os

    relative = os.path.relpath(NEWS_MODEL, config.PROJECT_ROOT)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(config.MODEL_ENV, relative)
    assert resolve_model().target == str(NEWS_MODEL.resolve())


def test_bad_explicit_choices_raise_clearly(monkeypatch, tmp_path):
    with pytest.raises(ModelNotFoundError, match="neither an installed package nor a pipeline"):
        resolve_model("no_such_model_xyz")
    monkeypatch.setenv(config.MODEL_ENV, "also_missing")
    with pytest.raises(ModelNotFoundError, match="ANALYSIS_SPACY_MODEL='also_missing'"):
        resolve_model()
    with pytest.raises(ModelNotFoundError, match="not a spaCy"):
        resolve_model(tmp_path)


def test_nothing_found_names_every_place_and_the_fix(no_defaults):
    with pytest.raises(ModelNotFoundError) as info:
        resolve_model()
    message = str(info.value)
    for expected in ("ANALYSIS_SPACY_MODEL", "en_core_web_sm", str(no_defaults / "models"),
                     str(no_defaults / "shared"), "python -m spacy download en_core_web_sm",
                     "spacy-model-en_core_web_sm"):
        assert expected in message


def test_pipeline_dir_nested_like_an_installed_package(no_defaults):
    if not NEWS_MODEL.is_dir():
        pytest.skip(f"{NEWS_MODEL} is absent")
    nested = no_defaults / "models" / "en_core_web_sm" / "en_core_web_sm-3.8.0"
    nested.parent.mkdir(parents=True)
    nested.symlink_to(NEWS_MODEL, target_is_directory=True)
    assert resolve_model().target == str(nested)


def test_ensure_model_does_not_download_when_local_exists(monkeypatch):
    monkeypatch.delenv(config.MODEL_ENV, raising=False)
    monkeypatch.setattr(subprocess, "run", lambda *a, **k: pytest.fail("tried to download"))
    assert nlp.ensure_model().target


def test_ensure_model_downloads_last_and_reports_failure(no_defaults, monkeypatch):
    calls = []

    def fake_run(cmd, check=False):
        calls.append(cmd)
        return subprocess.CompletedProcess(cmd, 1)

    monkeypatch.setattr(subprocess, "run", fake_run)
    with pytest.raises(ModelNotFoundError, match="spacy download failed"):
        nlp.ensure_model()
    assert calls == [[sys.executable, "-m", "spacy", "download", "en_core_web_sm"]]


def test_load_pipeline_is_cached_and_info_recorded(nlp):
    assert load_pipeline() is nlp
    info = nlp_info = __import__("analysis.engine.nlp", fromlist=["model_info"]).model_info(nlp)
    assert set(nlp_info) == {"model", "model_version", "spacy_version"}
    assert info["model_version"] == nlp.meta["version"]
    assert {"tagger", "parser", "ner", "lemmatizer"} <= set(nlp.pipe_names)


def test_importing_the_package_downloads_nothing():
    code = ("import subprocess, urllib.request\n"
            "def boom(*a, **k): raise SystemExit('network or subprocess used at import')\n"
            "subprocess.run = subprocess.Popen = urllib.request.urlopen = boom\n"
            "import analysis, analysis.cli, analysis.corpus\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_cli_model_command():
    done = subprocess.run([sys.executable, "-m", "analysis", "model", "--load"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "spaCy model:" in done.stdout and "loaded" in done.stdout
    bad = subprocess.run([sys.executable, "-m", "analysis", "model", "--model", "nope_xyz"],
                         capture_output=True, text=True)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr and "install" in bad.stderr


def test_outputs_record_the_model(tmp_path, seed_corpus, nlp):
    assert seed_corpus.meta["model_version"] == nlp.meta["version"]
    seed_corpus.write(tmp_path)
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert manifest["model"] == seed_corpus.meta["model"]
    assert manifest["model_version"] == nlp.meta["version"]
