"""Property-based tests (hypothesis): generated news-like texts with random quotation marks,
speech verbs and names never break the engine or its invariants."""

from __future__ import annotations

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import analyze
from analysis.schema import validate_corpus

NAMES = ["Joe Biden", "Ms Hewitt", "the Pentagon", "A senior official", "he", "she",
         "analysts", "Kirby", "USA and European officials", "Mr Trump", "sources close to him"]
VERBS = ["said", "told reporters", "warned", "insisted", "added", "claimed", "says", "denied"]
MARKS = ['"', "\u201c", "\u201d", "\u2018", "\u2019", "'", "''", "\u00ab", "\u00bb", ""]
WORDS = ["the", "plan", "will", "fail", "we", "are", "confident", "strikes", "Iraq", "talks",
         "never", "a", "signal", "that", "and", "of", "Syria", "tax", "rise", "."]

phrase = st.lists(st.sampled_from(WORDS), min_size=1, max_size=12).map(" ".join)
sentence = st.one_of(
    st.tuples(st.sampled_from(MARKS), phrase, st.sampled_from(MARKS), st.sampled_from(NAMES),
              st.sampled_from(VERBS)).map(lambda t: f"{t[0]}{t[1]},{t[2]} {t[3]} {t[4]}."),
    st.tuples(st.sampled_from(NAMES), st.sampled_from(VERBS), st.sampled_from(MARKS), phrase,
              st.sampled_from(MARKS)).map(lambda t: f"{t[0]} {t[1]}: {t[2]}{t[3]}{t[4]}"),
    st.tuples(phrase, st.sampled_from(NAMES)).map(lambda t: f"{t[0]}, according to {t[1]}."),
    phrase.map(lambda p: p.capitalize() + "."),
)
article = st.lists(st.tuples(sentence, st.sampled_from([" ", "\n\n", " "])), min_size=1,
                   max_size=8).map(lambda parts: "".join(s + sep for s, sep in parts).strip())
FAST = settings(max_examples=40, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


def frame(texts):
    return pd.DataFrame({"article_id": [f"a{i}" for i in range(len(texts))], "text": texts})


@FAST
@given(st.lists(article, min_size=1, max_size=4))
def test_invariants_hold_and_batching_does_not_matter(texts):
    one = analyze(frame(texts), batch_size=1, processes=1)
    validate_corpus(one)  # spans inside the text, text[start:end] exact, no overlapping quotes
    for q in one.quotes.itertuples():
        text = texts[int(q.article_id[1:])]
        assert 0 <= q.start < q.end <= len(text) and text[q.start:q.end] == q.quote
    many = analyze(frame(texts), batch_size=16, processes=1)
    for name in ("entities", "actors", "quotes"):
        pd.testing.assert_frame_equal(getattr(one, name), getattr(many, name))


@settings(max_examples=2, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(article, min_size=20, max_size=24))
def test_process_count_does_not_matter(texts):
    single = analyze(frame(texts), processes=1)
    double = analyze(frame(texts), processes=2)
    for name in ("entities", "actors", "quotes"):
        pd.testing.assert_frame_equal(getattr(single, name), getattr(double, name))


# Long strings of stray and paired quotation marks, cues and names: the inputs that made the
# engine quadratic (or worse) before. Each must extract well inside a budget that the old code
# exceeded by orders of magnitude (a 10 KB paragraph of 'said “' took 292 s); the rules are
# linear in the text (see analysis.engine.syntax), so the budget has a wide margin.
STRESS_PIECES = ['"', "\u201c", "\u201d", "\u2018", "\u2019", "'", "''", "\n\n", "\n",
                 "said", "the minister said", "told reporters", "according to", ",", ":", ".",
                 "Ann Lee", "he", "officials", "and", "that", "the plan", "was", "fine"]
# a random stretch of 40-200 pieces, repeated 10-40 times: 2-40 KB of text
long_text = st.tuples(st.lists(st.sampled_from(STRESS_PIECES), min_size=40, max_size=200),
                      st.integers(10, 40)).map(lambda t: " ".join(t[0] * t[1]))


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(long_text)
def test_long_random_quote_and_cue_strings_extract_within_budget(text):
    from analysis.engine.nlp import load_pipeline
    from analysis.engine.pipeline import apply_components, component_config, news_pipeline
    from analysis.engine.quotes import find_quote_spans
    from analysis.engine.rows import doc_rows, timed_out

    spans = find_quote_spans(text)
    assert all(a.outer_end <= b.open for a, b in zip(spans, spans[1:]))
    # a budget of ~0.5 ms per character (~0.01 today): a timeout leaves the Doc without rows
    news = news_pipeline(None, component_config(time_limit=max(5.0, len(text) / 2_000)))
    doc = apply_components(news, load_pipeline()(text))
    assert not timed_out(doc)
    _, quotes = doc_rows(doc, "x")
    assert all(text[q["start"]:q["end"]] == q["quote"] for q in quotes)
