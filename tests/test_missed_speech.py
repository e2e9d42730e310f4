"""People quoted whose quote or reported speech the engine missed (issue 24): a quoted fragment
closing a reported clause stays with that clause's speaker, not the next sentence's; a clause
the parser took for the verb's object is still reported; appeal, emphasis and disclosure verbs,
a passive with a by-agent, a colon after the cue and a quoted word in a verb's object report
speech (analysis.engine.quotes.cues, .frames). Verbs of action never become speech. Each case
holds on both models (run once more with
``ANALYSIS_SPACY_MODEL=../shared/models/en_news_sm-3.8.0``)."""

from __future__ import annotations

import pytest

from .helpers import said
from .helpers import speaker_with as speaker_of


# ---- a quoted fragment closing a reported clause ----------------------------------------------

@pytest.mark.parametrize("text,fragment,speaker,other", [
    ('Labor MP Jenny Aitken said a law allowing the sale of the land marked a "sad day for '
     'NSW". Former prime minister John Howard said, "This is a decision the state will come to '
     'regret."', "sad day for NSW", "Jenny Aitken", "John Howard"),
    ('Green councillor Tom Baines said the vote to close the library was "a betrayal of every '
     'reader". Council leader Mary Holt said, "We had no money left to keep it open."',
     "a betrayal of every reader", "Tom Baines", "Mary Holt"),
])
def test_a_fragment_stays_with_the_speaker_of_its_clause(text, fragment, speaker, other):
    who = speaker_of(text, fragment)
    assert who is not None and speaker in who and other not in who


# ---- reported speech with verbs and frames the cues missed ------------------------------------

@pytest.mark.parametrize("text,words,speaker", [
    # a that-clause the parser hung on the addressee
    ("Police chief Mark Odell cautioned residents that the roads would remain dangerous "
     "overnight.", "the roads would remain dangerous", "Mark Odell"),
    # emphasis verbs with a clause
    ("Foreign minister Ana Ruiz underlined that the talks would continue next week.",
     "the talks would continue next week", "Ana Ruiz"),
    ("Finance minister Carlos Vega underscored that the budget would be balanced by 2026.",
     "the budget would be balanced", "Carlos Vega"),
    # appeals with an infinitive
    ("Union leader Grace Obi encouraged members to reject the offer.", "to reject the offer",
     "Grace Obi"),
    # a colon after the cue
    ("Senator Lisa Grant tweeted her reasoning: the bill gives too much power to the agency.",
     "the bill gives too much power", "Lisa Grant"),
    ("Coach Dan Miller explained his decision: the young players needed a rest before the final.",
     "the young players needed a rest", "Dan Miller"),
    # a passive with a by-agent
    ("His death was announced by his son James Carter via Twitter on Sunday.", "His death",
     "James Carter"),
    # a quoted word too short to be a quote, in the object of a quoting verb
    ('Witness Carla Mendes described extensive tire marks and "insane" heat at the scene.',
     '"insane" heat', "Carla Mendes"),
])
def test_reported_speech_the_cues_missed(text, words, speaker):
    who = speaker_of(text, words)
    assert who is not None and speaker in who


# ---- a direct quote after a long subject or a medium (already found: kept so) ----------------

@pytest.mark.parametrize("text,speaker", [
    ('Maria Delgado, a Toronto lawyer representing the family, told the BBC after the verdict '
     '"My client is relieved that this long ordeal is finally over."', "Maria Delgado"),
    ('Mayor Tom Harris said via Twitter, "We are working around the clock to restore power to '
     'every home."', "Tom Harris"),
    ('Senator Ann Whitfield wrote on Twitter, "This bill will hurt working families across the '
     'state."', "Ann Whitfield"),
])
def test_a_direct_quote_after_a_long_subject_or_a_medium(text, speaker):
    found = said(text)
    assert len(found) == 1 and found[0][1] is not None and speaker in found[0][1]


# ---- guards: action is not speech ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Mayor Karen Bell signed the order on Tuesday and visited the flooded streets.",
    "The new subsidy encouraged farmers to plant more wheat this spring.",
    "The crash underlined the risks of driving in the storm.",
    "The mayor visited the site on Monday: the damage was severe in every street.",
    "The bridge was built by a local firm in 1890.",
    "The tower was designed by architect Anna Berg and opened in 2004.",
])
def test_verbs_of_action_do_not_become_speech(text):
    assert said(text) == []


def test_an_action_verb_with_a_quoted_word_is_not_speech():
    text = 'Engineer Paul Tran repaired the "smart" meters on Monday.'
    assert [who for _, who in said(text) if who is not None] == []
