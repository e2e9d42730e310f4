"""Quotes left without a speaker (issue 25, class 7), session 18: three constructions that
continue someone already quoted or named, on both models, with what must not change.

1. A pronoun the quote predicates something of is no new subject: in the sentence right after
   a report, "That makes her “…”" finishes the reporter's words (the official model parsed
   "her" as the subject of a small clause inside the quote, so only en_news_sm continued it;
   analysis.engine.quotes.follow_on._predicated).
2. The owner of an utterance noun before a colon speaks: "Her reply: “…”", "The mayor's
   verdict on the plan: “…”", "His answer was blunt: “…”"; a thing's message ("The film's
   message:", "Its message:") is nobody's (analysis.engine.quotes.frames._utterance_owner).
3. BBC text runs the sentences of one quote together, each with an opening mark of its own;
   when only the clause rules attribute the first ("But Hale believes he lost the race in the
   heats. “In my heat, …. “That is when …”"), the sentences after it go on with it
   (analysis.engine.quotes.attribution._continue_embedded), when the first one's speaker is a
   person (not a first-person narrator). Not across another person named as a subject in
   between, nor when two people alternate.
"""

from __future__ import annotations

import pytest

from .helpers import MODEL_IDS, MODELS, quotes_per_text
from .helpers import one_quote as _row
from .helpers import speaker_text as _speaker

# (text, words of the quote, the speaker's words)
PREDICATED = [
    ("“She still keeps the friends she made at primary school,” her brother has said while "
     "campaigning for her. That makes her “by definition a loyal and decent person.”",
     "by definition a loyal", "her brother"),
    ("“They answer every call within the hour,” Grace Obi said of the volunteers. That makes "
     "them “the most reliable service in the county.”", "the most reliable service",
     "Grace Obi"),
]
# the sentence after the report is about someone else: no carried-over speaker
NOT_PREDICATED = [
    ("“He never gives up on a pupil,” said Grace Obi, who chairs the school's governors. Tom "
     "Hale, the mayor, thinks him “the best head teacher this town has had in forty years.”",
     "the best head teacher", "Grace Obi"),
]

OWNERS = [
    ("Ellen Park, the mayor, was asked on Monday why the bridge had been closed.\n\nHer reply: "
     "“We had no choice. The engineers told us it was unsafe.”", "We had no choice", "Her"),
    ("The council voted to close the library in March. The mayor's verdict on the plan: “This "
     "is the worst decision this council has made in a decade.”", "the worst decision",
     "The mayor"),
    ("Coach Dan Miles was asked whether his team could still win the league. His answer was "
     "blunt: “No, not with this squad and not with these injuries.”", "not with this squad",
     "His"),
]
NOT_OWNERS = [
    ("The band released a video for the new single on Friday. The film's message: “Stay at "
     "home, look after each other and wait for the summer.”", "Stay at home"),
    ("The charity launched its winter appeal in Leeds. Its message: “Nobody should have to "
     "sleep on the streets of this city this winter.”", "Nobody should have to"),
]

RUN_ON = [
    ("Mark Hale finished third in the final. But Hale believes he lost the race in the heats. "
     "“In my heat, I should have run harder but I was saving energy. “That is when the others "
     "came past me and I finished fourth. “I believe that is what put me in the outside lane.”",
     "That is when the others", "Hale"),
]
# another person named as a subject in between, or two people alternating: not the first one
NOT_RUN_ON = [
    ("Mark Hale finished third in the final. But Hale believes he lost the race in the heats. "
     "“In my heat, I should have run harder but I was saving energy.” His coach, Ann Reed, "
     "sees it differently. “He simply ran a poor race and he knows it.”",
     "He simply ran a poor race", "Hale"),
    ("Mark Hale finished third in the final. But Hale believes he lost the race in the heats. "
     "“In my heat, I should have run harder but I was saving energy.” Ann Reed, his coach, "
     "disagrees. “He ran a poor race.” Hale shrugs. “She always says that about me.” Reed "
     "laughs. “Because it is always true.”", "Because it is always true", "Hale"),
]
# the clause rules gave the first quote a first-person narrator or a place: nothing carried over
NOT_CARRIED = [
    ("Jim Bell built his name as a plain-speaking farmer.\n\nI fell in love with someone and "
     "things went badly wrong in the summer. “I tried for three years to make it work.” “Trust "
     "is something which matters so much to me as a man and as a father.”",
     "Trust is something which matters"),
]


def _speaker_of(quotes, words):
    return _speaker(_row(quotes, words)) or ""


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_that_makes_her_finishes_the_report_before_it(model):
    found = quotes_per_text([t for t, *_ in PREDICATED], model)
    for (text, words, speaker), quotes in zip(PREDICATED, found):
        assert speaker in _speaker_of(quotes, words), (text, list(quotes["speaker"]))


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_sentence_about_someone_else_is_not_the_reporters(model):
    found = quotes_per_text([t for t, *_ in NOT_PREDICATED], model)
    for (text, words, speaker), quotes in zip(NOT_PREDICATED, found):
        hits = quotes[quotes["quote"].str.contains(words, regex=False)]
        assert all(speaker not in (s if isinstance(s, str) else "") for s in hits["speaker"]), \
            (text, list(quotes["speaker"]))


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_the_owner_of_a_reply_before_a_colon_speaks(model):
    found = quotes_per_text([t for t, *_ in OWNERS], model)
    for (text, words, speaker), quotes in zip(OWNERS, found):
        row = _row(quotes, words)
        assert (_speaker(row) or "") == speaker, (text, row.to_dict())
        assert row["kind"] == "direct"


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_reply_resolves_to_the_person_before_it(model):
    found = quotes_per_text([OWNERS[0][0]], model)
    row = _row(found[0], OWNERS[0][1])
    assert row["speaker_actor"] == "Ellen Park", row.to_dict()


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_things_message_is_nobodys(model):
    found = quotes_per_text([t for t, _ in NOT_OWNERS], model)
    for (text, words), quotes in zip(NOT_OWNERS, found):
        hits = quotes[quotes["quote"].str.contains(words, regex=False)]
        assert all(not isinstance(s, str) for s in hits["speaker"]), (text, list(quotes["speaker"]))


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_run_on_sentences_go_on_with_a_quote_the_clause_rules_attributed(model):
    found = quotes_per_text([t for t, *_ in RUN_ON], model)
    for (text, words, speaker), quotes in zip(RUN_ON, found):
        assert speaker in _speaker_of(quotes, words), (text, list(quotes["speaker"]))


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_no_run_on_across_another_person_or_alternating_speakers(model):
    found = quotes_per_text([t for t, *_ in NOT_RUN_ON], model)
    for (text, words, speaker), quotes in zip(NOT_RUN_ON, found):
        hits = quotes[quotes["quote"].str.contains(words, regex=False)]
        assert all(speaker not in (s if isinstance(s, str) else "") for s in hits["speaker"]), \
            (text, list(zip(quotes["quote"], quotes["speaker"])))


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_no_run_on_from_a_first_person_narrator(model):
    found = quotes_per_text([t for t, _ in NOT_CARRIED], model)
    for (text, words), quotes in zip(NOT_CARRIED, found):
        hits = quotes[quotes["quote"].str.contains(words, regex=False)]
        assert all(not isinstance(s, str) for s in hits["speaker"]), \
            (text, list(zip(quotes["quote"], quotes["speaker"])))
