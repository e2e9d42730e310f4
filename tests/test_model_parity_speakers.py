"""Speakers one shared model finds and the other misses (issue 24, model parity).

Class: a bare surname as the speaker ("…," Zapata told …; "Swank said") whose full name the
article gives once as a PERSON ("Franky Zapata"), when the NER tags the bare surname ORG on
most of its mentions (en_news_sm does so for most surnames). The quote engine types the speaker
``person`` with the full name as its actor, but the actor's majority label stayed ORG, so the
person was no source. Rule (analysis.engine.quotes.speaker_mentions, ``_named_in_full``): a
PERSON mention of the same actor written in full and ending in the bare name makes the bare
speaker's mentions PERSON. Runs on both shared models; an organisation named bare stays one.
"""

from __future__ import annotations

import pytest

from analysis import analyze, config

MODELS = [None, str(config.shared_dir() / "models" / "en_news_sm-3.8.0")]
MODEL_IDS = ["en_core_web_sm", "en_news_sm"]

SURNAME_SPEAKERS = [
    ("Franky Zapata",
     "French inventor Franky Zapata crossed the English Channel on a jet-powered hoverboard on "
     "Sunday. \"Once I managed to stick my heels into the boat, I knew I had done most of the "
     "work,\" Zapata told French news channel BFM TV. Zapata said the winds over the Channel "
     "made the crossing hard."),
    ("Hilary Swank",
     "Hilary Swank won best actress for her role as a boxer. \"I do not know what I did in this "
     "life to deserve this,\" Swank said. Swank thanked her director and co-star. Swank added "
     "that the film had changed her life."),
    ("Oday Rasheed",
     "Iraqi film maker Oday Rasheed premiered his first feature in Berlin. Rasheed said the "
     "title refers to the isolation felt by Iraqis. \"The regime was hell, but now I think the "
     "hell has doubled,\" Rasheed said."),
]

FORD = ("Ford said on Tuesday it would cut 3,000 jobs in Europe. Ford also said sales of its "
        "trucks had risen. \"We are confident in our plan,\" the company said.")


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_bare_surname_named_in_full_elsewhere_is_a_source(model):
    corpus = analyze([text for _, text in SURNAME_SPEAKERS], model=model, progress=False)
    ids = list(corpus.articles["article_id"])
    sources = corpus.sources
    labels = corpus.actors.set_index("actor")["label"]
    for aid, (name, _) in zip(ids, SURNAME_SPEAKERS):
        got = sources[sources["article_id"] == aid]
        assert list(got["actor"]) == [name], (name, corpus.quotes[
            corpus.quotes["article_id"] == aid][["speaker", "speaker_type", "speaker_actor"]])
        assert int(got["quotes"].iloc[0]) >= 2
        assert labels[name] == "PERSON"


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_bare_company_name_stays_an_organisation(model):
    corpus = analyze([FORD], model=model, progress=False)
    ford = corpus.quotes[corpus.quotes["speaker"] == "Ford"]
    assert len(ford) == 2 and set(ford["speaker_type"]) == {"organization"}
    assert corpus.sources.empty
    assert corpus.actors.set_index("actor")["label"]["Ford"] == "ORG"


# ---- a bare surname the news model tags as a plural noun or a NORP ----------------------------

BARE_GROUP_TAGGED = [
    ("Pedro Pierluisi",
     "Pedro Pierluisi was sworn in as governor of Puerto Rico on Friday. Pierluisi said from "
     "the governor's mansion, \"If the Senate confirms me, I will be governor until 2020.\" "
     "Pierluisi stated that he would respect the decision of the courts."),
    ("Bernie Sanders",
     "Bernie Sanders ended his presidential bid last week. In a live-streamed statement, "
     "Sanders said to Biden: \"Today, I am asking all Americans to come together in this "
     "campaign to support your candidacy.\" Sanders said he would keep his delegates."),
]
OFFICIALS = ("Officials said on Monday that the bridge would reopen in May. \"The repairs are "
             "on schedule,\" Officials told reporters.")


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_bare_surname_tagged_as_a_group_is_the_person_named_in_full(model):
    corpus = analyze([text for _, text in BARE_GROUP_TAGGED], model=model, progress=False)
    ids = list(corpus.articles["article_id"])
    quotes, sources = corpus.quotes, corpus.sources
    for aid, (name, _) in zip(ids, BARE_GROUP_TAGGED):
        bare = quotes[(quotes["article_id"] == aid) & (quotes["speaker"] == name.split()[-1])]
        assert len(bare) == 2 and set(bare["speaker_type"]) == {"person"}, bare
        assert set(bare["speaker_actor"]) == {name}
        assert list(sources.loc[sources["article_id"] == aid, "actor"]) == [name]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_capitalised_plural_noun_speaker_stays_a_group(model):
    corpus = analyze([OFFICIALS], model=model, progress=False)
    q = corpus.quotes
    assert set(q.loc[q["speaker"] == "Officials", "speaker_type"]) == {"group"}, q
    assert corpus.sources.empty


# ---- a titled surname the news model reads as a date ------------------------------------------

TITLED_DATES = [
    ("Jon Thoday",
     "Jon Thoday produced the show in London. Mr Thoday said the idea of turning the film into a "
     "musical had been an ambition of his for almost 20 years. \"It is a story about hope,\" "
     "Mr Thoday said."),
    ("Munday",
     "The council approved the new stadium on Wednesday. Mr Munday said the club had waited ten "
     "years for the decision. \"This is a great day for the town,\" Mr Munday told reporters."),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_titled_surname_read_as_a_date_is_a_person_source(model):
    corpus = analyze([text for _, text in TITLED_DATES], model=model, progress=False)
    ids = list(corpus.articles["article_id"])
    ents, sources = corpus.entities, corpus.sources
    for aid, (name, _) in zip(ids, TITLED_DATES):
        got = sources[sources["article_id"] == aid]
        assert list(got["actor"]) == [name] and int(got["quotes"].iloc[0]) == 2, got
        dates = ents[(ents["article_id"] == aid) & (ents["label"] == "DATE")]
        assert not dates["text"].str.contains(name.split()[-1]).any(), dates


# ---- an honorific and a surname tagged ORG as one entity --------------------------------------

HONORIFIC_ORGS = [
    ("Cara Diemont",
     "Cara Diemont is a call centre analyst. \"Once a call centre may have looked after "
     "mortgages, now its agents may also be responsible for credit cards,\" Ms Diemont says. "
     "This, Ms Diemont warns, is \"scary\"."),
    ("Tom Ashworth",
     "Tom Ashworth runs the family bakery in Leeds. \"Flour has doubled in price this year,\" "
     "Mr Ashworth says. Mr Ashworth said he would not raise the price of bread."),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_an_honorific_and_a_name_tagged_org_is_a_person_source(model):
    corpus = analyze([text for _, text in HONORIFIC_ORGS], model=model, progress=False)
    ids = list(corpus.articles["article_id"])
    quotes, sources = corpus.quotes, corpus.sources
    for aid, (name, _) in zip(ids, HONORIFIC_ORGS):
        q = quotes[quotes["article_id"] == aid]
        assert set(q["speaker_type"]) == {"person"} and set(q["speaker_actor"]) == {name}, q
        assert list(sources.loc[sources["article_id"] == aid, "actor"]) == [name]
