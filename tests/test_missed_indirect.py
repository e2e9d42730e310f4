"""Missed indirect speech (issue 25, recall): constructions the engine did not read before.

* A noun object of the verbs that report a point made (``object_speech_verbs``: "stressed the
  need for …", "noted a planned rally", "acknowledged the limits of …", "Police reported no
  arrests") is what the subject said, like "demanded an apology" — never for a subject that
  cannot speak, a pronoun object alone, a passive or an object that can speak itself.
* An as-clause reports the clause it is attached to also when its subject is a common noun
  that can speak ("But as a Politico reporter noted, …") and in the passive with a by-agent,
  who is the speaker ("As reported by The Boston Globe, …"); never a time clause ("As the
  rally continued, …") or a passive without an agent ("As expected, …").
* A finite clause the parser hung on the speech verb of a relative clause ("…, which they say
  left a vacuum …") is that verb's content; an infinitive there is not ("which he wants to
  say").

Each case holds on both models (run once more with
``ANALYSIS_SPACY_MODEL=../shared/models/en_news_sm-3.8.0``).
"""

from __future__ import annotations

import pytest

from .helpers import quoted, said


@pytest.mark.parametrize("text,content,speaker", [
    ("The mayor stressed the need for more affordable housing in the city.",
     "the need for more affordable housing", "The mayor"),
    ("Senator Maria Lopez noted a sharp rise in farm bankruptcies across the state.",
     "a sharp rise in farm bankruptcies", "Maria Lopez"),
    ("The finance minister acknowledged the limits of the new tax rules.",
     "the limits of the new tax rules", "The finance minister"),
    ("Police reported no arrests after the protest on Saturday.", "no arrests", "Police"),
    ("In a speech on Tuesday, the governor highlighted her plans for school funding.",
     "her plans for school funding", "the governor"),
    ("The union leader reiterated his support for the pension reform.",
     "his support for the pension reform", "The union leader"),
    ("Economists predict a slow recovery for the housing market.", "a slow recovery",
     "Economists"),
    ("The auditor pointed out several flaws in the budget plan.", "several flaws",
     "The auditor"),
    ("A campaign spokeswoman disputed their account of the meeting.", "their account",
     "A campaign spokeswoman"),
])
def test_a_noun_object_of_a_point_made_is_what_was_said(text, content, speaker):
    found = [(q, kind, who) for q, kind, who, _ in quoted(text) if content in q]
    assert len(found) == 1, quoted(text)
    quote, kind, who = found[0]
    assert kind == "indirect" and who is not None and speaker in who
    assert len(quote) <= len(content) + 30  # the object, not the sentence


@pytest.mark.parametrize("text", [
    "The storm revealed serious damage to the old bridge.",      # a subject that cannot speak
    "The heavy rain revealed deep cracks in the dam.",           # a subject that cannot speak
    "The senator noted it twice.",                               # a pronoun object alone
    "Two arrests were reported on Saturday night.",              # a passive
    "The mayor acknowledged the police chief.",                  # an object that can speak
    "Her lawyer mentioned the new evidence.",                    # "mention" names a topic
])
def test_no_noun_object_speech_for_these(text):
    assert said(text) == []


@pytest.mark.parametrize("text,content,speaker", [
    ("As reported by the Boston Globe, the state spent nearly $2 million on the project.",
     "the state spent nearly $2 million on the project", "the Boston Globe"),
    ("As first reported by Reuters, the bank will cut 500 jobs in London.",
     "the bank will cut 500 jobs in London", "Reuters"),
    ("But as a local reporter noted, the hall was only half full on Friday night.",
     "the hall was only half full on Friday night", "a local reporter"),
])
def test_an_as_clause_reports_the_clause_it_is_attached_to(text, content, speaker):
    found = [(q, kind, who) for q, kind, who, _ in quoted(text) if content in q]
    assert len(found) == 1, quoted(text)
    quote, kind, who = found[0]
    assert kind == "indirect" and who is not None and speaker in who
    assert quote.startswith(content[:12])  # the main clause, not the as-clause


@pytest.mark.parametrize("text", [
    "As the rally continued, the crowd grew louder.",       # a time clause
    "As expected, the council approved the budget.",        # a passive without an agent
    "As the company reported a loss, its shares fell.",     # an object of its own
])
def test_no_as_report_for_these(text):
    assert said(text) == []


@pytest.mark.parametrize("text,content,speaker", [
    ("Officials point to the drawdown of troops, which they say left a vacuum in the region.",
     "left a vacuum in the region", "they"),
    ("The files included 40 emails, which she said covered all her official business.",
     "covered all her official business", "she"),
])
def test_a_finite_clause_after_a_relative_speech_verb_is_its_content(text, content, speaker):
    found = [(q, kind, who) for q, kind, who, _ in quoted(text) if content in q]
    assert len(found) == 1, quoted(text)
    quote, kind, who = found[0]
    assert kind == "indirect" and who == speaker
    # the clause (a model may parse it as the verb's own complement: "which she said …")
    assert quote.endswith(content) and len(quote) <= len(content) + 20


def test_no_relative_report_for_an_infinitive():
    assert said("It is a question which the mayor has refused to answer.") == []
