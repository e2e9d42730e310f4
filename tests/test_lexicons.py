"""Word lists are data (analysis/data/), read by one loader and extendable per run
(analysis.lexicons)."""

from __future__ import annotations

import ast
import re

import pandas as pd
import pytest

from analysis import analyze, config, lexicons
from analysis.engine.records import MentionRecord, QuoteRecord, field_names
from analysis.schema import TABLES


def test_every_lexicon_loads_and_is_documented():
    names = lexicons.lexicon_names()
    assert {"speech_verbs", "quoting_verbs", "titles", "speaker_nouns", "first_names",
            "not_speakers", "ambiguous_speech_verbs", "anonymity_phrases", "org_words",
            "honorifics", "person_titles", "field_names", "pronoun_genders"} <= set(names)
    for name in names:
        lex = lexicons.packaged()
        assert lex.lists.get(name) or lex.tables.get(name), name
    single, phrasal = lexicons.speech_verbs()
    assert "say" in single and phrasal["point"] == "out"
    assert lexicons.table("speaker_nouns")["official"] == "anonymous"


def test_overrides_add_remove_merge_and_replace(tmp_path):
    replacement = tmp_path / "titles.txt"
    replacement.write_text("# my titles\nchief\n", encoding="utf-8")
    lex = lexicons.load_lexicons({"speech_verbs": {"add": ["blurt"], "remove": ["say"]},
                                  "speaker_nouns": {"pundit": "group"},
                                  "titles": replacement, "not_speakers": ["somebody"]})
    assert "blurt" in lex.lists["speech_verbs"] and "say" not in lex.lists["speech_verbs"]
    assert lex.tables["speaker_nouns"]["pundit"] == "group"
    assert lex.tables["speaker_nouns"]["official"] == "anonymous"  # merged, not replaced
    assert lex.lists["titles"] == ("chief",)
    assert lex.digest and lex.digest != lexicons.packaged().digest
    # the config form (what a component's config holds) gives the same lexicons
    assert lexicons.load_lexicons(lexicons.to_config({"speaker_nouns": {"pundit": "group"}})) \
        is lexicons.load_lexicons({"speaker_nouns": {"pundit": "group"}})
    with pytest.raises(ValueError, match="unknown lexicon 'speech_verb'"):
        lexicons.load_lexicons({"speech_verb": ["x"]})
    with pytest.raises(ValueError, match="is a table"):
        lexicons.load_lexicons({"speaker_nouns": ["pundit"]})


def test_use_lexicons_is_scoped():
    assert "blurt" not in lexicons.words("speech_verbs")
    with lexicons.use_lexicons({"speech_verbs": ["blurt"]}):
        assert "blurt" in lexicons.words("speech_verbs")
        assert "blurt" in lexicons.speech_verbs()[0]
    assert "blurt" not in lexicons.words("speech_verbs")
    assert "blurt" not in lexicons.speech_verbs()[0]


def test_analyze_takes_lexicon_overrides():
    text = "The mayor grumbled that the bridge would never reopen."
    assert analyze(text).quotes.empty
    corpus = analyze(text, lexicons={"speech_verbs": ["grumble"]})
    assert corpus.quotes.quote.tolist() == ["the bridge would never reopen"]
    assert corpus.quotes.cue_lemma.tolist() == ["grumble"]
    # the group type of a new noun
    corpus = analyze("Pundits said the reform was doomed.",
                     lexicons={"speaker_nouns": {"pundit": "group"}})
    assert corpus.quotes.speaker_type.tolist() == ["group"]


def test_fingerprint_changes_with_lexicon_overrides(tmp_path):
    store = tmp_path / "store"
    text = "The mayor grumbled that the bridge would never reopen."
    first = analyze(text, store=store)
    again = analyze(text, store=store, lexicons={"speech_verbs": ["grumble"]})
    assert again.meta["fingerprint"] != first.meta["fingerprint"]
    assert again.meta["parsed"] == 1 and len(again.quotes) == 1


# ---- no word list in code ---------------------------------------------------------------------

def _vocabulary(nlp) -> set[str]:
    """Strings that are not English words but names of the data model or the parser: column
    names and allowed values of the schema, the components' record layout, spaCy labels."""
    allowed = {c.name for t in TABLES.values() for c in t.columns}
    allowed |= {v for t in TABLES.values() for c in t.columns for v in (c.values or ())}
    allowed |= set(field_names(MentionRecord)) | set(field_names(QuoteRecord))
    for name in nlp.pipe_names:
        allowed |= set(getattr(nlp.get_pipe(name), "labels", ()) or ())
    allowed |= {"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART",
                "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "SPACE", "ROOT"}
    return allowed


def _words(strings, allowed) -> list[str]:
    return [s for s in strings
            if re.fullmatch(r"[A-Za-z][a-z]+|[A-Z]{2,}", s) and s not in allowed]


def test_no_module_defines_a_word_list(nlp):
    """A literal set, list or tuple of more than five words, or a regex alternating more than
    five words, belongs in analysis/data/ (read through analysis.lexicons)."""
    allowed = _vocabulary(nlp)
    found = []
    for path in sorted((config.PROJECT_ROOT / "analysis").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.Set, ast.List, ast.Tuple)):
                strings = [e.value for e in node.elts
                           if isinstance(e, ast.Constant) and isinstance(e.value, str)]
                if len(_words(strings, allowed)) > 5:
                    found.append(f"{path.name}:{node.lineno} {strings[:6]}")
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                for group in re.findall(r"\((?:\?:)?([^()]*)\)", node.value):
                    alternatives = [a for a in group.split("|") if re.fullmatch(r"[a-z]+", a)]
                    if len(alternatives) > 5:
                        found.append(f"{path.name}:{node.lineno} regex {alternatives[:6]}")
    assert found == [], "word lists in code: " + "; ".join(found)


def test_the_packaged_data_files_are_the_ones_documented():
    data = config.PROJECT_ROOT / "analysis" / "data"
    names = {p.name for p in data.iterdir() if p.is_file()}
    assert set(lexicons.LIST_FILES) | set(lexicons.TABLE_FILES) | set(lexicons.TOML_FILES) \
        | {"aliases.csv"} == names
    frame = pd.read_csv(data / "speaker_nouns.csv")
    assert set(frame["class"]) == {"anonymous", "group", "organization", "document"}
