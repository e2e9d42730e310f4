"""Classes of spurious quotes and wrong speakers on PolNeAR train/dev (issue 25 targets), each a
general rule with news-style sentences written for it, on both shared models.

1. One report, one quote (analysis.engine.quotes.joins): the parse cut a report before the
   quoted words that finish it ("The mayor says she hopes …, but she knows that “…”"), and the
   quoted words came back as a second quote of the same speaker: the reporter wrote one. An
   interrupted quote (“A,” she said, “B”) stays one quote a side; another speaker's words in the
   same sentence stay theirs.
2. A relative clause on a predicate noun (analysis.engine.quotes.subjects.described_subject):
   in "Mr. Hale is a veteran lawyer who said …" (or an editor's note "X … is a populist, a
   showman and a provocateur who has promised …") the speaker is the one the noun describes, not
   the description; a noun in apposition ("Ana Ruiz, a lawyer who said …") or after a
   demonstrative ("This is a man who said …") is left as it was.
"""

from __future__ import annotations

import pytest

from analysis import config
from analysis.engine.quotes.joins import join_same_report
from analysis.engine.quotes.types import Attribution, Cue, Speaker

from .helpers import quotes_per_text

MODELS = [None, str(config.shared_dir() / "models" / "en_news_sm-3.8.0")]
MODEL_IDS = ["en_core_web_sm", "en_news_sm"]

# (text, speaker, the one quote)
JOINED = [
    ("The mayor says she hopes to be re-elected in May, but she knows that “the voters will "
     "have the last word.”", "The mayor",
     "she hopes to be re-elected in May, but she knows that “the voters will have the last "
     "word."),
    ("The union leader said the offer was an insult to members, but “we are still ready to "
     "talk.”", "The union leader",
     "the offer was an insult to members, but “we are still ready to talk."),
]

# one quote a side of the cue; another speaker's words stay theirs
APART = [
    ("“We will not back down,” the mayor said, “and we will win this case in court.”",
     [("We will not back down", "the mayor"),
      ("and we will win this case in court.", "the mayor")]),
]


# (text, speaker, quote)
DESCRIBED = [
    ("Editor’s note: The senator often attacks the press and is a populist, a showman and a "
     "provocateur who has repeatedly promised to shut down the agency.", "The senator",
     "to shut down the agency"),
    ("Mr. Hale is a veteran lawyer who said the verdict would be overturned on appeal.",
     "Mr. Hale", "the verdict would be overturned on appeal"),
    ("Councillor Joan Price is a former teacher who says the new school will never open on "
     "time.", "Councillor Joan Price", "the new school will never open on time"),
]
NOT_DESCRIBED = [
    ("This is a man who said the verdict would be overturned on appeal.", "a man"),
]


@pytest.fixture(scope="module", params=MODELS, ids=MODEL_IDS)
def found(request):
    """Quotes of every article of this file, per model: analysed once."""
    texts = [t for t, _, _ in JOINED] + [t for t, _ in APART] + [t for t, _, _ in DESCRIBED] \
        + [t for t, _ in NOT_DESCRIBED]
    return dict(zip(texts, quotes_per_text(texts, request.param)))


@pytest.mark.parametrize("text, speaker, quote", JOINED, ids=["but-she-knows", "but-quoted"])
def test_quoted_words_that_finish_a_report_are_one_quote(found, text, speaker, quote):
    rows = found[text]
    assert list(rows["quote"]) == [quote]
    assert list(rows["speaker"]) == [speaker]
    assert list(rows["kind"]) == ["mixed"]


@pytest.mark.parametrize("text, expected", APART, ids=["interrupted"])
def test_an_interrupted_quote_stays_one_quote_a_side(found, text, expected):
    rows = found[text]
    assert list(zip(rows["quote"], rows["speaker"])) == expected


@pytest.mark.parametrize("text, speaker, quote", DESCRIBED,
                         ids=["editors-note", "lawyer", "teacher"])
def test_a_relative_clause_on_a_predicate_noun_is_the_subjects(found, text, speaker, quote):
    rows = found[text]
    assert list(zip(rows["quote"], rows["speaker"])) == [(quote, speaker)]


@pytest.mark.parametrize("text, speaker", NOT_DESCRIBED, ids=["this-is"])
def test_a_demonstrative_subject_leaves_the_relative_speaker(found, text, speaker):
    assert list(found[text]["speaker"]) == [speaker]


# ---- the rule on its own (no model): what stops a join -----------------------------------

TEXT = ("Ms Hale said the plan was dead, but “we will try again.” "
        "“It is over,” she said, “for now.” The rival said it was fine, “for now.”")


def _row(text: str, words: str, kind: str, speaker: Speaker, cue_at: int | None = None,
         nth: int = 0) -> Attribution:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    cue = None if cue_at is None else Cue(cue_at, cue_at + 4, "said", "say", None, None)
    return Attribution(start, start + len(words), kind, cue, speaker)


HALE = Speaker("Ms Hale", 0, 7, "person", "Hale")
SHE = Speaker("she", TEXT.index("she said"), TEXT.index("she said") + 3, "pronoun", "Hale")
RIVAL = Speaker("The rival", TEXT.index("The rival"), TEXT.index("The rival") + 9, "anonymous")
SENTENCES = [0, TEXT.index("“It is"), TEXT.index("The rival")]


def test_join_same_report_merges_only_a_quote_that_finishes_the_report():
    said = TEXT.index("said")
    first = _row(TEXT, "the plan was dead", "indirect", HALE, said)
    second = _row(TEXT, "we will try again.", "direct", HALE, said)
    joined = join_same_report([first, second], TEXT, SENTENCES)
    assert len(joined) == 1
    assert TEXT[joined[0].start:joined[0].end] == "the plan was dead, but “we will try again."
    assert joined[0].kind == "mixed" and joined[0].speaker == HALE
    # the next sentence is another report, even with the same speaker phrase
    later = Attribution(TEXT.index("It is over"), TEXT.index("It is over") + 10, "direct",
                        None, HALE)
    assert len(join_same_report([first, later], TEXT, [0, TEXT.index("“It is")])) == 2
    assert len(join_same_report([first, later], TEXT, [0])) == 1


def test_join_same_report_keeps_the_sides_of_a_cue_and_other_speakers_apart():
    said = TEXT.index("she said")
    a = _row(TEXT, "It is over", "direct", SHE, said + 4)
    b = _row(TEXT, "for now.", "direct", SHE, said + 4)
    assert join_same_report([a, b], TEXT, SENTENCES) == [a, b]  # the cue and speaker between
    c = _row(TEXT, "it was fine", "indirect", RIVAL, TEXT.index("said it was"))
    d = _row(TEXT, "for now.", "direct", HALE, None, nth=1)
    assert join_same_report([c, d], TEXT, SENTENCES) == [c, d]  # not the same speaker
