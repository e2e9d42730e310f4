"""A speaker found, but the wrong one (session 13, PolNeAR train ``wrong_speaker`` classes).

* A dateline is no speaker, whatever follows its place (analysis.engine.quotes.subjects,
  ``dateline_dash``): "ORLANDO, Fla. (Reuters) - President X said …", "CLEVELAND, July 19
  (UPI) — X told …", "LA CROSSE, Wisc. — X blamed …" give the quote to the name after the
  dash, not to "Fla.", "CLEVELAND" or "LA CROSSE".
* A speech verb's object is its addressee (analysis.engine.quotes.parenthetical): in "X, who
  …, told POLITICO, “…”" the verb between commas is X's own, not an inverted cue ("…, says
  Mr Tanner, …"), so X speaks the quote and POLITICO does not.
* A participle set off by a comma after a subordinate clause belongs to the main clause
  (analysis.engine.quotes.subjects, ``_main_clause_of_participle``): in "X spoke … after the
  senator won her primary, remarking that …" and "X dismissed claims that the rival campaign
  is breaking the law, saying …" X speaks, not the subordinate clause's subject.

Both models; the texts are analysed once per model."""

from __future__ import annotations

import pytest

from analysis import analyze, config

MODELS = [None, str(config.shared_dir() / "models" / "en_news_sm-3.8.0")]
MODEL_IDS = ["en_core_web_sm", "en_news_sm"]

DATELINE_STATE = ("ORLANDO, Fla. (Reuters) - President Barack Obama met survivors of the "
                  "nightclub attack on Thursday and said the United States must act to control "
                  "gun violence.")
DATELINE_DATE = ("CLEVELAND, July 19 (UPI) — Former Attorney General Michael Mukasey told "
                 "reporters on Tuesday that the senator's use of a private server should "
                 "disqualify her.")
DATELINE_TWO_WORDS = ("LA CROSSE, Wisc. — Gov. Mike Pence on Thursday blamed the media for "
                      "the row over the remark, saying reporters were nitpicking.")
ADDRESSEE_RELATIVE = ("Dick Dever, who was listed on the Cruz slate, told POLITICO, \"Of the "
                      "three candidates, I like John Kasich the best.\"")
ADDRESSEE_APPOSITION = ("Maria Lopez, a teacher from Denver, told reporters, \"We are tired of "
                        "waiting for the council.\"")
ADDRESSEE_AGENCY = ("Htay Oo, the party's acting chairman, told the Reuters news agency "
                    "simply, \"We lost.\"")
# an inverted cue set off by commas stays one: the speaker follows its verb
INVERTED = ("The budget, says Ms Carter, was never going to survive the vote. The new rules, "
            "the minister told reporters, will come into force in May.")

PARTICIPLE_AFTER = ("Radio host Peter Kovacs spoke on his show after the senator easily won "
                    "her primary, remarking that she had already paid a heavy price for the "
                    "vote.")
PARTICIPLE_AFTER_SAID = ("Kovacs said on his show after the senator won her primary, remarking "
                         "that she had paid a heavy price.")
PARTICIPLE_COUNCIL = ("Mayor Tom Hale spoke to reporters after the council approved the "
                      "budget, adding that taxes would not rise.")
PARTICIPLE_CLAIMS = ("Party chair Linda Moreno dismissed claims that the rival campaign is "
                     "breaking election law, saying her own campaign had turned down the same "
                     "offer.")
PARTICIPLE_RELATIVE = ("Governor Ana Ruiz thanked the workers who rebuilt the bridge, saying the "
                       "town owed them a great deal.")

TEXTS = [DATELINE_STATE, DATELINE_DATE, DATELINE_TWO_WORDS, ADDRESSEE_RELATIVE,
         ADDRESSEE_APPOSITION, ADDRESSEE_AGENCY, INVERTED, PARTICIPLE_AFTER,
         PARTICIPLE_AFTER_SAID, PARTICIPLE_COUNCIL, PARTICIPLE_CLAIMS, PARTICIPLE_RELATIVE]


@pytest.fixture(scope="module", params=MODELS, ids=MODEL_IDS)
def corpus(request):
    """The texts of this file analysed as one corpus, per model."""
    return analyze(TEXTS, model=request.param, progress=False)


def quotes_of(corpus, text: str):
    article = corpus.articles["article_id"].iloc[TEXTS.index(text)]
    return corpus.quotes[corpus.quotes["article_id"] == article]


def speakers(corpus, text: str) -> list[tuple[str, str | None]]:
    """``(quote, speaker text)`` of each quote of ``text``."""
    quotes = quotes_of(corpus, text)
    return [(q, s if isinstance(s, str) else None)
            for q, s in zip(quotes["quote"], quotes["speaker"])]


def speaker_of(corpus, text: str, words: str) -> str | None:
    """The speaker text of the one quote of ``text`` holding ``words``."""
    hits = [s for q, s in speakers(corpus, text) if words in q]
    assert len(hits) == 1, speakers(corpus, text)
    return hits[0]


@pytest.mark.parametrize("text,words,speaker", [
    (DATELINE_STATE, "must act", "President Barack Obama"),
    (DATELINE_DATE, "should disqualify", "Former Attorney General Michael Mukasey"),
    (DATELINE_TWO_WORDS, "the media", "Gov. Mike Pence"),
    (DATELINE_TWO_WORDS, "nitpicking", "Gov. Mike Pence"),
], ids=["state", "date", "two-words-participle", "two-words"])
def test_a_dateline_is_no_speaker(corpus, text, words, speaker):
    assert speaker_of(corpus, text, words) == speaker


@pytest.mark.parametrize("text,words,speaker", [
    (ADDRESSEE_RELATIVE, "I like John Kasich", "Dick Dever"),
    (ADDRESSEE_APPOSITION, "We are tired", "Maria Lopez"),
    (ADDRESSEE_AGENCY, "We lost", "Htay Oo"),
], ids=["relative-clause", "apposition", "agency"])
def test_the_object_of_told_is_the_addressee_not_the_speaker(corpus, text, words, speaker):
    assert speaker_of(corpus, text, words) == speaker
    # the quote is what was said, not the sentence around it
    assert all(not q.startswith(speaker) for q, _ in speakers(corpus, text))


def test_an_inverted_cue_between_commas_keeps_its_speaker(corpus):
    assert speaker_of(corpus, INVERTED, "The budget") == "Ms Carter"
    assert speaker_of(corpus, INVERTED, "The new rules") == "the minister"


@pytest.mark.parametrize("text,words,speaker", [
    (PARTICIPLE_AFTER, "heavy price", "Radio host Peter Kovacs"),
    (PARTICIPLE_AFTER_SAID, "heavy price", "Kovacs"),
    (PARTICIPLE_COUNCIL, "taxes would not rise", "Mayor Tom Hale"),
    (PARTICIPLE_CLAIMS, "turned down", "Party chair Linda Moreno"),
    (PARTICIPLE_RELATIVE, "owed them", "Governor Ana Ruiz"),
], ids=["after-clause", "after-clause-said", "after-council", "noun-clause", "relative-clause"])
def test_a_participle_after_a_subordinate_clause_belongs_to_the_main_clause(corpus, text, words,
                                                                           speaker):
    assert speaker_of(corpus, text, words) == speaker
