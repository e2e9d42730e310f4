"""Session 22 (helper s26-nospeaker): quotes the engine found but left without a speaker
(PolNeAR train's "no speaker" rows), the classes a reader resolves without doubt. Sentences of
our own, both models.

* A floating quote after a sentence whose subject holds a name that only modifies a thing ("But
  the oversized Trump face beaming from billboards has not hurt ticket sales. “…”") was cut off
  from the speaker quoted just before: the name was read as a newcomer
  (attribution._person_subjects with pronouns.names_a_thing). Negative cases: a person as the
  subject in between ("His deputy, Mark Reed, was less sure.") still breaks the continuation;
  an organisation's bare cue in between still takes the quote.
* "As Ruth Hale, professor of planning at Leeds and author of “The Shrinking City,” put it,
  “…”": the parser hangs the name on *as* as its object and the verb has no subject
  (hung_clauses._hung_on_as). Negative: "As a result, …" and an as-clause with its own subject.
* "“…,” the Saudis state in the white paper, which was shared with lawmakers on Thursday.
  “…”": the clause after the quote took the relative clause's verb as its own and named no
  speaker, for both halves (frames._relative_verb). Negative: a relative clause on the speaker
  ("the firefighter who pulled the driver out recalled") keeps its speaker.
* "“…,” Ruth Hale, the pollster who founded the survey site tweeted on Wednesday. “…”": an
  apposition the writer did not close with a comma before the speech verb left the verb with no
  subject, and the relative clause's verb barred the clause (frames._name_before_apposition,
  frames._relative_words). Negative: the passive ("…, was told on Wednesday") names no speaker.
"""

from __future__ import annotations

import pytest

from .helpers import MODEL_IDS, MODELS, one_quote, quotes_per_text, speaker_text

OPENING = "“This is a satire of the rich and their habits,” said Ana Ruiz, who also stars in the show. "
FESTIVAL = "“We sold out every night of the run,” said Tom Hale, the festival's director. "

THINGS_BETWEEN = [
    (OPENING + "But the oversized Trump face beaming from billboards has not hurt ticket sales. "
     "“It has been a wonderful result for us.”", "wonderful result", "Ana Ruiz"),
    (FESTIVAL + "The old Elvis Presley costume in the foyer drew the biggest crowds. “People "
     "queued for hours to see it.”", "People queued", "Tom Hale"),
    (FESTIVAL + "A Taylor Swift song played as the doors opened. “People queued for hours to get "
     "in.”", "People queued", "Tom Hale"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_name_that_only_modifies_a_thing_is_no_newcomer(model):
    texts = [t for t, _, _ in THINGS_BETWEEN]
    for (text, words, who), quotes in zip(THINGS_BETWEEN, quotes_per_text(texts, model)):
        assert speaker_text(one_quote(quotes, words)) == who, text


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_person_or_a_bare_cue_in_between_still_breaks_the_continuation(model):
    texts = [FESTIVAL + "His deputy, Mark Reed, was less sure. “People queued for hours to get "
                        "in.”",
             FESTIVAL + "The Mark Reed campaign disputed the figures. “People queued for hours "
                        "to get in.”"]
    deputy, campaign = quotes_per_text(texts, model)
    assert speaker_text(one_quote(deputy, "People queued")) is None
    assert speaker_text(one_quote(campaign, "People queued")) == "The Mark Reed campaign"


AS_PUT_IT = [
    "The council has not decided. As Ruth Hale, professor of planning at Leeds and author of "
    "“The Shrinking City,” put it, “Councils should remember that a cheap plan today may cost "
    "far more tomorrow.”",
    "The council has not decided. As Ruth Hale, author of “The Shrinking City,” put it, "
    "“Councils should remember that a cheap plan today may cost far more tomorrow.”",
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_the_speaker_of_as_x_put_it_with_a_long_apposition(model):
    for text, quotes in zip(AS_PUT_IT, quotes_per_text(AS_PUT_IT, model)):
        assert speaker_text(one_quote(quotes, "Councils should remember")) == "Ruth Hale", text


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_as_clauses_with_their_own_subject_are_unchanged(model):
    texts = ["As a result, the mayor said the bridge would stay closed until the spring.",
             "As the economist Tom Reed put it, “The numbers simply do not add up for the "
             "council.”"]
    result, reed = quotes_per_text(texts, model)
    assert speaker_text(one_quote(result, "the bridge would stay closed")) == "the mayor"
    assert speaker_text(one_quote(reed, "The numbers simply")) == "the economist Tom Reed"


RELATIVE_AFTER = [
    ("“Today, the kingdom leads the fight against terrorism on every front,” the Saudis state in "
     "the white paper, which was shared with lawmakers on Thursday. “It has worked closely with "
     "its allies for two decades.”", "the Saudis"),
    ("“Today, the agency leads the fight against fraud on every front,” the ministry states in "
     "its annual report, which was published on Thursday. “It has worked closely with the banks "
     "for two decades.”", "the ministry"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_relative_clause_after_the_speaker_is_not_the_clause_verb(model):
    texts = [t for t, _ in RELATIVE_AFTER]
    for (text, who), quotes in zip(RELATIVE_AFTER, quotes_per_text(texts, model)):
        assert speaker_text(one_quote(quotes, "Today, the")) == who, text
        assert speaker_text(one_quote(quotes, "It has worked")) == who, text


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_relative_clause_on_the_speaker_keeps_its_speaker(model):
    texts = ["“We were the first to arrive at the scene of the crash,” the firefighter who pulled "
             "the driver out recalled. “It was terrible.”",
             "“The fares will have to rise again next year,” the operator warns in a letter that "
             "was sent to passengers on Monday. “We have no other choice.”"]
    firefighter, operator = quotes_per_text(texts, model)
    assert speaker_text(one_quote(firefighter, "We were the first")) == "the firefighter"
    assert speaker_text(one_quote(operator, "The fares will")) == "the operator"


UNCLOSED_APPOSITION = [
    "“The party needs a plan for winning back the voters in the north,” Ruth Hale, the pollster "
    "who founded the survey site tweeted on Wednesday. “They are drifting away from it.”",
    "“The party needs a plan for winning back [Labour voter] Smith & [Green hopeful Jill] Stone "
    "voters,” Ruth Hale, the pollster who founded pollsite.com tweeted on Wednesday. “They are "
    "drifting away from it.”",
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_name_before_an_unclosed_apposition_speaks(model):
    for text, quotes in zip(UNCLOSED_APPOSITION, quotes_per_text(UNCLOSED_APPOSITION, model)):
        for words in ("The party needs", "They are drifting"):
            assert one_quote(quotes, words)["speaker_actor"] == "Ruth Hale", text


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_name_before_an_apposition_and_a_passive_is_no_speaker(model):
    text = ("“The party needs a plan for winning back the voters in the north,” Ruth Hale, the "
            "pollster who founded the survey site, was told on Wednesday. “They are drifting "
            "away from it.”")
    quotes = quotes_per_text([text], model)[0]
    assert speaker_text(one_quote(quotes, "The party needs")) is None


def _parsed(words, heads, deps, pos):
    """A Doc with a parse given by hand (the models' parses of these sentences vary)."""
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_a_quoted_title_hung_on_as_is_no_speaker():
    """The lead's mend after the merge: the parser also hangs a quoted title on *as* ('as “The
    Daily Ledger” wrote, it shows …', a PolNeAR dev debate line whose new quote got no speaker);
    only a name with no quotation mark between it and *as* is taken (hung_clauses._hung_on_as)."""
    from analysis.engine.quotes.hung_clauses import as_agent

    name = _parsed(["As", "Ruth", "Hale", ",", "a", "pollster", ",", "put", "it", ",", "prices",
                    "rose", "."],
                   [7, 2, 0, 2, 5, 2, 2, 11, 7, 11, 11, 11, 11],
                   ["prep", "compound", "pobj", "punct", "det", "appos", "punct", "advcl", "dobj",
                    "punct", "nsubj", "ROOT", "punct"],
                   ["ADP", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "PRON",
                    "PUNCT", "NOUN", "VERB", "PUNCT"])
    title = _parsed(["As", "“", "The", "Ledger", "”", "wrote", ",", "prices", "rose", "."],
                    [5, 3, 3, 0, 3, 8, 8, 8, 8, 8],
                    ["prep", "punct", "det", "pobj", "punct", "advcl", "punct", "nsubj", "ROOT",
                     "punct"],
                    ["ADP", "PUNCT", "DET", "PROPN", "PUNCT", "VERB", "PUNCT", "NOUN", "VERB",
                     "PUNCT"])
    assert as_agent(name[7]).text == "Hale"
    assert as_agent(title[5]) is None
