"""Short direct quotes (under ``min_quote_words``) that a speech cue frames, issue 25 class 6,
session 14 (analysis.engine.quotes.short_quotes):

1. the cue right after the quote, with a tail after the cue and its speaker ("“No
   chance,” she said of the merger.", "“Too late?” He wrote on Twitter after …"), or
   reporting the next part of the split quote after a few words of its own ("“As mayor,” she
   said on Monday, “I will …”");
2. a cue before the quote, then a comma or colon and a short quote that closes the sentence
   ("The chairman then asked, “Any objections?”");
3. a short quote standing as a sentence right after the sentence of a direct quote's cue, in
   the same paragraph, continues that quote's speaker ("“…,” Okafor said. “Absolutely
   right.”").

Short means under three words (the default ``min_quote_words``). What is not speech stays
out: scare quotes and labels inside a sentence, chants and signs in narration with no comma or
colon, a title, a cue that is negated.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from analysis import analyze, config

MODELS = [None, str(config.shared_dir() / "models" / "en_news_sm-3.8.0")]
MODEL_IDS = ["en_core_web_sm", "en_news_sm"]

# (text, the short quote, the speaker, the cue)
CUE_AFTER_WITH_TAIL = [
    ("The board met on Thursday.\n\n“No chance,” Helen Marsh said of the proposed merger "
     "with the rival bank.", "No chance", "Helen Marsh", "said"),
    ("The interview went on for an hour.\n\n“Honestly,” she added when the presenter laughed "
     "at the answer.", "Honestly", "she", "added"),
    ("“Record crowds!” the mayor declared in a post after the parade on Sunday.",
     "Record crowds!", "the mayor", "declared"),
    ("The senator watched the debate from home.\n\n“Too late?” He wrote on Twitter after the "
     "governor finally conceded the point.", "Too late?", "He", "wrote"),
    ("“Absolutely not,” he said of the idea that the depot could close this year.",
     "Absolutely not", "he", "said"),
    # a no-break space after the sentence before
    ("The coach gave a one-word answer to the question.\u00a0“Dallas,” he answered.",
     "Dallas", "he", "answered"),
]
# (text, the short first part, the speaker, the long second part's words)
SPLIT_WITH_TAIL = [
    ("Dana Whitcombe spoke at the depot. “As mayor,” she said on Monday, “I will fight every "
     "closure that harms this town and the people who work here.”", "As mayor", "she",
     "I will fight every closure"),
]
# (text, the short quote, the speaker, the cue)
CUE_BEFORE = [
    ("The committee heard the report in silence. The chairman, Tom Reyes, then asked, “Any "
     "objections?”", "Any objections?", "Tom Reyes", "asked"),
    ("The reporter asked whether the plant would close. Gordon Pryce replied: “Not yet.”",
     "Not yet.", "Gordon Pryce", "replied"),
    ("Lena Ortiz wrote on Facebook: “So proud!”", "So proud!", "Lena Ortiz", "wrote"),
]
# (text, the short quote, the speaker of the quote before it)
CONTINUED = [
    ("Maria Okafor toured the flooded villages. “I think we will rebuild faster than anyone "
     "expects,” Okafor said. “Absolutely right.”", "Absolutely right.", "Okafor"),
    ("The vote was close. “We have a real fight on our hands in the suburbs,” Paul Brennan "
     "told supporters on Friday. “Every seat.”", "Every seat.", "Paul Brennan"),
    ("Marsh walked to the door. “Did everyone sign the register on the way in?” Marsh "
     "asked. “Good, good!”", "Good, good!", "Marsh"),
]
# short quoted stretches that are no speech: none of them is a quote
NOT_SPEECH = [
    # scare quotes and labels inside a sentence about something else
    "Critics seized on the governor's “fifty percent” remark during the campaign.",
    "The rally crowd cheered the new slogan “Build now” as the candidate arrived.",
    # chants and signs in narration: no comma or colon frames them
    "Outside the hall, hundreds of students were chanting “Fund schools!” until midnight.",
    "A girl in the front row held up a sign that read “Vote Okafor!”",
    # a title after a comma is no utterance: the verb before it reports nothing
    "The new minister praised her favourite novel, “Middlemarch.”",
    # a short sentence after narration, with no direct quote and cue before it
    "Maria Okafor toured the flooded villages on Saturday. “Very much.”",
    # the sentence before holds another sentence between the cue and the short quote
    "“We will rebuild faster than anyone expects,” Okafor said. The crowd cheered loudly. "
    "“Very much.”",
    # a negated cue
    "“Not yet,” the mayor did not say at the meeting on Monday.",
]


@lru_cache(maxsize=4)
def _read(model: str | None) -> dict[str, list[dict]]:
    """Every article above, analysed once per model: its quotes as records."""
    texts = [row[0] for rows in (CUE_AFTER_WITH_TAIL, SPLIT_WITH_TAIL, CUE_BEFORE, CONTINUED)
             for row in rows] + NOT_SPEECH
    corpus = analyze(texts, model=model, progress=False)
    quotes = corpus.quotes
    return {text: quotes[quotes["article_id"] == aid].to_dict("records")
            for aid, text in zip(corpus.articles["article_id"], texts)}


def _with(model, text: str, words: str) -> dict:
    found = [q for q in _read(model)[text] if q["quote"].startswith(words)]
    assert len(found) == 1, [(q["quote"], q["speaker"]) for q in _read(model)[text]]
    return found[0]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
@pytest.mark.parametrize("text,words,speaker,cue", CUE_AFTER_WITH_TAIL)
def test_a_short_quote_framed_by_a_cue_after_it_with_a_tail(model, text, words, speaker, cue):
    q = _with(model, text, words)
    assert (q["quote"], q["kind"], q["speaker"], q["cue"]) == (words, "direct", speaker, cue)


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
@pytest.mark.parametrize("text,words,speaker,rest", SPLIT_WITH_TAIL)
def test_the_short_first_part_of_a_split_quote_with_words_after_its_cue(model, text, words,
                                                                        speaker, rest):
    q = _with(model, text, words)
    assert (q["quote"], q["kind"], q["speaker"]) == (words, "direct", speaker)
    assert _with(model, text, rest)["speaker"] == speaker


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
@pytest.mark.parametrize("text,words,speaker,cue", CUE_BEFORE)
def test_a_short_quote_after_a_cue_and_a_comma_or_colon(model, text, words, speaker, cue):
    q = _with(model, text, words)
    assert (q["quote"], q["kind"], q["cue"]) == (words, "direct", cue)
    assert speaker in q["speaker"]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
@pytest.mark.parametrize("text,words,speaker", CONTINUED)
def test_a_short_sentence_quote_continues_the_split_quote_before_it(model, text, words,
                                                                    speaker):
    q = _with(model, text, words)
    assert (q["quote"], q["kind"], q["speaker"]) == (words, "direct", speaker)


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
@pytest.mark.parametrize("text", NOT_SPEECH)
def test_short_quoted_stretches_that_are_no_speech_stay_out(model, text):
    quotes = _read(model)[text]
    assert not any(len(q["quote"].split()) <= 3 for q in quotes), \
        [(q["quote"], q["speaker"]) for q in quotes]
