"""Speakers that are not agents of speech, and quotes left without a speaker while their
sentence names one (issue 25), each a general rule with news-style sentences written for it,
on both shared models.

1. A cue the parser hung on the reported clause of another speech verb inherits that clause's
   subject, its topic: "He said his recent attacks had given his campaign momentum and said …",
   "The senator said the decision had been a mistake before claiming …". When that subject
   cannot speak (analysis.engine.quotes.agents), the reporter speaks on
   (analysis.engine.quotes.subjects.inherited_subject); a subject who can ("a man walked in and
   said …") keeps the words. The same test and the parse find a subject it hid: a name before
   its role parsed as a second subject ("Ban Ki-moon, the secretary general …, urged"), the
   main clause's subject for a participle after "in addition to"/"since", no stranded subject
   that cannot speak ("used blunt language to denounce …"), the number a participle hangs on
   ("included one saying …"), the shared subject of the verb whose object a participle hangs on
   ("… vowed … and established a policy urging …"), a surname after an inverted cue whatever
   its tag ("“…,” said Skelly, explaining …").
2. A finite cue verb the parser gave no subject, right after a noun phrase it hung elsewhere
   ("About 4 in 10 say …", "more ethanol than the oil industry says the markets can handle"):
   that phrase speaks when it can (subjects.fallback_speaker); a noun that cannot ("… privy to
   negotiations say") is not taken.
3. A quote still without a speaker inside the clause of a verb whose subject can speak ("Moore
   thanked him for “…”", "expressed a deep regret for “…”") is the subject's
   (analysis.engine.quotes.embedded); not for one that was told ("The firm was told “…”"), a
   copula ("… that he would be “…”"), or a verb or subject inside another quote.
"""

from __future__ import annotations

import pytest

from analysis import config
from analysis.engine.quotes.agents import can_speak, non_agent

from .helpers import parse, quotes_per_text

MODELS = [None, str(config.shared_dir() / "models" / "en_news_sm-3.8.0")]
MODEL_IDS = ["en_core_web_sm", "en_news_sm"]

# 1. (text, words of the second quote, its speaker)
REPORTER = [
    ("He said his recent attacks on the governor had given his campaign momentum and said that "
     "the governor did not represent the legacy of the party.",
     "the governor did not represent the legacy", "He"),
    ("De Blasio said the move was made by the police commissioner and said, “Who are you going "
     "to trust on security and keeping people safe?”", "Who are you going to trust", "De Blasio"),
    ("The mayor said the obvious response was to cut waste and said she had introduced a bill "
     "to do that.", "she had introduced a bill", "The mayor"),
]
# the subject of the reported clause can speak: it keeps the second report
SAID_BY_SUBJECT = [
    ("The shop owner said a man walked into the store on Friday and said he had a gun.",
     "he had a gun", "a man"),
]
# 1b. the subject the parse hid: (text, quote words, speaker)
HIDDEN_SUBJECT = [
    # a name before its role, both parsed as subjects
    ("Ban Ki-moon, the secretary general of the United Nations, urged both sides to return to "
     "talks.", "both sides to return", "Ban Ki-moon"),
    # a participle after a multi-word preposition: the main clause's subject
    ("In addition to stating that unborn babies have no constitutional rights, Clinton has "
     "vowed to work to repeal the amendment.", "unborn babies have no", "Clinton"),
    # a noun that cannot speak before the infinitive is no stranded subject
    ("Other leaders used particularly blunt language to denounce what the prime minister "
     "called the regime's reckless behaviour.", "what the prime minister called",
     "Other leaders"),
    # a participle on a number: the one counted speaks
    ("She posted a series of messages that included one saying that the mayor should resign.",
     "the mayor should resign", "one"),
    # a surname after an inverted cue, whatever its tag
    ("“Having access to the file and two people who understand it is valuable,” said Skelly, "
     "explaining that he worked more closely with the other one.", "Having access to the file",
     "Skelly"),
    # a participle on the object of a verb that shares its subject
    ("Ban Ki-moon, the secretary general of the United Nations, vowed not to repeat that "
     "mistake and established a policy urging employees to report gross rights violations.",
     "employees to report", "Ban Ki-moon"),
]
# 2. (text, quote words, speaker)
BEFORE_VERB = [
    ("About 4 in 10 say they want the next president to have more liberal policies.",
     "they want the next president", "About 4 in 10"),
    ("That would still be more ethanol than the oil industry says the gasoline markets can "
     "handle.", "the gasoline markets can handle", "the oil industry"),
]
# 3. (text, quote words, speaker)
EMBEDDED = [
    ("Moore thanked him for “stepping up and taking action when Congress won’t.”",
     "stepping up and taking action", "Moore"),
    ("A few weeks later, Mr. Obama expressed a deep regret for “my inability to reduce the "
     "polarization and meanness in our politics.”", "my inability to reduce", "Mr. Obama"),
    ("The coach thanked the fans for “standing by us through a season that nobody expected "
     "to end this way.”", "standing by us", "The coach"),
]
# (text, quote words): the quote stays without a speaker
NOT_EMBEDDED = [
    ("The firm was told “the contract will not be renewed this year or next.”",
     "the contract will not be renewed"),
    ("His doctor's letter was ridiculed for its prediction that he would be “the healthiest "
     "individual ever elected to the presidency.”", "the healthiest individual"),
]
# a quote coordinated after a cue continues that cue's speaker, not the clause's subject
CONTINUED = [
    ("She said she had toured the museum last week. Many of the visitors were older, she "
     "said, and “I had to step back and think about their lives.”", "I had to step back",
     "she"),
]

TEXTS = [t for t, *_ in REPORTER + SAID_BY_SUBJECT + HIDDEN_SUBJECT + BEFORE_VERB + EMBEDDED
         + CONTINUED] \
    + [t for t, _ in NOT_EMBEDDED]


@pytest.fixture(scope="module", params=MODELS, ids=MODEL_IDS)
def found(request):
    """Quotes of every text of this file, per model: analysed once."""
    return dict(zip(TEXTS, quotes_per_text(TEXTS, request.param)))


def speaker_of(rows, words: str):
    """The speaker of the one quote holding ``words`` (None when it has none)."""
    hits = rows[rows["quote"].str.contains(words, regex=False)]
    assert len(hits) == 1, list(zip(rows["quote"], rows["speaker"]))
    value = hits["speaker"].iloc[0]
    return value if isinstance(value, str) else None


@pytest.mark.parametrize("text, words, speaker", REPORTER,
                         ids=["attacks", "the-move", "the-response"])
def test_a_cue_on_a_reported_clause_about_a_thing_is_the_reporters(found, text, words,
                                                                   speaker):
    assert speaker_of(found[text], words) == speaker


@pytest.mark.parametrize("text, words, speaker", SAID_BY_SUBJECT, ids=["a-man"])
def test_a_reported_subject_who_can_speak_keeps_the_second_report(found, text, words, speaker):
    assert speaker_of(found[text], words) == speaker


@pytest.mark.parametrize("text, words, speaker", HIDDEN_SUBJECT,
                         ids=["name-role", "in-addition-to", "blunt-language", "one-saying",
                              "said-surname", "policy-urging"])
def test_the_subject_the_parse_hid_speaks(found, text, words, speaker):
    assert speaker_of(found[text], words) == speaker


@pytest.mark.parametrize("text, words, speaker", BEFORE_VERB, ids=["4-in-10", "than-industry"])
def test_a_phrase_right_before_a_subjectless_cue_speaks(found, text, words, speaker):
    # (the one report of the sentence: where its content ends is the cue stage's business)
    assert list(found[text]["speaker"]) == [speaker]


@pytest.mark.parametrize("text, words, speaker", EMBEDDED, ids=["thanked", "regret", "coach"])
def test_a_quote_in_the_clause_of_a_subject_who_can_speak_is_theirs(found, text, words,
                                                                      speaker):
    assert speaker_of(found[text], words) == speaker


@pytest.mark.parametrize("text, words", NOT_EMBEDDED, ids=["was-told", "copula"])
def test_a_quote_told_to_or_said_of_the_subject_has_no_speaker(found, text, words):
    rows = found[text]
    hits = rows[rows["quote"].str.contains(words, regex=False)]
    assert hits["speaker"].isna().all(), list(zip(rows["quote"], rows["speaker"]))


@pytest.mark.parametrize("text, words, speaker", CONTINUED, ids=["she-said-and"])
def test_a_quote_after_a_cue_in_its_sentence_keeps_that_speaker(found, text, words, speaker):
    assert speaker_of(found[text], words) == speaker


# ---- the agent test on its own ------------------------------------------------------------

@pytest.mark.parametrize("text, word, speaks", [
    ("The move was a mistake.", "move", False),
    ("His recent attacks worked.", "attacks", False),
    ("The investment paid off.", "investment", False),
    ("On Sunday the talks ended.", "Sunday", False),
    ("The voters were angry.", "voters", True),
    ("The pastor was angry.", "pastor", True),
    ("Officials were angry.", "Officials", True),
    ("The report was long.", "report", True),
    ("She was angry.", "She", True),
    ("About 40 percent were angry.", "percent", True),
])
def test_can_speak_tells_agents_from_topics(text, word, speaks):
    tok = next(t for t in parse(text) if t.text == word)
    assert can_speak(tok) is speaks
    assert non_agent(tok) is not speaks
    assert non_agent(None) is False
