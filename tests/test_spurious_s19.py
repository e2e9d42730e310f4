"""Fewer spurious quotes on scraped web news (issue 25, precision), session 15.

1. A list of labels: the quotations after a label joined to it by a comma, "and" or "or" are
   labels too ("signs reading “A” and “B”", "the so-called “X” or “Y”";
   analysis.engine.quotes.labels). A speaker's quote after a label in the same sentence stays.
2. Kickers of video and link titles written another way ("WATCH | …", "[WATCH] …", "Watch
   below: …", "VIDEO — …", "READ MORE | …", "[Read: …]", "BREAKING: …") are page furniture
   (analysis.engine.quotes.furniture, ``furniture_prefixes`` and ``furniture_kicker_words``);
   prose opening with the same words is not ("Video-sharing site …", "Watch out, …").
3. Whole lines in the ``furniture_frames``: a feed's footer ("The post <title> appeared first
   on <site>."), a pointer to embedded media ("Watch the full interview below, where X says
   …:"), a photo caption ending with its credit ("… (AP Photo/Jo Roe)", "(Photo: …)") are
   furniture. A line opening "The post office said …" is a report.
4. The article speaking of itself ("This story has been updated to say that …", "An earlier
   version of this article said …", ``own_article_nouns``) reports nobody's words; another
   outlet's story ("The Times story said …") and a report ("This report says …") stay sources;
   "Correction: An earlier version of this article said …" (a second subject the parser gives
   the verb) too, and a report inside such a note ("… updated to note that X posted …").
5. "Having said that, …" is the writer's concession, like "That said," (cues._that_said);
   "having said that the budget was fair" with its clause is a report.
6. "claim" with a thing won as its object ("claimed his seventh world title", "claimed a
   24-17 win", ``won_nouns``) is no speech; "claimed victory in the primary", "claimed the
   nomination", "claimed responsibility for the attack" stay reports.

Runs on both shared models; the sentences are our own.
"""

from __future__ import annotations

import pytest

from .helpers import MODEL_IDS, MODELS, one_quote, quotes_per_text, speaker_text

LEAD = "The council approved the budget on Monday.\n\n"
TAIL = "\n\nThe vote was nine to four, with two members absent."

# 1. labels in a list: no quote
LISTED = [
    ("Hundreds of nurses marched on the capitol, many carrying signs reading “Safe staffing "
     "saves lives” and “We cannot pour from an empty cup any longer.”"),
    ("Protesters held placards reading “Hands off our hospital”, “Nurses not cuts” and “Pay "
     "us what we are worth, not a penny less.” The march ended at the town hall."),
    ("Drivers have complained for years about what critics call “the road to nowhere” or “the "
     "most expensive bypass ever built in the county.”"),
]
# … and a speaker's quote after a label stays one
LISTED_KEPT = [
    ("Many carried signs reading “Safe staffing saves lives”. “We are here because our "
     "patients deserve better,” said Ana Torres, a nurse.", "our patients deserve better",
     "Ana Torres"),
    ("The mayor called the plan “reckless” and said, “We will never accept this deal from "
     "anyone in the capital.”", "We will never accept this deal", "The mayor"),
]

# 2. kickers written another way: no quote, no speaker
KICKERS = [
    "WATCH | Mayor says the cuts are 'the only option' for the city",
    "[WATCH] Ruiz says the budget 'protects every job in the city'",
    "Watch below: Ruiz tells reporters the city 'will survive this winter'",
    "WATCH ABOVE: Ruiz says the budget is 'fair to everyone in the city'",
    "Watch video: Ruiz says the budget is 'fair to everyone in the city'",
    "VIDEO — Ruiz says the budget is 'fair to everyone in the city'",
    "Listen | Ruiz tells local radio the budget is 'fair to everyone'",
    "READ MORE | Budget 2021: what the mayor told us about tax rises",
    "[Read: The mayor says the budget protects jobs. Her critics disagree.]",
    "BREAKING: Mayor Ruiz says she will seek a second term next year",
    "MUST READ: Governor says the state will not bail out the city",
    "DON'T MISS: Why experts say the housing crisis will get worse",
]
# prose opening with a kicker's word stays prose
KICKERS_KEPT = [
    ("Video-sharing site Clipster said it had removed the footage within an hour.",
     "it had removed the footage", "Video-sharing site Clipster"),
    ("Watch out for the new parking rules, the mayor said, because fines will double.",
     "Watch out for the new parking rules", "the mayor"),
]

# 3. footers and correction notes
FOOTER = (LEAD + "The vote was nine to four.\n\nThe post Mayor says cuts are 'the only option' "
          "for the city appeared first on City News Daily.")
CORRECTION = (LEAD + "Correction: An earlier version of this article said the vote was nine "
              "to three. It was nine to four." + TAIL)
POINTER = (LEAD + "Watch the full interview below, where Ruiz says the budget 'protects every "
           "job in the city':" + TAIL)
CAPTIONS = [
    ("The stadium was evacuated shortly after nine.\n\nFans leave the ground after police said "
     "there was a threat to the stand. (AP Photo/Jo Roe)\n\nNo one was hurt."),
    ("Residents gathered outside the town hall on Friday, where the mayor said the town would "
     "appeal. (Photo: Jenna Clarke/The Courier)\n\nThe appeal will be heard in May."),
]
FOOTER_KEPT = (LEAD + "The post office said it would close its branch on Elm Street in "
               "March." + TAIL)

# 4. the article speaking of itself
OWN = [
    LEAD + "This story has been updated to say that the mayor's office declined to comment."
    + TAIL,
    LEAD + "An earlier version of this article said the vote was held on Tuesday." + TAIL,
    LEAD + "This article originally said the vote was held on Tuesday." + TAIL,
    # a report inside the note is the note's too
    LEAD + "This story has been updated to note that the mayor posted the “Fair Budget” plan "
    "on her website." + TAIL,
]
OWN_KEPT = [
    ("The Herald story said the mayor had known about the shortfall since March.",
     "the mayor had known about the shortfall", "The Herald story"),
    ("This report says the economy will shrink next year, the fund said.",
     "the economy will shrink next year", None),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_labels_in_a_list_are_no_quotes(model):
    texts = LISTED + [t for t, _, _ in LISTED_KEPT]
    found = quotes_per_text(texts, model)
    for text, quotes in zip(LISTED, found):
        assert quotes.empty, (text, list(quotes["quote"]))
    for (text, words, who), quotes in zip(LISTED_KEPT, found[len(LISTED):]):
        row = one_quote(quotes, words)
        assert who in speaker_text(row)
        assert not quotes["quote"].str.contains("Safe staffing").any()


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_kickers_written_another_way_are_furniture(model):
    texts = [LEAD + k + TAIL for k in KICKERS] + [LEAD + t + TAIL for t, _, _ in KICKERS_KEPT]
    found = quotes_per_text(texts, model)
    for kicker, quotes in zip(KICKERS, found):
        assert quotes.empty, (kicker, list(quotes["quote"]), list(quotes["speaker"]))
    for (_, words, who), quotes in zip(KICKERS_KEPT, found[len(KICKERS):]):
        assert who in speaker_text(one_quote(quotes, words))


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_feed_footers_and_corrections_are_furniture(model):
    footer, correction, kept = quotes_per_text([FOOTER, CORRECTION, FOOTER_KEPT], model)
    assert footer.empty, list(footer["quote"])
    assert correction.empty, list(correction["quote"])
    assert "The post office" in speaker_text(one_quote(kept, "would close its branch"))


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_media_pointers_and_photo_captions_are_furniture(model):
    found = quotes_per_text([POINTER] + CAPTIONS, model)
    for text, quotes in zip([POINTER] + CAPTIONS, found):
        assert quotes.empty, (text, list(quotes["quote"]))


CONCESSIONS = [
    ("Blackburn have won six of their last seven games. Having said that, Burnley are yet to "
     "concede a goal in this Cup run, and the home crowd will be loud."),
    ("The club has spent heavily this summer. But having said this, the squad is still short of "
     "defenders, and the season starts in a week."),
]
CONCESSION_KEPT = ("The mayor, having said that the budget was fair to everyone, left the "
                   "meeting early.")


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_having_said_that_is_the_writers_concession(model):
    *found, kept = quotes_per_text(CONCESSIONS + [CONCESSION_KEPT], model)
    for text, quotes in zip(CONCESSIONS, found):
        assert quotes.empty, (text, list(quotes["quote"]))
    assert one_quote(kept, "the budget was fair") is not None


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_the_article_speaking_of_itself_is_no_source(model):
    texts = OWN + [t for t, _, _ in OWN_KEPT]
    found = quotes_per_text(texts, model)
    for text, quotes in zip(OWN, found):
        assert quotes.empty, (text, list(quotes["quote"]), list(quotes["speaker"]))
    herald, report = found[len(OWN):]
    assert "The Herald story" in speaker_text(one_quote(herald, OWN_KEPT[0][1]))
    assert one_quote(report, OWN_KEPT[1][1]) is not None


WON = ["Lena Marsh claimed her third world title in Doha on Sunday, beating the champion in "
       "straight sets.",
       "The Rovers claimed a 3-1 win over the league leaders on Saturday.",
       "Kenyan runner Joyce Wambui claimed gold in the 1500m, ahead of two Ethiopians."]
CLAIMED = [("Senator Ortiz claimed victory in the primary late on Tuesday night.", "victory"),
           ("A little-known militant group claimed responsibility for the bombing on Monday.",
            "responsibility")]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_thing_won_is_not_claimed_in_words(model):
    found = quotes_per_text(WON + [t for t, _ in CLAIMED], model)
    for text, quotes in zip(WON, found):
        assert quotes.empty, (text, list(quotes["quote"]))
    for (_, words), quotes in zip(CLAIMED, found[len(WON):]):
        assert one_quote(quotes, words)["cue_lemma"] == "claim"

