"""Issue 22, item 13: quotation-mark conventions beyond the English ones (German/Polish „…“
and „…”, ‚…‘ and ‚…’, French «…» with or without inner spaces, Danish »…«, ‹…›/›…‹,
fullwidth ＂…＂, CJK 「…」 and 『…』) are paired, on the text alone and end to end (the
attribution after the quote gets its speaker as it does for “…”)."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import analyze
from analysis.engine.quotes.marks import find_quote_spans

# id, opening mark (with the inner space French typography puts after it), closing mark
STYLES = [
    ("german", "„", "“"),
    ("polish", "„", "”"),
    ("german_single", "‚", "‘"),
    ("polish_single", "‚", "’"),
    ("french", "«", "»"),
    ("french_nbsp", "«\u00a0", "\u00a0»"),
    ("french_narrow_nbsp", "«\u202f", "\u202f»"),
    ("french_spaces", "« ", " »"),
    ("danish", "»", "«"),
    ("single_guillemets", "‹", "›"),
    ("single_guillemets_danish", "›", "‹"),
    ("fullwidth", "＂", "＂"),
    ("cjk", "「", "」"),
    ("cjk_double", "『", "』"),
]
IDS = [s[0] for s in STYLES]
QUOTE = "We will rebuild the bridge"
# the attribution after the quote, in both orders, and around it
SHAPES = {"after": "{o}" + QUOTE + ",{c} the mayor said.",
          "inverted": "{o}" + QUOTE + ",{c} said the mayor.",
          "around": "The mayor said {o}" + QUOTE + "{c} on Monday."}


def quoted(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_quote_spans(text)]


@pytest.mark.parametrize("style,open_mark,close_mark", STYLES, ids=IDS)
def test_each_style_is_paired(style, open_mark, close_mark):
    text = SHAPES["after"].format(o=open_mark, c=close_mark)
    spans = find_quote_spans(text)
    assert [text[s.start:s.end] for s in spans] == [QUOTE]
    # the marks themselves are the span's open and close, the inner spaces are not content
    assert text[spans[0].open] == open_mark.strip()
    assert text[spans[0].close] == close_mark.strip()


@pytest.mark.parametrize("style,open_mark,close_mark", STYLES, ids=IDS)
def test_each_style_pairs_twice_in_a_paragraph(style, open_mark, close_mark):
    text = (f"{open_mark}{QUOTE},{close_mark} the mayor said. "
            f"{open_mark}It will take a year.{close_mark} She left.")
    assert quoted(text) == [QUOTE, "It will take a year."]


@pytest.fixture(scope="module")
def styled_quotes():
    """One analysis of every style in every shape (article id ``style/shape``)."""
    ids, texts = [], []
    for style, open_mark, close_mark in STYLES + [("english", "“", "”")]:
        for shape, template in SHAPES.items():
            ids.append(f"{style}/{shape}")
            texts.append(template.format(o=open_mark, c=close_mark))
    quotes = analyze(pd.DataFrame({"article_id": ids, "text": texts})).quotes
    return dict(zip(ids, texts)), quotes


@pytest.mark.parametrize("shape", list(SHAPES))
@pytest.mark.parametrize("style,open_mark,close_mark", STYLES, ids=IDS)
def test_each_style_gets_its_speaker(styled_quotes, style, open_mark, close_mark, shape):
    texts, quotes = styled_quotes
    article = f"{style}/{shape}"
    rows = quotes[quotes.article_id == article]
    assert rows[["quote", "kind", "speaker"]].values.tolist() == \
        [[QUOTE, "direct", "The mayor" if shape == "around" else "the mayor"]], article
    row = rows.iloc[0]
    assert row.quote == texts[article][row.start:row.end]
    assert row.speaker == texts[article][row.speaker_start:row.speaker_end]


def test_english_reference_rows(styled_quotes):
    """The same sentences with “…” give the same rows (the table above asks no more of the
    other styles than English quotes get)."""
    _, quotes = styled_quotes
    for shape in SHAPES:
        rows = quotes[quotes.article_id == f"english/{shape}"]
        assert rows[["quote", "kind", "speaker"]].values.tolist() == \
            [[QUOTE, "direct", "The mayor" if shape == "around" else "the mayor"]]


def test_german_closing_mark_does_not_open_the_next_quote():
    # the closing “ of „…“ once opened a quote that ran into the attribution
    text = ("„We will rebuild the bridge,“ the mayor said. „It will take a year,“ she added, "
            "“and it will cost a lot.”")
    assert quoted(text) == [QUOTE, "It will take a year", "and it will cost a lot."]


def test_german_multi_paragraph_quote_chains():
    text = "„We shall defend our island.\n\n„We shall fight on the beaches,“ he said."
    spans = find_quote_spans(text)
    assert [text[s.start:s.end] for s in spans] == ["We shall defend our island.",
                                                     "We shall fight on the beaches"]
    assert {s.chain for s in spans} == {0}


def test_low_single_marks_and_apostrophes():
    # ‘ inside a word is an apostrophe, not the closing mark of ‚; ‚ between digits is a comma
    assert quoted("It cost 1‚000 euros and ‚we don‘t pay it all‘, she said.") == \
        ["we don‘t pay it all"]
    assert quoted("‚Rock ‘n’ roll will never die,‘ he said.") == ["Rock ‘n’ roll will never die"]
    assert quoted("'Rock 'n' roll will never die,' he said.") == ["Rock 'n' roll will never die"]


def test_nested_cjk_quote_is_one_quote():
    text = "「We will rebuild『the old bridge』by May」, the mayor said."
    assert quoted(text) == ["We will rebuild『the old bridge』by May"]


def test_danish_and_french_guillemets_in_one_paragraph():
    text = "»We will rebuild the bridge,« the mayor said. «We will build a school,» she added."
    assert quoted(text) == [QUOTE, "We will build a school"]


def test_english_conventions_unchanged():
    """Guards (they pass on the old code too): English marks, apostrophes and a French closer
    without its opener stay as they were."""
    assert quoted("“Rock ‘n’ roll,” he said, “is not dead at all.”") == \
        ["Rock ‘n’ roll", "is not dead at all."]
    assert quoted("He loves rock ‘n’ roll and jazz a lot, the officials’ view is it’s fine.") \
        == []
    assert quoted("A stray „ mark. He said “We will go now” and left.") == ["We will go now"]
    assert quoted("He left » and then the rest of the paragraph went on.") == []
    assert quoted("He said ''we will go now'' and left.") == ["we will go now"]
