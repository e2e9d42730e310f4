"""Named sources of the sources evaluation (issue 24), session 13.

1. A name before its role, the role's closing comma left out ("Gareth Powell Jones, Labour
   housing spokesman said: …", common in British copy): the parser makes the name and the role
   two subjects of the verb; the name is the speaker, as with both commas
   (analysis.engine.quotes.subjects._name_before_role_subject). Not a place or time set off
   before a subject ("In Leeds, police said …"), nor a subject interrupted by a parenthetical
   cue ("Apple, analysts said, will …", "Okafor, one of his advisers said, “is …”"), nor a role
   alone ("club chairwoman said").
   The role is the speaker's ``speaker_role`` (analysis.engine.quotes.speakers.appos_role), so
   a gendered role noun ("spokeswoman", "chairwoman") genders a person whose first name the
   statistics do not know.
2. An inverted cue after its unquoted reported clause that the parser read with the speaker as
   its object ("…, argued the council's lawyer, Tom Beck.": *lawyer* the object of *argued*):
   the object is the speaker, with its appositive name
   (analysis.engine.quotes.subjects.inverted_object). Not the addressee of a verb that takes
   one ("…, told the court."), nor an object that does not close the sentence.
3. The character an actor plays ("her role as the rebel nurse Edith Cavell") is no antecedent
   of a speaker pronoun or an epithet ("she told the audience", "the Canadian-born actress"):
   the actor is (analysis.engine.quotes.pronouns.is_character, ``character_cues``). A person
   after a role with a preposition ("her role as adviser to Martha Reeve") stays a candidate.
"""

from __future__ import annotations

import pytest

from analysis import analyze

from .helpers import MODEL_IDS, MODELS, quotes_per_text
from .helpers import one_quote as _row
from .helpers import speaker_text as _speaker

# (text, words of the quote, the speaker phrase)
NAME_ROLE_NO_COMMA = [
    ("The council approved the budget on Monday. Gareth Powell Jones, Labour housing spokesman "
     "said: \"This is a wasted chance for tenants.\"", "This is a wasted chance",
     "Gareth Powell Jones"),
    ("The club confirmed the sale on Friday. Marta Lind, club chairwoman said: \"We had no "
     "choice but to sell.\"", "We had no choice", "Marta Lind"),
]
# (text, words of the quote, the speaker phrase, a word of the role, the gender)
RARE_NAME_ROLE = [
    ("The ward will close in May. Eirlys Pugh, Plaid Cymru health spokeswoman said: \"It is the "
     "same target they set in 1999.\"", "It is the same target", "Eirlys Pugh", "spokeswoman",
     "female"),
    ("The mill will shut next month. Adaeze Nwosu, union chairwoman said: \"Our members were "
     "told nothing.\"", "Our members were told", "Adaeze Nwosu", "chairwoman", "female"),
    ("The ward will close in May. Rodri Glynne Tomos, Plaid Cymru health spokesman said: \"It is "
     "the same target they set in 1999.\"", "It is the same target", "Rodri Glynne Tomos",
     "spokesman", "male"),
]
# no name before the role, or the comma sets off something else: the speaker stays
NOT_NAME_ROLE = [
    ("The club confirmed the sale on Friday. The club chairwoman said: \"We had no choice but "
     "to sell.\"", "We had no choice", "The club chairwoman"),
    ("The storm hit on Sunday. In Leeds, police said the road would stay shut until Tuesday.",
     "the road would stay shut", "police"),
    # a cue set off by commas inside the name's own clause: the role speaks, about the name
    ("The talks resume on Monday. Okafor, one of his advisers said, \u201cis not going to give "
     "ground\u201d on the budget.", "is not going to give ground", "one of his advisers"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_name_before_its_role_without_a_closing_comma_is_the_speaker(model):
    found = quotes_per_text([t for t, *_ in NAME_ROLE_NO_COMMA], model)
    for (text, words, speaker), quotes in zip(NAME_ROLE_NO_COMMA, found):
        row = _row(quotes, words)
        assert _speaker(row) == speaker, (text, row.to_dict())
        assert row["speaker_type"] == "person", (text, row.to_dict())


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_role_alone_or_a_place_before_the_subject_keeps_its_speaker(model):
    found = quotes_per_text([t for t, *_ in NOT_NAME_ROLE], model)
    for (text, words, speaker), quotes in zip(NOT_NAME_ROLE, found):
        assert _speaker(_row(quotes, words)) == speaker, text


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_the_role_after_the_name_is_the_speakers_role_and_gives_the_gender(model):
    found = quotes_per_text([t for t, *_ in RARE_NAME_ROLE], model)
    for (text, words, speaker, role, gender), quotes in zip(RARE_NAME_ROLE, found):
        row = _row(quotes, words)
        assert _speaker(row) == speaker, (text, row.to_dict())
        assert role in (row["speaker_role"] or ""), (text, row.to_dict())
        assert row["speaker_gender"] == gender, (text, row.to_dict())


# (text, words of the quote, a word of the speaker phrase, the cue)
INVERTED_OBJECT = [
    ("The judges heard the case on Tuesday. Parliament has the power to change the law if it "
     "dislikes the decision, argued the council's lawyer, Tom Beck.", "Parliament has the power",
     "Tom Beck", "argued"),
    ("The mine shut in 1991. Nobody in the valley has forgotten what happened, added the "
     "union's former secretary, Ann Lowe.", "Nobody in the valley", "Ann Lowe", "added"),
    ("The hearing ended on Monday. It was not for the panel to decide about the evidence, "
     "argued the club's solicitor, Tom Beck.", "It was not for the panel", "Tom Beck", "argued"),
]
# an addressee after the verb is no speaker
NOT_INVERTED_OBJECT = [
    ("The hearing went on for hours. Voters want change, told the court.", "Voters want change"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_an_inverted_speaker_read_as_the_verbs_object_is_the_speaker(model):
    found = quotes_per_text([t for t, *_ in INVERTED_OBJECT], model)
    for (text, words, speaker, cue), quotes in zip(INVERTED_OBJECT, found):
        row = _row(quotes, words)
        assert speaker in (_speaker(row) or ""), (text, row.to_dict())
        assert row["speaker_type"] == "person", (text, row.to_dict())
        assert row["cue"] == cue, (text, row.to_dict())


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_an_addressee_after_the_verb_is_no_inverted_speaker(model):
    found = quotes_per_text([t for t, _ in NOT_INVERTED_OBJECT], model)
    for (text, words), quotes in zip(NOT_INVERTED_OBJECT, found):
        assert _speaker(_row(quotes, words)) is None, text


# (text, words of the quote, the speaker's actor)
CHARACTERS = [
    ("The awards were handed out in London on Sunday night.\n\nBest actress went to Priya "
     "Natarajan for her role as the rebel nurse Edith Cavell in Dawn.\n\n\"I did not expect "
     "this at all,\" she told the audience.", "I did not expect", "Priya Natarajan"),
    ("Stars arrived early for the film awards in Edinburgh on Sunday.\n\nCheering for her "
     "co-star was Lena Marsh, herself nominated for her role as silent film icon Clara Bow in "
     "The Garden.\n\nWrapped in a long velvet coat, the Canadian-born actress stopped to talk "
     "to fans and joked: \"It is freezing but I love it.\"", "It is freezing", "Lena Marsh"),
    # a person after a role with a preposition is no character
    ("The ministry announced the changes on Friday.\n\nAnn Lowe spent a year in her role as "
     "adviser to Martha Reeve before the election.\n\n\"We did not expect to win,\" she "
     "said.", "We did not expect", "Ann Lowe"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_the_character_an_actor_plays_is_no_antecedent(model):
    texts = [t for t, *_ in CHARACTERS]
    corpus = analyze(texts, model=model, progress=False)
    quotes = corpus.quotes
    for (text, words, actor), article in zip(CHARACTERS, corpus.articles["article_id"]):
        row = _row(quotes[quotes["article_id"] == article], words)
        assert row["speaker_actor"] == actor, (text, row.to_dict())
