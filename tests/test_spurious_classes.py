"""Spurious quotes of issue 25 that a general rule removes or merges, each with news-style
sentences written for it, on both shared models.

1. The quoted words open a report that goes on after them (analysis.engine.quotes.attribution,
   ``_runs_on``): "The governor said “we need more information” about how the contract was
   awarded" reports one clause, so the quote is that clause (``mixed``), not the quoted words
   alone — a direct quote of half a clause matches nothing a reader would call the quote. A
   quote that ends its sentence or its clause (“…,” the mayor said) stays ``direct``, and so
   does one followed only by when, where or how it was said ("The mayor said “…” on Monday",
   "… in a statement").
2. A quote inside what a speech or quoting verb reports, with the reporter's words around it
   (analysis.engine.quotes.frames.reported_around): "called the budget “a betrayal …”",
   "criticised the council for making “…”", "described the plan as “…”" — the
   quote is the verb's object with its predicate or as/for/of phrase (``mixed``), as for a
   fragment too short to be a quote ("dismissed the claim as “nonsense”"); "called it “…”"
   (nothing but a pronoun around the quote) stays ``direct``.
3. An editor's note is the outlet's note on its own article, not its reporting
   (analysis.engine.quotes.furniture, ``note_prefixes``): a line opening "Editor’s note:" after
   a blank line or a sentence's end holds no quote, nor does the rest of its paragraph, however
   long and however its lines are wrapped ("… is a populist who has
   repeatedly promised to shut down the agency" is the editors' description, nobody's quote);
   the paragraphs around it, and a sentence that only mentions an editor's note, are read as
   before.
"""

from __future__ import annotations

import pytest

from analysis import config

from .helpers import quotes_per_text

MODELS = [None, str(config.shared_dir() / "models" / "en_news_sm-3.8.0")]
MODEL_IDS = ["en_core_web_sm", "en_news_sm"]

# (text, speaker, the one quote)
RUNS_ON = [
    ("The governor said “we need more information” about how the contract was awarded.",
     "The governor", "we need more information” about how the contract was awarded"),
    ("The coach says “the wind is at our backs” despite Saturday's defeat in Leeds.",
     "The coach", "the wind is at our backs” despite Saturday's defeat in Leeds"),
    ("The finance minister said “there could be” a second round of cuts before the election.",
     "The finance minister",
     "there could be” a second round of cuts before the election"),
]
# (text, speaker, the one direct quote)
ENDS_CLAUSE = [
    ("“We will rebuild the bridge,” the mayor said on Monday.", "the mayor",
     "We will rebuild the bridge"),
    ("The mayor said “we will rebuild the bridge” on Monday.", "The mayor",
     "we will rebuild the bridge"),
    ("The mayor said “we will rebuild the bridge” in a statement.", "The mayor",
     "we will rebuild the bridge"),
    ("The mayor said: “We will rebuild the bridge.” She did not give a date.", "The mayor",
     "We will rebuild the bridge."),
    ("She called it “a total disgrace to the city”.", "She", "a total disgrace to the city"),
    ("Sanders ended his campaign on Wednesday, calling it a “difficult and painful decision”.",
     "Sanders", "difficult and painful decision"),
]
# (text, speaker, cue, how the quote starts, the quoted words it holds, how it ends or None)
# (a phrase after the quote that only says when or where is left out: "… on Wednesday")
AROUND = [
    ("Ms Patel criticised the council for making “very rude statements” about the residents.",
     "Ms Patel", "criticised", "the council for making", "very rude statements", None),
    ("The senator described the plan as “a recipe for disaster” for rural hospitals.",
     "The senator", "described", "the plan as", "a recipe for disaster", None),
    ("Mr Okafor accused the board of “burying the report for six months” before the vote.",
     "Mr Okafor", "accused", "the board of", "burying the report for six months", None),
    ("The chief executive, Tim Cook, called the ruling “total political crap” on Wednesday.",
     "The chief executive, Tim Cook", "called", "the ruling", "total political crap",
     "total political crap"),
    ("The opposition leader called the budget “a betrayal of working families” in Cardiff.",
     "The opposition leader", "called", "the budget", "a betrayal of working families", None),
]

# (text, the quotes as (quote, speaker))
NOTES = [
    ("The senator spoke to supporters in Des Moines on Monday.\n\nEditor’s note: The senator "
     "regularly attacks the press and is a populist who has repeatedly promised to shut down "
     "the agency.\n\nHe said the campaign would go on.",
     [("the campaign would go on", "He")]),
    ("Editor's Note: Council leader Ann Price told\nreporters the earlier version of this "
     "article misstated\nthe date of the vote.\n\n“We are doing all we can,” the mayor said.",
     [("We are doing all we can", "the mayor")]),
    ("“We will not resign,” the chairman said.\nEditor’s note: The chairman has said he will "
     "step down if the board asks him to.", [("We will not resign", "the chairman")]),
    ("Ms Hale, who wrote the editor's note, said the paper had acted “far too late to matter”.",
     [("the paper had acted “far too late to matter”", "Ms Hale")]),
]


@pytest.fixture(scope="module", params=MODELS, ids=MODEL_IDS)
def found(request):
    """Quotes of every text of this file, per model: analysed once."""
    texts = [t for t, *_ in RUNS_ON + ENDS_CLAUSE + AROUND + NOTES]
    return dict(zip(texts, quotes_per_text(texts, request.param)))


@pytest.mark.parametrize("text, speaker, quote", RUNS_ON,
                         ids=["about-how", "despite", "there-could-be"])
def test_quoted_words_that_open_a_longer_report_are_part_of_it(found, text, speaker, quote):
    rows = found[text]
    assert list(rows["quote"]) == [quote]
    assert list(rows["kind"]) == ["mixed"]
    assert list(rows["speaker"]) == [speaker]


@pytest.mark.parametrize("text, speaker, quote", ENDS_CLAUSE,
                         ids=["inverted", "on-monday", "in-a-statement", "colon", "called-it",
                              "calling-it-a"])
def test_a_quote_that_ends_its_clause_stays_direct(found, text, speaker, quote):
    rows = found[text]
    assert list(rows["quote"]) == [quote]
    assert list(rows["kind"]) == ["direct"]
    assert list(rows["speaker"]) == [speaker]


@pytest.mark.parametrize("text, speaker, cue, opens, words, closes", AROUND,
                         ids=["criticised-for", "described-as", "accused-of", "on-wednesday",
                              "called-object"])
def test_a_quote_inside_what_a_verb_reports_is_the_whole_report(found, text, speaker, cue,
                                                                opens, words, closes):
    rows = found[text]
    assert len(rows) == 1, rows[["quote", "kind"]]
    row = rows.iloc[0]
    assert (row.kind, row.speaker, row.cue) == ("mixed", speaker, cue)
    assert row.quote.startswith(opens)
    assert words in row.quote
    if closes is not None:
        assert row.quote.rstrip("”").endswith(closes)
    assert text[row.start:row.end] == row.quote


@pytest.mark.parametrize("text, expected", NOTES, ids=["standing-note", "wrapped-note",
                                                        "after-a-sentence", "mentions-a-note"])
def test_an_editors_note_holds_no_quote(found, text, expected):
    rows = found[text]
    assert list(zip(rows["quote"], rows["speaker"])) == expected
