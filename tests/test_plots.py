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
                 plots.actor_cooccurrence, plots.gender_share, plots.top_speakers_by_gender,
                 plots.gender_by_role):
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


def test_gender_share_bars_equal_the_quote_counts(corpus):
    for by in (None, "source", "month"):
        ax = plots.gender_share(corpus, by=by, weight="quotes")
        table = plots.table_of(ax)
        assert table.equals(summaries.gender_share(corpus, by=by, weight="quotes"))
        if table.empty:
            continue
        assert np.allclose(segments(ax, len(table)), table[summaries.GENDER_ORDER].T.values)
        assert np.allclose(table[summaries.GENDER_ORDER].sum(axis=1), 1.0)
    people = corpus.quotes[corpus.quotes.speaker_type == "person"]
    overall = summaries.gender_share(corpus, weight="quotes")
    assert overall["quotes"].iat[0] == len(people)
    assert overall["female"].iat[0] == pytest.approx((people.speaker_gender == "female").mean())


def test_top_women_and_men_side_by_side(corpus):
    ax = plots.top_speakers_by_gender(corpus, top=5)
    table = plots.table_of(ax)
    assert table.equals(summaries.top_speakers_by_gender(corpus, top=5))
    q = corpus.quotes
    for gender in ("female", "male"):
        for name, n in zip(table[gender], table[f"{gender}_quotes"]):
            if name is not None:
                assert n == ((q.speaker_actor == name) & (q.speaker_gender == gender)).sum()
                assert corpus.actors.set_index("actor").at[name, "gender"] == gender
    widths = sorted(abs(p.get_width()) for p in ax.patches if p.get_width() != 0)
    assert widths == sorted([*table.female_quotes[table.female_quotes > 0],
                             *table.male_quotes[table.male_quotes > 0]])


def test_gender_by_role_and_type(corpus):
    for by in ("speaker_role", "speaker_type"):
        ax = plots.gender_by_role(corpus, by=by)
        table = plots.table_of(ax)
        assert table.equals(summaries.gender_by_role(corpus, by=by))
    by_type = summaries.gender_by_role(corpus, by="speaker_type")
    not_people = by_type.drop(index="person", errors="ignore")
    assert (not_people[["female", "male"]] == 0).all().all()  # no gender but for people
    assert by_type["quotes"].sum() == len(corpus.quotes)


# what each Wikinews chart shows: no generic noun, document, event, adjective or fragment among
# the top 20, no person twice under two spellings
NOT_ACTORS = {"police", "officials", "reports", "statement", "they", "Brexit", "Turkish",
              "British", "Democratic", "Republican", "UTC", "COVID-19", "AIS", "Senate",
              "Parliament", "Congress", "House"}


def test_wikinews_charts_show_actors_only(wiki_corpus):
    from analysis.engine.names import fold

    speakers = list(summaries.top_speakers(wiki_corpus, top=20)["speaker"])
    people = list(summaries.top_actors(wiki_corpus, top=20, labels=("PERSON",), by=None).index)
    actors = list(summaries.top_actors(wiki_corpus, top=20, by=None).index)
    for shown in (speakers, people, actors):
        assert not set(shown) & NOT_ACTORS, set(shown) & NOT_ACTORS
        assert all(s[:1].isupper() for s in shown), shown  # names as written, not lower-cased
    assert "Twitter" not in people  # a company (the alias table's ORG), not a person
    assert "Recep Tayyip Erdoğan" in people and "Erdogan" not in people
    assert "Ricardo Rosselló Nevares" in people and "Rosselló" not in people
    labels = wiki_corpus.actors.set_index("actor")["label"]
    named = wiki_corpus.actors[wiki_corpus.actors.label == "PERSON"]["actor"]
    surnames = {}
    for name in named:  # one person, one spelling: no two top people share a folded name
        surnames.setdefault(fold(name), []).append(name)
    assert all(len(v) == 1 for v in surnames.values())
    assert all(labels[p] == "PERSON" for p in people)
    who = summaries.who_speaks_about_whom(wiki_corpus)
    assert all(s not in who.columns or who.at[s, s] == 0 for s in who.index)


def _whole(ticks) -> bool:
    return all(float(t).is_integer() for t in ticks)


# chart, the words its title must hold, the axis holding counts ("x", "y" or None for shares)
CHART_TITLES = [
    (lambda c: plots.actor_mentions(c, labels=("PERSON",), by=None), "Most mentioned people", "x"),
    (lambda c: plots.actor_mentions(c, by="source"), "mentions per outlet", "x"),
    (lambda c: plots.top_speakers(c), "Most quoted speakers", "x"),
    (lambda c: plots.speaker_types(c), "share of quotes by speaker type", None),
    (lambda c: plots.quote_kinds(c), "direct, indirect", "x"),
    (lambda c: plots.cue_verbs(c), "Attribution verbs", "x"),
    (lambda c: plots.mentioned_vs_quoted(c), "Talked about vs given a voice", "x"),
    (lambda c: plots.mentions_over_time(c), "Mentions over time", "y"),
    (lambda c: plots.gender_share(c), "by gender", None),
    (lambda c: plots.top_speakers_by_gender(c), "women and men", "x"),
    (lambda c: plots.gender_by_role(c), "Gender by role", "x"),
]


@pytest.mark.parametrize("draw,words,count_axis", CHART_TITLES,
                         ids=[w for _, w, _ in CHART_TITLES])
def test_titles_say_what_is_drawn_and_counts_are_whole(seed_corpus, draw, words, count_axis):
    ax = draw(seed_corpus)  # one article: the corpus where fractional ticks used to show
    assert words in ax.get_title()
    if count_axis is not None and ax.axison:
        axis = ax.xaxis if count_axis == "x" else ax.yaxis
        ticks = [t for t in axis.get_majorticklocs()
                 if axis.get_view_interval().min() <= t <= axis.get_view_interval().max()]
        assert ticks and _whole(ticks), (words, ticks)
        label = ax.get_xlabel() if count_axis == "x" else ax.get_ylabel()
        assert label and label != "Times"


def test_heatmap_colour_bars_count_in_whole_numbers(wiki_corpus):
    ax = plots.actor_cooccurrence(wiki_corpus, top=6)
    bar = ax.collections[0].colorbar
    assert _whole(bar.ax.yaxis.get_majorticklocs())
