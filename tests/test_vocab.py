"""One label + colour table per vocabulary (analysis.styles), read by the charts and the article
view alike; paragraphs found under one definition (analysis.engine.segments)."""

from __future__ import annotations

import re
from types import SimpleNamespace

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.colors import to_hex  # noqa: E402

from analysis import analyze, plots, styles, vocab  # noqa: E402
from analysis.display import render_article  # noqa: E402
from analysis.palette import text_colour  # noqa: E402
from analysis.engine.pipeline import split_text  # noqa: E402
from analysis.engine.segments import (locate, paragraph_breaks, paragraph_spans,  # noqa: E402
                                      paragraph_starts)

STYLED = {"speaker types": (vocab.SPEAKER_TYPES, styles.SPEAKER_TYPE_STYLES),
          "kinds": (vocab.KINDS, styles.KIND_STYLES),
          "genders": (vocab.GENDERS, styles.GENDER_STYLES),
          "entity labels": (vocab.ENTITY_LABELS, styles.ENTITY_LABEL_STYLES)}


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


@pytest.mark.parametrize("name", sorted(STYLED))
def test_every_value_has_one_label_and_colour(name):
    values, table = STYLED[name]
    assert tuple(table) == values  # every value, nothing else, in the vocabulary's order
    for value, style in table.items():
        assert style.label.strip() and re.fullmatch(r"#[0-9a-f]{6}", style.colour), value
    with pytest.raises(TypeError):
        table[values[0]] = styles.Style("x", "#000000")  # read-only


def test_speaker_types_and_kinds_each_have_their_own_colour():
    for table in (styles.SPEAKER_TYPE_STYLES, styles.KIND_STYLES, styles.GENDER_STYLES):
        colours = [s.colour for s in table.values()]
        assert len(set(colours)) == len(colours)


def test_a_style_table_must_cover_its_vocabulary():
    with pytest.raises(ValueError, match="do not match"):
        styles._styles(("a", "b"), {"a": styles.Style("A", "#000000")})


def _corpus() -> SimpleNamespace:
    """An article with one quote of each speaker type and kind (tables built by hand)."""
    types, kinds = vocab.SPEAKER_TYPES, vocab.KINDS
    parts, quotes, ents, at = [], [], [], 0
    for n, speaker_type in enumerate(types):
        name = f"Speaker{n}"
        sentence = f'"Quote number {n} is here," said {name}. '
        quotes.append({"article_id": "a", "start": at, "end": at + len(sentence.split(",")[0]),
                       "kind": kinds[n % len(kinds)], "cue": "said", "cue_lemma": "say",
                       "speaker": name, "speaker_actor": name, "speaker_type": speaker_type,
                       "speaker_start": at + sentence.index(name),
                       "speaker_end": at + sentence.index(name) + len(name),
                       "speaker_gender": vocab.GENDERS[n % 3]})
        ents.append({"article_id": "a", "start": at + sentence.index(name),
                     "end": at + sentence.index(name) + len(name), "label": "PERSON",
                     "actor": name})
        parts.append(sentence)
        at += len(sentence)
    text = "".join(parts)
    articles = pd.DataFrame({"article_id": ["a"], "text": [text], "title": ["T"],
                             "source": ["S"], "author": [None],
                             "published": [pd.NaT]})
    return SimpleNamespace(articles=articles, entities=pd.DataFrame(ents),
                           quotes=pd.DataFrame(quotes))


def _tag_colours(markup: str) -> dict[str, str]:
    """Speaker type -> background of its speaker tags in the article view."""
    found = re.findall(r'background:(#[0-9a-fA-F]+);color:#[0-9a-fA-F]+" '
                       r'title="speaker type: ([a-z_]+)"', markup)
    return {kind: colour.lower() for colour, kind in found}


def test_article_view_and_charts_colour_each_speaker_type_alike():
    corpus = _corpus()
    markup = render_article(corpus, "a")
    in_view = _tag_colours(markup)
    assert set(in_view) == set(vocab.SPEAKER_TYPES)  # document included
    assert in_view["document"] == styles.SPEAKER_TYPE_STYLES["document"].colour
    ax = plots.top_speakers(corpus, top=20)
    table = plots.table_of(ax)
    bars = [to_hex(p.get_facecolor()) for p in ax.patches]
    in_chart = dict(zip(table["speaker_type"], bars))
    assert in_chart == in_view
    legend = {t.get_text() for t in ax.get_legend().get_texts()}
    assert legend == {s.label for s in styles.SPEAKER_TYPE_STYLES.values()}
    # the stacked shares: one bar group a speaker type, in its colour and label
    ax = plots.speaker_types(corpus)
    drawn = {c.get_label(): to_hex(c.patches[0].get_facecolor()) for c in ax.containers}
    assert drawn == {s.label: s.colour for s in styles.SPEAKER_TYPE_STYLES.values()}


def test_article_view_and_charts_colour_kinds_and_labels_from_the_vocabulary():
    corpus = _corpus()
    markup = render_article(corpus, "a")
    for kind in vocab.KINDS:  # in its colour, the text black or white (analysis.palette)
        colour = styles.KIND_STYLES[kind].colour
        assert f'background:{colour};color:{text_colour(colour)}">{kind}</span>' in markup
    person = styles.ENTITY_LABEL_STYLES["PERSON"].colour
    assert f'background:{person};color:{text_colour(person)}" title="PERSON' in markup
    ax = plots.quote_kinds(corpus)
    bars = [to_hex(p.get_facecolor()) for p in ax.patches]
    assert bars == [styles.KIND_STYLES[k].colour for k in plots.table_of(ax)["kind"]]
    ax = plots.gender_share(corpus, weight="quotes")  # a hand-built corpus: no sources table
    drawn = {c.get_label(): to_hex(c.patches[0].get_facecolor()) for c in ax.containers}
    assert drawn == {s.label: s.colour for s in styles.GENDER_STYLES.values()}
    assert plots._actor_kinds(("PERSON", "ORG", "EVENT")) == "people, organisations and events"


# -- paragraphs: one definition ------------------------------------------------------------

BLANK_WITH_SPACES = "First paragraph.\n \t\u00a0\nSecond one.\nStill second.\n\n\n\nThird."


def test_a_blank_line_holding_spaces_is_a_paragraph_break():
    text = BLANK_WITH_SPACES
    spans = paragraph_spans(text)
    assert [text[a:b] for a, b in spans] == [
        "First paragraph.", "Second one.\nStill second.", "Third."]  # one line break: no break
    assert len(paragraph_breaks(text)) == 2  # three blank lines in a row are one break
    starts = paragraph_starts(text)
    for number, (a, b) in enumerate(spans):
        assert locate(a, starts) == locate(b - 1, starts) == number


def test_paragraph_numbers_agree_with_the_paragraphs_on_a_leading_blank_line():
    text = "\n\nOnly paragraph.\n\nSecond."
    spans = paragraph_spans(text)
    starts = paragraph_starts(text)
    assert [locate(a, starts) for a, _ in spans] == [0, 1]


def test_chunks_are_cut_at_a_blank_line_holding_spaces():
    text = "word " * 30 + "\n \n" + "Later. " + "word " * 30
    pieces = split_text(text, size=len(text) - 20)
    assert "".join(pieces) == text
    assert pieces[0].endswith("\n \n")  # not after "Later. ", the last sentence end


def test_a_quote_continues_a_speaker_only_into_the_next_paragraph(nlp):
    def speakers(blank: str) -> list:
        text = (f'"We will rebuild the bridge before the winter comes," Mayor Ann Bell said.'
                f'{blank}The storm hit hard.{blank}'
                f'"It will take time and a great deal of money to get it done properly."')
        frame = pd.DataFrame({"article_id": ["x"], "text": [text]})
        return analyze(frame, progress=False).quotes["speaker_actor"].tolist()

    # two paragraphs apart, whether the blank lines hold spaces or not
    assert speakers("\n\n")[1:] == speakers("\n \n")[1:] == [None]
    assert speakers(" ")[1:] == ["Ann Bell"]  # one paragraph: the speaker continues
