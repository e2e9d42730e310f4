"""Stage 1: quotation-mark pairing (analysis.engine.quotes.marks), on text alone."""

from __future__ import annotations

import pytest

from analysis import lexicons
from analysis.engine.quotes.marks import find_quote_spans, is_title, sentence_like
from analysis.engine.quotes.types import QuoteSettings


def quoted(text: str, **kw) -> list[str]:
    return [text[s.start:s.end] for s in find_quote_spans(text, **kw)]


@pytest.mark.parametrize("open_mark,close_mark", [('"', '"'), ("\u201c", "\u201d"),
                                                   ("\u2018", "\u2019"), ("'", "'"),
                                                   ("''", "''"), ("\u00ab", "\u00bb")])
def test_every_mark_style_pairs(open_mark, close_mark):
    text = f"{open_mark}The government's plan won't survive the winter,{close_mark} he said."
    assert quoted(text) == ["The government's plan won't survive the winter"]


def test_apostrophes_and_possessives_are_not_marks():
    text = 'He said "one two three" and \u201cfour five six\u201d, it\u2019s \'not a quote.'
    assert quoted(text) == ["one two three", "four five six"]
    assert quoted("The officials\u2019 view was that it\u2019s over, they\u2019ve said.") == []


def test_short_spans_are_titles_or_scare_quotes():
    text = 'He called it "desperate" and "a bad idea" and "a very bad idea indeed".'
    assert quoted(text) == ["a bad idea", "a very bad idea indeed"]
    assert quoted(text, min_words=4) == ["a very bad idea indeed"]


def test_a_quote_left_open_ends_with_its_paragraph():
    text = ('The mayor said "the bridge will reopen in May.\n\nTraffic was diverted.\n\n'
            '"It is a disaster," said Ann Bell.')
    spans = find_quote_spans(text)
    assert [text[s.start:s.end] for s in spans] == ["the bridge will reopen in May.",
                                                     "It is a disaster"]
    assert spans[0].close is None and spans[0].chain is None


def test_a_reopened_quote_chains_paragraphs():
    text = ('"We shall defend our island.\n\n"We shall fight on the beaches.\n\n'
            '"We shall never surrender," he said.')
    spans = find_quote_spans(text)
    assert len(spans) == 3 and {s.chain for s in spans} == {0}


def test_stray_marks_restart_pairing_and_spans_never_overlap():
    text = '\u201cOne two \u201cthree four five\u201d ‘six “seven eight nine” ten’ \u201d'
    spans = find_quote_spans(text)
    assert all(a.outer_end <= b.open for a, b in zip(spans, spans[1:]))
    assert quoted(text)[0] == "three four five"


@pytest.mark.parametrize("quote,title", [
    ("Meet the Press", True), ("Make America Great Again", True), ("Born in the U.S.A.", True),
    ("BUILD THE WALL!", False), ("We will win this", False), ("It is over. We lost.", False),
])
def test_titles(quote, title):
    assert is_title(quote) is title


def test_title_small_words_are_a_lexicon():
    assert not is_title("Songs under the Sea")
    with lexicons.use_lexicons({"title_small_words": ["under"]}):
        assert is_title("Songs under the Sea")


def test_sentence_like():
    assert sentence_like("We will win.") and not sentence_like("the root of all evil")
    assert sentence_like("the root of all evil today")
    assert not sentence_like("the root of all evil today",
                             QuoteSettings(min_unattributed_words=7))
