"""Quotes left without a speaker or with a speaker phrase that runs on, session 20 (helper
s24-nospeaker): constructions the two models parse differently, read the same on both.

- a relative clause or participle on the last conjunct of a coordinated speaker ("Senator Ann
  Miller and Representative Tom Burke, who both sit on the committee, said …"): the speaker
  phrase ends before the clause; before, only the clause's verb was left out and its words ran
  the phrase on, over the reported clause itself when the participle was the cue ("with several
  senators and even a former governor suggesting that …"), which left the quote without a
  speaker (analysis.engine.quotes.speakers._conjunct_edge);
- an absolute "with A and B <participle>" whose first conjunct is no known speaker noun
  ("with other candidates and even a prominent newspaper columnist suggesting …"): a conjunct
  that can speak makes the phrase the speaker (subjects._conjunct_speaks);
- a speech verb the parser hung on a reduced relative it took for the main verb ("An inspector
  general's report issued earlier this year reported …"): the participle's subject speaks
  (subjects.reduced_relative_subject), also as the document subject "found" needs to be a cue
  ("A Treasury report released last month found that …", cues._is_cue_verb);
- "“…,” the mayor said, asked whether …": the question verb set off after the speech verb is
  no content of it (en_news_sm parses it as the complement and made the question a quote of
  the mayor's: cues._asked_aside); where the parser made *asked* the root and the speech
  verb its parataxis ("“It’s been six long years,” Kerr said, asked about …", both models),
  *asked* is no cue and the quote is Kerr's, not a quote of "“…,” Kerr said" with no speaker
  (cues._asked_after_report).
- a name the parser hung on the time phrase after it ("Hollis earlier Thursday said …",
  en_news_sm: *Hollis* the ``npadvmod`` of *earlier*) is the speaker of the verb left without
  a subject (subjects._name_before_time).

What must not change: a relative clause on a single speaker or on the first conjunct, a
participle set off by commas inside the subject, a statement "released by the club" that the
parser already reads right, and a finite verb coordinated with "and".
"""

from __future__ import annotations

import pytest

from .helpers import MODEL_IDS, MODELS, one_quote, quotes_per_text, speaker_text

NAMED = [
    ("Senator Ann Miller and Representative Tom Burke, who both sit on the committee, said the "
     "hearing would go ahead.", "the hearing would go ahead",
     "Senator Ann Miller and Representative Tom Burke"),
    ("The plan drew criticism from both parties, with several senators and even a former "
     "governor suggesting that it would never pass.", "it would never pass",
     "several senators and even a former governor"),
    ("The attacks are now spreading through the race, with other candidates and even a "
     "prominent newspaper columnist suggesting that his past is fair game.",
     "his past is fair game", "other candidates and even a prominent newspaper columnist"),
    ("An inspector general's report issued earlier this year reported that the servers had "
     "been attacked several times.", "the servers had been attacked",
     "An inspector general's report"),
    ("Many lawmakers say there are also security concerns. A Treasury report released last "
     "month found that the agency could not be sure that the funds were not coming from "
     "\"smuggling, fraud or other crimes.\"", "the agency could not be sure",
     "A Treasury report"),
    ("The plan lacks detail. “It’s been six long years,” Kerr said, asked about the vagueness "
     "in an interview. “Why should I be surprised?”", "six long years", "Kerr"),
    ("Critics said the inquiry had dragged on. Hollis earlier Thursday said the committee has "
     "held a total of 40 hearings since it began, including recent sessions with two former "
     "aides.", "the committee has held", "Hollis"),
]

ASKED = [
    ("\"It has taken far too long,\" Senator Mark Ellison said, asked about the delay in an "
     "interview. \"Why should anyone be surprised?\"", "asked about the delay"),
    ("\"We are not giving up,\" the mayor said, asked whether the city would appeal.",
     "asked whether the city"),
    ("“We will appeal,” the mayor said, asked about the ruling on Tuesday.", "asked about"),
]

UNCHANGED = [
    ("Parents and teachers who attended the meeting said the school had ignored their "
     "concerns.", "the school had ignored their concerns", "Parents and teachers"),
    ("Local farmers and a spokesman for the growers' union, speaking outside the court, said "
     "the ruling was unfair.", "the ruling was unfair",
     "Local farmers and a spokesman for the growers' union"),
    ("A statement released by the club on Monday said the manager had left by mutual "
     "consent.", "the manager had left", "A statement"),
    ("A Government Accountability Office report released last year found that the agency "
     "could not trace the money.", "the agency could not trace the money",
     "A Government Accountability Office report"),
    ("The proposal was shelved, with the mayor and several council members saying it would "
     "cost too much.", "it would cost too much", "the mayor and several council members"),
    ("The two men will talk next week, a spokesman said. Ramsey later Friday told CNN: “Both "
     "leaders are getting together next week to settle these things.”", "Both leaders",
     "Ramsey"),
    ("Officials on Tuesday said the project would go ahead.", "the project would go ahead",
     "Officials"),
]


def _check(cases, model):
    for (text, words, name), quotes in zip(cases, quotes_per_text([t for t, *_ in cases],
                                                                   model)):
        row = one_quote(quotes, words)
        assert speaker_text(row) == name, (text, row.to_dict())


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_coordinated_or_misparsed_speaker_is_found(model):
    _check(NAMED, model)


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_speakers_read_right_before_stay(model):
    _check(UNCHANGED, model)


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_no_speaker_for_a_verb_after_and(model):
    text = "The bill passed the House last week and said nothing about the tax."
    (quotes,) = quotes_per_text([text], model)
    assert quotes.empty or all(speaker_text(r) != "The bill" for _, r in quotes.iterrows())


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_the_question_answered_is_no_quote(model):
    for (text, words), quotes in zip(ASKED, quotes_per_text([t for t, _ in ASKED], model)):
        assert not quotes["quote"].str.contains(words, regex=False).any(), (text, quotes)
        assert len(quotes) >= 1, text
