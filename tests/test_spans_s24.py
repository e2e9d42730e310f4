"""Where a reported clause ends: the writer's note on a name, session 20 (spans helper).

"The official said the FBI had secured the cooperation of Bryan Pagliano, who worked on the
campaign before setting up the server": the relative clause after the comma tells the reader who
the person named is; it is the writer's, not the speaker's. The parser hangs it inside the
reported clause, so the content ran on into it (and where PolNeAR annotates the note as an
attribution of its own, the long quote was matched to that one with a wrong speaker). A
relative clause opened by "who" after a comma, on a proper noun at the end of the reported
clause, now ends the content (analysis.engine.quotes.asides._note_on_a_name).
What must not change: such a clause on a common noun ("her sister, who lives in Ohio"), a
"whose" or "which" clause, a cleft ("it was the landlord, not the tenants, who …"), and a note
holding a quotation (the speaker's words).
"""

from __future__ import annotations

import pytest

from .helpers import MODEL_IDS, MODELS, one_quote, quotes_per_text, speaker_text

CUT = [
    ("The senator said she would vote for Governor Maria Lopez, who has led the state since "
     "2014.", "she would vote for Governor Maria Lopez", "The senator"),
    ("A police spokesman said officers had arrested Daniel Price, who was wanted on two "
     "warrants in a neighbouring county.", "officers had arrested Daniel Price",
     "A police spokesman"),
    ("The coach said the club had signed striker Tom Okafor, who scored 20 goals for his "
     "previous team last season.", "the club had signed striker Tom Okafor", "The coach"),
    ("Investigators said the company had hired Mark Feld, who ran the firm's accounts until "
     "2019.", "the company had hired Mark Feld", "Investigators"),
]

WHOLE = [
    ("Ms. Ward said she had called her sister, who lives in Ohio.",
     "she had called her sister, who lives in Ohio"),
    ("The mayor said the council would follow the advice of Dr. Ann Lee, whose report was "
     "published in May.", "whose report was published in May"),
    ("The minister said the plan would help families, which critics dispute.",
     "which critics dispute"),
    ("The lawyer said it was the landlord, not the tenants, who had broken the contract.",
     "who had broken the contract"),
    ("The manager said the team would miss Carlos Diaz, who he called \"the best player I have "
     "ever coached.\"", "who he called"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_the_writers_note_on_a_name_ends_the_content(model):
    for (text, words, name), quotes in zip(CUT, quotes_per_text([t for t, *_ in CUT], model)):
        row = one_quote(quotes, words)
        assert row["quote"].rstrip(".,") == words, (text, row.to_dict())
        assert speaker_text(row) == name, (text, row.to_dict())


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_other_relative_clauses_stay_in_the_content(model):
    for (text, words), quotes in zip(WHOLE, quotes_per_text([t for t, _ in WHOLE], model)):
        row = one_quote(quotes, words)
        assert words in row["quote"], (text, row.to_dict())
