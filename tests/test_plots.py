"""Charts draw exactly the aggregates they claim (analysis.plots, analysis.summaries)."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from analysis import analyze, load_articles, plots, summaries  # noqa: E402
from analysis.report import save_figure  # noqa: E402

from .conftest import WIKINEWS, need  # noqa: E402


@pytest.fixture(scope="module")
def wiki_corpus(nlp):
    return analyze(load_articles(need(WIKINEWS)), progress=False)


@pytest.fixture(params=["seed", "wikinews"])
def corpus(request, seed_corpus):
    return seed_corpus if request.param == "seed" else request.getfixturevalue("wiki_corpus")


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def bar_widths(ax) -> np.ndarray:
    return np.array([p.get_width() for p in ax.patches if isinstance(p, plt.Rectangle)
                     and p.get_height() > 0 and p.get_width() >= 0 and p.get_y() > -5])


def segments(ax, n_rows: int) -> np.ndarray:
    """Bar widths as a (segments, rows) array, in drawing order."""
    widths = [p.get_width() for p in ax.containers for p in p.patches]
    return np.array(widths).reshape(-1, n_rows)


def test_actor_mentions_stacks_equal_the_table(corpus):
    ax = plots.actor_mentions(corpus, top=10, by="source")
    table = plots.table_of(ax)
    assert table.equals(summaries.top_actors(corpus, top=10, by="source"))
    assert np.array_equal(segments(ax, len(table)), table.T.values)
    # the table itself agrees with the entities
    ents = corpus.entities
    for actor, total in table.sum(axis=1).items():
        assert total == (ents["actor"] == actor).sum()
    assert [t.get_text() for t in ax.get_yticklabels()] == [plots._short(a) for a in table.index]
    assert ax.get_xlabel() == "Mentions" and ax.get_title()


def test_top_speakers_bars_equal_quote_counts(corpus):
    ax = plots.top_speakers(corpus, top=8)
    table = plots.table_of(ax)
    assert np.array_equal(segments(ax, len(table))[0], table["quotes"].values)
    names = summaries.speaker_name(corpus.quotes)
    for row in table.itertuples():
        assert row.quotes == (names == row.speaker).sum()


def test_speaker_type_shares(corpus):
    ax = plots.speaker_types(corpus)
    table = plots.table_of(ax)
    drawn = segments(ax, len(table))
    types = summaries.SPEAKER_TYPE_ORDER
    assert np.allclose(drawn, table[types].T.values)
    counts = corpus.quotes["speaker_type"].value_counts()
    for kind, share in table.loc["All articles", types].items():
        assert share == pytest.approx(counts.get(kind, 0) / len(corpus.quotes))
    assert table.loc["All articles", "quotes"] == len(corpus.quotes)


def test_quote_kinds_and_cue_verbs(corpus):
    ax = plots.quote_kinds(corpus)
    table = plots.table_of(ax)
    assert np.array_equal(segments(ax, 4)[0], table["quotes"].values)
    assert table.set_index("kind")["quotes"].to_dict() == {
        k: int((corpus.quotes["kind"] == k).sum()) for k in summaries.KIND_ORDER}
    ax = plots.cue_verbs(corpus, top=5)
    table = plots.table_of(ax)
    assert np.array_equal(segments(ax, len(table))[0], table["quotes"].values)
    assert table["quotes"].tolist() == corpus.quotes["cue_lemma"].value_counts().head(5).tolist()


def test_mentioned_vs_quoted(corpus):
    ax = plots.mentioned_vs_quoted(corpus, top=10)
    table = plots.table_of(ax)
    drawn = segments(ax, len(table))
    assert np.array_equal(drawn[0], table["mentions"].values)
    assert np.array_equal(drawn[1], table["quotes"].values)
    for row in table.itertuples():
        assert row.quotes == (corpus.quotes["speaker_actor"] == row.actor).sum()


def test_heatmaps_show_the_table(wiki_corpus):
    for ax in (plots.who_speaks_about_whom(wiki_corpus),
               plots.actor_cooccurrence(wiki_corpus, top=8)):
        table = plots.table_of(ax)
        assert not table.empty
        mesh = ax.collections[0]
        assert np.array_equal(np.asarray(mesh.get_array()).reshape(table.shape), table.values)
    co = plots.table_of(plots.actor_cooccurrence(wiki_corpus, top=8))
    ents = wiki_corpus.entities
    a, b = co.index[0], co.index[1]
    both = set(ents[ents.actor == a].article_id) & set(ents[ents.actor == b].article_id)
    assert co.loc[a, b] == len(both)
    who = plots.table_of(plots.who_speaks_about_whom(wiki_corpus))
    speaker, mentioned = who.stack().idxmax()
    quotes = wiki_corpus.quotes[wiki_corpus.quotes.speaker_actor == speaker]
    hits = 0
    for q in quotes.itertuples():
        inside = ents[(ents.article_id == q.article_id) & (ents.start >= q.start)
                      & (ents.end <= q.end)]
        hits += mentioned in set(inside.actor)
    assert who.loc[speaker, mentioned] == hits


def test_mentions_over_time(wiki_corpus):
    ax = plots.mentions_over_time(wiki_corpus, top=3)
    table = plots.table_of(ax)
    assert len(ax.lines) == 3
    for line, column in zip(ax.lines, table.columns):
        assert np.array_equal(line.get_ydata(), table[column].values)
    ents = wiki_corpus.entities
    assert table.sum().to_dict() == {a: int((ents.actor == a).sum()) for a in table.columns}
    assert ax.get_ylabel() == "Mentions per month"


def test_empty_corpus_draws_a_message(seed_corpus):
    empty = seed_corpus.select([])
    for draw in (plots.actor_mentions, plots.top_speakers, plots.speaker_types,
                 plots.quote_kinds, plots.cue_verbs, plots.mentioned_vs_quoted,
                 plots.who_speaks_about_whom, plots.mentions_over_time,
                 plots.actor_cooccurrence):
        ax = draw(empty)
        assert ax.texts and ax.get_title()


def test_given_axes_are_used_and_saved(tmp_path, seed_corpus):
    fig, ax = plt.subplots()
    assert plots.quote_kinds(seed_corpus, ax=ax) is ax
    png = save_figure(ax, "kinds", folder=tmp_path)
    assert png.stat().st_size > 1000
    back = pd.read_csv(tmp_path / "kinds.csv")
    assert back["quotes"].tolist() == plots.table_of(ax)["quotes"].tolist()
    with pytest.raises(ValueError, match="figure name"):
        save_figure(ax, "../escape", folder=tmp_path)
