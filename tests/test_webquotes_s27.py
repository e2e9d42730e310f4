"""Session 23's quote-by-quote audit of 40 fresh BBC articles (helper s27-webquotes,
benchmarks/audits/audit-sample-s27.txt): the classes it found that a reader resolves without
doubt, on sentences of our own, both models.

* A name the text introduces with an organisation noun ("water firm Aguas Limpias") is an
  organisation at its later bare mentions too ("Aguas Limpias told a newspaper …"), which the
  small models tag PERSON: typed ``organization``, and no previous speaker for the "he" of the
  next report (entities.introduced_as_organisation, pronouns._introduced_organisation).
* An apostrophe that elides a word's first letters ("'bot nets", "give 'em") is no opening
  quotation mark (marks._elided_word, ``elided_words``).
* A quoted epithet with a name set off by dashes after it ("'The next Pele' - Jonas Silva - is
  joining …") is no dash attribution (frames._DASH_APPOSITION).
* A quoted question is not framed by the next sentence's cue that reports a clause of its own
  ("“…?” The commission said on Monday it was …": frames._own_report_after_question).
* "“…,” said a club official. “…,” he added": an unnamed speaker whose role gives no gender is
  continued by the he/she of the very next quote (pronouns._neutral_turn), not a man the quote
  names.
* "claims the vital first break", "claimed the second set": things won (``won_nouns``).
* "X was quoted by The Courier as saying … “all-British”", "The newspaper quoted X as saying
  … “all-British”": the quoted person speaks through *saying*, not the outlet through
  *quoted* (fragments.quoted_fragment).
"""

from __future__ import annotations

import pytest

from .helpers import MODEL_IDS, MODELS, one_quote, quotes_per_text, speaker_text


def _rows(texts, model):
    return quotes_per_text(texts, model)


FIRMS = [
    ("A dispute between the government and water firm Aguas Limpias is growing. Aguas Limpias "
     "told a local newspaper it would not accept any change to its contract.",
     "it would not accept any change"),
    ("Shares rose sharply after search firm Quorvex Helmsley reported its results. Quorvex "
     "Helmsley said it would hire 300 more engineers next year.",
     "it would hire 300 more engineers"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_name_introduced_as_a_firm_is_an_organisation_at_every_mention(model):
    for (text, words), quotes in zip(FIRMS, _rows([t for t, _ in FIRMS], model)):
        row = one_quote(quotes, words)
        assert row["speaker_type"] == "organization", (text, row.to_dict())


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_the_firm_is_no_antecedent_of_the_next_he(model):
    text = ("A dispute between the government and water firm Aguas Limpias is growing. Aguas "
            "Limpias told a local newspaper it would not accept any change to its contract. The "
            "minister did not rule out cancelling the deal. Yet he added that he did not like "
            "to make \"predictions\".")
    row = one_quote(_rows([text], model)[0], "did not like to make")
    assert row["speaker_actor"] != "Aguas Limpias", row.to_dict()


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_people_beside_organisation_nouns_stay_people(model):
    texts = ["Union leader Bob Crowley said the strike would go ahead. Crowley said members "
             "were angry.",
             "The band's singer, Marta Lind, said the tour would go ahead. Lind said the fans "
             "deserved better."]
    for text, quotes in zip(texts, _rows(texts, model)):
        for _, row in quotes.iterrows():
            assert row["speaker_type"] == "person", (text, row.to_dict())


ELIDED = ["The study followed more than 200 'bot networks over six months. Many 'bot networks "
          "were used to send spam to millions of users.",
          "Fans will love 'em, the promoter claimed, and the shows run 'til the end of May. The "
          "tickets went on sale on Friday morning."]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_an_elided_word_apostrophe_is_no_quotation_mark(model):
    for text, quotes in zip(ELIDED, _rows(ELIDED, model)):
        assert not any(q.startswith(("bot", "em", "til")) for q in quotes["quote"]), \
            (text, list(quotes["quote"]))


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_single_quotes_and_elided_years_are_unchanged(model):
    texts = ["'We will keep the bot project going until the money runs out,' the director said.",
             "He grew up in the '80s in Leeds. 'It was a hard place to be young,' he said."]
    quotes = _rows(texts, model)
    assert speaker_text(one_quote(quotes[0], "We will keep the bot project")) == "the director"
    assert speaker_text(one_quote(quotes[1], "It was a hard place")) == "he"


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_an_epithet_before_a_name_set_off_by_dashes_is_no_quote(model):
    text = "'The next Pele' - Jonas Silva - is joining the club for a fee of $12m."
    quotes = _rows([text], model)[0]
    assert not any("The next Pele" in q for q in quotes["quote"]), list(quotes["quote"])


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_dash_and_a_name_after_a_quote_still_attribute_it(model):
    text = ("The march ended at the town hall.\n\n\"We will keep fighting for every job in "
            "this town until the plant is saved\" - Ann Lee, union organiser.")
    row = one_quote(_rows([text], model)[0], "We will keep fighting")
    assert row["speaker_actor"] == "Ann Lee", row.to_dict()


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_quoted_question_is_not_the_next_sentences_report(model):
    text = ("The minister faced questions in the Commons. The proposed wording of the question "
            "is: \"Should the council keep its weekly bin collections?\" The commission said on "
            "Monday it was happy the wording was clear.")
    row = one_quote(_rows([text], model)[0], "Should the council keep")
    assert speaker_text(row) != "The commission", row.to_dict()


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_question_framed_by_its_own_cue_is_unchanged(model):
    texts = ["The panel listened in silence. \"Why should we pay for their mistakes?\" asked "
             "Mr Hale, a local shopkeeper.",
             "The crowd booed. \"Who are they trying to fool?\" the councillor said."]
    quotes = _rows(texts, model)
    assert one_quote(quotes[0], "Why should we pay")["speaker_actor"] == "Hale"
    assert speaker_text(one_quote(quotes[1], "Who are they trying")) == "the councillor"


NEUTRAL = ("Disgraced striker Adam Rusu is to begin talks with Verona as he looks for a new "
           "club.\n\n\"Rusu will be in our stand to watch the match on Sunday,\" said a Verona "
           "official, who declined to be named. \"Then he will meet some important people at "
           "the club,\" he added.")


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_the_next_quotes_he_continues_an_unnamed_official(model):
    row = one_quote(_rows([NEUTRAL], model)[0], "Then he will meet")
    assert row["speaker_type"] == "anonymous" and not isinstance(row["speaker_actor"], str), \
        row.to_dict()


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_narration_between_keeps_the_named_man(model):
    text = ("Striker Adam Rusu is to begin talks with Verona.\n\n\"He will be in our stand on "
            "Sunday,\" said a Verona official. Rusu arrived in Italy on Monday with his agent. "
            "\"I am happy to be here,\" he said.")
    row = one_quote(_rows([text], model)[0], "I am happy to be here")
    assert row["speaker_actor"] == "Adam Rusu", row.to_dict()


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_breaks_and_sets_are_won_not_said(model):
    texts = ["Nadal claims the vital first break and leads 3-1 in the fourth set.",
             "Roddick claimed the second set with an ace.",
             "Higgins claimed the first frame after a long safety battle."]
    for text, quotes in zip(texts, _rows(texts, model)):
        assert quotes.empty, (text, list(quotes["quote"]))


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_claim_that_reports_stays_a_quote(model):
    text = "The coach claimed the decision to send off his captain was unfair."
    row = one_quote(_rows([text], model)[0], "the decision to send off")
    assert speaker_text(row) == "The coach", row.to_dict()


QUOTED_AS = [
    ("Chief executive Mark Hale was quoted by The Courier newspaper as saying the bank could no "
     "longer afford to remain \"all-British\".", "could no longer afford", "Mark Hale"),
    ("The transport secretary was quoted by a local radio station as saying the line would be "
     "\"open by Christmas\".", "open by Christmas", None),
    ("The newspaper quoted chief executive Mark Hale as saying the bank could no longer remain "
     "\"all-British\".", "could no longer remain", "Mark Hale"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_quoted_as_saying_a_fragment_is_the_quoted_persons(model):
    texts = [t for t, _, _ in QUOTED_AS]
    for (text, words, actor), quotes in zip(QUOTED_AS, _rows(texts, model)):
        row = one_quote(quotes, words)
        assert row["cue"] == "saying", (text, row.to_dict())
        assert row["speaker_type"] != "organization", (text, row.to_dict())
        if actor is not None:
            assert row["speaker_actor"] == actor, (text, row.to_dict())


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_fragments_under_quoting_verbs_without_a_participle_are_unchanged(model):
    texts = ["Ms Dale cited the figures as \"proof\" that the scheme works.",
             "The minister dismissed the report as \"nonsense\" on Monday."]
    quotes = _rows(texts, model)
    assert one_quote(quotes[0], "proof")["speaker_actor"] == "Dale"
    assert speaker_text(one_quote(quotes[1], "nonsense")) == "The minister"
