"""Session 26 (s31-pronouns, issue 24 class 1): "she said" is given to a woman named in passing
inside a prepositional object ("The 29-year-old was second behind Helen Cole and Anna Fisk …
“…,” she said") instead of the woman the clause is about, the epithet subject's person
(:func:`analysis.engine.quotes.obliques.beside_epithet`). Sentences of our own, both models.

Negative cases: the woman named in passing who really speaks ("…,” said Hale"; "Hale, the
world champion, was delighted. “…,” she said"), a name beside an ungendered role-noun subject
("The minister met with Ann Ross. “…,” she said": the minister may be a man).
"""

from __future__ import annotations

import pytest

from analysis import analyze

from .helpers import MODEL_IDS, MODELS


def _sources(text: str, model) -> dict[str, int]:
    import pandas as pd
    c = analyze(pd.DataFrame({"article_id": ["a"], "text": [text]}), model=model, progress=False)
    return dict(zip(c.sources["actor"], c.sources["quotes"]))


PASSING = [
    ("Kim Varga will miss the indoor meeting in Glasgow next month.\n\n"
     "Her coach confirmed the decision on Friday after a scan in London.\n\n"
     "The 29-year-old was second behind Helen Cole and Anna Fisk at the weekend. \"I need to "
     "rest my calf before the summer,\" she said.", "Kim Varga", ("Anna Fisk", "Helen Cole")),
    ("Rhona Blake has pulled out of the national trials in Cardiff.\n\n"
     "The decision was announced by the federation on Tuesday.\n\n"
     "The 24-year-old was fourth behind Laura Pike and Emma Stroud in the heats on Sunday. "
     "\"My knee is still sore and I cannot risk it,\" she said.", "Rhona Blake",
     ("Laura Pike", "Emma Stroud")),
    ("Nadia Kerr will host the awards ceremony in Leeds next spring.\n\n"
     "The organisers confirmed the news on Thursday.\n\n"
     "The actress was praised alongside Meryl Dane and Joan Hart in the review. \"It is a huge "
     "honour for me,\" she said.", "Nadia Kerr", ("Meryl Dane", "Joan Hart")),
    ("Tom Reddin has withdrawn from the Welsh Open in Newport.\n\n"
     "His agent announced the decision on Monday.\n\n"
     "The 33-year-old was third behind Joe Carver and Ben Ladd in Sheffield. \"My back needs a "
     "proper rest,\" he said.", "Tom Reddin", ("Joe Carver", "Ben Ladd")),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
@pytest.mark.parametrize("text,speaker,passing", PASSING)
def test_name_in_passing_is_no_antecedent(model, text, speaker, passing):
    got = _sources(text, model)
    assert not any(p in got for p in passing), got
    assert got.get(speaker) == 1, got


NEGATIVE = [
    ("The 29-year-old was second behind Ann Hale at the weekend. \"I need to rest my calf,\" "
     "said Hale.", "Ann Hale"),
    ("The 29-year-old was second behind Ann Hale at the weekend. Hale, the world champion, "
     "was delighted with her time. \"I felt strong all the way,\" she said.", "Ann Hale"),
    ("The minister met with Ann Ross, the head of the council, on Monday. \"We agreed on a new "
     "budget,\" she said.", "Ann Ross"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
@pytest.mark.parametrize("text,speaker", NEGATIVE)
def test_speaker_named_in_passing_keeps_quote(model, text, speaker):
    assert _sources(text, model).get(speaker) == 1
