"""Quotes found with no speaker (issue 25, speaker accuracy), session 14: who said them.

1. A quote that holds the main clause of its sentence and finishes it, the narration before it
   only a subject or an adverbial lead ("Unless the council acts, “we will …”", "The council
   “simply did not listen …”"), continues the speaker of an attribution in the sentences just
   before it (analysis.engine.quotes.attribution._quoted_main_clause); not a quoted phrase under
   a verb of the narration, nor a quote after a clause of the narration's own.
2. A quoted sentence after a comma that ends a clause of its own ("Garcia shot back, “…”",
   "Warren shared her worries with donors, “…”") is that clause's subject's
   (analysis.engine.quotes.embedded.comma_clause; a participle sharing the subject may end the
   clause: "clashed with the witness, chiding him, “…”"); not after a subordinate clause ("When the
   mayor arrived, “…”"), a clause ending in a verb below its main one ("prompted the Almanac
   to state, “…”"), a negated verb or a subject that cannot speak.
3. A one-word quoted title in the subject's apposition, parsed as a second subject ("Hayes, star
   of the drama “Riverside,” thanked …"), does not hide the subject
   (analysis.engine.quotes.embedded._subject_attribution).
4. A relative clause with a contracted "has" that the small model parses as a passive auxiliary
   beside an active subject ("Haugland, who’s argued for years that …") reports its antecedent's
   words (analysis.engine.quotes.subjects.perfect_contraction).
"""

from __future__ import annotations

import pytest

from .helpers import MODEL_IDS, MODELS, quotes_per_text
from .helpers import one_quote as _row
from .helpers import speaker_text as _speaker


# (text, words of the quote, the speaker's words)
MAIN_CLAUSES = [
    ("“This is a turning point for the party,” said Mark Ellis, a veteran organizer in Ohio. "
     "Unless the governor changes course, “we are going to lose the whole state in the fall.”",
     "we are going to lose", "Mark Ellis"),
    ("“We never expected this,” said Nora Quinlan, who runs a bakery on Main Street. The "
     "council “simply did not listen to anyone who works here.”", "simply did not listen",
     "Nora Quinlan"),
    ("“The budget is a mess,” said Councillor Ray Dunn. If the mayor vetoes it again, “the "
     "city will run out of money by March.”", "the city will run out", "Ray Dunn"),
]
# the narration around the quote decides: no continuation
NOT_MAIN_CLAUSES = [
    # (session 13: a quoted phrase finishing the sentence right after a report, in a sentence
    # about no one else — "But that is not the same as “…”", "That makes her “…”" — now is
    # the reporter's, as PolNeAR reads it: tests/test_speakers_s17_nospk.py, FOLLOW_ON)
    # a quoted phrase under a verb of the narration that does not finish its sentence
    ("“The plan is sound,” Ellis added. But that is not the same as “a plan that voters will "
     "accept” in a referendum next spring.", "a plan that voters will"),
    ("“She keeps her word,” Tom Baker said while campaigning for his sister. That makes her "
     "“the most reliable person in this race” for the voters of the east side.",
     "the most reliable person"),
    # a headline-like noun phrase with quoted words
    ("“We bought the company at the top of the market,” said Mary Hale.\n\nA “twenty billion "
     "dollar mistake”?", "twenty billion dollar"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_quoted_main_clause_continues_the_speaker_before_it(model):
    found = quotes_per_text([t for t, *_ in MAIN_CLAUSES], model)
    for (text, words, speaker), quotes in zip(MAIN_CLAUSES, found):
        row = _row(quotes, words)
        assert speaker in (_speaker(row) or ""), (text, row.to_dict())


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_quoted_phrase_under_a_verb_of_the_narration_continues_no_one(model):
    found = quotes_per_text([t for t, _ in NOT_MAIN_CLAUSES], model)
    for (text, words), quotes in zip(NOT_MAIN_CLAUSES, found):
        hits = quotes[quotes["quote"].str.contains(words, regex=False)]
        assert hits.empty or _speaker(hits.iloc[0]) is None, (text, hits.to_dict("records"))


# (text, words of the quote, the speaker's words, the verb)
COMMA_CLAUSES = [
    ("“We have done our part,” said Mayor Ann Lind. Garcia shot back, “The governor has no plan "
     "and he knows it.”", "The governor has no plan", "Garcia", "shot"),
    ("The senator spoke at a dinner on Tuesday. Earlier this week, Warren shared some of her "
     "worries with donors at a fundraiser in Boston, “I do not know what the party will look "
     "like in a year.”", "I do not know what the party", "Warren", "shared"),
    ("The hearing ended after midnight. Dashing into the meeting, Senator Ann Ruiz, Democrat of "
     "Nevada, called over her shoulder, “This bill is not going anywhere.”",
     "This bill is not going", "Ann Ruiz", "called"),
    # a participle sharing the subject ends the clause
    ("The hearing was tense. Senator Ann Ruiz clashed with the witness over the budget, chiding "
     "him, “What difference does one more report make now?”", "What difference does one",
     "Ann Ruiz", "clashed"),
    ("The debate was tense. Mayor Tom Hale turned to his rival, pointing at the chart, “These "
     "numbers have not changed in three years.”", "These numbers have not", "Tom Hale",
     "turned"),
]
# no speaker from the clause before the comma
NOT_COMMA_CLAUSES = [
    # a subordinate clause sets the scene
    ("The crowd waited for an hour. When the mayor finally arrived, “We were all ready to go "
     "home by then.”", "We were all ready"),
    ("The doors opened at nine. As the governor walked in, “Nobody in the room said a single "
     "word.”", "Nobody in the room"),
    # the clause ends in a verb below its main one: the words are not its subject's
    ("That record prompted the Almanac of County Elections, which tracks bellwether counties, "
     "to state, “Vigo County is the most reliable bellwether in the whole country.”",
     "Vigo County is the most"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_quoted_sentence_after_a_clause_and_a_comma_is_the_clause_subjects(model):
    found = quotes_per_text([t for t, *_ in COMMA_CLAUSES], model)
    for (text, words, speaker, verb), quotes in zip(COMMA_CLAUSES, found):
        row = _row(quotes, words)
        assert speaker in (_speaker(row) or ""), (text, row.to_dict())
        assert row["cue"] == verb, (text, row.to_dict())
        assert row["kind"] == "direct"


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_no_speaker_from_a_subordinate_clause_before_the_comma(model):
    found = quotes_per_text([t for t, _ in NOT_COMMA_CLAUSES], model)
    for (text, words), quotes in zip(NOT_COMMA_CLAUSES, found):
        assert _speaker(_row(quotes, words)) is None, text


# (text, words of the quote, the speaker's words, the verb)
QUOTED_APPOSITIONS = [
    ('The film opened on Friday. Hayes, star of the hit drama "Riverside," thanked the governor '
     'for "standing up for working actors when nobody else would."', "standing up for working",
     "Hayes", "thanked"),
    ("The vote was close. Perez, author of the memoir “Crossings,” thanked the voters for "
     "“trusting a newcomer with such an important job.”", "trusting a newcomer", "Perez",
     "thanked"),
    ("The show ended. Cole, host of the late show “Nightcap,” praised the network for “taking "
     "a chance on a show that nobody else wanted.”", "taking a chance", "Cole", "praised"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_quoted_title_in_the_subjects_apposition_does_not_hide_the_subject(model):
    found = quotes_per_text([t for t, *_ in QUOTED_APPOSITIONS], model)
    for (text, words, speaker, verb), quotes in zip(QUOTED_APPOSITIONS, found):
        row = _row(quotes, words)
        assert speaker in (_speaker(row) or ""), (text, row.to_dict())
        assert row["cue"] == verb, (text, row.to_dict())


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_subject_after_the_closing_mark_of_the_sentence_before_is_not_quoted(model):
    text = ("Lee blamed his loss on “a closed primary where independents cannot vote.” He "
            "thanked his volunteers for “knocking on every door in the district, twice.”")
    row = _row(quotes_per_text([text], model)[0], "knocking on every door")
    assert _speaker(row) == "He", row.to_dict()
    assert row["cue"] == "thanked", row.to_dict()


# (text, words of the reported clause, the speaker's words): a contracted "has" the small model
# parses as a passive auxiliary while keeping the relative pronoun an active subject
CONTRACTED_HAS = [
    ("That effort has been led by state party chairman Carl Haugland, who’s argued for years "
     "that delegates cannot be bound to any candidate.", "delegates cannot be bound",
     "Carl Haugland"),
    ("The bill was drafted by Senator Lena Ortiz, who’s said for months that the tax is unfair "
     "to small farms.", "the tax is unfair", "Lena Ortiz"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_relative_clause_with_a_contracted_has_names_its_speaker(model):
    found = quotes_per_text([t for t, *_ in CONTRACTED_HAS], model)
    for (text, words, speaker), quotes in zip(CONTRACTED_HAS, found):
        row = _row(quotes, words)
        assert speaker in (_speaker(row) or ""), (text, row.to_dict())
