"""Wrong and missing speakers found by a fresh speaker audit on real news (40 BBC articles drawn
with random.Random(2017) and web-style texts of our own; session 17, issue 25). Sentences of our
own, both models.

1. A speech verb that names its addressee when active (``addressee_speech_verbs``: tell,
   inform, advise …), coordinated with a passive and sharing its auxiliary, is a passive too:
   its subject heard the words and the speaker is unknown ("Mr Adeyemi was arrested and told he
   would be held", "only to be confined and told …";
   analysis.engine.quotes.subjects.passive_conjunct). With an object or a subject of its own
   ("was sacked and told reporters …", "was sacked, and he told …") it stays active; a verb
   that needs no addressee ("was booed and said that …") is untouched.
2. "as" + the gerund of a speech verb right after a passive report verb ("“…,” Ms Okoye is
   reported as saying") reports the subject's own words: the subject is the speaker
   (analysis.engine.quotes.subjects.raised_speaker); "was told as …" without a speech gerund
   stays a hearer.
"""

from __future__ import annotations

import pytest

from .helpers import MODEL_IDS, MODELS, quotes_per_text, speaker_text
from .helpers import one_quote as _row

# (text, words of the quote): the subject of the coordinated passive heard the words
PASSIVE_CONJUNCTS = [
    ("Daniel Ferreira was stopped at the airport on Sunday and told he could not board the "
     "flight.", "he could not board the flight"),
    ("The striker was fined two weeks' wages, but informed that he would keep his place in the "
     "squad.", "he would keep his place"),
    ("She was released last spring, only to be rearrested and told she would face new charges.",
     "she would face new charges"),
]
# (text, words of the quote, speaker): active verbs after a passive keep their subject
ACTIVE_AFTER_PASSIVE = [
    ("The manager was sacked on Monday and told reporters that he had no regrets.",
     "he had no regrets", "The manager"),
    ("Councillor Amy Dowd was booed at the meeting and said that rents would be frozen.",
     "rents would be frozen", "Councillor Amy Dowd"),
    ("The minister was heckled at the rally, and she told the crowd that the plan would work.",
     "the plan would work", "she"),
]
# (text, words of the quote, speaker): "is reported as saying"
REPORTED_AS_SAYING = [
    ("Investors are nervous. “The worst is still ahead of us,” Ms Okafor is reported as saying.",
     "The worst is still ahead", "Ms Okafor"),
    ("Talks resumed on Friday. “We are closer than ever,” the union leader, Pat Geary, was "
     "reported as saying.", "We are closer than ever", "Pat Geary"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_speech_verb_coordinated_with_a_passive_was_heard(model):
    found = quotes_per_text([t for t, _ in PASSIVE_CONJUNCTS], model)
    for (text, words), quotes in zip(PASSIVE_CONJUNCTS, found):
        assert speaker_text(_row(quotes, words)) is None, text


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_an_active_verb_after_a_passive_keeps_its_subject(model):
    found = quotes_per_text([t for t, *_ in ACTIVE_AFTER_PASSIVE], model)
    for (text, words, speaker), quotes in zip(ACTIVE_AFTER_PASSIVE, found):
        assert speaker in (speaker_text(_row(quotes, words)) or ""), text


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_reported_as_saying_is_the_subjects_speech(model):
    found = quotes_per_text([t for t, *_ in REPORTED_AS_SAYING], model)
    for (text, words, speaker), quotes in zip(REPORTED_AS_SAYING, found):
        assert speaker in (speaker_text(_row(quotes, words)) or ""), text
