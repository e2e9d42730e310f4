"""Quotes with no cue of their own, session 15 (issue 25, speaker accuracy): who said them.

1. A floating quote after a sentence that holds a quoted report and, in a relative or adverbial
   clause after it, someone else's report ("“We will win,” Garner said, an hour after the
   stations declared her the winner. “You will be proud of us.”") goes on with the quoted voice,
   not with the aside, also a report joined to such a clause ("… whose district went for her
   but who suggested that …") (analysis.engine.quotes.attribution._side_report). A report in a
   sentence of its own, or in a clause joined as an equal ("…, but Pratt argued that …"), is
   still the one the quote continues.
2. A quote that is the complement of a copula whose subject is a noun of someone's words with a
   possessor ("Ortiz's favourite slogan is “…”", "The coach's advice was, “…”") is the
   possessor's (analysis.engine.quotes.embedded.owned_words); not for a noun of another kind
   ("The mayor's budget is “…”") or without a possessor.
"""

from __future__ import annotations

import pytest

from .helpers import MODEL_IDS, MODELS, quotes_per_text
from .helpers import one_quote as _row
from .helpers import speaker_text as _speaker

# (text, words of the floating quote, the speaker's words)
SIDE_REPORTS = [
    ("“We are going to win this district,” Garner said at a rally in Dayton, an hour after "
     "local stations declared her the winner. “You will be proud of us.”",
     "You will be proud", "Garner"),
    ("“The plan is a mess,” Ortiz said, with a tone that suggested that the question was "
     "pointless. “We tried to fix it twice.”", "We tried to fix", "Ortiz"),
    ("“Your show is wonderful,” Garner told Pratt, after Pratt assured her that most listeners "
     "backed her. “I will not let you down.”", "I will not let you down", "Garner"),
    ("“We need every vote in the county,” said Rep. Dana Cole, a veteran whose district went "
     "strongly for the mayor but who suggested that the governor could still win. “In the "
     "north, it was like three to one for the governor.”", "In the north", "Dana Cole"),
]
# the other report stands in a sentence of its own, or in a clause joined as an equal: the
# quote continues it
OWN_SENTENCE_REPORTS = [
    ("“We are going to win this district,” Garner said at a rally in Dayton. Pratt later "
     "argued that the count was wrong. “We will ask for a recount.”",
     "We will ask for a recount", "Pratt"),
    ("“We are going to win this district,” Garner said at a rally, but Pratt argued that the "
     "count was wrong. “We will ask for a recount.”", "We will ask for a recount", "Pratt"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_floating_quote_continues_the_quoted_voice_not_an_aside(model):
    found = quotes_per_text([t for t, *_ in SIDE_REPORTS], model)
    for (text, words, speaker), quotes in zip(SIDE_REPORTS, found):
        row = _row(quotes, words)
        assert speaker in (_speaker(row) or ""), (text, row.to_dict())


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_report_in_a_sentence_of_its_own_is_still_continued(model):
    found = quotes_per_text([t for t, *_ in OWN_SENTENCE_REPORTS], model)
    for (text, words, speaker), quotes in zip(OWN_SENTENCE_REPORTS, found):
        row = _row(quotes, words)
        assert speaker in (_speaker(row) or ""), (text, row.to_dict())


# (text, words of the quote, the speaker's words, the cue)
OWNED_WORDS = [
    ("Hollis's favourite slogan is “Nobody gets left behind in this town.”",
     "Nobody gets left behind", "Hollis", "slogan"),
    ("The coach's advice to his players was, “Never play for the draw when you can win.”",
     "Never play for the draw", "coach", "advice"),
    ("Her reply was “We have done nothing wrong and we will prove it.”",
     "We have done nothing wrong", "Her", "reply"),
    ("The senator's answer was that “the most important thing in politics is trust.”",
     "the most important thing", "senator", "answer"),
]
# no owner's words: a noun of another kind, no possessor, a verb between
NOT_OWNED = [
    ("The mayor's budget is “a plan for the next ten years of growth in the city.”",
     "a plan for the next ten years"),
    ("The answer was “We have done nothing wrong and we will prove it.”",
     "We have done nothing wrong"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_quote_after_a_possessed_noun_of_words_is_the_possessors(model):
    found = quotes_per_text([t for t, *_ in OWNED_WORDS], model)
    for (text, words, speaker, noun), quotes in zip(OWNED_WORDS, found):
        row = _row(quotes, words)
        assert speaker in (_speaker(row) or ""), (text, row.to_dict())
        assert row["cue"] == noun, (text, row.to_dict())
        assert row["kind"] == "direct"


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_no_owner_for_another_noun_or_none_possessed(model):
    found = quotes_per_text([t for t, _ in NOT_OWNED], model)
    for (text, words), quotes in zip(NOT_OWNED, found):
        hits = quotes[quotes["quote"].str.contains(words, regex=False)]
        assert all(_speaker(r) is None for _, r in hits.iterrows()), (text, list(hits["speaker"]))
