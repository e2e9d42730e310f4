"""People the official model tags as organisations, issue 24, session 17: a woman (or man)
with a first name the small model does not know ("Nkechi Obiora", "Oyinkansola Bello") is
often tagged ORG; as a speaker she was then an organisation, and the sources table lost her.

A speaker phrase that is one ORG or GPE mention of two or three name words is a person when
the article shows one at a mention of the name (", who" and a verb in the singular or a
his/her after it, or "“…,” she said" after it as a speaker, with no other person or role
between), not from the first name alone, which companies named after people share (analysis.engine.quotes.speakers._named_person_of_org_label).
Organisations stay organisations ("Morgan Stanley said it would …").

A gendered role noun right before a person's name or in apposition to it ("her father,
Murray,", "actor Ossie Grant") genders a person whose first name the statistics leave
ungendered, for he/she (analysis.engine.quotes.pronouns.article_genders): "she said" after a
woman's story is not given to the man the text calls her father. A title or a first name of
known gender still decides first ("host Oprah Winfrey" is a woman); nouns that disagree
decide nothing.
"""

from __future__ import annotations

import pytest

from types import SimpleNamespace

from analysis.engine.quotes.pronouns import article_genders
from analysis.runs import analyze

from .helpers import MODEL_IDS, MODELS, quotes_per_text
from .helpers import one_quote as _row

# (text, words of the quote, the speaker's actor)
PEOPLE = [
    ("Residents packed the town hall on Tuesday. Nkechi Obiora, who runs a bakery on Main "
     "Street, said the new parking rules would drive customers away.",
     "the new parking rules", "Nkechi Obiora"),
    ("Oyinkansola Bello, who has taught at the school for eleven years, said the closure "
     "would hit the poorest families hardest.", "the closure would hit", "Oyinkansola Bello"),
    ("Ifeoma Nwosu told reporters the protest would go on until the site was cleaned up. "
     "“We are not going anywhere,” she said.", "the protest would go on", "Ifeoma Nwosu"),
    ("Yetunde Bakare said the clinic had run out of test kits twice this month. “We keep "
     "asking and nothing arrives,” she said.", "the clinic had run out", "Yetunde Bakare"),
]

# organisations: the same shapes without a person's evidence
ORGANISATIONS = [
    ("Morgan Stanley said it would cut 2,000 jobs. The chief executive said he regretted "
     "the decision.", "it would cut 2,000 jobs"),
    ("Deutsche Bank said it expected profits to fall. Analysts said he had little choice.",
     "it expected profits to fall"),
    # a group's "who" in the plural (British usage) is no person's
    ("Forest Guard, who have opposed the scheme from the start, said the figures were wrong.",
     "the figures were wrong"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_name_tagged_as_an_organisation_is_a_person_by_the_article(model):
    texts = [t for t, _, _ in PEOPLE]
    for (text, words, actor), quotes in zip(PEOPLE, quotes_per_text(texts, model)):
        row = _row(quotes, words)
        assert row.speaker_type == "person", (text, row.speaker, row.speaker_type)
        assert row.speaker_actor == actor, (text, row.speaker_actor)


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_organisations_stay_organisations(model):
    texts = [t for t, _ in ORGANISATIONS]
    for (text, words), quotes in zip(ORGANISATIONS, quotes_per_text(texts, model)):
        row = _row(quotes, words)
        assert row.speaker_type == "organization", (text, row.speaker, row.speaker_type)


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_the_women_are_female_sources(model):
    texts = [t for t, _, _ in PEOPLE]
    corpus = analyze(texts, model=model, processes=1)
    sources = corpus.sources
    people = sources[sources["speaker_type"] == "person"]
    found = dict(zip(people["actor"], people["gender"]))
    for _, _, actor in PEOPLE:
        assert found.get(actor) == "female", (actor, found)


# (text, words of the quote, the speaker's actor): "she" after a father named in apposition
FATHERS = [
    ("When Kiri Tane started racing in 1990 she was carrying on a family habit - her father, "
     "Murray, won the national title twice.\n\nAnd it was Murray who rebuilt an old kart so "
     "that his daughter could reach the pedals. She still drives with a cushion behind her "
     "back. “In a race car everything has to be exactly right,” she said.",
     "In a race car", "Kiri Tane"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_she_is_not_the_man_the_text_calls_her_father(model):
    texts = [t for t, _, _ in FATHERS]
    for (text, words, actor), quotes in zip(FATHERS, quotes_per_text(texts, model)):
        row = _row(quotes, words)
        assert row.speaker_actor == actor, (text, row.speaker_actor)


def _mentions(text, names):
    out = []
    for name, actor in names:
        start = text.index(name)
        out.append(SimpleNamespace(text=name, label="PERSON", start=start,
                                   end=start + len(name), actor=actor))
    return out


@pytest.mark.parametrize("text, name, actor, gender", [
    ("Her father, Murray, won the title twice.", "Murray", "Murray", "m"),
    ("Murray, her father, won the title twice.", "Murray", "Murray", "m"),
    ("Friends remembered actor Ossie Grant on Monday.", "Ossie Grant", "Ossie Grant", "m"),
    # words news uses for women and men alike (session 18) decide nothing
    ("Talk show host Ossie Grant was moved.", "Ossie Grant", "Ossie Grant", None),
    ("The steward, Ossie Grant, was moved.", "Ossie Grant", "Ossie Grant", None),
    ("The band's drummer and his wife, Jordan, arrived late.", "Jordan", "Jordan", "f"),
    # a first name of known gender decides before a role noun
    ("Talk show host Oprah Winfrey said she was moved.", "Oprah Winfrey", "Oprah Winfrey", "f"),
    # no role noun, or one that is no gender's: nothing
    ("Murray won the title twice.", "Murray", "Murray", None),
    ("Her coach, Murray, won the title twice.", "Murray", "Murray", None),
    # a capitalised word before the name is a title or a name, not a lower-case role noun
    ("Son Murray won the title twice.", "Murray", "Murray", None),
])
def test_role_noun_genders_an_ungendered_name(text, name, actor, gender):
    genders = article_genders(_mentions(text, [(name, actor)]), text)
    assert genders.get(actor) == gender, genders


def test_role_nouns_that_disagree_decide_nothing():
    text = "Her father, Murray, came. Later the actress Murray sang."
    first = text.index("Murray")
    second = text.index("Murray", first + 1)
    mentions = [SimpleNamespace(text="Murray", label="PERSON", start=p, end=p + 6,
                                actor="Murray") for p in (first, second)]
    assert "Murray" not in article_genders(mentions, text)
    assert "Murray" not in article_genders(mentions)  # without the text: as before
