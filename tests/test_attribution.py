"""Stage 6: marks and cues reconciled into quotes (analysis.engine.quotes.attribution), with the
frames of stage 5 (analysis.engine.quotes.frames) for quotes without a cue of their own."""

from __future__ import annotations

from .helpers import attributions, quoted


def test_kinds():
    text = ('"We will win," the minister said. The minister said the plan was dead. '
            'Kirby said the strikes destroyed "multiple facilities at a border point" there. The suspect '
            'fled, according to police.')
    got = {(q, kind) for q, kind, _, _ in quoted(text)}
    assert got == {("We will win", "direct"), ("the plan was dead", "indirect"),
                   ('the strikes destroyed "multiple facilities at a border point" there',
                    "mixed"),
                   ("The suspect fled", "according_to")}


def test_frames_for_quotes_without_a_cue():
    text = ('Clinton: "Our goal is to defeat the group."\n\n"I went to Wall Street before the '
            'crash and warned them." ― Martha Aguilar\n\nPENCE: Well, look, we will see.')
    got = {(q[:12], speaker) for q, _, speaker, _ in quoted(text)}
    assert got == {("Our goal is ", "Clinton"), ("I went to Wa", "Martha Aguilar"),
                   ("Well, look, ", "PENCE")}


def test_a_quoting_verb_claims_the_fragment_in_its_clause():
    text = 'The senator called it "total political crap" on Sunday.'
    assert quoted(text) == [("total political crap", "direct", "The senator", "anonymous")]


def test_continuation_and_multi_paragraph_quotes():
    text = ('"We will fight on," Mr Churchill said. "We shall defend our island.\n\n'
            '"We shall fight on the beaches."\n\nThe speech was broadcast that evening.')
    found = attributions(text)  # the two paragraphs of the second quote are one quote
    assert [a.speaker.actor for a in found] == ["Churchill"] * 2
    assert [a.continued for a in found] == [False, True]
    assert found[1].cue is None and found[0].cue.text == "said"
    assert text[found[1].start:found[1].end].endswith("fight on the beaches.")


def test_unattributed_phrases_must_read_as_speech():
    text = 'For some, the film is "the root of all evil" and nothing more.'
    assert quoted(text) == []
    assert quoted(text, min_unattributed_words=4)[0][:2] == ("the root of all evil", "direct")


def test_quotes_never_overlap_and_stay_in_order():
    text = ('"He told me \'we will win this\' and I believed him," said Tom Hart. Ann Bell said '
            'that Hart had said that the team would win.')
    found = attributions(text)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


def test_a_sentence_that_moves_on_to_someone_else_breaks_the_continuation():
    moved = ('Even as the mayor vowed to rebuild the old bridge, the council voted to close it for '
             'good. "This is a disaster for everyone who crosses the river every day."')
    stays = ('The mayor vowed to rebuild the old bridge by the end of the year. "This is a '
             'promise to everyone who crosses the river every day."')
    assert [(q[:9], s) for q, _, s, _ in quoted(moved)] == [
        ("to rebuil", "the mayor"), ("This is a", None)]
    assert [(q[:9], s) for q, _, s, _ in quoted(stays)] == [
        ("to rebuil", "The mayor"), ("This is a", "The mayor")]


def test_a_one_off_label_speaks_in_the_first_person_a_section_label_does_not():
    text = ('WALLACE: Do you think the deal will hold through the winter?\n\n'
            'ASIAN MARKETS: Shares fell in Tokyo and Hong Kong after the trade figures.')
    assert [(q[:9], s) for q, _, s, _ in quoted(text)] == [("Do you th", "WALLACE")]
