"""Speech verbs with an addressee and an infinitive, and speech verbs conjoined with another verb
(issue 25): "urged the embassy to reconsider", "called on the government to reopen the plant",
"appealed to residents to stay indoors", "also spoke at the rally and encouraged supporters to
remain hopeful".

Rules (analysis.engine.quotes.cues): the content of a request is the addressee and its
infinitive, never a finite verb coordinated with the infinitive ("… to reconsider | and spoke
with …": the speaker's next act); the infinitive may be parsed as an adverbial clause after a
person-like addressee; "call on" / "appeal to" are cues when the parser takes the particle for a
preposition and an infinitive follows its object; a request verb read as an adjective of its
addressee right after "and" is a cue whose speaker is the subject of the verb the coordination
joins. Causative verbs ("forced", "allowed", "helped") are no speech. Runs on both shared models
(``ANALYSIS_SPACY_MODEL`` is not used: the model is passed to ``analyze``)."""

from __future__ import annotations

import pytest

from analysis import config

from .helpers import quotes_per_text

MODELS = [None, str(config.shared_dir() / "models" / "en_news_sm-3.8.0")]
MODEL_IDS = ["en_core_web_sm", "en_news_sm"]

# (text, speaker name, content): each a one-sentence article
REQUESTS = [
    ("Foreign Secretary Jeremy Hunt urged the embassy to reconsider and spoke with US "
     "Secretary of State Mike Pompeo about the case.",
     "Jeremy Hunt", "the embassy to reconsider"),
    ("The judge, Paul Grant, told the jury to disregard the remarks and adjourned the hearing "
     "until Monday.",
     "Paul Grant", "the jury to disregard the remarks"),
    ("Economy minister Paolo Verdi called on the banks to lower their rates and left the "
     "meeting early.",
     "Paolo Verdi", "the banks to lower their rates"),
    ("Union leader Tom Reid called on the government to reopen the plant.",
     "Tom Reid", "the government to reopen the plant"),
    ("Prime Minister Ana Silva appealed to citizens to stay at home during the storm.",
     "Ana Silva", "citizens to stay at home during the storm"),
    ("Bishop Mark Evans implored the rebels to release the hostages.",
     "Mark Evans", "the rebels to release the hostages"),
    ("Another former adviser, Sarah Collins, also spoke at the rally and encouraged supporters "
     "to remain hopeful after the court decision.",
     "Sarah Collins", "supporters to remain hopeful after the court decision"),
    ("Parents' groups pushed hard against the new exams and encouraged parents and pupils to "
     "stay at home on the test day.",
     "Parents' groups", "parents and pupils to stay at home on the test day"),
]
REQUEST_IDS = ["urge-and-spoke", "tell-and-adjourned", "call-on-and-left", "call-on",
               "appeal-to", "implore", "spoke-and-encouraged", "pushed-and-encouraged"]

# a conjoined speech verb inherits the subject of the first verb
CONJOINED = [
    ("Senator Maria Lopez arrived in Paris on Monday and said the talks had failed.",
     "Maria Lopez", "the talks had failed"),
    ("The mayor, Helen Brooks, visited the flooded village and warned residents not to drink "
     "the tap water.",
     "Helen Brooks", "residents not to drink the tap water"),
]

# a request the parser coordinated into the reported clause of another speech verb: the
# request is the reporter's, not the clause subject's (a law cannot urge)
REPORTED = ("Labour MP Joan Ruddock said the 1975 law was out of date. She pointed out that the "
            "law was thirty years old and urged politicians on all sides to back the new bill.")

# causative verbs with an object and an infinitive, and a time after "called on": no speech
NOT_SPEECH = [
    "The flood forced the company to pay for repairs to the bridge.",
    "Police allowed residents to return to their homes on Sunday.",
    "A neighbour, John Price, helped him to escape from the burning house.",
    "The storm damaged roofs and forced the company to close the factory.",
    "The new subsidy encouraged farmers to plant more wheat this year.",
    "The committee called on Monday to discuss the budget.",
]


@pytest.fixture(scope="module", params=MODELS, ids=MODEL_IDS)
def found(request):
    """Quotes of every article of this file, per model: analysed once."""
    texts = [t for t, _, _ in REQUESTS] + [t for t, _, _ in CONJOINED] + NOT_SPEECH + [REPORTED]
    return dict(zip(texts, quotes_per_text(texts, request.param)))


@pytest.mark.parametrize("text, name, content", REQUESTS, ids=REQUEST_IDS)
def test_a_request_reports_its_addressee_and_infinitive(found, text, name, content):
    rows = found[text]
    assert list(rows["quote"]) == [content]
    row = rows.iloc[0]
    assert row["kind"] == "indirect"
    assert name in row["speaker"]
    assert row["speaker_type"] == ("person" if name != "Parents' groups" else "organization")


@pytest.mark.parametrize("text, name, content", CONJOINED, ids=["said", "warned"])
def test_a_conjoined_speech_verb_inherits_the_first_verbs_subject(found, text, name, content):
    rows = found[text]
    assert list(rows["quote"]) == [content]
    assert name in rows.iloc[0]["speaker"]


@pytest.mark.parametrize("text", NOT_SPEECH,
                         ids=["forced", "allowed", "helped", "and-forced", "subsidy", "date"])
def test_causative_verbs_and_a_date_after_called_on_are_no_speech(found, text):
    assert found[text].empty, found[text][["quote", "speaker"]]


def test_a_request_coordinated_into_a_report_is_the_reporters(found):
    rows = found[REPORTED].set_index("quote")
    assert "the law was thirty years old" in rows.index
    assert rows.loc["politicians on all sides to back the new bill", "speaker"] == "She"
