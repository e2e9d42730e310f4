"""Actors are actors (issue 14): spelling variants merged, surnames joined to the corpus's full
name, institutions given their country, events/adjectives/fragments/generic nouns kept out,
NER label errors on organisations repaired, documents typed as sources."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import analyze, summaries


def corpus_of(*texts: str):
    return analyze(pd.DataFrame({"article_id": [f"a{i}" for i in range(len(texts))],
                                 "text": list(texts)}), progress=False)


def actors_of(*texts: str) -> dict[str, str]:
    c = corpus_of(*texts)
    return dict(zip(c.actors["actor"], c.actors["label"]))


# (case, articles, actors that must be there, names that must not be actors)
CASES = [
    ("diacritics folded, fullest form shown",
     ["President Recep Tayyip Erdoğan spoke in Ankara on Monday about the economy.",
      "Recep Tayyip Erdogan said the talks in Istanbul would resume next week."],
     {"Recep Tayyip Erdoğan": "PERSON"}, {"Recep Tayyip Erdogan"}),
    ("a surname-only article joins the corpus's full name, across diacritics",
     ["Turkish President Recep Tayyip Erdoğan met the delegation in Ankara on Tuesday.",
      "Erdogan said the border would stay closed until the spring."],
     {"Recep Tayyip Erdoğan": "PERSON"}, {"Erdogan"}),
    ("a paternal surname joins a Spanish full name",
     ["Governor Ricardo Rosselló Nevares announced his resignation in San Juan.",
      "Rosselló said he would step down on Friday, and Rosselló thanked his staff."],
     {"Ricardo Rosselló Nevares": "PERSON"}, {"Rosselló"}),
    ("an institution named alone takes the article's country",
     ["The Senate voted on Tuesday. The United States and its allies welcomed the vote, and "
      "the United States embassy said the Senate had acted."],
     {"United States Senate": "ORG"}, {"Senate"}),
    ("nationality adjectives, events and diseases are not actors",
     ["Turkish officials said Brexit and COVID-19 had hurt exports, the British minister said."],
     {}, {"Turkish", "Brexit", "COVID-19", "British"}),
    ("an acronym defined as a thing is not an actor",
     ["Ships report their position via the Automatic Identification System (AIS). AIS is a "
      "ship-to-ship safety system, the agency said."],
     {}, {"AIS"}),
    ("militias the NER calls people are organisations",
     ["The strikes hit militant groups, including Kataeb Hezbollah and Kataeb Sayyid "
      "al-Shuhada, officials said."],
     {"Kataeb Hezbollah": "ORG"}, set()),
]


@pytest.mark.parametrize("case,texts,present,absent", CASES, ids=[c[0] for c in CASES])
def test_actor_cases(case, texts, present, absent):
    found = actors_of(*texts)
    for actor, label in present.items():
        assert found.get(actor) == label, (case, found)
    assert not absent & set(found), (case, absent & set(found))


def test_generic_nouns_are_speakers_not_actors():
    c = corpus_of('"We have made two arrests," police said. Officials said the road would '
                  'reopen. Analysts say the market will recover.')
    q = c.quotes.set_index("speaker")
    assert q.at["police", "speaker_type"] in ("group", "organization", "anonymous")
    assert q["speaker_actor"].isna().all()  # not canonical actors …
    assert summaries.top_speakers(c).empty  # … so not in the most-quoted chart
    written = summaries.top_speakers(c, named_only=False)["speaker"]
    assert {"police", "Officials", "Analysts"} <= set(written)  # casing as written


def test_documents_are_sources_with_their_issuer():
    c = corpus_of("A Pentagon statement said the strikes had destroyed two buildings. "
                  "The report found that most of the money had been spent on consultants. "
                  "Reports say the minister will resign before the end of the week.")
    q = c.quotes
    assert list(q.speaker_type) == ["document"] * 3
    assert list(q.speaker_actor) == ["Pentagon", None, None]
    assert (q.speaker_gender == "unknown").all()


def test_self_reference_is_not_speaking_about():
    c = corpus_of('"Donald Trump is the best thing that happened to this country," Donald '
                  'Trump said of Joe Biden and the Senate in Washington.')
    who = summaries.who_speaks_about_whom(c)
    assert "Donald Trump" not in who.columns
