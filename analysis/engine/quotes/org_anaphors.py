"""Organisation descriptions: "the firm said", "the company added", "the airline warned", "the
bank said" — a definite description of an organisation named just before it, resolved to that
organisation as a reader resolves it (issue 25: on real business news such speakers had no
actor, so the quote was nobody's).

**What is a description** (:func:`organisation_antecedent`): a speaker phrase typed
``organization`` or ``anonymous`` ("the airline": no noun of ``speaker_nouns``) with no entity
of its own, written "the" + lower-case adjectives ("the struggling firm"; not a noun
modifier: "the piracy group" is a kind of its own, often a new one) + a singular head noun
that is

* a kind of firm of ``organisation_anaphor_nouns`` (``data/actor_words.toml``: company, firm,
  group, bank, airline, retailer, carmaker …): any organisation the NER tagged ORG can be it;
* or another organisation noun of ``speaker_nouns`` (party, police, union, court, council,
  agency …): only an organisation whose name holds the noun ("the party" → "Labour Party",
  "the police" → "West Mercia Police"). "The government said" with no "… Government" named
  stays unnamed.

**Which organisation**: the ORG mentions (outside quotation marks, an ORG of the actor table,
not a name in passing such as "the Harry Potter films") from two sentences before the phrase's
sentence up to the phrase; the latest that is its clause's subject ("Microsoft is celebrating
… “…,” the company said"), else the one organisation of the phrase's own sentence ("Shares in
Continental have tumbled after the firm warned …"), else none: two organisations and no subject
leave the phrase unnamed. The phrase keeps its text and span; its type becomes
``organization``, its actor the organisation. A person is never the antecedent, so people's
sources do not move.

Session 26 (s31-audit): a country or nationality before a kind of firm ("the US company",
"the German carmaker"; ``place_word``) is read as an adjective, and such a phrase, whose only
entities are those words (:func:`place_modifiers_only`), refers back as above instead of
taking the country for its actor ("The US company said" after "…, UPS, said": UPS, not the
United States); an organisation written within five words of other countries or nationalities
only is not it (:func:`other_place`: "Fiat, Italy's largest employer, … its alliance with
General Motors. The US firm agreed …" is not Fiat). With no organisation mention in the window, a description takes the actor of
the latest earlier speaker with an actor when that speaker was the same description (lower-case
words, not a name ending in the noun: "the World Trade Organisation" is no "the organisation") within
1,500 characters (:func:`_same_description`: "The company warned … its banks have agreed …
The company also said": the same firm); another organisation speaking in between breaks the
chain.

Called by :func:`.speakers.describe_speaker` last, for an organisation phrase with no actor
(or only place words), with the article's earlier speakers.
Cost: O(phrase) to recognise the description, then a bisect into the entity index and the
parse around the mentions of at most three sentences (O(mentions there × depth)); no text scan.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from ... import lexicons
from .context import ArticleContext
from .epithets import _in_passing
from .pronouns import _sentence_back, is_subject

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .types import Speaker


def _description_noun(head: Token, tokens: list[Token]) -> tuple[str, bool] | None:
    """The head noun's lemma of a description "the … firm" and whether it is a kind of firm
    (any organisation fits), or None when the phrase is no such description."""
    if head.pos_ != "NOUN" or head.tag_ != "NN":
        return None
    words = [t for t in tokens if not t.is_punct]
    if len(words) < 2 or words[0].lower_ != "the" or words[-1].i != head.i:
        return None
    lemma = head.lemma_.lower()
    any_org = lemma in lexicons.words("organisation_anaphor_nouns")
    # session 26: a country or nationality before a kind of firm ("the US company", "the
    # Japanese carmaker") qualifies it, as an adjective does
    place = [t for t in words[1:-1] if any_org and place_word(t)]
    if any(not t.text.islower() for t in words[1:] if t not in place):
        return None  # a name inside ("the Labour party"): the phrase's own entity decides
    if any(t.dep_ in ("compound", "nmod") for t in words[1:-1] if t not in place):
        return None  # "the piracy group": a kind of its own, maybe no organisation named yet
    if any_org:
        return lemma, True
    if lexicons.table("speaker_nouns").get(lemma) == "organization":
        return lemma, False
    return None


def place_word(tok: Token) -> bool:
    """Whether ``tok`` is a capitalised country or nationality word modifying a noun ("US",
    "Japanese", "German")."""
    return tok.ent_type_ in ("GPE", "NORP") and tok.text[:1].isupper() \
        and tok.dep_ in ("compound", "amod", "nmod")


def place_modifiers_only(head: Token, ents: list) -> bool:
    """Whether the entities of a speaker phrase headed by ``head`` are only countries or
    nationalities before it ("The US company": the firm, not the country), so that the
    organisation the description refers back to may name it."""
    return bool(ents) and all(e.label in ("GPE", "NORP") and e.end <= head.idx for e in ents)


def _holds_noun(name: str, noun: str) -> bool:
    """Whether an organisation's name holds the description's noun ("West Mercia Police" for
    "the police", "Continental Airlines" for "the airline")."""
    return any(w.lower().startswith(noun) for w in name.split())


def organisation_antecedent(head: Token, tokens: list[Token], ctx: ArticleContext,
                            prior: list[Speaker] | None = None) -> str | None:
    """The organisation actor the description headed by ``head`` (the phrase ``tokens``)
    refers back to, or None (the module docstring gives the rule)."""
    found = _description_noun(head, tokens)
    if found is None:
        return None
    noun, any_org = found
    doc = head.doc
    first = _sentence_back(head, 2)
    own = _sentence_back(head, 0)
    starts = ctx.entity_index.starts
    subjects: list[str] = []
    in_sentence: set[str] = set()
    for j in range(bisect.bisect_left(starts, first), bisect.bisect_left(starts, tokens[0].idx)):
        ent = ctx.entities[j]
        if ent.label != "ORG" or ent.actor is None or ent.start in ctx.quotes \
                or ctx.actor_labels.get(ent.actor) != "ORG" or ctx.known_person(ent.actor):
            continue
        if not any_org and not (_holds_noun(ent.text, noun) or _holds_noun(ent.actor, noun)):
            continue
        if _in_passing(doc, ent):
            continue
        if is_subject(doc, ent):
            subjects.append(ent.actor)
        if ent.start >= own:
            in_sentence.add(ent.actor)
    places = {t.lower_ for t in tokens if place_word(t)}
    if places:  # "The US firm" is not the one named with another country ("Fiat, Italy's …")
        subjects = [a for a in subjects if not other_place(doc, ctx, a, places)]
        in_sentence = {a for a in in_sentence if not other_place(doc, ctx, a, places)}
    if subjects:
        return subjects[-1]
    if len(in_sentence) == 1:
        return next(iter(in_sentence))
    if in_sentence:
        return None
    return _same_description(noun, tokens[0].idx, prior or [])


def other_place(doc, ctx: ArticleContext, actor: str, places: set[str]) -> bool:
    """Whether the organisation ``actor`` is written, at one of its mentions, within five
    words of a country or nationality and none of those is among ``places`` (the words of the
    description: "Fiat, Italy's largest private sector employer" is no "US firm"). O(mentions
    of the article), read only for a description with a place word."""
    near: set[str] = set()
    for ent in ctx.entities:
        if ent.actor != actor:
            continue
        span = doc.char_span(ent.start, ent.end, alignment_mode="expand")
        if span is None:
            continue
        for t in doc[max(0, span.start - 5):min(len(doc), span.end + 5)]:
            if t.ent_type_ in ("GPE", "NORP") and t.text[:1].isupper():
                near.add(t.lower_)
    return bool(near) and not near & places


def _same_description(noun: str, start: int, prior: list[Speaker]) -> str | None:
    """Session 26 (s31-audit): the organisation the latest earlier speaker with an actor
    named, when that speaker was itself a description with the same noun ("The company
    warned … But now its banks have agreed … The company also said …": Jarvis both times) and
    spoke in the same or the previous paragraph's stretch (within 1,500 characters); None when
    another actor spoke in between."""
    for sp in reversed(prior):
        if sp.start is None or sp.start >= start or sp.actor is None:
            continue
        if start - sp.start > 1500 or sp.type != "organization":
            return None
        words = (sp.text or "").split()
        if len(words) >= 2 and words[0].lower() == "the" and words[-1].lower() == noun \
                and all(w.islower() or w.isupper() and len(w) <= 3 for w in words[1:]):
            return sp.actor  # a description too, not a name ending in the noun
        return None
    return None
