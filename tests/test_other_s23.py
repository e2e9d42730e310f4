"""Nested reports, session 19 (helper s23-other): whose words a relayed quote is.

When the writer cites where the words came from — "“…,” X said, according to Reuters";
"A did this and said B, people at the meeting said" — the quote is the cited source's, as
PolNeAR and a careful reader take it:

* "according to Y" right after the clause "X said" that frames a quote before it: Y
  (analysis.engine.quotes.relayed), also when the quote runs over several sentences, ends in a
  question mark or the phrase runs on after Y;
* a trailing cue "…, Y said/reported" after a clause whose subject goes on to speak in a
  coordinated or participial clause ("… and said B", "…, saying B"): Y's content is the whole
  account, not its first clause (analysis.engine.quotes.cues._relayed_act).

What must not change: "According to Y, …" in the next sentence; "X said little, according
to Y" and "the word “X” was mentioned …, according to Y" (no quote the verb frames: the
"according to" content stays).
"""

from __future__ import annotations

import pytest

from .helpers import MODEL_IDS, MODELS, one_quote, quotes_per_text, speaker_text

RELAYED = [
    ("The minister left the talks early. \"We have not seen a serious offer. We are not going "
     "to sign a bad deal. They know where to find us,\" Ms. Varga said, according to a "
     "transcript of the interview.", "They know where to find us",
     "a transcript of the interview"),
    ("The coach was asked about his future on Friday. \"Why would I walk away now, when the "
     "team is finally winning?\" Dunn said at a news conference, according to the Leeds Echo.",
     "Why would I walk away now", "the Leeds Echo"),
    ("\"The talks were friendly and nothing more. It was a courtesy visit and it is not a "
     "political statement,\" the bishop told reporters, according to Reuters, on the flight "
     "back from the summit in Geneva.", "It was a courtesy visit", "Reuters"),
]

TRAILING = [
    ("The union leaders welcomed the offer on Tuesday, saying the agreement was \"a real step "
     "forward,\" and suggesting that the strike could end within days, the Evening Post "
     "reported.", "the strike could end within days", "the Evening Post"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_quote_according_to_a_second_source_is_the_sources(model):
    for (text, words, source), quotes in zip(RELAYED, quotes_per_text([t for t, *_ in RELAYED],
                                                                     model)):
        row = one_quote(quotes, words)
        assert speaker_text(row) == source, (text, row.to_dict())
        # the clause "X said at a news conference" is no second quote
        assert len(quotes) == 1, (text, list(quotes["quote"]))


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_trailing_source_relays_the_whole_account(model):
    for (text, words, source), quotes in zip(TRAILING, quotes_per_text([t for t, *_ in TRAILING],
                                                                      model)):
        row = one_quote(quotes, words)
        assert speaker_text(row) == source, (text, row.to_dict())
        assert len(quotes) == 1, (text, list(quotes["quote"]))


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_what_is_not_relayed_stays(model):
    texts = [
        "\"We will win this seat,\" Lowe said. According to the latest poll, she trails her "
        "rival by four points.",
        "Okafor said little during the lunch, according to a guest.",
        "Over the next month, the word \"snowflake\" was mentioned on the channel by hosts and "
        "guests in more than 40 separate broadcasts, according to a review of transcripts.",
    ]
    first, second, third = quotes_per_text(texts, model)
    assert speaker_text(one_quote(first, "We will win this seat")) == "Lowe"
    assert speaker_text(one_quote(first, "she trails her rival")) == "the latest poll"
    row = one_quote(second, "Okafor said little")
    assert speaker_text(row) == "a guest" and row["kind"] == "according_to", row.to_dict()
    # a quoted word under a passive verb is no quote relayed: the review sources the sentence
    row = one_quote(third, "was mentioned on the channel")
    assert speaker_text(row) == "a review of transcripts", row.to_dict()
