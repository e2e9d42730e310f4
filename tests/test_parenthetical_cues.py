"""Inverted and parenthetical speech cues (issue 25 class 6, a recall miss of issue 24).

Class: a cue set off by commas inside the clause it reports, with its subject after the verb
("Then, says Mr Tanner, the blogging world found out") or before it ("The decision, Mr Ruiz told
reporters, was taken …"); "according to X" set off the same way; a short utterance that an
inverted cue right after it frames ("“Seriously?” asked Mr Hollis."). The parsers read these
sentences differently (the verb as the root with the reported clause hung on its subject, or as
a ccomp, or as a parataxis), so each case runs on both shared models.

Rules: analysis.engine.quotes.parenthetical (the clause around the cue is the content, the
inverted noun phrase the speaker) and analysis.engine.quotes.short_quotes (the short quote is
kept). Guards: "He said, then, that …" and an apposition after an inverted cue ("…, says Ms
Carter, who …") keep their old reading; a non-speech aside ("it seems") and a short quoted
title with no cue after it are no quotes.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from analysis import analyze, config

MODELS = [None, str(config.shared_dir() / "models" / "en_news_sm-3.8.0")]
MODEL_IDS = ["en_core_web_sm", "en_news_sm"]

INVERTED = [
    # (article, words of the clause before the cue, words after it, speaker, cue)
    ("Then, says Mr Tanner, the blogging world found out.",
     "Then", "the blogging world found out", "Mr Tanner", "says"),
    ("The budget, says Ms Carter, was never going to survive the election.",
     "The budget", "was never going to survive the election", "Ms Carter", "says"),
    ("The officers, said Ms Ruiz, had acted lawfully throughout the protest.",
     "The officers", "had acted lawfully throughout the protest", "Ms Ruiz", "said"),
    ("By then, warned the chief executive, the money would have run out.",
     "By then", "the money would have run out", "the chief executive", "warned"),
    # a subordinate or relative clause before the cue, a gerund subject after it
    ("As interest rates climb, said Ms Patel, more families will struggle to pay their "
     "mortgages.", "As interest rates climb", "more families will struggle", "Ms Patel", "said"),
    ("The only shops that would stay open, said the council, were pharmacies and supermarkets.",
     "The only shops that would stay open", "were pharmacies and supermarkets", "the council",
     "said"),
    ("In the long run, said Dr Okafor, cutting the number of hospital beds will cost lives.",
     "In the long run", "cutting the number of hospital beds will cost lives", "Dr Okafor",
     "said"),
]

SUBJECT_FIRST = [
    ("The decision, Mr Ruiz told reporters on Monday, was taken without consulting the board.",
     "The decision", "was taken without consulting the board", "Mr Ruiz"),
    ("Sales, the company said in a statement, fell by 5% in the first quarter.",
     "Sales", "fell by 5% in the first quarter", "the company"),
    ("The mayor, she said, \u201cnever listens to anyone.\u201d",
     "The mayor", "never listens to anyone", "she"),
]

ACCORDING = [
    ("The plan, according to officials, will cost \u00a32bn.",
     "The plan", "will cost \u00a32bn", "officials"),
    ("The new hospital wing, according to the health board, will open in May.",
     "The new hospital wing", "will open in May", "the health board"),
]

SHORT = [
    ("\u201cSeriously?\u201d asked Mr Hollis.", "Seriously?", "Mr Hollis"),
    ("\u201cWhy now?\u201d asked the minister.", "Why now?", "the minister"),
    ("\u201cNo,\u201d said Ms Carter, shaking her head.", "No", "Ms Carter"),
]

GUARDS = [
    "He said, then, that the company would close its plant in Ohio.",
    "Then, it seems, the world found out.",
    "The budget was cut, says Ms Carter, who chairs the committee.",
    "\u201cThe plan,\u201d says Mr Hollis, \u201cwill cost far more than anyone expected.\u201d",
    "\u201cFrozen\u201d sold more copies than any other film that year.",
    "\u201cWhy?\u201d is the question the inquiry never answered.",
]


@lru_cache(maxsize=4)
def _read(model: str | None) -> dict[str, list[dict]]:
    """Every article above, analysed once per model: its quotes as records."""
    texts = [row[0] for rows in (INVERTED, SUBJECT_FIRST, ACCORDING, SHORT) for row in rows]
    texts += GUARDS
    corpus = analyze(texts, model=model, progress=False)
    quotes = corpus.quotes
    return {text: quotes[quotes["article_id"] == aid].to_dict("records")
            for aid, text in zip(corpus.articles["article_id"], texts)}


def _one(model, text) -> dict:
    found = _read(model)[text]
    assert len(found) == 1, [(q["quote"], q["speaker"]) for q in found]
    return found[0]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
@pytest.mark.parametrize("text,before,after,speaker,cue", INVERTED)
def test_an_inverted_cue_between_commas_reports_the_clause_around_it(
        model, text, before, after, speaker, cue):
    q = _one(model, text)
    assert q["kind"] == "indirect"
    assert q["quote"].startswith(before) and after in q["quote"], q["quote"]
    assert q["speaker"] == speaker
    assert q["cue"] == cue  # the name after the verb is its speaker, not part of the cue


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
@pytest.mark.parametrize("text,before,after,speaker", SUBJECT_FIRST)
def test_a_cue_with_its_subject_first_between_commas_reports_the_whole_clause(
        model, text, before, after, speaker):
    q = _one(model, text)
    assert q["quote"].startswith(before) and after in q["quote"], q["quote"]
    assert q["speaker"] == speaker


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
@pytest.mark.parametrize("text,before,after,source", ACCORDING)
def test_according_to_between_commas_sources_the_whole_clause(model, text, before, after,
                                                              source):
    q = _one(model, text)
    assert q["kind"] == "according_to"
    assert q["quote"].startswith(before) and after in q["quote"], q["quote"]
    assert q["speaker"] == source


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
@pytest.mark.parametrize("text,words,speaker", SHORT)
def test_a_short_utterance_framed_by_the_cue_after_it_is_a_direct_quote(model, text, words,
                                                                        speaker):
    q = _one(model, text)
    assert (q["quote"], q["kind"], q["speaker"]) == (words, "direct", speaker)


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_guards_keep_their_reading(model):
    read = _read(model)
    said_then = _one(model, GUARDS[0])
    assert said_then["speaker"] == "He" and "He said" not in said_then["quote"]
    assert said_then["quote"].endswith("would close its plant in Ohio")
    assert read[GUARDS[1]] == []  # "it seems" is no speech
    assert _one(model, GUARDS[2])["quote"] == "The budget was cut"
    split = read[GUARDS[3]]
    assert any(q["quote"].startswith("will cost far more") and q["speaker"] == "Mr Hollis"
               for q in split), split
    assert not any("says Mr Hollis" in q["quote"] for q in split)
    assert read[GUARDS[4]] == [] and read[GUARDS[5]] == []  # short quotes with no cue after
