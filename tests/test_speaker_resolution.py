"""Speaker pronouns resolved as a reader follows the story (analysis.engine.quotes.pronouns,
issues 24 item 1 and 25): a person named inside the clause the previous speaker reports is not
a new subject of the story; a subject of the other gender does not demote the person a
"he"/"she" follows; a run of "He …" sentences keeps its person when no name is near. News-style
sentences of our own; each case holds on both models (run once more with
``ANALYSIS_SPACY_MODEL=../shared/models/en_news_sm-3.8.0``)."""

from __future__ import annotations

from .helpers import attributions


def actor_after(text: str, quote_start: str) -> str | None:
    """The speaker actor of the quote starting with ``quote_start``."""
    found = [a.speaker.actor if a.speaker else None for a in attributions(text)
             if text[a.start:a.end].startswith(quote_start)]
    assert len(found) == 1, [(text[a.start:a.end][:30], a.speaker) for a in attributions(text)]
    return found[0]


def test_a_name_inside_the_previous_speakers_report_does_not_take_his_he():
    # "Mr. Okafor" is the subject of what Whitfield said, not of the story
    text = ("The governor's reform plan faced new criticism on Tuesday.\n\n"
            "Daniel Whitfield, a political analyst at Lakeside University, said Mr. Okafor "
            "and his ministers had failed to explain the reforms to voters. \"People do not "
            "know what the plan will cost them,\" he said.")
    assert actor_after(text, "People do not know") == "Daniel Whitfield"


def test_a_spokesman_reporting_on_his_boss_keeps_the_pronoun():
    text = ("President Samuel Adeyemi met union leaders in Abuja on Friday.\n\n"
            "Presidential spokesman Tunde Bakare said Adeyemi had kept in close touch with "
            "the unions since the strike began. \"I would expect an agreement within a "
            "week,\" he said.")
    assert actor_after(text, "I would expect") == "Tunde Bakare"


def test_a_woman_as_subject_in_between_does_not_demote_the_man_he_follows():
    # Lindqvist (a woman) is the latest subject; "he" still follows Alvarez, the subject
    # before her, not the president who spoke earlier and is named most often
    text = ("President Richard Hale campaigned in Ohio on Monday. \"We will win this state,\" "
            "Hale said. Hale also visited a steel plant in Toledo.\n\n"
            "Governor Tom Alvarez won the Nevada primary on Tuesday. His rival, Senator "
            "Maria Lindqvist, won two southern states.\n\n"
            "\"This is only the beginning of our campaign,\" he told supporters in Reno.")
    assert actor_after(text, "This is only the beginning") == "Tom Alvarez"


def test_he_after_a_run_of_he_sentences_keeps_the_person_they_follow():
    # the last sentence naming Alvarez is three paragraphs back; the pronouns in between
    # carry him (the chain), not the president named most often earlier
    text = ("President Richard Hale campaigned in Ohio on Monday. \"We will win this state,\" "
            "Hale said. Hale also visited a steel plant in Toledo.\n\n"
            "Governor Tom Alvarez won the Nevada primary on Tuesday.\n\n"
            "He thanked his volunteers at a rally in Reno.\n\n"
            "He praised the state's small towns and their schools.\n\n"
            "\"This is only the beginning of our campaign,\" he said.")
    assert actor_after(text, "This is only the beginning") == "Tom Alvarez"


def test_the_chain_stops_at_a_new_person_named_since():
    # after "He thanked …" the story names Hale again: "he" does not jump back to Alvarez
    text = ("Governor Tom Alvarez won the Nevada primary on Tuesday.\n\n"
            "He thanked his volunteers at a rally in Reno.\n\n"
            "In Ohio, President Richard Hale visited a steel plant. \"We will win this "
            "state,\" Hale said.\n\n"
            "\"Our plan is working,\" he said.")
    assert actor_after(text, "Our plan is working") == "Richard Hale"


def test_a_pronoun_inside_the_same_report_goes_to_its_subject():
    # "he" is in Whitfield's report with Okafor: it is Okafor, not the reporting speaker
    text = ("Daniel Whitfield, a political analyst, said Governor Peter Okafor was right "
            "when he said on Monday that the reforms \"will pay for themselves within five "
            "years.\"")
    assert actor_after(text, "the reforms") == "Peter Okafor"


def test_a_sentence_of_narration_after_the_report_lets_its_subject_back():
    # after Bakare's report a sentence about the president comes between: "he" is the
    # president again, the subject of the report
    text = ("President Samuel Adeyemi travelled to Lagos on Friday.\n\n"
            "Presidential spokesman Tunde Bakare said Adeyemi had met the union leaders "
            "twice. The president's own family had worked in the docks. In Lagos, "
            "Adeyemi's convoy stopped at the port, where he told workers that \"the strike "
            "must end this week.\"")
    assert actor_after(text, "the strike") == "Samuel Adeyemi"
