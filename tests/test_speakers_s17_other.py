"""Wrong speakers named in the sentence (issue 25, session 13, causes "other" and "unnamed").

1. A share phrase right before a finite speech verb the parser gave no subject ("Two in five
   said A and one in six said B", "…, but about 30 percent said B") is that verb's subject,
   not the first clause's subject it would inherit; the second report is no part of the first
   one's content (analysis.engine.quotes.subjects.share_subject).
2. A participle set off after a reporting clause placed after what it reports ("X cannot claim
   that “…,” Alvarez added, saying …") is the reporter's, not the subject of the clause reported
   (analysis.engine.quotes.subjects._inverted_reporter).
3. After "NAME, who/whose …," a speech verb whose next words are the subject of its own
   complement ("…, said flood defences -- … -- need repair") is NAME's cue, not a cue set off
   inside another clause with an inverted speaker (analysis.engine.quotes.parenthetical).
4. A participle after an absolute "with" phrase ("…, with about one in five saying …") is the
   phrase's, not the main clause subject's; not a verb's own "with" ("met with leaders saying")
   (analysis.engine.quotes.subjects._with_subject).
5. A participle the parser made the predicative complement of a verb right after its object
   ("have left 58 percent of patients saying …") is the object's, not the verb subject's
   (analysis.engine.quotes.subjects._object_before_participle).
"""

from __future__ import annotations

import pytest

from .helpers import MODEL_IDS, MODELS, quotes_per_text
from .helpers import one_quote as _row
from .helpers import speaker_text as _speaker

# (text, words of the quote, the speaker, words the quote must not hold or None)
SHARES = [
    ("Two in five said the council does not care very much about the town and one in six said "
     "the council was openly hostile to the town.", "openly hostile", "one in six", None),
    ("Two in five said the council does not care very much about the town and one in six said "
     "the council was openly hostile to the town.", "does not care", "Two in five",
     "one in six"),
]
# a share phrase that is the parse subject stays so
SHARES_KEPT = [
    ("One in six said the council was hostile to the town.", "hostile", "One in six"),
    ("Most residents said the plan was fair, but about 30 percent said it would raise rents.",
     "raise rents", "30 percent"),
    ("Most residents said the plan was fair, but about 30 percent said it would raise rents.",
     "was fair", "Most residents"),
]

INVERTED_REPORTER = [
    ('The mayor cannot claim that "from his own view," Alvarez added, saying it should be '
     '"up to the voters to decide."', "up to the voters", "Alvarez"),
    ('The club cannot expect that "out of pure loyalty," Ms. Brennan added, noting that fans '
     'had paid twice for tickets.', "paid twice", "Brennan"),
]
# a participle after a reporting verb with its clause after it stays that verb's speaker's
REPORTER_KEPT = [
    ("The minister warned that the strike could spread to the ports, adding that talks would "
     "resume on Monday.", "talks would resume", "The minister"),
    ("The board had no authority to sell the land, Patel insisted, arguing that the deal broke "
     "the charter.", "broke the charter", "Patel"),
]

SET_OFF_SUBJECT = [
    ("Maria Lopez, whose district borders the river, said flood defences -- those built in the "
     "1990s -- need urgent repair.", "need urgent repair", "Maria Lopez"),
    ("Helen Ward, who became head of outreach after the previous director quit in protest, said "
     "young voters are interested in more than just jobs, and that many will listen.",
     "interested in more", "Helen Ward"),
]
# real parenthetical cues with an inverted speaker stay so
PARENTHETICAL_KEPT = [
    ("The budget, says Ms Carter, was never going to survive.", "never going", "Ms Carter"),
    ("The mayor, said Ann Cole, who has known him for years, never forgets a slight.",
     "never forgets", "Ann Cole"),
]


WITH_PHRASE = [
    ("About half of the members described themselves as moderates with about one in five saying "
     "they are very conservative.", "very conservative", "one in five"),
]
WITH_PHRASE.append(
    ("Among retirees, about two-thirds of the members described themselves as moderates with "
     "about three in 10 saying they are very conservative.", "very conservative", "three in 10"))
WITH_KEPT = [
    ("The vote split the party, with many members saying the leader should resign.",
     "should resign", "many members"),
    ("She spoke with reporters, saying the plan was dead.", "was dead", "She"),
]


def _check(cases, model):
    found = quotes_per_text([c[0] for c in cases], model)
    for case, quotes in zip(cases, found):
        text, words, speaker = case[:3]
        row = _row(quotes, words)
        assert speaker in (_speaker(row) or ""), (text, row.to_dict())
        if len(case) > 3 and case[3] is not None:
            assert case[3] not in row["quote"], (text, row.to_dict())


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_share_phrase_before_a_subjectless_verb_speaks(model):
    _check(SHARES, model)


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_share_phrases_that_are_subjects_stay(model):
    _check(SHARES_KEPT, model)


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_participle_after_an_inverted_reporting_clause_is_the_reporters(model):
    _check(INVERTED_REPORTER, model)


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_participle_after_a_reporting_verb_with_its_clause_stays(model):
    _check(REPORTER_KEPT, model)


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_the_subject_of_the_reported_clause_is_no_inverted_speaker(model):
    _check(SET_OFF_SUBJECT, model)


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_parenthetical_cues_keep_their_inverted_speaker(model):
    _check(PARENTHETICAL_KEPT, model)


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_participle_after_a_with_phrase_is_the_phrases(model):
    _check(WITH_PHRASE, model)
    _check(WITH_KEPT, model)


OBJECT_CONTROL = [
    ("The closures of rural clinics have left 58 percent of patients saying care is getting "
     "worse.", "getting worse", "patients"),
    ("The storm damage has left most farmers saying the season is lost.", "season is lost",
     "most farmers"),
]
# a share of people is the speaker whether the parser made the participle a complement or an
# adverbial clause
OBJECT_CONTROL.append(
    ("The closures of rural clinics and the loss of two hospitals have left 62 percent of "
     "patients saying care is getting worse.", "getting worse", "patients"))
OBJECT_CONTROL_KEPT = [
    ("The senator ended the speech saying the fight was not over.", "not over", "The senator"),
    ("She emailed supporters saying the campaign needed money.", "needed money", "She"),
    ("The minister greeted the crowd, saying the new bridge would open soon.", "open soon",
     "The minister"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_the_object_before_a_predicative_participle_speaks(model):
    _check(OBJECT_CONTROL, model)
    _check(OBJECT_CONTROL_KEPT, model)
