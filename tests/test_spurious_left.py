"""Spurious quotes of issue 25 left after the earlier rules (PolNeAR train, predictions that
match no gold attribution), each class with news-style sentences written for it, on both
shared models.

1. A book's or film's full title, a title and a subtitle after a colon ("Crippled America: How
   to Make America Great Again"), is a name, not anybody's words (analysis.engine.quotes.marks,
   ``is_title``): "said Laura Finch, the author of “Paper Money: How Britain Learned to Trust
   the Bank.”" is one quote, the words before the name. A quoted sentence with a colon inside
   ("“Our plan: build more homes,” she said.") stays a quote.
2. A link title or heading in title case is page furniture (analysis.engine.quotes.furniture)
   also with a final full stop, as corpora that end every line with one print it ("Marco Rubio
   Responds To Question About Minimum Wage By Saying We Need Fewer Philosophers."): its
   "X Says …" is neither a quote nor a speaker.
3. The PolNeAR reader (analysis.evaluation.polnear, ``read_brat``) reads an attribution's
   second content entity (``Content2``, the second side of “A,” X said. “B.”) as part of its
   content: a quote of that side matches it.
"""

from __future__ import annotations

import pytest

from analysis import config
from analysis.engine.quotes.marks import is_title

from .helpers import quotes_per_text

MODELS = [None, str(config.shared_dir() / "models" / "en_news_sm-3.8.0")]
MODEL_IDS = ["en_core_web_sm", "en_news_sm"]

# (text, the quotes as (quote, speaker) that remain)
TITLES = [
    ("“It is a small market,” said Laura Finch, a historian at Leeds and the author of “Paper "
     "Money: How Britain Learned to Trust the Bank.”",
     [("It is a small market", "Laura Finch")]),
    ("The mayor has been reading the new memoir, “Second Chances: A Life in Local Politics,” "
     "for clues about his rival's plans.", []),
    ("Finch, whose 2012 book “Harbour Lights: The Rise and Fall of a Fishing Town” sold "
     "widely, now teaches in Leeds.", []),
    ("The actor, who starred in “Night Train: The Last Journey of the Orient Express,” had no "
     "such praise for the senator.", []),
    # a quoted sentence with a colon is speech
    ("“Our plan is simple: build more homes and build them faster,” the mayor said.",
     [("Our plan is simple: build more homes and build them faster", "the mayor")]),
]

@pytest.mark.parametrize("quote, title", [
    ("Crippled America: How to Make America Great Again", True),
    ("Chick Lit: The New Woman's Fiction.", True),
    ("Sharknado 3: Oh Hell No!", True),
    ("Meet the Press", True),
    ("Our plan is simple: build more homes", False),
    ("RAMOS: Secretary Clinton, on the night of the attack, you wrote", False),
    ("One: Two: Three Four", False),
])
def test_a_title_and_its_subtitle_are_a_title(quote, title):
    assert is_title(quote) is title


@pytest.fixture(scope="module", params=MODELS, ids=MODEL_IDS)
def found(request):
    """Quotes of every text of this file, per model: analysed once."""
    texts = [t for t, *_ in TITLES]
    return dict(zip(texts, quotes_per_text(texts, request.param)))


def _pairs(quotes) -> list[tuple[str, str]]:
    return list(zip(quotes["quote"], quotes["speaker"]))


@pytest.mark.parametrize("text, expected", TITLES, ids=[t[:40] for t, _ in TITLES])
def test_a_quoted_full_title_is_no_quote(found, text, expected):
    assert _pairs(found[text]) == expected


def test_a_second_content_entity_is_part_of_the_gold_attribution(tmp_path):
    """PolNeAR annotates some interrupted quotes (“A,” X said. “B.”) with the second side as a
    ``Content2`` entity of the same event, written after the event's line: the gold
    attribution's content is both sides, so a quote of the second side matches it (scored one
    per side, ``split_content``), not nothing."""
    from analysis.evaluation.polnear import read_brat
    from analysis.evaluation.scoring import split_content

    text = "Title.\n\n“We won,” Ms Lind said. “We will win again.”\n"
    offset = text.index("“We won")
    a = text.index("“We won")
    b = text.index("“We will")
    cue = text.index("said")
    src = text.index("Ms Lind")
    ann = tmp_path / "article.ann"
    ann.write_text(
        f"T1\tContent {a} {a + 9}\t“We won,”\n"
        f"T2\tSource {src} {src + 7}\tMs Lind\n"
        f"T3\tCue {cue} {cue + 4}\tsaid\n"
        f"T4\tAttribution {cue} {cue + 4}\tsaid\n"
        "E1\tAttribution:T4 Cue:T3 Source:T2 Content:T1 Content2:T5\n"
        f"T5\tContent {b} {b + 19}\t“We will win again.”\n", encoding="utf-8")
    (gold,) = read_brat(ann, text, offset)
    assert gold.content == [(a - offset, a + 9 - offset), (b - offset, b + 19 - offset)]
    sides = split_content(gold)
    assert [s.content for s in sides] == [[(a - offset, a + 9 - offset)],
                                          [(b - offset, b + 19 - offset)]]


# a link title in title case, printed with a final full stop (as PolNeAR's texts end every
# line with one), between two paragraphs of the story
LINKED = """The city council on Tuesday approved a $40 million plan to replace the Harbour \
Bridge, ending two years of debate over the crossing.

Councillor Tom Reid Says Bridge Vote Was Rushed And Ignored Business Owners.

"This bridge has carried our families for ninety years," Mayor Linda Park told reporters \
after the vote."""


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_title_case_line_with_a_full_stop_is_furniture(model):
    from analysis import analyze

    corpus = analyze(LINKED, model=model) if model else analyze(LINKED)
    quotes = list(zip(corpus.quotes["quote"], corpus.quotes["speaker"]))
    assert quotes == [("This bridge has carried our families for ninety years",
                       "Mayor Linda Park")]
