"""Session 22 (helper s26-spurious): spurious quotes a reader can tell are nobody's words.
Sentences of our own, both models.

* An apostrophe that elides a year's century ("the '80s", "the ‘90s", "the class of '96,") was
  read as an opening single quotation mark: it paired with the next quote's mark, so the
  narrative between became a quote given to the sentence's subject ("Mr. Hale grew up in the
  '80s in Leeds, where …" → "grew" as a cue) and the real quote after it lost its opening mark
  (marks._elided_year). Negative cases: a quote in single marks that opens with a number
  ('20 years ago …', '20,000 …'), rock 'n' roll, a curly ’80s (already read as an apostrophe), an
  opening ‘96 before a quote of its own (paired right before: kept so).
"""

from __future__ import annotations

import pytest

from analysis.engine.quotes.marks import find_quote_spans

from .helpers import MODEL_IDS, MODELS, one_quote, quotes_per_text

ELIDED_YEARS = [
    # (text, the one quote it holds)
    ("Mr. Hale grew up in the 1970s and '80s in Leeds, where he attended schools and lived "
     "near the docks. A self-described ''geeky kid,'' Mr. Hale changed his name at school. "
     "''I wanted to fit in,'' he said.", "I wanted to fit in"),
    ("Ms. Cole moved to Ohio in the '90s, when the mills were closing. ''We had nothing,'' she "
     "said.", "We had nothing"),
    ("He grew up in the '80s. 'It was great fun,' he said of the town.", "It was great fun"),
    ("The singer, a star of the '90s, is back on tour. 'I never thought I'd sing again,' she "
     "said.", "I never thought I'd sing again"),
]

KEPT = [
    ("The team last won the cup in ‘96, when the club was still amateur. ‘We have waited long "
     "enough,’ the captain said.", "We have waited long enough"),
    ("'20 years ago nobody lived here,' the farmer said.", "20 years ago nobody lived here"),
    ("'20,000 people came to the first show,' the organiser said.",
     "20,000 people came to the first show"),
    ("The band still plays rock 'n' roll every Friday. 'We love the crowd here,' the drummer "
     "said.", "We love the crowd here"),
    ("Mr. Hale grew up in the 1970s and ’80s in Leeds. “I wanted to fit in,” he said.",
     "I wanted to fit in"),
]


def test_an_elided_year_pairs_no_quotation_mark():
    for text, words in ELIDED_YEARS + KEPT:
        spans = [text[q.start:q.end] for q in find_quote_spans(text)]
        assert spans == [words], (text, spans)


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_an_elided_year_makes_no_quote(model):
    rows = ELIDED_YEARS + KEPT
    for (text, words), quotes in zip(rows, quotes_per_text([t for t, _ in rows], model)):
        assert list(quotes["quote"]) == [words], (text, list(quotes["quote"]))
        assert quotes.iloc[0]["kind"] == "direct", (text, quotes.iloc[0].to_dict())


# A quotation right after a noun that names it as words, with no cue and no speaker: a label
NAMED_WORDS = [
    "The phrase \"take back control of our borders\" appeared on every leaflet.",
    "Visitors were greeted by the motto \"Strength through unity and hard work\" above the gate.",
    "The headline \"Council to shut every library in the county\" appeared on Friday.",
]
# ... a speaker's words named so stay his quote
SAID_WORDS = [
    ("The minister repeated the phrase \"we will not be held to ransom\" three times during the "
     "interview.", "we will not be held to ransom", "The minister"),
    ("Mr Hale used the words \"a complete and utter betrayal of the town\" in his letter.",
     "a complete and utter betrayal of the town", "Mr Hale"),
]
# ... and somebody's words, though no rule names the speaker, are no label either
OWNED_WORDS = [
    "The club finished top of the league. In the chairman's words, \"this is the best season "
    "we have ever had in our history\".",
    "His words \"we will never forget what happened here today\" were carved into the stone.",
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_quotation_named_as_words_is_no_quote(model):
    for text, quotes in zip(NAMED_WORDS, quotes_per_text(NAMED_WORDS, model)):
        assert quotes.empty, (text, list(quotes["quote"]))


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_somebodys_words_stay_a_quote(model):
    for text, quotes in zip(OWNED_WORDS, quotes_per_text(OWNED_WORDS, model)):
        assert len(quotes) == 1, (text, list(quotes["quote"]))


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_speakers_words_named_as_words_stay_a_quote(model):
    for (text, words, who), quotes in zip(SAID_WORDS, quotes_per_text([t for t, _, _ in SAID_WORDS],
                                                                      model)):
        row = one_quote(quotes, words)
        assert row["speaker"] == who, (text, row.to_dict())


# Page furniture: a bare kicker line heading a list of links, and the caption lines of a
# scraped page's picture or video block
LINK_LISTS = [
    "The council voted to close the library. Residents gathered outside the town hall.\n\n"
    "Read more:\nMayor says library cuts \"cannot be avoided this year\"\nTeachers warn cuts "
    "will \"hurt every pupil in the county\"\n\nThe vote will be held on Monday.",
    "The council voted to close the library.\n\nREAD MORE\nMayor says library cuts \"cannot be "
    "avoided this year\"\n\nResidents gathered outside the town hall.",
    "The council voted to close the library.\n\nMedia playback is unsupported on your device\n"
    "Media caption The mayor says the closures are \"a disgrace to the town and its people\"\n\n"
    "Residents gathered outside the town hall.",
    "The council voted to close the library.\n\nImage copyright Getty Images\nImage caption "
    "Protesters said the plan was \"an attack on every child in the town\"\n\nResidents "
    "gathered outside the town hall.",
]
# ... the story's own lines after such a list (a line ending a sentence ends it) stay the story
AFTER_LISTS = [
    ("The council voted to close the library.\nRead more:\nMayor says library cuts \"cannot be "
     "avoided this year\"\nThe vote will be held on Monday, the council said.",
     "The vote will be held on Monday", "the council"),
    ("The council voted to close the library.\n\nRead more:\n\n\"We have no choice,\" the mayor "
     "said after the vote.", "We have no choice", "the mayor"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_list_of_links_and_a_caption_block_hold_no_quote(model):
    for text, quotes in zip(LINK_LISTS, quotes_per_text(LINK_LISTS, model)):
        assert quotes.empty, (text, list(quotes["quote"]))


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_the_story_after_a_list_of_links_keeps_its_quotes(model):
    for (text, words, who), quotes in zip(AFTER_LISTS, quotes_per_text(
            [t for t, _, _ in AFTER_LISTS], model)):
        row = one_quote(quotes, words)
        assert row["speaker"] == who, (text, row.to_dict())


# a call to readers on a line of its own: furniture, not a report
READERS = [
    "The council voted to close the library.\n\nGet in touch: Tell us what you think about "
    "\"the library closures in your area\"\n\nResidents gathered outside the town hall.",
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_call_to_readers_holds_no_quote(model):
    for text, quotes in zip(READERS, quotes_per_text(READERS, model)):
        assert quotes.empty, (text, list(quotes["quote"]))
