"""Session 26's speed work (helper s31-speed): what it made cheaper must answer as before.

* :func:`analysis.engine.entities._organisation_repairs` looks for an organisation cue only on
  the mentions whose name a PERSON mention of the article has (a cue on any other name can
  repair no mention). Its answer is held equal to the start's loop, which looked at every
  mention, on sentences of our own with organisation cues of every kind (a member noun, "of"
  a member noun, "which", "its", an organisation noun before the name, an apposition, a
  longer place name), with the NER's labels and with PERSON and ORG swapped (so both branches
  see every name), on both models.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from analysis import lexicons
from analysis.engine.entities import (_bare, _organisation_cue, _organisation_repairs,
                                      _title_start, _typed_organisation,
                                      introduced_as_organisation)
from analysis.engine.first_names import first_name_gender

from .helpers import MODEL_IDS, MODELS

TEXTS = [
    "Brenmoor Athletic sporting director Paul Quayle said the club would appeal. Brenmoor "
    "Athletic said the fine was unfair, and Quayle said he agreed.",
    "Hallam Ridley has said its own lawyers will look at the contract. Hallam Ridley said on "
    "Friday it expected a ruling soon. Anna Ridley, a partner of Hallam Ridley, declined to "
    "comment.",
    "Water firm Aguas Serenas raised its prices. Aguas Serenas told customers that bills would "
    "rise, while Marta Serenas, a councillor, said she would oppose it.",
    "Velmora, the country's largest dairy company, has agreed to pay farmers more. Velmora "
    "said the deal would last five years. Velmora Jones, a farmer, said it was overdue.",
    "Age Concern Wales called for more funding. Age Concern said older people were being "
    "left behind, and Dr Ellen Marsh of Age Concern said the cuts would hurt.",
    "Kestrel Morton which has a client in Leeds said nothing. Mr Morton said he had not seen "
    "the letter, and Kestrel Morton and Tilly Brandt declined to comment.",
]


def _start_repairs(doc, ents) -> dict[int, str]:
    """The start's ``_organisation_repairs`` (0d874a1): a cue looked for on every mention."""
    repaired: dict[int, str] = {}
    previous = None
    cued: set[str] = set()
    people: set[str] = set()
    named: set[str] = set()
    longer: set[str] = set()
    bare: list[str] = []
    for ent in ents:
        label = ent.label_
        name = _bare(ent.text) if label in ("PERSON", "ORG", "LOC", "FAC", "GPE") else ""
        bare.append(name)
        if label == "PERSON":
            joined = previous is not None and previous.start in repaired \
                and doc[previous.end:ent.start].text.strip(" ,") in ("and", "or", "")
            if joined or _typed_organisation(ent):
                repaired[ent.start] = "ORG"
            words = name.split()
            if _title_start(doc, ent) < ent.start or \
                    len(words) >= 2 and first_name_gender(words[0]) is not None:
                people.add(name)
            if len(words) >= 2:
                named.add(name)
        if label in ("PERSON", "ORG") and _organisation_cue(doc, ent):
            cued.add(name)
        if label in ("PERSON", "ORG", "WORK_OF_ART") and introduced_as_organisation(doc, ent):
            cued.add(name or _bare(ent.text))
        if label in ("ORG", "LOC", "FAC", "GPE"):
            longer.add(name.rsplit(" ", 1)[0])
        previous = ent
    cued |= named & longer
    cued -= people
    surnames = {n.split()[-1] for n in named - cued}
    cued = (cued - surnames) | ({n.split()[-1] for n in cued & named} - surnames - people)
    if cued:
        for ent, name in zip(ents, bare):
            if ent.label_ == "PERSON" and name in cued:
                repaired[ent.start] = "ORG"
    return repaired


def _doc(text: str, model):
    from analysis.engine.nlp import load_pipeline

    return load_pipeline(model)(text)


_SWAP = {"PERSON": "ORG", "ORG": "PERSON"}


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
@pytest.mark.parametrize("text", TEXTS)
def test_organisation_repairs_as_the_start(text, model):
    doc = _doc(text, model)
    as_tagged = list(doc.ents)
    swapped = [Span(doc, e.start, e.end, label=_SWAP.get(e.label_, e.label_)) for e in doc.ents]
    every_person = [Span(doc, e.start, e.end, label="PERSON") for e in doc.ents]
    with lexicons.use_lexicons(None):
        for ents in (as_tagged, swapped, every_person):
            assert _organisation_repairs(doc, ents) == _start_repairs(doc, ents)


def test_some_case_repairs_a_mention():
    """The cases are not all trivially empty: at least one repair is made on some model."""
    found = {}
    for model in MODELS:
        for text in TEXTS:
            doc = _doc(text, model)
            ents = [Span(doc, e.start, e.end, label="PERSON") for e in doc.ents]
            found.update(_organisation_repairs(doc, ents))
    assert found
