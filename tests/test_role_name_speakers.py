"""A role noun, then a name the small model tags ORG/GPE (or misses) with an unknown first name
(issue 24): "Greek sprinter Kostas Kenteris said" is that person on both models
(analysis.engine.quotes.headnames, ``_named_after_role``); a role noun before an organisation
("party leader Labour", "the minister Home Office", an alias-table organisation) is not."""

from __future__ import annotations

import pytest

from analysis import analyze, config

MODELS = [None, str(config.shared_dir() / "models" / "en_news_sm-3.8.0")]
MODEL_IDS = ["en_core_web_sm", "en_news_sm"]

PEOPLE = {
    'Greek sprinter Kostas Kenteris said: "I have never taken a banned substance."':
        ("Kostas Kenteris", "Greek sprinter"),
    'Liberal Democrat deputy leader Menzies Campbell said: "The government must explain '
    'itself."': ("Menzies Campbell", "Liberal Democrat deputy leader"),
    'Opposition leader Ollanta Humala said: "The vote was stolen from the people."':
        ("Ollanta Humala", "Opposition leader"),
    'Defence lawyer Rupinder Thandi said: "My client denies every charge."':
        ("Rupinder Thandi", "Defence lawyer"),
}
ORGS = [
    'Party leader Labour said: "We will win the next election."',
    'The minister Home Office said: "We will act on the report."',
    'Team captain Lib Dems said: "We played badly on Saturday."',
]


@pytest.fixture(scope="module", params=MODELS, ids=MODEL_IDS)
def quotes(request):
    texts = [*PEOPLE, *ORGS]
    found = analyze(texts, model=request.param, progress=False)
    ids = dict(zip(found.articles["article_id"], texts))
    q = found.quotes
    return {ids[a]: row for a, row in zip(q["article_id"], q.itertuples())}


@pytest.mark.parametrize("text", list(PEOPLE))
def test_a_role_noun_then_an_unknown_name_is_the_person(quotes, text):
    actor, role = PEOPLE[text]
    row = quotes[text]
    assert (row.speaker_type, row.speaker_actor, row.speaker_role) == ("person", actor, role)


@pytest.mark.parametrize("text", ORGS)
def test_a_role_noun_then_an_organisation_stays_no_person(quotes, text):
    assert quotes[text].speaker_type != "person"
