"""Wrong speakers of a cue set off inside the clause it reports (issue 25, session 16).

Class: an inverted speech cue between commas inside a clause ("The budget, said Ms Carter, will
…", analysis.engine.quotes.parenthetical) whose speaker is a coordination ("said Ann Rowe and
other teachers") or is followed by a relative clause set off by commas ("said Ann Cole, who has
known him for years, never …"). The old rule took neither for a parenthetical (an "and" in the
set-off phrase; a relative pronoun after it), and the parse gave the cue the clause's subject
("The budget", "The mayor") as its speaker. Now the set-off phrase may join two noun phrases
with "and" after an inverted verb (the speaker is the whole coordination), and a relative
clause on the speaker closed by a comma is skipped before the rest of the clause.

Guards: a relative clause that ends the sentence ("The plan was cut, says Ms Carter, who …")
or a finite clause before the cue keep their old reading; an "and" after a verb that is not
inverted ("In Leeds, 60 pledged delegates and …") makes no parenthetical; a short scare quote
is no quote.
"""

from __future__ import annotations

import pytest

from .helpers import MODEL_IDS, MODELS, quotes_per_text
from .helpers import one_quote as _row
from .helpers import speaker_text as _speaker

# (text, words of the quote, the speaker's words, words the speaker must not contain)
COORDINATED = [
    ("The new school budget, said Ann Rowe and other teachers, would hurt small rural schools "
     "the most.", "would hurt small rural schools", "Ann Rowe and other teachers", "budget"),
    ("The contrast with the old mayor, said Hale and others, would be clear by the summer.",
     "would be clear by the summer", "Hale and others", "contrast"),
    ("The bridge, said Tom Hale and Maria Okafor on Monday, will stay closed until March.",
     "will stay closed until March", "Tom Hale and Maria Okafor", "bridge"),
]

RELATIVE = [
    ("The mayor, said Ann Cole, who has worked with him for years, never forgets a slight.",
     "never forgets a slight", "Ann Cole", "mayor"),
    ("The new contract, said the union, which represents most nurses in the region, will cut "
     "their pay.", "will cut their pay", "the union", "contract"),
    ("And the chairman, said Peter Olsen, whose firm lost the tender, has never explained the "
     "decision.", "has never explained the decision", "Peter Olsen", "chairman"),
]


@pytest.fixture(scope="module", params=MODELS, ids=MODEL_IDS)
def read(request):
    texts = [t for t, *_ in COORDINATED + RELATIVE] + GUARDS
    return dict(zip(texts, quotes_per_text(texts, request.param)))


@pytest.mark.parametrize("text,words,speaker,not_in", COORDINATED + RELATIVE)
def test_a_set_off_cue_speaks_its_clause(read, text, words, speaker, not_in):
    row = _row(read[text], words)
    said = _speaker(row)
    assert said is not None and speaker in said and not_in not in said, said
    assert row["cue"] == "said"


GUARDS = [
    # the relative clause ends the sentence: the clause before the cue is its content
    "The budget was cut, says Ms Carter, who chairs the committee.",
    # an "and" after a verb that is not inverted: no parenthetical cue
    "In Leeds, 60 pledged delegates and seven other members were at stake, and the vote was "
    "close.",
    # a scare quote: no quote at all
    "The so-called \u201creform\u201d was dropped in May.",
]


def test_guards_keep_their_reading(read):
    carter = _row(read[GUARDS[0]], "The budget was cut")
    assert _speaker(carter) == "Ms Carter"
    assert "who chairs" not in carter["quote"]
    assert not any("said" == c for c in read[GUARDS[1]]["cue"])
    assert not any(q.startswith("In Leeds") for q in read[GUARDS[1]]["quote"])
    assert read[GUARDS[2]].empty
