"""A cue verb found, its speaker not (issue 25, session 15): the speaker the parse hides.

1. A participle set off after a reporting verb the parser gave no subject speaks for that
   verb's speaker, found around the misparse ("“…,” said Okafor, explaining …":
   analysis.engine.quotes.subjects.fallback_speaker), and so does one the parser gave the
   reporting clause as its parataxis ("…, she said, not even hinting …":
   subjects._reporter_before_participle).
2. A verb the parser coordinated with the first verb's complement shares that verb's subject
   ("called the decision “reckless” and called on …"), and one coordinated after a sibling
   with the subject shares it ("…, the governor toured the shelters, and promised …"):
   subjects.inherited_subject, subjects._sibling_subject.
3. A noun with a relative clause right before a subjectless verb is its speaker ("a city hall
   aide who spoke on condition of anonymity said …": subjects._relative_clause_subject).
4. A passive cue's by-agent the parser hung on its infinitive ("had been asked to keep them by
   the audit committee") and a subject raised from a perfect infinitive of speech ("is reported
   to have called …") speak: subjects.displaced_agent, subjects.raised_speaker.

Negative cases: a by-phrase naming a thing ("told to leave the car by the gate"), a passive
request without "to have" ("was asked to explain …") keep no speaker; a coordinated verb after
a reported clause about a thing ("said the deal was “unfair” and called on …") is the
reporter's, not the thing's.
"""

from __future__ import annotations

import pytest

from .helpers import MODEL_IDS, MODELS, quotes_per_text
from .helpers import one_quote as _row
from .helpers import speaker_text as _speaker

# (text, words of the quote, the speaker's words)
SPEAKERS = [
    ("“Having the new clinic open in May is valuable,” said Skelly, explaining that the "
     "builders had finished early.", "the builders had finished", "Skelly"),
    ("“We will keep the library open for another year,” Mrs. Kern said, not even hinting that "
     "the council could close it later.", "the council could close", "Mrs. Kern"),
    ("She called it “shameful” and called on judges “to think again about the whole case.”",
     "to think again", "She"),
    ("Though there was no overlap with the mayor's staff, a city hall aide who spoke "
     "anonymously to discuss the talks said Monday, “Talks are still going on behind closed "
     "doors.”", "Talks are still going on", "a city hall aide"),
    ("The clerk shredded the ledgers, even though she had been asked to keep them by the audit "
     "committee.", "to keep them", "the audit committee"),
    ("The governor is reported to have called the protesters “a disgrace to the whole state.”",
     "a disgrace to the whole state", "The governor"),
]
# no speaker: the by-phrase names a thing, the passive is a request the subject heard
NO_SPEAKER = [
    ("The driver was told to leave the car by the gate.", "to leave the car"),
    ("The minister was asked to explain that the delay was over.", "the delay was over"),
]
# the reporter, not the thing his reported clause is about
REPORTER = [
    ("He said the deal was “unfair to farmers” and called on ministers “to start the talks "
     "again right away.”", "to start the talks", "He"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_the_speaker_hidden_by_the_parse_is_found(model):
    found = quotes_per_text([t for t, *_ in SPEAKERS], model)
    for (text, words, speaker), quotes in zip(SPEAKERS, found):
        row = _row(quotes, words)
        assert _speaker(row) == speaker, (text, row.to_dict())


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_thing_or_a_request_gives_no_speaker(model):
    found = quotes_per_text([t for t, _ in NO_SPEAKER], model)
    for (text, words), quotes in zip(NO_SPEAKER, found):
        hits = quotes[quotes["quote"].str.contains(words, regex=False)]
        assert all(_speaker(r) is None for _, r in hits.iterrows()), (text, hits.to_dict())


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_verb_coordinated_after_a_reported_clause_is_the_reporters(model):
    found = quotes_per_text([t for t, *_ in REPORTER], model)
    for (text, words, speaker), quotes in zip(REPORTER, found):
        row = _row(quotes, words)
        assert _speaker(row) == speaker, (text, row.to_dict())
