"""Stage 2: speech cues, their speakers' heads and contents (analysis.engine.quotes.cues and
.subjects), on parsed sentences."""

from __future__ import annotations

import pytest

from analysis import lexicons

from .helpers import content, cue, cues


def test_verb_with_a_clausal_complement():
    text = "The minister told reporters that the plan was dead and buried."
    c = cue(text, "tell")
    assert (c.text, c.speaker_head.text, content(text, c)) == (
        "told reporters", "minister", "the plan was dead and buried")
    assert not c.negated and not c.according_to


def test_inverted_cue_takes_the_clause_before_it():
    text = "Interest rates will rise again next month, said the central bank governor."
    c = cue(text, "say")
    assert (c.speaker_head.text, content(text, c)) == (
        "governor", "Interest rates will rise again next month")


@pytest.mark.parametrize("text,expected,speaker", [
    ("According to the police, the suspect fled on foot towards the station.",
     "the suspect fled on foot towards the station", "police"),
    ("The suspect fled on foot towards the station, according to police.",
     "The suspect fled on foot towards the station", "police"),
])
def test_according_to_takes_the_rest_of_the_sentence(text, expected, speaker):
    c = cue(text, "according to")
    assert c.according_to and content(text, c) == expected and c.speaker_head.text == speaker


def test_a_document_speaks_for_its_named_author():
    text = ("A living wage in California is about $12 an hour, according to calculations by "
            "Amy Glasmeier of the Massachusetts Institute of Technology.")
    assert cue(text, "according to").speaker_head.text == "Glasmeier"


def test_ambiguous_verbs_need_a_clause():
    text = "Shares in the bank, which added 0.3 per cent, closed higher."
    assert cues(text) == []
    assert content(text, cue("The index added 0.3 per cent.", "add")) is None
    text = "He added that the index would rise."
    assert content(text, cue(text, "add")) == "the index would rise"


def test_the_ambiguous_verbs_are_a_lexicon():
    text = "Shares in the bank, which added 0.3 per cent, closed higher."
    with lexicons.use_lexicons({"ambiguous_speech_verbs": {"remove": ["add"]}}):
        assert [c.lemma for c in cues(text)] == ["add"]


def test_negated_cue():
    assert cue("He did not say when the talks would resume.", "say").negated


def test_nested_report_is_cut_off_the_outer_content():
    text = ("Ms. Figueroa said the campaign planned to bus in supporters for a protest, though "
            "she acknowledged it was unlikely to work.")
    said, acknowledged = cue(text, "say"), cue(text, "acknowledge")
    assert content(text, said) == "the campaign planned to bus in supporters for a protest"
    assert content(text, acknowledged) == "it was unlikely to work"
    assert acknowledged.speaker_head.text == "she"


def test_parenthetical_cue_takes_the_clause_around_it():
    text = "African-Americans, he said, can rock like Jimi and stir the pot like Richard Pryor."
    c = cue(text, "say")
    assert content(text, c).startswith("African-Americans") and c.speaker_head.text == "he"


def test_as_x_put_it():
    text = "As Ms. Simonyan put it in a statement, the network is a perspective of its own."
    c = cue(text, "put it")
    assert c.speaker_head.text == "Simonyan" and content(text, c).startswith("the network")


def test_a_word_inside_the_quote_is_never_the_subject():
    text = ("''He thought he had to avoid anything concrete,'' recalled Mikhail Pogrebinsky, "
            "a political analyst.")
    assert cue(text, "recall").speaker_head.text == "Pogrebinsky"


def test_dateline_is_not_the_speaker():
    text = ("WASHINGTON -- President Obama, opening the museum on Saturday, said it would tell "
            "an American story.")
    assert cue(text, "say").speaker_head.text == "Obama"


def test_a_quoted_title_never_becomes_the_content():
    text = 'Mr. Perez said on NBC\'s "Meet the Press" that the plan had failed.'
    assert content(text, cue(text, "say")) == "the plan had failed"


def test_a_noun_folded_into_the_clause_before_speaks_for_its_own_verb():
    text = ("Many prominent Republicans have said they will not attend the convention and "
            "others have said they are not interested in speaking.")
    first, second = [c for c in cues(text) if c.lemma == "say"]
    assert content(text, first) == "they will not attend the convention"
    assert second.speaker_head.text == "others"
    assert content(text, second) == "they are not interested in speaking"


def test_coordinated_cues_share_the_clause_subject():
    text = ("FBI officials were angered by the deal and predicted it would affect the outcome "
            "of other cases.")
    assert cue(text, "predict").speaker_head.text == "officials"
