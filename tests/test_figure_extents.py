"""Every chart keeps its text inside its figure: with long actor, outlet and role names and
four-digit counts, each drawn tick label, axis label, title and legend lies within the figure
(matplotlib's renderer extents, at the notebook's and the saved PNG's resolution), so neither a
notebook nor a saved chart crops its axis labels."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402

from analysis import plots  # noqa: E402

from .test_chart_details import day, make_corpus  # noqa: E402

#: 32 characters (the widest tick label a chart writes in full), longer ones (cut to 32),
#: accents and a short one
NAMES = ["Maximilian Alexander Habsburg-Lo", "Ricardo Antonio Rosselló Nevares Junior",
         "Gloria Laura Morgan Vanderbilt Whitney", "Recep Tayyip Erdoğan", "Bo",
         "Wolfgang Amadeus Mozart Beethoven Bach", "Anna", "Jean-Baptiste Poquelin Molière"]
OUTLETS = ["The International Herald Tribune Weekly Review", "BBC",
           "Agence France-Presse English Wire Service"]
GENDERS = ["female", "male", "unknown"]
TYPES = ["person", "organization", "anonymous", "group"]


@pytest.fixture(scope="module")
def corpus():
    """Many mentions and quotes (four-digit counts) of long-named actors with long roles in
    long-named outlets over two years."""
    articles = [{"article_id": f"a{k}", "source": OUTLETS[k % 3], "title": f"Title {k}",
                 "published": day(f"20{19 + k % 2}-{1 + k % 12:02d}-10")} for k in range(24)]
    entities, quotes = [], []
    for rank, name in enumerate(NAMES):
        for k in range(24):
            entities += [{"article_id": f"a{k}", "label": "PERSON", "actor": name}] * (
                6 * (len(NAMES) - rank))
            quotes += [{"article_id": f"a{k}", "speaker": name, "speaker_actor": name,
                        "speaker_type": TYPES[rank % 4], "cue": f"acknowledged{rank}",
                        "cue_lemma": f"acknowledge{rank}",
                        "speaker_role": f"deputy assistant undersecretary of state {rank}",
                        "speaker_gender": GENDERS[rank % 3]}] * (len(NAMES) - rank)
    actors = [{"actor": n, "label": "PERSON", "gender": GENDERS[r % 3],
               "mentions": 144 * (len(NAMES) - r), "articles": 24} for r, n in enumerate(NAMES)]
    return make_corpus(articles, entities, quotes, actors)


CHARTS = {
    "actor_mentions": lambda c: plots.actor_mentions(c, top=15, labels=["PERSON"], by=None),
    "actor_mentions by outlet": lambda c: plots.actor_mentions(c, top=15, by="source"),
    "actor_mentions by article": lambda c: plots.actor_mentions(c, top=15, by="article"),
    "top_speakers": lambda c: plots.top_speakers(c, top=15),
    "speaker_types by outlet": lambda c: plots.speaker_types(c, by="source"),
    "quote_kinds": plots.quote_kinds,
    "cue_verbs": plots.cue_verbs,
    "mentioned_vs_quoted": lambda c: plots.mentioned_vs_quoted(c, top=15, labels=["PERSON"]),
    "who_speaks_about_whom": plots.who_speaks_about_whom,
    "actor_cooccurrence": plots.actor_cooccurrence,
    "mentions_over_time": plots.mentions_over_time,
    "gender_share by outlet": lambda c: plots.gender_share(c, by="source", weight="quotes"),
    "gender_share by month": lambda c: plots.gender_share(c, by="month", weight="quotes"),
    "top_speakers_by_gender": plots.top_speakers_by_gender,
    "gender_by_role": plots.gender_by_role,
}


def drawn_texts(ax) -> list:
    """The texts of ``ax`` a renderer draws: title, axis labels, legend, and the tick labels of
    the ticks inside the view (a locator's ticks beyond the limits are not drawn)."""
    texts = [ax.title, ax._left_title, ax._right_title, ax.xaxis.label, ax.yaxis.label,
             *ax.texts]
    legend = ax.get_legend()
    if legend is not None:
        texts += [legend.get_title(), *legend.get_texts()]
    for axis, (low, high) in ((ax.xaxis, ax.get_xlim()), (ax.yaxis, ax.get_ylim())):
        low, high = sorted((low, high))
        span = (high - low) * 1e-9
        for tick in axis.get_major_ticks():
            if low - span <= tick.get_loc() <= high + span:
                texts += [t for t in (tick.label1, tick.label2) if t.get_visible()]
    return [t for t in texts if t.get_visible() and t.get_text().strip()]


def outside(figure) -> list[tuple[str, tuple]]:
    """The drawn texts of every axes of ``figure`` (colour bars too) whose extent leaves the
    figure (half a pixel of rounding allowed): ``(text, bounds)``."""
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    box = figure.bbox
    out = []
    for ax in figure.axes:
        for text in drawn_texts(ax):
            b = text.get_window_extent(renderer)
            if b.x0 < box.x0 - .5 or b.y0 < box.y0 - .5 or b.x1 > box.x1 + .5 \
                    or b.y1 > box.y1 + .5:
                out.append((text.get_text(), tuple(round(v) for v in b.bounds)))
    return out


@pytest.mark.parametrize("chart", sorted(CHARTS))
@pytest.mark.parametrize("dpi", [100, 110])  # the notebook's inline figure, a saved PNG
def test_every_label_lies_inside_the_figure(corpus, chart, dpi):
    ax = CHARTS[chart](corpus)
    try:
        assert not plots.table_of(ax).empty  # something was drawn
        ax.figure.set_dpi(dpi)
        assert outside(ax.figure) == []
    finally:
        plt.close(ax.figure)


def test_the_check_sees_a_cropped_label():
    """The check itself: tick labels pushed past the figure's left and bottom edges are
    found (every one drawn), and none once the layout makes room for them."""
    figure, ax = plt.subplots(figsize=(4, 3))  # no constrained layout
    ax.barh([0, 1], [10000, 20000])
    ax.set_yticks([0, 1], NAMES[:2])
    figure.subplots_adjust(left=0.02, bottom=0.0)
    try:
        found = dict(outside(figure))
        assert set(found) == {*NAMES[:2], "0", "5000", "10000", "15000", "20000"}
        figure.set_layout_engine("constrained")
        assert outside(figure) == []
    finally:
        plt.close(figure)
