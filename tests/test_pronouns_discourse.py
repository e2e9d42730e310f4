"""Speaker pronouns resolved from the discourse, with gender decided jointly with the links
(analysis.engine.quotes.pronouns, issue 24 class 1). Each case holds on both models (run once
more with ``ANALYSIS_SPACY_MODEL=../shared/models/en_news_sm-3.8.0``)."""

from __future__ import annotations

from analysis.engine.quotes.pronouns import resolve_pronoun
from analysis.engine.quotes.types import Speaker

from .helpers import attributions, context, parse


def speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    """``(start of the quote, speaker text, speaker actor)`` of each attribution."""
    return [(text[a.start:a.end][:30], a.speaker.text if a.speaker else None,
             a.speaker.actor if a.speaker else None) for a in attributions(text)]


def actor_after(text: str, quote_start: str) -> str | None:
    """The speaker actor of the quote starting with ``quote_start``."""
    found = [a for q, _, a in speakers(text) if q.startswith(quote_start)]
    assert len(found) == 1, speakers(text)
    return found[0]


def test_she_after_her_own_quotes_not_the_minister_of_the_first_paragraph():
    # a rare first name (no gender in the statistics), a woman minister named in passing
    text = ("Health Minister Sarah Collins opened the ward in Leeds on Monday.\n\n"
            "Oyelaran Adeyemi has worked as a nurse on the children's ward for twenty years. "
            "\"We waited a long time for this building,\" Adeyemi said. \"The old rooms had no "
            "windows.\"\n\n"
            "Adeyemi said the ward had first been promised by Collins in 2015, long before the "
            "election. \"The families deserve rooms where they can sleep next to their "
            "children,\" she added.")
    assert "Adeyemi" in actor_after(text, "The families deserve")


def test_she_said_right_after_her_quote_with_a_name_the_ner_mislabels():
    text = ("Temitope Bello found her shop window smashed on Sunday morning. "
            "\"They took everything from the till,\" Bello said. \"I had just paid the rent,\" "
            "she said.\n\n"
            "Detective Inspector Mark Hughes said officers were reviewing camera footage. "
            "Bello has offered a reward for information. \"We expect to make an arrest soon,\" "
            "he said.")
    assert "Bello" in (actor_after(text, "I had just paid") or "")
    assert actor_after(text, "We expect to make") == "Mark Hughes"


def test_two_women_alternating():
    text = ("Senator Linda Marsh and Representative Ayaan Qureshi clashed over the budget on "
            "Monday.\n\n"
            "\"This bill abandons rural hospitals,\" Qureshi said. \"We will not vote for it,\" "
            "she said.\n\n"
            "Marsh defended the cuts. \"Every department has to share the burden,\" she said."
            "\n\n"
            "Qureshi called the cuts cruel. \"Tell that to a mother driving two hours to give "
            "birth,\" she said.")
    assert actor_after(text, "We will not vote") == "Ayaan Qureshi"
    assert actor_after(text, "Every department") == "Linda Marsh"
    assert actor_after(text, "Tell that to a mother") == "Ayaan Qureshi"


def test_a_he_goes_to_the_man_with_an_ambiguous_name_not_the_minister():
    # "Robin" is ambiguous in the name statistics; the minister's gender is known
    text = ("Minister Angela Reyes visited the harbour on Friday.\n\n"
            "Mr Robin Ashworth, the harbour master, led her along the quay. Reyes praised the "
            "new crane. \"We rebuilt the whole quay in eighteen months,\" he said.")
    assert actor_after(text, "We rebuilt") == "Robin Ashworth"


def test_a_she_link_makes_the_person_female_for_the_rest_of_the_article():
    # "Kerry" has no gender in the statistics: after "she" is linked to Kerry Walsh, a later
    # "he" cannot take her, even as the latest subject, and goes to the man who spoke before
    text = ("Kerry Walsh runs the bakery on the corner. \"I heard the glass break and ran "
            "outside,\" Walsh said. \"The car was already gone,\" she said.\n\n"
            "Sergeant Paul Dunne said officers had found the car abandoned near the canal. "
            "Walsh thanked the officers. \"We expect to charge two men this week,\" he said.")
    assert actor_after(text, "The car was already") == "Kerry Walsh"
    assert actor_after(text, "We expect to charge") == "Paul Dunne"


def test_learned_gender_excludes_the_person_for_a_later_pronoun():
    doc = parse("Kerry Walsh runs the bakery. She said the car was gone. He said it was red.")
    ctx = context(doc)
    she, he = [t for t in doc if t.lower_ in ("she", "he")]
    assert ctx.genders.get("Kerry Walsh") is None
    assert resolve_pronoun(she, ctx, []).actor == "Kerry Walsh"
    assert ctx.learned_genders["Kerry Walsh"][0] == "f"
    assert resolve_pronoun(he, ctx, []) is None  # no man in the article


def test_they_after_an_organisation():
    text = ("The Environment Agency published its report on the river on Thursday.\n\n"
            "\"The readings are the worst we have seen in a decade,\" they said.")
    found = [a for a in attributions(text) if text[a.start:a.end].startswith("The readings")]
    assert len(found) == 1 and found[0].speaker.type == "organization"
    assert found[0].speaker.actor == "Environment Agency"


def test_they_still_prefers_the_last_group_speaker():
    doc = parse("Critics said the plan was flawed. Acme Corp published a reply. They said it "
                "would fail.")
    they = [t for t in doc if t.text == "They"][0]
    prior = [Speaker("Critics", 0, 7, "group", None, None)]
    assert resolve_pronoun(they, context(doc), prior).type == "group"


def test_a_pronoun_opening_a_paragraph_after_a_quote_paragraph():
    text = ("Energy Secretary Claire Dunmore promised new pylons in the spring.\n\n"
            "\"We were told the factory would stay open,\" said Ifeoma Nwachukwu, a union "
            "representative at the plant, who has worked there since 1998.\n\n"
            "\"Then the letters arrived,\" she said. \"Nobody from the company came to "
            "explain.\"")
    assert "Nwachukwu" in (actor_after(text, "Then the letters") or "")
