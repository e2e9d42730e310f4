"""Word-list entries are checked on load (issue 28): blank lines and comments skipped in files,
blank or non-text entries in every kind of override rejected naming the list, where it was
given and the position — never an IndexError inside a rule."""

from __future__ import annotations

import pytest

from analysis import analyze
from analysis.lexicons import LexiconError, load_lexicons, packaged, to_config

ZWSP, BOM = "\u200b", "\ufeff"


def rejected(overrides) -> str:
    with pytest.raises(LexiconError) as raised:
        to_config(overrides)
    return str(raised.value)


# every kind of override the loader accepts, each with a blank entry: (overrides, the words the
# message must hold: the lexicon, where it was given, the position)
BLANK_ENTRIES = {
    "list": ({"speech_verbs": ["opine", ""]},
             ["'speech_verbs'", "(overrides)", "entry 2", "is blank"]),
    "add": ({"speech_verbs": {"add": ["opine", "   "]}},
            ["'speech_verbs'", "(overrides, add)", "entry 2", "is blank"]),
    "remove": ({"titles": {"add": ["Dr"], "remove": ["Sen", "", "Rep"]}},
               ["'titles'", "(overrides, remove)", "entry 2", "is blank"]),
    "replace (config form)": ({"speech_verbs": {"replace": ["say", "tell", ZWSP]}},
                              ["'speech_verbs'", "(overrides, replace)", "entry 3",
                               "is blank"]),
    "table key": ({"speaker_nouns": {"pundit": "group", " ": "person"}},
                  ["'speaker_nouns'", "(overrides)", "row 2", "a key must be non-empty"]),
    "table value": ({"speaker_nouns": {"pundit": ""}},
                    ["'speaker_nouns'", "row 1", "key 'pundit'", "must be non-empty"]),
    "table merge (config form)": ({"speaker_nouns": {"merge": [["pundit", "group"],
                                                               ["", "person"]]}},
                                  ["'speaker_nouns'", "(overrides, merge)", "row 2"]),
    "table of lists": ({"field_names": {"title": ["headline", ""]}},
                       ["'field_names'", "row 1, key 'title'", "entry 2", "is blank"]),
    "non-text entry": ({"speech_verbs": ["opine", None]},
                       ["'speech_verbs'", "entry 2", "is not text but NoneType"]),
    "number entry": ({"titles": {"add": ["Dr", 7]}},
                     ["'titles'", "(overrides, add)", "entry 2", "is not text but int"]),
    "zero-width entry": ({"speech_verbs": [BOM]}, ["'speech_verbs'", "entry 1", "is blank"]),
    "two entries glued": ({"speech_verbs": ["opine\nsay"]},
                          ["'speech_verbs'", "entry 1", "holds a line break"]),
}


@pytest.mark.parametrize("kind", list(BLANK_ENTRIES))
def test_a_bad_entry_in_each_kind_of_override_names_list_and_position(kind):
    overrides, words = BLANK_ENTRIES[kind]
    message = rejected(overrides)
    for word in words:
        assert word in message, (word, message)
    assert "\n" not in message
    with pytest.raises(LexiconError):  # the same from load_lexicons
        load_lexicons(overrides)


def test_list_files_skip_blank_lines_comments_and_invisible_lines(tmp_path):
    path = tmp_path / "verbs.txt"
    # saved by Notepad: a byte-order mark first; a line of a zero-width space; comments
    path.write_text(f"{BOM}opine\n\n   \n{ZWSP}\n# my verbs\nblurt out  # phrasal\n\t\n",
                    encoding="utf-8")
    lex = load_lexicons({"speech_verbs": path})
    assert lex.lists["speech_verbs"] == ("opine", "blurt out")


def test_a_control_character_in_a_list_file_names_the_line(tmp_path):
    path = tmp_path / "titles.txt"
    path.write_text("Dr\n\nSen\x00ator\n", encoding="utf-8")
    message = rejected({"titles": path})
    assert f"lexicon 'titles' ({path}, line 3)" in message and "control character" in message


def test_toml_and_csv_replacements_with_blank_entries(tmp_path):
    toml = tmp_path / "verbs.toml"
    toml.write_text('speech_verbs = ["say", ""]\n', encoding="utf-8")
    assert "entry 2" in rejected({"speech_verbs": toml})
    nouns = tmp_path / "nouns.toml"
    nouns.write_text('[speaker_nouns]\npundit = "group"\n"" = "person"\n', encoding="utf-8")
    assert "a key must be non-empty" in rejected({"speaker_nouns": nouns})
    table = tmp_path / "nouns.csv"
    table.write_text("noun,class\npundit,group\n\n# a comment\n,person\n", encoding="utf-8")
    assert f"{table}, line 5" in rejected({"speaker_nouns": table})
    # a byte-order mark at the start of a TOML or CSV file is not text
    toml.write_text(f'{BOM}speech_verbs = ["opine"]\n', encoding="utf-8")
    assert load_lexicons({"speech_verbs": toml}).lists["speech_verbs"] == ("opine",)
    table.write_text(f"{BOM}noun,class\n{ZWSP}pundit,group\n", encoding="utf-8")
    assert load_lexicons({"speaker_nouns": table}).tables["speaker_nouns"] == {
        "pundit": "group"}


def test_entries_are_kept_clean():
    config = to_config({"speech_verbs": {"add": [f" {BOM}opine{ZWSP} "], "remove": ["say "]}})
    assert config == {"speech_verbs": {"add": ["opine"], "remove": ["say"]}}
    assert to_config(config) == config  # the config form reads back as itself


def test_the_packaged_lists_are_clean():
    for name, entries in packaged().lists.items():
        for entry in entries:
            assert entry and entry == entry.strip() and BOM not in entry and "\n" not in entry, \
                (name, entry)


def test_analyze_names_the_blank_entry_before_parsing():
    with pytest.raises(LexiconError, match=r"'speech_verbs' \(overrides\), entry 2: '' is "
                                           r"blank"):
        analyze(["Nothing is parsed.", "Really."], lexicons={"speech_verbs": ["say", ""]})
    with pytest.raises(LexiconError, match=r"\(overrides, remove\), entry 1: '\\u200b' is "
                                           r"blank"):
        analyze(["Nothing is parsed."], lexicons={"titles": {"remove": [ZWSP]}})
