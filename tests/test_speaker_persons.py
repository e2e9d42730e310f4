"""Person speakers (issue 25, class B), on both shared models.

1. A word inside a quote is never the speaker of a cue outside it.

The parser sometimes hangs the clause after a quote set off by dashes on the quote's own verb
("Mr. Trump hardly clarified the matter, treating her remark as a compliment -- ''That makes
me smart'' -- and, when questioned, asserting, ''Of course, I pay federal taxes.''":
"asserting" a conjunct of "makes"), so the quote's first word ("That") became the cue's
subject, and both quotes were given to it. The cue now shares the subject of the clause
before the quote (analysis.engine.quotes.subjects.partner_outside_quote), and no fallback
takes a word inside a quote as the speaker of a cue outside it (analysis.engine.quotes.cues).
Where a model parses such a sentence differently and finds no speaker, the quote stays without
one rather than being given to its own first word.

2. A quote set off by dashes right after a person's name is that person's words, an apposition
   to the name ("including the former candidate Mitt Romney -- ''It is disqualifying …'' --
   and Fred Goldberg"; analysis.engine.quotes.frames.dash_aside): tried after every other
   frame, so a cue of the quote's own ("-- “a travesty,” his lawyer said --") still decides.
"""

from __future__ import annotations

import pytest

from analysis import config

from .helpers import quotes_per_text

MODELS = [None, str(config.shared_dir() / "models" / "en_news_sm-3.8.0")]
MODEL_IDS = ["en_core_web_sm", "en_news_sm"]

# (text, the quotes' words, the speaker the clause before the quotes names, a word inside them)
DASHED = [
    ("Mr. Halvorsen hardly clarified the matter, treating Ms. Okafor's remark first as a "
     "compliment -- ''That makes me smart'' -- and, when questioned after the debate, "
     "asserting, ''Of course, I pay federal taxes.''",
     ["That makes me smart", "Of course, I pay federal taxes"], "Mr. Halvorsen", "That"),
    ("Ms. Abernathy hardly settled the question, treating the senator's attack first as a "
     "joke -- ''That makes my week'' -- and, when questioned after the hearing, asserting, "
     "''Of course, I filed every report.''",
     ["That makes my week", "Of course, I filed every report"], "Ms. Abernathy", "That"),
]

# a speaker phrase that only starts inside a quote, or a name glued to its closing mark, is no
# word of the quote: these keep their speakers (text, quote words, the speaker's name)
NOT_INSIDE = [
    ("''That was a good speech you gave last night, Mr. President,'' Representative Lena "
     "Marchetti, Democrat of Oregon, told Mr. Obama at the holiday party.",
     "That was a good speech", "Lena Marchetti"),
    ("“It has been most surprising to me to see him traffic in that kind of paranoia,”Ramirez "
     "said on Friday.", "most surprising to me", "Ramirez"),
]

# 2. (text, quote words, speaker)
DASH_ASIDE = [
    ("Several senators objected to the plan, among them the former budget chief Maria Okonkwo "
     "-- “This bill punishes the families who can least afford it” -- and Tom Reyes, a "
     "freshman from Ohio.", "This bill punishes", "Maria Okonkwo"),
    ("The critics included the economist Daniel Whitfield — “Nobody should pretend these cuts "
     "pay for themselves” — and two former Treasury officials.", "Nobody should pretend",
     "Daniel Whitfield"),
    ("The proposal drew fire from the left, including the union leader Rosa Delgado -- ''We "
     "will not accept a contract that cuts pensions'' -- and several city councilors.",
     "We will not accept", "Rosa Delgado"),
]
# the quote's own cue decides: the name before the dash is its topic
DASH_TOPIC = ("The judge's ruling against Peter Lindgren -- “a travesty,” his lawyer said -- "
              "will be appealed next month.", "Peter Lindgren")

TEXTS = [t for t, *_ in DASHED] + [t for t, *_ in NOT_INSIDE] + [t for t, *_ in DASH_ASIDE] \
    + [DASH_TOPIC[0]]


@pytest.fixture(scope="module", params=MODELS, ids=MODEL_IDS)
def found(request):
    """Quotes of every text of this file, per model: analysed once."""
    return dict(zip(TEXTS, quotes_per_text(TEXTS, request.param)))


@pytest.mark.parametrize("text, words, speaker, inner", DASHED, ids=["halvorsen", "abernathy"])
def test_a_word_inside_a_quote_never_speaks_for_a_cue_outside_it(found, text, words, speaker,
                                                                 inner):
    rows = found[text]
    hits = rows[rows["quote"].str.contains("|".join(words))]
    assert len(hits), list(zip(rows["quote"], rows["speaker"]))
    for quote, who, start in zip(hits["quote"], hits["speaker"], hits["speaker_start"]):
        if not isinstance(who, str):
            continue  # a model that finds no speaker here leaves none: never the quote's word
        assert who == speaker, (quote, who)
        assert not text.find(inner) <= start < text.find(inner) + len(inner), (quote, who)


@pytest.mark.parametrize("text, words, speaker", [d[:3] for d in DASHED],
                         ids=["halvorsen", "abernathy"])
def test_the_clause_before_the_quote_speaks_for_its_conjunct(text, words, speaker):
    """With the default model, which parses these sentences so, both quotes of the misparsed
    sentence are the named subject's."""
    rows = quotes_per_text([text], None)[0]
    got = {w: list(rows[rows["quote"].str.contains(w, regex=False)]["speaker"]) for w in words}
    assert got == {w: [speaker] for w in words}, got


@pytest.mark.parametrize("text, words, actor", NOT_INSIDE, ids=["vocative", "glued-name"])
def test_a_speaker_outside_the_quote_is_kept(found, text, words, actor):
    rows = found[text]
    hits = rows[rows["quote"].str.contains(words, regex=False)]
    assert len(hits) == 1 and actor.split()[-1] in str(hits["speaker"].iloc[0]), \
        list(zip(rows["quote"], rows["speaker"]))


@pytest.mark.parametrize("text, words, speaker", DASH_ASIDE,
                         ids=["okonkwo", "whitfield", "delgado"])
def test_a_quote_set_off_by_dashes_after_a_name_is_that_persons(found, text, words, speaker):
    rows = found[text]
    hits = rows[rows["quote"].str.contains(words, regex=False)]
    assert list(hits["speaker"]) == [speaker], list(zip(rows["quote"], rows["speaker"]))


def test_a_cue_of_the_quotes_own_decides_over_the_name_before_the_dash(found):
    text, name = DASH_TOPIC
    assert name not in set(found[text]["speaker"].dropna()), list(found[text]["speaker"])
