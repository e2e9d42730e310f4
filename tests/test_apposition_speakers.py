"""Speaker phrases with an apposition, on both shared models (issue 24).

Class: a speaker subject made of a person's name and an apposition, which the distilled model
(en_news_sm) parses or tags differently from the official one:

* "<intro phrase>, NAME, leader of the X group in the assembly, said: “…”" — the news model
  tags the name ORG and hangs it, as an apposition, on the noun of the phrase before it, so the
  verb has no subject: the speaker was lost. Rule (analysis.engine.quotes.subjects,
  ``_name_before_role``): the phrase ending at the comma before the verb is a common-noun
  apposition of a proper noun right before its comma; that proper noun (with its compound
  words) speaks, whatever its NER label.
* "a ROLE-OF-ORG spokesperson, NAME, indicated …" — the news model parses "a [Ministry] of
  [Defence spokesperson]" with the organisation as the head and the name as its apposition: the
  speaker was the organisation and a later "he said" resolved to it. Rule
  (analysis.engine.quotes.headnames, ``_name_after_buried_role``): a name in apposition to an
  organisation whose phrase ends, before the comma, in a lower-case person-role noun is the
  person speaking, the phrase before it the role.

* "NAME, president of X, said" / "NAME, the X's home affairs spokesman, said" with a name the
  news model tags ORG and whose first name is rare: typed organisation. Rule
  (analysis.engine.quotes.headnames, ``_titled_in_apposition``): two or three capitalised words
  with a title (``titles``, unnamed-person nouns) as their apposition are a person.

* "…, a Home Office spokesperson, NAME, indicated …: “…,” he said, “…”" — en_core_web_sm
  hangs *indicated* on *said* as its clause, so the spokesperson looked like someone the
  pronoun's sentence reports, never its previous speaker: "he" stayed unresolved. Rule
  (analysis.engine.quotes.pronouns, ``_reported``): a clause reaching its verb across a
  quotation is not a report of that verb.

Guards: "the company, Acme Ltd, said" stays an organisation; "a spokesperson said" stays
anonymous; "NAME, a lawyer representing Y, told the BBC after the verdict “…”" keeps NAME.
"""

from __future__ import annotations

import pytest

from analysis import analyze, config

MODELS = [None, str(config.shared_dir() / "models" / "en_news_sm-3.8.0")]
MODEL_IDS = ["en_core_web_sm", "en_news_sm"]

LEADERS = [
    ("Ieuan Wyn Jones", "leader of the Plaid Cymru group in the assembly",
     "Health officials published the waiting times on Tuesday. In response to Dr Gibbons' "
     "comments, Ieuan Wyn Jones, leader of the Plaid Cymru group in the assembly, said: \"It "
     "is apparent that the minister has lost control of the waiting lists.\""),
    ("Owain Glyn Davies", "leader of the Liberal group in the council",
     "The council voted on the plan on Monday. Owain Glyn Davies, leader of the Liberal group "
     "in the council, said: \"This is a bad day for the people of the valley.\""),
]

SPOKESPEOPLE = [
    ("Gareth Pryce", "Ministry of Defence spokesperson",
     "Police closed the road to the base on Friday. A Ministry of Defence spokesperson, Gareth "
     "Pryce, indicated the base would reopen. \"We are working closely with the police,\" he "
     "said, \"and the road will be open again by Sunday.\""),
    ("Morwenna Trelawny", "Department of Transport spokesperson",
     "Rail services were cancelled across the region on Thursday. After the storm, a "
     "Department of Transport spokesperson, Morwenna Trelawny, said the lines would be "
     "inspected overnight. \"Safety comes first for every passenger,\" she said, \"so we will "
     "not rush the checks.\""),
]

INDICATED = ("Ministers announced the change on Monday. Following the announcement, a Home Office "
             "spokesperson, Rhodri Pryce, indicated the scheme would be reviewed: \"We are "
             "listening to the concerns raised,\" he said, \"and we will set out our plans next "
             "month.\"")

TITLED = [
    ("president of Zentrix",
     "The firm unveiled its new handset in Mumbai on Monday. Menzies Urquhart, president of "
     "Zentrix, said: \"This phone is what our customers have asked for.\""),
    ("Liberal Democrats' home affairs spokesman",
     "MPs debated the inquiry on Wednesday. And Menzies Urquhart, the Liberal Democrats' home "
     "affairs spokesman, said: \"It is vital that the facts come out before the summer.\""),
]

LAWYER = ("Adaeze Okonkwo",
          "The jury returned its verdict on Thursday after three days. Adaeze Okonkwo, a Toronto "
          "lawyer representing the family, told the BBC after the verdict \"This is the day "
          "they have waited ten years for.\"")

GUARDS = ("Shares in the firm rose sharply on Monday. The company, Acme Ltd, said: \"We expect "
          "strong growth across Europe next year.\"",
          "The plant will close in March. A spokesperson said: \"We regret the decision and "
          "will support our staff.\"")


def _quotes(texts, model):
    corpus = analyze(list(texts), model=model, progress=False)
    return corpus, list(corpus.articles["article_id"])


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_name_before_its_role_apposition_speaks(model):
    corpus, ids = _quotes([text for *_, text in LEADERS], model)
    quotes = corpus.quotes
    for aid, (name, role, _) in zip(ids, LEADERS):
        got = quotes[quotes["article_id"] == aid]
        assert len(got) == 1, got
        row = got.iloc[0]
        assert (row["speaker"], row["speaker_type"], row["speaker_role"]) == \
            (name, "person", role), row.to_dict()
        assert name.split()[-1] in row["speaker_actor"]
    assert set(corpus.sources["article_id"]) == set(ids)


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_the_name_after_an_organisations_spokesperson_speaks(model):
    corpus, ids = _quotes([text for *_, text in SPOKESPEOPLE], model)
    quotes = corpus.quotes
    for aid, (name, role, _) in zip(ids, SPOKESPEOPLE):
        got = quotes[quotes["article_id"] == aid]
        assert len(got) == 3, got[["quote", "speaker", "speaker_actor"]]
        assert set(got["speaker_actor"]) == {name}, got[["quote", "speaker", "speaker_actor"]]
        assert set(got["speaker_type"]) == {"person"}
        named = got[got["speaker"] != got["speaker"].iloc[-1]]  # the row before the pronouns
        assert list(named["speaker_role"]) == [role], named.to_dict("records")
        sources = corpus.sources[corpus.sources["article_id"] == aid]
        assert list(sources["actor"]) == [name]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_he_after_a_spokespersons_report_and_a_quote_is_the_spokesperson(model):
    corpus, _ = _quotes([INDICATED], model)
    pronouns = corpus.quotes[corpus.quotes["speaker"] == "he"]
    assert len(pronouns) >= 1
    assert set(pronouns["speaker_actor"]) == {"Rhodri Pryce"}, pronouns.to_dict("records")
    assert set(pronouns["speaker_type"]) == {"person"}


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_name_the_ner_calls_an_organisation_with_a_title_in_apposition_is_a_person(model):
    corpus, ids = _quotes([text for _, text in TITLED], model)
    quotes = corpus.quotes
    for aid, (role, _) in zip(ids, TITLED):
        got = quotes[quotes["article_id"] == aid]
        assert [(r.speaker, r.speaker_type, r.speaker_actor, r.speaker_role)
                for r in got.itertuples()] == [("Menzies Urquhart", "person", "Menzies Urquhart",
                                                role)]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_name_with_a_participle_apposition_and_a_cue_with_a_phrase(model):
    name, text = LAWYER
    corpus, _ = _quotes([text], model)
    rows = corpus.quotes
    assert list(rows["speaker"]) == [name]
    assert list(rows["speaker_type"]) == ["person"]
    assert rows["quote"].iloc[0].startswith("This is the day")


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_an_organisation_in_apposition_and_an_unnamed_spokesperson_stay_so(model):
    corpus, ids = _quotes(GUARDS, model)
    quotes = corpus.quotes.set_index("article_id")
    assert quotes.loc[ids[0], "speaker_type"] == "organization"
    assert quotes.loc[ids[1], "speaker_type"] == "anonymous"
    assert corpus.sources.empty
