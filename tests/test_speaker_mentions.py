"""A person speaker whose name the NER did not make a PERSON (issue 24): the news_quotes
component makes the article's mentions agree with the speakers it typed ``person``
(analysis/engine/quotes/speaker_mentions.py), and a bare one-word GPE speaker that the article
makes a person is a person (analysis/engine/quotes/speakers.py, ``_place_name_of_person``).

Each shape is checked end to end (``analyze(...).sources`` lists the person, the actors table
labels them PERSON) on both shared models; the guards check that countries, places and
companies stay non-people and are never sources."""

from __future__ import annotations

import pytest

from analysis import analyze, config
from analysis.engine.quotes.speaker_mentions import person_speaker_mentions
from analysis.engine.quotes.types import Attribution, Speaker
from analysis.engine.records import MentionRecord

MODELS = [None, str(config.shared_dir() / "models" / "en_news_sm-3.8.0")]
MODEL_IDS = ["en_core_web_sm", "en_news_sm"]

# ---- articles ---------------------------------------------------------------------------------

# the NER's entity spans a place and the name ("Scotland Nicola Sturgeon" as one ORG)
ROLE_OF_PLACE = ('First Minister of Scotland Nicola Sturgeon said: "We will hold a second '
                 'referendum next year." Sturgeon added that the vote would be fair.')
# the entity spans a title and the name, or there is no entity of the name at all
TITLED = ('Newly elected Assemblywoman Selena Torres said: "I am ready to fight for working '
          'families in this district."')
OWNER = ("The United Kingdom's Queen Elizabeth II announced: \"My family and I send our "
         "deepest sympathy to the people of Wales.\"")
# the NER calls the name an ORG (en_core_web_sm)
AMBASSADOR = ('Former US Ambassador to the United Nations Nikki Haley wrote: "The president has '
              'made the right decision on Iran."')
# a bare surname the NER calls GPE each time, made a person by ", who" and "she"
GPE_WHO = ('Houston, who lost her seat in the state senate in September, said: "I will run '
           'again because the voters deserve better." Houston added that she had no regrets.')
GPE_SHE = ('Dallas said the race had been close until the last night. "We knocked on every door '
           'twice," she said.')

# guards: countries, a place, a company
COUNTRY = ('Russia said on Monday it would expel ten diplomats. "We will respond to any hostile '
           'step," Russia said in a statement.')
ALIASED = ('Britain warned: "Any attack on our ships will be met with force." Britain also said '
           'it would send two more frigates to the Gulf.')
CITY = ('Flooding closed roads in Houston on Tuesday. "The water is still rising in the east of '
        'the city," Houston said in a statement.')
COMPANY = ('Ford said on Tuesday it would cut 3,000 jobs in Europe. "We are confident in our '
           'plan," Ford said. Ford also said sales of its trucks had risen.')


@pytest.fixture(scope="module", params=MODELS, ids=MODEL_IDS)
def corpus(request):
    texts = [ROLE_OF_PLACE, TITLED, OWNER, AMBASSADOR, GPE_WHO, GPE_SHE, COUNTRY, ALIASED, CITY,
             COMPANY]
    found = analyze(texts, model=request.param, progress=False)
    found.ids = dict(zip(texts, found.articles["article_id"]))  # type: ignore[attr-defined]
    return found


def _sources(corpus, text: str) -> list[str]:
    aid = corpus.ids[text]
    return list(corpus.sources.loc[corpus.sources["article_id"] == aid, "actor"])


def _label(corpus, actor: str) -> str | None:
    labels = corpus.actors.set_index("actor")["label"]
    return labels.get(actor)


def _entities(corpus, text: str):
    return corpus.entities[corpus.entities["article_id"] == corpus.ids[text]]


@pytest.mark.parametrize("text,person", [
    (ROLE_OF_PLACE, "Nicola Sturgeon"),
    (TITLED, "Selena Torres"),
    (AMBASSADOR, "Nikki Haley"),
])
def test_a_named_person_speaker_is_a_person_actor_and_a_source(corpus, text, person):
    assert person in _sources(corpus, text), corpus.quotes
    assert _label(corpus, person) == "PERSON"
    ents = _entities(corpus, text)
    named = ents[ents["text"] == person]
    assert len(named) == 1 and set(named["label"]) == {"PERSON"}
    assert set(named["actor"]) == {person}


def test_the_rest_of_a_split_entity_stays_a_name_or_is_dropped(corpus):
    ents = _entities(corpus, ROLE_OF_PLACE)
    # the place the NER swallowed is still a mention of its own, not part of a person
    assert "Scotland" in set(ents["text"])
    assert not ents["text"].str.contains("Scotland Nicola").any()
    assert _label(corpus, "Scotland") != "PERSON"
    # a title the NER joined to the name is no mention at all
    assert "Assemblywoman" not in set(_entities(corpus, TITLED)["text"])
    for _, row in _entities(corpus, ROLE_OF_PLACE).iterrows():
        assert ROLE_OF_PLACE[row["start"]:row["end"]] == row["text"]


def test_a_queen_named_after_her_country_is_a_source(corpus):
    sources = _sources(corpus, OWNER)
    assert len(sources) == 1 and "Elizabeth" in sources[0], corpus.quotes
    assert _label(corpus, sources[0]) == "PERSON"
    assert "United Kingdom" not in sources


@pytest.mark.parametrize("text,person", [(GPE_WHO, "Houston"), (GPE_SHE, "Dallas")])
def test_a_one_word_gpe_the_article_makes_a_person_is_a_source(corpus, text, person):
    quotes = corpus.quotes[corpus.quotes["article_id"] == corpus.ids[text]]
    named = quotes[quotes["speaker"] == person]
    assert len(named) >= 1 and set(named["speaker_type"]) == {"person"}, quotes
    assert person in _sources(corpus, text)
    assert _label(corpus, person) == "PERSON"


@pytest.mark.parametrize("text,actor", [(COUNTRY, "Russia"), (ALIASED, "United Kingdom"),
                                        (CITY, "Houston"), (COMPANY, "Ford")])
def test_countries_places_and_companies_are_never_sources(corpus, text, actor):
    quotes = corpus.quotes[corpus.quotes["article_id"] == corpus.ids[text]]
    spoken = quotes[quotes["speaker_actor"] == actor]
    assert len(spoken) >= 1 and set(spoken["speaker_type"]) == {"organization"}, quotes
    assert _sources(corpus, text) == []
    ents = _entities(corpus, text)
    assert "PERSON" not in set(ents.loc[ents["actor"] == actor, "label"])


# ---- the rule on records made by hand (whatever a model tags) ------------------------------------

def _quote(text: str, phrase: str, kind: str, actor: str) -> Attribution:
    start = text.index(phrase)
    return Attribution(0, 1, "direct", None,
                       Speaker(phrase, start, start + len(phrase), kind, actor, None))


def _mention(text: str, part: str, label: str, actor: str | None = None,
             pronouns: str | None = None, fixed: str | None = None) -> MentionRecord:
    start = text.index(part)
    return MentionRecord(part, label, start, start + len(part), actor or part, pronouns, fixed)


def test_split_keeps_the_place_moves_the_pronouns_and_relabels_other_mentions():
    text = ("First Minister of Scotland Nicola Sturgeon said it. Later Nicola Sturgeon "
            "spoke again, and she smiled.")
    swallowed = _mention(text, "Scotland Nicola Sturgeon", "ORG", pronouns="she")
    later = MentionRecord("Nicola Sturgeon", "ORG", text.rindex("Nicola"),
                          text.rindex("Nicola") + 15, "Nicola Sturgeon")
    out = person_speaker_mentions(text, [swallowed, later], [
        _quote(text, "First Minister of Scotland Nicola Sturgeon", "person", "Nicola Sturgeon")])
    assert [(m.text, m.label, m.actor, m.pronouns) for m in out] == [
        ("Scotland", "ORG", "Scotland", None),
        ("Nicola Sturgeon", "PERSON", "Nicola Sturgeon", "she"),
        ("Nicola Sturgeon", "PERSON", "Nicola Sturgeon", None)]
    assert all(text[m.start:m.end] == m.text for m in out)


def test_organisations_weak_bare_names_and_alias_labels_change_nothing():
    text = "Reuters said it. Reuters later said more. Ford said it. Al Jazeera Smith said it."
    mentions = [_mention(text, "Reuters", "ORG"),
                MentionRecord("Reuters", "ORG", text.rindex("Reuters"),
                              text.rindex("Reuters") + 7, "Reuters"),
                _mention(text, "Ford", "ORG"),
                _mention(text, "Al Jazeera Smith", "ORG", "Al Jazeera", fixed="ORG")]
    quotes = [_quote(text, "Reuters", "person", "Reuters"),  # weak: nothing makes it a person
              _quote(text, "Ford", "organization", "Ford"),
              _quote(text, "Al Jazeera Smith", "person", "Al Jazeera")]
    assert person_speaker_mentions(text, mentions, quotes) == sorted(
        mentions, key=lambda m: m.start)


def test_a_bare_name_the_article_makes_a_person_is_relabelled_everywhere():
    text = "Houston, who lost her seat, said it. Houston added more."
    first = _mention(text, "Houston", "GPE")
    second = MentionRecord("Houston", "GPE", text.rindex("Houston"), text.rindex("Houston") + 7,
                           "Houston")
    out = person_speaker_mentions(text, [first, second],
                                  [_quote(text, "Houston", "person", "Houston")])
    assert [m.label for m in out] == ["PERSON", "PERSON"]


def test_an_org_word_name_and_a_pronoun_of_another_person_change_nothing():
    text = ("On Friday Ford Motor Company announced it. Thunberg led the march, according to "
            "Time, and she said it was big. Time reported more.")
    mentions = [_mention(text, "Ford Motor Company", "ORG"),
                _mention(text, "Thunberg", "PERSON"),
                MentionRecord("Time", "ORG", text.index("Time,"), text.index("Time,") + 4,
                              "Time"),
                MentionRecord("Time", "PERSON", text.rindex("Time"), text.rindex("Time") + 4,
                              "Time")]  # the NER once calls the magazine a person
    quotes = [_quote(text, "Friday Ford Motor Company", "person", "Ford Motor Company"),
              _quote(text, "Time reported", "person", "Time")]
    quotes[1] = Attribution(0, 1, "direct", None, Speaker(
        "Time", text.rindex("Time"), text.rindex("Time") + 4, "person", "Time", None))
    assert [m.label for m in person_speaker_mentions(text, mentions, quotes)] == [
        "ORG", "PERSON", "ORG", "PERSON"]


def test_an_actor_that_took_in_its_organisation_is_not_made_a_person():
    text = "Crystal Lee of the Northern Arapaho office said it."
    mention = _mention(text, "Crystal Lee of the Northern Arapaho", "ORG")
    out = person_speaker_mentions(text, [mention], [_quote(
        text, "Crystal Lee of the Northern Arapaho office", "person",
        "Crystal Lee of the Northern Arapaho")])
    assert out == [mention]
