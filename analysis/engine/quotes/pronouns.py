"""Stage 4: speaker pronouns — "he", "she", "they", "it" — resolved to an antecedent as a reader
does: from the discourse, with gender as one signal among others.

**he/she.** First the sentence itself (:func:`_governing_subject`): a he/she said inside a
clause whose subject, earlier in the sentence and outside quotation marks, is a named person of
a compatible gender is that person's — the first such subject walking up the parse from the
pronoun's verb, past subjects that are no person ("Her lawyer said …") and he/she subjects of
the same person ("Trump, alleging that Obama wanted …, said he would deport refugees, who he
speculates are …": Trump, not Obama nor a speaker quoted before; "Ross proposed rules that
would end what she said were …": Ross). With no such clause, a sentence whose lead-in names one
compatible person as a clause's subject before the quotation the pronoun attributes, and no
other compatible person, is that person's (:func:`_lead_in_subject`: "Hale fired back: “…,” he
wrote", however the parser hangs the colon; session 19: a person named there only as a
possessor, "Mosman saw Santilli's words differently: “…,” he said", is no other person); a
subject word the NER left unlabelled counts when it is the surname of a person the article names
in full. Session 19: before the lead-in, a sentence that opens with a person's name set off by
a comma, whose main verb the parser left without a subject ("Trump, later alleging - falsely -
that Obama wanted …, said he would deport refugees, who he speculates are …": the models hang
"Trump" on "wanted" or make "alleging" the subject), is that person's
(:func:`_opening_name`). And a bare surname two people of the article share, a man and a woman
(:func:`_namesake`: "Clinton" where Bill and Hillary Clinton are both named, linked to
whichever was named in full last), is, for a he/she, the one of the pronoun's gender — as a
clause's subject, a lead-in and a candidate of the discourse below ("Clinton proposed rules
that would end what she said were …": Hillary Clinton). Otherwise the discourse decides.
The candidates are the article's people before the pronoun, outside quotation marks:
the person mentions of the current and the previous paragraph (at least ``subject_sentences``
sentences back; a one-word mention the NER labelled ORG/GPE/NORP counts when it is the surname
of a person the article names in full), the people who spoke in the attributions before it
(their speaker phrase was typed ``person`` from its syntax, so a rare name the NER called ORG is
still a person) and the article's main character so far. Each gets a score, the sum of these
signals (:data:`WEIGHTS`):

* ``previous_speaker`` (strong): the person of the latest attribution before the pronoun, in
  the same or the previous paragraph ("…,” Adeyemi said. “…,” she added."), unless another
  person of compatible or unknown gender became the subject of a clause since (the story moved
  on: "Marsh defended the cuts. “…,” she said."), a subject the previous speaker shares aside
  (:func:`_joined_with`: "“…,” said Ardell. / Ardell and drum 'n' bass star Robin Vale have
  released a single. “…,” she said": Ardell, though a small model parses Vale as the subject). Then that newest subject, when it is a name
  (not "the Scot") and the subject of a main clause (:func:`_main_subject`: not "his players,
  particularly Ronaldo, are ready"), also gets ``turn``: the turn passes to it ("“…,” Costa
  said. / But Ferreira is confident ahead of her match against the older Costa sister. “…,”
  she said": Ferreira, though Costa was quoted more and is named after her in passing). A
  person *newly introduced* since (:func:`_newcomer`) counts as such a subject and takes the
  turn though not a clause's subject: the first mention in the article, a full name, a
  compatible or unknown gender, with a role (:func:`_role_phrase`: "Ann Ross, head of the
  council", "analyst Ann Ross"), in a sentence after the attribution's ("“…,” said Mr Hale.
  The plan is backed by Ann Ross, head of the council. “…,” she said": Ross). Not a person
  named in passing: a possessor, a work's title, a name listed with others, one inside the
  previous speaker's report, one a clause's subject acts on (:func:`_clause_subject_person`:
  "He thanked his assistant, Ann Ross"), one named before in the article, one without a role.
  A previous speaker of the other gender is no turn at all: the pronoun is resolved as if there
  were none, so the subjects, the paragraph's subject and the chain below decide ("Foxx could
  not come, but actress Helen Mirren read out his speech. “…” He apologised …": Foxx, not a
  man quoted a paragraph before). A person named inside the clause the
  previous speaker reports (:func:`_in_report`: "Whitfield said Mr. Okafor had failed …. “…,”
  he said"; also when the reporting verb shares its subject with the verb before it: "Brandt
  is upset and says that Ortega …"; session 18: also a clause nested deeper in the report,
  "Vetham said most shoppers believed that RFID tags …") is what the speaker talks about: it
  neither ends the previous speaker's turn nor
  counts as a subject below — for a pronoun in the report's sentence or the next one with words
  outside quotation marks (:func:`_narration_between`), and not when the pronoun is in that
  report too ("Flynn said Trump was right when he said …"). A speaker inside the clause
  another speaker reports ("Adeyemi said the ward was promised by Collins") is not the
  previous speaker; an organisation speaker that reads as a name (two or three capitalised
  words, no organisation word: "said Ifeoma Nwachukwu") can be;
* ``subject``: the latest person of a compatible or unknown gender that is the subject of its
  clause within ``subject_sentences`` sentences (and not before the previous speaker's
  attribution, which re-centres the discourse), less (``other_subject``) for an earlier such
  subject in that stretch; a subject of the other gender in between does not demote it ("Alvarez
  won Nevada. His rival, Maria Lindqvist, won two states. “…,” he said": Alvarez); when the
  window has no previous speaker and no compatible subject in those sentences, the *paragraph's
  subject* counts as ``subject`` instead: the latest compatible person that is the subject of
  its clause earlier in the current or previous paragraph, unless that subject is shared with
  another person's name (:func:`_coordinated`: a group is no paragraph's subject) — it also
  counts as favoured (an ungendered first name is compatible, below). So a name only in passing
  since, an object or an apposition ("Kim Varga will miss the race. / The 29-year-old was third
  behind Helen Cole and Anna Fisk. … “…,” she said": Varga; "… mocked by his rival, Thomas
  Hale. “…,” he declared": the paragraph's subject), does not take the pronoun by recency.
  The subject of a relative clause (:func:`_relative_subject`: "Mrs Maguire was the relative
  with whom Giuseppe planned to stay. She said …"; "Mugabe agreed to power-sharing in which
  Tsvangirai became prime minister. “…,” he declared") is a name in passing inside a noun
  phrase: it is no subject here at all, so the sentence's subject keeps the pronoun;
* ``chain`` (only when the window has no previous speaker and no compatible person as a
  subject): the person the latest "he"/"she" of the same gender that is the subject of a main
  clause, outside quotation marks, in the window refers to — resolved by this same rule, once
  (memoised), at most :data:`CHAIN_DEPTH` pronouns back — unless another compatible person is
  named after that pronoun ("Alvarez won Nevada. / He thanked his volunteers. / He praised the
  towns. / “…,” he said": Alvarez, though the president was named more often before);
* ``recent``: the latest mention, less for each person named after it (``1 / (1 + rank)``);
* ``main``: the person with the most mentions and attributions so far (two or more);
  ``speaker``: per earlier attribution of the person in the article (at most two count);
* ``gender``: a gender known compatible — a title (Mr / Ms) or a first name in
  ``first_names.csv`` or the first-name statistics, else a gendered role noun before the name
  or in apposition to it ("her father, Murray,", "actor Ossie Grant": :func:`article_genders`),
  or a pronoun already resolved to the person earlier in this article — adds ``gender``; a known
  incompatible gender excludes the person. An unknown gender adds nothing, except for a person
  named with a first name the name statistics leave ungendered ("Hilary Swank", "Jamie Foxx":
  rare or mixed) whom the discourse favours — the previous speaker, the latest compatible
  subject in the window when that subject is hers alone (not coordinated with another
  person's name, :func:`_coordinated`: "Knight and Roni Size have released …"), or the main
  character named in the window: she counts as compatible and gets ``gender`` too, so that
  the discourse decides, not the name statistics ("Hilary Swank won, beating … Imelda
  Staunton. “…,” she told the audience": Swank). Only a first name the statistics hold
  (:func:`_ungendered_name`: at least ``min_count`` bearers) gets this bonus; a one-word name
  ("the Scot", "Boro") or a first word that is no first name ("Tods Murray") does not.

Who is a person candidate (:func:`_person_of`, one rule for the speaker and the narrative
pronouns): a PERSON mention, whatever the NER labelled the actor's other mentions (a person
whose surname it also tagged ORG stays a person), except a work's title (:func:`is_work_title`:
a name right after a ``work_nouns`` word, "her short film Wasp", "the novel Lakshmi"); and a
one-word ORG/GPE/NORP mention that is the surname of a person named in full; and a mention
under any other label of an actor the article names as a PERSON elsewhere
(:func:`_article_people`: "Cate Blanchett" tagged FAC in "Rooting for her was Cate Blanchett"
after a PERSON "Cate Blanchett"); and (session 22, :func:`_org_tagged_names`) a full name
the NER tagged ORG or GPE and nowhere PERSON, the subject of its clause, two or three name words
opening with a common first name of known gender, which also gives its gender ("Owain Pritchard
finished second behind Dafydd Rees and Gareth Lloyd. “…,” he said": Pritchard). Nor is a character
an actor plays (:func:`is_character`: a name after a ``character_cues`` phrase and at most five
words describing it, "her role as silent film icon Clara Bow", "cast as Anne Boleyn"): "the
Canadian-born actress" and "she" are the actor, not her role. A mention that is
only a possessor ("Hitler's Germany", "Trump's tariffs": :func:`_weak`) is neither a candidate
of the window nor of the fallback below: the pronoun goes to the person the story is about, not
to a name inside a thing. A title on any mention (Ms James) decides the person's gender over a
first name (:func:`article_genders`), so a woman whose name the NER cut to "Rhys James" is not
excluded from "she" as a man.

Session 26 (s31-pronouns, issue 24 class 1): nor, for a he/she, a name in passing inside a
prepositional object (or coordinated with one) of a clause whose subject is an epithet of the
person the story is about (:func:`.obliques.beside_epithet`: "The 29-year-old was second behind
Helen Cole and Anna Fisk. “…,” she said": not Fisk; an age, or a role noun of the pronoun's
gender, "the actress"), in the window and in the fallback below; the pronoun goes to the
epithet's person when the article names her, else stays unnamed.

The best score wins (ties: the latest mention). A person of unknown gender is a candidate only
with a discourse signal (previous speaker, a subject in the window, the main character named in
the window, or a mention in the current or previous sentence): a name of unknown gender is not
a free candidate for every pronoun, and loses to a compatible known gender unless the discourse
favours it (above). When no candidate scores, the most recent compatible person before the
pronoun takes it (the old rule). With no compatible person before the pronoun at all (not
even that one), a name the NER labelled ORG or GPE that is the subject of its clause in the
pronoun's sentence or the one before takes it when it is two or three capitalised name words
whose first word is a common first name of the pronoun's gender
(:func:`_organisation_tagged_name`, session 18: "Owain Pritchard lost 40 sheep. “…,” he
said"; not "Goldman Sachs", a rare first name, nor a name written as a place of work).

**Nobody the report names** (:func:`_named_in`): a he/she subject of the cue that reports a
content (not a possessive: "his claim that …") is no person named in that content, in or out
of quotation marks, whatever rule would pick them ("Mr Lowe “made the decisions,” he told the
court": the governing subject and the lead-in are Lowe's clause, but "he" is not Lowe; "Ms Ines
has “the same drive” as ever, he said"): they are left out of every rule below and of the
fallback. A person named before a colon that opens a quotation inside the content is a
lead-in, not what is reported ("Senator Ann Ross scolded him: “…,” she said" when the content
runs over the lead-in), and stays a candidate, as does a person in an adverbial clause of the content ("While Ross
backs the plan, she has never said …") and the subject of a speech verb inside
the content (:func:`_speaks_in`: "Ross said she felt …, “…,” she said", a report the writer
doubled); a content holding its own cue (a broken parse), or given to a he/she whose verb
goes on after it with a report or a predicate of its own (:func:`_aside`: "X isn't rattled by
the losses — in fact, she said it “humanizes” her"), takes nobody out. Cost: a bisect and
the mentions in the content, per pronoun.

Before the people are scored, an unnamed speaker keeps its he/she (:func:`_unnamed_previous`):
when the latest attribution before the pronoun, in its paragraph or the one before, is
``anonymous`` without an actor, its phrase gives the pronoun's gender by a role noun
(``male_role_nouns``/``female_role_nouns``: "a spokesman for the company", "An agency
spokeswoman") and no person mention became a clause's subject since, the pronoun is that
speaker's (``anonymous``): "He said …" after the spokesman's words is not a person named in
them. Cost: a bisect and the mentions between that attribution and the pronoun.

**Epithets** (:func:`epithet_antecedent`, for :mod:`.epithets`: "the 22-year-old", "the
Olympic champion", "the actress") are scored by the same signals, with the epithet's gender
(None for an age or a role noun: any person) excluding the other gender, every candidate
needing a discourse signal (a person of known gender too: the main character named only in an
earlier paragraph is no candidate), the epithet's role, nationality or place keeping the
candidates it fits, and no fallback to the most recent mention.

**Gender decided jointly with the links.** Linking "she" to a person whose gender the article
does not give makes that person female for the rest of the article (``ArticleContext``'s
``learned_genders``, with the pronoun's position): a later "he" cannot take her and a later
"she" counts ``gender`` for her. The quote rows keep the pronoun as the speaker text and the
person as the actor, so the corpus step's ``pronoun`` gender evidence follows.

**they/it.** "they": the organisation whose clause it is said inside, when the first subject
above it is that organisation's mention (:func:`_governing_organisation`: "The party urged the
court to restore what they called …"); else the latest group, organisation or anonymous
speaker among the last ``prior_speakers``; else an organisation (ORG mention) that is the subject of its clause in the
current or previous sentence ("The Environment Agency published a report. “…,” they said.").
"it": the latest organisation or document speaker, unless the narration turned to another
organisation since (session 25, s30-audit, :func:`_organisation_turn`): an organisation
actor's mention that is the subject of a main clause, in the sentence before the pronoun's or
in its own before it, after that speaker's attribution, takes the "it" ("The Halifax said
prices rose …. The ODPM attributed the fall to … It said annual inflation rose …": the ODPM;
not the subject of a clause someone reports, "BT said Ofcom had been slow. It added …": BT);
with no organisation quoted before, that subject takes it too (it was left an unresolved
pronoun). Cost: the entity mentions of two sentences, once per "it" speaker.

**Narrative pronouns** (:func:`narrative_pronouns`, after the quotes: they do not change
them). The he/she/him/his/her pronouns outside quotation marks that are a clause's subject or a
possessive ("She was 26.", "Her lawyer said …") are linked to a person as a reader links them,
for the corpus step's gender evidence; the speaker phrases that are a pronoun and the first
word of a person's reported clause are left out (the quotes table gives those). A pronoun is linked, with
"compatible" meaning a person whose gender the article does not give or gives as the
pronoun's (:func:`gender_of`, with the genders learned so far):

* to the one compatible person named before it in its own sentence ("Okafor, who was
  arrested in May, said her lawyer …"); two or more: not linked;
* else, to the one compatible person of the sentence before (the latest sentence with words
  outside quotation marks: a wholly quoted sentence continues its speaker's) unless a mention
  of it there is shared with another person (:func:`_coordinated`, which also reads a
  surname the NER missed: "Pike and … star Kit Vale have released …"), or, when it names
  several, to its subject when no other compatible person is named after the subject and the
  subject is not shared with another person (:func:`_coordinated`: "Reeve and drum 'n' bass
  star Roni Vell have released a single. She said she was …" links "she" to neither, though a
  small model parses "Roni Vell" as the subject and "Reeve" as a modifier of it);
* else, when the sentence before names no compatible person, to the person that sentence's
  subject pronoun was linked to ("She was 26. She had moved to Lagos in 2019.").

A person of unknown gender takes the linked pronoun's gender for the rest of the article
(``learned_genders``), so a later "he" is not linked to her. The pronouns go on the person's
latest mention before them (the ``pronouns`` column of the entities table). A pronoun whose
referent is ambiguous — two compatible people in play — is left unlinked, so the rule misses
some links rather than guessing; its cost is one pass over the tokens and the mentions
(bisect into the token offsets, O(n + m·log n) for n tokens and m mentions).

Cost: :func:`_governing_subject` and :func:`_governing_organisation` walk up the parse once
per pronoun (its depth, a bisect per subject), :func:`_lead_in_subject` reads the pronoun's
sentence before it once. The speaker pronouns are resolved in text order; each looks at the mentions of two
paragraphs (bisect into the sorted entity index), the earlier speakers (a list kept in text
order, read from the end) and per-actor mention positions and the main-clause subject pronouns
built once per article (:class:`_People`, O(m + n) for m mentions and n tokens): O(w + s +
a·log m + d) per pronoun for w mentions in the window, s earlier speakers, a person actors and
d the parse depth of a subject (:func:`_in_report`), so O(p·(w + s + a·log m + d)) for p
pronouns — near-linear for news articles (few speakers and people), quadratic only in their
count. :func:`_coordinated` adds, at most twice per pronoun, a bisect and the mentions inside
the latest subject's (or the paragraph subject's) phrase, and :func:`_joined_before` at most
nine tokens back from a subject and a bisect (also per subject checked by :func:`_joined_with`); :func:`_newcomer` a bisect and the
mentions between the previous attribution and the pronoun, each with a walk up the parse. The
``chain`` resolves each subject
pronoun it reaches at most once (memoised per article), so it adds at most one resolution per
such pronoun.

Session 25 (s30-sources): an unnamed speaker of no gender continued by the next quote's he/she
(:func:`_neutral_turn`) may have quoted fragments in its own report ("Governor Dalton's chief
aide said it was needed because of the “reckless spending”. “…,” he said": the aide's, not the
governor's).

Session 26 (s31-sources): a report in a participle shares the subject of the verb it hangs on
("The Scot defended Beattie, saying Gallas overreacted": the Scot's report, :func:`_in_report`),
and a sentence whose main subject is a he/she of the pronoun's gender does not end the
exemption of the people named in the previous speaker's report (:func:`_narration_between`:
"… saying Gallas overreacted. But he has had a rethink …. He said: “…”" is the speaker's).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Iterator

from ... import lexicons
from ..first_names import first_name_gender, is_first_name
from ..names import fold
from ..segments import doc_paragraph_starts, locate
from ..syntax import doc_text, index, token_from
from ..syntax import positions as word_positions
from .context import ArticleContext
from .obliques import beside_epithet
from .types import Speaker

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: The signals of a he/she antecedent and their weights (see the module docstring).
WEIGHTS = {"previous_speaker": 3.0, "subject": 2.0, "chain": 2.0, "other_subject": 1.0,
           "recent": 1.0, "main": 1.0, "speaker": 0.5, "gender": 1.5, "turn": 1.0}
#: how many subject pronouns back a chain is followed (see :func:`_chain`)
CHAIN_DEPTH = 8


def article_genders(entities: list, text: str | None = None) -> dict[str, str]:
    """Gender (``"f"``/``"m"``) per PERSON actor where this article shows it: a title (Mr / Ms)
    on any of its mentions, else a first name (the first mention that shows one decides), else
    (with the article's ``text``) a gendered role noun (``female_role_nouns``,
    ``male_role_nouns``, lower case) right before a mention or in apposition to it ("actor
    Ossie Davis", "her father, Murray,", "Robin Vale, his wife,": :func:`_role_noun_gender`),
    when all such nouns of the person agree. A title beats a first name: "Shani Rhys James …
    Ms James" is female though the NER's name "Rhys James" opens with a man's first name; a
    first name beats a role noun ("host Oprah Winfrey"), which only genders a name the
    statistics leave ungendered (rare or mixed: "Ossie", "Murray"), so that "she" is not given
    to a man the text calls a father. Per article, for he/she; the corpus-level actor gender is
    :func:`analysis.assembly.gender.actor_genders`. Cost: two short regex matches per PERSON
    mention."""
    names = lexicons.table("first_names")
    female, male = lexicons.words("female_titles"), lexicons.words("male_titles")
    titled: dict[str, str] = {}
    named: dict[str, str] = {}
    for ent in entities:
        if ent.actor is None or ent.label != "PERSON":
            continue
        words = _title_words(ent.text)
        if any(w in female for w in words):
            titled.setdefault(ent.actor, "f")
        elif any(w in male for w in words):
            titled.setdefault(ent.actor, "m")
        elif len(ent.actor.split()) > 1 and ent.actor not in named:
            first = ent.actor.split()[0]
            found = names.get(first.lower())
            if found is None:  # the first-name statistics (engine.first_names)
                found = {"female": "f", "male": "m"}.get(first_name_gender(first) or "")
            if found:
                named[ent.actor] = found
    roles: dict[str, set[str]] = {}
    if text is not None:
        for ent in entities:
            if ent.actor is not None and ent.label == "PERSON" and ent.actor not in named \
                    and ent.actor not in titled:
                gender = _role_noun_gender(text, ent.start, ent.end)
                if gender is not None:
                    roles.setdefault(ent.actor, set()).add(gender)
    by_role = {actor: next(iter(g)) for actor, g in roles.items() if len(g) == 1}
    return {**by_role, **named, **titled}


def _title_words(text: str) -> list[str]:
    """The words of a PERSON mention that can be its title (lower case, without a full stop):
    all but the last word of a mention of two words or more — session 21: the last word is the
    surname, and a surname may be a title word ("Labour MP Oona King", "Ms King": King is her
    surname, not a king's title, so her first mention does not make her a man; "Ruth Prince",
    "Alan Lady"); a one-word mention keeps its word ("Baroness" alone is rare, but kept as
    before)."""
    words = [w.rstrip(".").lower() for w in text.split()]
    return words[:-1] if len(words) > 1 else words


_POSSESSIVE = re.compile(r"['’]s?\Z")
_ROLE_BEFORE = re.compile(r"\b([a-z]+)\s*,?\s*\Z")
_ROLE_AFTER = re.compile(r"\A\s*,\s*(?:his|her|their|the|an?)\s+"
                         r"(?:[a-z-]+\s+){0,2}?([a-z]+)\s*[,.;]")


def _role_noun_gender(text: str, start: int, end: int) -> str | None:
    """``"f"``/``"m"`` when a gendered role noun (lower case) stands right before the mention at
    ``[start, end)`` ("actor Ossie Davis", "her father, Murray") or in apposition after it
    ("Murray, her father,"), else None."""
    female, male = lexicons.words("female_role_nouns"), lexicons.words("male_role_nouns")
    found = []
    before = _ROLE_BEFORE.search(text, max(0, start - 30), start)
    if before is not None:
        found.append(before.group(1))
    after = _ROLE_AFTER.match(text[end:end + 60])
    if after is not None:
        found.append(after.group(1))
    genders = {"f" if w in female else "m" for w in found if w in female or w in male}
    return next(iter(genders)) if len(genders) == 1 else None


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


@dataclass
class _People:
    """Per article, built once: the positions of each person actor's mentions outside
    quotation marks, in text order; the he/she pronouns outside quotation marks that are the
    subject of their clause (character offsets, in text order, and their token indices) for the
    ``chain`` signal, and the antecedents found for them so far; the offset of each actor's
    first mention in the article, inside quotation marks or not (for :func:`_newcomer`)."""

    positions: dict[str, list[int]]
    subject_pronouns: list[int] = field(default_factory=list)
    subject_tokens: list[int] = field(default_factory=list)
    chained: dict[int, str | None] = field(default_factory=dict)
    first_seen: dict[str, int] = field(default_factory=dict)


def _people(ctx: ArticleContext, doc: Doc) -> _People:
    if ctx.pronoun_state is None:
        ctx.org_tagged_names = _org_tagged_names(ctx, doc)
        positions: dict[str, list[int]] = {}
        for ent in ctx.entities:
            person = _person_of(ent, ctx)
            if person is not None:
                positions.setdefault(person, []).append(ent.start)
        table = lexicons.table("pronoun_genders")
        words = frozenset(w for w, g in table.items() if g in ("m", "f"))
        found = [t for t in (doc[i] for i in word_positions(doc, words, attr="LOWER"))
                 if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"
                 and t.idx not in ctx.quotes]
        first_seen: dict[str, int] = {}
        for ent in ctx.entities:  # in text order: the first mention of each actor
            if ent.actor is not None:
                first_seen.setdefault(ent.actor, ent.start)
        ctx.pronoun_state = _People(positions, [t.idx for t in found], [t.i for t in found],
                                    first_seen=first_seen)
    return ctx.pronoun_state


#: the labels the small models give a bare surname of a person the article names in full
#: (session 20: PRODUCT, FAC and LOC too: "Mendes could not believe …" tagged PRODUCT)
_SURNAME_MISLABELS = frozenset({"ORG", "GPE", "NORP", "PRODUCT", "FAC", "LOC"})


def _person_of(ent, ctx: ArticleContext) -> str | None:
    """The person actor of a mention outside quotation marks, or None — one rule for the
    speaker and the narrative pronouns:

    * a PERSON mention, whatever the NER labelled the actor's other mentions (a person whose
      surname the NER also tagged ORG, "Peter Hollis" … "Hollis" (ORG), stays a person);
      not when it names a work (:func:`is_work_title`: "her short film Wasp");
    * a one-word mention the NER labelled ORG/GPE/NORP (session 20: or PRODUCT/FAC/LOC) that
      is the surname of a person the article names in full ("Qureshi" tagged GPE after "Ayaan
      Qureshi", "Mendes" tagged PRODUCT after "Pedro Mendes");
    * a mention of another label whose actor the article names as a PERSON elsewhere
      (:func:`_article_people`: "Cate Blanchett" tagged FAC in "Rooting for her was Cate
      Blanchett", after a PERSON "Cate Blanchett" in the first paragraph): the same name is
      the same person in one article.

    Session 21: not a one-word plural name after "the" (:func:`_plural_after_the`: "match time
    with the Ospreys", a team the NER tagged PERSON), whatever its label."""
    if ent.actor is None or ent.start in ctx.quotes or _plural_after_the(ent, ctx):
        return None
    if ent.label == "PERSON":
        return None if ent.actor in _works(ctx) else ent.actor
    if ent.label in _SURNAME_MISLABELS and " " not in ent.text and ent.text[:1].isupper():
        found = ctx.surnames.get(ent.text)
        if found is not None:
            return found
    if ent.text[:1].isupper() and ent.actor in _article_people(ctx):
        return ent.actor
    if ent.label in ("ORG", "GPE") and ent.actor in ctx.org_tagged_names:
        return ent.actor
    return None


def _org_tagged_names(ctx: ArticleContext, doc: Doc) -> dict[str, str]:
    """Session 22: the people whose full name the NER tagged ORG or GPE and nowhere PERSON, with
    the gender of their first name: ``{actor: "m" | "f"}``. A reader takes "Owain Pritchard
    finished second behind Dafydd Rees and Gareth Lloyd. “…,” he said" as Pritchard's "he",
    whatever a small model tagged the name; the he/she rules saw only the people named in
    passing around him. A mention counts when it is outside quotation marks, the subject of
    its clause, two or three capitalised name words (no organisation or role word, not a
    country nor an organisation of the alias table) whose first word is a first name of at
    least :data:`ORG_NAME_BEARERS` bearers in the statistics ("Goldman Sachs" is not) *and of
    a known gender* (not a first name the statistics leave mixed, "Morgan", "Jo", "Jupiter":
    "analysts Jupiter Research" is a firm), and no mention of the actor is written as a place
    of work ("joined Ford Wheeler"): the test of :func:`_organisation_tagged_name`, which before
    applied only when no person at all was named before the pronoun. Every ORG/GPE mention of
    such an actor is then a person candidate (:func:`_person_of`) and its first name gives its
    gender (:func:`gender_of`).
    Built once per article (:func:`_people`): a regex and a dictionary look-up per ORG/GPE
    mention, the parse walk of :func:`is_subject` for those that pass."""
    from .speakers import _written_as_workplace

    found: dict[str, str] = {}
    for ent in ctx.entities:
        if ent.label in ("ORG", "GPE") and ent.actor is not None and ent.actor not in found \
                and ent.start not in ctx.quotes and ent.actor not in ctx.not_people \
                and ent.actor not in _article_people(ctx) and _name_like(ent.text) \
                and is_subject(doc, ent) and not any(
                    _written_as_workplace(ctx.text, m.start) for m in ctx.entities
                    if m.actor == ent.actor):
            gender = first_name_gender(ent.text.split()[0])
            if gender in ("male", "female"):
                found[ent.actor] = gender[0]
    return found


def _name_like(text: str, want: str | None = None) -> bool:
    """Whether a mention the NER tagged ORG/GPE reads as a person's full name: two or three
    capitalised name words, no organisation or role word, not a country, whose first word is a
    first name of at least :data:`ORG_NAME_BEARERS` bearers in the statistics (of the gender
    ``want``, "male"/"female", when given)."""
    from ..first_names import name_statistics
    from .headnames import _org_words, _role_words

    words = text.split()
    return 2 <= len(words) <= 3 and all(_NAME_WORD.match(w) for w in words) \
        and not _org_words().search(text) \
        and text.lower() not in lexicons.words("countries") \
        and not any(w.lower() in _role_words() for w in words) \
        and (want is None or first_name_gender(words[0]) == want) \
        and name_statistics().get(fold(words[0]).lower(), (0, 0.0))[0] >= ORG_NAME_BEARERS


def _plural_after_the(ent, ctx: ArticleContext) -> bool:
    """Whether a mention is one capitalised word ending in a plural "s" right after a lower-case
    "the" ("with the Ospreys", "the Saints", "the Tories"; "the Gates Foundation" names no
    person either): a team, a band, a family or a party, never one person a he/she can take up,
    though a small model tags it PERSON (session 21). A name of several words ("the Prince of
    Wales") and a person's surname ending in "ss" stay. Four characters of the text before."""
    word = ent.text
    if " " in word or len(word) < 3 or not word[:1].isupper() or not word.endswith("s") \
            or word.endswith("ss") or not word.isalpha():
        return False
    return ctx.text[max(ent.start - 4, 0):ent.start] == "the "


def _article_people(ctx: ArticleContext) -> frozenset[str]:
    """The actors of the article's PERSON mentions, outside quotation marks, that name no work
    (:func:`_works`): a mention of one of them under another label is that person. Built once
    per article (one pass over the mentions)."""
    found = getattr(ctx, "_article_people", None)
    if found is None:
        works = _works(ctx)
        found = frozenset(e.actor for e in ctx.entities
                          if e.label == "PERSON" and e.actor is not None
                          and e.start not in ctx.quotes and e.actor not in works)
        ctx._article_people = found  # type: ignore[attr-defined]
    return found


def _works(ctx: ArticleContext) -> frozenset[str]:
    """The actors of the article that name a work: one of their mentions is a work's title
    (:func:`is_work_title`), so every mention of them is ("Arnold's gritty drama Wasp … Set in
    her native Dartford, Wasp tells the story"). Built once per article (one look back per
    PERSON mention)."""
    found = getattr(ctx, "_works", None)
    if found is None:
        found = frozenset(e.actor for e in ctx.entities
                          if e.label == "PERSON" and e.actor is not None
                          and (is_work_title(ctx, e) or is_character(ctx, e)))
        ctx._works = found  # type: ignore[attr-defined]
    return found


def is_work_title(ctx: ArticleContext, ent) -> bool:
    """Whether a mention names a work, not a person: it follows a ``work_nouns`` word ("her
    short film Wasp", "the song Jolene", "his novel Ada"), possibly after a capitalised word
    of the title. The text before the mention is read, not the parse (small models parse a
    title as anything). Not after a comma ("Speaking on the Sunday Live programme, Ms
    Jamieson said") nor with an honorific (Ms, Mr, Dr…): those are people."""
    before = ctx.text[max(ent.start - 40, 0):ent.start].split()
    if not before or before[-1].endswith(","):
        return False  # "on BBC Radio Scotland's Sunday Live programme, Ms Jamieson said"
    if before[-1][-1] in ".!?":  # session 21: a sentence ends before the name ("… for her
        return False  # drama Wasp. / Arnold said …": Arnold opens a sentence, no title)
    first = ent.text.split()[0].lower().rstrip(".") if ent.text.split() else ""
    if first in lexicons.words("female_titles") or first in lexicons.words("male_titles") \
            or first in ("dr", "prof"):
        return False  # a titled name is a person's ("the programme Mr Jones presents")
    works = lexicons.words("work_nouns")
    last = before[-1].lower().strip(",:;")
    return last in works or (len(before) > 1 and before[-1][:1].isupper()
                             and before[-2].lower() in works)



def is_character(ctx: ArticleContext, ent) -> bool:
    """Whether a mention names the character an actor plays, not a person of the story: it
    follows a ``character_cues`` phrase ("her role as silent film icon Clara Bow", "cast as
    Anne Boleyn"), possibly after up to five words describing the character (no preposition,
    conjunction or punctuation between, the words of ``character_description_stops``: "her role
    as adviser to Ann Lee" names a person).
    Read from the text before the mention (80 characters)."""
    before = ctx.text[max(ent.start - 80, 0):ent.start]
    words = before.split()
    if not words or any(ch in before[-1:] for ch in ",.;:!?()"):
        return False
    cues = lexicons.words("character_cues")
    # a preposition or conjunction ends the description ("her role as adviser to Ann Lee")
    stops = lexicons.words("character_description_stops")
    lowered = [w.lower() for w in words]
    for gap in range(0, 6):
        end = len(lowered) - gap
        if end < 1:
            break
        if any(w.strip("\"'’‘“”") != w or w in stops or not w.replace("-", "").isalpha()
               for w in lowered[end:]):
            return False  # punctuation, a number or a preposition in the description
        for size in (1, 2):
            if end - size >= 0 and " ".join(lowered[end - size:end]) in cues:
                return True
    return False


def _weak(doc: Doc, ent) -> bool:
    """Whether a mention is only the possessor of a thing ("Hitler's Germany", "Trump's
    policies"): not a subject and not a discourse antecedent of a speaker pronoun. A possessor
    of a person's role or kin ("Holt's spokeswoman") is weak too: the pronoun goes to that
    person, not to the possessor."""
    span = doc.char_span(ent.start, ent.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    return root.dep_ == "poss" or any(c.dep_ == "case" and c.lower_ in ("'s", "’s", "'", "’")
                                      for c in root.children) or names_a_thing(root)


def names_a_thing(root: Token) -> bool:
    """Session 21: whether a name only modifies a common noun after it, with a determiner
    before — "a Whistler painting of a bridge", "the Blair government", "a Dior dress": the
    name is part of a thing's noun phrase, not a person in the story, so (like a possessor) no
    antecedent of a later he/she. Not a name before a person's role ("a Blair adviser"): the
    head noun is a thing, not a ``speaker_nouns`` role or a role noun."""
    head = root.head
    if root.dep_ != "compound" or head.i <= root.i or head.pos_ != "NOUN" \
            or any(t.pos_ == "PROPN" for t in root.doc[root.i + 1:head.i]):
        return False
    if not any(c.dep_ == "det" and c.i < root.i for c in head.children):
        return False
    nouns = lexicons.table("speaker_nouns")
    return not any(w in nouns or w in lexicons.words("female_role_nouns")
                   or w in lexicons.words("male_role_nouns") for w in (head.lower_, head.lemma_))


def _relative_subject(doc: Doc, ent) -> bool:
    """Whether a mention is the subject of a relative clause ("the relative with whom Giuseppe
    planned to stay"): a name in passing inside a noun phrase, not a subject of the story."""
    span = doc.char_span(ent.start, ent.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span.root
    for _ in range(3):  # up to the subject word ("Roni Size": Size; an apposition's head)
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return tok.head.dep_ in ("relcl", "acl")
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _asked_about(doc: Doc, ent) -> bool:
    """Session 20: whether a mention is the subject of the question a question verb reports
    ("Mr Hall was asked why Mr Reed had been allowed to resign. He replied: …"; "The host asked
    her whether Mr Patel would stay"): whom the question is about, not a subject of the story,
    so the person asked keeps a he/she that answers. The mention's clause is a complement of an
    ``question_verbs`` verb (up to two clauses deep: "why Mr Reed had been allowed to …"),
    whose own subject the mention is not."""
    span = doc.char_span(ent.start, ent.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span.root
    for _ in range(3):  # up to the subject word
        if tok.dep_ in ("nsubj", "nsubjpass") or tok.head.i == tok.i:
            break
        tok = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = tok.head
    questions = lexicons.words("question_verbs")
    for _ in range(2):
        if verb.dep_ not in ("ccomp", "advcl", "xcomp") or verb.head.i == verb.i:
            return False
        if verb.head.lemma_.lower() in questions:
            return True
        verb = verb.head
    return False


def _coordinated(doc: Doc, ctx: ArticleContext, actor: str, start: int) -> bool:
    """Whether the subject mention of ``actor`` at ``start`` shares its subject with another
    person ("Knight and Roni Size have released …"): the name's head word is a conjunct, or its
    phrase spans another person's mention (a small model may parse "Knight and … star Roni
    Size" as one noun phrase), or a person is named right before it and joined to it
    (:func:`_joined_before`: the parse left that conjunct out). A shared subject is not one
    person's, so it favours neither."""
    tok = _name_head(doc, start)
    if tok is None:
        return False
    if tok.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.children):
        return True
    left, right = doc[tok.left_edge.i].idx, doc[tok.right_edge.i].idx
    starts = ctx.entity_index.starts
    asides = _clauses_after(tok)
    for j in range(bisect.bisect_left(starts, left), bisect.bisect_right(starts, right)):
        if any(a <= ctx.entities[j].start < b for a, b in asides):
            continue  # "Swank, who won the Golden Globe and Oscar for …, paid tribute": one person
        other = _person_of(ctx.entities[j], ctx)
        if other is not None and other != actor:
            return True
    joined = _joined_before(doc, ctx, start)  # a first conjunct the parse left out
    return joined is not None and joined != actor


def _clauses_after(tok: Token) -> list[tuple[int, int]]:
    """The character spans of the relative clauses after the name head ``tok`` (session 21): a
    person named there is what the clause says of the subject ("Swank, who previously won the
    Golden Globe and Oscar for …, paid tribute …": "Oscar" is tagged PERSON), not a second
    subject sharing it, so :func:`_coordinated` skips it as :func:`_joined_with` does. Not an
    apposition ("Philippe Sands QC, a member of Cherie Blair's Matrix Chambers"): left as it
    was (it would make such a person a newcomer taking the turn, measured on the sources gold
    set with a name the scorer does not match). O(children of ``tok``)."""
    doc = tok.doc
    return [(doc[c.left_edge.i].idx, doc[c.right_edge.i].idx + len(doc[c.right_edge.i]))
            for c in tok.children if c.i > tok.i and c.dep_ in ("relcl", "acl")]


def _name_head(doc: Doc, start: int) -> Token | None:
    """The head word of the name whose mention starts at character ``start`` ("Roni Size":
    Size; an apposition's head), at most three steps up through compound, flat and appos; None
    past the Doc's end."""
    i = token_from(doc, start)
    if i >= len(doc):
        return None
    tok = doc[i]
    for _ in range(3):
        if tok.dep_ not in ("compound", "flat", "appos") or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


def _joined_with(doc: Doc, ctx: ArticleContext, start: int, other: str) -> bool:
    """Whether the subject mention at ``start`` shares its subject with a mention of the person
    ``other`` ("Ardell and drum 'n' bass star Robin Vale have released …" after Ardell spoke):
    ``other`` is one of the name's conjuncts, or named among the words before the name's head
    word in its phrase (a small model may parse "Ardell and … star Robin Vale" as one noun
    phrase), or is the person named right before it and joined to it (:func:`_joined_before`).
    Not a person named in a relative clause after the name ("DiCaprio, who lost to Foxx, …").
    A bisect and the mentions of the phrase's head."""
    tok = _name_head(doc, start)
    if tok is None:
        return False
    first = tok.head if tok.dep_ == "conj" and tok.head.i != tok.i else tok
    words = [first, *first.conjuncts] if first is not tok or any(
        c.dep_ == "conj" for c in tok.children) else []
    left, right = doc[tok.left_edge.i].idx, tok.idx  # the words before the head word
    starts = ctx.entity_index.starts
    for j in range(bisect.bisect_left(starts, left), bisect.bisect_left(starts, right)):
        if ctx.entities[j].start != start and _person_of(ctx.entities[j], ctx) == other:
            return True
    for word in words:
        j = bisect.bisect_right(starts, word.idx) - 1
        if j >= 0 and word.idx < ctx.entities[j].end and ctx.entities[j].start != start \
                and _person_of(ctx.entities[j], ctx) == other:
            return True
    return _joined_before(doc, ctx, start) == other


def _joined_before(doc: Doc, ctx: ArticleContext, start: int) -> str | None:
    """The person named right before the mention at ``start`` and joined to it by a
    ``cospeaker_joiners`` word with no clause or sentence stop between, at most eight words
    ("Ardell and drum 'n' bass star Robin Vale have released …"), or None: the coordination a
    small model's parse may leave out (the first conjunct a loose dependent of the verb). The
    word before the joining word names the person: a person mention (:func:`_person_of`), or
    a capitalised word outside any mention that is the surname of a person the article names
    in full (the NER may miss "Ardell" there). At most nine tokens back and a bisect."""
    i = token_from(doc, start)
    if i >= len(doc):
        return None
    first = doc[i].sent.start
    joiners = lexicons.words("cospeaker_joiners")
    k = i - 1
    while k >= max(first, i - 9):
        t = doc[k]
        if t.lower_ in joiners:
            break
        if t.dep_ in _CLAUSE_DEPS or any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) \
                or t.text in (".", ";", ":", "!", "?") or "\n" in t.text:
            return None  # a clause of its own between them ("Ardell left and Vale stayed")
        k -= 1
    else:
        return None
    if k - 1 < first:
        return None
    word = doc[k - 1]
    starts = ctx.entity_index.starts
    j = bisect.bisect_right(starts, word.idx) - 1
    if j >= 0 and word.idx < ctx.entities[j].end:
        return _person_of(ctx.entities[j], ctx)
    if word.text[:1].isupper() and word.idx not in ctx.quotes:
        return ctx.surnames.get(word.text)
    return None


#: the dependencies of a token that heads a clause (a clause between two names: no coordination)
_CLAUSE_DEPS = frozenset(("ROOT", "ccomp", "xcomp", "advcl", "relcl", "acl", "parataxis"))


def _ungendered_name(actor: str) -> bool:
    """Whether ``actor`` is named with a first name that the first-name statistics hold (at
    least ``min_count`` bearers) but leave ungendered ("Hilary", "Jamie", "Kim": rare or mixed
    by their share of women): a person's name, not a one-word name ("the Scot") nor a name
    whose first word is no first name ("Tods Murray")."""
    words = actor.split()
    if len(words) < 2:
        return False
    key = fold(words[0]).strip(".")
    return len(key) > 1 and is_first_name(key)


def gender_of(ctx: ArticleContext, actor: str, pos: int) -> str | None:
    """The gender the article gives ``actor`` before ``pos``: from a title or a first name
    (:func:`article_genders`), else from a pronoun resolved to the actor before ``pos``."""
    known = ctx.genders.get(actor)
    if known is not None:
        return known
    known = ctx.org_tagged_names.get(actor)  # session 22
    if known is not None:
        return known
    learned = ctx.learned_genders.get(actor)
    return learned[0] if learned is not None and learned[1] < pos else None


def _namesake(ctx: ArticleContext, doc: Doc, actor: str, start: int, end: int,
              gender: str | None, pos: int) -> str:
    """Session 19: the person a bare surname names for a he/she — "Clinton" in an article
    that names both Bill and Hillary Clinton is linked to whichever was named in full last,
    but "Clinton proposed rules that would end what she said were …" is Hillary Clinton. When
    the mention at ``start``–``end`` is one capitalised word (no title: a title decides the
    gender itself) and ``actor``'s known gender does not fit ``gender``, the one other person
    the article names in full with that surname whose gender fits (known, not merely unknown)
    is the person; otherwise ``actor``. Cost: the article's people, once per call."""
    word = ctx.text[start:end].strip()  # (ctx.text: doc.text rebuilds the string)
    if gender is None or " " in word or not word[:1].isupper() \
            or _fits_gender(gender_of(ctx, actor, pos), gender):
        return actor
    word = _POSSESSIVE.sub("", word)
    others = {a for a in _people(ctx, doc).positions
              if a != actor and len(a.split()) > 1 and a.split()[-1] == word
              and gender_of(ctx, a, pos) == gender}
    return next(iter(others)) if len(others) == 1 else actor


def _subject_namesake(tok: Token, person: str, gender: str, ctx: ArticleContext,
                      pos: int) -> str:
    """:func:`_namesake` for a subject word: its mention's span (the NER's, else the word)."""
    starts = ctx.entity_index.starts
    j = bisect.bisect_right(starts, tok.idx) - 1
    start, end = (ctx.entities[j].start, ctx.entities[j].end) \
        if j >= 0 and tok.idx < ctx.entities[j].end else (tok.idx, tok.idx + len(tok))
    return _namesake(ctx, tok.doc, person, start, end, gender, pos)


def resolve_pronoun(head: Token, ctx: ArticleContext, prior: list[Speaker],
                    content: tuple[int, int] | None = None) -> Speaker | None:
    """The antecedent of a speaker pronoun, or None (then the speaker stays ``pronoun``).

    he/she: the named person whose clause the pronoun is said inside or whose lead-in opens its
    sentence (:func:`_governing_subject`), else the best-scored person of the discourse (module
    docstring); a person of unknown gender then takes the pronoun's gender for the rest of the
    article. they: the organisation whose clause it is said inside
    (:func:`_governing_organisation`), else the latest group, organisation or anonymous
    speaker, else an organisation subject of the current or previous sentence. it: the
    organisation the narration turned to (:func:`_organisation_turn`), else the latest
    organisation or document speaker.

    ``content``, the character span of what the pronoun's cue reports, takes the people named
    in it out of the candidates of a he/she subject (:func:`_named_in`; not a possessive, "his
    claim that …"): the pronoun is the subject of the clause that reports them, so it cannot be
    them ("Mr Lowe “made the decisions,” he told
    the court": not Lowe; "Ms Ines has “the same drive” as ever, he said": not Ines).
    """
    word = head.lower_
    gender = lexicons.table("pronoun_genders").get(word)
    pos = head.idx
    if gender in ("m", "f"):
        _people(ctx, head.doc)  # the article's people first (session 22: ORG-tagged names too)
        unnamed = _unnamed_previous(head, gender, ctx, prior)
        if unnamed is not None:  # "a spokesman for the company said …. He said …"
            return unnamed
        named = _named_in(ctx, head.doc, content) if content is not None \
            and head.dep_ in ("nsubj", "nsubjpass") and not _aside(head, content) \
            else frozenset()
        actor = _governing_subject(head, gender, ctx, named)  # "Ross said he would …, which he …"
        if actor is None:
            actor = _person_antecedent(head, gender, ctx, prior, exclude=named)
        if actor is None:  # nobody before it: a rare name the NER called an organisation
            actor = _organisation_tagged_name(head, gender, ctx, named)
        if actor is None:
            return None
        if gender_of(ctx, actor, pos + 1) is None:
            ctx.learned_genders[actor] = (gender, pos)
        return Speaker(type="person", actor=actor, role=None)
    if word == "they":
        org = _governing_organisation(head, ctx)  # "The party argued that they …"
        if org is not None:
            return Speaker(type="organization", actor=org, role=None)
        for sp in reversed(prior[-ctx.settings.prior_speakers:]):
            if sp.start is not None and sp.start < pos and sp.type in ("group", "organization",
                                                                        "anonymous"):
                return Speaker(type=sp.type, actor=sp.actor, role=sp.role)
        org = _organisation_subject(head, ctx)
        if org is not None:
            return Speaker(type="organization", actor=org, role=None)
        return None
    if word == "it":
        latest = next((sp for sp in reversed(prior[-ctx.settings.prior_speakers:])
                       if sp.start is not None and sp.start < pos
                       and sp.type in ("organization", "document")), None)
        after = -1 if latest is None or latest.start is None else latest.start
        org = _organisation_turn(head, ctx, after)
        if org is not None and (latest is None or org != latest.actor):
            return Speaker(type="organization", actor=org, role=None)
        if latest is not None:
            return Speaker(type=latest.type, actor=latest.actor, role=latest.role)
        return None
    return None


def _organisation_turn(head: Token, ctx: ArticleContext, after: int) -> str | None:
    """Session 25 (s30-audit): the organisation an "it" speaker takes from the narration, not
    the latest organisation quoted: the latest mention of an ORG actor (outside quotation
    marks; the mention itself tagged ORG or PERSON, "The ODPM attributed …" on the official
    model) that is the subject of a main clause (:func:`_main_subject`: not the subject of a
    clause someone reports, "BT said Ofcom had been slow") in the sentence before the
    pronoun's or in its own before it, and after the latest organisation's attribution (offset
    ``after``): the story turned to it ("The Halifax said prices rose …. The ODPM attributed
    the fall to … It said annual inflation rose …": the ODPM). O(mentions in two sentences)."""
    doc = head.doc
    for ent in _mentions_back(head, ctx):
        if ent.start <= after:
            return None
        if ent.label in ("ORG", "PERSON") and ent.actor is not None \
                and ent.start not in ctx.quotes and ctx.actor_labels.get(ent.actor) == "ORG" \
                and _main_subject(doc, _root_offset(doc, ent)):
            return ent.actor
    return None


def _root_offset(doc: Doc, ent) -> int:
    """Offset of the syntactic head of an entity mention ("Office" of "The Office for Housing
    Statistics"), its start when it spans no token."""
    span = doc.char_span(ent.start, ent.end, alignment_mode="expand")
    return span.root.idx if span is not None and len(span) else ent.start


def _named_in(ctx: ArticleContext, doc: Doc, content: tuple[int, int]) -> frozenset[str]:
    """The people (:func:`_person_of`) with a mention inside the character span ``content``, in
    or out of quotation marks: what a cue reports names no one its he/she subject can be. Not
    a person named before a colon that opens a quotation inside the span: that is a lead-in
    ("Sen. Ann Ross scolded him: “…,” she said" when the span runs over it), whose subject may
    well be the pronoun's; nor a person in an adverbial clause (:func:`_in_adverbial`:
    "While Ross backs the plan, she has never said …"); nor the subject of a speech verb inside
    the span ("Ross said she felt the law was flawed because “…,” she said": a report doubled
    by the writer, Ross's). Cost: a bisect and the mentions in the span, a bisect each."""
    starts = ctx.entity_index.starts
    cs, ce = content
    lead = max((m.end() for m in _LEAD_IN_COLON.finditer(ctx.text, cs, ce)), default=cs)
    found = set()
    for j in range(bisect.bisect_left(starts, lead),
                   bisect.bisect_left(starts, ce)):
        ent = ctx.entities[j]
        actor = _person_of(ent, ctx)
        if actor is not None and not _speaks_in(doc, ent) \
                and not _in_adverbial(doc, ent, content):
            found.add(actor)
    return frozenset(found)


def _in_adverbial(doc: Doc, ent, content: tuple[int, int]) -> bool:
    """Whether the mention ``ent`` stands in an adverbial clause inside ``content`` ("While Ross
    backs the plan, she has never said …", "as Ross echoed the criticism, … she said"): a name
    there may well be the pronoun's. Cost: the parse depth."""
    tok = doc[token_from(doc, ent.start)]
    while content[0] <= tok.idx < content[1]:
        if tok.dep_ == "advcl":
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _aside(head: Token, content: tuple[int, int]) -> bool:
    """Whether the he/she at ``head`` speaks an aside after the content it is given, its verb
    going on with a report or a predicate of its own ("X isn't rattled by the losses — in fact,
    she said it “humanizes” her"; "X praised his brother's “faith” - “…,” he said - and argued
    …"): the name before it is the sentence's subject, whom the aside's pronoun continues. Also
    a content that ends more than three words before the pronoun: not the clause its cue
    reports next to it, a parse's guess."""
    verb = head.head
    if content[1] <= head.idx and len(doc_text(head.doc)[content[1]:head.idx].split()) > 3:
        return True  # (a content far before its cue: "X derided the plan, saying: “…” …, he
        # said" — what the parse gave the cue is not next to it, nor surely what it reports)
    return content[1] <= head.idx and any(
        c.i > verb.i and c.dep_ in ("conj", "ccomp", "xcomp") for c in verb.children)


def _speaks_in(doc: Doc, ent) -> bool:
    """Whether a word of the mention ``ent`` is the subject of a speech verb of the lexicon."""
    verbs = lexicons.speech_verbs()[0]
    i = token_from(doc, ent.start)
    while i < len(doc) and doc[i].idx < ent.end:
        tok = doc[i]
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in verbs:
            return True
        i += 1
    return False


#: a colon that opens a quotation: what stands before it in a cue's content is a lead-in
_LEAD_IN_COLON = re.compile(r":\s*[\"“‘']")


def _governing_subject(head: Token, gender: str, ctx: ArticleContext,
                       named: frozenset[str] = frozenset()) -> str | None:
    """The person whose clause the speaker pronoun at ``head`` is said inside: walking up the
    parse from the pronoun's verb, the first clause whose subject, before the pronoun and
    outside quotation marks, is a person (:func:`_subject_person`) of a compatible gender
    ("Trump, alleging that Obama wanted …, said he would deport refugees, who he speculates
    are …": Trump, not Obama; "Ross proposed rules that would end what she said were …":
    Ross, not a speaker quoted before). A subject that is no person ("The report said …",
    "Her lawyer said …") or a person of the other gender passes the walk on up; a he/she of
    the pronoun's gender as that subject passes it on too (it is the same person's, "… said he
    would …, which he …"). With no such clause, the sentence's lead-in may name the speaker
    (:func:`_lead_in_subject`). A person in ``named`` (named in what the pronoun's cue
    reports) is never the answer. Cost: the parse depth, a bisect per subject."""
    pos = head.idx
    for c in _clause_subjects(head, ctx):
        person = _subject_person(c, ctx)
        if person is not None:
            person = _subject_namesake(c, person, gender, ctx, pos)
        if person is not None and person not in named \
                and _fits_gender(gender_of(ctx, person, pos), gender):
            return person
    person = _opening_name(head, gender, ctx, named)
    if person is not None:
        return person
    return _lead_in_subject(head, gender, ctx, named)


def _opening_name(head: Token, gender: str, ctx: ArticleContext,
                  named: frozenset[str] = frozenset()) -> str | None:
    """Session 19: the person whose name opens the pronoun's sentence, set off by a comma,
    when the parser lost the sentence's main verb's subject ("Trump, later alleging that Obama
    wanted to admit 250,000 Syrians, said he would deport refugees, who he speculates are …":
    the official model hangs "Trump" on "wanted", or makes "Trump" and "Obama" both subjects of
    "wanted"; the news model makes "alleging" the subject of "said"; the walk up from
    "speculates" then finds no person and Obama, inside the participle clause, took the
    pronoun). Only when the sentence's root is a verb before the pronoun whose subjects, if
    any, are verbs (the participle that took the slot), and the words before the first comma
    are a capitalised name that is a person (:func:`_subject_person`, a surname the NER left
    unlabelled included) of a compatible gender, not named in the report, and not the subject
    of a verb of its own — unless that verb has a second subject or is the root's subject.
    Cost: the sentence's root and its first words."""
    doc = head.doc
    ix = index(doc)
    first = ix.sent_bounds[ix.sent_id[head.i]][0]
    root = doc[head.i]
    while root.head.i != root.i:
        root = root.head
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if root.i >= head.i or root.i < first or root.pos_ not in ("VERB", "AUX") \
            or any(c.pos_ != "VERB" for c in subjects):
        return None
    comma = next((t.i for t in doc[first:root.i] if t.text == ","), None)
    if comma is None or comma == first or doc[first].idx in ctx.quotes \
            or not all(t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN", "ADJ")
                       for t in doc[first:comma]):  # (the official model tags "Trump" ADJ)
        return None
    name = doc[comma - 1]
    if name.dep_ == "poss" or name.dep_ in ("nsubj", "nsubjpass") and name.head not in subjects \
            and sum(c.dep_ in ("nsubj", "nsubjpass") for c in name.head.children) < 2:
        return None  # (a subject of its own verb: no parse lost)
    person = _subject_person(name, ctx)
    if person is None or person in named:
        return None
    person = _subject_namesake(name, person, gender, ctx, head.idx)
    return person if _fits_gender(gender_of(ctx, person, head.idx), gender) else None


def _clause_subjects(head: Token, ctx: ArticleContext) -> Iterator[Token]:
    """The subjects of the clauses a speaker pronoun at ``head`` is said inside, nearest
    first: walking up the parse from the pronoun's verb, each clause's ``nsubj``/``nsubjpass``
    before the pronoun, outside the branch the walk came up by and outside quotation marks. A
    he/she/they subject is passed over ("Ross said he would …, which he …": the same person's,
    on up to the name). Cost: the parse depth."""
    table = lexicons.table("pronoun_genders")
    tok, seen = head.head, head
    while True:
        for c in tok.children:
            if c.dep_ not in ("nsubj", "nsubjpass") or c.i >= head.i \
                    or c.left_edge.i <= seen.i <= c.right_edge.i or c.idx in ctx.quotes:
                continue
            if table.get(c.lower_) is None:
                yield c
        if tok.head.i == tok.i:
            return
        seen, tok = tok, tok.head


def _governing_organisation(head: Token, ctx: ArticleContext) -> str | None:
    """The organisation whose clause a speaker "they" is said inside: walking up the parse
    from the pronoun's verb, the first clause subject before the pronoun, outside quotation
    marks and not a pronoun, when it is an organisation's mention (ORG, the actor an
    organisation: "The Ohio Democratic Party asked the court to restore what they called …";
    "The union rejected the offer, which they said …"). Any other subject (a person, a group
    noun: "Officials said they …") ends the walk: the earlier speakers decide, as before.
    Cost: the parse depth, a bisect per subject."""
    c = next(_clause_subjects(head, ctx), None)
    if c is None:
        return None
    starts = ctx.entity_index.starts
    j = bisect.bisect_right(starts, c.idx) - 1
    ent = ctx.entities[j] if j >= 0 and c.idx < ctx.entities[j].end else None
    if ent is not None and ent.label == "ORG" and ent.actor is not None \
            and ctx.actor_labels.get(ent.actor) == "ORG":
        return ent.actor
    return None


def _lead_in_subject(head: Token, gender: str, ctx: ArticleContext,
                     named: frozenset[str] = frozenset()) -> str | None:
    """The person whose lead-in opens the pronoun's sentence before a quotation the pronoun
    attributes ("Hale fired back: “…,” he wrote, “…”": Hale, whatever the parse makes of the
    colon): the one person (:func:`_subject_person`) of a compatible gender that is a clause's
    subject outside quotation marks before the pronoun in its sentence, not a relative clause's,
    with a quotation between that subject and the pronoun, and no other person of a compatible
    gender named outside quotation marks in the sentence before the pronoun. Cost: the
    sentence's tokens before the pronoun, a bisect and its mentions."""
    doc, pos = head.doc, head.idx
    ix = index(doc)
    first = ix.sent_bounds[ix.sent_id[head.i]][0]
    table = lexicons.table("pronoun_genders")
    found: tuple[str, int] | None = None
    for i in range(first, head.i):
        tok = doc[i]
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.idx in ctx.quotes \
                or table.get(tok.lower_) is not None:
            continue
        person = _subject_person(tok, ctx)
        if person is not None:
            person = _subject_namesake(tok, person, gender, ctx, pos)
        if person is None or person in named \
                or not _fits_gender(gender_of(ctx, person, pos), gender):
            continue  # (a person the cue's own report names is what is said: no lead-in)
        if found is not None and found[0] != person or tok.head.dep_ in ("relcl", "acl"):
            return None  # two people, or a name in passing
        found = (person, tok.idx + len(tok))
    if found is None or not ctx.quotes.overlapping(found[1], pos):
        return None
    starts = ctx.entity_index.starts
    for j in range(bisect.bisect_left(starts, doc[first].idx), bisect.bisect_left(starts, pos)):
        actor = _person_of(ctx.entities[j], ctx)
        if actor is not None and _weak(doc, ctx.entities[j]):
            continue  # session 19: a possessor, "Mosman saw Santilli's words differently: …"
        if actor is not None and actor != found[0] and actor not in named \
                and _fits_gender(gender_of(ctx, actor, pos), gender):
            return None  # another person named in the sentence
    return found[0]


def _unlabelled_surname_subjects(head: Token, ctx: ArticleContext,
                                 start: int) -> list[tuple[str, int]]:
    """Session 21: ``(actor, position)`` of the subjects between character ``start`` and the
    pronoun ``head`` that are a bare surname outside every mention and quotation, of a person
    the article names in full (:func:`_subject_person`): the small models often leave such a
    surname untagged at the head of a sentence ("Vance, who won the Golden Globe …, thanked the
    cast"), so the woman the sentence is about was no candidate for the "she said" after it and
    another woman named in full before took it. A subject of a main clause or of a clause
    coordinated with it (not a relative clause's nor a reported clause's). O(tokens between)."""
    doc, starts = head.doc, ctx.entity_index.starts
    found = []
    for tok in doc[token_from(doc, start):head.i]:
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ != "PROPN" \
                or not tok.text[:1].isupper() or tok.text not in ctx.surnames \
                or tok.idx in ctx.quotes or tok.head.dep_ not in ("ROOT", "conj"):
            continue
        j = bisect.bisect_right(starts, tok.idx) - 1
        if j >= 0 and tok.idx < ctx.entities[j].end:
            continue  # a mention: the loop over mentions has it
        actor = _subject_person(tok, ctx)
        if actor is not None:
            found.append((actor, tok.idx))
    return found


def _subject_person(tok: Token, ctx: ArticleContext) -> str | None:
    """The person a subject word names (its head word or an apposition's), or None: a person
    mention (:func:`_person_of`, not a possessor) covering it, else a capitalised word outside
    any mention that is the surname of a person the article names in full (the NER may miss
    "Mosman saw …"): of several such people, the one named most often."""
    starts = ctx.entity_index.starts
    for word in [tok, *(a for a in tok.children if a.dep_ == "appos")]:
        j = bisect.bisect_right(starts, word.idx) - 1
        if j >= 0 and word.idx < ctx.entities[j].end:
            ent = ctx.entities[j]
            person = _person_of(ent, ctx)
            if person is not None and not _weak(tok.doc, ent):
                return person
        elif word.text[:1].isupper() and word.text in ctx.surnames:
            # ("Trump": Donald Trump, not a longer name the NER made of "Trump v. Trump")
            positions = _people(ctx, tok.doc).positions
            named = [a for a in positions if a.split()[-1] == word.text]
            return max(named, key=lambda a: len(positions[a])) if named \
                else ctx.surnames[word.text]
    return None


def _unnamed_previous(head: Token, gender: str, ctx: ArticleContext, prior: list[Speaker]
                      ) -> Speaker | None:
    """The unnamed speaker a he/she continues: the latest attribution before the pronoun, in
    its paragraph or the one before, is ``anonymous`` without an actor, its phrase gives the
    pronoun's gender by a role noun ("a spokesman for the company", "An NHTCU spokeswoman":
    ``male_role_nouns``, ``female_role_nouns``) or is a pronoun of that gender that continued
    such a speaker, and no person mention became the subject of a clause since — a person
    inside the clause that speaker reports does not count (:func:`_in_report`: "A spokeswoman
    said Andi Marsh would stay on. She said …": the spokeswoman's; session 18). Then "He
    said …" is the spokesman's, not a person named in his words."""
    pos = head.idx
    # (a speaker inside the clause another reports is not the latest: "A spokeswoman said
    # Andi Marsh would continue as producer. She said …" — "continue" read as a cue)
    latest = next((sp for sp in reversed(prior) if sp.start is not None and sp.start < pos
                   and not (sp.type == "person" and _reported(head.doc, sp, ctx))), None)
    if latest is None or latest.type != "anonymous" or latest.actor is not None \
            or latest.start is None or latest.end is None or not latest.text:
        return None
    paragraphs = doc_paragraph_starts(head.doc)
    if locate(latest.start, paragraphs) < locate(pos, paragraphs) - 1:
        return None
    words = {w.strip(".,;:'’\"").lower() for w in latest.text.split()}
    nouns = lexicons.words("female_role_nouns" if gender == "f" else "male_role_nouns")
    other = lexicons.words("male_role_nouns" if gender == "f" else "female_role_nouns")
    same = lexicons.table("pronoun_genders").get(latest.text.strip().lower()) == gender
    if words & other or not (words & nouns or same) and not _neutral_turn(ctx, latest, words, pos):
        return None  # (a he/she that continued an unnamed speaker continues it in turn)
    end = latest.end
    first = bisect.bisect_left(ctx.entity_index.starts, end)
    last = bisect.bisect_left(ctx.entity_index.starts, pos)
    # a person named inside the clause the unnamed speaker reports ("A spokeswoman said Andi
    # Marsh would stay on. She said …") is what she talks about, not a new subject — as for a
    # named previous speaker (not when the pronoun is in that report too, nor after narration)
    report = not _in_report(head.doc, pos, latest.start, end) \
        and not _narration_between(head.doc, ctx, end, head)
    for j in range(first, last):
        ent = ctx.entities[j]
        if _person_of(ent, ctx) is not None and is_subject(head.doc, ent) \
                and not (report and _in_report(head.doc, ent.start, latest.start, end)):
            return None  # the story moved on to a person
    return Speaker(type="anonymous", actor=None, role=latest.role)


#: session 23: what may stand between an unnamed speaker and the he/she of the next quote's
#: attribution: the rest of the speaker's sentence, then that one quote ("…,” said a club
#: official, who declined to be named. “Then …,” he added"). Session 25 (s30-sources): the rest
#: of the sentence may hold quoted fragments of the speaker's report, the last one closing the
#: sentence inside or before its closing mark ("… the chief aide said it was needed because of
#: the “economic aggression”. “The tax …,” he said"); fragments hold no full stop, so the
#: alternatives start on different characters (linear).
_NEXT_QUOTE_TURN = re.compile(
    r"(?:[^\n.!?\"“”]|[\"“][^\"“”\n.!?]*[\"”])*"  # the sentence's words and fragments
    r"(?:[.!?]|[\"“][^\"“”\n.!?]*[.!?][\"”])"  # its stop, or a fragment closed by one
    r"[^\S\n]*[\"“][^\"“”\n]+[\"”][^\S\n]*")


def _neutral_turn(ctx: ArticleContext, latest: Speaker, words: set[str], pos: int) -> bool:
    """Session 23 (s27-webquotes): whether an unnamed speaker whose role noun gives no gender
    ("a club official", "a source", an ``anonymous`` noun of ``speaker_nouns``) is continued by
    the he/she at ``pos`` because nothing but the next quote stands between them: "“…,” said a
    Juventus official, who declined to be named. “Then he will meet …,” he added" — the
    official's words, not those of a man the quote names. O(length between)."""
    nouns = lexicons.table("speaker_nouns")
    if latest.end is None or not any(nouns.get(w) == "anonymous" for w in words):
        return False
    return _NEXT_QUOTE_TURN.fullmatch(ctx.text, latest.end, pos) is not None


_NAME_WORD = re.compile(r"[A-Z][a-zà-ÿ]+(?:[-'’][A-Za-zà-ÿ]+)*\Z")
ORG_NAME_BEARERS = 200  # bearers of a first name that makes an ORG-tagged name a person's


def _organisation_tagged_name(head: Token, gender: str, ctx: ArticleContext,
                              exclude: frozenset[str]) -> str | None:
    """The name the NER labelled ORG or GPE that a he/she with no person before it stands for
    (session 18): the latest such mention outside quotation marks in the pronoun's sentence or
    the one before, the subject of its clause, of two or three capitalised name words (no
    organisation or role word, not the alias table's organisation nor a country) whose first
    word is a first name of the pronoun's gender ("Owain Pritchard lost 40 sheep in the floods.
    “…,” he said": both models tag the rare name ORG). Only when the article names no
    compatible person before the pronoun (:func:`_person_antecedent` found none, its fallback
    included), so a firm named after a person ("John Lewis") is no candidate beside a person;
    the first name must be a common one (at least :data:`ORG_NAME_BEARERS` bearers in the
    statistics: not "Goldman Sachs"), and no mention of the name written as a place of work
    ("joined Ford Wheeler", ``workplace_words``). Cost: the mentions of two sentences, and the
    name's mentions for the one candidate kept."""
    from .speakers import _written_as_workplace

    want = {"m": "male", "f": "female"}[gender]
    for ent in _mentions_back(head, ctx):
        if ent.label not in ("ORG", "GPE") or ent.start in ctx.quotes or ent.actor is None \
                or ent.actor in exclude or ent.actor in ctx.not_people:
            continue
        if _name_like(ent.text, want) and is_subject(head.doc, ent) \
                and not any(_written_as_workplace(ctx.text, m.start) for m in ctx.entities
                            if m.actor == ent.actor):
            return ent.actor
    return None


def _sentence_back(head: Token, n: int) -> int:
    """Start offset of the sentence ``n`` sentences before the one of ``head``."""
    doc = head.doc
    ix = index(doc)
    k = max(ix.sent_id[head.i] - n, 0)
    return doc[ix.sent_bounds[k][0]].idx


def _mentions_back(head: Token, ctx: ArticleContext):
    """The entity mentions before ``head`` back to the start of the sentence before its own,
    latest first (a bisect, then one step per mention)."""
    start = _sentence_back(head, 1)
    before = bisect.bisect_left(ctx.entity_index.starts, head.idx)
    for j in range(before - 1, -1, -1):
        ent = ctx.entities[j]
        if ent.start < start:
            return
        yield ent


def _organisation_subject(head: Token, ctx: ArticleContext) -> str | None:
    """The latest ORG mention outside quotation marks that is the subject of its clause in the
    sentence of ``head`` or the one before."""
    for ent in _mentions_back(head, ctx):
        if ent.label == "ORG" and ent.actor is not None and ent.start not in ctx.quotes \
                and ctx.actor_labels.get(ent.actor) == "ORG" and is_subject(head.doc, ent):
            return ent.actor
    return None


def _chain(head: Token, gender: str | None, ctx: ArticleContext, prior: list[Speaker], start: int,
           depth: int) -> tuple[str, int] | None:
    """The ``chain`` signal: the person the latest he/she subject pronoun of the same gender
    before ``head`` (from ``start`` on, outside quotation marks) refers to, with that pronoun's
    position ("Sanders won Vermont. / He told the crowd … / He said …": Sanders). That pronoun
    is resolved by the same rule (:func:`_person_antecedent`), once (memoised per article), at
    most :data:`CHAIN_DEPTH` pronouns back."""
    if depth >= CHAIN_DEPTH:
        return None
    people = _people(ctx, head.doc)
    table = lexicons.table("pronoun_genders")
    at = bisect.bisect_left(people.subject_pronouns, head.idx) - 1
    while at >= 0 and people.subject_pronouns[at] >= start:
        tok = head.doc[people.subject_tokens[at]]
        if tok.i != head.i and (gender is None or table.get(tok.lower_) == gender):
            if tok.i not in people.chained:
                people.chained[tok.i] = _person_antecedent(tok, table[tok.lower_], ctx, prior,
                                                           depth + 1)
            actor = people.chained[tok.i]
            return (actor, tok.idx) if actor is not None else None
        at -= 1
    return None


def _fits_gender(known: str | None, gender: str | None) -> bool:
    """Whether a person of ``known`` gender (None: not given) can be the antecedent of a
    phrase of ``gender`` (None: any, an epithet such as "the 22-year-old")."""
    return known is None or gender is None or known == gender


def epithet_antecedent(head: Token, gender: str | None, ctx: ArticleContext,
                       prior: list[Speaker], fits: Callable[[str], bool] | None = None
                       ) -> str | None:
    """The person a definite epithet speaker ("the 22-year-old", "the Olympic champion", "the
    actress") re-describes, scored by the discourse signals of a he/she (module docstring:
    previous speaker, subjects, the paragraph's subject, the chain of subject pronouns, the main
    character, recency), ``gender`` (None: any) excluding the other gender. ``fits`` (the
    epithet's role, nationality or place, :mod:`.epithets`) keeps the candidates it accepts. No
    fallback to the most recent mention: an epithet with no candidate stays unnamed."""
    _people(ctx, head.doc)  # the article's people first (session 22: ORG-tagged names too)
    return _person_antecedent(head, gender, ctx, prior, fits=fits, fallback=False)


def _person_antecedent(head: Token, gender: str | None, ctx: ArticleContext,
                       prior: list[Speaker], depth: int = 0,
                       fits: Callable[[str], bool] | None = None, fallback: bool = True,
                       exclude: frozenset[str] = frozenset()) -> str | None:
    pos, doc = head.idx, head.doc
    people = _people(ctx, doc)
    paragraphs = doc_paragraph_starts(doc)
    par = locate(pos, paragraphs)
    window_start = min(paragraphs[max(par - 1, 0)],
                       _sentence_back(head, ctx.settings.subject_sentences))
    near_start = _sentence_back(head, 1)  # the current and the previous sentence
    scores: dict[str, float] = {}
    latest: dict[str, int] = {}  # actor -> position of its latest mention before the pronoun
    signalled: set[str] = set()  # actors with a discourse signal
    favoured: set[str] = set()  # actors the discourse favours: an unknown gender is compatible

    def add(actor: str, signal: str, weight: float = 1.0) -> None:
        scores[actor] = scores.get(actor, 0.0) + WEIGHTS[signal] * weight

    # mentions in the window, newest first
    before = bisect.bisect_left(ctx.entity_index.starts, pos)
    subjects: list[tuple[str, int]] = []  # (actor, position) of the subjects in the window
    earlier: list[tuple[str, int]] = []  # the subjects before it, in the two paragraphs
    subject_start = _sentence_back(head, ctx.settings.subject_sentences)
    for j in range(before - 1, -1, -1):
        ent = ctx.entities[j]
        if ent.start < window_start:
            break
        actor = _person_of(ent, ctx)
        if actor is None or _weak(doc, ent):
            continue
        if fits is None and beside_epithet(doc, ent.start, ent.end, gender):
            continue  # "The 31-year-old was third behind X and Y": names in passing (s26)
        actor = _namesake(ctx, doc, actor, ent.start, ent.end, gender, pos)
        scores.setdefault(actor, 0.0)
        latest.setdefault(actor, ent.start)
        if ent.start >= near_start:
            signalled.add(actor)
        if is_subject(doc, ent) and not _relative_subject(doc, ent) \
                and not _asked_about(doc, ent):  # newest first
            (subjects if ent.start >= subject_start else earlier).append((actor, ent.start))
    surnames = _unlabelled_surname_subjects(head, ctx, window_start)
    for actor, at in surnames:
        # "Its lead Hilary Vance …. Judith Crane won …. Vance, who …, thanked the cast. “…,”
        # she said": the surname the NER left untagged is a subject too (session 21)
        scores.setdefault(actor, 0.0)
        latest[actor] = max(latest.get(actor, -1), at)
        if at >= near_start:
            signalled.add(actor)
        (subjects if at >= subject_start else earlier).append((actor, at))
    if surnames:  # newest first again, once
        subjects.sort(key=lambda s: -s[1])
        earlier.sort(key=lambda s: -s[1])
    # earlier attributions: the previous speaker and how often each person spoke
    spoke: dict[str, int] = {}
    previous, previous_start, previous_end = None, -1, pos
    for sp in reversed(prior):
        if sp.start is None or sp.start >= pos or sp.actor is None \
                or sp.actor in _works(ctx):  # "Wasp tells the story …": a work, not a speaker
            continue
        if sp.type != "person" and not (sp.type == "organization" and previous is None
                                        and _looks_personal(sp)
                                        and not _introduced_organisation(ctx, doc, sp.actor)):
            continue
        if previous is None and locate(sp.start, paragraphs) >= par - 1 \
                and not _reported(doc, sp, ctx):
            previous, previous_start, previous_end = sp.actor, sp.start, sp.end or sp.start
        spoke[sp.actor] = spoke.get(sp.actor, 0) + 1
        latest.setdefault(sp.actor, sp.start)
        latest[sp.actor] = max(latest[sp.actor], sp.start)
    if previous is not None and not _fits_gender(gender_of(ctx, previous, pos), gender):
        # a previous speaker of the other gender is no turn to continue: the discourse before
        # it decides ("Foxx could not come, but Helen Mirren read out his speech: “…” He
        # apologised …": the paragraph's subject, Foxx)
        previous, previous_start, previous_end = None, -1, pos
    # a person named inside the clause the previous speaker reports ("Whitfield said Mr.
    # Okafor had failed …") is what the speaker talks about, not the story's subject
    if previous is not None and not _in_report(doc, pos, previous_start, previous_end) \
            and not _narration_between(doc, ctx, previous_end, head, gender):
        # (not when the pronoun is in that report too: "Flynn said Trump was right when he
        # said …" — there "he" is Trump; nor when a sentence of narration came between: "The
        # president's roots came into play. … he told …")
        subjects = [(a, p) for a, p in subjects
                    if not (p > previous_end and _in_report(doc, p, previous_start, previous_end))]
    # a person newly introduced since the previous attribution ("“…,” said Mr Hale. The plan
    # is backed by Ann Ross, head of the council. “…,” she said"): a subject of the story
    # (for a he/she only: an epithet reads the sentences before it itself, .epithets)
    newcomer = _newcomer(head, gender, ctx, previous, previous_start, previous_end) \
        if previous is not None and gender is not None else None
    if newcomer is not None and newcomer not in subjects:
        subjects.append(newcomer)
        subjects.sort(key=lambda s: -s[1])  # newest first
    if previous is not None and not any(
            a != previous and p > previous_end and _fits_gender(gender_of(ctx, a, pos), gender)
            and not _joined_with(doc, ctx, p, previous)
            for a, p in subjects):  # a new subject since: the story moved on to someone else
        # (not a subject the previous speaker shares: "Ardell and … star Robin Vale have
        # released …" keeps Ardell's turn)
        scores.setdefault(previous, 0.0)
        add(previous, "previous_speaker")
        signalled.add(previous)
        favoured.add(previous)
    else:
        if previous is not None:  # the turn passes to the newest subject since ("Williams …
            # “…,” she said. Hantuchova is upbeat ahead of her clash with the Williams sister.
            # “…,” she said": Hantuchova, though the earlier speaker was quoted more)
            taker = next((a for a, p in subjects if a != previous and p > previous_end
                          and _fits_gender(gender_of(ctx, a, pos), gender)
                          and not _joined_with(doc, ctx, p, previous)), None)
            at = next((p for a, p in subjects if a == taker), -1)
            if taker is not None and (newcomer is not None and taker == newcomer[0]
                                      or _main_subject(doc, at)
                                      and ctx.text[max(0, at - 4):at].lower() != "the "):
                add(taker, "turn")  # (a main clause's subject, a name: not "the Scot")
        previous, previous_start = None, -1
    # subjects count from the previous attribution on: it re-centres the discourse; the latest
    # subject of a compatible gender is *the* subject (a woman's clause in between does not
    # demote the man a "he" follows)
    for n, (actor, at) in enumerate(a for a in subjects if a[1] >= previous_start
                                    and _fits_gender(gender_of(ctx, a[0], pos), gender)):
        add(actor, "other_subject" if n else "subject")
        signalled.add(actor)
        if not n and not _coordinated(doc, ctx, actor, at):
            favoured.add(actor)
    # the paragraph's subject: when neither a previous speaker nor a compatible subject is in
    # the subject window, the latest compatible subject of the current and previous paragraph
    # before it ("Jo Pavey will miss …. / The 31-year-old was third behind X and Y …. / “…,”
    # she said": Pavey, not Y named in passing)
    if previous is None and not any(_fits_gender(gender_of(ctx, a, pos), gender)
                                    for a, _ in subjects):
        for actor, at in earlier:
            if _fits_gender(gender_of(ctx, actor, pos), gender):
                if not _coordinated(doc, ctx, actor, at):  # one person's, not a group's
                    add(actor, "subject")
                    signalled.add(actor)
                    favoured.add(actor)
                break
    # the chain of subject pronouns, when the window has no previous speaker and no compatible
    # person as a subject: the person the latest "he"/"she" main-clause subject refers to
    chain = None
    if previous is None and not any(_fits_gender(gender_of(ctx, a, pos), gender)
                                    for a, _ in subjects):
        chain = _chain(head, gender, ctx, prior, window_start, depth)
    if chain is not None:
        actor, at = chain
        if _fits_gender(gender_of(ctx, actor, pos), gender) and not any(
                a != actor and p > at and _fits_gender(gender_of(ctx, a, pos), gender)
                for a, p in latest.items()):  # nobody else compatible named since
            scores.setdefault(actor, 0.0)
            add(actor, "chain")
            signalled.add(actor)
            latest[actor] = max(latest.get(actor, -1), at)
    # the main character so far: the most mentions and attributions before the pronoun
    count = {a: bisect.bisect_left(ps, pos) + spoke.get(a, 0)
             for a, ps in people.positions.items()}
    for a, n in spoke.items():
        count.setdefault(a, n)
    main = max(count, key=lambda a: (count[a], -_first(people, a)), default=None)
    if main is not None and count[main] > 1:
        if main in scores:  # named in the window: the story is about them here
            favoured.add(main)
            signalled.add(main)
        elif main in people.positions:
            latest.setdefault(main, people.positions[main][bisect.bisect_left(
                people.positions[main], pos) - 1] if count[main] > spoke.get(main, 0) else -1)
        scores.setdefault(main, 0.0)
        add(main, "main")
    for a in scores:
        add(a, "speaker", min(spoke.get(a, 0), 2))
    # recency and gender
    ranked = sorted(scores, key=lambda a: -latest.get(a, -1))
    best, best_key = None, None
    for rank, actor in enumerate(ranked):
        known = gender_of(ctx, actor, pos)
        if not _fits_gender(known, gender) or actor in exclude:
            continue  # (``exclude``: named in what the pronoun's cue reports)
        if (known is None or fits is not None or not fallback) and actor not in signalled:
            continue  # an unknown gender (and any epithet's person) needs a discourse signal
        if fits is not None and not fits(actor):
            continue  # (an epithet's role or nationality the person does not carry)
        score = scores[actor] + WEIGHTS["recent"] / (1 + rank)
        if gender is not None and (known == gender or (
                known is None and actor in favoured and _ungendered_name(actor))):
            score += WEIGHTS["gender"]  # an unknown gender the discourse favours: compatible
        key = (score, latest.get(actor, -1))
        if best_key is None or key > best_key:
            best, best_key = actor, key
    if best is not None:
        return best
    found = _most_recent(head, gender, ctx) if fallback and gender is not None else None
    return None if found in exclude else found


def _newcomer(head: Token, gender: str | None, ctx: ArticleContext, previous: str,
              previous_start: int, previous_end: int) -> tuple[str, int] | None:
    """The person newly introduced between the previous speaker's attribution and the pronoun
    at ``head``, as ``(actor, offset)``, or None: the latest person mention, outside quotation
    marks, in a sentence after the attribution's, that is

    * the actor's first mention in the article (inside quotation marks or not) and a full name
      (two words or more, the actor's too);
    * of a compatible or unknown gender, not the previous speaker;
    * introduced with a role (:func:`_role_phrase`: "Ann Ross, head of the council", "analyst
      Ann Ross");
    * not a possessor (:func:`_weak`), a work's title (:func:`_person_of`), a name listed or
      coordinated with another person (:func:`_coordinated`), nor a name inside the clause the
      previous speaker reports (:func:`_in_report`);
    * not in a clause whose subject is another compatible person or a compatible he/she
      (:func:`_clause_subject_person`: "He thanked his assistant, Ann Ross": the speaker is
      still the one acting).

    Cost: a bisect and the mentions between the attribution and the pronoun."""
    doc, pos = head.doc, head.idx
    people = _people(ctx, doc)
    ix = index(doc)
    after = ix.sent_id[min(token_from(doc, max(previous_end - 1, 0)), len(doc) - 1)]
    starts = ctx.entity_index.starts
    first = bisect.bisect_left(starts, previous_end)
    for j in range(bisect.bisect_left(starts, pos) - 1, first - 1, -1):
        ent = ctx.entities[j]
        actor = _person_of(ent, ctx)
        if actor is None or actor == previous \
                or not _fits_gender(gender_of(ctx, actor, pos), gender):
            continue
        at = ent.start
        i = min(token_from(doc, at), len(doc) - 1)
        if ix.sent_id[i] <= after:
            break
        if people.first_seen.get(actor) != at or len(actor.split()) < 2 \
                or len(ent.text.split()) < 2:
            continue
        if _weak(doc, ent) or not _role_phrase(doc, ent) or _coordinated(doc, ctx, actor, at) \
                or _in_report(doc, at, previous_start, previous_end) \
                or _clause_subject_person(doc, ctx, i, actor, gender, pos, previous):
            continue
        return actor, at
    return None


def _role_phrase(doc: Doc, ent) -> bool:
    """Whether a name comes with a role, as a new source is introduced: an apposition headed by
    a common noun ("Ann Ross, head of the council"; "the council's leader, Ann Ross"), a role
    noun before it ("analyst Ann Ross") or one it is parsed to modify ("Ann Ross council
    leader"), or a comma and an article after it (", an analyst at …", parsed as anything)."""
    span = doc.char_span(ent.start, ent.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root

    def role(tok: Token) -> bool:
        return tok.pos_ == "NOUN" and tok.is_lower

    if any(c.dep_ == "appos" and role(c) for c in root.children):
        return True
    if root.dep_ in ("appos", "compound") and role(root.head):
        return True
    if any(c.dep_ == "compound" and role(c) and c.i < span.start for c in root.children):
        return True
    rest = doc_text(doc)[ent.end:ent.end + 6].lower()
    return rest.startswith((", a ", ", an ", ", the "))


def _clause_subject_person(doc: Doc, ctx: ArticleContext, i: int, actor: str,
                           gender: str | None, pos: int, previous: str) -> bool:
    """Whether a clause above token ``i`` (the mention of ``actor``) has as its subject (its
    head word or an apposition's) a he/she of ``gender``, a mention of another person of a
    compatible or unknown gender or the surname of the ``previous`` speaker (which the NER may
    leave unlabelled) ("He thanked his assistant, Ann Ross"; "Hale praised Ann Ross, …"): the
    mention is what that person acts on. A person inside the subject's phrase does not count
    ("The claims about Lord Hale were made in a book by Ann Ross, …"). Walks up the parse (its
    depth)."""
    table = lexicons.table("pronoun_genders")
    surname = previous.split()[-1]
    tok = doc[i]
    starts = ctx.entity_index.starts
    while tok.head.i != tok.i:
        tok = tok.head
        for c in tok.children:
            if c.dep_ not in ("nsubj", "nsubjpass") or c.left_edge.i <= i <= c.right_edge.i:
                continue
            for word in [c, *(a for a in c.children if a.dep_ == "appos")]:
                said = table.get(word.lower_)
                if said is not None and _fits_gender(said, gender) or word.text == surname:
                    return True
                j = bisect.bisect_right(starts, word.idx) - 1
                other = _person_of(ctx.entities[j], ctx) \
                    if j >= 0 and word.idx < ctx.entities[j].end else None
                if other is not None and other != actor \
                        and _fits_gender(gender_of(ctx, other, pos), gender):
                    return True
    return False


def _main_subject(doc: Doc, at: int) -> bool:
    """Whether the mention at offset ``at`` is the subject of a main clause: its verb is the
    sentence's root or a verb joined to it ("Ferguson is confident his players, particularly
    Ronaldo, are ready": Ronaldo is not; "… the problems that caused Santini to quit": nor is
    Santini)."""
    tok = doc[min(token_from(doc, at), len(doc) - 1)]
    for _ in range(4):
        if tok.dep_ in ("nsubj", "nsubjpass"):
            verb = tok.head
            return verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"
        if tok.dep_ not in ("compound", "appos", "flat", "conj") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _reported(doc: Doc, sp: Speaker, ctx: ArticleContext) -> bool:
    """Whether a speaker phrase lies inside the clause another speaker reports ("Adeyemi said
    the ward had been promised by Collins": Collins): not the story's previous speaker. (A cue
    the parser hangs under a verb inside the quote, "“We were told …,” said X", is not; nor is
    a clause that reaches its verb across a quotation: "a spokesperson, X, indicated …: “…,” he
    said" with *indicated* parsed as the clause of *said*.)"""
    span = doc.char_span(sp.start, sp.end, alignment_mode="expand") if sp.start is not None \
        and sp.end is not None else None
    if span is None or not len(span):
        return False
    tok = span.root
    while tok.head.i != tok.i:
        if tok.dep_ in ("ccomp", "xcomp") and tok.head.idx not in ctx.quotes:
            # (not across a quotation: "X indicated …: “…,” he said" parsed with *indicated*
            # as the clause of *said* is X's own report)
            end = span.end_char
            return not (tok.head.i > tok.i and any(
                ctx.quotes.spans[k][0] >= end for k in ctx.quotes.overlapping(end, tok.head.idx)))
        tok = tok.head
    return False


def _in_report(doc: Doc, at: int, start: int, end: int) -> bool:
    """Whether the mention at ``at`` lies in the clause reported by the speaker whose phrase is
    ``start``–``end`` ("Frank Luntz said Mr. Cameron had failed …": Mr. Cameron is Luntz's
    report, not a new subject of the story). A reporting verb joined to another with no
    subject of its own shares that verb's ("Ross is angry and says Mr. Hale …"). A clause
    nested in the report is the report too (session 18): the walk goes on past a complement
    whose verb is someone else's ("Vetham said most shoppers believed that RFID tags …"), up
    to the speaker's verb. Walks up the parse from the mention (its depth)."""
    tok = doc[min(token_from(doc, at), len(doc) - 1)]
    while tok.head.i != tok.i:
        if tok.dep_ == "ccomp":
            verb = tok.head
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subjects and (verb.dep_ == "conj" or verb.dep_ in ("advcl", "xcomp")
                                 and verb.tag_ == "VBG"):
                # a shared subject; session 26: also a participle's ("The Scot defended
                # Beattie, saying Gallas overreacted": the Scot's report)
                subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if any(start <= c.idx < end or c.left_edge.idx >= start
                   and c.right_edge.idx < end for c in subjects):
                return True
        tok = tok.head
    return False


def _narration_between(doc: Doc, ctx: ArticleContext, end: int, head: Token,
                       gender: str | None = None) -> bool:
    """Whether a sentence with words outside quotation marks lies wholly between offset ``end``
    and the sentence of ``head`` (sentences wholly quoted do not count: they continue their
    speaker). With ``gender`` ("m"/"f"), session 26: nor does a sentence whose main verb's
    subject is a he/she of that gender (:func:`_pronoun_led`) — the story stays with the
    speaker ("The Scot defended Beattie, saying Gallas overreacted. But he has had a rethink
    …. He said: “…”": the speaker, not Gallas). Reads the tokens in between once."""
    ix = index(doc)
    first = ix.sent_id[min(token_from(doc, max(end - 1, 0)), len(doc) - 1)] + 1
    for k in range(first, ix.sent_id[head.i]):
        a, b = ix.sent_bounds[k]
        if any(not doc[i].is_punct and not doc[i].is_space and doc[i].idx not in ctx.quotes
               for i in range(a, b)) and not (gender is not None
                                             and _pronoun_led(doc, a, b, gender)):
            return True
    return False


def _pronoun_led(doc: Doc, a: int, b: int, gender: str) -> bool:
    """Whether the sentence of tokens ``[a, b)`` has a he/she of ``gender`` as the subject of
    its main verb (the root), outside quotation marks. O(children of the root)."""
    genders = lexicons.table("pronoun_genders")
    root = next((doc[i] for i in range(a, b) if doc[i].dep_ == "ROOT"), None)
    return root is not None and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "PRP" and genders.get(c.lower_) == gender
        for c in root.children)


def _looks_personal(sp: Speaker) -> bool:
    """An organisation speaker that reads as a person's name the NER mislabelled ("said Ifeoma
    Nwachukwu, a union representative"): two or three capitalised words, none in capitals only,
    no organisation word, not ending in a named thing's noun (``named_thing_nouns``:
    "Downing Street", "Royal Infirmary")."""
    from .speakers import _org_words

    words = (sp.text or "").split()
    return (2 <= len(words) <= 3 and all(w[:1].isupper() and not w.isupper() for w in words)
            and not _org_words().search(sp.text or "")
            and words[-1].lower() not in lexicons.table("named_thing_nouns"))


def _introduced_organisation(ctx: ArticleContext, doc: Doc, actor: str) -> bool:
    """Session 23 (s27-webquotes): whether the article introduces the organisation speaker
    ``actor`` with an organisation noun right before one of its mentions ("water firm Aguas
    Limpias …. Aguas Limpias told a newspaper … . Yet he added …": the firm looks like a
    person's name, but the text says it is a firm, so it is no previous speaker for "he").
    Only asked of an organisation speaker that :func:`_looks_personal`; O(mentions)."""
    from ..entities import introduced_as_organisation

    for ent in ctx.entities:
        if ent.actor == actor:
            span = doc.char_span(ent.start, ent.end)
            if span is not None and introduced_as_organisation(doc, span):
                return True
    return False


def _first(people: _People, actor: str) -> int:
    ps = people.positions.get(actor)
    return ps[0] if ps else 1 << 30


def _most_recent(head: Token, gender: str, ctx: ArticleContext) -> str | None:
    """The most recent compatible person mention before ``head`` (no discourse signal)."""
    before = bisect.bisect_left(ctx.entity_index.starts, head.idx)
    for j in range(before - 1, -1, -1):
        ent = ctx.entities[j]
        actor = _person_of(ent, ctx)
        if actor is None or _weak(head.doc, ent) \
                or beside_epithet(head.doc, ent.start, ent.end, gender):
            continue
        known = gender_of(ctx, actor, head.idx)
        if known is None or known == gender:
            return actor
    return None


#: the dependencies of a narrative pronoun: a clause's subject ("She was 26.") or a possessive
#: ("Her lawyer said …")
NARRATIVE_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})


def narrative_pronouns(doc: Doc, ctx: ArticleContext, rows: list) -> dict[int, list[str]]:
    """The he/she pronouns outside quotation marks a reader links to a person of the article
    (the rule of the module docstring, *Narrative pronouns*): ``{start of the person's latest
    mention before the pronoun: [the pronouns as written, in text order]}``.

    ``rows`` are the article's attributions (:class:`~.types.Attribution`): their speaker
    phrases that are a pronoun ("…," she said) and the first word of a person's reported clause
    already give the corpus step their ``pronoun`` evidence through the quotes table, so they
    are left out here. A person of
    unknown gender linked to a pronoun takes its gender (``ctx.learned_genders``, as for
    speaker pronouns) for the links after it."""
    table = lexicons.table("pronoun_genders")
    ix = index(doc)
    _people(ctx, doc)  # the article's people first (session 22: ORG-tagged names too)
    counted: list[tuple[int, int]] = []  # spans whose pronouns the quotes table already gives
    for r in rows:
        sp = r.speaker
        if sp is None:
            continue
        if sp.start is not None and sp.end is not None and (sp.text or "").lower() in table:
            counted.append((sp.start, sp.end))  # "…," she said (not "Her office said")
        if r.kind == "indirect" and sp.type == "person":
            counted.append((r.start, r.start + 1))  # "X said she had …": its first word
    # the person mentions outside quotation marks of each sentence, in text order
    by_sentence: dict[int, list[tuple[str, int, bool]]] = {}
    positions: dict[str, list[int]] = {}
    for ent in ctx.entities:
        actor = _person_of(ent, ctx)
        if actor is None:
            continue
        at = bisect.bisect_right(ix.starts, ent.start) - 1
        by_sentence.setdefault(ix.sent_id[max(at, 0)], []).append(
            (actor, ent.start, is_subject(doc, ent)))
        positions.setdefault(actor, []).append(ent.start)
    # the sentence before each: the latest with a word outside quotation marks (a sentence
    # wholly quoted, "“The families trusted us.”", continues its speaker's)
    from spacy.attrs import IS_PUNCT, IS_SPACE

    previous: list[int] = []
    last = -1
    # whether each token is a word (neither punctuation nor space), as one list of booleans
    word = (doc.to_array([IS_PUNCT, IS_SPACE]).sum(axis=1) == 0).tolist() if len(doc) else []
    starts, quotes = ix.starts, ctx.quotes
    for k, (a, b) in enumerate(ix.sent_bounds):
        previous.append(last)
        if any(word[i] and starts[i] not in quotes for i in range(a, b)):
            last = k
    topic: dict[int, str] = {}  # sentence -> the person its subject pronoun was linked to
    found: dict[int, list[str]] = {}
    gendered = frozenset(w for w, g in table.items() if g in ("m", "f"))
    for i in word_positions(doc, gendered, attr="LOWER"):  # the he/she words, in text order
        tok = doc[i]
        gender = table.get(tok.lower_)
        if gender not in ("m", "f") or tok.dep_ not in NARRATIVE_DEPS:
            continue
        pos = tok.idx
        if pos in ctx.quotes or any(s <= pos < e for s, e in counted):
            continue
        sent = ix.sent_id[tok.i]
        actor = _narrative_antecedent(sent, previous[sent], pos, gender, ctx, by_sentence,
                                      topic, doc)
        if actor is None:
            continue
        if tok.dep_ != "poss":
            topic.setdefault(sent, actor)
        if gender_of(ctx, actor, pos + 1) is None:
            ctx.learned_genders[actor] = (gender, pos)
        mentions = positions[actor]
        at = bisect.bisect_left(mentions, pos) - 1
        if at >= 0:
            found.setdefault(mentions[at], []).append(tok.text)
    return found


def _narrative_antecedent(sent: int, prev: int, pos: int, gender: str, ctx: ArticleContext,
                          by_sentence: dict[int, list[tuple[str, int, bool]]],
                          topic: dict[int, str], doc: Doc) -> str | None:
    """The person a narrative pronoun at ``pos`` in sentence ``sent`` (``prev``: the sentence
    before it) refers to, or None (ambiguous or no antecedent): see the module docstring."""

    def compatible(mentions: list[tuple[str, int, bool]]) -> list[tuple[str, int, bool]]:
        return [m for m in mentions if gender_of(ctx, m[0], pos) in (None, gender)]

    here = compatible([m for m in by_sentence.get(sent, []) if m[1] < pos])
    if here:  # "Nwachukwu, who …, said her lawyer …": the one person named before it
        actors = {m[0] for m in here}
        return here[0][0] if len(actors) == 1 else None
    before = compatible(by_sentence.get(prev, []))
    actors = {m[0] for m in before}
    if len(actors) == 1:  # "Nwachukwu was arrested in May. She was 26."
        if any(_coordinated(doc, ctx, m[0], m[1]) for m in before):
            return None  # "Pike and … star Kit Vale have released …": shared with a person
        return before[0][0]
    if len(actors) > 1:  # the subject, with no other compatible person named after it
        subjects = [k for k, m in enumerate(before) if m[2]]
        if not subjects:
            return None
        first = subjects[0]
        subject = before[first][0]
        if any(m[0] != subject for m in before[first:]):
            return None
        if _coordinated(doc, ctx, subject, before[first][1]):
            return None  # "Reeve and … star Roni Vell have released …": a shared subject
        return subject
    chained = topic.get(prev)  # "She was 26. She had moved to Lagos in 2019."
    if chained is not None and gender_of(ctx, chained, pos) in (None, gender):
        return chained
    return None
