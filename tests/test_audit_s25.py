"""Session 21's quote-by-quote audit of 40 BBC articles (helper s25-audit,
benchmarks/audits/audit-sample-s25.txt): the classes it found that a reader resolves without
doubt. Sentences of our own, both models.

* A woman (or man) named in full with a first name the statistics leave ungendered or rare,
  then by her bare surname as the subject of the sentence before a "she said", lost the
  pronoun to another woman named in full in passing: the small models often leave the bare
  surname untagged at the head of a sentence ("Vance, who won …, thanked the cast"), so it was
  no candidate (pronouns._unlabelled_surname_subjects). And a person the NER tagged inside a
  relative clause on the subject ("…, who won the Golden Globe and Oscar …", "Oscar" tagged
  PERSON) made the subject look shared by two people (pronouns._coordinated,
  _clauses_after). Issue 24, class 1.
* A one-word plural name after "the" ("trained with the Ospreys"), a team the NER tagged
  PERSON, took the "he" of the player the story is about (pronouns._plural_after_the).
* "Residents opposed the developer saying …", "The councillor quit the Greens saying …": a
  participle hung, with no comma, on an organisation object speaks for the verb's subject, not
  for the organisation (subjects._organisation_object_subject). Negative cases: a document's
  participle ("released a statement saying"), an organisation after a verb of showing or
  hearing ("Footage showed the company admitting …", "Reporters heard the club saying …").
"""

from __future__ import annotations

import pytest

from .helpers import MODEL_IDS, MODELS, check_speaker_actors, one_quote, quotes_per_text

SURNAME_SUBJECTS = [
    ("Its lead Hilary Vance was named best actress. Judith Crane won the comedy prize. Vance, "
     "who won the Golden Globe and Oscar in 2003, thanked the cast. \"You carried me through "
     "the winter,\" she said.", "You carried me", "Hilary Vance"),
    ("The singer Robin Hart was named best newcomer. Fiona Blake took the award for best album. "
     "Hart, who recorded the song with Elton John last year, thanked her fans. \"I could not "
     "have done it without them,\" she said.", "I could not have done it", "Robin Hart"),
    ("Its star Hilary Kemp was best actress. Annette Lowe won best actress in a comedy. Kemp, "
     "who also won an Oscar for the film, paid tribute to her director. \"You made this "
     "possible,\" she said.", "You made this possible", "Hilary Kemp"),
    ("The film won three awards on Sunday. Its star Hilary Moss was named best actress. Laura "
     "Bell won the prize for best supporting actress. Moss, who played opposite Tom Hanks in "
     "the drama, thanked the director. \"He trusted me with the role,\" she said.",
     "He trusted me", "Hilary Moss"),
]
SURNAME_SUBJECTS_UNCHANGED = [
    ("The actress Sally Fenn won the prize. Tessa Lord came second. Fenn, who starred with "
     "Michael Caine in the film, said she had not expected to win. \"I am speechless,\" she "
     "said.", "I am speechless", "Sally Fenn"),
    ("The charity has a new chief. Its founder Robin Lacey stepped down last year. Anne Fox ran "
     "the board for a decade. Lacey, who set it up with David Moore in 1990, praised her "
     "successor. \"She will do a great job,\" she said.", "She will do a great job",
     "Robin Lacey"),
    ("Shares in the bank rose sharply. Analyst Jean Clarke said the results were strong. Helen "
     "Ward also praised the figures. Clarke, who worked with Peter Hill at the bank for a "
     "decade, said the board had been cautious. \"They waited for the right moment,\" she said.",
     "They waited for the right moment", "Jean Clarke"),
    ("Sir Elton John praised Madonna, who sang with Kylie Minogue on Saturday. \"She was "
     "magnificent,\" he said.", "She was magnificent", "Elton John"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_she_said_after_a_bare_surname_subject_is_that_womans(model):
    check_speaker_actors(SURNAME_SUBJECTS, model)


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_subjects_named_in_full_or_not_surnames_are_unchanged(model):
    check_speaker_actors(SURNAME_SUBJECTS_UNCHANGED, model)


TEAMS = [
    ("Hooker Dafydd Price has signed a new deal. The injury kept Price out for most of the "
     "season. He watched the Ospreys win the league from the stands, but he said that he had "
     "never lost hope. \"I knew I would be back,\" Price said.", "never lost hope"),
]
TEAMS_UNCHANGED = [
    ("Wales prop Rhodri Evans looks set to stay with Bath. The collapse of his old region left "
     "Evans without a club last summer. Although he trained with the Ospreys at the request of "
     "the national coach, he admitted that he had felt let down. \"Nobody called me for "
     "weeks,\" Evans said.", "felt let down", "Rhodri Evans"),
    ("Gareth Pugh is set to stay at Bristol next season. Although he had offers from the "
     "Hornets over the summer, he admitted that he was tempted to leave. \"The club has been "
     "good to me,\" Pugh said.", "tempted to leave", "Gareth Pugh"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_team_named_after_the_is_no_he(model):
    """The team never takes the "he" (the official model gave it the Ospreys at the start); the
    player does where the pronoun is resolved (en_news_sm leaves it unresolved here)."""
    for (text, words), quotes in zip(TEAMS, quotes_per_text([t for t, _ in TEAMS], model)):
        actor = one_quote(quotes, words)["speaker_actor"]
        assert actor in ("Dafydd Price", None) or actor != actor, (text, actor)  # NaN: none
    check_speaker_actors(TEAMS_UNCHANGED, model)


SAYING = [
    ("Villagers have opposed the company saying the quarry would ruin the valley.",
     "the quarry would ruin", "Villagers"),
    ("The councillor quit the Greens saying the party had lost its way.",
     "the party had lost its way", "The councillor"),
    ("Campaigners have shut down the website saying it had done its job.",
     "it had done its job", "Campaigners"),
]
SAYING_UNCHANGED = [
    ("She released a statement saying she would appeal against the ruling.",
     "she would appeal", "She"),
    ("Footage showed the company admitting that the tests had been rigged.",
     "the tests had been rigged", "the company"),
    ("Reporters heard the club saying the fans would be welcome.", "the fans would be welcome",
     "the club"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_saying_on_an_organisation_object_is_the_subjects(model):
    cases = SAYING + SAYING_UNCHANGED
    for (text, words, speaker), quotes in zip(cases, quotes_per_text([t for t, _, _ in cases],
                                                                     model)):
        assert one_quote(quotes, words)["speaker"] == speaker, text
