"""Session 25 (helper s30-surnames, issue 24 class 1): a bare surname shared by two full names
of one article, the more recent of them a relative named in passing ("her husband, Frank
Fiorina"). Rule 3 of analysis/engine/canonical.py gave the surname to the one named most
recently; a full name after a possessive and a kinship noun (``kinship_nouns``) now gives way to
the other person of its surname. Sentences of our own, both models.

Negative cases: the relative quoted with an honorific ("Mr Varga") or by his first name; two
unrelated people of one surname (the most recent still takes it); the relative named again in
full on his own just before the surname.
"""

from __future__ import annotations

import pytest

from .helpers import MODEL_IDS, MODELS, check_speaker_actors

Q = "\u201c{}\u201d"  # curly quotes

# the person of the story keeps her surname after a relative is named
RELATIVE_IN_PASSING = [
    ("Marta Kovalenko opened her campaign office in Ohio on Tuesday. Her husband, Peter "
     "Kovalenko, stood beside her on the stage. " + Q.format("We are in this race to win,")
     + " Kovalenko told supporters.", "We are in this race", "Marta Kovalenko"),
    ("Senator Helen Ashdown toured the flooded town on Friday. Ashdown's son Daniel Ashdown "
     "drove her from the airport. " + Q.format("The families here need help today,")
     + " Ashdown said.", "The families here", "Helen Ashdown"),
    ("Governor Ruth Okafor signed the budget on Monday, with her father, Samuel Okafor, in the "
     "audience. " + Q.format("This budget protects our schools,") + " Okafor said.",
     "This budget protects", "Ruth Okafor"),
    ("Ellen Brandt, the mayor, spoke at the opening of the bridge. Her brother Thomas Brandt "
     "built the first span. Brandt said the city had waited forty years for it.",
     "the city had waited", "Ellen Brandt"),
]

# the relative quoted with an honorific or by his first name; two unrelated people
STAYS = [
    ("Marta Varga opened her campaign office in Ohio on Tuesday. Her husband, Peter Varga, "
     "stood beside her. " + Q.format("I am proud of her,") + " Mr Varga told reporters.",
     "I am proud of her", "Peter Varga"),
    ("Helen Dorsey toured the flooded town on Friday. Her son Daniel Dorsey drove her from the "
     "airport. " + Q.format("She has not slept in two days,") + " Daniel said.",
     "She has not slept", "Daniel Dorsey"),
    ("Nora Whitfield spoke in Denver on Monday. Her husband, Alan Whitfield, is a retired "
     "judge. Later that day Alan Whitfield visited a school in the city. " + Q.format(
         "These children deserve better buildings,") + " Whitfield said.",
     "These children deserve", "Alan Whitfield"),
    ("Leila Haddad chaired the meeting on Monday. Police later arrested Omar Haddad, a "
     "builder, near the station. " + Q.format("I did nothing wrong,") + " Haddad said.",
     "I did nothing wrong", "Omar Haddad"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_relative_named_in_passing_does_not_take_the_surname(model):
    check_speaker_actors(RELATIVE_IN_PASSING, model)


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_an_honorific_a_first_name_or_an_unrelated_namesake_stay_as_before(model):
    check_speaker_actors(STAYS, model)
