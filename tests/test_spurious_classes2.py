"""Spurious quotes of issue 25 (class 3, non-speech readings of a cue) that a general rule
removes, each with news-style sentences written for it, on both shared models.

1. A that-clause the parser hangs on a speech verb's object, or on the verb right after its
   object, is what the verb reports only when the object can take it
   (analysis.engine.quotes.cues, ``_told``): an addressee ("assured investors that …", "told a
   meeting of leaders that …") or a noun of what is said or thought (``content_nouns``: "disputed
   the idea that …"). After any other object it is a relative clause ("emphasizing the burden on
   families that the tax would create": the clause describes the burden, nobody said "the tax
   would create") or, after "so"/"such" on the object, a result ("would add so many layers of
   complexity that it would be a boon for accountants"): neither is a quote.
2. A speech verb in a phrase of the writer's own voice reports nobody's words
   (analysis.engine.quotes.cues, ``_writers_idiom``): "it goes without saying that …", "needless
   to say", "suffice it to say", and an infinitive after an adjective with the expletive subject
   "it" ("it is too early to say whether …", "it's hard to tell if …"). A speaker's own "was
   quick to say that …", and a report of someone saying such a phrase, stay quotes.
3. The writer addressing the reader with an imperative that opens the sentence ("Now tell us
   this isn't …!", "Tell me that the plan will work, and …"; analysis.engine.quotes.cues,
   ``_imperative``) reports nobody's words. An imperative after a name and a colon ("Trump:
   Tell Congress to act now") is the named one's, and a verb with a subject of its own ("she
   will tell you that …") is a cue as before.
"""

from __future__ import annotations

import pytest

from analysis import config

from .helpers import quotes_per_text

MODELS = [None, str(config.shared_dir() / "models" / "en_news_sm-3.8.0")]
MODEL_IDS = ["en_core_web_sm", "en_news_sm"]

# (text, the quotes as (quote, speaker) that remain)
NOT_SAID = [
    # a relative clause of the object
    ("The mayor spoke for an hour, emphasizing the burden on local families that the new tax "
     "would create.", []),
    ("The campaign kept emphasizing the danger to the region that a second term would pose.",
     []),
    ("The report, released on Monday, underscored the pressure on hospitals that the heat wave "
     "had caused.", []),
    ("The union repeated its warning, stressing the cost to workers that the merger would "
     "bring.", []),
    # a result clause after "so"/"such"
    ("Economists agreed that the plan would raise revenue but that it would add so many new "
     "layers of complexity that it would be a boon for accountants.",
     [("the plan would raise revenue", "Economists")]),
]
# (text, the one quote, its speaker): a that-clause the object can take stays the report
SAID = [
    ("The minister assured investors that the bank would stay open.",
     "the bank would stay open", "The minister"),
    ("He told a meeting of Pacific leaders that few people understood the stakes of the crisis.",
     "few people understood the stakes of the crisis", "He"),
    ("The senator disputed the idea that the program had failed.", "the program had failed",
     "The senator"),
    ("The governor warned residents that the roads would stay closed until Friday.",
     "the roads would stay closed until Friday", "The governor"),
    ("The company added that it would hire 200 workers.", "it would hire 200 workers",
     "The company"),
]

# (text, the quotes as (quote, speaker))
IDIOMS = [
    ("It goes without saying that the council will need more money next year.", []),
    ("It is too early to say whether the new policy will cut waiting times.", []),
    ("It is fair to say that the reforms have stalled since the election.", []),
    ("Suffice it to say that the talks did not go well.", []),
    ("It's hard to tell if the ceasefire will hold.", []),
    ("The mayor was quick to say that the bridge would reopen in May.",
     [("the bridge would reopen in May", "The mayor")]),
    ("She said it was too early to say whether the policy had worked.",
     [("it was too early to say whether the policy had worked", "She")]),
]

# (text, the quotes as (quote, speaker))
IMPERATIVES = [
    ("Now tell us this isn't the end of the affair!", []),
    ("Tell me that the plan will work, and I will vote for it.", []),
    ("Ask the mayor and she will tell you that the bridge will reopen in May.",
     [("the bridge will reopen in May", "she")]),
    ("“We will rebuild,” the mayor said.", [("We will rebuild", "the mayor")]),
]


@pytest.fixture(scope="module", params=MODELS, ids=MODEL_IDS)
def found(request):
    """Quotes of every text of this file, per model: analysed once."""
    texts = [t for t, *_ in NOT_SAID + SAID + IDIOMS + IMPERATIVES]
    return dict(zip(texts, quotes_per_text(texts, request.param)))


@pytest.mark.parametrize("text, expected", NOT_SAID, ids=[t[:40] for t, _ in NOT_SAID])
def test_a_clause_describing_the_object_is_no_quote(found, text, expected):
    quotes = found[text]
    assert list(zip(quotes["quote"], quotes["speaker"])) == expected


@pytest.mark.parametrize("text, quote, speaker", SAID, ids=[t[:40] for t, *_ in SAID])
def test_a_clause_the_object_can_take_is_reported(found, text, quote, speaker):
    quotes = found[text]
    assert list(zip(quotes["quote"], quotes["speaker"])) == [(quote, speaker)]


@pytest.mark.parametrize("text, expected", IDIOMS, ids=[t[:40] for t, _ in IDIOMS])
def test_the_writers_own_idiom_is_no_quote(found, text, expected):
    quotes = found[text]
    assert list(zip(quotes["quote"], quotes["speaker"])) == expected


@pytest.mark.parametrize("text, expected", IMPERATIVES, ids=[t[:40] for t, _ in IMPERATIVES])
def test_an_imperative_to_the_reader_is_no_quote(found, text, expected):
    quotes = found[text]
    assert list(zip(quotes["quote"], quotes["speaker"])) == expected
