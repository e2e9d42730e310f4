"""Speakers the tagger hides, session 18 (lead): a surname the small models read as an adverb.

Surnames in *-ly* ("Desailly", "Reilly", "Tully", "Connolly") are tagged ``ADV`` with the
dependency ``advmod`` of the speech verb right after them, on both models, and the verb is left
without a subject: the quote had no speaker, or took a role word before the name. Such a word
right before a finite speech verb is the speaker when it is capitalised, no stop word, and
follows a closing quotation mark or a capitalised word, or opens its sentence and is written
the same way elsewhere in the article (analysis.engine.quotes.subjects._name_read_as_adverb);
like any one-word speaker it is typed a person by the article's other mentions of the name.
What must not change: an adverb that opens a sentence and names nobody ("Surely says it all").
"""

from __future__ import annotations

import pytest

from .helpers import MODEL_IDS, MODELS, one_quote, quotes_per_text, speaker_text

NAMED = [
    ("Chelsea defender Marcel Desailly was booked in the first half. Desailly says the team "
     "will recover from the defeat before the cup final.", "the team will recover", "Desailly"),
    ("Winger Sean Tully scored twice on Saturday. Tully said the players had let the fans down "
     "the week before.", "the players had let the fans down", "Tully"),
    ("Manager Dan Reilly watched his club go down on Sunday. \"We will recover from this and "
     "come back stronger,\" Reilly said after the match.", "We will recover from this",
     "Reilly"),
    ("The county lost again. \"It was a bad day for all of us,\" Connolly said.",
     "It was a bad day", "Connolly"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_surname_tagged_as_an_adverb_speaks(model):
    for (text, words, name), quotes in zip(NAMED, quotes_per_text([t for t, *_ in NAMED],
                                                                   model)):
        row = one_quote(quotes, words)
        assert speaker_text(row) == name, (text, row.to_dict())
        assert row["speaker_type"] == "person", (text, row.to_dict())


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_an_adverb_opening_a_sentence_is_no_speaker(model):
    texts = ["The result was never in doubt. Surely says it all about the season."]
    for quotes in quotes_per_text(texts, model):
        assert all(speaker_text(r) != "Surely" for _, r in quotes.iterrows()), quotes
