"""As- and while-clauses (issue 25 leftovers), on both shared models, with news-style sentences
written for them.

1. An as-clause whose speech verb marks time, not a report (``as_clause_time_verbs``: continue,
   answer, reply, respond, interject; analysis.engine.quotes.hung_clauses, ``as_time_clause``)
   is no cue: "As Clinton continued, the crowd grew louder" reports nothing. An as-clause whose
   verb reports content ("As the senator noted, …", "as X explained, …") stays a report.
2. A participle set off by a comma right after an as- or while-clause of simultaneous action
   belongs to that clause's subject when it can speak ("The mayor waited as a spokeswoman read
   out the figures, adding that …": the spokeswoman adds; analysis.engine.quotes.subjects,
   ``_simultaneous_clause_subject``), also when the parser hung the participle on the main
   verb; a clause whose subject cannot speak ("as the rally went on") and any other subordinate
   clause ("after the senator won her primary") leave it to the main clause.
"""

from __future__ import annotations

import pytest

from analysis import config

from .helpers import quotes_per_text

MODELS = [None, str(config.shared_dir() / "models" / "en_news_sm-3.8.0")]
MODEL_IDS = ["en_core_web_sm", "en_news_sm"]

# (text, the quotes as (quote, speaker) expected)
AS_CLAUSES = [
    ("As Clinton continued, the crowd grew louder and several people began to leave.", []),
    ("As the reporter continued, the senator shook her head and walked away from the podium.",
     []),
    ("As she answered, the crowd in the gallery fell silent.", []),
    ("As he replied, the moderator cut his microphone and moved on.", []),
    ("As the chairman responded, several members of the committee walked out.", []),
    # verbs that report content keep the as-clause a report
    ("As the senator noted, the bill has not yet passed the House.",
     [("the bill has not yet passed the House", "the senator")]),
    ("As Smith later explained, the new rules will take effect in March.",
     [("the new rules will take effect in March", "Smith")]),
    ("As the minister said, the talks will resume next week.",
     [("the talks will resume next week", "the minister")]),
]

# (text, the quotes as (quote, speaker) expected)
PARTICIPLES = [
    ("The senator smiled while a staffer handed out leaflets, saying the campaign was only "
     "beginning.", [("the campaign was only beginning", "a staffer")]),
    ("Mr. Smith was speaking as a protester shouted from the back, insisting that the vote was "
     "rigged.", [("the vote was rigged", "a protester")]),
    ("The mayor waited as a spokeswoman read out the figures, adding that the budget was "
     "balanced.", [("the budget was balanced", "a spokeswoman")]),
    # a clause whose subject cannot speak, or of another kind, leaves it to the main clause
    ("The governor spoke for an hour as the rally went on, saying the state would not back "
     "down.", [("the state would not back down", "The governor")]),
    ("Obama spoke from the East Room as the storm moved up the coast, warning that the damage "
     "could be severe.", [("the damage could be severe", "Obama")]),
    ("Sanders spoke on his show after the senator won her primary, remarking that the race was "
     "over.", [("the race was over", "Sanders")]),
]


@pytest.fixture(scope="module", params=MODELS, ids=MODEL_IDS)
def found(request):
    """Quotes of every text of this file, per model: analysed once."""
    texts = [t for t, _ in AS_CLAUSES + PARTICIPLES]
    return dict(zip(texts, quotes_per_text(texts, request.param)))


def _pairs(quotes) -> list[tuple[str, str]]:
    return list(zip(quotes["quote"], quotes["speaker"]))


@pytest.mark.parametrize("text, expected", AS_CLAUSES, ids=[t[:40] for t, _ in AS_CLAUSES])
def test_an_as_clause_of_time_is_no_report(found, text, expected):
    assert _pairs(found[text]) == expected


@pytest.mark.parametrize("text, expected", PARTICIPLES, ids=[t[:40] for t, _ in PARTICIPLES])
def test_a_participle_after_a_clause_of_simultaneous_action_is_its_subjects(found, text,
                                                                            expected):
    assert _pairs(found[text]) == expected
