"""Women lost or left ungendered (issue 24), session 18: classes found by reading a fresh BBC
sample (benchmarks/audits/women-sample-s18.txt) and web-style text of our own.

1. An unnamed speaker whose phrase gives a gender ("a spokeswoman for the trust", "a club
   spokesman") keeps the he/she that follows her words even when her report names a person as
   its subject ("A spokeswoman said Robin Ashworth would remain in charge. She said …"): that
   person is what she talks about, not the story's new subject, and must not collect her
   pronoun — else a person with a first name the statistics leave ungendered is gendered by
   someone else's "she" and given her words
   (analysis.engine.quotes.pronouns._unnamed_previous). Also when the report's verb reads as a
   cue of its own ("… said Jamie Latimer would continue as director").
   What must not change: a person who becomes the subject of a sentence of narration after the
   report takes the pronoun ("Casey Morgan, who runs the cafe, welcomed the news. She said …"),
   and a named speaker's own pronoun stays hers.
2. A one-word name with an occupation the NER took into it at the start of a sentence ("Singer
   Kavya has cancelled …", "Model Caprice …") is the person "Kavya", gendered by her pronouns
   or her first name, not an actor "Singer Kavya" whose first word "Singer" the name
   statistics cannot gender (analysis.engine.names.strip_title, _mononym_after). What must not
   change: an occupation word many people bear as a first name ("Star Jones", "Author"), a
   gendered role noun used as a form of address ("Mother Teresa"), two-word names.
"""

from __future__ import annotations

import pytest

from analysis import analyze
from analysis.engine.names import normalise, strip_title

from .helpers import MODEL_IDS, MODELS
from .helpers import one_quote as _row

# (text, words of the pronoun's quote, the person named in the report)
UNNAMED_KEEPS = [
    ("A spokeswoman for the trust said Robin Ashworth would remain in charge of the ward until "
     "a replacement was found. She said the review would be published in the spring.",
     "the review would be published", "Robin Ashworth"),
    ("A club spokesman said Casey Durant had been released from hospital on Sunday night. He "
     "said the family had asked for privacy.", "the family had asked", "Casey Durant"),
    ("A festival spokeswoman said Jamie Latimer would continue as artistic director next year. "
     "She said the line-up would be announced in March.", "the line-up would be announced",
     "Jamie Latimer"),
    ("An airline spokeswoman told reporters that Morgan Ellery had been flying the plane. She "
     "added that the crew were being looked after in a hotel near the airport.",
     "the crew were being looked after", "Morgan Ellery"),
]
# (text, words of the pronoun's quote, its speaker actor, the gender of that speaker)
PERSON_TAKES = [
    ("A council spokeswoman said the road would reopen on Monday. Casey Morgan, who runs the "
     "cafe on the corner, welcomed the news. She said trade had fallen by half since the works "
     "began.", "trade had fallen by half", "Casey Morgan", "female"),
    ("A spokesman for the police said Taylor Brennan had been charged with assault. Brennan, "
     "34, denied the charge in court on Tuesday. He said he had acted in self-defence.",
     "he had acted in self-defence", "Taylor Brennan", "male"),
    ("Robin Ashworth, who runs the ward, said the trust had ignored her warnings for a year. "
     "She said the review would be published in the spring.", "the review would be published",
     "Robin Ashworth", "female"),
]


def _run(texts, model):
    corpus = analyze(list(texts), model=model, progress=False)
    ids = list(corpus.articles["article_id"])
    return corpus, ids


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_an_unnamed_speaker_keeps_her_pronoun_over_a_person_in_her_report(model):
    corpus, ids = _run([t for t, *_ in UNNAMED_KEEPS], model)
    for (text, words, person), a in zip(UNNAMED_KEEPS, ids):
        row = _row(corpus.quotes[corpus.quotes["article_id"] == a], words)
        assert row["speaker_actor"] is None, (text, row.to_dict())
        assert row["speaker_type"] == "anonymous", (text, row.to_dict())
        sources = corpus.sources[corpus.sources["article_id"] == a]
        assert person not in set(sources["actor"]), (text, sources.to_dict("records"))


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_person_who_becomes_the_subject_after_the_report_still_takes_the_pronoun(model):
    corpus, ids = _run([t for t, *_ in PERSON_TAKES], model)
    for (text, words, actor, gender), a in zip(PERSON_TAKES, ids):
        row = _row(corpus.quotes[corpus.quotes["article_id"] == a], words)
        assert row["speaker_actor"] == actor, (text, row.to_dict())
        sources = corpus.sources[corpus.sources["article_id"] == a].set_index("actor")
        assert sources.loc[actor, "gender"] == gender, (text, sources.to_dict("index"))


# (text, the person's actor, her gender)
MONONYMS = [
    ("Singer Kavya has cancelled two concerts in Manchester after losing her voice. \"I am "
     "gutted,\" Kavya said on Instagram. She said the shows would be rescheduled.", "Kavya",
     "female"),
    ("Model Caprice and actor Tom Hale both left the villa on Friday night. Caprice, who was "
     "voted out by viewers, said: \"I am so glad to be going home.\"", "Caprice", "female"),
    ("Rapper Kwesi has paid for ten more university scholarships for pupils from his old "
     "school. \"Education changed my life,\" he said.", "Kwesi", "male"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_an_occupation_before_a_one_word_name_is_no_part_of_it(model):
    corpus, ids = _run([t for t, *_ in MONONYMS], model)
    for (text, actor, gender), a in zip(MONONYMS, ids):
        sources = corpus.sources[corpus.sources["article_id"] == a].set_index("actor")
        assert list(sources.index) == [actor], (text, sources.to_dict("index"))
        assert sources.loc[actor, "gender"] == gender, (text, sources.to_dict("index"))


@pytest.mark.parametrize("text, role, name", [
    ("Singer Kavya", "Singer", "Kavya"),
    ("Model Caprice", "Model", "Caprice"),
    ("Chef Heston", "Chef", "Heston"),
])
def test_strip_title_cuts_an_occupation_before_a_mononym(text, role, name):
    assert strip_title(text) == (role, name)
    assert normalise(text, "PERSON") == name


@pytest.mark.parametrize("name", ["Star Jones", "Author Jones", "Mother Teresa",
                                  "Baker Mayfield", "Hunter Biden", "Singer NASA"])
def test_a_name_whose_first_word_is_also_an_occupation_is_kept(name):
    assert normalise(name, "PERSON") == name


# (text, the person's actor) — "host", "heir", "steward": words news uses for women and men
# alike are no male evidence, so the woman's own "she" genders her (lead's mend, session 18)
NEUTRAL_ROLES = [
    ("Talk show host Marlo Quint said she had been overwhelmed by the messages. \"I did not "
     "expect any of this,\" she said on Tuesday.", "Marlo Quint"),
    ("The club's chief steward, Ossie Brandt, said she had asked fans to stay calm. \"Nobody "
     "was hurt,\" she said.", "Ossie Brandt"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_role_word_of_either_gender_does_not_overrule_her_pronoun(model):
    corpus, ids = _run([t for t, _ in NEUTRAL_ROLES], model)
    for (text, actor), a in zip(NEUTRAL_ROLES, ids):
        sources = corpus.sources[corpus.sources["article_id"] == a].set_index("actor")
        assert sources.loc[actor, "gender"] == "female", (text, sources.to_dict("index"))
