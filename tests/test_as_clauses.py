"""As- and while-clauses (issue 25 leftovers), on both shared models, with news-style sentences
written for them.

1. An as-clause whose speech verb marks time, not a report (``as_clause_time_verbs``: continue,
   answer, reply, respond, interject; analysis.engine.quotes.hung_clauses, ``as_time_clause``)
   is no cue: "As Clinton continued, the crowd grew louder" reports nothing. An as-clause whose
   verb reports content ("As the senator noted, …", "as X explained, …") stays a report.
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


@pytest.fixture(scope="module", params=MODELS, ids=MODEL_IDS)
def found(request):
    """Quotes of every text of this file, per model: analysed once."""
    texts = [t for t, _ in AS_CLAUSES]
    return dict(zip(texts, quotes_per_text(texts, request.param)))


def _pairs(quotes) -> list[tuple[str, str]]:
    return list(zip(quotes["quote"], quotes["speaker"]))


@pytest.mark.parametrize("text, expected", AS_CLAUSES, ids=[t[:40] for t, _ in AS_CLAUSES])
def test_an_as_clause_of_time_is_no_report(found, text, expected):
    assert _pairs(found[text]) == expected
