"""Epithet speakers: a definite noun phrase that re-describes a person named before it — "the
22-year-old told BBC Sport", "the Olympic champion said", "the Briton added", "the actress
said", "the 54-year-old Scot said" — resolved to that person as a reader resolves it.

**What is an epithet** (:func:`epithet`): a speaker phrase that opens with "the", names no
person and owns nothing ("the former vice president's spokeswoman" is someone else), whose head
— the last word before a prepositional phrase, a relative pronoun or a comma, read from the
tags ("the former secretary of state") — is singular and is

* an age, "N-year-old" (the head itself, "the 22-year-old", or before another head);
* a noun of ``epithet_nouns`` (``data/actor_words.toml``: champion, star, actress, striker,
  minister, billionaire …) — not the nouns of unnamed speakers ("the official", "the
  spokesman", "the source": ``speaker_nouns`` ``anonymous``, kept unnamed), nor "the man",
  "the woman";
* a nationality: a capitalised word the NER tagged NORP or PERSON that is no name of the
  article ("the Briton", "the Scot", "the Russian").

**Which person.** What fits: a gendered noun (``female_role_nouns``/``male_role_nouns``:
actress, sportswoman, mother) excludes a person of the other gender; an age fits anyone; a role
noun fits a person who carries it — a holder of the role in the article's role index
(:meth:`ArticleContext.roles`: "Olympic champion Kelly Holmes", "Holmes, the champion,") or the
noun among the four words before one of the person's mentions, not with a ``rank_words`` word the
epithet lacks ("the mayor" is not Deputy Mayor X) — and a nationality a person with
the word there ("Russian rival Svetlana Feofanova", "Scot Andy Murray"); a place among the
modifiers ("the Florida senator", "the Wisconsin Republican") must be named within a few words
of one of the person's mentions ("Florida Sen. X", "X of Florida"), a hard condition.

First the person just named (:func:`_just_named`): a journalist writes an epithet right after
the name it stands for ("… in the shape of Emma Watson, who plays Hermione. The 14-year-old said
…"). The sentence before the epithet's and its own sentence before it, outside quotation marks,
are read: their one fitting person (a possessor too: "It was X's world record. “…,” the
22-year-old said"), or of several fitting people the latest that is a clause's subject (a person
the noun does not fit is not taken for lack of a better one: "Bernie Sanders met Pope Francis.
The Democratic presidential candidate said …" needs Sanders named a candidate); names in passing
— inside a relative or participle clause ("who plays Hermione"), or a name qualifying a thing
("the Harry Potter films") — are no candidates (:func:`_in_passing`). Else (nobody, or several
and no subject) the discourse decides (:func:`.pronouns.epithet_antecedent`) as for a he/she —
the previous speaker, the subject of the preceding sentences, the paragraph's subject, the chain
of subject pronouns, the main character, recency — among the fitting people of the same and the
previous paragraph. Else a nationality is the article's one person named so far, if it names
exactly one (:func:`_only_person`: "the Italian said" when the text gives no nationality). No
candidate: the epithet stays unnamed (``anonymous``). So does a role noun that two or more
people introduced before it hold, with no place among its words to tell them apart
(:func:`_several_holders`: "the minister said" after "Health Minister Maria Costa met Finance
Minister Paulo Rocha", as the role rule leaves it). A gendered epithet gives an unknown-gender
person its gender for the rest of the article, as a pronoun does.

The speaker keeps its text and span (the epithet); its type becomes ``person``, its actor the
person, its role the epithet without "the" (so "actress" is ``role_noun`` gender evidence of the
corpus step). Called by :func:`.speakers.describe_speaker` after the role holder
(:func:`.speakers._role_holder`, one holder of the role in the whole article) found none.

Cost: O(phrase) to recognise an epithet, plus, for a capitalised head only (a nationality
candidate, rare), one pass over the article's mentions (O(m), no text scan) to see whether it
is written "The X" inside a sentence; the person just named reads the mentions of two sentences
(a bisect into the entity index, then the parse around each mention, O(depth)); the discourse
is one he/she resolution (:mod:`.pronouns`), and ``fits`` reads the role index (built once per
article) and the text around each earlier mention of a candidate (O(mentions of the
candidates)).

Session 26 (s31-sources): a ``nationality_nouns`` word is a nationality whatever the NER made
of it ("The Scot", untagged by en_core_web_sm); a club before a role noun ("Everton manager
David Moyes", a GPE to the NER) tells no origin (:func:`_club_before`); and the previous
speaker, named again in the sentence before or the epithet's own, is the nationality epithet's
person before the subject just named (:func:`_speaker_just_named`: "“…,” he said. Ferguson's
own talisman X is fit again, but the Scot admitted …").

Session 27 (s32-audit): a ``nationality_nouns`` word the NER made an organisation or a person
of its own ("The 55-year-old Frenchman told …": "Frenchman" ORG on both models; en_news_sm tags
"Scotsman", "Welshman", "Dutchman" ORG, en_core_web_sm "Scotsman" PERSON) is a nationality too
(:func:`nationality_named_alone`, called by :func:`.speakers.describe_speaker`; an ORG word needs
a modifier after "the", as "The Scotsman reported" may be the newspaper; never a word the
article writes "The Word" inside a sentence, :func:`_named_with_the`). Before, the quote was an
organisation's (or a person "Frenchwoman"'s, a false source).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from ... import lexicons
from ..segments import doc_paragraph_starts
from .context import ArticleContext, entities_in
from .pronouns import (_fits_gender, _people, _person_of, _relative_subject, _sentence_back,
                       _weak, epithet_antecedent, gender_of, is_subject)
from .types import Speaker

if TYPE_CHECKING:
    from spacy.tokens import Token

_AGE = re.compile(r"^\d+\s*-\s*years?\s*-\s*old$", re.I)
_AGE_IN = re.compile(r"\b\d+\s*-\s*years?\s*-\s*old\b", re.I)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@dataclass(frozen=True)
class Epithet:
    """A recognised epithet: its ``noun`` (lower case; None for an age alone), whether the
    noun is a ``nationality``, its ``gender`` ("f"/"m"/None), its ``role`` text, the
    ``places`` among its modifiers and the ``start`` of the phrase."""

    noun: str | None
    nationality: bool
    gender: str | None
    role: str
    places: tuple[str, ...] = ()
    start: int = 0


def _cut(tok: Token) -> bool:
    """Whether the epithet's words end before ``tok``: a preposition ("the champion of …"), a
    relative pronoun ("the actress who …") or a comma, read from the tags, not a word list."""
    return tok.text == "," or tok.pos_ == "ADP" or tok.dep_ == "prep" \
        or tok.tag_ in ("WDT", "WP", "WP$")


def epithet(tokens: list[Token], ctx: ArticleContext) -> Epithet | None:
    """The epithet a speaker phrase (its tokens, in order) is, or None (module docstring)."""
    words = [t for t in tokens if not (t.is_punct and t.text not in ("-", ","))]
    if len(words) < 2 or words[0].lower_ != "the":
        return None
    core = []
    for tok in words[1:]:
        if _cut(tok):
            break
        core.append(tok)
    if not core or any(t.tag_ == "POS" or t.lower_ in ("'s", "’s") for t in core):
        return None  # "the former vice president's spokeswoman": someone else
    start, end = core[0].idx, core[-1].idx + len(core[-1].text)
    text = ctx.text[start:end]
    head = core[-1]
    ents = entities_in(ctx, start, end)
    if any(e.label == "PERSON" and e.start < head.idx for e in ents) or any(
            t.text[:1].isupper() and ctx.known_person(t.text) is not None for t in core[:-1]):
        return None  # a name before the head: "the Lincoln actor" is no epithet of Lincoln
    places = tuple({e.text for e in ents if e.label == "GPE" and e.end <= head.idx}
                   | {t.text for t in core[:-1] if t.text[:1].isupper()
                      and ctx.actor_labels.get(t.text) == "GPE"})
    role = ctx.text[start:words[-1].idx + len(words[-1].text)].strip(" ,")
    if _AGE.match(text) or head.lower_ == "old" and _AGE_IN.search(text):
        return Epithet(None, False, None, role, (), words[0].idx)  # "the 22-year-old"
    if head.tag_ in ("NNS", "NNPS"):
        return None  # "the Russians", "the stars"
    female, male = lexicons.words("female_role_nouns"), lexicons.words("male_role_nouns")
    low = head.lower_
    gender = "f" if low in female else "m" if low in male else None
    if low in lexicons.words("epithet_nouns"):
        return Epithet(low, False, gender, role, places, words[0].idx)
    if _nationality(head, ctx):
        return Epithet(head.text, True, None, role, places, words[0].idx)
    return None


def _nationality(head: Token, ctx: ArticleContext) -> bool:
    """Whether the head of a "the …" phrase is a nationality (or a nickname of that kind): a
    capitalised word, not an acronym, the NER tagged NORP or PERSON, that is no name of the
    article (no organisation or place actor of that name, with or without "The", and never
    written "The …" inside a sentence: "According to The Federalist, …") (no surname of a person named in full, no person actor of its own)."""
    word = head.text
    if word[:1].isupper() and word.lower() in lexicons.words("nationality_nouns") \
            and word not in ctx.surnames \
            and ctx.actor_labels.get(word) in (None, "NORP", "PERSON", "ORG") \
            and not (ctx.actor_labels.get(word) == "ORG" and _named_with_the(word, ctx)):
        # session 26: "The Scot" whatever the NER made of it (``nationality_nouns``); session 27:
        # also when it made the bare word an organisation ("The 55-year-old Frenchman": both
        # models tag "Frenchman", en_news_sm every "-man"/"-woman" nationality, ORG), unless the
        # article writes it "The Word" as a name inside a sentence ("told The Scotsman")
        return True
    if not (word[:1].isupper() and word.isalpha() and not word.isupper()) \
            or word in ctx.surnames or ctx.known_person(word) is not None \
            or ctx.actor_labels.get(word) not in (None, "NORP", "PERSON") \
            or ctx.actor_labels.get("The " + word) is not None:
        return False
    if _named_with_the(word, ctx):
        return False  # a name with "The" inside a sentence: "According to The Federalist"
    labels = {e.label for e in entities_in(ctx, head.idx, head.idx + len(word))}
    return bool(labels) and labels <= {"NORP", "PERSON"}


def _named_with_the(word: str, ctx: ArticleContext) -> bool:
    """Whether a mention of the actor ``word`` is written "The Word" inside a sentence ("According
    to The Federalist", "told The Scotsman"): a name, not a nationality. One pass over the
    mentions (only for a nationality epithet, rare)."""
    for ent in ctx.entities:
        if ent.actor == word and ctx.text[max(0, ent.start - 4):ent.start] == "The " \
                and re.search(r"[a-z,]\s*$", ctx.text[max(0, ent.start - 8):ent.start - 4]):
            return True
    return False


def nationality_named_alone(tokens: list[Token], ents: list, ctx: ArticleContext) -> bool:
    """Session 27 (s32-audit): whether a speaker phrase "the [N-year-old …] Frenchman" ends in a
    ``nationality_nouns`` word that the NER made a name of its own — one ORG or PERSON mention
    that is exactly that word, no other ORG or PERSON in the phrase — so that the phrase is typed
    an organisation (both models tag "Frenchman" ORG, en_news_sm every "Scotsman", "Welshman",
    "Dutchman") or a person called "Scotsman". An ORG word needs a modifier after "the" ("the
    55-year-old Frenchman", "the veteran Dutchman": no newspaper's name), since "The Scotsman
    reported" and "The Australian said" may be the papers. Such a phrase is a nationality epithet: the
    caller resolves it as one (:func:`resolve_epithet`) or leaves it unnamed. Not a surname of a
    person named in full, not a word the article writes "The Word" as a name inside a sentence
    ("told The Scotsman"). O(phrase); the mentions are read only for such a word (rare)."""
    words = [t for t in tokens if not t.is_punct]
    if len(words) < 2 or words[0].lower_ != "the":
        return False
    head = words[-1]
    word = head.text
    if not word[:1].isupper() or word.lower() not in lexicons.words("nationality_nouns") \
            or word in ctx.surnames:
        return False
    named = [e for e in ents if e.label in ("ORG", "PERSON")]
    if len(named) != 1 or (named[0].start, named[0].end) != (head.idx, head.idx + len(word)):
        return False
    if named[0].label == "ORG" and len(words) < 3:
        return False  # "The Scotsman reported", "The Australian said": maybe the newspaper
    return not _named_with_the(named[0].actor or word, ctx)


def _fits(ep: Epithet, head: Token, ctx: ArticleContext, noun: bool = True
          ) -> Callable[[str], bool] | None:
    """Which candidates the epithet fits (None: any). An age or a gendered noun fits anyone
    (gender is checked apart); a role noun a holder of the role or a person with the noun
    among the four words before a mention; a nationality a person with the word there. A place
    among the modifiers ("the Florida senator", "The Wisconsin Republican") must be named within
    a few words of one of the person's mentions ("Florida Sen. X", "X of Florida").
    ``noun=False``: the place only."""
    positions = _people(ctx, head.doc).positions
    places = [re.compile(r"\b" + re.escape(p) + r"\b") for p in ep.places]
    if not noun or ep.noun is None or ep.gender is not None and not ep.nationality:
        pattern = None
    else:
        pattern = re.compile(r"\b" + re.escape(ep.noun) + r"\b", 0 if ep.nationality else re.I)
    if pattern is None and not places:
        return None
    # a rank the epithet does not give makes another role ("the mayor": not Deputy Mayor X)
    ranks = lexicons.words("rank_words") - set(ep.role.lower().split())
    holders = set() if ep.nationality or pattern is None else {
        actor for _, actor, quals in ctx.roles(head.doc).get(ep.noun or "", [])
        if not quals & ranks}

    def fits(actor: str) -> bool:
        mentions = [p for p in positions.get(actor, []) if p < head.idx]
        if any(not any(place.search(ctx.text, max(0, pos - 40), min(pos + 80, ep.start))
                       for pos in mentions) for place in places):
            return False
        if pattern is None or actor in holders:
            return True
        for pos in mentions:
            words = _words_before(ctx.text, pos)
            if pattern.search(" ".join(words)) and (
                    ep.nationality or not ranks & {w.lower() for w in words}):
                return True
        return False
    return fits


def _just_named(head: Token, ep: Epithet, ctx: ArticleContext,
                fits: Callable[[str], bool] | None) -> str | None:
    """The person the sentence before the epithet's (and its own sentence before it) names:
    the one compatible person named there that the epithet fits — a possessor too ("It was
    Isinbayeva's 11th world record. “…,” the 22-year-old said") — or, when it names several, the
    latest of them that is a clause's subject (not of a relative clause). A person the
    epithet's place does not fit is no candidate at all. None when that stretch names nobody compatible, or several and no
    subject: the discourse decides (:func:`.pronouns.epithet_antecedent`)."""
    doc = head.doc
    start = _sentence_back(head, 1)
    starts = ctx.entity_index.starts
    place = _fits(ep, head, ctx, noun=False)
    found: dict[str, bool] = {}  # actor -> subject, in text order
    for j in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, head.idx)):
        ent = ctx.entities[j]
        actor = _person_of(ent, ctx)
        if actor is None or not _fits_gender(gender_of(ctx, actor, head.idx), ep.gender) \
                or place is not None and not place(actor) or _in_passing(doc, ent):
            continue
        subject = is_subject(doc, ent) and not _weak(doc, ent) \
            and not _relative_subject(doc, ent)
        found[actor] = found.get(actor, False) or subject
        found[actor] = found.pop(actor)  # (latest last)
    fitting = [a for a in found if fits is None or fits(a)]
    if len(fitting) == 1:
        return fitting[0]
    subjects = [a for a in fitting if found[a]]
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


def _only_person(head: Token, ep: Epithet, ctx: ArticleContext) -> str | None:
    """The one person the article names before a nationality epithet, when it names exactly one
    and the epithet's place (if any) fits that person: a nationality the text does not give is
    then hers ("Laura Bennett won in Rome. … “…,” the Italian said")."""
    positions = _people(ctx, head.doc).positions
    named = [a for a, ps in positions.items() if ps and ps[0] < head.idx]
    if len(named) != 1 or not _fits_gender(gender_of(ctx, named[0], head.idx), ep.gender):
        return None
    place = _fits(ep, head, ctx, noun=False)
    return named[0] if place is None or place(named[0]) else None


def _unmarked_just_named(head: Token, ep: Epithet, ctx: ArticleContext) -> str | None:
    """The person just named for a nationality epithet the text gives nobody: of the people
    named in the sentence before the epithet's and in its own sentence before it (outside
    quotation marks, not in passing, of a compatible gender, fitting a place among the
    epithet's words as :func:`_fits` requires), the one that is the subject of its
    sentence's main verb — the latest such when several. None when nobody there is, or when
    someone named there has a nationality or a place (a NORP or GPE entity) among the four words
    before one of their mentions ("Spanish captain Jordi Arrese", "US coach Patrick McEnroe":
    the text tells origins apart, and the epithet stays unnamed).

    Session 23: "the American" right after "Roddick was left frustrated after losing …" (or
    after "World number one Lindsay Davenport has criticised …") stayed unnamed in an article of
    several people because no mention of the person carries the word; a reader takes the
    subject just named. A person named inside that subject's report is not it ("Agassi … said
    Melzer was an example …. “…,” said the American": Agassi)."""
    doc = head.doc
    positions = _people(ctx, doc).positions
    starts = ctx.entity_index.starts

    def marked(actor: str) -> bool:
        for pos in positions.get(actor, []):
            if pos >= head.idx:
                break
            if any(not _club_before(ctx, place, pos) for place in _places_before(ctx, pos)):
                return True
        return False

    place = _fits(ep, head, ctx, noun=False)  # a place among its words, a hard condition
    found = None
    for j in range(bisect.bisect_left(starts, _sentence_back(head, 1)),
                   bisect.bisect_left(starts, head.idx)):
        ent = ctx.entities[j]
        actor = _person_of(ent, ctx)
        if actor is None or ent.start in ctx.quotes:
            continue
        if marked(actor):
            return None
        if not _fits_gender(gender_of(ctx, actor, head.idx), ep.gender) or _in_passing(doc, ent) \
                or place is not None and not place(actor):
            continue
        span = doc.char_span(ent.start, ent.end, alignment_mode="expand")
        root = span.root if span is not None and len(span) else None
        if root is not None and root.dep_ in ("nsubj", "nsubjpass") \
                and root.head.dep_ == "ROOT":
            found = actor
    return found


def _lead_subject(head: Token, ep: Epithet, ctx: ArticleContext) -> str | None:
    """Session 24 (s29-audit): the second reference after a news lead. A role epithet that
    opens the article's second paragraph ("Marion Jones has filed a lawsuit against Balco boss
    Victor Conte …. ¶ The Sydney Olympic gold medallist says Conte damaged her reputation …";
    "Tony Blair has launched an attack on …. ¶ The prime minister has told a Labour Party
    gathering …") re-describes the person the lead is about: the subject of the lead
    paragraph's main verb, a person of compatible gender, when the role noun fits nobody
    (:func:`_fits` found no holder) and every other person the lead names is told apart by a
    role noun of their own (an ``epithet_nouns`` word among the four words before a mention,
    not the epithet's: "Balco boss Victor Conte", "R&B singer Mark Morrison"). Another person
    named bare ("Hillary Clinton attacked Donald Trump. ¶ The Republican candidate said …")
    leaves the epithet unnamed. Not a nationality (:func:`_unmarked_just_named`) nor an age
    (which fits anyone and is resolved before). Cost: the lead's mentions, once per such
    epithet (rare)."""
    if ep.noun is None or ep.nationality:
        return None
    doc = head.doc
    paragraphs = doc_paragraph_starts(doc)
    if len(paragraphs) < 2 or ctx.text[paragraphs[1]:ep.start].strip():
        return None  # not the opening words of the second paragraph
    starts = ctx.entity_index.starts
    nouns = lexicons.words("epithet_nouns")
    subjects, bare = set(), set()
    for j in range(bisect.bisect_left(starts, paragraphs[0]),
                   bisect.bisect_left(starts, paragraphs[1])):
        ent = ctx.entities[j]
        actor = _person_of(ent, ctx)
        if actor is None or ent.start in ctx.quotes:
            continue
        span = doc.char_span(ent.start, ent.end, alignment_mode="expand")
        root = span.root if span is not None and len(span) else None
        while root is not None and root.dep_ in ("conj", "appos", "compound") \
                and root.head is not root:
            root = root.head  # "footballer and restaurant owner Dean Carter" (misparsed)
        if root is not None and root.dep_ == "nsubj" and root.head.dep_ == "ROOT" \
                and not _in_passing(doc, ent):
            subjects.add(actor)
        words = {w.lower() for w in _words_before(ctx.text, ent.start)}
        role = words & nouns
        if not role or ep.noun in role:
            bare.add(actor)  # named bare, or holding the epithet's own noun
    if len(subjects) != 1:
        return None
    subject = next(iter(subjects))
    if bare - subjects or not _fits_gender(gender_of(ctx, subject, head.idx), ep.gender):
        return None
    place = _fits(ep, head, ctx, noun=False)
    if place is not None and _placed_elsewhere(subject, ep, ctx, paragraphs[1]):
        return None  # "Texas senator Ted Cruz …. ¶ The Florida senator said": another man
    return subject


def _placed_elsewhere(actor: str, ep: Epithet, ctx: ArticleContext, end: int) -> bool:
    """Whether a mention of ``actor`` before ``end`` has a place (a GPE or NORP mention) among
    the four words before it that is none of the epithet's places (session 24)."""
    starts = ctx.entity_index.starts
    return any(other.text not in ep.places
               for ent in ctx.entities[:bisect.bisect_left(starts, end)] if ent.actor == actor
               for other in _places_before(ctx, ent.start))


def _words_before(text: str, pos: int) -> list[str]:
    """The (at most) four whitespace-separated words right before character ``pos`` of
    ``text``, read from the 60 characters before it: where a mention's role, title or place
    words stand ("Balco boss Victor Conte", "Texas senator Ted Cruz")."""
    return text[max(0, pos - 60):pos].split()[-4:]


def _places_before(ctx: ArticleContext, pos: int) -> list:
    """The GPE and NORP mentions among the words right before character ``pos``
    (:func:`_words_before`): "Texas" in "Texas senator Ted Cruz"."""
    left = pos - len(" ".join(_words_before(ctx.text, pos))) - 1
    starts = ctx.entity_index.starts
    return [ctx.entities[j] for j in range(bisect.bisect_left(starts, max(0, left)),
                                           bisect.bisect_left(starts, pos))
            if ctx.entities[j].label in ("NORP", "GPE")]


def _speaker_just_named(head: Token, ep: Epithet, ctx: ArticleContext,
                        prior: list[Speaker]) -> str | None:
    """Session 26 (s31-sources): the previous speaker for a nationality epithet the text gives
    nobody, when that person is named again (a possessor too) in the sentence before the
    epithet's or in its own before it, outside quotation marks: "“…,” he said. Ferguson's own
    talisman Ruud van Nistelrooy is fit again, but the Scot admitted …" is Ferguson's, not the
    subject of the clause just read (:func:`_unmarked_just_named`). The latest person
    attribution before the epithet, in its paragraph or the one before, of a compatible
    gender. O(mentions of two sentences)."""
    previous = next((sp for sp in reversed(prior) if sp.type == "person" and sp.actor
                     and sp.start is not None and sp.start < head.idx), None)
    if previous is None or previous.actor is None or previous.start is None:
        return None
    actor, spoke = previous.actor, previous.start
    if not _fits_gender(gender_of(ctx, actor, head.idx), ep.gender):
        return None
    paragraphs = doc_paragraph_starts(head.doc)
    if bisect.bisect_right(paragraphs, spoke) < bisect.bisect_right(paragraphs, head.idx) - 1:
        return None
    starts = ctx.entity_index.starts
    for j in range(bisect.bisect_left(starts, _sentence_back(head, 1)),
                   bisect.bisect_left(starts, head.idx)):
        ent = ctx.entities[j]
        if ent.start >= spoke and ent.start not in ctx.quotes \
                and _person_of(ent, ctx) == actor:
            return actor
    return None


def _club_before(ctx: ArticleContext, place, pos: int) -> bool:
    """Session 26 (s31-sources): whether a GPE mention before a person's name at ``pos`` is a
    club or a firm the person works for, not where the person comes from: a place that is no
    country, right before a noun only an organisation has (``organisation_member_nouns``):
    "Everton manager David Moyes", "Chelsea defender William Gallas" (clubs the NER tags as
    places). A country ("US coach Patrick McEnroe") and a nationality (NORP) tell an origin.
    O(1)."""
    if place.label != "GPE" or place.text.lower() in lexicons.words("countries"):
        return False
    between = ctx.text[place.end:pos].split()
    return bool(between) and between[0].lower() in lexicons.words("organisation_member_nouns")


def _several_holders(ep: Epithet, head: Token, ctx: ArticleContext) -> bool:
    """Whether two or more people introduced before the epithet hold its role noun (the
    article's role index) and no place among its words tells them apart: "the minister said"
    after "Health Minister Maria Costa met Finance Minister Paulo Rocha" stays unnamed, as the
    role rule (``speakers._role_holder``) leaves it; "the Florida senator" among two senators
    is still resolved through the place."""
    if ep.noun is None or ep.nationality or ep.places:
        return False
    holders = {actor for pos, actor, _ in ctx.roles(head.doc).get(ep.noun, []) if pos < head.idx}
    return len(holders) > 1


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
    if _several_holders(ep, head, ctx):
        return None  # "the minister" after two ministers: the role rule leaves it unnamed
    fits = _fits(ep, head, ctx)
    actor = _just_named(head, ep, ctx, fits)
    if actor is None:
        actor = epithet_antecedent(head, ep.gender, ctx, prior, fits)
    if actor is None and ep.nationality:
        actor = _only_person(head, ep, ctx)
    if actor is None and ep.nationality:
        actor = _speaker_just_named(head, ep, ctx, prior)
    if actor is None and ep.nationality:
        actor = _unmarked_just_named(head, ep, ctx)
    if actor is None and not ep.nationality:
        actor = _lead_subject(head, ep, ctx)
    if actor is None:
        return None
    if ep.gender is not None and gender_of(ctx, actor, head.idx + 1) is None:
        ctx.learned_genders[actor] = (ep.gender, head.idx)
    return actor, ep.role
