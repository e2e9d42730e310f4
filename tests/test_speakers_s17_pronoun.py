"""Speaker pronouns and continued quotes, issue 25, session 13 (wrong speakers of causes
``pronoun`` and ``continued``).

1. A he/she said inside a clause whose subject, earlier in its sentence, is a named person is
   that person's, not the previous speaker's nor a name in a side clause
   (analysis.engine.quotes.pronouns._governing_subject): "Governor Reilly, recalling that
   Mr. Adams had …, said he would veto the bill, which he argued was …": Reilly.
2. A sentence whose lead-in names one person before the quotation a he/she attributes is that
   person's ("Lang fired back: “…,” he wrote", analysis.engine.quotes.pronouns._lead_in_subject),
   also when the NER leaves the surname alone unlabelled.
3. A speaker "they" inside a clause whose nearest subject is an organisation's mention is that
   organisation's ("The National Farmers Union rejected the plan, which they said …"), not the
   group quoted before (analysis.engine.quotes.pronouns._governing_organisation); any other
   subject leaves the earlier speakers to decide.
4. A set-off cue's content ("In any case, Mr. Mercer said, the market was full.") ends at its
   sentence's full stop when a quotation opens after it, though the parser ran on into that
   quotation: the quotation keeps its own cue ("''…,'' he said") and the next quote continues
   that "he" (analysis.engine.quotes.parenthetical._sentence_end).
"""

from __future__ import annotations

import pytest

from .helpers import MODEL_IDS, MODELS, quotes_per_text
from .helpers import one_quote as _row

# (text, words of the quote, the speaker's actor)
GOVERNING = [
    ("Mayor Paul Adams spoke at the opening of the library on Monday. “We are proud of this "
     "building,” he said.\n\nGovernor Tom Reilly, recalling that Mr. Adams had opposed the "
     "budget, said he would veto the bill, which he argued was a waste of public money.",
     "was a waste of public money", "Tom Reilly"),
    ("Senator Ruth Dawson answered questions for an hour. “We will win this fight,” she said."
     "\n\nIn Boston, Susan Miller proposed new rules that would end what she said were unfair "
     "fees on small farms.", "unfair fees on small farms", "Susan Miller"),
]
LEAD_IN = [
    ("David Moss wrote on Twitter that the plan was a mistake, hours after the council's "
     "spokesman Peter Lang defended it.\n\nLang fired back: “As a friend of the council,” he wrote, “you "
     "should know better than that.”", "you should know better", "Peter Lang"),
]
# a subject that is no person, or a speaker pronoun that is its verb's own subject in a main
# clause: the discourse decides, as before (the previous speaker)
UNCHANGED = [
    ("“We will appeal the ruling,” Tom Reilly said on Monday. The appeal, which he said would "
     "be filed this week, may take a year.", "be filed this week", "Tom Reilly"),
    ("“We will appeal the ruling,” Tom Reilly said on Monday. The ruling came after a long "
     "trial. He said the judge had ignored the evidence.", "the judge had ignored",
     "Tom Reilly"),
]
# (text, words of the quote, speaker type, speaker actor)
THEY = [
    ("Officials at the Environment Agency said on Monday that the river was safe. The National "
     "Farmers Union rejected the plan, which they said would cost farmers millions.",
     "would cost farmers millions", "organization", "National Farmers Union"),
]
NOT_THEY = [  # a person as the subject above: the group quoted before, as before
    ("Officials at the Environment Agency said on Monday that the river was safe. The "
     "council's leader, Ann Cole, rejected the plan, which they said would cost farmers "
     "millions.", "would cost farmers millions", "group", None),
    ("The Environment Agency published a report on Monday. “The river is safe for swimming,” "
     "they said.", "The river is safe", "organization", "Environment Agency"),
]
# (text, words of the set-off cue's content, words it must not hold, words of the next
# quotation, its cue and speaker)
RUN_ON = [
    ("Jay Mercer runs the club. In any case, Mr. Mercer said, the golf industry was vastly "
     "over-supplied with courses. ''It was just waiting for a recession to knock the hell out "
     "of it,'' he said. ''The slump separated the strong clubs from the weak.''",
     "the golf industry was vastly over-supplied", "waiting for a recession",
     "It was just waiting", "said", "he"),
    ("Mark Pence spoke to donors on Monday. Time, Mr. Pence added, was on their side. ''It's "
     "preseason, for heaven's sake,'' he said. ''The race starts in September.''",
     "was on their side", "preseason", "It's preseason", "said", "he"),
]
# a closing mark after the full stop ends no sentence early: the quoted words stay the report's
NOT_RUN_ON = [
    ("The new rules, the minister said, ''will come into force in May.'' Critics disagree.",
     "will come into force in May"),
    ("The budget, Ms. Carter said, was cut by a third. Nobody expected it.",
     "was cut by a third"),
]


def _actor(row) -> str | None:
    value = row["speaker_actor"]
    return value if isinstance(value, str) else None


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_pronoun_inside_a_named_subjects_clause_is_that_persons(model):
    found = quotes_per_text([t for t, *_ in GOVERNING], model)
    for (text, words, actor), quotes in zip(GOVERNING, found):
        row = _row(quotes, words)
        assert _actor(row) == actor, (text, row.to_dict())
        assert (row["speaker"] or "").lower() in ("he", "she"), row.to_dict()


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_lead_in_subject_before_the_quotation_takes_its_pronoun(model):
    found = quotes_per_text([t for t, *_ in LEAD_IN], model)
    for (text, words, actor), quotes in zip(LEAD_IN, found):
        row = _row(quotes, words)
        assert _actor(row) == actor, (text, row.to_dict())


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_no_person_subject_leaves_the_discourse_to_decide(model):
    found = quotes_per_text([t for t, *_ in UNCHANGED], model)
    for (text, words, actor), quotes in zip(UNCHANGED, found):
        row = _row(quotes, words)
        assert _actor(row) == actor, (text, row.to_dict())


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_set_off_cue_stops_at_its_sentence_before_the_next_quotation(model):
    found = quotes_per_text([t for t, *_ in RUN_ON], model)
    for (text, words, absent, quoted, cue, speaker), quotes in zip(RUN_ON, found):
        report = _row(quotes, words)
        assert absent not in report["quote"], (text, report.to_dict())
        row = _row(quotes, quoted)
        assert row["cue"] == cue and row["speaker"] == speaker, (text, row.to_dict())


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_closing_mark_after_the_stop_ends_nothing_early(model):
    found = quotes_per_text([t for t, _ in NOT_RUN_ON], model)
    for (text, words), quotes in zip(NOT_RUN_ON, found):
        row = _row(quotes, words)
        assert row["speaker"] in ("the minister", "Ms. Carter"), (text, row.to_dict())
        assert "Critics" not in row["quote"] and "Nobody" not in row["quote"], row.to_dict()


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_they_inside_an_organisations_clause_is_that_organisations(model):
    cases = THEY + NOT_THEY
    found = quotes_per_text([t for t, *_ in cases], model)
    for (text, words, kind, actor), quotes in zip(cases, found):
        row = _row(quotes, words)
        assert row["speaker"] == "they", (text, row.to_dict())
        assert (row["speaker_type"], _actor(row)) == (kind, actor), (text, row.to_dict())
