"""Epithet speakers: a definite noun phrase that re-describes a person named before it — "the
22-year-old told BBC Sport", "the Olympic champion said", "the Briton added", "the actress
said", "the 54-year-old Scot said" — resolved to that person as a reader resolves it.

**What is an epithet** (:func:`epithet`): a speaker phrase that opens with "the", names no
person and owns nothing ("the former vice president's spokeswoman" is someone else), whose head
— the last word before an "of"/"for"/"at"/"from"/"with"/"in" phrase or a comma ("the former
secretary of state") — is singular and is

* an age, "N-year-old" (the head itself, "the 22-year-old", or before another head);
* a noun of ``epithet_nouns`` (``data/actor_words.toml``: champion, star, actress, striker,
  minister, billionaire …) — not the nouns of unnamed speakers ("the official", "the
  spokesman", "the source": ``speaker_nouns`` ``anonymous``, kept unnamed), nor "the man",
  "the woman";
* a nationality: a capitalised word the NER tagged NORP or PERSON (or nothing) that is no name
  of the article ("the Briton", "the Scot", "the Russian").

**Which person.** First the person just named (:func:`_just_named`): a journalist writes an
epithet right after the name it stands for ("… in the shape of Emma Watson, who plays Hermione.
The 14-year-old said …"). The sentence before the epithet's and its own sentence before it,
outside quotation marks, are read: their one fitting person (a possessor too: "It was X's world
record. “…,” the 22-year-old said"), or of several the latest that is a clause's subject; names
in passing — inside a relative or participle clause ("who plays Hermione"), or a name qualifying
a thing ("the Harry Potter films") — are no candidates (:func:`_in_passing`). Else (nobody, or
several and no subject) the discourse decides (:func:`.pronouns.epithet_antecedent`) as for a
he/she — the previous speaker, the subject of the preceding sentences, the paragraph's subject,
the chain of subject pronouns, the main character, recency — among the people of the same and
the previous paragraph. A gendered noun (``female_role_nouns``/``male_role_nouns``: actress,
sportswoman, mother) excludes a person of the other gender; an age fits anyone. A role noun fits
a person who carries it — a holder of the role in the article's role index
(:meth:`ArticleContext.roles`: "Olympic champion Kelly Holmes", "Holmes, the champion,") or the
noun among the four words before one of the person's mentions — and a nationality a person with
the word among the four words before a mention ("Russian rival Svetlana Feofanova", "Scot Andy
Murray"); when no candidate fits, the discourse's one candidate, if it has exactly one, takes
it. No candidate: the epithet stays unnamed (``anonymous``). A gendered epithet gives an
unknown-gender person its gender for the rest of the article, as a pronoun does.

The speaker keeps its text and span (the epithet); its type becomes ``person``, its actor the
person, its role the epithet without "the" (so "actress" is ``role_noun`` gender evidence of the
corpus step). Called by :func:`.speakers.describe_speaker` after the role holder
(:func:`.speakers._role_holder`, one holder of the role in the whole article) found none.

Cost: O(phrase) to recognise an epithet; the person just named reads the mentions of two
sentences (a bisect into the entity index, then the parse around each mention, O(depth)); the
discourse is one he/she resolution (:mod:`.pronouns`), and ``fits`` reads the role index (built
once per article) and the text before each mention of a candidate (O(mentions of the
candidates)).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from ... import lexicons
from .context import ArticleContext, entities_in
from .pronouns import (_fits_gender, _people, _person_of, _relative_subject, _sentence_back,
                       _weak, epithet_antecedent, gender_of, is_subject)
from .types import Speaker

if TYPE_CHECKING:
    from spacy.tokens import Token

_AGE = re.compile(r"^\d+\s*-\s*years?\s*-\s*old$", re.I)
_AGE_IN = re.compile(r"\b\d+\s*-\s*years?\s*-\s*old\b", re.I)
_CUT = frozenset({"of", "for", "at", "from", "with", "in", "on", ",", "who", "whose", "which"})
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@dataclass(frozen=True)
class Epithet:
    """A recognised epithet: its ``noun`` (lower case; None for an age alone), whether the
    noun is a ``nationality``, its ``gender`` ("f"/"m"/None) and its ``role`` text."""

    noun: str | None
    nationality: bool
    gender: str | None
    role: str


def epithet(tokens: list[Token], ctx: ArticleContext) -> Epithet | None:
    """The epithet a speaker phrase (its tokens, in order) is, or None (module docstring)."""
    words = [t for t in tokens if not (t.is_punct and t.text not in ("-", ","))]
    if len(words) < 2 or words[0].lower_ != "the":
        return None
    core = []
    for tok in words[1:]:
        if tok.lower_ in _CUT:
            break
        core.append(tok)
    if not core or any(t.tag_ == "POS" or t.lower_ in ("'s", "’s") for t in core):
        return None  # "the former vice president's spokeswoman": someone else
    start, end = core[0].idx, core[-1].idx + len(core[-1].text)
    text = ctx.text[start:end]
    if any(e.label == "PERSON" and e.text.count(" ") >= 1 for e in entities_in(ctx, start, end)):
        return None  # a name of two words or more: no epithet
    role = ctx.text[start:words[-1].idx + len(words[-1].text)].strip(" ,")
    head = core[-1]
    if _AGE.match(text) or _AGE.match(ctx.text[start:end]) or head.lower_ == "old" \
            and _AGE_IN.search(text):
        return Epithet(None, False, None, role)  # "the 22-year-old"
    if head.tag_ in ("NNS", "NNPS"):
        return None  # "the Russians", "the stars"
    female, male = lexicons.words("female_role_nouns"), lexicons.words("male_role_nouns")
    low = head.lower_
    gender = "f" if low in female else "m" if low in male else None
    if low in lexicons.words("epithet_nouns"):
        return Epithet(low, False, gender, role)
    if _nationality(head, ctx):
        return Epithet(head.text, True, None, role)
    return None


def _nationality(head: Token, ctx: ArticleContext) -> bool:
    """Whether the head of a "the …" phrase is a nationality (or a nickname of that kind): a
    capitalised word, not an acronym, the NER tagged NORP, PERSON or nothing, that is no name of
    the article (no surname of a person named in full, no person actor of its own)."""
    word = head.text
    if not (word[:1].isupper() and word.isalpha() and not word.isupper()) \
            or word in ctx.surnames or ctx.known_person(word) is not None:
        return False
    labels = {e.label for e in entities_in(ctx, head.idx, head.idx + len(word))}
    return labels <= {"NORP", "PERSON"}


def _fits(ep: Epithet, head: Token, ctx: ArticleContext) -> Callable[[str], bool] | None:
    """Which candidates the epithet's noun fits (None: any). An age or a gendered noun fits
    anyone (gender is checked apart); a role noun a holder of the role or a person with the noun
    before a mention; a nationality a person with the word before a mention."""
    if ep.noun is None or ep.gender is not None and not ep.nationality:
        return None
    holders = set() if ep.nationality else {
        actor for _, actor, _ in ctx.roles(head.doc).get(ep.noun, [])}
    positions = _people(ctx, head.doc).positions
    pattern = re.compile(r"\b" + re.escape(ep.noun) + r"\b", 0 if ep.nationality else re.I)

    def fits(actor: str) -> bool:
        if actor in holders:
            return True
        for pos in positions.get(actor, []):
            if pos >= head.idx:
                break
            before = ctx.text[max(0, pos - 60):pos].split()[-4:]
            if pattern.search(" ".join(before)):
                return True
        return False
    return fits


def _just_named(head: Token, ep: Epithet, ctx: ArticleContext,
                fits: Callable[[str], bool] | None) -> str | None:
    """The person the sentence before the epithet's (and its own sentence before it) names:
    the one compatible person named there — a possessor too ("It was Isinbayeva's 11th world
    record. “…,” the 22-year-old said") — or, when it names several, the latest of them that is
    a clause's subject (not of a relative clause). A person the epithet's noun does not fit is
    no candidate. None when that stretch names nobody compatible or several and no subject: the
    discourse decides (:func:`.pronouns.epithet_antecedent`)."""
    doc = head.doc
    start = _sentence_back(head, 1)
    starts = ctx.entity_index.starts
    found: dict[str, bool] = {}  # actor -> subject, in text order
    for j in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, head.idx)):
        ent = ctx.entities[j]
        actor = _person_of(ent, ctx)
        if actor is None or not _fits_gender(gender_of(ctx, actor, head.idx), ep.gender) \
                or fits is not None and not fits(actor) or _in_passing(doc, ent):
            continue
        subject = is_subject(doc, ent) and not _weak(doc, ent) \
            and not _relative_subject(doc, ent)
        found[actor] = found.get(actor, False) or subject
        found[actor] = found.pop(actor)  # (latest last)
    if len(found) == 1:
        return next(iter(found))
    subjects = [a for a, subject in found.items() if subject]
    return subjects[-1] if subjects else None


def _in_passing(doc, ent) -> bool:
    """Whether a mention is a name in passing: inside a relative or participle clause ("Emma
    Watson, who plays Hermione"), or a name qualifying a thing ("the Harry Potter films")."""
    span = doc.char_span(ent.start, ent.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    if root.dep_ == "compound" and not (span.start <= root.head.i < span.end) \
            and root.head.pos_ == "NOUN":
        return True
    return any(t.dep_ in ("relcl", "acl") for t in root.ancestors)


def resolve_epithet(head: Token, tokens: list[Token], ctx: ArticleContext,
                    prior: list[Speaker], kind: str) -> tuple[str, str] | None:
    """``(actor, role)`` of the person the epithet speaker phrase ``tokens`` (headed by
    ``head``, typed ``kind``) re-describes, or None (module docstring)."""
    if kind not in ("anonymous", "unknown", "person", "group"):
        return None
    ep = epithet(tokens, ctx)
    if ep is None:
        return None
    if kind == "group" and not ep.nationality:
        return None
    fits = _fits(ep, head, ctx)
    actor = _just_named(head, ep, ctx, fits)
    if actor is None:
        actor = epithet_antecedent(head, ep.gender, ctx, prior, fits)
    if actor is None:
        return None
    if ep.gender is not None and gender_of(ctx, actor, head.idx + 1) is None:
        ctx.learned_genders[actor] = (ep.gender, head.idx)
    return actor, ep.role
