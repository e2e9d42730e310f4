"""Issue 22, configuration: the README's lexicon example, alias and lexicon files checked up
front, model names checked to be spaCy pipelines, the first-name cache checked on read."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import warnings

import pandas as pd
import pytest

from analysis import analyze, config, lexicons
from analysis.engine import nlp
from analysis.engine.aliases import read_aliases
from analysis.engine.nlp import ModelNotFoundError, resolve_model

from .conftest import SEED, SHARED

README = config.PROJECT_ROOT / "README.md"
TITLES = "Headmaster Tom Briggs said the school would reopen on Monday. " \
         "President Joe Biden said the bridge would be rebuilt."
EXAMPLE = "The mayor grumbled that the bridge would never reopen. " \
          "Pundits said the reform was doomed. " + TITLES


def readme_lexicons_example() -> dict:
    """The mapping of the README's ``analyze(articles, lexicons={...})`` example, as written."""
    text = README.read_text(encoding="utf-8")
    block = next(b for b in re.findall(r"```python\n(.*?)```", text, re.S) if "lexicons={" in b)
    call = ast.parse(block).body[0].value  # corpus = analyze(articles, lexicons={...})
    mapping = next(k.value for k in call.keywords if k.arg == "lexicons")
    return ast.literal_eval(mapping)


# -- 8. the README's word-list example ---------------------------------------------------


def test_the_readme_lexicon_example_works_as_written_and_changes_the_output(tmp_path,
                                                                           monkeypatch):
    example = readme_lexicons_example()
    assert example["titles"] == "my_titles.txt"  # the file form is part of the example
    monkeypatch.chdir(tmp_path)
    (tmp_path / "my_titles.txt").write_text("# my titles\n\nheadmaster   # schools\nmr\n",
                                            encoding="utf-8")
    plain = analyze(EXAMPLE)
    changed = analyze(EXAMPLE, lexicons=example)
    # the title file replaces the list: "Headmaster" now joins the person's mention,
    # "President" (not in the file) no longer does
    assert "Headmaster Tom Briggs" in set(changed.entities.text)
    assert "Headmaster Tom Briggs" not in set(plain.entities.text)
    assert "President Joe Biden" in set(plain.entities.text)
    assert "President Joe Biden" not in set(changed.entities.text)
    # the other forms of the example hold too: a verb added, a noun merged into a table
    assert "grumble" in set(changed.quotes.cue_lemma) and "grumble" not in set(
        plain.quotes.cue_lemma)
    assert "group" in set(changed.quotes.speaker_type)


def test_every_documented_override_form_survives_the_config_round_trip(tmp_path):
    (tmp_path / "my_titles.txt").write_text("headmaster\n", encoding="utf-8")
    overrides = {**readme_lexicons_example(), "titles": tmp_path / "my_titles.txt"}
    form = lexicons.to_config(overrides)
    assert form["titles"] == {"replace": ["headmaster"]}
    assert lexicons.to_config(form) == form  # what a component's config gives back
    lex = lexicons.load_lexicons(form)
    assert lex is lexicons.load_lexicons(overrides)
    assert lex.lists["titles"] == ("headmaster",)
    assert "add" not in lex.lists["ambiguous_speech_verbs"]
    with lexicons.use_lexicons(form):
        assert lexicons.words("titles") == {"headmaster"}


# -- 9. lexicon and alias files checked up front -------------------------------------------


def test_word_list_files_skip_blank_lines_and_comments(tmp_path):
    words = tmp_path / "titles.txt"
    words.write_text("# my titles\n\n   \nskipper  # on boats\n\n#mr\nheadmaster\n",
                     encoding="utf-8")
    assert lexicons.load_lexicons({"titles": words}).lists["titles"] == ("skipper",
                                                                         "headmaster")
    table = tmp_path / "nouns.csv"
    table.write_text("noun,class\n\n# a comment\npundit,group\n\n", encoding="utf-8")
    assert lexicons.load_lexicons({"speaker_nouns": table}).tables["speaker_nouns"] == {
        "pundit": "group"}


def test_a_table_file_with_a_missing_column_names_the_file_and_line(tmp_path):
    one_column = tmp_path / "nouns.csv"
    one_column.write_text("noun,class\npundit,group\nwonk\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"nouns\.csv, line 3: .*'wonk'.*key and a value"):
        lexicons.load_lexicons({"speaker_nouns": one_column})
    header = tmp_path / "names.csv"
    header.write_text("name\nmaria\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"names\.csv, line 1: the header"):
        lexicons.load_lexicons({"first_names": header})


def test_a_table_value_outside_its_vocabulary_names_the_file_line_and_value(tmp_path):
    table = tmp_path / "nouns.csv"
    table.write_text("noun,class\npundit,group\nwonk,groupp\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"nouns\.csv, line 3.*'groupp'.*anonymous, document, "
                                         r"group, organization"):
        lexicons.load_lexicons({"speaker_nouns": table})
    with pytest.raises(ValueError, match=r"'pundit'.*'groupp'"):
        lexicons.load_lexicons({"speaker_nouns": {"pundit": "groupp"}})
    with pytest.raises(ValueError, match=r"first_names.*'maria'.*'female'.*f, m"):
        lexicons.load_lexicons({"first_names": {"maria": "female"}})


def test_wrong_types_in_overrides_and_toml_files_are_named(tmp_path):
    with pytest.raises(ValueError, match=r"speech_verbs.*entry 2: 3 "):
        lexicons.load_lexicons({"speech_verbs": ["grumble", 3]})
    with pytest.raises(ValueError, match=r"field_names.*'text'.*list of text"):
        lexicons.load_lexicons({"field_names": {"text": "story"}})
    toml = tmp_path / "pronouns.toml"
    toml.write_text('[pronoun_genders]\nhe = "m"\nshe = 1\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"pronouns\.toml.*'she'.*1"):
        lexicons.load_lexicons({"pronoun_genders": toml})
    # a text value is a path: a missing file says so, naming the lexicon
    with pytest.raises(ValueError, match=r"lexicon 'speech_verbs': no file grumble"):
        lexicons.load_lexicons({"speech_verbs": "grumble"})


def test_a_toml_table_file_gives_its_own_table_not_the_whole_file(tmp_path):
    toml = tmp_path / "words.toml"
    toml.write_text('[pronoun_genders]\nhe = "m"\nshe = "f"\n\n[other]\nx = "y"\n',
                    encoding="utf-8")
    lex = lexicons.load_lexicons({"pronoun_genders": toml})
    assert lex.tables["pronoun_genders"] == {"he": "m", "she": "f"}


def test_alias_labels_are_checked_and_lower_case_is_normalised(tmp_path):
    table = pd.DataFrame({"alias": ["Acme", "Jon Smyth"], "canonical": ["Acme Corp",
                                                                        "John Smith"],
                          "label": ["org", "person"]})
    aliases = read_aliases(table, include_default=False)
    assert aliases.lookup("Acme") == ("Acme Corp", "ORG")
    assert aliases.lookup("Jon Smyth") == ("John Smith", "PERSON")
    bad = table.assign(label=["ORG", "PERSN"])
    with pytest.raises(ValueError, match=r"aliases DataFrame, row 2 .*'PERSN'.*PERSON"):
        read_aliases(bad)
    with pytest.raises(ValueError, match=r"aliases mapping, alias 'Jon Smyth'.*'persn'"):
        read_aliases({"Jon Smyth": ("John Smith", "persn")})
    csv = tmp_path / "my_aliases.csv"
    csv.write_text("alias,canonical,label\nBeeb,BBC,ORG\n\nJon Smyth,John Smith,PERSN\n",
                   encoding="utf-8")
    with pytest.raises(ValueError, match=r"my_aliases\.csv, line 4: label 'PERSN' .*"
                                         r"WORK_OF_ART"):
        read_aliases(csv)
    half = tmp_path / "half.csv"
    half.write_text("alias,canonical\nBeeb,\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"half\.csv, line 2: a row needs both"):
        read_aliases(half)
    with pytest.raises(ValueError, match=r"half\.csv: alias table lacks column\(s\) canonical"):
        half.write_text("alias,label\nBeeb,ORG\n", encoding="utf-8")
        read_aliases(half)


@pytest.mark.parametrize("store", [False, True])
def test_a_bad_alias_label_stops_analyze_before_any_parsing(tmp_path, monkeypatch, store):
    import analysis.runs

    def no_parsing(*args, **kwargs):
        raise AssertionError("the run went on to the model with a bad alias table")

    monkeypatch.setattr(analysis.runs, "resolve_model", no_parsing)
    aliases = pd.DataFrame({"alias": ["Jon Smyth"], "canonical": ["John Smith"],
                            "label": ["PERSN"]})
    with pytest.raises(ValueError, match=r"aliases DataFrame, row 1 .*'PERSN'"):
        analyze("Jon Smyth said the talks failed.", aliases=aliases,
                store=tmp_path / "store" if store else None)
    assert not (tmp_path / "store").exists()


def test_a_lower_case_alias_label_reaches_the_stored_actors_as_a_spacy_label(tmp_path):
    corpus = analyze("Acme said the talks failed. Acme added that it would try again.",
                     aliases={"Acme": ("Acme Corp", "org")}, store=tmp_path / "store")
    assert corpus.actors.set_index("actor").loc["Acme Corp", "label"] == "ORG"


# -- 21. model names checked to be spaCy pipelines -------------------------------------------


def _installed(root, name: str) -> None:
    """A distribution ``name`` 1.0 installed under ``root`` (what pip leaves: a dist-info)."""
    info = root / f"{name}-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n",
                                   encoding="utf-8")


@pytest.fixture
def site(tmp_path, monkeypatch):
    import importlib

    root = tmp_path / "site"
    root.mkdir()
    monkeypatch.syspath_prepend(str(root))
    importlib.invalidate_caches()
    yield root
    importlib.invalidate_caches()


def test_an_installed_package_that_is_not_a_pipeline_is_refused_without_import(site,
                                                                              monkeypatch):
    import spacy

    (site / "boom_pkg").mkdir()
    (site / "boom_pkg" / "__init__.py").write_text("raise SystemExit('boom_pkg imported')\n")
    _installed(site, "boom_pkg")
    assert spacy.util.is_package("boom_pkg")
    with pytest.raises(ModelNotFoundError, match=r"'boom_pkg' \(from the argument\) is an "
                                                 r"installed Python package but not a spaCy "
                                                 r"pipeline"):
        resolve_model("boom_pkg")
    assert "boom_pkg" not in sys.modules
    for name in ("numpy", "pandas"):
        monkeypatch.setenv(config.MODEL_ENV, name)
        with pytest.raises(ModelNotFoundError, match=rf"{name}.*ANALYSIS_SPACY_MODEL.*not a "
                                                     rf"spaCy pipeline"):
            resolve_model()


def test_an_installed_pipeline_package_is_accepted(site):
    source = SHARED / "models" / "en_news_sm-3.8.0"
    meta = json.loads((source / "meta.json").read_text(encoding="utf-8"))
    package = site / "fake_pipe"
    data = package / "fake_pipe-0.0.1"
    data.mkdir(parents=True)
    (package / "__init__.py").write_text("raise SystemExit('fake_pipe imported')\n")
    (package / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    (data / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    (data / "config.cfg").write_text("[nlp]\nlang = \"en\"\n", encoding="utf-8")
    _installed(site, "fake_pipe")
    assert resolve_model("fake_pipe") == nlp.ModelSpec("fake_pipe", "argument")
    assert nlp.package_pipeline("fake_pipe") == data
    assert "fake_pipe" not in sys.modules


def _cli(*args: str, env: dict[str, str] | None = None, cwd=None):
    import os

    return subprocess.run([sys.executable, "-m", "analysis", *args], capture_output=True,
                          text=True, env={**os.environ, **(env or {})}, cwd=cwd, timeout=300)


def test_the_cli_reports_a_non_pipeline_model_in_one_line(tmp_path):
    done = _cli("model", env={config.MODEL_ENV: "numpy"})
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.startswith("error:") and len(done.stderr.strip().splitlines()) == 1
    assert "'numpy'" in done.stderr and "not a spaCy pipeline" in done.stderr
    done = _cli("extract", str(SEED), "--out", str(tmp_path / "store"), "--model", "numpy",
                "--quiet")
    assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "not a spaCy pipeline" in done.stderr
    assert not (tmp_path / "store" / "articles").exists()


def test_the_cli_reports_a_pipeline_that_fails_to_load_in_one_line(tmp_path):
    broken = tmp_path / "broken"
    broken.mkdir()
    meta = json.loads((SHARED / "models" / "en_news_sm-3.8.0" / "meta.json").read_text())
    (broken / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    (broken / "config.cfg").write_text("[nlp]\nlang = \"en\"\npipeline = [\"nope\"]\n",
                                       encoding="utf-8")
    done = _cli("model", "--model", str(broken), "--load")
    assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
    assert "could not be loaded" in done.stderr and str(broken) in done.stderr


# -- 22. the first-name cache checked on read -------------------------------------------------


@pytest.fixture
def names(tmp_path, monkeypatch):
    """nomquamgender's data replaced by a small file (1,500 names and "margaret"), the cache in
    ``tmp_path``; yields the cache folder."""
    from analysis.engine import first_names as gender

    data = {f"name{i}": [0, 20 + i, (i % 10) / 9, 3] for i in range(1500)}
    data["margaret"] = [0, 5000, 0.99, 3]
    data["rare"] = [0, 2, 0.5, 1]  # fewer than CACHE_MIN_COUNT bearers: left out
    source = tmp_path / "name_data.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(gender, "_statistics_file", lambda: source)
    monkeypatch.setenv(config.CACHE_ENV, str(tmp_path / "cache"))
    gender.name_statistics.cache_clear()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # building the cache the first time warns of nothing
        built = gender.name_statistics()
    assert built["margaret"] == (5000, 0.99) and "rare" not in built and len(built) == 1501
    gender.name_statistics.cache_clear()
    yield tmp_path / "cache"
    gender.name_statistics.cache_clear()


def _rewrite(cache, content) -> None:
    (file,) = cache.glob("first-names-*.json")
    file.write_text(content if isinstance(content, str) else json.dumps(content),
                    encoding="utf-8")


def _rebuilt_with_a_warning(cache) -> None:
    from analysis.engine.first_names import first_name_gender, name_statistics

    (file,) = cache.glob("first-names-*.json")
    with pytest.warns(RuntimeWarning, match=re.escape(str(file))):
        table = name_statistics()
    assert len(table) == 1501 and first_name_gender("Margaret") == "female"
    name_statistics.cache_clear()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the rebuilt cache is read back without a word
        assert name_statistics() == table


def test_a_cache_that_is_read_back_is_the_table_built(names):
    from analysis.engine.first_names import name_statistics

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert len(name_statistics()) == 1501
    assert not list(names.glob("*.part"))  # written atomically: no temporary file left


@pytest.mark.parametrize("content", ["{}", "[]", {"margaret": [5000, 0.99]}])
def test_an_empty_or_partial_cache_is_rebuilt_with_a_warning(names, content):
    _rewrite(names, content)
    _rebuilt_with_a_warning(names)


@pytest.mark.parametrize("bearers,share", [("1e400", "0.5"), ("50", "1.5"), ("50", "NaN"),
                                           ("-3", "0.5"), ("50", None), ('"f"', "0.5"),
                                           ("true", "0.5"), ("50", '"f"')])
def test_an_out_of_range_cache_value_is_rebuilt_with_a_warning(names, bearers, share):
    """margaret's bearers and share (the cache's parallel ``bearers`` and ``shares`` columns)
    replaced by a wrong value, or her share left out (``None``: a column shorter than the
    names)."""
    (file,) = names.glob("first-names-*.json")
    data = json.loads(file.read_text(encoding="utf-8"))
    at = data["names"].index("margaret")
    data["bearers"][at] = "@BEARERS@"
    data["shares"][at] = "@SHARE@"
    text = json.dumps(data).replace('"@BEARERS@"', bearers)
    text = text.replace(', "@SHARE@"', "") if share is None else text.replace('"@SHARE@"', share)
    file.write_text(text, encoding="utf-8")
    _rebuilt_with_a_warning(names)


def test_a_cache_naming_a_name_twice_is_rebuilt_with_a_warning(names):
    (file,) = names.glob("first-names-*.json")
    data = json.loads(file.read_text(encoding="utf-8"))
    data["names"][data["names"].index("margaret")] = "name7"
    file.write_text(json.dumps(data), encoding="utf-8")
    _rebuilt_with_a_warning(names)


def test_a_truncated_cache_is_rebuilt_with_a_warning(names):
    (file,) = names.glob("first-names-*.json")
    file.write_bytes(file.read_bytes()[: file.stat().st_size // 2])
    _rebuilt_with_a_warning(names)


@pytest.mark.parametrize("name,content", [
    ("nouns.csv", "noun,class\npundit,organization\n"),
    ("nouns.toml", '[speaker_nouns]\npundit = "organization"\n'),
])
def test_a_table_replaced_from_a_file_changes_the_output(tmp_path, name, content):
    """The documented table file forms (CSV with a header, TOML under the lexicon's name)
    replace the packaged table in ``analyze``: "Pundits" become an organization."""
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    plain = analyze(EXAMPLE)
    changed = analyze(EXAMPLE, lexicons={"speaker_nouns": str(path)})
    pundits = changed.quotes[changed.quotes.speaker == "Pundits"]
    assert list(pundits.speaker_type) == ["organization"]
    assert list(plain.quotes[plain.quotes.speaker == "Pundits"].speaker_type) == ["group"]


def test_a_list_replaced_from_a_toml_file_changes_the_output(tmp_path):
    """A ``.toml`` list file replaces the packaged list: with "grumble" among the speech
    verbs, "The mayor grumbled that …" is a quote of the mayor."""
    path = tmp_path / "verbs.toml"
    path.write_text('speech_verbs = ["say", "grumble"]\n', encoding="utf-8")
    plain = analyze(EXAMPLE)
    changed = analyze(EXAMPLE, lexicons={"speech_verbs": str(path)})
    assert "grumble" in set(changed.quotes.cue_lemma)
    assert "grumble" not in set(plain.quotes.cue_lemma)
