"""The writer's aside at the end of a reported clause, session 19 (notspeech helper).

"X said A, and he railed against B" / "X said A, even as he has taken shots at B": the parser
hangs the second clause inside the reported one, so the quote ran on into what the writer says
the speaker did, or sets against the report. PolNeAR annotates that clause as an attribution of
its own (a criticism, a choice: not speech), and the long quote was matched to it with our
speaker, a wrong speaker. The content now ends before a concession opened by "even as" / "even
though" after a comma or dash, and before a clause coordinated after a comma or dash whose own
subject is a pronoun for the speaker, with a finite verb and no modal
(analysis.engine.quotes.asides.writer_asides).
What must not change: a reported clause that goes on with its own subject ("he would resign and
he would not return"), a coordinated clause with a noun subject, "even if" (a condition is the
speaker's), a concession inside quotation marks, and a "he" after a speaker no "he" can stand for (a
report).
"""

from __future__ import annotations

import pytest

from .helpers import MODEL_IDS, MODELS, one_quote, quotes_per_text, speaker_text

CUT = [
    ("Senator Mark Hale said the tax cuts had helped families, and he pushed for a second round "
     "of cuts this spring.", "the tax cuts had helped families", "Senator Mark Hale"),
    ("Mayor Tom Reeve said the new stadium will bring jobs to the city, even as he has cut "
     "funding for youth sports.", "the new stadium will bring jobs to the city",
     "Mayor Tom Reeve"),
    ("The chief executive said profits would recover next year, even though she sold half her "
     "shares in March.", "profits would recover next year", "The chief executive"),
    ("The governor said the state would balance its budget – even though he signed a spending "
     "bill worth $2 billion last week.", "the state would balance its budget", "The governor"),
    ("Councillor Ann Ross said the housing plan was a mistake, and she voted against it at the "
     "final meeting.", "the housing plan was a mistake", "Councillor Ann Ross"),
    ("The union president said the offer was an insult — and he walked out of the talks on "
     "Tuesday.", "the offer was an insult", "The union president"),
]

WHOLE = [
    ("The minister said he would resign and he would not return to politics.",
     "he would resign and he would not return to politics"),
    ("The coach said the team would win, even if the striker missed the game.",
     "the team would win, even if the striker missed the game"),
    ("The police report said the gunman had been planning the attack for months, even as he had "
     "been living a quiet life in the suburbs.", "even as he had been living a quiet life"),
    ("The chairman said the club was “in good health, even though we lost money this year.”",
     "even though we lost money this year"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_the_writers_aside_is_cut_off_the_content(model):
    for (text, words, name), quotes in zip(CUT, quotes_per_text([t for t, *_ in CUT], model)):
        row = one_quote(quotes, words)
        assert row["quote"].rstrip(".,") == words, (text, row.to_dict())
        assert speaker_text(row) == name, (text, row.to_dict())


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_clause_of_the_report_stays_whole(model):
    for (text, words), quotes in zip(WHOLE, quotes_per_text([t for t, _ in WHOLE], model)):
        row = one_quote(quotes, words)
        assert words in row["quote"], (text, row.to_dict())
