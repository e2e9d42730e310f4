"""Name forms of one speaker within an article (issue 24), on both models:

* a royal or noble title and a given name ("Princess Ubolratana", "Queen Rania", "Crown
  Princess Mary") is the article's one full name starting with that name, whatever label the
  NER gives the short form; with no such full name the actor keeps the title ("Prince
  Charles"), a full name named only after the royal form and never with a royal title is
  another person ("Harry Kane" is not "Prince Harry"), and a street named after a king is no
  person;
* a person's name the NER ran into an organisation after a role ("the Hong Kong director of
  Amnesty International Man-kei Tam") is the person, with the role;
* hyphenated names stay whole ("Robin Lovell-Badge", "Maggie Aderin-Pocock",
  "Willem-Alexander"), also when a later mention is a title and the surname or the surname
  alone.
"""

from __future__ import annotations

import pytest

from analysis import analyze, config
from analysis.engine.names import royal_form

MODELS = [None, str(config.shared_dir() / "models" / "en_news_sm-3.8.0")]
MODEL_IDS = ["en_core_web_sm", "en_news_sm"]

# text -> the speaker actor of every quote, in order
ROYALS = {
    "Queen Rania Al Abdullah of Jordan visited a refugee camp near Mafraq on Wednesday.\n\n"
    "\u201cThese children need schools, not sympathy,\u201d Queen Rania said after the visit.":
        ["Rania Al Abdullah"],
    "Crown Princess Mary Donaldson visited the children's hospital in Copenhagen on Monday.\n\n"
    "\u201cThe nurses here do extraordinary work,\u201d Crown Princess Mary said.":
        ["Mary Donaldson"],
    "Princess Sirivannavari Nariratana, the youngest daughter of the king, opened the fashion "
    "week in Bangkok on Friday.\n\n\u201cThai silk deserves a global stage,\u201d Princess "
    "Sirivannavari told reporters.": ["Sirivannavari Nariratana"],
    "King Willem-Alexander Oranje opened the new dike near Rotterdam on Thursday.\n\n"
    "\u201cWater has always shaped this country,\u201d King Willem-Alexander said.":
        ["Willem-Alexander Oranje"],
    "Prince Alwaleed bin Talal, the billionaire investor, bought a new stake in the "
    "company on Monday.\n\n\u201cWe believe in the long-term growth of this business,\u201d "
    "Prince Alwaleed said in a statement.": ["Alwaleed bin Talal"],
    "Sultan Ibrahim Iskandar, the ruler of Johor, addressed the state assembly on Tuesday.\n\n"
    "\u201cJohor will not tolerate corruption,\u201d Sultan Ibrahim warned.":
        ["Ibrahim Iskandar"],
    "Emir Tamim bin Hamad Al Thani welcomed the delegations in Doha on Sunday.\n\n"
    "\u201cDialogue is the only way forward,\u201d Emir Tamim said.":
        ["Tamim bin Hamad Al Thani"],
    # no full name: the title stays in the actor
    # another person's full name, named after the royal form and never with a royal title,
    # is not the royal's
    "Prince Harry and Meghan Markle thanked the crowds in Windsor on Saturday. Harry Kane, the "
    "England captain, sent his congratulations.\n\n\u201cIt was the happiest day of our "
    "lives,\u201d Prince Harry said.": ["Prince Harry"],
    "\u201cWe must protect the oceans for our grandchildren,\u201d Prince Charles said at the "
    "event in London on Monday.": ["Prince Charles"],
}

AMNESTY = ("\u201cThe law has been used to silence critics,\u201d the Hong Kong director of "
           "Amnesty International Man-kei Tam said on Friday.")

HYPHENATED = {
    "Dr Maggie Aderin-Pocock, the space scientist, spoke at the festival on Saturday.\n\n"
    "\u201cChildren should look up at the night sky,\u201d Dr Aderin-Pocock said. \u201cIt "
    "changes how they see the world,\u201d Aderin-Pocock added.":
        ["Maggie Aderin-Pocock", "Maggie Aderin-Pocock"],
    "Professor Robin Lovell-Badge, of the Francis Crick Institute, welcomed the decision.\n\n"
    "\u201cThis is a sensible step,\u201d Prof Lovell-Badge said. \u201cIt will help "
    "families,\u201d Lovell-Badge added.": ["Robin Lovell-Badge", "Robin Lovell-Badge"],
    "Jean-Claude Juncker, the former president of the European Commission, spoke in "
    "Luxembourg on Monday.\n\n\u201cEurope must stay united,\u201d Jean-Claude Juncker said. "
    "\u201cWe have no other choice,\u201d Juncker added.":
        ["Jean-Claude Juncker", "Jean-Claude Juncker"],
}

STREET = ("Hundreds of people gathered on King Street in Manchester on Sunday for the annual "
          "parade.\n\n\u201cIt was the best parade we have had in years,\u201d said organiser "
          "Helen Moss.")

TEXTS = [*ROYALS, AMNESTY, *HYPHENATED, STREET]


@pytest.fixture(scope="module", params=MODELS, ids=MODEL_IDS)
def corpus(request):
    found = analyze(TEXTS, model=request.param, progress=False)
    ids = dict(zip(found.articles["article_id"], TEXTS))
    return found, ids


def _rows(corpus, text, table="quotes"):
    found, ids = corpus
    frame = getattr(found, table)
    return frame[[ids[a] == text for a in frame["article_id"]]]


@pytest.mark.parametrize("text", list(ROYALS))
def test_a_royal_title_and_a_given_name_is_the_full_name_of_the_article(corpus, text):
    quotes = _rows(corpus, text)
    assert list(quotes["speaker_type"]) == ["person"] * len(ROYALS[text])
    assert list(quotes["speaker_actor"]) == ROYALS[text]
    # one person: the sources table counts the full name once, no "Queen Rania" of her own
    assert sorted(_rows(corpus, text, "sources")["actor"]) == sorted(set(ROYALS[text]))


def test_a_name_swallowed_by_an_organisation_after_a_role_is_the_person(corpus):
    quote = _rows(corpus, AMNESTY).iloc[0]
    assert (quote.speaker_type, quote.speaker_actor, quote.speaker_role) == (
        "person", "Man-kei Tam", "Hong Kong director of Amnesty International")
    orgs = _rows(corpus, AMNESTY, "entities")
    assert "Amnesty International" in set(orgs[orgs["label"] == "ORG"]["actor"])


@pytest.mark.parametrize("text", list(HYPHENATED))
def test_a_hyphenated_name_stays_whole_in_every_form(corpus, text):
    quotes = _rows(corpus, text)
    assert list(quotes["speaker_actor"]) == HYPHENATED[text]
    assert sorted(_rows(corpus, text, "sources")["actor"]) == sorted(set(HYPHENATED[text]))


def test_a_street_named_after_a_king_is_no_person(corpus):
    assert list(_rows(corpus, STREET, "sources")["actor"]) == ["Helen Moss"]
    entities = _rows(corpus, STREET, "entities")
    assert "PERSON" not in set(entities[entities["text"] == "King Street"]["label"])


@pytest.mark.parametrize("text, expected", [
    ("Princess Ubolratana", ("Princess", "Ubolratana")),
    ("Crown Prince Frederik", ("Crown Prince", "Frederik")),
    ("Sheikh Mohammed's", ("Sheikh", "Mohammed")),
    ("Prince William Windsor", None),  # a full name: the title is stripped as before
    ("Mr Howard", None),  # Mr/Ms and a name: the first-name and surname rules decide
])
def test_royal_form(text, expected):
    assert royal_form(text) == expected
