"""Quoting verbs with a short quoted fragment, on both shared models (issue 25, class 5).

Class: a speaker's own words in a quoted fragment too short to be a quote of its own (under
``min_quote_words``), governed by a quoting verb — "dismissed the claim as “nonsense”", "calling
the deal a “betrayal”", "was labelled “reckless” by the minister", "a “blueprint,” he calls it",
"described the plan as “unworkable”". These were missed: the fragment is no quote span, and a
quoting verb was a cue only for a fragment inside its direct object, never for "call" (a
phrasal speech verb, "call on") nor for an "as" phrase or object predicate the parser hangs on
the verb. Rule (analysis.engine.quotes.fragments): the fragment in the verb's complements is
the words of the verb's subject (or the by-agent of a passive) when that subject can speak.

Guards — the same construction naming or labelling things, nobody speaking: signs ("signs
calling the mayor a “traitor”"), "so-called", "self-described", a participle or passive without
an agent ("an album called “Homecoming”", "The company was called “Acme”"), the generic "what
critics call “…”", a film title.
"""

from __future__ import annotations

import pytest

from analysis import analyze, config

MODELS = [None, str(config.shared_dir() / "models" / "en_news_sm-3.8.0")]
MODEL_IDS = ["en_core_web_sm", "en_news_sm"]

# (article, the fragment, (part of) the speaker phrase)
ACTIVE = [
    ("Ministers met union leaders on Monday. The finance minister, Rachel Hume, dismissed the "
     "claim as “nonsense” on Tuesday.", "nonsense", "Rachel Hume"),
    ("The talks collapsed late on Friday. Mr Hollis attacked the government, calling the deal a "
     "“betrayal” of voters.", "betrayal", "Mr Hollis"),
    ("The council published its budget on Wednesday. Opposition leader Ms Carter described the "
     "plan as “unworkable”.", "unworkable", "Ms Carter"),
    ("Staff will vote on the offer next week. The union branded the pay offer “insulting”.",
     "insulting", "The union"),
    ("The bill passed its second reading. Senator Tom Reid called the bill “disgraceful” in a "
     "speech on Monday.", "disgraceful", "Senator Tom Reid"),
    ("The court ruled on Thursday. Opposition leader Tom Baird hailed the ruling as “historic”.",
     "historic", "Opposition leader Tom Baird"),
    # a noun with a name in apposition speaks
    ("Police closed the road for six hours. A second witness, Dana Whitlock, described skid marks "
     "on the road and “unbearable” heat at the scene.", "unbearable", "Dana Whitlock"),
]

# a passive with a by-agent: the agent speaks; the fragment alone is a direct quote
PASSIVE = [
    ("The plan was published on Monday. It was labelled “reckless” by the health minister.",
     "reckless", "the health minister"),
    ("The proposal was put to members in May. The proposal was described as “unworkable” by the "
     "head of the union.", "unworkable", "the head of the union"),
]

# the fragment as a second subject, with a pronoun object
BLUEPRINT = ("Mr Okafor has written a plan for the city's buses. A “blueprint,” he calls it.",
             "blueprint", "he")

GUARDS = [
    "Thousands marched through the city on Saturday. Protesters carried signs calling the mayor "
    "a “traitor”.",
    "The so-called “bedroom tax” was introduced in 2013 and scrapped last year.",
    "The band toured Europe last summer. The band's new album, called “Homecoming”, is out on "
    "Friday.",
    "What critics call “nanny state” policies have spread across Europe.",
    "What some call “red tape” has grown under this government.",
    "Thousands of self-described “patriots” gathered outside the court on Monday.",
    "She starred in the film “Frozen” in 2013.",
    "The report, labelled “confidential”, was leaked to reporters on Monday.",
    "The company was called “Acme” until 2010, when it was sold.",
]


def _analyze(texts, model):
    corpus = analyze(list(texts), model=model, progress=False)
    return corpus.quotes, list(corpus.articles["article_id"])


def _one(quotes, aid, fragment):
    got = quotes[(quotes["article_id"] == aid) & quotes["quote"].str.contains(fragment)]
    assert len(got) == 1, quotes[quotes["article_id"] == aid][["quote", "kind", "speaker"]]
    return got.iloc[0]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_fragment_under_a_quoting_verb_is_the_subjects_words(model):
    quotes, ids = _analyze([text for text, *_ in ACTIVE], model)
    for aid, (_, fragment, speaker) in zip(ids, ACTIVE):
        row = _one(quotes, aid, fragment)
        assert row["kind"] == "mixed" and speaker in row["speaker"], row.to_dict()
        assert row["quote"] != fragment  # the object or "as" phrase with the fragment


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_fragment_of_a_passive_is_the_agents_words(model):
    quotes, ids = _analyze([text for text, *_ in PASSIVE], model)
    for aid, (_, fragment, speaker) in zip(ids, PASSIVE):
        row = _one(quotes, aid, fragment)
        assert row["speaker"] == speaker, row.to_dict()
        assert row["kind"] in ("direct", "mixed")


# "she called it", "as the mayor calls it": the fragment before the verb or after the pronoun
CALLS_IT = [
    ("The talks ended without a deal on Friday. Ms Adebayo left early. “Nonsense,” she called "
     "it.", "Nonsense", "she"),
    ("The town's bus route will be saved. The new service is, as the mayor calls it, a "
     "“lifeline” for the villages.", "lifeline", "the mayor"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_fragment_before_he_calls_it_is_his(model):
    text, fragment, speaker = BLUEPRINT
    quotes, ids = _analyze([text], model)
    row = _one(quotes, ids[0], fragment)
    assert (row["speaker"], row["speaker_actor"]) == (speaker, "Okafor"), row.to_dict()


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_what_she_calls_it_with_a_pronoun_object(model):
    quotes, ids = _analyze([text for text, *_ in CALLS_IT], model)
    for aid, (_, fragment, speaker) in zip(ids, CALLS_IT):
        row = _one(quotes, aid, fragment)
        assert row["speaker"] == speaker, row.to_dict()


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_labels_names_and_titles_are_no_ones_words(model):
    quotes, ids = _analyze(GUARDS, model)
    for aid, text in zip(ids, GUARDS):
        got = quotes[quotes["article_id"] == aid]
        assert got.empty, (text, got[["quote", "kind", "speaker"]].to_dict("records"))


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_reported_clause_holding_a_short_fragment_is_mixed(model):
    text = ("The review was published on Tuesday. The minister said the plan was “unworkable” "
            "and would be dropped.")
    quotes, ids = _analyze([text], model)
    row = _one(quotes, ids[0], "unworkable")
    assert (row["kind"], row["speaker"]) == ("mixed", "The minister"), row.to_dict()


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_fragment_inside_someones_quote_is_theirs(model):
    # the inner opening mark leaves the outer one unpaired: "he calls" stands inside her quote
    text = ("Nurses protested outside the hospital. “As a nurse I would rather work in what he "
            "calls “chaos” than sit at home,” said Maria Lopez.")
    quotes, _ = _analyze([text], model)
    assert list(quotes["speaker"]) == ["Maria Lopez"], quotes[["quote", "speaker"]]
