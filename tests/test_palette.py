"""The article view is readable (issue 27, item 7): every label's text contrasts at least
4.5:1 with its colour (WCAG 2 relative luminance, computed from the palette), the speaker
types' colours are far apart (organisation and anonymous no longer two oranges), and the view
has a colour legend."""

from __future__ import annotations

import itertools
import re

import pandas as pd
import pytest

from analysis import display
from analysis.corpus import Corpus
from analysis.palette import (MIN_CONTRAST, colour_distance, contrast_ratio,
                              relative_luminance, text_colour)
from analysis.schema import ACTORS, ARTICLES, ENTITIES, QUOTES
from analysis.styles import ENTITY_LABEL_STYLES, KIND_STYLES, SPEAKER_TYPE_STYLES
from analysis.vocab import KINDS, SPEAKER_TYPES

NAMED = {"white": "#ffffff", "black": "#000000"}


def test_contrast_follows_wcag():
    assert relative_luminance("#000000") == 0 and relative_luminance("#fff") == 1
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert contrast_ratio("#ffffff", "#000000") == pytest.approx(21)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # WCAG's fail
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # and pass
    assert contrast_ratio("#de8f05", "#de8f05") == 1
    with pytest.raises(ValueError, match="colour"):
        relative_luminance("orange")


def test_the_better_of_black_and_white_reaches_4_5_on_every_palette_colour():
    colours = {s.colour for styles in (ENTITY_LABEL_STYLES, KIND_STYLES, SPEAKER_TYPE_STYLES)
               for s in styles.values()}
    for colour in colours:
        assert contrast_ratio(text_colour(colour), colour) >= MIN_CONTRAST, colour
    # white, as the view used to write its tags, failed on most of them
    assert contrast_ratio("#ffffff", SPEAKER_TYPE_STYLES["organization"].colour) < MIN_CONTRAST


def test_speaker_type_colours_are_far_apart():
    colours = {t: s.colour for t, s in SPEAKER_TYPE_STYLES.items()}
    assert colour_distance(colours["organization"], colours["anonymous"]) >= 30
    for a, b in itertools.combinations(colours, 2):
        assert colour_distance(colours[a], colours[b]) >= 30, (a, b)


TEXT = ("Ann Lee of Acme said the plan works. Police in Paris said it was late. "
        "A source told us it failed. They said it was fine. Someone said no. "
        "The report found more. According to Bob, it rained. Critics argue more.")


def every_colour_corpus() -> Corpus:
    """One article whose entities have every label and whose quotes have every kind and
    every speaker type (spans over spaces and words, offsets only)."""
    text = TEXT + " " * 400
    entities = [{"article_id": "a", "entity_id": f"a-e{i}", "text": text[2 * i:2 * i + 1],
                 "label": label, "start": 2 * i, "end": 2 * i + 1, "sentence_id": 0,
                 "paragraph_id": 0, "actor": None}
                for i, label in enumerate(ENTITY_LABEL_STYLES)]
    quotes = []
    for i, (kind, speaker_type) in enumerate(itertools.zip_longest(KINDS, SPEAKER_TYPES)):
        start = 200 + 20 * i
        quotes.append({"article_id": "a", "quote_id": f"a-q{i}", "quote": text[start:start + 5],
                       "start": start, "end": start + 5, "kind": kind or "direct",
                       "cue": "said", "cue_lemma": "say", "speaker": "x",
                       "speaker_type": speaker_type, "sentence_id": 0, "paragraph_id": 0,
                       "speaker_gender": "unknown", "gender_source": "none",
                       "confidence": 0.9})
    articles = [{"article_id": "a", "text": text, "title": "T", "path": "a.txt"}]
    return Corpus(ARTICLES.frame(articles), ENTITIES.frame(entities), ACTORS.frame([]),
                  QUOTES.frame(quotes))


def css_colours(markup: str) -> dict[str, tuple[str | None, str | None]]:
    """Class -> (background, text colour) from the view's style sheet."""
    found = {}
    for name, body in re.findall(r"\.(aq-[\w-]+)\{([^}]*)\}", markup):
        background = re.search(r"background:\s*(#[0-9a-fA-F]{3,6}|\w+)", body)
        colour = re.search(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{3,6}|\w+)", body)
        found[name] = (background and background.group(1), colour and colour.group(1))
    return found


def painted_pairs(markup: str) -> list[tuple[str, str, str]]:
    """(class, background, text colour) of every element of the view with a background:
    inline colours first, then its class's, then the article's text colour."""
    css = css_colours(markup)
    page_bg, page_text = css.get("aq-article", (None, None))
    pairs = []
    for cls, style in re.findall(r'<span class="([\w-]+)"(?: style="([^"]*)")?', markup):
        background = re.search(r"background:\s*(#[0-9a-fA-F]{3,6})", style or "")
        colour = re.search(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{3,6}|\w+)", style or "")
        bg = background.group(1) if background else css.get(cls, (None, None))[0]
        if bg is None:
            continue
        text = colour.group(1) if colour else (css.get(cls, (None, None))[1] or page_text
                                               or "#000000")
        pairs.append((cls, NAMED.get(bg, bg), NAMED.get(text, text)))
    if page_bg and page_text:
        pairs.append(("aq-article", NAMED.get(page_bg, page_bg), NAMED.get(page_text,
                                                                            page_text)))
    meta = css.get("aq-meta", (None, None))[1]
    if meta:
        pairs.append(("aq-meta", NAMED.get(page_bg or "white", "#ffffff"), meta))
    return pairs


@pytest.mark.parametrize("which", ["every colour", "seed"])
def test_every_colour_pair_of_the_article_view_reaches_4_5(which, request):
    if which == "seed":
        corpus = request.getfixturevalue("seed_corpus")
        article_id = corpus.articles.article_id[0]
    else:
        corpus, article_id = every_colour_corpus(), "a"
    markup = display.render_article(corpus, article_id)
    pairs = painted_pairs(markup)
    backgrounds = {bg for _, bg, _ in pairs}
    if which == "every colour":  # every colour of the three vocabularies was drawn
        for styles in (ENTITY_LABEL_STYLES, KIND_STYLES, SPEAKER_TYPE_STYLES):
            assert {s.colour for s in styles.values()} <= backgrounds
    weak = [(cls, bg, fg, round(contrast_ratio(bg, fg), 2)) for cls, bg, fg in pairs
            if contrast_ratio(bg, fg) < MIN_CONTRAST]
    assert not weak, weak
    # the view brings its own page colours: readable in a dark notebook theme too
    assert ("aq-article", "#ffffff", "#000000") in pairs


def test_the_article_view_has_a_colour_legend(seed_corpus):
    article_id = seed_corpus.articles.article_id[0]
    markup = display.render_article(seed_corpus, article_id)
    legend = re.search(r'<div class="aq-legend">(.*?)</div>', markup)
    assert legend, "no colour legend"
    swatches = re.findall(r'style="background:(#[0-9a-f]{6});[^"]*">([^<]*)</span>',
                          legend.group(1))
    ents = seed_corpus.entities[seed_corpus.entities.article_id == article_id]
    quotes = seed_corpus.quotes[seed_corpus.quotes.article_id == article_id]

    def swatch(styles, value):  # the value as tagged, with its plain words when they differ
        label = styles[value].label
        same = label.lower() == value.replace("_", " ").lower()
        return styles[value].colour, value if same else f"{value} · {label}"

    # each value the article shows has its swatch, in the colour the text uses
    for label in set(ents["label"]):
        assert swatch(ENTITY_LABEL_STYLES, label) in swatches, label
    for kind in set(quotes["kind"]):
        assert swatch(KIND_STYLES, kind) in swatches, kind
    for speaker_type in set(quotes["speaker_type"]):
        assert swatch(SPEAKER_TYPE_STYLES, speaker_type) in swatches, speaker_type
    assert ("#e4e7d2", "DATE · dates") in swatches and ("#0173b2", "person · Named person") \
        in swatches and ("#cc78bc", "group") in swatches
    assert "quoted text" in legend.group(1) and "speaker phrase" in legend.group(1)
    assert legend.start() < markup.index('class="aq-ent" style="background:' + ENTITY_LABEL_STYLES[
        ents.sort_values("start")["label"].iloc[0]].colour)  # above the text


def test_an_article_without_entities_or_quotes_has_no_empty_legend():
    corpus = Corpus(ARTICLES.frame([{"article_id": "a", "text": "Nothing here.",
                                     "path": "a.txt"}]), ENTITIES.frame([]), ACTORS.frame([]),
                    QUOTES.frame([]))
    assert "aq-legend\">" not in display.render_article(corpus, "a")
    assert pd.isna(corpus.articles.title[0])
