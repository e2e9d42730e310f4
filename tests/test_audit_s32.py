"""Session 27's quote-by-quote audit of 16 fresh BBC articles (helper s32-audit,
benchmarks/audits/audit-sample-s32.txt). Sentences of our own, both models.

* A nationality noun the NER made a name of its own is a nationality epithet
  (epithets.nationality_named_alone, called in speakers.describe_speaker): "The 48-year-old
  Frenchman told …" (both models tag "Frenchman" ORG: an organisation speaker "Frenchman"), "The
  47-year-old Scotsman said …" (a person "Scotsman" on en_core_web_sm, an organisation on
  en_news_sm), "The 35-year-old Frenchwoman said …" (a woman source "Frenchwoman") are the
  coach just named.
* A quoting verb after BBC's re-opened quote segments (the paragraph breaks lost: 'said: "A.
  "B." … X described the result as an "absolute disgrace"') stands outside quotation marks:
  its fragment is the subject's words (fragments._in_open_quote pairs the marks before the verb
  instead of counting them).

* A kind of firm qualified by a country ("A US firm has said …", "A US defence company has
  agreed …" and its "It") no longer takes the country for its actor when no firm is found for it
  (speakers._country_for_firm): the firm stays unnamed.

Negative cases: "US officials", "The Chinese government" and a carmaker the text names
(Toyota) keep their actors; "The Scotsman reported …" (maybe the newspaper) is no person; "told The
Scotsman" leaves the speaker alone; a fragment under a quoting verb inside a quote still open
("what they call "hell"") is not the verb's subject's words.
"""

from __future__ import annotations

import pytest

from .helpers import MODEL_IDS, MODELS, corpus_and_quotes

Q = "\u201c{}\u201d"


def _rows(texts, model):
    corpus, quotes = corpus_and_quotes(texts, model)
    return corpus, [[(r.quote, r.kind, r.speaker_type,
                      r.speaker_actor if isinstance(r.speaker_actor, str) else None)
                     for r in q.itertuples()] for q in quotes]


def _one(rows, words):
    hits = [r for r in rows if words in r[0]]
    assert len(hits) == 1, rows
    return hits[0]


EPITHETS = [
    ("Arsenal boss Paul Hanley has signed a new deal. The 48-year-old Frenchman told the club's "
     "website: " + Q.format("I am very happy here."), "Paul Hanley"),
    ("Celtic boss Gordon Strachan is staying. The 47-year-old Scotsman said: "
     + Q.format("I am very happy here."), "Gordon Strachan"),
    ("Lyon coach Claire Dubois has signed a new deal. The 35-year-old Frenchwoman told the club's "
     "website: " + Q.format("I am very happy here."), "Claire Dubois"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_nationality_tagged_as_a_name_is_an_epithet(model):
    corpus, rows = _rows([t for t, _ in EPITHETS], model)
    for (text, person), found in zip(EPITHETS, rows):
        _, _, kind, actor = _one(found, "very happy here")
        assert (kind, actor) == ("person", person), (text, found)
    assert not set(corpus.sources["actor"]) & {"Frenchman", "Scotsman", "Frenchwoman"}


NEWSPAPERS = [
    "Hibernian are up for sale. The Scotsman reported that the club's owner wanted a quick deal.",
    "Hearts boss John Robertson is angry. He told The Scotsman: " + Q.format("We were robbed."),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_newspaper_named_like_a_nationality_stays_no_person(model):
    _, rows = _rows(NEWSPAPERS, model)
    _, _, kind, _ = _one(rows[0], "owner wanted a quick deal")
    assert kind != "person", rows[0]
    _, _, kind, actor = _one(rows[1], "We were robbed")
    assert (kind, actor) == ("person", "John Robertson"), rows[1]


FRAGMENTS = [
    ('But Reid said: "We played well in the first half. "It was a great chance - and we did not '
     'take it." Leeds went ahead through Ian Harte before a late strike levelled it. Reid '
     'described the result as an "absolute disgrace" after his side had earlier missed chances.',
     "absolute disgrace", "Reid"),
    ('Coach Tom Hale was furious. "We gave it away. "It was a poor display and I am angry." Hale '
     'called the defending "shambolic" and said changes would follow.', "shambolic", "Tom Hale"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_fragment_after_reopened_segments_is_found(model):
    _, rows = _rows([t for t, _, _ in FRAGMENTS], model)
    for (text, words, actor), found in zip(FRAGMENTS, rows):
        _, kind, stype, who = _one(found, words)
        assert (kind, stype, who) == ("mixed", "person", actor), (text, found)


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_fragment_inside_an_open_quote_is_no_report(model):
    text = ('Smith said: "I would rather live in what they call "hell" than move back to the city, '
            'to be honest with you.')
    _, rows = _rows([text], model)
    assert not [r for r in rows[0] if r[1] == "mixed" or r[0].strip('"') == "hell"], rows[0]


FIRMS = [
    ("A US firm has said it is in final talks to buy the loss-making Harlow fashion house. "
     "Paris-based Maison Lebrun has been selling non-core businesses.", "final talks"),
    ("A US defence company has agreed to pay $28m after admitting bribery in Benin. The Vanter "
     "corporation was accused of funnelling $2m into a campaign. It agreed to pay $13m in "
     "penalties.", "$13m in penalties"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_firm_qualified_by_a_country_is_not_the_country(model):
    _, rows = _rows([t for t, _ in FIRMS], model)
    for (text, words), found in zip(FIRMS, rows):
        assert not [r for r in found if r[3] == "United States"], (text, found)
        _, _, kind, actor = _one(found, words)
        assert (kind, actor) == ("organization", None), (text, found)


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_named_firms_and_governments_keep_their_actors(model):
    texts = ["Toyota is struggling. The Japanese carmaker said sales had fallen by 5%.",
             "US officials said the talks had failed.",
             "The Chinese government said the talks had failed."]
    _, rows = _rows(texts, model)
    assert _one(rows[0], "sales had fallen")[2:] == ("organization", "Toyota"), rows[0]
    assert _one(rows[1], "talks had failed")[2] == "group", rows[1]
    assert _one(rows[2], "talks had failed")[2] == "organization", rows[2]
