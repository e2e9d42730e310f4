"""Stage 3: speaker phrases — span, type, actor, role (analysis.engine.quotes.speakers)."""

from __future__ import annotations

import pytest

from analysis import lexicons
from analysis.engine.quotes.speakers import describe_speaker, speaker_span

from .helpers import context, cue, parse


def speaker_of(text: str, lemma: str = "say"):
    c = cue(text, lemma)
    return describe_speaker(c.speaker_head, context(parse(text)), [], span=c.speaker_span)


@pytest.mark.parametrize("text,phrase,kind", [
    ("A senior administration official said the sanctions would stay in place.",
     "A senior administration official", "anonymous"),
    ("Sources close to the prime minister said the reshuffle was imminent.",
     "Sources close to the prime minister", "anonymous"),
    ("An aide, speaking on condition of anonymity, said the deal was close.", "An aide",
     "anonymous"),
    ("Those close to him say that he will run again.", "Those close to him", "anonymous"),
    ("Critics said the scheme would cost far more than promised.", "Critics", "group"),
    ("USA and European officials said the talks had stalled.", "USA and European officials",
     "group"),
    ("The Pentagon said the strikes had hit their targets.", "The Pentagon", "organization"),
    ("The health ministry said the number of cases had doubled.", "The health ministry",
     "organization"),
    ("Senator Jane Hollis said the bill would pass.", "Senator Jane Hollis", "person"),
])
def test_speaker_types(text, phrase, kind):
    sp = speaker_of(text)
    assert (sp.text, sp.type) == (phrase, kind)


def test_a_phrase_stops_before_appositions_and_participles():
    doc = parse("A US official, speaking on condition of anonymity, said the strike was limited.")
    head = next(t for t in doc if t.text == "official")
    assert doc.text[slice(*speaker_span(head))] == "A US official"


def test_roles_and_actors():
    sp = speaker_of("Senator Jane Hollis said the bill would pass.")
    assert (sp.actor, sp.role) == ("Jane Hollis", "Senator")
    sp = speaker_of("The company's chief executive, Tim Cook, said sales had slowed.")
    assert (sp.text, sp.type, sp.actor) == ("The company's chief executive, Tim Cook", "person",
                                            "Tim Cook")
    sp = speaker_of("A US official said the strike was limited.")
    assert sp.role == "US official"


def test_a_surname_the_ner_called_an_organisation_speaks_as_a_person():
    text = ('The committee chairman, Michael McCaul, backed the strike. "Responses like this '
            'are necessary," McCaul said.')
    sp = speaker_of(text)
    assert (sp.text, sp.type) == ("McCaul", "person")


def test_speaker_nouns_are_a_lexicon():
    text = "Pundits said the reform was doomed."
    assert speaker_of(text).type == "group"  # a plural noun is a group anyway
    with lexicons.use_lexicons({"speaker_nouns": {"pundit": "organization"}}):
        assert speaker_of(text).type == "organization"
