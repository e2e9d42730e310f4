"""Fewer spurious quotes (issue 25, precision), session 18.

1. A quoted subhead — a section heading that repeats a few words of the story in single marks
   ('A really tough decision.', ‘We were terrified’) on a line of its own between paragraphs of
   a story whose own quotes are in double marks — is page furniture, not a quote
   (analysis.engine.quotes.furniture). A story quoted in single marks throughout keeps its
   one-line quotes; a line of double-marked words stays a quote.
2. A speech verb in a set phrase of the writer's own voice reports nobody's words
   (analysis.engine.quotes.cues._set_phrase, through _writers_idiom): "All told, …", "only
   time will tell whether …", "one could say that …". The same verbs with a speaker stay cues
   ("the union told all workers that …", "Time Warner will tell shareholders that …", "you
   could say that again, the mayor told me" keeps the mayor's report; a generic "you" with a
   modal stays a cue: in a transcript it is the speaker's own hypothetical).

Runs on both shared models; the sentences are our own.
"""

from __future__ import annotations

import pytest

from analysis.engine.quotes.furniture import furniture_spans

from .helpers import MODEL_IDS, MODELS, one_quote, quotes_per_text, speaker_text

SUBHEADS = [
    ("Hundreds of jobs are leaving the valley as the plant closes.\n\n"
     "\"We have no idea what comes next,\" said Maria Lopez, a welder at the plant.\n\n"
     "'A really tough decision.'\n\n"
     "As the workers met at a bar on Friday, executives were flying in from Hartford.",
     "A really tough decision"),
    ("The flood reached the town hall on Sunday night.\n\n"
     "“The water came in through the doors,” said Ahmed Khan, who runs the bakery.\n\n"
     "‘We were terrified’\n\n"
     "By Monday morning the river had fallen, leaving a layer of mud on every street.",
     "We were terrified"),
    ("The senator returned to her home state on Thursday.\n\n"
     "''I never stopped listening,'' she told supporters in Dayton.\n\n"
     "'A fight from start to finish.'\n\n"
     "Her opponent has outspent her two to one since the spring.",
     "A fight from start to finish"),
]
# negative cases: real speech on a line of its own stays a quote
KEPT = [
    # a story quoted in single marks throughout: the one-line quote is speech
    ("The mayor spoke to reporters on Monday.\n\n'We lost the vote,' she said.\n\n"
     "'Nothing more to add.'\n\nThe council will meet again in May.",
     "Nothing more to add"),
    # double marks on a line of their own: a floating quote, not a subhead
    ("The mayor spoke to reporters on Monday.\n\n\"We lost the vote,\" she said.\n\n"
     "\"Nothing more to add.\"\n\nThe council will meet again in May.",
     "Nothing more to add"),
]


def test_a_quoted_subhead_is_a_furniture_line():
    text, words = SUBHEADS[0]
    spans = furniture_spans(text)
    assert [text[a:b] for a, b in spans] == [f"'{words}.'"]
    # two quotations on one line, or one too long for a heading, are not one subhead
    for line in ("'Yes,' and 'no.'", "'" + " ".join(["word"] * 20) + ".'"):
        other = text.replace(f"'{words}.'", line)
        assert furniture_spans(other) == [], line


def test_single_marks_in_a_story_quoted_in_single_marks_are_no_subhead():
    text, _ = KEPT[0]
    assert furniture_spans(text) == []


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_quoted_subhead_gives_no_quote(model):
    found = quotes_per_text([t for t, _ in SUBHEADS], model)
    for (text, words), quotes in zip(SUBHEADS, found):
        assert not quotes["quote"].str.contains(words, regex=False).any(), \
            (text, list(quotes.quote))
        assert len(quotes) == 1, (text, list(quotes.quote))  # the story's own quote stays


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_line_of_real_speech_stays_a_quote(model):
    found = quotes_per_text([t for t, _ in KEPT], model)
    for (text, words), quotes in zip(KEPT, found):
        assert quotes["quote"].str.contains(words, regex=False).any(), (text, list(quotes.quote))


IDIOMS = [
    ("All told, nearly four thousand families could lose their housing benefit next year.",
     "four thousand families"),
    ("Only time will tell whether the new stadium pays for itself.", "the new stadium pays"),
    ("By some measures one could say the training program has failed.",
     "the training program has failed"),
    ("Rents have doubled since 2019. One might argue the city has simply run out of space.",
     "the city has simply run out"),
]
# negative cases: the same verbs reporting a speaker's words stay cues
SPEECH = [
    ("The union told all workers that the plant would close in June.",
     "the plant would close", "The union"),
    ("Time Warner will tell shareholders that profits fell by a third.",
     "profits fell by a third", "Time Warner"),
    ("You could say that again, the mayor told me.", "You could say that again", "the mayor"),
    ("The senator spoke for an hour. You could say the budget is late, she told the crowd.",
     "the budget is late", "she"),
    ("Residents say one could hardly cross the street during the festival.",
     "one could hardly cross", "Residents"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_writers_set_phrase_gives_no_quote(model):
    found = quotes_per_text([t for t, _ in IDIOMS], model)
    for (text, words), quotes in zip(IDIOMS, found):
        assert not quotes["quote"].str.contains(words, regex=False).any(), \
            (text, list(zip(quotes.quote, quotes.cue, quotes.speaker)))


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_generic_you_with_a_modal_stays_a_cue(model):
    # in a transcript "You could say …" is the speaker's own hypothetical (PolNeAR annotates it)
    text = ("The senator answered questions for an hour. You could say the budget is late, but "
            "the roads are finished.")
    quotes = quotes_per_text([text], model)[0]
    assert quotes["quote"].str.contains("the budget is late", regex=False).any(), \
        list(quotes.quote)


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_the_same_verbs_with_a_speaker_stay_cues(model):
    found = quotes_per_text([t for t, *_ in SPEECH], model)
    for (text, words, speaker), quotes in zip(SPEECH, found):
        row = one_quote(quotes, words)
        assert speaker in (speaker_text(row) or ""), (text, row.to_dict())
