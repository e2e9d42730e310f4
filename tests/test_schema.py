"""The table contract (analysis.schema): defined once, used by the frames, the checks and the
README."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import config
from analysis.vocab import KINDS, SPEAKER_TYPES
from analysis.schema import ENTITIES, ERRORS, QUOTES, TABLES, SchemaViolation, pandera_schema


def test_readme_shows_the_schema_tables():
    readme = (config.PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    for table in TABLES.values():
        assert table.markdown() in readme, f"README's {table.name} table is out of date " \
                                           f"(python -m analysis.schema prints it)"


def test_frames_have_the_columns_and_dtypes():
    frame = QUOTES.frame([{"article_id": "a", "quote_id": "a-q0", "quote": "x", "start": 0,
                           "end": 1, "kind": "direct", "speaker_type": "unknown",
                           "sentence_id": 0, "paragraph_id": 0, "extra": 1}])
    assert list(frame.columns) == QUOTES.names
    assert str(frame.speaker_start.dtype) == "Int64" and frame.speaker[0] is None
    empty = ENTITIES.frame()
    assert list(empty.columns) == ENTITIES.names and str(empty.start.dtype) == "int64"
    errors = ERRORS.frame([{"path": "f", "line": None, "problem": "json", "message": "m"}])
    assert str(errors.line.dtype) == "Int64"


def test_allowed_values_come_from_the_engine():
    assert QUOTES.column("kind").values == KINDS
    assert QUOTES.column("speaker_type").values == SPEAKER_TYPES
    with pytest.raises(Exception):
        pandera_schema("quotes").validate(QUOTES.frame([{
            "article_id": "a", "quote_id": "a-q0", "quote": "x", "start": 0, "end": 1,
            "kind": "quoted", "speaker_type": "unknown", "sentence_id": 0, "paragraph_id": 0}]))


def test_violations_name_the_article(seed_corpus):
    from analysis.schema import validate_corpus

    broken = seed_corpus.select(seed_corpus.articles.article_id)
    broken.entities.loc[0, "end"] = 10 ** 7
    with pytest.raises(SchemaViolation, match=seed_corpus.articles.article_id[0]):
        validate_corpus(broken)
    assert isinstance(seed_corpus.entities, pd.DataFrame)
