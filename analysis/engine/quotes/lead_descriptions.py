"""Lead descriptions: a news lead that describes its speaker and names them in the next
sentence — "A British charity has criticised the series, claiming it is unfair. The Refugee
Support Trust has complained to the regulator", "The man who said he found the wreck has lost
his claim. Daniel Hale battled for years …" — resolved as a reader resolves them (session 26,
s31-audit; the audit of 31 fresh BBC articles found such speakers left anonymous, actor None).

**What is a lead description** (:func:`lead_antecedent`): a speaker phrase in the article's
first sentence, with no entity of its own but a country or nationality ("A British Muslim
group"), whose noun is no unnamed speaker's (``speaker_nouns`` ``anonymous``: "A spokesman
said" stays unnamed), no document's (``speaker_nouns`` ``document``) and no work's
(``work_nouns``: "a new documentary has revealed"), opening with "a"/"an" ("A British Muslim group",
"A senior economist") or written "the man"/"the woman" with a relative clause ("The man who
said …"). **Which actor**: the subject of the main verb of the article's second sentence,
when it is a named mention of the actor table: an organisation (ORG) for a noun naming a kind
of organisation (``organisation_anaphor_nouns`` or an organisation noun of ``speaker_nouns``),
a person (PERSON) for any other noun; with a place word in the description, not an
organisation written near other countries only (:func:`.org_anaphors.other_place`: "A US
firm … Paris-based LVMH"). Nothing else: the phrase stays as it was. Known error (the wider
check): "…, a charity has warned. The World Trade Organisation is to end …" takes the WTO, the
subject of the second sentence, for the charity (Christian Aid, named in the third).

Called by :func:`.speakers.describe_speaker` for a phrase still without an actor. Cost: a
check of the phrase's position (the first sentence only), then the parse of one sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ... import lexicons
from .context import ArticleContext, entities_in
from .org_anaphors import other_place, place_word

if TYPE_CHECKING:
    from spacy.tokens import Token


def _organisation_noun(head: Token) -> bool:
    lemma = head.lemma_.lower()
    return lemma in lexicons.words("organisation_anaphor_nouns") \
        or lexicons.table("speaker_nouns").get(lemma) == "organization"


def _is_lead_description(head: Token, tokens: list[Token]) -> bool:
    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN" or head.tag_ != "NN" or not tokens \
            or lexicons.table("speaker_nouns").get(lemma) in ("anonymous", "document") \
            or lemma in lexicons.words("work_nouns"):
        return False  # "A spokesman said": an unnamed speaker; "a new documentary has revealed"
    first = tokens[0].lower_
    if first in ("a", "an"):
        return True
    return first == "the" and head.lower_ in ("man", "woman") \
        and any(c.dep_ == "relcl" for c in head.children)


def lead_antecedent(head: Token, tokens: list[Token], ctx: ArticleContext
                    ) -> tuple[str, str] | None:
    """``(speaker type, actor)`` of the lead description headed by ``head`` (the phrase
    ``tokens``), or None (the module docstring gives the rule)."""
    doc = head.doc
    sent = head.sent
    if sent.start != 0 or sent.end >= len(doc) or not _is_lead_description(head, tokens):
        return None
    nxt = doc[sent.end].sent
    root = nxt.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    label = "ORG" if _organisation_noun(head) else "PERSON"
    span = doc[subject.left_edge.i:subject.i + 1]
    found = [e for e in entities_in(ctx, span.start_char, span.end_char)
             if e.label == label and e.start <= subject.idx < e.end]
    if len(found) != 1:
        return None
    places = {t.lower_ for t in tokens if place_word(t)}
    if places and other_place(doc, ctx, found[0].actor, places):
        return None  # "A US firm … Paris-based LVMH has been selling …": not the US firm
    return ("organization" if label == "ORG" else "person"), found[0].actor
