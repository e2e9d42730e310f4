"""Issue 22, outputs: charts draw user text as text (no TeX, no mathtext, every legend entry
kept) and every CSV the package writes is safe to open in a spreadsheet (no formula injection).

The charts are drawn from a small corpus built here from the schema's tables (no spaCy model):
its outlets, titles, actors, roles and cues are strings that matplotlib would read as mathtext
(``$x^2$``, ``$5 and $10``, ``$\\frac{a}$``), as a hidden legend entry (``_hidden``) or as a
spreadsheet formula (``=1+2``, ``@SUM(A1)``, ``-3``).
"""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import re  # noqa: E402

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.text import Text  # noqa: E402

from analysis import plots  # noqa: E402
from analysis.corpus import Corpus  # noqa: E402
from analysis.report import save_figure  # noqa: E402
from analysis.schema import ACTORS, ARTICLES, ENTITIES, QUOTES  # noqa: E402

# all short enough to be drawn whole (no "…"), single-spaced
OUTLETS = ["$x^2$", "$5 and $10", "_hidden", "\\frac", "$\\frac{a}$", "=1+2"]
TITLES = ["Costs $5 and $10", "$\\alpha$ rises", "_leaked", "a_b^c \\n", "@SUM(A1)", "-3"]
ACTOR_NAMES = ["$Ann$ Lee", "_Bob", "Cy $5 and $6", "\\frac Dee", "$\\frac{e}$", "=Eve"]
ROLES = ["$x^2$ chair", "_minister", "\\frac", "$5 and $10", "$\\sqrt$", "+aide"]
CUES = ["$say$", "_tell", "\\frac", "$5 and $10", "$\\frac{}$", "@add"]
USER_TEXT = OUTLETS + TITLES + ACTOR_NAMES + ROLES + CUES


def nasty_corpus() -> Corpus:
    """Six articles, one per outlet; article i mentions actors 0..i (inside its one quote,
    spoken by actor i: women and men alternate)."""
    articles, entities, quotes, actors = [], [], [], []
    n = len(OUTLETS)
    for i in range(n):
        aid = f"a{i}"
        articles.append({"article_id": aid, "title": TITLES[i], "source": OUTLETS[i],
                         "published": pd.Timestamp("2021-01-01", tz="UTC") + pd.Timedelta(days=i),
                         "text": "x" * 200, "path": f"{aid}.txt"})
        for k in range(i + 1):
            entities.append({"article_id": aid, "entity_id": f"{aid}-e{k}",
                             "text": ACTOR_NAMES[k], "label": "PERSON", "start": 10 * k + 5,
                             "end": 10 * k + 9, "sentence_id": 0, "paragraph_id": 0,
                             "actor": ACTOR_NAMES[k]})
        quotes.append({"article_id": aid, "quote_id": f"{aid}-q0", "quote": "x", "start": 0,
                       "end": 150, "kind": ["direct", "indirect", "mixed"][i % 3],
                       "cue": CUES[i], "cue_lemma": CUES[i], "speaker": ACTOR_NAMES[i],
                       "speaker_type": "person", "speaker_actor": ACTOR_NAMES[i],
                       "speaker_role": ROLES[i], "sentence_id": 0, "paragraph_id": 0,
                       "speaker_gender": "female" if i % 2 == 0 else "male"})
    for k, name in enumerate(ACTOR_NAMES):
        actors.append({"actor": name, "label": "PERSON", "mentions": n - k, "articles": n - k,
                       "gender": "female" if k % 2 == 0 else "male"})
    return Corpus(ARTICLES.frame(articles), ENTITIES.frame(entities), ACTORS.frame(actors),
                  QUOTES.frame(quotes))


@pytest.fixture(scope="module")
def corpus():
    return nasty_corpus()


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def drawn(text: Text) -> str:
    """What matplotlib puts on the image for ``text``: the string after its mathtext/TeX
    preprocessing (raises for a string it cannot parse as math)."""
    s, math = text._preprocess_math(text.get_text())
    assert math is False and not text.get_usetex(), f"{text.get_text()!r} drawn as math/TeX"
    return s


def shown(ax) -> set[str]:
    """Every string drawn on ``ax`` (titles, ticks, legend, annotations), stripped, with a
    row's " (N quotes)" suffix removed."""
    return {re.sub(r" \(\d+ quotes\)$", "", drawn(t).strip())
            for t in ax.figure.findobj(Text) if t.get_visible() and t.get_text()}


def legend_entries(ax) -> list[str]:
    legend = ax.get_legend()
    return [] if legend is None else [drawn(t) for t in legend.get_texts()]


# chart, the user strings it must show as they are, whether these are its legend's entries
CHARTS = [
    ("actors-by-outlet", lambda c: plots.actor_mentions(c, by="source"), ACTOR_NAMES, OUTLETS),
    ("actors-by-article", lambda c: plots.actor_mentions(c, by="article"), ACTOR_NAMES, TITLES),
    ("people", lambda c: plots.actor_mentions(c, labels=("PERSON",), by=None), ACTOR_NAMES,
     None),
    ("top-speakers", lambda c: plots.top_speakers(c), ACTOR_NAMES, None),
    ("types-by-outlet", lambda c: plots.speaker_types(c, by="source"), OUTLETS, None),
    ("quote-kinds", lambda c: plots.quote_kinds(c), [], None),
    ("cue-verbs", lambda c: plots.cue_verbs(c), CUES, None),
    ("mentioned-vs-quoted", lambda c: plots.mentioned_vs_quoted(c), ACTOR_NAMES, None),
    ("who-about-whom", lambda c: plots.who_speaks_about_whom(c), ACTOR_NAMES, None),
    ("cooccurrence", lambda c: plots.actor_cooccurrence(c), ACTOR_NAMES, None),
    ("over-time", lambda c: plots.mentions_over_time(c, top=6), ACTOR_NAMES, ACTOR_NAMES),
    ("gender-by-outlet", lambda c: plots.gender_share(c, by="source"), OUTLETS, None),
    ("gender-by-month", lambda c: plots.gender_share(c, by="month"), [], None),
    ("women-and-men", lambda c: plots.top_speakers_by_gender(c), ACTOR_NAMES, None),
    ("gender-by-role", lambda c: plots.gender_by_role(c, by="speaker_role"), ROLES, None),
    ("gender-by-type", lambda c: plots.gender_by_role(c, by="speaker_type"), [], None),
]


@pytest.mark.parametrize("name,draw,expected,legend", CHARTS, ids=[c[0] for c in CHARTS])
def test_user_text_is_drawn_as_text_and_saved(tmp_path, corpus, name, draw, expected, legend):
    ax = draw(corpus)
    png = save_figure(ax, name, folder=tmp_path)  # mathtext raised here on "$\frac{a}$"
    assert png.stat().st_size > 1000
    on_chart = shown(ax)  # after the draw: what the PNG holds
    assert set(expected) <= on_chart, set(expected) - on_chart
    for text in ax.figure.findobj(Text):
        if any(s in text.get_text() for s in USER_TEXT):
            assert drawn(text) == text.get_text()  # shown as the raw string, no escape
    if legend is not None:  # every outlet / title / actor has its entry, "_hidden" too
        assert sorted(legend_entries(ax)) == sorted(legend)


def test_outlets_stay_in_the_legend_and_the_table(corpus):
    ax = plots.actor_mentions(corpus, by="source")
    assert legend_entries(ax) == list(plots.table_of(ax).columns)
    assert "_hidden" in legend_entries(ax)
    # one segment per outlet, each with its legend handle
    assert len(ax.get_legend().legend_handles) == len(OUTLETS)


def test_labels_are_text_even_when_tex_is_on(corpus):
    """``text.usetex`` set by the user (or a style) does not send names to TeX."""
    with plt.rc_context({"text.usetex": True, "text.parse_math": True}):
        for _, draw, expected, _legend in CHARTS:
            ax = draw(corpus)
            texts = [t for t in ax.figure.findobj(Text)
                     if any(s in t.get_text() for s in USER_TEXT)]
            assert texts or not expected
            for text in texts:
                assert not text.get_usetex() and drawn(text) == text.get_text()
            plt.close(ax.figure)


def test_given_axes_with_ticks_draw_names_as_text(tmp_path, corpus):
    """A chart drawn on the user's own ``Axes``, whose ticks were made and drawn before (as
    mathtext-capable text), shows names as text: bars and the seaborn heatmap."""
    for i, draw in enumerate((plots.top_speakers, plots.actor_cooccurrence)):
        fig, ax = plt.subplots(figsize=(8, 5))
        fig.canvas.draw()  # the axes' tick labels exist now
        assert draw(corpus, ax=ax) is ax
        save_figure(ax, f"given-{i}", folder=tmp_path)
        assert set(ACTOR_NAMES) <= shown(ax)
