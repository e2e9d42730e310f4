"""Issue 22, items 11-12: one article cannot rename an actor (strike-through and other overlay
marks, the majority spelling shown) and invisible format characters (soft hyphen, zero-width
joiner…) never split one actor into two. Only the actor is normalised, never the mention text."""

from __future__ import annotations

import random

import pandas as pd
import pytest

from analysis import analyze
from analysis.assembly import assemble
from analysis.assembly.merges import merge_variants
from analysis.engine.aliases import read_aliases
from analysis.engine.canonical import canonicalise_article
from analysis.engine.names import clean, fold, normalise

STRUCK = "".join(c + "\u0336" for c in "Joe Biden")  # J̶o̶e̶ ̶B̶i̶d̶e̶n̶
SOFT, ZWJ, ZWSP = "Joe Bi\u00adden", "Joe Bi\u200dden", "Joe\u200b Biden"


# ---- the name forms ---------------------------------------------------------------------------

@pytest.mark.parametrize("raw", [STRUCK, SOFT, ZWJ, ZWSP, "Joe Bi\u2060den", "\ufeffJoe Biden",
                                 "".join(c + "\u0335" for c in "Joe Biden")])
def test_invisible_and_overlay_characters_are_not_part_of_a_name(raw):
    assert clean(raw) == "Joe Biden"
    assert fold(raw) == fold("Joe Biden") == "joe biden"
    assert normalise(f"President {raw}'s", "PERSON") == "Joe Biden"


def test_clean_composes_diacritics_and_keeps_real_ones():
    assert clean("Sebastia\u0301n Pin\u0303era") == "Sebastián Piñera"  # NFC
    assert clean("Recep Tayyip Erdoğan") == "Recep Tayyip Erdoğan"
    assert clean("Ngũgĩ wa Thiong\u2019o") == "Ngũgĩ wa Thiong\u2019o"
    assert fold("İstanbul") == "istanbul"  # casefold's own combining dot is dropped too


# ---- one article's names ----------------------------------------------------------------------

def test_canonicalise_article_links_through_format_characters():
    mentions = [("Joe Biden", "PERSON", 0), ("Bi\u00adden", "PERSON", 40),
                (f"Presi\u00addent {STRUCK}", "PERSON", 80), (ZWJ, "PERSON", 140),
                ("U.\u200bS.", "GPE", 160)]
    actors = [actor for actor, _ in canonicalise_article(mentions, read_aliases())]
    assert actors == ["Joe Biden"] * 4 + ["United States"]


# ---- the displayed spelling -------------------------------------------------------------------

def votes(*rows: tuple[str, int, int]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["actor", "articles", "mentions"])


def test_the_spelling_most_articles_use_is_shown():
    # accented in most articles: shown accented, even when the plain form has more mentions
    assert merge_variants(votes(("Sebastián Piñera", 3, 4), ("Sebastian Pinera", 2, 9))) == \
        {"Sebastian Pinera": "Sebastián Piñera"}
    # one article's accented (or decorated) spelling does not rename the others' actor
    assert merge_variants(votes(("Joe Biden", 3, 3), ("Jöe Bîden", 1, 5))) == \
        {"Jöe Bîden": "Joe Biden"}
    assert merge_variants(votes(("Joe Biden", 3, 3), (STRUCK, 1, 7))) == {STRUCK: "Joe Biden"}
    # a format character or an overlay never reaches the displayed name, even alone
    assert merge_variants(votes((SOFT, 1, 1))) == {SOFT: "Joe Biden"}
    assert merge_variants(votes((STRUCK, 2, 2), (SOFT, 1, 1))) == {STRUCK: "Joe Biden",
                                                                  SOFT: "Joe Biden"}


def test_ties_go_to_the_proper_form_in_a_stable_order():
    underlined = "".join(c + "\u0332" for c in "Joe Biden")  # not an overlay, never composed
    rows = [("Joe Biden", 1, 1), (underlined, 1, 1), ("Recep Tayyip Erdogan", 2, 2),
            ("Recep Tayyip Erdoğan", 2, 2), ("Sebastia\u0301n Pin\u0303era", 1, 2),
            ("Sebastian Pinera", 1, 2)]
    expected = {underlined: "Joe Biden", "Recep Tayyip Erdogan": "Recep Tayyip Erdoğan",
                "Sebastia\u0301n Pin\u0303era": "Sebastián Piñera",
                "Sebastian Pinera": "Sebastián Piñera"}
    for seed in range(5):
        random.Random(seed).shuffle(rows)
        assert merge_variants(votes(*rows)) == expected
    # mentions alone (a Series, as before): they decide, ties as above
    assert merge_variants(pd.Series({"Joe Biden": 3, STRUCK: 1})) == {STRUCK: "Joe Biden"}


# ---- the corpus-level step on tables (no model) -----------------------------------------------

def tables(texts: dict[str, str], names: dict[str, str]):
    """Articles, and one PERSON entity and one quote per article whose speaker is ``names[id]``,
    with the raw actor an older run stored (the mention text itself)."""
    articles = pd.DataFrame({"article_id": list(texts), "text": list(texts.values())})
    ents, quotes = [], []
    for i, (aid, text) in enumerate(texts.items()):
        name = names[aid]
        start = text.index(name)
        ents.append({"article_id": aid, "entity_id": f"{aid}-e0", "text": name,
                     "label": "PERSON", "start": start, "end": start + len(name),
                     "sentence_id": 0, "paragraph_id": 0, "actor": name})
        q0 = text.index("the plan")
        quotes.append({"article_id": aid, "quote_id": f"{aid}-q0", "quote": "the plan",
                       "start": q0, "end": q0 + 8, "kind": "indirect", "cue": "said",
                       "cue_lemma": "say", "speaker": name, "speaker_start": start,
                       "speaker_end": start + len(name), "speaker_type": "person",
                       "speaker_actor": name, "speaker_role": None, "sentence_id": 0,
                       "paragraph_id": 0})
    return articles, ents, quotes


def test_one_struck_article_does_not_rename_the_actor():
    names = {"a0": "Joe Biden", "a1": "Joe Biden", "a2": STRUCK, "a3": "Joe Biden"}
    texts = {aid: f"{name} said the plan would work." for aid, name in names.items()}
    articles, ents, quotes = tables(texts, names)
    entities, actors, quotes = assemble(articles, ents, quotes)
    assert list(actors["actor"]) == ["Joe Biden"]
    assert actors["articles"].tolist() == [4] and actors["mentions"].tolist() == [4]
    assert set(entities["actor"]) == {"Joe Biden"}
    assert set(quotes["speaker_actor"]) == {"Joe Biden"}
    # the mention text and speaker stay exactly as written
    for row in entities.itertuples():
        assert row.text == texts[row.article_id][row.start:row.end]
    assert quotes.set_index("article_id").at["a2", "speaker"] == STRUCK


def test_format_characters_do_not_split_an_actor():
    names = {"a0": "Joe Biden", "a1": SOFT, "a2": ZWJ, "a3": "Joe Bi\u2060den"}
    texts = {aid: f"{name} said the plan would work." for aid, name in names.items()}
    articles, ents, quotes = tables(texts, names)
    # a speaker named only in a quote (no entity) is cleaned as well
    quotes[3] = {**quotes[3], "speaker_actor": "Kamala Har\u00adris"}
    entities, actors, quotes = assemble(articles, ents, quotes)
    assert dict(zip(actors["actor"], actors["mentions"])) == {"Joe Biden": 4}
    assert list(entities["actor"]) == ["Joe Biden"] * 4
    assert list(entities["text"]) == list(names.values())
    assert list(quotes["speaker_actor"]) == ["Joe Biden"] * 3 + ["Kamala Harris"]


# ---- end to end, with the model ---------------------------------------------------------------

def test_end_to_end_one_article_cannot_rename_or_split_an_actor():
    texts = ["President Joe Biden said on Monday that the talks would resume in Geneva.",
             "Joe Biden told reporters the economy was growing faster than expected.",
             "Joe Biden met the governors at the White House on Tuesday.",
             f"{STRUCK} said the plan would cost less than critics claimed.",
             f"{SOFT} said the bill would pass the Senate next week.",
             f"{ZWJ} said jobs were coming back to Ohio."]
    c = analyze(pd.DataFrame({"article_id": [f"a{i}" for i in range(6)], "text": texts}),
                progress=False)
    people = c.actors[c.actors["label"] == "PERSON"]
    assert list(people["actor"]) == ["Joe Biden"], people  # no "Joe", no struck or hyphenated
    assert people["articles"].tolist() == [6]
    persons = c.entities[c.entities["label"] == "PERSON"]
    assert set(persons["actor"]) == {"Joe Biden"}
    assert set(persons["article_id"]) == set(c.articles["article_id"])
    said = c.quotes.set_index("article_id")["speaker_actor"]
    assert said.reindex(["a1", "a3", "a4", "a5"]).tolist() == ["Joe Biden"] * 4
    text = dict(zip(c.articles["article_id"], c.articles["text"]))
    for row in c.entities.itertuples():  # offsets exact: the mention text is never normalised
        assert row.text == text[row.article_id][row.start:row.end]
    assert {STRUCK, SOFT, ZWJ} <= set(persons["text"])


def test_the_model_reads_a_word_without_its_hidden_characters(nlp):
    from analysis.engine.entities import see_through_hidden

    doc = see_through_hidden(nlp.make_doc(f"{SOFT} and {STRUCK} met Mr Bi\u200dden."))
    plain = nlp.make_doc("Joe Biden and Joe Biden met Mr Biden.")
    assert [t.text for t in doc] != [t.text for t in plain]  # the text is untouched …
    for attr in ("norm_", "shape_", "prefix_", "suffix_"):  # … the features are the clean word's
        assert [getattr(t, attr) for t in doc] == [getattr(t, attr) for t in plain], attr
