"""Charts of actors, sources and attribution patterns (matplotlib + seaborn).

Every function takes a :class:`~analysis.corpus.Corpus` (its DataFrames), draws one table from
:mod:`analysis.summaries` on ``ax`` (a new figure sized to the data when ``ax`` is None), labels
everything in plain words and returns the ``Axes``. None calls ``plt.show()``. The table drawn
is available as :func:`table_of(ax) <table_of>` so reports can save it next to the PNG and tests
can check that what is drawn equals the aggregate.

Labels are drawn as text, never as TeX or mathtext: outlet names, titles, actors, roles and cues
are shown exactly as written (``$x^2$``, ``$5 and $10``, ``\\frac`` included), whatever the
``text.usetex`` and ``text.parse_math`` settings, and a legend keeps every entry, also one whose
name starts with ``_`` (see :func:`_done`).

Speaker types, quote kinds, genders and entity labels are named and coloured from their one
table in :mod:`analysis.styles` (``SPEAKER_TYPE_STYLES``, ``KIND_STYLES``, ``GENDER_STYLES``,
``ENTITY_LABEL_STYLES``), the same the article view uses. Outlets, actors and periods (data, not
vocabularies) take seaborn palettes in their order.
"""

from __future__ import annotations

import weakref
from typing import Iterable, Mapping, Sequence

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns

from . import summaries
from .styles import ENTITY_LABEL_STYLES, GENDER_STYLES, KIND_STYLES, SPEAKER_TYPE_STYLES, Style

_TABLES: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def table_of(ax) -> pd.DataFrame:
    """The DataFrame an ``Axes`` from this module was drawn from."""
    return _TABLES[ax]


def _as_text(texts) -> None:
    """Draw these ``Text`` objects as the strings they hold: no TeX, no mathtext (so ``$``,
    ``^``, ``_`` and ``\\`` in an outlet or a name are shown as they are, and never make
    ``savefig`` fail)."""
    for text in texts:
        text.set_usetex(False)
        text.set_parse_math(False)


def _legend(ax, handles, labels, **kwargs):
    """A legend of exactly these entries: a label starting with ``_`` (which
    ``ax.legend()`` would drop as "hidden") is kept."""
    return ax.legend(list(handles), [str(x) for x in labels], **kwargs)


def _plain(ax, *text_axes: str) -> None:
    """Draw every label of ``ax`` that can hold user text as plain text — title, axis labels,
    annotations, the legend and the tick labels of ``text_axes`` (``"x"``, ``"y"``: the axes
    whose ticks are names, not numbers)."""
    texts = [ax.title, ax._left_title, ax._right_title, ax.xaxis.label, ax.yaxis.label,
             *ax.texts]
    legend = ax.get_legend()
    if legend is not None:
        texts += [legend.get_title(), *legend.get_texts()]
    for name in text_axes:
        for tick in getattr(ax, f"{name}axis").get_major_ticks():
            texts += [tick.label1, tick.label2]
    _as_text(texts)


def _done(ax, table: pd.DataFrame, *text_axes: str):
    """Finish a chart: remember its ``table`` and draw its user text as plain text
    (:func:`_plain`)."""
    _plain(ax, *text_axes)
    _TABLES[ax] = table
    return ax


def _short(label: object, width: int = 32) -> str:
    text = " ".join(str(label).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _axes(ax, rows: int = 6, width: float = 8.0):
    if ax is not None:
        return ax
    _, ax = plt.subplots(figsize=(width, max(2.6, 0.36 * rows + 1.4)), layout="constrained")
    return ax


def _empty(ax, table: pd.DataFrame, title: str, message: str):
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes)
    ax.set_title(title)
    ax.set_axis_off()
    return _done(ax, table)


def _hbars(ax, labels: Sequence[str], values, *, left=None, colour=None, label=None,
           height: float = 0.8, offset: float = 0.0):
    y = np.arange(len(labels)) + offset
    return ax.barh(y, values, left=left, color=colour, label=label, height=height)


def _bar_legend(ax, **kwargs):
    """A legend of the bar groups drawn on ``ax`` (every one, in drawing order)."""
    bars = ax.containers
    return _legend(ax, bars, [b.get_label() for b in bars], **kwargs)


def _integer_ticks(axis) -> None:
    """Counts: whole numbers on the axis (no "0.25 mentions" on small corpora)."""
    axis.set_major_locator(plt.matplotlib.ticker.MaxNLocator(integer=True))


def _finish_hbars(ax, labels: Sequence[str], title: str, xlabel: str, *, counts: bool = True):
    if counts:
        _integer_ticks(ax.xaxis)
    ax.set_yticks(np.arange(len(labels)), [_short(x) for x in labels])
    ax.invert_yaxis()
    ax.set_title(title, wrap=True)  # a long title is wrapped, never cut at the figure's edge
    ax.set_xlabel(xlabel)
    ax.set_ylabel("")
    ax.grid(axis="x", alpha=0.3)
    ax.set_axisbelow(True)


def _stacked(ax, table: pd.DataFrame, styles: Mapping[str, Style]) -> None:
    """Horizontal bars of ``table``'s columns named by the vocabulary ``styles`` (one column a
    value), stacked left to right in the vocabulary's order, in its colours and labels."""
    left = np.zeros(len(table))
    for column, style in styles.items():
        values = table[column].values
        _hbars(ax, table.index, values, left=left, colour=style.colour, label=style.label)
        left += values


def _legend_under_bars(ax, rows: int, **kwargs):
    """A legend of the bar groups inside the axes, in a band kept free below the last of
    ``rows`` bars (so it covers no bar and never floats away from its chart, however tall the
    chart is): the figure is laid out once to measure the legend and the axes, and the band
    is made as tall as the legend."""
    legend = _bar_legend(ax, loc="lower center", **kwargs)
    ax.set_ylim(rows - 0.5, -0.6)
    fig = ax.figure
    _plain(ax, "x", "y")  # plain text (no TeX) before the layout measures it
    with plt.rc_context({"text.usetex": False, "text.parse_math": False}):
        fig.draw_without_rendering()  # lay out: the axes' and the legend's final sizes
    renderer = fig.canvas.get_renderer()
    axes_px = max(ax.get_window_extent(renderer).height, 1.0)
    legend_px = legend.get_window_extent(renderer).height + 12  # and a margin above it
    span = rows + 0.1  # the rows shown now, in data units
    free = min(legend_px / axes_px, 0.8)  # the share of the axes the band takes
    ax.set_ylim(rows - 0.5 + span * free / (1 - free), -0.6)  # inverted: first row on top
    return legend


def _stacked_shares(ax, table: pd.DataFrame, styles: Mapping[str, Style], title: str,
                    unit: str = "quotes"):
    """Shares summing to 1 per row, stacked, rows labelled with their count (the column
    ``unit``: "quotes", "sources"); the legend inside the axes, under the bars."""
    _stacked(ax, table, styles)
    rows = [f"{g} ({n} {unit})" for g, n in zip(table.index, table[unit])]
    _finish_hbars(ax, rows, title, f"Share of {unit}", counts=False)
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(plt.matplotlib.ticker.PercentFormatter(1.0))
    _legend_under_bars(ax, len(table), fontsize="small", ncols=4)
    return _done(ax, table, "y")


def _actor_kinds(labels) -> str:
    """"people", "people and organisations", … for the entity labels a chart keeps (each
    label's plain words in :data:`~analysis.styles.ENTITY_LABEL_STYLES`)."""
    if labels is None:
        return "actors"
    words = list(dict.fromkeys(ENTITY_LABEL_STYLES[lab].label if lab in ENTITY_LABEL_STYLES
                               else lab.lower() for lab in labels))
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def actor_mentions(corpus, *, top: int = 15,
                   labels: Iterable[str] | None = summaries.DEFAULT_LABELS,
                   by: str | None = "source", ax=None):
    """Top-``top`` actors by mentions, bars stacked by outlet (``by="source"``), by article
    (``by="article"``) or not stacked (``by=None``); stacked bars have a legend of their
    outlets or articles, also when there is only one."""
    table = summaries.top_actors(corpus, top=top, labels=labels, by=by)
    ax = _axes(ax, len(table))
    title = f"Most mentioned {_actor_kinds(labels)}" + {
        "source": "\n(mentions per outlet)", "article": "\n(mentions per article)"}.get(
        by or "", "")
    if table.empty:
        return _empty(ax, table, title, "No actors found")
    left = np.zeros(len(table))
    colours = sns.color_palette("tab10", table.shape[1])
    for colour, column in zip(colours, table.columns):
        _hbars(ax, table.index, table[column].values, left=left, colour=colour,
               label=_short(column, 28))
        left += table[column].values
    _finish_hbars(ax, table.index, title, "Mentions")
    if by is not None:
        _bar_legend(ax, title={"source": "Outlet", "article": "Article"}.get(by or "", ""),
                    fontsize="small", loc="lower right")
    return _done(ax, table, "y")


def top_speakers(corpus, *, top: int = 15, ax=None, documents: bool = True):
    """Top-``top`` speakers by number of quotes (every quote attributed to them), coloured by
    the speaker type of their actor's final label (:func:`analysis.summaries.top_speakers`:
    a person is drawn as a person); ``documents=False``: without the quotes typed
    ``document``. The table holds the evidence: quotes by name and by pronoun, the speaker
    phrases as written, the gender and its source."""
    table = summaries.top_speakers(corpus, top=top, documents=documents)
    ax = _axes(ax, len(table))
    title = ("Most quoted speakers: every quote attributed to them" if documents
             else "Most quoted speakers: their quotes, documents left out")
    if table.empty:
        return _empty(ax, table, title, "No attributed quotes found")
    colours = [SPEAKER_TYPE_STYLES[t].colour for t in table["speaker_type"]]
    _hbars(ax, table["speaker"], table["quotes"].values, colour=colours)
    _finish_hbars(ax, table["speaker"], title, "Quotes")
    present = [t for t in SPEAKER_TYPE_STYLES if t in set(table["speaker_type"])]
    handles = [plt.Rectangle((0, 0), 1, 1, color=SPEAKER_TYPE_STYLES[t].colour) for t in present]
    _legend(ax, handles, [SPEAKER_TYPE_STYLES[t].label for t in present], title="Speaker type",
            fontsize="small", loc="lower right")
    return _done(ax, table, "y")


def speaker_types(corpus, *, by: str | None = None, ax=None, documents: bool = True):
    """Share of quotes by speaker type, overall (``by=None``) or per outlet (``by="source"``);
    ``documents=False``: shares of the quotes not typed ``document``."""
    table = summaries.speaker_type_share(corpus, by=by, documents=documents)
    ax = _axes(ax, max(len(table), 2))
    title = "Who is quoted: share of quotes by speaker type"
    if table.empty:
        return _empty(ax, table, title, "No quotes found")
    return _stacked_shares(ax, table, SPEAKER_TYPE_STYLES, title)


def quote_kinds(corpus, ax=None, *, documents: bool = True):
    """Number of direct, indirect, mixed and according-to quotes (``documents=False``: without
    the quotes typed ``document``)."""
    table = summaries.quote_kinds(corpus, documents=documents)
    ax = _axes(ax, 4, width=6.5)
    title = "How quotes are reported: direct, indirect, mixed, according to"
    if table["quotes"].sum() == 0:
        return _empty(ax, table, title, "No quotes found")
    labels = [KIND_STYLES[k].label for k in table["kind"]]
    _hbars(ax, labels, table["quotes"].values,
           colour=[KIND_STYLES[k].colour for k in table["kind"]])
    _finish_hbars(ax, labels, title, "Quotes")
    for y, (n, share) in enumerate(zip(table["quotes"], table["share"])):
        ax.annotate(f" {n} ({share:.0%})", (n, y), va="center", fontsize="small")
    ax.set_xlim(0, table["quotes"].max() * 1.25)
    return _done(ax, table, "y")


def cue_verbs(corpus, *, top: int = 12, ax=None):
    """Most used attribution cues ("say", "tell", "according to", "claim"…)."""
    table = summaries.cue_verbs(corpus, top=top)
    ax = _axes(ax, len(table), width=6.5)
    title = "Attribution verbs: quotes per cue"
    if table.empty:
        return _empty(ax, table, title, "No cue verbs found")
    _hbars(ax, table["cue"], table["quotes"].values, colour=sns.color_palette("crest", 1)[0])
    _finish_hbars(ax, table["cue"], title, "Quotes introduced")
    return _done(ax, table, "y")


def mentioned_vs_quoted(corpus, *, top: int = 20, labels=("PERSON", "ORG"), ax=None):
    """For the most mentioned actors, times mentioned next to times quoted."""
    table = summaries.mentioned_vs_quoted(corpus, top=top, labels=labels)
    ax = _axes(ax, len(table))
    title = f"Talked about vs given a voice: the most mentioned {_actor_kinds(labels)}"
    if table.empty:
        return _empty(ax, table, title, "No actors found")
    palette = sns.color_palette("Paired", 2)
    _hbars(ax, table["actor"], table["mentions"].values, colour=palette[0], label="Mentioned",
           height=0.4, offset=-0.2)
    _hbars(ax, table["actor"], table["quotes"].values, colour=palette[1], label="Quoted",
           height=0.4, offset=0.2)
    _finish_hbars(ax, table["actor"], title, "Number of mentions / of quotes")
    _bar_legend(ax, fontsize="small", loc="lower right")
    return _done(ax, table, "y")


def _tick_labels(ax):
    return [t for axis in (ax.xaxis, ax.yaxis) for tick in axis.get_major_ticks()
            for t in (tick.label1, tick.label2)]


def _heatmap(ax, table: pd.DataFrame, title: str, xlabel: str, ylabel: str, cbar_label: str):
    # seaborn draws the figure (to see whether labels overlap) before it returns: the names
    # must be plain text by then, on ticks the axes has and on those seaborn makes
    _as_text(_tick_labels(ax))
    with plt.rc_context({"text.usetex": False, "text.parse_math": False}):
        sns.heatmap(table.rename(index=_short, columns=_short), ax=ax, annot=table.size <= 225,
                    fmt="d", cmap="Blues", linewidths=0.5, cbar_kws={"label": cbar_label})
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.tick_params(axis="x", labelrotation=45)
    for label in ax.get_xticklabels():
        label.set_horizontalalignment("right")
    if ax.collections and getattr(ax.collections[0], "colorbar", None) is not None:
        _integer_ticks(ax.collections[0].colorbar.ax.yaxis)
    return _done(ax, table, "x", "y")


def who_speaks_about_whom(corpus, *, top_speakers: int = 10, top_mentioned: int = 10, ax=None):
    """Heatmap: speakers (rows) × actors they mention inside their quotes (columns)."""
    table = summaries.who_speaks_about_whom(corpus, top_speakers=top_speakers,
                                            top_mentioned=top_mentioned)
    if ax is None:
        _, ax = plt.subplots(figsize=(9, max(3.5, 0.45 * len(table) + 2.5)), layout="constrained")
    title = "Who speaks about whom: actors mentioned in each speaker's quotes"
    if table.empty:
        return _empty(ax, table, title, "No named speaker mentions another actor in a quote")
    return _heatmap(ax, table, title, "Actor mentioned in the quote", "Speaker",
                    "Quotes mentioning the actor")


def actor_cooccurrence(corpus, *, top: int = 12, ax=None):
    """Heatmap: number of articles mentioning both actors."""
    table = summaries.actor_cooccurrence(corpus, top=top)
    if ax is None:
        _, ax = plt.subplots(figsize=(9, max(3.5, 0.45 * len(table) + 2.5)), layout="constrained")
    title = "Actors mentioned in the same articles (number of articles)"
    if table.empty:
        return _empty(ax, table, title, "No actors found")
    return _heatmap(ax, table, title, "", "", "Articles mentioning both")


def mentions_over_time(corpus, *, actors: Sequence[str] | None = None, top: int = 5,
                       freq: str | None = None, ax=None):
    """Mentions of chosen actors (default: the ``top`` most mentioned) per publication period.

    A period without any article is a gap in the lines (no point), not a zero: nothing was
    published that could mention anyone; it is shaded, with a legend entry, and the x label
    says so."""
    table = summaries.mentions_over_time(corpus, actors=actors, top=top, freq=freq)
    ax = _axes(ax, 8, width=9)
    title = "Mentions over time of " + (
        "the chosen actors" if actors is not None else f"the {top} most mentioned actors")
    if table.empty or len(table.index) == 0:
        return _empty(ax, table, title, "No dated articles")
    palette = sns.color_palette("tab10", table.shape[1])
    lines = []
    for colour, column in zip(palette, table.columns):
        values = table[column].astype("float64").to_numpy(na_value=np.nan)  # NA: a gap
        lines += ax.plot(table.index, values, marker="o", markersize=6 if len(table) < 40 else 3,
                         color=colour, label=_short(column, 28))
    ax.set_title(title)
    step = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year"}.get(
        str(table.attrs.get("freq", ""))[:1], "period")
    empty = table.isna().all(axis=1).to_numpy()
    gaps = bool(empty.any())
    ax.set_xlabel("Publication date" + (f" (gaps: no article that {step})" if gaps else ""))
    ax.set_ylabel(f"Mentions per {step}")
    _integer_ticks(ax.yaxis)
    ax.grid(alpha=0.3)
    handles, names = list(lines), [line.get_label() for line in lines]
    for i in np.flatnonzero(empty):  # a period without articles: shaded between neighbours
        span = ax.axvspan(table.index[i - 1] if i else table.index[i],
                          table.index[i + 1] if i + 1 < len(table) else table.index[i],
                          color="0.92", linewidth=0, zorder=0)
    if gaps:
        handles.append(span)
        names.append(f"no article that {step}")
    _legend(ax, handles, names, fontsize="small")
    ax.figure.autofmt_xdate()
    return _done(ax, table)


def gender_share(corpus, *, by: str | None = None, weight: str = "sources", ax=None,
                 audit=None, directory=None, missing_audit: str = "raise"):
    """Share of the people quoted by gender, overall (``by=None``), per outlet
    (``by="source"``) or per month (``by="month"``): by default each person quoted counts once
    per article (``weight="sources"``); ``weight="quotes"`` weighs people by their quotes
    (:func:`analysis.summaries.gender_share`). The title says which.

    ``audit``: the name of an audit of sources (or its rows; in ``directory``, default
    ``data/audit/``): each bar then gets a black mark at the women's share corrected by the
    audit and its 95% interval (:func:`analysis.audit.estimate.share_intervals`, the audit's
    error rates applied to each row), and the table drawn gains the columns
    ``female_corrected``, ``female_low``, ``female_high``. Only with ``weight="sources"``.
    An audit that cannot give the bars (:func:`analysis.audit.not_ready`: it does not exist,
    has no source items, or none is judged with a gender answer) raises FileNotFoundError or
    ValueError; with ``missing_audit="say"`` (what notebook 03 passes) the chart is drawn
    without bars and one line says why ("No error bars: …")."""
    if missing_audit not in ("raise", "say"):
        raise ValueError(f"missing_audit={missing_audit!r}: expected 'raise' or 'say'")
    if audit is not None and weight != "sources":
        raise ValueError("audit= corrects the sources (people quoted per article): use "
                         "weight='sources'")
    if audit is not None and missing_audit == "say":
        from .audit.estimate import not_ready

        reason = not_ready(audit, directory)
        if reason is not None:
            print(f"No error bars: {reason}")
            audit = None
    table = summaries.gender_share(corpus, by=by, weight=weight)
    ax = _axes(ax, max(len(table), 2))
    if audit is not None and not table.empty:
        from .audit.estimate import error_bars

        table = error_bars(ax, table, audit, directory)
    if weight == "sources":
        title = "Whose voices are heard: people quoted per article, by gender"
        empty = "No named people quoted"
    else:
        title = "Whose voices are heard: quotes of people, by gender"
        empty = "No quotes of people found"
    if table.empty:
        return _empty(ax, table, title, empty)
    return _stacked_shares(ax, table, GENDER_STYLES, title, unit=weight)


def top_speakers_by_gender(corpus, *, top: int = 10, ax=None):
    """The most quoted women and the most quoted men, side by side (women to the left, their
    names on the left axis; men to the right, names on the right axis). Counts their quotes
    as a named person (:func:`analysis.summaries.top_speakers_by_gender`: a document issued
    by them is not counted, unlike :func:`top_speakers`); the axis runs to a little more than
    the largest bar."""
    table = summaries.top_speakers_by_gender(corpus, top=top)
    ax = _axes(ax, len(table), width=10.0)
    title = "Most quoted women and men: quotes of them as a named person"
    if table.empty:
        return _empty(ax, table, title, "No quotes of people with a known gender")
    y = np.arange(len(table))
    women, men = GENDER_STYLES["female"], GENDER_STYLES["male"]
    ax.barh(y, -table["female_quotes"].values, color=women.colour, label=women.label)
    ax.barh(y, table["male_quotes"].values, color=men.colour, label=men.label)

    def names(gender: str) -> list[str]:
        return [f"{_short(n, 26)} ({q} quote{'s' if q != 1 else ''})" if isinstance(n, str)
                else ""
                for n, q in zip(table[gender], table[f"{gender}_quotes"])]

    most = max(int(table["female_quotes"].max()), int(table["male_quotes"].max()), 1)
    ax.set_xlim(-most * 1.08, most * 1.08)
    ax.axvline(0, color="black", linewidth=0.8)
    ax.set_yticks(y, names("female"))
    ax.set_ylim(len(table) - 0.5, -0.5)  # first rank on top
    right = ax.secondary_yaxis("right")
    right.set_yticks(y, names("male"))
    _as_text([t for tick in right.yaxis.get_major_ticks() for t in (tick.label1, tick.label2)])
    ax.xaxis.set_major_locator(plt.matplotlib.ticker.MaxNLocator(integer=True))
    ax.xaxis.set_major_formatter(plt.matplotlib.ticker.FuncFormatter(
        lambda v, _: f"{abs(int(v))}"))
    ax.set_xlabel("Quotes")
    ax.set_title(title)
    _bar_legend(ax, fontsize="small", loc="best")  # where it covers the fewest bars
    return _done(ax, table, "y")


def gender_by_role(corpus, *, by: str = "speaker_role", top: int = 10, ax=None):
    """Quotes by speaker gender per role of named people (``by="speaker_role"``, roles
    normalised by :func:`analysis.summaries.role_names`: "united states president" is a
    "president") or per speaker type (``by="speaker_type"``), stacked counts. With quotes but
    none with a role, the chart says "N quotes of people, none with a role"."""
    table = summaries.gender_by_role(corpus, by=by, top=top)
    ax = _axes(ax, len(table))
    title = ("Gender by role of the named people quoted" if by == "speaker_role"
             else "Gender by speaker type")
    if table.empty:
        quotes = table.attrs.get("quotes", 0)
        message = ("No quotes found" if not quotes else
                   f"{quotes} quote{'s' if quotes != 1 else ''} of people, none with a role")
        return _empty(ax, table, title, message)
    _stacked(ax, table, GENDER_STYLES)
    labels = [SPEAKER_TYPE_STYLES[g].label if by == "speaker_type" and g in SPEAKER_TYPE_STYLES
              else g for g in table.index]
    _finish_hbars(ax, labels, title, "Quotes")
    _bar_legend(ax, fontsize="small", loc="lower right")
    return _done(ax, table, "y")
