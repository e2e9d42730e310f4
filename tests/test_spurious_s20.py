"""Fewer spurious indirect quotes on real news (issue 25, precision), session 16.

A saying in the writer's voice reports nobody's words (analysis.engine.quotes.cues._saying_idiom,
through _set_phrase and _writers_idiom):

* "as they say" / "as people say" / "as we say" — the present "say" opened by "as", with a
  generic subject, no object, clause or quote of its own and no "about" phrase ("It is, as
  they say, a game of two halves", "As they say in football, …");
* "something tells me / us" — a hunch ("Something tells me the fans have not forgiven him").

What stays a cue (negative cases): a saying said of someone with its quote ("As they say about
the old mayor, “…”"), the past "as they said in a statement", a text of the sayers' own ("as
they say in their letter to the minister, …", "Teachers, as they say in their open letter,
…"), a subject that names someone ("As Ms Diaz says, …"), "They say the new rules will hurt
small shops" (a report of a group), and a speaker's quote holding "Something tells me".

A partitive relative subject ("half of which", "most of whom") stands for a noun of the clause
before it, so that clause is not the content of the relative clause's verb, even when the parser
makes the relative clause the root and the sentence its complement (cues._antecedent_clause):
"Love and loss are the themes of the album, half of which was written with X" gives no quote
("written" of songs). Kept: "…, most of whom said they opposed the plan" (the content after the
verb), an inverted cue after such a sentence ("…, most of which were set by the promoter, the
club said").

"deny" in the sense of refusing a thing is no speech (cues._withheld, ``withheld_nouns``): "the
judge denied bail", "denied entry to the band", "denied her asylum", "denied him bail" (the
parser reads *bail* as a verb with *him* as its subject). Kept: "denied the claims", "denied
any wrongdoing", "denied he would need a visa", "denied that access … had been restricted".

Runs on both shared models; the sentences are our own.
"""

from __future__ import annotations

import pytest

from .helpers import MODEL_IDS, MODELS, one_quote, quotes_per_text, speaker_text

LEAD = "Rovers beat United 2-1 on Saturday.\n\n"
TAIL = "\n\nThe season starts in August."


def _no_quotes_and_kept(removed: list[str], kept: list[tuple[str, str, str]], model) -> None:
    """Each text of ``removed`` gives no quote; each (text, words, speaker words) of ``kept``
    gives the quote holding the words, its speaker holding the speaker words."""
    found = quotes_per_text([LEAD + t + TAIL for t in removed + [t for t, _, _ in kept]], model)
    for text, quotes in zip(removed, found):
        assert quotes.empty, (text, list(quotes["quote"]), list(quotes["cue"]))
    for (text, words, who), quotes in zip(kept, found[len(removed):]):
        row = one_quote(quotes, words)
        assert who in (speaker_text(row) or ""), (text, speaker_text(row))

SAYINGS = [
    "It is, as they say, a game of two halves, and the visitors were far better after the break.",
    "As they say in football, it is never over until the final whistle. Rovers proved it again.",
    "The new stadium was, as people say, a white elephant from the day it opened its gates.",
    "Something tells me the fans have not forgiven him for leaving the club last summer.",
    "The price, as we say in the trade, is eye-watering for a striker of his age.",
    "Fans have waited a long time for a trophy. It is, as they say, about time.",
]

# (text, words of the quote, speaker words)
KEPT = [
    ("As they say about the old mayor, “he never forgot a face or a favour.” Residents lined the "
     "street on Friday.", "he never forgot a face", "they"),
    ("The unions reject the plan. As they said in a statement on Monday, the cuts would cost 400 "
     "jobs at the plant.", "the cuts would cost 400 jobs", "they"),
    ("The nurses want a fair deal. As they say in their letter to the minister, staff have not "
     "had a pay rise in five years.", "staff have not had a pay rise", "they"),
    ("As Ms Diaz says, the town cannot afford another flood like the one in March.",
     "cannot afford another flood", "Ms Diaz"),
    ("Shop owners are angry. They say the new rules will hurt small shops on the high street.",
     "the new rules will hurt small shops", "They"),
    ("“Something tells me this is not the end of it,” said coach Dan Moyo after the match.",
     "Something tells me this is not the end of it", "Dan Moyo"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_saying_in_the_writers_voice_gives_no_quote(model):
    found = quotes_per_text([LEAD + t + TAIL for t in SAYINGS], model)
    for text, quotes in zip(SAYINGS, found):
        assert quotes.empty, (text, list(quotes["quote"]), list(quotes["cue"]))


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_reports_with_the_same_words_stay_quotes(model):
    found = quotes_per_text([LEAD + t + TAIL for t, _, _ in KEPT], model)
    for (text, words, who), quotes in zip(KEPT, found):
        row = one_quote(quotes, words)
        assert who in (speaker_text(row) or ""), (text, speaker_text(row))


PARTITIVES = [
    "Love and loss are among the themes of the new album, half of which was written with "
    "producer Ray Dunn in a farmhouse in Wales.",
    "Heartbreak is the theme of her new songs, most of which were written in a single week in "
    "Paris last spring.",
    "Grief and recovery are the subjects of the collection, some of which was recorded live at "
    "the Apollo.",
    "Drink and violence are among the other subjects tackled in his new songs, several of which "
    "have been written with Oasis' former guitarist, Dan Cole.",
]
PARTITIVES_KEPT = [
    ("About 200 people attended the meeting, most of whom said they opposed the new plan.",
     "they opposed the new plan", "most of whom"),
    ("Fans are angry about the ticket prices, most of which were set by the promoter, the club "
     "said on Friday.", "Fans are angry about the ticket prices", "the club"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_the_clause_before_a_partitive_relative_is_no_content(model):
    _no_quotes_and_kept(PARTITIVES, PARTITIVES_KEPT, model)


WITHHELD = [
    "The judge denied bail to the 19-year-old, who will appear again at the crown court next "
    "month.",
    "Border officials denied entry to the band at the airport, and the tour was cancelled.",
    "The court denied him bail after hearing from the arresting officers.",
    "The home office denied her asylum in 2019, and an appeal failed a year later.",
    "The parole board denied parole for the third time on Tuesday.",
]
WITHHELD_KEPT = [
    ("The minister denied the claims at a press conference on Tuesday.", "the claims",
     "The minister"),
    ("The singer denied he would need a visa to play the festival in Texas.",
     "he would need a visa", "The singer"),
    ("The club denied that access to the ground had been restricted for away fans.",
     "access to the ground had been restricted", "The club"),
    ("Council officials denied any wrongdoing over the contract.", "any wrongdoing",
     "Council officials"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_deny_of_a_thing_withheld_gives_no_quote(model):
    _no_quotes_and_kept(WITHHELD, WITHHELD_KEPT, model)
