"""Missed quotes on real news, issue 25 (session 16): quotes of several paragraphs whose
paragraph breaks were lost, so that each piece re-opens a quote never closed ("… a woman.
"Merrill Lynch is …""), as in BBC text joined into one paragraph.

1. A double mark that stands where an opening mark does (after a space, before a capital)
   right after a full sentence of the quote open before it begins a new segment of that quote
   (analysis.engine.quotes.marks._reopens), chained to it (find_quote_spans) and joined into
   one quote with its speaker (joins.join_quote_chains); before, a straight mark closed the
   first piece and lost the rest, a curly one made the first piece a stray mark.
2. Not when the open quote's own mark is a typed closer ("“A,“ said X. “B”"), not after a
   comma or before a lower-case word, and a last straight piece that never closes in its
   paragraph (nor goes on in the next) is paired as before, so narrative after it stays out.
3. The second piece of an interrupted quote ("“A,” said X, “b …”") is no words of an
   "according to" opening the next sentence with a report of its own ("“… before.” According
   to analysts, sales rose …"; analysis.engine.quotes.frames.frame_cue); a trailing "“…,”
   according to X" still sources the quote before it.
"""

from __future__ import annotations

import pytest

from analysis.engine.quotes.marks import find_quote_spans

from .helpers import MODEL_IDS, MODELS, quotes_per_text
from .helpers import one_quote as _row
from .helpers import speaker_text as _speaker

# (text, words of a later piece, words of the first piece, the speaker's words)
PIECES = [
    ('Greg Marsh, the club\'s chairman, said: "We have had a difficult winter and attendance '
     'fell by a third. "But the new stand opens in May and we expect the crowds to return."',
     "the new stand opens", "a difficult winter", "Greg Marsh"),
    ("“We were never told about the cuts to our budget. “Nobody from the council came to see "
     "us before the decision,” said Priya Nandi, who runs the shelter.",
     "Nobody from the council", "never told about the cuts", "Priya Nandi"),
    ('Coach Dale Ferris told reporters: "It was a poor first half from us. "We lost our shape '
     'far too easily. "I told the players at the break that it was not good enough."',
     "I told the players at the break", "a poor first half", "Dale Ferris"),
    ('"The rise in fares is a blow to every commuter in the region," said Hana Ilic, who '
     'leads the passengers\' group. "Many of our members already pay more than they can '
     'afford. "We will ask the minister to think again before the summer."',
     "ask the minister to think again", "Many of our members", "Hana Ilic"),
]

# what must not change: (text, words that must be in no quote, words of a quote that stays)
NOT_PIECES = [
    # the last piece never closes and the paragraph goes on in narrative
    ('Jo Lee said: "The plan is sound and the money is there. "We will start in June. The '
     'council meets on Friday to approve the budget for the scheme.',
     "The council meets on Friday", "The plan is sound"),
    # a typed closer (“ after a comma) is no opening mark
    ("“That is rare,“ said Ben Ode, a lawyer at the firm in Leeds. “It is a hard thing to "
     "pull off without breaking a rule.”", "a lawyer at the firm", "a hard thing to pull off"),
    # two quotes each closed: unchanged
    ('Sam Ruiz said: "It was a fine season for the whole squad." "And we will go on improving '
     'next year," he added.', "fine season for the whole squad. ", "go on improving"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_quote_re_opened_after_a_full_sentence_is_one_quote_with_its_speaker(model):
    found = quotes_per_text([t for t, *_ in PIECES], model)
    for (text, later, first, speaker), quotes in zip(PIECES, found):
        row = _row(quotes, later)
        assert first in row["quote"], (text, list(quotes["quote"]))
        assert speaker in (_speaker(row) or ""), (text, row.to_dict())


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_no_narrative_joined_and_closed_quotes_unchanged(model):
    found = quotes_per_text([t for t, *_ in NOT_PIECES], model)
    for (text, outside, kept), quotes in zip(NOT_PIECES, found):
        assert not quotes["quote"].str.contains(outside, regex=False).any(), \
            (text, list(quotes["quote"]))
        assert quotes["quote"].str.contains(kept, regex=False).any(), \
            (text, list(quotes["quote"]))


def test_pieces_are_chained_segments():
    text = ('He said: "Smith reached far beyond the thinkers before him. "In so doing he '
            'changed how we live." Later he left.')
    spans = find_quote_spans(text)
    assert [text[s.start:s.end] for s in spans] == [
        "Smith reached far beyond the thinkers before him.", "In so doing he changed how we live."]
    assert spans[0].close is None and spans[0].chain == spans[1].chain == 0


def test_no_piece_after_a_comma_or_before_a_lower_case_word():
    for text in ['He said: "We lost, "but we will be back next week," he said.',
                 'He said: "We lost. "and then we will be back next week," he said.',
                 'The firm called it "a fresh start. " Analysts were not so sure of that.']:
        assert all(s.chain is None for s in find_quote_spans(text)), text


# (text, words of the quote, its speaker's words, words of the "according to" report)
ACCORDING_AFTER = [
    ('"The market is changing fast," said Ann Cole, head of research at Brightline, "with more '
     'people buying online than ever before." According to analysts at Kestrel, sales rose by '
     'a fifth last year.', "with more people buying online", "Ann Cole", "sales rose by a fifth"),
    ("“Our members cannot wait any longer,” said Rafe Doyle of the tenants' union, “and the "
     "council knows it.” According to the housing office, repairs will start next month.",
     "the council knows it", "Rafe Doyle", "repairs will start next month"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_an_according_to_with_its_own_report_takes_no_quote_before_it(model):
    texts = [t for t, *_ in ACCORDING_AFTER] + [
        '"We are not going anywhere and we never were," according to a spokesman for the firm.']
    found = quotes_per_text(texts, model)
    for (text, words, speaker, report), quotes in zip(ACCORDING_AFTER, found):
        row = _row(quotes, words)
        assert speaker in (_speaker(row) or ""), (text, row.to_dict())
        assert _row(quotes, report)["kind"] == "according_to"
    trailing = _row(found[-1], "We are not going anywhere")
    assert "spokesman" in (_speaker(trailing) or "")
