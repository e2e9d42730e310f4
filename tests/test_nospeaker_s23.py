"""Quotes left without a speaker, session 19 (helper s23-nospeaker).

Three constructions where a reader names the speaker without doubt but the parse of one model
or both left the quote with none:

- a surname the tagger read as an adverb or a modal right before a quoting verb ("Tully
  described the performance as “…”", "Will described the candidate as a “…”"): the name
  speaks when the article writes it as a surname elsewhere ("Columnist George Will")
  (analysis.engine.quotes.subjects._name_read_as_adverb, frames.governing_verb);
- an inverted speaker after a fronted phrase that en_news_sm parses as the object of the
  speech verb, right before a quotation ("In other words, explained moderator Ellen Park:
  “…”"; subjects.inverted_before_quote);
- a participle after a quote that the parser hung on the quote's own verb, the sentence cut
  at the opening mark ("She said she was thinking, ''…,'' adding, ''…''";
  subjects.partner_outside_quote).

What must not change: a capitalised adjective or adverb opening a sentence ("Early voters",
"Only later did officials …"), and an addressee after "told" ("…, told reporters: “…”").
"""

from __future__ import annotations

import pytest

from .helpers import MODEL_IDS, MODELS, one_quote, quotes_per_text, speaker_text

NAMED = [
    ("Columnist George Will has long opposed the businessman. In a new column, Will "
     "described the candidate as a “threat to the conservative cause” and “unfit for office.”",
     "unfit for office", "Will"),
    ("Party chairman Rex Early backs the front-runner. Told of the county's leanings, Early "
     "described it as “a surprise to all of us.”", "a surprise to all of us", "Early"),
    ("The campaign hired Tom Skelly last year. And Skelly called his deputy “the smartest "
     "operative in the state.”", "the smartest operative", "Skelly"),
    ("Manager Sean Tully said little after the defeat. Tully described the performance as "
     "“simply not good enough.”", "simply not good enough", "Tully"),
    ("The governor dodged the question twice. In other words, explained debate moderator "
     "Ellen Park: “Why did you take the money at all?”", "Why did you take the money",
     "debate moderator Ellen Park"),
    ("The nurse recalled the crush at the rally. She said she was thinking, ''Oh no, this "
     "can't be happening,'' adding, ''I didn't have any words for the fear I felt.''",
     "I didn't have any words", "she"),
    ("Coach Dan Reilly was unhappy on Saturday. After the match, Reilly called the referee's "
     "decision “a disgrace to the sport.”", "a disgrace to the sport", "Reilly"),
]

UNCHANGED = [
    ("The result was never in doubt. Early voters described the queues as “the worst in "
     "years.”", "the worst in years", "Early voters"),
    ("The council met on Monday. Only later did officials call the plan “a costly mistake.”",
     "a costly mistake", "officials"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_hidden_or_inverted_speaker_is_found(model):
    for (text, words, name), quotes in zip(NAMED, quotes_per_text([t for t, *_ in NAMED],
                                                                   model)):
        row = one_quote(quotes, words)
        who = speaker_text(row)
        assert who is not None and who.lower() == name.lower(), (text, row.to_dict())


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_capitalised_words_that_name_nobody_are_unchanged(model):
    for (text, words, name), quotes in zip(UNCHANGED,
                                           quotes_per_text([t for t, *_ in UNCHANGED], model)):
        row = one_quote(quotes, words)
        assert speaker_text(row) == name, (text, row.to_dict())


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_an_addressee_after_told_is_no_speaker(model):
    text = ("The senator left the chamber. After the vote, she told reporters: “We have done "
            "what the voters asked of us.”")
    row = one_quote(quotes_per_text([text], model)[0], "We have done")
    assert speaker_text(row) == "she", row.to_dict()
