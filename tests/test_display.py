"""The highlighted article view escapes everything (analysis.display)."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from analysis import analyze, show_article


def test_hostile_text_is_shown_literally():
    text = ('<script>alert(1)</script> "We will <b>never</b> give up on this town," said '
            'Mayor Ann <img src=x onerror=alert(2)> Bell.')
    frame = pd.DataFrame({"article_id": ["x"], "text": [text],
                          "title": ["<script>alert('title')</script>"]})
    corpus = analyze(frame)
    markup = show_article(corpus, "x").data
    assert "<script>" not in markup and "<img" not in markup and "<b>never" not in markup
    # the view's own tags (a quote's highlight may start inside the escaped text) set aside,
    # the article's text reads literally
    shown = re.sub(r'<span class="aq-tag"[^>]*>[^<]*</span>|<sup>[^<]*</sup>', "", markup)
    shown = re.sub(r"<[^>]*>", "", shown)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in shown
    assert "&lt;img src=x onerror=alert(2)&gt;" in shown
    assert "&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;" in markup


def test_seed_view_marks_entities_and_quotes(seed_corpus):
    article_id = seed_corpus.articles.article_id[0]
    markup = show_article(seed_corpus, article_id).data
    assert markup.count('class="aq-quote"') >= len(seed_corpus.quotes)
    assert "McCaul · person · said" in markup
    assert "PERSON" in markup and "U.S. conducts airstrikes" in markup
    with pytest.raises(KeyError, match="not in this corpus"):
        show_article(seed_corpus, "nope")
