"""he/she after a newly introduced person (issue 24, class 1, session 14): a person named for the
first time between the previous speaker's attribution and the pronoun, with a full name and a
role, takes the turn though not a clause's subject (analysis.engine.quotes.pronouns._newcomer):
"“…,” said Mr Holloway. The forecast is shared by Daniel Okoro, chief economist at … “…,” he
said" is Okoro's. A name in passing does not: inside the previous speaker's report, a
possessor, a work's title, a name in a list, one the previous speaker acts on ("He thanked his
assistant, …"), one in the attribution's own sentence, one named earlier in the article, one
without a role. And a person named in the report of a speaking verb that shares its subject with
the verb before ("Lena Brandt is also upset and says that Ortega …") does not end the speaker's
turn (analysis.engine.quotes.pronouns._in_report). Each case on both models."""

from __future__ import annotations

import pytest

from analysis import config

from .helpers import quotes_per_text

MODELS = [None, str(config.shared_dir() / "models" / "en_news_sm-3.8.0")]
MODEL_IDS = ["en_core_web_sm", "en_news_sm"]

# (text, words of the quote, the speaker actor)
NEWCOMER = [
    ("“The market will recover by spring,” said Mr Holloway. The forecast is shared by Daniel "
     "Okoro, chief economist at Brightwater Bank. “Consumers are spending again,” he said.",
     "Consumers are spending", "Daniel Okoro"),
    ("“The vote will be close,” said Ms Carter. The result matters most to Rachel Dunn, a "
     "councillor in the ward. But while she expects to keep her seat, she fears a low turnout. "
     "“People are tired of elections,” she told reporters.", "People are tired",
     "Rachel Dunn"),
    ("“The album took two years,” said Mr Varley. It was produced by Owen Price, a veteran of "
     "the London club scene. Though he had never worked with a rock band, he took on the job. "
     "“It was a steep learning curve,” he told the magazine.", "steep learning curve",
     "Owen Price"),
    # an inverted verb of thinking makes the newcomer its subject (the rule of subjects)
    ("“Prices will keep rising,” said Mr Patel. Demand for housing will outstrip supply for "
     "years, believes Thomas Reid, an analyst at Harbour Capital. “There are simply not enough "
     "homes,” he said.", "not enough homes", "Thomas Reid"),
    ("“The new bridge will open in May,” said Mrs Hartley.\n\nThe date was welcomed by Julia "
     "Moreno, the owner of a bakery near the site. “We lost half our customers during the "
     "works,” she said.", "We lost half", "Julia Moreno"),
]

# the previous speaker keeps the turn: the person is named in passing
IN_PASSING = [
    # inside the clause the previous speaker reports
    ("“We did our best,” said Mr Brook. He said the plan was drawn up by Peter Lang, the former "
     "director. “It was a good plan,” he added.", "It was a good plan", "Brook"),
    # a possessor
    ("“We did our best,” said Mr Brook. The team will now face Peter Lang's side on Saturday. "
     "“It will be hard,” he said.", "It will be hard", "Brook"),
    # listed with others
    ("“We did our best,” said Mr Brook. The squad includes Peter Lang, Mark Hale and Simon "
     "Ford. “They are all fit,” he said.", "They are all fit", "Brook"),
    # a work's title
    ("“It was a strange year,” said Mr Brook. His new film Harry Blake opens next week. “I am "
     "proud of it,” he said.", "I am proud", "Brook"),
    # the previous speaker acts on the person
    ("“We did our best,” said Mr Brook. He thanked his assistant, Peter Lang, for the work. "
     "“The preparation was brilliant,” he said.", "preparation was brilliant", "Brook"),
    ("“We did our best,” said Mr Brook. Brook thanked his assistant, Peter Lang, for the work. "
     "“The preparation was brilliant,” he said.", "preparation was brilliant", "Brook"),
    # in the attribution's own sentence
    ("“We did our best,” said Mr Brook, who worked with Peter Lang, the former director, for "
     "ten years. “It was a good season,” he added.", "good season", "Brook"),
    # no role: a name in passing
    ("“We did our best,” said Mr Brook. The team will now face a side managed by Peter Lang. "
     "“It will be hard,” he said.", "It will be hard", "Brook"),
    # named before in the article: not newly introduced
    ("Peter Lang left the club in May.\n\n“We did our best,” said Mr Brook. The squad was "
     "picked by Peter Lang, the former director. “It was a good squad,” he said.",
     "good squad", "Brook"),
]


def _actor(quotes, words: str) -> str | None:
    hits = quotes[quotes["quote"].str.contains(words, regex=False)]
    assert len(hits) == 1, list(quotes["quote"])
    value = hits["speaker_actor"].iloc[0]
    return value if isinstance(value, str) else None


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_he_she_after_a_newly_introduced_person(model):
    texts = [t for t, _, _ in NEWCOMER]
    for (text, words, actor), quotes in zip(NEWCOMER, quotes_per_text(texts, model)):
        assert _actor(quotes, words) == actor, text


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_person_named_in_passing_keeps_the_previous_speaker(model):
    texts = [t for t, _, _ in IN_PASSING]
    for (text, words, actor), quotes in zip(IN_PASSING, quotes_per_text(texts, model)):
        assert actor in (_actor(quotes, words) or ""), text


# a reporting verb with a subject shared with the verb before it: its report is the speaker's
SHARED_SUBJECT = [
    ("“We were badly let down,” said Ms Ortega. Lena Brandt is also upset and says that Ortega "
     "and herself were never told about the test. “I heard about it on the radio,” she said.",
     "heard about it on the radio", "Lena Brandt"),
    ("“The figures are wrong,” said Mr Dalton. Mr Okafor is furious and insists that Dalton "
     "misled the committee. “He knew the numbers in March,” he said.", "knew the numbers",
     "Okafor"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_name_in_the_report_of_a_shared_subject_verb_keeps_the_speaker(model):
    texts = [t for t, _, _ in SHARED_SUBJECT]
    for (text, words, actor), quotes in zip(SHARED_SUBJECT, quotes_per_text(texts, model)):
        assert actor in (_actor(quotes, words) or ""), text
