"""Session 26's quote-by-quote audit of 31 fresh BBC articles (helper s31-audit,
benchmarks/audits/audit-sample-s31.txt): organisations and people described or written
elsewhere in the article left without their actor. Sentences of our own, both models.

* A firm's name in apposition to a kind of firm heading the speaker phrase ("Britain's biggest
  mobile phone operator, Vodafone, said") is the organisation speaking, whatever the NER's tag
  (``speakers._appositive_organisation``); the phrase was cut before the name (no actor) or
  typed a person.
* A country or nationality before a kind of firm ("The German carmaker said") qualifies the
  description: it refers back to the organisation just named, not to the country
  (``org_anaphors.place_modifiers_only``, ``_description_noun``).
* "The company" repeated, with no organisation in the two sentences before it, is the
  organisation the previous "the company" was, when no other organisation spoke in between
  (``org_anaphors._same_description``).
* A speaker of the article's first sentence written "A …" ("A leading children's charity has
  warned …", "A senior economist has warned …") is the named subject of the second sentence,
  an organisation for a noun naming a kind of organisation, else a person
  (``lead_descriptions.lead_antecedent``).
* A one-word speaker typed organisation that is the surname of an earlier speaker named in full
  as a person is that person (``speakers._earlier_person_speaker``; on the official model the NER
  tags some full names ORG at every mention, so only the role phrase of the lead was a person).

Negative cases: an apposition that is no name ("The group, a coalition of 40 charities,"), a
person's name after a role noun (unchanged), a nationality before a person's noun ("The German
spokesman"), a description with no organisation named before it, a chain broken by another
organisation speaking, a firm written beside another country ("Fiat, Italy's …" is no "US
firm"), a name ending in the description's noun ("the World Trade Organisation" is no earlier
"the organisation"), two earlier people sharing the surname, a lead's unnamed speaker noun ("A
spokesman said"), a second sentence naming nobody, a description outside the first sentence.
"""

from __future__ import annotations

import pytest

from analysis import analyze
from analysis.engine.quotes.speakers import _earlier_person_speaker
from analysis.engine.quotes.types import Speaker

from .helpers import MODEL_IDS, MODELS, one_quote

APPOSITIONS = [
    ("Separately, Britain's biggest mobile phone operator, Vodafone, said it would cut roaming "
     "charges next year.", "roaming charges", "Vodafone"),
    ("The country's largest grocer, Tesco, said sales had risen by 4% over Christmas.",
     "sales had risen", "Tesco"),
]

DESCRIPTIONS = [
    ("Volkswagen reported a 10% fall in profits on Thursday. Sales in China slowed sharply. The "
     "German carmaker said it would cut 5,000 jobs.", "cut 5,000 jobs", "Volkswagen"),
    ("Harland Foods has issued its second profit warning this year. The company warned that "
     "costs would keep rising until the spring. Its lenders have since agreed to extend its "
     "loans by a year. Analysts had expected a worse result. The company also said it would sell "
     "two factories.", "sell two factories", "Harland Foods"),
]


def _quotes(text, model):
    return analyze([text], model=model, progress=False).quotes


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
@pytest.mark.parametrize("text,words,firm", APPOSITIONS)
def test_a_firms_name_in_apposition_speaks(model, text, words, firm):
    row = one_quote(_quotes(text, model), words)
    assert row["speaker_type"] == "organization"
    assert row["speaker_actor"] == firm
    assert firm in row["speaker"]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
@pytest.mark.parametrize("text,words,firm", DESCRIPTIONS)
def test_a_description_of_the_firm_named_before_is_that_firm(model, text, words, firm):
    row = one_quote(_quotes(text, model), words)
    assert row["speaker_type"] == "organization"
    assert row["speaker_actor"] == firm


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_an_apposition_that_is_no_name_leaves_the_group_unnamed(model):
    row = one_quote(_quotes("The group, a coalition of 40 charities, said the plan would fail "
                            "the poorest families.", model), "the plan would fail")
    assert row["speaker_actor"] is None


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_person_named_after_a_role_stays_the_person(model):
    row = one_quote(_quotes("The firm's chief executive, Maria Lopez, said profits would rise.",
                            model), "profits would rise")
    assert row["speaker_type"] == "person"
    assert row["speaker_actor"] == "Maria Lopez"


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_nationality_before_no_firm_noun_or_no_firm_named(model):
    q = _quotes("Volkswagen reported a fall in profits. The German spokesman said the talks would "
                "resume.", model)
    assert one_quote(q, "talks would resume")["speaker_actor"] != "Volkswagen"
    row = one_quote(_quotes("The Japanese firm said it would open a new plant in Wales.", model),
                    "new plant")
    assert row["speaker_actor"] is None


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_another_organisation_speaking_breaks_the_chain(model):
    text = ("Harland Foods has issued its second profit warning this year. The company warned "
            "that costs would keep rising until the spring. The Bank of England said interest "
            "rates would stay low. Its governor is due to speak on Monday. Traders were calm. "
            "Analysts had expected a worse result. The company also said it would sell two "
            "factories.")
    row = one_quote(_quotes(text, model), "sell two factories")
    assert row["speaker_actor"] != "Harland Foods"


def test_a_surname_typed_organisation_is_the_person_who_spoke_before():
    prior = [Speaker("Wales coach Lars-Erik Johansson", 0, 31, "person", "Lars-Erik Johansson",
                     "coach")]
    assert _earlier_person_speaker("Johansson", prior) == "Lars-Erik Johansson"


def test_no_person_for_a_shared_surname_or_a_longer_name():
    prior = [Speaker("Anna Berg", 0, 9, "person", "Anna Berg", None),
             Speaker("Tomas Berg", 40, 50, "person", "Tomas Berg", None)]
    assert _earlier_person_speaker("Berg", prior) is None
    assert _earlier_person_speaker("Berg Holdings", prior[:1]) is None
    assert _earlier_person_speaker("Berg", [Speaker("Berg", 0, 4, "organization", "Berg")]) is None


LEADS = [
    ("A leading children's charity has warned that thousands of families face eviction this "
     "winter. The Hearth Trust said rents had risen by a fifth in two years.",
     "face eviction", "organization", "Hearth Trust"),
    ("A senior economist has warned that house prices could fall by 10%. Dr Amelia Grant, of "
     "the Institute for Housing Studies, said the market had peaked.", "could fall by 10%",
     "person", "Amelia Grant"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
@pytest.mark.parametrize("text,words,kind,actor", LEADS)
def test_a_lead_description_is_the_subject_named_next(model, text, words, kind, actor):
    row = one_quote(_quotes(text, model), words)
    assert row["speaker_type"] == kind
    assert row["speaker_actor"] == actor


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_no_lead_antecedent_for_a_spokesman_nobody_or_a_later_sentence(model):
    q = _quotes("A spokesman said the talks had failed. Maria Costa, the minister, will meet the "
                "unions on Friday.", model)
    assert one_quote(q, "talks had failed")["speaker_actor"] != "Maria Costa"
    q = _quotes("A senior economist has warned that house prices could fall by 10%. Shares in "
                "builders fell on Monday.", model)
    assert one_quote(q, "could fall")["speaker_actor"] is None
    q = _quotes("Prices rose again in March. A senior economist warned that they could fall by "
                "10%. Dr Amelia Grant said the market had peaked.", model)
    assert one_quote(q, "they could fall")["speaker_actor"] is None


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_firm_of_another_country_or_a_name_is_no_description_antecedent(model):
    q = _quotes("Fiat, Italy's largest private employer, has ended its alliance with General "
                "Motors. The US firm agreed to pay $2bn to leave the deal.", model)
    assert one_quote(q, "pay $2bn")["speaker_actor"] != "Fiat"
    q = _quotes("The FAO has urged the World Trade Organisation to conclude its talks. According "
                "to the organisation, tariffs hurt poor farmers.", model)
    assert one_quote(q, "tariffs hurt")["speaker_actor"] != "World Trade Organisation"
