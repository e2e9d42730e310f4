"""Issue 24, session 18: people whose corpus-wide label is not PERSON, and shared subjects.

1. An actor the corpus labels other than PERSON (the label vote pools articles: a name tagged
   GPE in two articles outvotes a third where it is a woman quoted as "she") is a person in an
   article whose own mentions say so — most of them PERSON there, or two he/she pronouns linked
   to it (analysis.assembly.merges.article_people): its quotes there make it a source, with the
   gender of that article (gender_evidence ``article_people``); a lone surname there joins the
   article's one full name (merges.article_surnames). One stray "her" does not.
2. A mention the NER gave another label is the person the article names with that label
   elsewhere (analysis.engine.quotes.pronouns._person_of): a candidate for he/she.
3. A subject shared with another person ("Ardell and drum 'n' bass star Robin Vale have
   released …", parsed with Vale as the subject) neither ends the previous speaker's turn nor
   takes a narrative "she" (pronouns._joined_with, _joined_before, _coordinated).
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.assembly import assemble, build_sources
from analysis.assembly.merges import article_people
from analysis.engine.quotes import pronouns as P
from analysis.engine.quotes.context import ArticleContext
from analysis.engine.quotes.pronouns import article_genders
from analysis.engine.quotes.spans import Intervals
from analysis.engine.records import MentionRecord

from .helpers import MODEL_IDS, MODELS, quotes_per_text
from .helpers import one_quote as _row

# ---- 1. the article's own evidence (no model) ---------------------------------------------------


def _mention_rows(rows):
    return pd.DataFrame(rows, columns=["article_id", "actor", "label", "pronouns", "n"])


def test_article_people_reads_the_articles_own_mentions():
    rows = _mention_rows([
        ("a1", "Varga", "GPE", None, 3),              # a town in this article
        ("a2", "Varga", "PERSON", None, 2),           # a woman here: PERSON on most mentions
        ("a2", "Varga", "GPE", None, 1),
        ("a3", "Osei", "ORG", "she she", 1),          # two linked pronouns
        ("a3", "Osei", "ORG", None, 2),
        ("a4", "Orbis", "ORG", "her", 1),             # one stray link: not a person
        ("a4", "Orbis", "ORG", None, 3),
        ("a5", "Tom Hale", "ORG", None, 1),           # PERSON in the corpus: left out
        ("a6", "Kellan", "PERSON", None, 1),          # a tie is no majority
        ("a6", "Kellan", "ORG", None, 1),
    ])
    found = article_people(rows, {"Tom Hale"})
    assert found == {("a2", "Varga"), ("a3", "Osei")}


def _tables():
    """Four articles: "Varga" is a town in a0 and a1 (GPE, three mentions each), a woman quoted
    in a2 (PERSON there, "she" twice) and the surname of Lena Varga in a3 (GPE there, but "she"
    linked twice); "Orbis", a magazine, gets one stray "her" in a4."""
    texts = {
        "a0": "Varga is a port. Varga has a bridge. Varga grew.",
        "a1": "Varga is a port. Varga has a bridge. Varga grew.",
        "a2": "Varga said the plan would work. Varga left early.",
        "a3": "Lena Varga said the plan would work. Varga left. Varga won.",
        "a4": "Orbis said the plan would work. Orbis sold well. Orbis grew.",
    }
    spec = {  # article: [(word, label, pronouns)] in text order
        "a0": [("Varga", "GPE", None)] * 3,
        "a1": [("Varga", "GPE", None)] * 3,
        "a2": [("Varga", "PERSON", "she"), ("Varga", "PERSON", "she")],
        "a3": [("Lena Varga", "PERSON", None), ("Varga", "GPE", "she"), ("Varga", "GPE", "she")],
        "a4": [("Orbis", "ORG", "her"), ("Orbis", "ORG", None), ("Orbis", "ORG", None)],
    }
    articles = pd.DataFrame({"article_id": list(texts), "text": list(texts.values())})
    ents, quotes = [], []
    for aid, text in texts.items():
        at = 0
        for n, (word, label, said) in enumerate(spec[aid]):
            start = text.index(word, at)
            at = start + len(word)
            ents.append({"article_id": aid, "entity_id": f"{aid}-e{n}", "text": word,
                         "label": label, "start": start, "end": at, "sentence_id": n,
                         "paragraph_id": 0, "actor": word, "pronouns": said})
        if "said" in text:
            speaker = text[:text.index(" said")]
            q0 = text.index("the plan")
            quotes.append({"article_id": aid, "quote_id": f"{aid}-q0", "quote": "the plan",
                           "start": q0, "end": q0 + 8, "kind": "indirect", "cue": "said",
                           "cue_lemma": "say", "speaker": speaker, "speaker_start": 0,
                           "speaker_end": len(speaker), "speaker_type": "person",
                           "speaker_actor": speaker, "speaker_role": None, "sentence_id": 0,
                           "paragraph_id": 0})
    return articles, ents, quotes


def test_a_name_labelled_a_place_across_the_corpus_is_a_source_where_its_article_says_person():
    articles, ents, quotes = _tables()
    entities, actors, quotes = assemble(articles, ents, quotes)
    labels = dict(zip(actors["actor"], actors["label"]))
    assert labels["Varga"] == "GPE"  # the corpus vote stays as it was
    sources = build_sources(quotes, actors, entities)
    found = {(r.article_id, r.actor): r.gender for r in sources.itertuples()}
    # a2: Varga is a woman quoted there, with her article's gender
    assert found.get(("a2", "Varga")) == "female", found
    # a3: the lone surname joined Lena Varga there (her "she"s count for her), not elsewhere
    assert ("a3", "Lena Varga") in found and ("a3", "Varga") not in found
    a3 = entities[entities["article_id"] == "a3"]
    assert set(a3["actor"]) == {"Lena Varga"}
    assert set(entities.loc[entities["article_id"] == "a0", "actor"]) == {"Varga"}
    # a4: one stray "her" does not make a magazine a person
    assert not any(a == "a4" for a, _ in found), found


# ---- 2. a mention under another label of a person the article names ------------------------


def test_a_mention_under_another_label_is_the_person_the_article_names():
    text = ("Dana Whitlow arrived at the gala on Friday. Cheering at the front was Dana "
            "Whitlow, herself nominated twice.")
    first = MentionRecord("Dana Whitlow", "PERSON", 0, 12, "Dana Whitlow")
    at = text.index("Dana", 20)
    # the NER tags a name after "was" as a building at times
    second = MentionRecord("Dana Whitlow", "FAC", at, at + 12, "Dana Whitlow")
    ctx = ArticleContext(text, [first, second], {"Dana Whitlow": "PERSON"},
                         article_genders([first, second]), Intervals([]))
    assert P._person_of(second, ctx) == "Dana Whitlow"
    # negative: a FAC mention of an actor the article never names as a PERSON stays a place
    hall = MentionRecord("Dana Whitlow", "FAC", at, at + 12, "Whitlow Hall")
    ctx = ArticleContext(text, [first, hall], {"Dana Whitlow": "PERSON"},
                         article_genders([first, hall]), Intervals([]))
    assert P._person_of(hall, ctx) is None


# ---- 3. a subject shared with another person ---------------------------------------------------

SHARED = ("Soul singer Maggie Ardell said she recorded the song after the floods in her home "
          "town.\n\nArdell and drum 'n' bass star Robin Achebe have released Higher Ground to "
          "raise money for the families. She said she was \"heartbroken\" by the pictures of the "
          "flooded streets.")
# the story moves on: a clause of its own between the two names, so the newcomer takes "she"
MOVED_ON = ("Mayor Ann Holt said the bridge would open in May. Holt left the meeting early and "
            "council leader Kit Moreau stayed to answer questions. \"We will not wait,\" she "
            "said.")


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_subject_the_previous_speaker_shares_keeps_her_turn(model):
    shared, moved = quotes_per_text([SHARED, MOVED_ON], model)
    row = _row(shared, "she was")
    assert row["speaker"] == "She" and row["speaker_actor"] == "Maggie Ardell", row.to_dict()
    row = _row(moved, "We will not wait")
    assert row["speaker_actor"] == "Kit Moreau", row.to_dict()


NARRATIVE = ("R&B singer Donna Pike said she wrote the lyrics after the shooting of two "
             "teenagers.\n\nPike and drum 'n' bass star Kit Moreau have released No Return to "
             "raise money for the families. She said she was \"shaken\" by the deaths. Moreau "
             "said he produced the track in a week.")


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_narrative_she_after_a_shared_subject_is_not_the_man_named_last(model):
    import analysis

    corpus = analysis.analyze(pd.DataFrame({"text": [NARRATIVE]}), model=model, processes=1)
    genders = dict(zip(corpus.sources["actor"], corpus.sources["gender"]))
    assert genders.get("Donna Pike") == "female", genders
    assert genders.get("Kit Moreau") == "male", genders


# ---- 4. a name that qualifies the noun after it is no co-speaker -----------------------------


def test_a_name_qualifying_the_noun_after_it_is_no_cospeaker():
    from analysis.assembly.sources import cospeakers

    def joined(phrase, *names):
        spans = [(phrase.index(n), phrase.index(n) + len(n), n) for n in names]
        return cospeakers(phrase, spans)

    # the officials speak, not the parish named like a person
    assert joined("Millbrook and Carver Parish officials", "Carver Parish") == []
    assert joined("Dana Whitby and Lee Moss campaign aides", "Lee Moss") == []
    # negative: names that head the phrase stay co-speakers, whatever follows them
    assert joined("Senators Ann Lee and Tom Hart", "Ann Lee", "Tom Hart") == ["Ann Lee",
                                                                             "Tom Hart"]
    assert joined("Tom Hart and his wife Ann Lee", "Tom Hart", "Ann Lee") == ["Tom Hart",
                                                                             "Ann Lee"]
    assert joined("Ann Lee, a nurse, and Tom Hart", "Ann Lee", "Tom Hart") == ["Ann Lee",
                                                                              "Tom Hart"]


def test_the_contract_takes_a_person_by_its_article_and_refuses_one_without_evidence():
    """validate_corpus's cross-table rule (analysis.schema.stray_sources): a source whose corpus
    label is not PERSON is valid where its article mentions it as a person (a PERSON mention or
    a linked he/she), not in an article where it is only a place."""
    from analysis.schema import stray_sources

    articles, ents, quotes = _tables()
    entities, actors, quotes = assemble(articles, ents, quotes)
    sources = build_sources(quotes, actors, entities)
    ids = articles["article_id"]
    assert ("a2", "Varga") in set(zip(sources["article_id"], sources["actor"]))
    assert not stray_sources(sources, actors, entities, ids).any()
    row = sources[(sources["article_id"] == "a2") & (sources["actor"] == "Varga")]
    moved = pd.concat([sources, row.assign(article_id="a0")], ignore_index=True)
    assert stray_sources(moved, actors, entities, ids).tolist() == [False] * len(sources) + [True]
    gone = row.assign(article_id="nowhere")
    assert stray_sources(gone, actors, entities, ids).all()
