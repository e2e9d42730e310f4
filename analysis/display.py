"""The highlighted article view (in the spirit of spaCy's displaCy), for JupyterLab.

:func:`show_article` returns an ``IPython.display.HTML`` object: entity mentions are coloured
by label, quotes are shaded and tagged with their speaker, speaker type and cue, and speaker
phrases are underlined. Every piece of article text, title and speaker name is HTML-escaped.

Entity labels, quote kinds and speaker types take their colours from their one table in
:mod:`analysis.styles` (``ENTITY_LABEL_STYLES``, ``KIND_STYLES``, ``SPEAKER_TYPE_STYLES``), the
same the charts use. An entity label outside the vocabulary (a model of other labels) is
shown in the pale colour of numbers and dates; a kind or speaker type outside it in the grey of
the speaker type ``unknown``.

Readable in any notebook theme: the view sets its own page and text colours (black on white),
every coloured label is written in black or white, whichever contrasts more with its colour
(:func:`analysis.palette.text_colour`: at least 4.5:1, WCAG 2 AA), and a colour legend above
the text names each entity label, quote kind and speaker type the article shows.
"""

from __future__ import annotations

import html

import pandas as pd

from .palette import text_colour
from .styles import ENTITY_LABEL_STYLES, KIND_STYLES, SPEAKER_TYPE_STYLES

_UNKNOWN = SPEAKER_TYPE_STYLES["unknown"].colour
_OTHER_LABEL = ENTITY_LABEL_STYLES["CARDINAL"].colour


def _colour(styles, value, default: str = _UNKNOWN) -> str:
    """The colour of ``value`` in a vocabulary's style table (``default`` if absent)."""
    style = styles.get(value) if isinstance(value, str) else None
    return style.colour if style is not None else default

#: the view's own colours (every text colour on every background reaches 4.5:1)
PAGE, TEXT, META_TEXT, QUOTE_BACKGROUND = "#ffffff", "#000000", "#555555", "#fff5c2"

_STYLE = f"""<style>
.aq-article{{font-family:system-ui,sans-serif;line-height:2.1;max-width:52em;
white-space:pre-wrap;background:{PAGE};color:{TEXT};padding:0.5em}}
.aq-article h3{{line-height:1.3;white-space:normal;color:{TEXT}}}
.aq-ent{{padding:0.1em 0.25em;border-radius:0.3em}}
.aq-ent sup{{font-size:0.6em;font-weight:bold;margin-left:0.2em}}
.aq-quote{{background:{QUOTE_BACKGROUND};color:{TEXT};border-bottom:2px solid #e0b800}}
.aq-tag{{font-size:0.8em;border-radius:0.3em;padding:0.05em 0.35em;margin:0 0.2em;
white-space:nowrap}}
.aq-speaker{{text-decoration:underline;text-decoration-thickness:2px}}
.aq-meta{{color:{META_TEXT};font-size:0.9em;white-space:normal}}
.aq-legend{{white-space:normal;line-height:2.2;font-size:0.9em;margin:0.3em 0 0.8em 0}}
.aq-legend b{{margin-right:0.3em}}
.aq-legend span{{white-space:nowrap}}
</style>"""


def _painted(background: str) -> str:
    """The inline style of a coloured label: its background and the text colour that
    contrasts more with it."""
    return f"background:{background};color:{text_colour(background)}"


def _legend(ents: pd.DataFrame, quotes: pd.DataFrame) -> str:
    """The colour legend of an article: a swatch for each entity label, quote kind and
    speaker type it shows (in the vocabularies' order), and what the shading and the
    underline mean."""
    def swatches(styles, values, default, css="aq-tag") -> str:
        present = [v for v in styles if v in values] + sorted(
            v for v in values if isinstance(v, str) and v not in styles)
        def name(v: str) -> str:  # the value as tagged, and its plain words when they differ
            plain = styles[v].label if v in styles else v
            same = plain.lower() == v.replace("_", " ").lower()
            return _esc(v) if same else f"{_esc(v)} · {_esc(plain)}"

        return "".join(
            f'<span class="{css}" style="{_painted(_colour(styles, v, default))}">{name(v)}'
            f'</span>' for v in present)

    parts = []
    if len(ents):
        parts.append("<b>Entities</b>" + swatches(ENTITY_LABEL_STYLES, set(ents["label"]),
                                                 _OTHER_LABEL, "aq-ent"))
    if len(quotes):
        parts.append("<b>Quotes</b>" + swatches(KIND_STYLES, set(quotes["kind"]), _UNKNOWN))
        parts.append("<b>Speakers</b>" + swatches(SPEAKER_TYPE_STYLES,
                                                  set(quotes["speaker_type"]), _UNKNOWN))
        parts.append('<span class="aq-quote">quoted text</span> '
                     '<span class="aq-speaker">speaker phrase</span>')
    return f'<div class="aq-legend">{" &nbsp; ".join(parts)}</div>' if parts else ""


def _esc(value) -> str:
    return html.escape("" if value is None or (isinstance(value, float) and pd.isna(value))
                       else str(value))


def _marked(text: str, ents: pd.DataFrame, quotes: pd.DataFrame, lo: int, hi: int) -> str:
    """The highlighted markup of ``text[lo:hi]``: entity mentions coloured by label, quotes
    shaded and tagged (kind before, speaker · speaker type · cue after), speaker phrases
    underlined; a mark reaching outside the window is shown on its part inside it."""
    cuts = {lo, hi}
    for frame, first, last in ((ents, "start", "end"), (quotes, "start", "end"),
                               (quotes.dropna(subset=["speaker_start"]), "speaker_start",
                                "speaker_end")):
        cuts.update(int(v) for v in frame[first])
        cuts.update(int(v) for v in frame[last])
    points = sorted(c for c in cuts if lo <= c <= hi)
    quote_rows = list(quotes.itertuples(index=False))
    ent_rows = list(ents.itertuples(index=False))
    speaker_spans = [(int(q.speaker_start), int(q.speaker_end)) for q in quote_rows
                     if pd.notna(q.speaker_start)]
    out = []
    for a, b in zip(points, points[1:]):
        piece = _esc(text[a:b])
        ent = next((e for e in ent_rows if e.start <= a and b <= e.end), None)
        quote = next((q for q in quote_rows if q.start <= a and b <= q.end), None)
        if ent is not None:
            colour = _colour(ENTITY_LABEL_STYLES, ent.label, _OTHER_LABEL)
            sup = f"<sup>{_esc(ent.label)}</sup>" if b == ent.end else ""
            piece = (f'<span class="aq-ent" style="{_painted(colour)}" '
                     f'title="{_esc(ent.label)}: {_esc(ent.actor)}">{piece}{sup}</span>')
        if any(s <= a and b <= e for s, e in speaker_spans):
            piece = f'<span class="aq-speaker">{piece}</span>'
        if quote is not None:
            if a == quote.start:
                out.append(f'<span class="aq-tag" style="'
                           f'{_painted(_colour(KIND_STYLES, quote.kind))}">{_esc(quote.kind)}'
                           f'</span>')
            piece = f'<span class="aq-quote">{piece}</span>'
            if b == quote.end:
                who = quote.speaker_actor if isinstance(quote.speaker_actor, str) else quote.speaker
                colour = _colour(SPEAKER_TYPE_STYLES, quote.speaker_type)
                cue = f" · {_esc(quote.cue)}" if isinstance(quote.cue, str) else ""
                piece += (f'<span class="aq-tag" style="{_painted(colour)}" '
                          f'title="speaker type: {_esc(quote.speaker_type)}">'
                          f'{_esc(who or "unknown speaker")} · {_esc(quote.speaker_type)}{cue}'
                          f'</span>')
        out.append(piece)
    return "".join(out)


def _of_article(corpus, name: str, article_id: str) -> pd.DataFrame:
    """Only this article's rows of table ``name`` (read alone from a store where possible)."""
    rows = getattr(corpus, "rows", None)
    if rows is not None:
        return rows(name, article_id)
    frame = getattr(corpus, name)
    return frame[frame["article_id"] == article_id]


def _article(corpus, article_id: str) -> pd.Series:
    arts = _of_article(corpus, "articles", article_id).set_index("article_id")
    if article_id not in arts.index:
        raise KeyError(f"article {article_id!r} is not in this corpus (see "
                       f"corpus.articles.article_id)")
    return arts.loc[article_id]


def render_article(corpus, article_id: str) -> str:
    """The HTML markup of the highlighted view (a string; see :func:`show_article`).

    Raises:
        KeyError: ``article_id`` is not in ``corpus.articles``.
    """
    art = _article(corpus, article_id)
    text: str = art["text"]
    ents = _of_article(corpus, "entities", article_id)
    quotes = _of_article(corpus, "quotes", article_id)
    body = _marked(text, ents, quotes, 0, len(text))
    meta = " · ".join(_esc(v) for v in (art.get("author"), art.get("source"),
                                         art["published"].date() if pd.notna(art.get("published"))
                                         else None) if _esc(v))
    title = f"<h3>{_esc(art.get('title'))}</h3>" if _esc(art.get("title")) else ""
    return (f'{_STYLE}<div class="aq-article">{title}<div class="aq-meta">{meta}</div>'
            f'{_legend(ents, quotes)}{body}</div>')


def render_passage(corpus, article_id: str, start: int, end: int,
                   quote_ids=None) -> str:
    """The highlighted markup of ``text[start:end]`` of one article, marked as
    :func:`show_article` marks it; ``quote_ids`` (a collection of ``quote_id``) limits the
    quotes shaded and speakers underlined to those (None: every quote).

    Raises:
        KeyError: ``article_id`` is not in ``corpus.articles``.
    """
    text: str = _article(corpus, article_id)["text"]
    quotes = _of_article(corpus, "quotes", article_id)
    if quote_ids is not None:
        quotes = quotes[quotes["quote_id"].isin(set(quote_ids))]
    start, end = max(0, int(start)), min(len(text), int(end))
    body = _marked(text, _of_article(corpus, "entities", article_id), quotes, start, end)
    return f'{_STYLE}<div class="aq-article">{body}</div>'


def show_article(corpus, article_id: str):
    """The article with entities and quotes highlighted, as ``IPython.display.HTML``.

    Its ``.data`` attribute holds the markup (to save as a file). Nothing is printed or written.

    Raises:
        KeyError: ``article_id`` is not in the corpus.
    """
    from IPython.display import HTML

    return HTML(render_article(corpus, article_id))
