"""Indirect quotes whose cue verb was found but whose speaker was not (issue 25): the speaker is
where the grammar puts it, whatever the parser made of the sentence; a cue that is no speech
makes no quote.

Rules (analysis.engine.quotes):

* ``subjects.perfect_contraction``: "He's said he will run" is "has said" (the parser reads a
  passive "is said" and the subject as one who heard): the subject speaks, also through a
  relative pronoun ("the senator, who's said …"); "He's said to be furious" and "It's said
  that …" stay passives with no speaker, as does "she's told that …" (an addressee verb with
  no object);
* ``cues._that_said``: "That said, …" opening a sentence is the writer's concession, no cue;
  the report after it is found on its own;
* ``subjects.misparsed_clause_subject``: a subjectless cue verb shares the subject of the clause
  the parser hung before it ("The coach praised his players, then said …"; the last of
  coordinated verbs), or of the verb it hangs on as ``dep`` when the subject's participle or
  adjective phrase was read as the clause ("Republican donors clamoring to … say …"), or of a
  participle clause that took the subject ("House Democrats, looking for …, seized … and
  said …"); never an expletive "it" nor a quoted clause's subject;
* ``subjects.gerund_owner``: a gerund cue under a preposition on a verb's object speaks for
  that verb's subject ("The minister has a long history of telling reporters that …"), not
  after a noun of what is said before "of" ("mocked the idea of saying that …");
* ``subjects.phrase_before``: a share set off by commas right before a subjectless verb
  ("about two-thirds, 67 percent, say …") speaks.

Runs on both shared models (the model is passed to ``analyze``); every text is analysed as an
article of its own."""

from __future__ import annotations

import pytest

from analysis import config

from .helpers import quotes_per_text

MODELS = [None, str(config.shared_dir() / "models" / "en_news_sm-3.8.0")]
MODEL_IDS = ["en_core_web_sm", "en_news_sm"]

# (text, content, speaker words): one indirect quote with that speaker
CONTRACTED = [
    ("She's said the company will not cut jobs this year.",
     "the company will not cut jobs this year", "She"),
    ("He's argued for months that the tax is unfair to farmers.",
     "the tax is unfair to farmers", "He"),
    ("The senator, who's said she will vote against the bill, left the chamber early.",
     "she will vote against the bill", "The senator"),
]
CONTRACTED_IDS = ["she-has-said", "he-has-argued", "who-has-said"]

# passives with "'s" ("is"): no speaker, or no quote
PASSIVE = [
    ("He's said to be furious with the decision.", None),
    ("It's said that the castle is haunted.", "the castle is haunted"),
    ("She's told that the plan is dead.", "the plan is dead"),
]

CONCESSION = [
    ("That said, the minister says the budget will be balanced.",
     "the budget will be balanced", "the minister"),
    ("But that being said, officials insist the plan will go ahead.",
     "the plan will go ahead", "officials"),
]
NO_REPORT = "That said, a ruling against the city would be a blow to its plans."

MISPARSED = [
    ("The coach praised his players, then said the team still had work to do.",
     "the team still had work to do", "The coach"),
    ("The mayor cut the ribbon, thanked the builders and said the bridge would open on Monday.",
     "the bridge would open on Monday", "The mayor"),
    ("Republican donors clamoring to keep the businessman off the ballot in November say they "
     "are running out of time.", "they are running out of time", "donors"),
    ("Majorities of voters in four states going to the polls Tuesday say they would back "
     "either candidate.", "they would back either candidate", "Majorities"),
    ("Several sources privy to the talks say it is the unions who have insisted on a deal.",
     "it is the unions who have insisted on a deal", "sources"),
    ("House Democrats, looking for a way to shake up the debate on guns, seized the floor on "
     "Wednesday and said they would refuse to leave.", "they would refuse to leave",
     "House Democrats"),
]
MISPARSED_IDS = ["then-said", "and-said", "clamoring-say", "going-say", "privy-say",
                 "participle-and-said"]

# a share in apposition, the comma after it before the verb: the speaker is the share phrase
SHARES = [
    ("Just over a quarter, 26 percent, say they will vote for someone else.",
     "they will vote for someone else", ("quarter", "26 percent")),
    ("Among likely primary voters, about two-thirds, 67 percent, say they will vote for the "
     "governor.", "they will vote for the governor", ("two-thirds", "67 percent")),
]

# a gerund cue under a preposition on the object of a verb: that verb's subject speaks
GERUNDS = [
    ("The minister has a long history of telling reporters that the economy is booming.",
     "the economy is booming", "The minister"),
    ("The senator weighed the political risks of telling voters that the base would close.",
     "the base would close", "The senator"),
    ("He faced sharp criticism for suggesting that the election had been rigged.",
     "the election had been rigged", "He"),
    ("The senator has offered few ideas for easing student debt aside from stating that the "
     "government should not profit from loans.",
     "the government should not profit from loans", "The senator"),
]
GERUND_IDS = ["history-of", "risks-of", "criticism-for", "aside-from"]
# the idea of saying it is not saying it
IDEA = ("Critics mocked the idea of saying that the war was over.", "the war was over")

# a participle after a phrase set off by commas keeps the subject it shares (not the phrase)
PARTICIPLE_AFTER = ("The union leader, Maria Vance, called for a strike vote, and then a second "
                    "vote, declaring after both that the offer was rejected.",
                    "the offer was rejected", "Maria Vance")

# a subordinate clause before the cue has its own subject; a cue after a relative "which"
# may be the relative clause's: neither gives the cue its subject
SUBORDINATE = ("Dr Anna Pryce, on her first full day in the job after Tom Hale was sacked, "
               "admitted \"big challenges\" but insisted the \"basics\" were in place.")
RELATIVE = ("Yesterday, the governor rejected the minister's offer to resign after the leak of a "
            "recording in which someone, apparently the minister, audibly says the governor "
            "\"knows nothing about money.\"")

# the expletive "it" of the clause before, and a direct quote before the verb: never the speaker
EXPLETIVE = ("It's strange to watch the senator, who once backed the plan and praised its "
             "authors, suddenly insist that it was never his idea.")
QUOTE_BEFORE = ("''We are more careful with money now than we were last year,'' said Anna "
                "Reyes, half joking.")

# the clause before is the report, or its subject cannot speak: unchanged
KEPT = [
    ("Sales rose in May, the company said.", "Sales rose in May", "the company"),
    ("Figures published on Sunday now suggest that the senator is the only candidate with "
     "enough money to fight on.",
     "the senator is the only candidate with enough money to fight on", "Figures"),
]

TEXTS = [t for t, _, _ in CONTRACTED + CONCESSION + MISPARSED + KEPT + SHARES + GERUNDS] \
    + [t for t, _ in PASSIVE] + [NO_REPORT, EXPLETIVE, QUOTE_BEFORE, IDEA[0],
                                 PARTICIPLE_AFTER[0], SUBORDINATE, RELATIVE]


@pytest.fixture(scope="module", params=MODELS, ids=MODEL_IDS)
def found(request):
    """Quotes of every text of this file, per model: analysed once."""
    return dict(zip(TEXTS, quotes_per_text(TEXTS, request.param)))


def _one(rows, content: str):
    hits = rows[rows["quote"] == content]
    assert len(hits) == 1, list(zip(rows["quote"], rows["speaker"]))
    return hits.iloc[0]


@pytest.mark.parametrize("text, content, speaker", CONTRACTED, ids=CONTRACTED_IDS)
def test_a_contracted_has_is_no_passive(found, text, content, speaker):
    row = _one(found[text], content)
    assert row["kind"] == "indirect"
    assert isinstance(row["speaker"], str) and speaker in row["speaker"]


@pytest.mark.parametrize("text, content", PASSIVE, ids=["said-to-be", "it-is-said", "is-told"])
def test_a_contracted_is_stays_a_passive(found, text, content):
    rows = found[text]
    if content is None:
        assert rows.empty, list(rows["quote"])
        return
    row = _one(rows, content)
    assert not isinstance(row["speaker"], str), row["speaker"]


@pytest.mark.parametrize("text, content, speaker", CONCESSION, ids=["that-said", "that-being"])
def test_that_said_is_no_cue(found, text, content, speaker):
    rows = found[text]
    assert list(rows["quote"]) == [content], list(zip(rows["quote"], rows["cue"]))
    assert rows.iloc[0]["speaker"] == speaker


def test_that_said_alone_makes_no_quote(found):
    assert found[NO_REPORT].empty, list(found[NO_REPORT]["quote"])


@pytest.mark.parametrize("text, content, speaker", MISPARSED, ids=MISPARSED_IDS)
def test_a_misparsed_cue_shares_the_subject_before_it(found, text, content, speaker):
    row = _one(found[text], content)
    assert isinstance(row["speaker"], str) and speaker in row["speaker"], row["speaker"]


@pytest.mark.parametrize("text, content, speaker", KEPT, ids=["report-before", "own-subject"])
def test_a_cue_with_its_own_subject_keeps_it(found, text, content, speaker):
    row = _one(found[text], content)
    assert row["speaker"] == speaker


@pytest.mark.parametrize("text, content, speakers", SHARES, ids=["quarter", "two-thirds"])
def test_a_share_set_off_by_commas_speaks(found, text, content, speakers):
    row = _one(found[text], content)
    assert isinstance(row["speaker"], str) and any(s in row["speaker"] for s in speakers), \
        row["speaker"]


def test_an_expletive_it_is_no_shared_subject(found):
    assert "It" not in list(found[EXPLETIVE]["speaker"])


def test_a_quote_before_the_verb_keeps_the_name_after_it(found):
    row = _one(found[QUOTE_BEFORE], "We are more careful with money now than we were last year")
    assert row["speaker"] == "Anna Reyes"


@pytest.mark.parametrize("text, content, speaker", GERUNDS, ids=GERUND_IDS)
def test_a_gerund_on_an_object_speaks_for_the_verbs_subject(found, text, content, speaker):
    row = _one(found[text], content)
    assert row["speaker"] == speaker


def test_the_idea_of_saying_is_nobodys_saying(found):
    row = _one(found[IDEA[0]], IDEA[1])
    assert not isinstance(row["speaker"], str), row["speaker"]


def test_a_participle_after_commas_is_no_share_phrase(found):
    # (the news model makes no quote of it: its parse hangs the clause on "both")
    text, content, speaker = PARTICIPLE_AFTER
    rows = found[text]
    assert not any("vote" in str(s) for s in rows["speaker"]), list(rows["speaker"])
    assert set(rows.loc[rows["quote"] == content, "speaker"]) <= {speaker}


def test_a_subordinate_clause_keeps_its_subject(found):
    rows = found[SUBORDINATE]
    assert "Tom Hale" not in set(rows["speaker"]), list(zip(rows["quote"], rows["speaker"]))


def test_a_cue_after_a_relative_which_takes_no_subject_before_it(found):
    rows = found[RELATIVE]
    assert not any("governor" in str(s) for s in rows["speaker"]), \
        list(zip(rows["quote"], rows["speaker"]))


def _parsed(words, tags, pos, deps, heads):
    """A Doc with the given parse (the misattachment a model makes in some contexts)."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    return Doc(Vocab(), words=words, tags=tags, pos=pos, deps=deps, heads=heads,
               lemmas=[w.lower() for w in words])


def test_a_gerund_on_what_is_given_to_someone_is_not_the_givers():
    # "She gives credit to the nurses for speaking out …", "for" hung on "credit": the nurses
    # spoke; "She faced criticism for speaking out …": she did
    from analysis.engine.quotes.subjects import gerund_owner

    words = ["She", "gives", "credit", "to", "the", "nurses", "for", "speaking", "out"]
    tags = ["PRP", "VBZ", "NN", "IN", "DT", "NNS", "IN", "VBG", "RP"]
    pos = ["PRON", "VERB", "NOUN", "ADP", "DET", "NOUN", "ADP", "VERB", "ADP"]
    deps = ["nsubj", "ROOT", "dobj", "dative", "det", "pobj", "prep", "pcomp", "prt"]
    heads = [1, 1, 1, 1, 5, 3, 2, 6, 7]
    given = _parsed(words, tags, pos, deps, heads)
    assert gerund_owner(given[7]) is None
    words2 = ["She", "faced", "criticism", "for", "speaking", "out"]
    faced = _parsed(words2, ["PRP", "VBD", "NN", "IN", "VBG", "RP"],
                    ["PRON", "VERB", "NOUN", "ADP", "VERB", "ADP"],
                    ["nsubj", "ROOT", "dobj", "prep", "pcomp", "prt"], [1, 1, 1, 2, 3, 4])
    assert gerund_owner(faced[4]).text == "She"
