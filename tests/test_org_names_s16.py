"""People the NER tags as organisations (issue 24, session 16): a person's full name labelled ORG
that the text gives a person's role — a role noun in apposition ("…, a member of …") or the bare
name before the role noun it modifies — is a person (analysis.engine.quotes.org_people), so the
he/she after it is that person and the article counts the person as a source. A company named
after a person keeps its label: the role noun names someone else ("Morgan Stanley analyst Jane
Doe"), an organisation noun in apposition ("the investment bank"), no role at all ("Goldman
Sachs said").
"""

from __future__ import annotations

import pytest

from analysis import analyze
from analysis.engine.quotes.org_people import org_tagged_people

from .helpers import MODEL_IDS, MODELS, mentions, parse

# (text, words of the he/she quote, the person's name): the name is tagged ORG by at least
# one of the two models; the quote after it is that person's
ORG_TAGGED = [
    ("The figures were published in a report by Helena Marsh QC, a member of Doughty Street "
     "Chambers. \"The law on this point is clear,\" she said.", "The law on this point",
     "Helena Marsh"),
    ("The claim was rejected by Tobias Wren QC, a member of Blackstone Chambers. \"There is no "
     "case to answer,\" he said.", "There is no case", "Tobias Wren"),
    ("The ruling was criticised by Benedict Ashworth QC, a member of Essex Court Chambers. "
     "\"It leaves victims without a remedy,\" he said.", "It leaves victims", "Benedict Ashworth"),
    ("The rules were attacked by Siobhan Kearney MEP, a member of the trade committee. \"This "
     "deal is bad for farmers,\" she said.", "This deal is bad", "Siobhan Kearney"),
]

# companies named after people: (text, the company's name) — never a person source
COMPANIES = [
    ("Morgan Stanley analyst Jane Doe said shares would rise. \"It is a good year for the "
     "sector,\" she said.", "Morgan Stanley"),
    ("Goldman Sachs said it would cut jobs. \"We must reduce costs,\" it said.", "Goldman Sachs"),
    ("Shares in Morgan Stanley, the investment bank, rose on Monday. \"It was a strong "
     "quarter,\" said the analyst Tom Price.", "Morgan Stanley"),
]


def _sources(texts, model):
    corpus = analyze(list(texts), model=model, progress=False)
    ids = list(corpus.articles["article_id"])
    return corpus, ids


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_name_tagged_org_with_a_role_is_the_person_of_the_pronoun(model):
    texts = [t for t, *_ in ORG_TAGGED]
    corpus, ids = _sources(texts, model)
    quotes, sources = corpus.quotes, corpus.sources
    for (text, words, name), article in zip(ORG_TAGGED, ids):
        rows = quotes[(quotes["article_id"] == article)
                      & quotes["quote"].str.contains(words, regex=False)]
        assert len(rows) == 1, (text, list(quotes["quote"]))
        row = rows.iloc[0]
        assert row["speaker_type"] == "person", (text, row.to_dict())
        assert name in str(row["speaker_actor"]), (text, row.to_dict())
        mine = sources[sources["article_id"] == article]
        assert any(name in str(a) for a in mine["actor"]), (text, mine.to_dict("records"))


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_company_named_after_a_person_is_no_person_mention(model):
    corpus, ids = _sources([t for t, _ in COMPANIES], model)
    quotes = corpus.quotes
    for (text, company), article in zip(COMPANIES, ids):
        rows = quotes[quotes["article_id"] == article]
        people = rows[(rows["speaker_type"] == "person")
                      & (rows["speaker"].astype(str).str.strip() == company)]
        if company == "Goldman Sachs":
            assert people.empty, (text, rows.to_dict("records"))
        # a pronoun after the company's name never resolves to it
        pron = rows[rows["speaker"].astype(str).str.lower().isin(["he", "she"])]
        assert not any(company in str(a) for a in pron["speaker_actor"]), (
            text, rows.to_dict("records"))


def test_only_org_mentions_with_a_person_s_role_are_relabelled():
    for text, company in COMPANIES:
        doc = parse(text)
        found = org_tagged_people(doc, mentions(doc))
        assert not any(m.label == "PERSON" and company in m.text for m in found), (
            text, [(m.text, m.label) for m in found])
    doc = parse(ORG_TAGGED[0][0])
    before = {m.text: m.label for m in mentions(doc)}
    after = {m.text: m.label for m in org_tagged_people(doc, mentions(doc))}
    assert after.get("Helena Marsh QC") == "PERSON", (before, after)
    # an organisation after the person is no person ("Doughty Street Chambers")
    assert all(label != "PERSON" for text, label in after.items() if "Chambers" in text)
