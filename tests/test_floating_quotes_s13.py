"""Direct quotes that no cue frames ("floating" quotes), issue 25 class 7, session 13: who said
them, and which are nobody's words.

1. A quote that opens a paragraph right after a paragraph ending in a lead-in sentence ("Mayor
   Tom Hughes opened the new bridge on Monday.\\n\\n“We will build …”") is the lead-in subject's,
   as within one paragraph (analysis.engine.quotes.embedded.lead_in); the same exclusions hold
   (a copula, a passive, a negation, a subject that cannot speak).
2. A clause after a quote closed by a comma that is a noun phrase and a speech verb the tagger
   read as a noun ("“…,” the editorial read.", "“…,” a voice-over in the ad states.") names the
   speaker (analysis.engine.quotes.frames.trailing_clause).
3. A quoted title followed by "by" and its author ("“Hamilton to play Chicago,” by Variety's
   Gordon Cox") is no quote (analysis.engine.quotes.labels.authored).
"""

from __future__ import annotations

import pytest

from .helpers import MODEL_IDS, MODELS, quotes_per_text
from .helpers import one_quote as _row
from .helpers import speaker_text as _speaker


# (text, words of the quote, the speaker's words, the cue)
ACROSS_PARAGRAPHS = [
    ("Mayor Tom Hughes opened the new bridge on Monday.\n\n“We will build four hundred new homes "
     "by the end of next year.”", "We will build", "Tom Hughes", "opened"),
    ("Senator Maria Okafor toured the flooded villages on Saturday.\n\n“People here have lost "
     "everything they own, and they need help now, not next month.”", "People here have lost",
     "Maria Okafor", "toured"),
    ("Gordon Pryce shot and killed a burglar at his farm in 2014. He is now selling the rifle "
     "he used that night.\n\n“It has recently been returned to me by the police. Several "
     "museums have expressed interest in it.”", "It has recently been returned", "He",
     "selling"),
]
# the paragraph before does not introduce a speaker: the quote keeps none
NOT_ACROSS = [
    ("The mayor is a former teacher.\n\n“We need someone who is going to cut through it and "
     "bring people together.”", "We need someone"),
    ("The council was told about the plan on Monday.\n\n“We will build four hundred new homes "
     "by the end of next year.”", "We will build"),
    ("The rally ended at noon.\n\n“We will build four hundred new homes by the end of next "
     "year.”", "We will build"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_lead_in_paragraph_gives_the_quote_opening_the_next_its_speaker(model):
    found = quotes_per_text([t for t, *_ in ACROSS_PARAGRAPHS], model)
    for (text, words, speaker, verb), quotes in zip(ACROSS_PARAGRAPHS, found):
        row = _row(quotes, words)
        assert speaker in (_speaker(row) or ""), (text, row.to_dict())
        assert row["cue"] == verb, (text, row.to_dict())
        assert row["kind"] == "direct"


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_no_speaker_across_paragraphs_from_a_copula_a_passive_or_a_thing(model):
    found = quotes_per_text([t for t, _ in NOT_ACROSS], model)
    for (text, words), quotes in zip(NOT_ACROSS, found):
        assert _speaker(_row(quotes, words)) is None, text


# (text, words of the quote, the speaker phrase, the cue)
NOUN_VERBS = [
    ("The Ledger aimed its Sunday editorial squarely at the governor.\n\n“If she wants to be "
     "governor again, Mary Hughes should act like one and come to the coast,” the editorial "
     "read.", "If she wants to be governor", "the editorial", "read"),
    ("The group released a new television spot on Tuesday.\n\n“They know Hughes is the only one "
     "strong enough to stop the bankers and make the wealthy pay,” a voice-over in the ad "
     "states.", "They know Hughes", "a voice-over", "states"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_speech_verb_tagged_as_a_noun_after_the_quote_names_its_speaker(model):
    found = quotes_per_text([t for t, *_ in NOUN_VERBS], model)
    for (text, words, speaker, verb), quotes in zip(NOUN_VERBS, found):
        row = _row(quotes, words)
        assert _speaker(row) == speaker, (text, row.to_dict())
        assert row["cue"] == verb, (text, row.to_dict())


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_no_noun_verb_speaker_after_a_quote_closed_by_a_full_stop(model):
    text = ("The council met on Monday. “The plan for the harbour is dead and will not come "
            "back.” The council states its case again in a report due next week.")
    row = _row(quotes_per_text([text], model)[0], "The plan for the harbour")
    assert row["cue"] != "states", row.to_dict()


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_quoted_title_followed_by_its_author_is_no_quote(model):
    text = ("THEATRE—“Hamilton to play Chicago in a long run starting in the spring,” by Variety's "
            "Gordon Cox.\n\nMUSEUMS—“You have until the end of December to get free museum "
            "memberships,” by the Post's Amy Spencer.\n\n“We are thrilled to bring the show to "
            "Chicago at last,” the producer Jeffrey Seller said.")
    quotes = quotes_per_text([text], model)[0]
    assert not quotes["quote"].str.contains("Hamilton to play", regex=False).any()
    assert not quotes["quote"].str.contains("You have until", regex=False).any()
    assert "Jeffrey Seller" in (_speaker(_row(quotes, "We are thrilled")) or "")


# (text, words of the quote, the speaker's words, the cue)
THAT_CLAUSES = [
    ("Gun control is a popular topic with Democratic voters. In 2014, the Pew Research Center "
     "found that “about twice as many Democrats said it was more important to control gun "
     "ownership than to protect gun rights.”", "about twice as many", "Pew Research Center",
     "found"),
    ("In the depths of the recession, Senator Paul Ryan worried that the safety net was "
     "becoming “a hammock that lulls able-bodied people to lives of dependency.”",
     "a hammock that lulls", "Paul Ryan", "worried"),
    ("The new minister spoke to farmers in Leeds. She anticipated that the hardest task of the "
     "coming year would be “dealing with the wide variety of problems that the last government "
     "is going to leave.”", "dealing with the wide", "She", "anticipated"),
]
# no speaker from a that-clause: a verb told (passive), negated, or a subject that cannot speak
NOT_THAT_CLAUSES = [
    ("The council was warned that the old bridge was “a disaster waiting to happen for "
     "everyone who crosses it.”", "a disaster waiting"),
    ("Senator Paul Ryan did not believe that the safety net was becoming “a hammock that lulls "
     "able-bodied people to lives of dependency.”", "a hammock that lulls"),
    ("The storm meant that the harbour was “closed to every boat until the end of the "
     "week at the earliest.”", "closed to every boat"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_quote_in_a_that_clause_is_the_words_of_the_verbs_subject(model):
    found = quotes_per_text([t for t, *_ in THAT_CLAUSES], model)
    for (text, words, speaker, verb), quotes in zip(THAT_CLAUSES, found):
        row = _row(quotes, words)
        assert speaker in (_speaker(row) or ""), (text, row.to_dict())
        assert row["cue"] == verb, (text, row.to_dict())
        assert row["kind"] == "direct"


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_no_that_clause_speaker_from_a_passive_a_negation_or_a_thing(model):
    found = quotes_per_text([t for t, _ in NOT_THAT_CLAUSES], model)
    for (text, words), quotes in zip(NOT_THAT_CLAUSES, found):
        assert _speaker(_row(quotes, words)) is None, (text, _row(quotes, words).to_dict())


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_quoted_title_with_a_subtitle_is_no_quote(model):
    text = ("The real Mr. Hale, who died in 1971, ran the studio's press office. According to "
            "Ruth Brennan's “The Fixer: Arthur Hale, Publicity and the Golden Age of Studio "
            "Film” and other sources, his was an all-purpose job.\n\nThere is also a collection "
            "from the cartoonist Ann Ruiz called “Big Talk: Thirty Years of Cartoons on the "
            "Mayor.”")
    quotes = quotes_per_text([text], model)[0]
    assert not quotes["quote"].str.contains("Arthur Hale, Publicity", regex=False).any()
    assert not quotes["quote"].str.contains("Thirty Years of Cartoons", regex=False).any()


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_name_and_a_colon_in_a_quoted_sentence_is_still_a_quote(model):
    text = ("The senator wrote on Facebook on Sunday: “Voters: We Will Not Give Up On This Town, "
            "and we will win in November.”")
    quotes = quotes_per_text([text], model)[0]
    assert quotes["quote"].str.contains("We Will Not Give Up", regex=False).any()
