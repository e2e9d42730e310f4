"""Stage 4: speaker pronouns — "he", "she", "they", "it" — resolved to an antecedent.

he/she resolve to the most recent compatible person outside quotation marks that is the
subject of its clause within ``subject_sentences`` sentences before, else the most recent
compatible person (gender from a title — ``female_titles``/``male_titles`` — or a first name in
``first_names.csv``, else in the first-name statistics of :mod:`analysis.engine.first_names`:
:func:`article_genders`), so a name mentioned in passing does not take the pronoun; "they" and
"it" resolve to the last group/organisation speaker among the last ``prior_speakers``
(:class:`~.types.QuoteSettings`). Each look-up walks back from the pronoun and stops at the
first fit or the window's edge.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from ... import lexicons
from ..first_names import first_name_gender
from ..syntax import sent_of
from .context import ArticleContext
from .types import Speaker

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def article_genders(entities: list) -> dict[str, str]:
    """Gender (``"f"``/``"m"``) per PERSON actor where this article shows it: a title (Mr / Ms)
    or a first name (the first mention that shows one decides). Per article, for he/she; the
    corpus-level actor gender is :func:`analysis.assembly.gender.actor_genders`."""
    names = lexicons.table("first_names")
    female, male = lexicons.words("female_titles"), lexicons.words("male_titles")
    genders: dict[str, str] = {}
    for ent in entities:
        if ent.actor is None or ent.label != "PERSON":
            continue
        words = [w.rstrip(".").lower() for w in ent.text.split()]
        found = None
        if any(w in female for w in words):
            found = "f"
        elif any(w in male for w in words):
            found = "m"
        elif len(ent.actor.split()) > 1:
            first = ent.actor.split()[0]
            found = names.get(first.lower())
            if found is None:  # the first-name statistics (engine.first_names)
                found = {"female": "f", "male": "m"}.get(first_name_gender(first) or "")
        if found and ent.actor not in genders:
            genders[ent.actor] = found
    return genders


def is_subject(doc: Doc, ent) -> bool:
    """Whether an entity mention is (part of) the subject of its clause."""
    span = doc.char_span(ent.start, ent.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span.root
    for _ in range(3):
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return True
        if tok.dep_ not in ("compound", "appos", "flat", "conj") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def resolve_pronoun(head: Token, ctx: ArticleContext, prior: list[Speaker]) -> Speaker | None:
    """The antecedent of a speaker pronoun, or None (then the speaker stays ``pronoun``).

    he/she: the most recent PERSON mention before the pronoun, outside quotation marks, whose
    gender (from Mr/Ms/Mrs or a first name) is compatible. they: the most recent previous speaker
    that is a group, organization or anonymous source. it: the most recent organisation speaker or
    ORG mention.
    """
    word = head.lower_
    gender = lexicons.table("pronoun_genders").get(word)
    pos = head.idx
    if gender in ("m", "f"):
        before = bisect.bisect_left(ctx.entity_index.starts, pos)
        doc = head.doc
        sent = sent_of(head)
        for _ in range(ctx.settings.subject_sentences):  # how far back a subject is preferred
            if sent.start > 0:
                sent = sent_of(doc[sent.start - 1])
        window_start = sent.start_char
        fallback = None
        for j in range(before - 1, -1, -1):  # newest first, without copying the list
            ent = ctx.entities[j]
            if ent.label != "PERSON" or ent.actor is None:
                continue
            if ent.start in ctx.quotes:
                continue
            if ctx.actor_labels.get(ent.actor, "PERSON") != "PERSON":
                continue
            known = ctx.genders.get(ent.actor)
            if known is not None and known != gender:
                continue
            if ent.start < window_start:
                if fallback is None:
                    fallback = ent
                break
            if is_subject(doc, ent):
                fallback = ent
                break
            if fallback is None:
                fallback = ent
        if fallback is not None:
            return Speaker(type="person", actor=fallback.actor, role=None)
        return None
    if word == "they":
        for sp in reversed(prior[-ctx.settings.prior_speakers:]):
            if sp.start is not None and sp.start < pos and sp.type in ("group", "organization",
                                                                        "anonymous"):
                return Speaker(type=sp.type, actor=sp.actor, role=sp.role)
        return None
    if word == "it":
        for sp in reversed(prior[-ctx.settings.prior_speakers:]):
            if sp.start is not None and sp.start < pos and sp.type in ("organization",
                                                                        "document"):
                return Speaker(type=sp.type, actor=sp.actor, role=sp.role)
        return None
    return None
