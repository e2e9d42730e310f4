"""Stage 3: speaker phrases — span, type, canonical actor and role — as
:class:`~.types.Speaker` records.

Typed from the syntax of the phrase and the entities inside it, not from the NER label alone:
head nouns from ``speaker_nouns.csv`` decide anonymous (singular unnamed "official", "source"),
group (plural unnamed "analysts") and organization ("ministry", "police"); a single capitalised
name the NER called ORG but used bare as a speaker ("McCaul said") is a person; a role noun
keeps the name in apposition to it ("The company's chief executive, Tim Cook"). A definite
role description without a name ("the governor", "The Prime Minister", "his mother") is the
one person of the article introduced with that role before it (:func:`_role_holder`); when two
people hold the role it stays unnamed. Else a definite epithet ("the 22-year-old", "the
Olympic champion", "the actress", "the Scot") is the person the discourse is about
(:mod:`.epithets`); a definite organisation description with no name ("the firm said", "the
airline warned") is the organisation named just before it (:mod:`.org_anaphors`). Names take
no article: "the" and one capitalised word the article never writes without it ("the Scot admitted") is a description, not a name (an
epithet, whose person :mod:`.epithets` finds, else unnamed), and a
name after "the" with no first name ("a spokesman for the English National Ballet", tagged
PERSON) is no person's; a name glued by a hyphen to the next word ("the Oscar-nominated Owen")
only qualifies the head. Pronouns are handed to :mod:`.pronouns`. Each phrase is
read from its own tokens, the entity index and the article's role index (built once per article,
linear in its person mentions): O(phrase + holders of the role) per speaker.

A person's name that heads the phrase decides first (:mod:`.headnames`): a role and a name at
the end of a compound chain ("First Minister of Scotland Nicola Sturgeon", "Amnesty
International spokesperson Ana Ruiz"), a name with "of"/"from"/"at" and an organisation
("Graeme Biggar of the National Crime Agency"), an owner's person after an organisation's
name that holds a preposition ("War on Want's John Hilary": :func:`speaker_span` keeps the
preposition the parser split the name at), a name in apposition to a role, the owners
before the role not being speakers ("Hunter Biden's lawyer, Abbe Lowell", "The unidentified
woman's lawyer, Gloria Allred", "said Oxford University, England's chancellor, Chris Patten")
make the phrase a ``person`` whose actor is the name, without the place or organisation the NER
may have swallowed into it, and whose role is the rest of the phrase. The name must start with
a known first name or end in a PERSON entity: an organisation or a place after a role ("an
official at Goldman Sachs") leaves the phrase to the rules above. Its cost: an organisation
whose first word is also a first name ("Morgan", "Jordan"), placed directly after a role word
without a preposition and ending the phrase, can be taken for a person; an apposition beside a
coordination ("Tom Smith and his lawyer, Jane Doe") stays a group. O(phrase) more per speaker.

A name of two or three name words the NER tagged ORG or GPE is a person when the article
shows one (:func:`_named_person_of_org_label`); since session 17 also when the he/she subject
of the clause its own speech verb reports is hers or his ("Ifeoma Bello said she was
delighted": :func:`_own_content_subject`), nobody else being named in that sentence nor
before it with a first name of the pronoun's gender or of none known, and no mention written as a place of work ("joined Goldman Sachs", "a
spokeswoman for …"): an organisation reporting about a man it named ("Morgan Stanley said he
would step down") stays an organisation only when the man is named near.
Since session 20 (s24-parity) such a name is also a person when its first word is an
uncommon given name of one gender in the first-name statistics, not in the curated list
(:func:`_uncommon_given_name`: "Anjali Deshpande said", which the official model tags ORG and
the news model PERSON); companies named after their founders have common first names ("Ralph
Lauren", "Hugo Boss"), and a word borne as a first name by very few ("Goldman" of Goldman
Sachs) is no evidence.

Session 25 (s30-sources): a proper name closed by an owner's "'s" that owns nothing and is
itself the subject ("Foster's said …", "Sainsbury's said") is a firm named in the possessive,
an organisation (:func:`_owner_owning_nothing`).

Session 25 (s30-audit): a surname written right after a singular lower-case role noun ("said
eighth seed Agassi", "Former Chelsea captain Desailly, who is now playing in Qatar, says"),
which the parser hangs on the noun as an apposition or an adverb, stays in the phrase
(:func:`_glued_name`; before, the phrase ended at the noun and was an anonymous "eighth seed");
and such a surname, glued or heading the phrase with the role noun as its compound, is the
person the article names in full (:func:`_role_named_person`) when the NER called it a place, a
firm or a nationality and the phrase was typed organisation, group or anonymous ("second seed
Kovac" after "Nina Kovac"). Not after an organisation noun ("carmaker Ford"), never a date
("a spokesman Tuesday said"). O(name) more per speaker.

Session 26 (s31-sources): a one-word speaker phrase the NER tagged a place (LOC, GPE, FAC) that
is the surname of a person the article names in full is that person ("Anelka was quoted … as
saying" after "striker Nicolas Anelka": :func:`_mislabelled_surname`).

Session 26 (s31-audit): a proper name in apposition to a noun naming a kind of organisation
that heads the phrase ("the world's largest package delivery company, UPS, said", "The
country's largest grocer, Tesco, said") stays in the phrase and the phrase is that
organisation, whatever the NER's tag (:func:`_appositive_organisation`; before, the phrase
ended at the noun with no actor, or the name, tagged PERSON, made it a person). A one-word
speaker typed organisation whose word is the surname of exactly one earlier speaker of the
article named in full as a person is that person (:func:`_earlier_person_speaker`: "England
coach X Y has revealed … said Y", the official model tagging every mention of the name ORG).
"The US company", "the German carmaker": the organisation the description refers back to
(:mod:`.org_anaphors`), no longer the country. O(phrase) more per speaker; the prior speakers
are read only for a one-word organisation.

Session 26 (lead): a one-word person speaker phrase the NER tagged a thing (``_THING_LABELS``:
PRODUCT, WORK_OF_ART, EVENT, LAW, LANGUAGE) is the person the article names in full with that
surname ("said Cole" after "Helen Cole": both models tag "Cole" PRODUCT), as a name the NER
missed is; before, the quote had no actor and the person no source. Session 27 (review): this
and the place-tagged surname above are one helper, :func:`_mislabelled_surname`, called with
the label set of its path.

Session 27 (s32-audit): a phrase "the [N-year-old …] Frenchman" whose nationality noun the NER
made a name of its own (ORG, or a PERSON "Scotsman") is a nationality epithet
(:func:`.epithets.nationality_named_alone`; before, an organisation or a person called
"Frenchman"); and a kind of firm qualified only by a country ("A US firm has said …") whose
description found no firm keeps no actor rather than the country (:func:`_country_for_firm`).
O(phrase) more per speaker.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ... import lexicons
from ..first_names import first_name_gender
from ..names import strip_title
from ..syntax import doc_text, kids, rights, sent_of
from .spans import subtree_size
from .epithets import nationality_named_alone, resolve_epithet
from .lead_descriptions import lead_antecedent
from .org_anaphors import organisation_antecedent, place_modifiers_only
from .pronouns import resolve_pronoun
from .context import ArticleContext, entities_in
from .headnames import _org_words, head_name, name_actor, reaches, role_before_name
from .subjects import DASHES, document_author, noun_class, set_off_cue
from .types import Speaker

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def anonymity_re() -> re.Pattern:
    """The ``anonymity_phrases`` as one regex (whole words, any case)."""
    def build(lx):
        phrases = sorted(lx.lists["anonymity_phrases"], key=len, reverse=True)
        return re.compile(r"\b(?:" + "|".join(map(re.escape, phrases)) + r")\b", re.I)
    return lexicons.derived("anonymity_re", build)


def _quantifiers() -> re.Pattern:
    def build(lx):
        return re.compile(r"^(?:" + "|".join(map(re.escape, lx.lists["role_quantifiers"]))
                          + r")\s+", re.I)
    return lexicons.derived("role_quantifiers_re", build)


_KEEP_RIGHT = {"compound", "flat", "nummod", "conj", "cc", "amod", "prep", "pobj", "det",
               "poss", "case", "nmod"}


def speaker_span(head: Token) -> tuple[int, int]:
    """Character span of the speaker phrase headed by ``head``, without appositions, relative
    clauses or participles after it ("A US official, speaking on …" → "A US official"), but
    never ending inside a PERSON entity (the parser may read a surname as an apposition). A
    preposition outside ``speaker_phrase_prepositions`` is kept when it leads to an owner's
    person ("War on Want's John Hilary": :func:`_owned_name_after`), whose name then heads the
    phrase (:func:`.headnames.head_name`)."""
    doc = head.doc
    left = head.left_edge.i
    right = head.i
    demonstrative = head.lower_ in ("those", "these")
    for child in rights(head):
        if child.dep_ in _KEEP_RIGHT and (child.dep_ != "prep" or child.lower_ in
                                          lexicons.words("speaker_phrase_prepositions")
                                          or _owned_name_after(head, child)) \
                or demonstrative and child.dep_ == "acl" and subtree_size(child) <= 4:
            # ("those surveyed", "those polled in Iowa")
            if child.dep_ == "conj" or child.dep_ == "cc":
                right = max(right, _conjunct_edge(child))
            else:
                right = max(right, _edge_before_clauses(child))
        else:
            break
    # "The company's chief executive, Tim Cook", "One of the men, Jessie Elkins": a role noun
    # keeps the name after it
    if head.pos_ in ("NOUN", "NUM") or head.lower_ in ("one", "some", "another"):
        for child in rights(head):
            if child.dep_ == "appos" and child.ent_type_ == "PERSON":
                last = child.i  # the name, without an age or a clause after it
                while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
                    last += 1
                right = max(right, last)
                break
        glued = _glued_name(head)
        if glued is not None:
            right = max(right, glued)
        named_org = _appositive_organisation(head)
        if named_org is not None:  # "the world's largest delivery company, UPS, said"
            right = max(right, named_org)
    # a name the NER missed or mislabelled in apposition ("The woman's lawyer, Gloria Allred",
    # "said Oxford University, England's chancellor, Chris Patten"): .headnames
    named = reaches(head)
    if named is not None and named > right:
        right = named
    # never end inside a person's name: "Labour MSP Christine May had said", which the parser
    # reads as "Christine" with "May" in apposition
    while right + 1 < len(doc) and doc[right].ent_type_ == "PERSON" \
            and doc[right + 1].ent_iob_ == "I":
        right += 1
    # never start on a dateline ("NEW YORK - Republican candidate Donald Trump")
    for j in range(left, min(head.i, left + 6)):
        if doc[j].text in DASHES and j > left and all(
                t.text.isupper() or t.is_punct for t in doc[left:j]):
            left = j + 1
            break
    # never start on punctuation or a conjunction
    while left < right and (doc[left].is_punct or doc[left].dep_ == "cc"):
        left += 1
    while right > left and doc[right].is_punct:
        right -= 1
    right = _before_open_bracket(doc, left, right)
    return doc[left].idx, doc[right].idx + len(doc[right].text)


def _organisation_noun(head: Token) -> bool:
    """Whether ``head`` is a noun naming a kind of organisation: a noun of
    ``organisation_anaphor_nouns`` (company, firm, group, bank …) or an organisation noun of
    ``speaker_nouns`` (party, union, council …)."""
    lemma = head.lemma_.lower()
    return head.pos_ == "NOUN" and (lemma in lexicons.words("organisation_anaphor_nouns")
                                    or lexicons.table("speaker_nouns").get(lemma)
                                    == "organization")


def _appositive_organisation(head: Token) -> int | None:
    """Session 26 (s31-audit): the index of the last token of an organisation's name in
    apposition to an organisation noun heading a speaker phrase ("the world's largest package
    delivery company, UPS, said", "The Swiss bank, UBS, said"), or None. The name is a proper
    noun hung on the noun as an apposition, which the NER tagged ORG, PERSON or nothing (a
    firm's name after a kind of firm is the firm's, whatever the tag); the phrase is that
    organisation's (:func:`describe_speaker`)."""
    if not _organisation_noun(head):
        return None
    for child in rights(head):
        if child.dep_ == "appos":
            if child.ent_type_ not in ("ORG", "PERSON", "") or child.pos_ != "PROPN":
                return None
            last = child.i
            while last + 1 < len(head.doc) and head.doc[last + 1].ent_iob_ == "I":
                last += 1
            return last
    return None


#: entity labels a name glued to a role noun may carry (the small models call a surname a place
#: or a firm as often as a person; never a date: "the company Monday said")
_GLUED_LABELS = frozenset({"PERSON", "GPE", "LOC", "FAC", "ORG", "NORP", ""})


def _glued_name(head: Token) -> int | None:
    """Session 25 (s30-audit): the last token of a name written right after a singular lower-case
    role noun with nothing between them, which the parser hung on the noun as an apposition or
    an adverb instead of making the noun its compound ("said eighth seed Agassi", "Former
    Chelsea captain Desailly, who is now playing in Qatar, says"): the name belongs to the
    phrase, so that it heads it (:mod:`.headnames`). The name is capitalised proper nouns, the
    first a child of the role noun, none a date or a number; or None. O(name)."""
    doc = head.doc
    if head.tag_ != "NN" or not head.text.islower() or head.i + 1 >= len(doc):
        return None
    tok = doc[head.i + 1]
    if tok.head.i != head.i or tok.dep_ not in ("appos", "advmod", "npadvmod") \
            or tok.pos_ != "PROPN" or not tok.text[:1].isupper() \
            or tok.ent_type_ not in _GLUED_LABELS:
        return None
    last = tok.i
    while last + 1 < len(doc) and doc[last + 1].pos_ == "PROPN" \
            and doc[last + 1].text[:1].isupper() and doc[last + 1].ent_type_ in _GLUED_LABELS \
            and doc[last + 1].head.i in (tok.i, last, last + 2):
        last += 1
    return last


def _role_named_person(head: Token, ctx: ArticleContext) -> str | None:
    """Session 25 (s30-audit): the person the article names in full whose surname is written
    right after a singular lower-case role noun of the speaker phrase ("said eighth seed
    Agassi" after "Andre Agassi", "second seed Kovac said"), the name being glued to the noun
    (:func:`_glued_name`) or heading the phrase with the noun as its compound; the NER may have
    called the surname a place, a firm or a nationality. Not after an organisation noun
    ("carmaker Ford" after "Henry Ford"). O(phrase)."""
    doc = head.doc
    if head.pos_ == "NOUN":
        noun, last = head, _glued_name(head)
        if last is None:
            return None
        first = head.i + 1
    elif head.pos_ == "PROPN" and head.i > 0:
        first = head.i
        while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].head.i == head.i:
            first -= 1
        noun, last = doc[first - 1], head.i
        if first == 0 or noun.tag_ != "NN" or not noun.text.islower() \
                or noun.head.i != head.i or noun.dep_ != "compound":
            return None
    else:
        return None
    lemma = noun.lemma_.lower()
    if lemma in lexicons.words("organisation_nouns") \
            or lemma in lexicons.words("organisation_anaphor_nouns"):
        return None
    return ctx.known_person(doc[first:last + 1].text)


def _owned_name_after(head: Token, prep: Token) -> bool:
    """Whether the preposition ``prep`` after a capitalised ``head`` leads to a person's name
    with an owner's "'s" before it: an organisation's name the parser split at its preposition
    ("War on Want's John Hilary said": the speaker is John Hilary, not "War"). The object must
    be a PERSON entity's word with a possessive child; the head a capitalised word."""
    if not head.text[:1].isupper() or head.ent_type_ == "PERSON":
        return False
    return any(obj.dep_ == "pobj" and obj.ent_type_ == "PERSON"
               and any(c.dep_ == "poss" and any(g.dep_ == "case" for g in c.children)
                       for c in obj.children)
               for obj in prep.children)


def _before_open_bracket(doc, left: int, right: int) -> int:
    """``right`` moved before a bracket the phrase opens but does not close ("The Confederation
    of British Industry (CBI), …" lost its ")" as punctuation: the speaker is the name before
    "(CBI"), and before the punctuation left before it; ``right`` unchanged when every bracket
    of ``doc[left:right + 1]`` is closed or the only one opens the phrase."""
    depth, unmatched = 0, None
    for tok in doc[left:right + 1]:
        if tok.text == "(":
            depth += 1
            if depth == 1:
                unmatched = tok.i
        elif tok.text == ")" and depth:
            depth -= 1
    if not depth or unmatched is None or unmatched <= left:
        return right
    right = unmatched - 1
    while right > left and doc[right].is_punct:
        right -= 1
    return right


def _conjunct_edge(child: Token) -> int:
    """The last token of a coordinated speaker phrase's conjunct ``child`` without the clauses
    hung inside it (session 20): a relative clause or a participle on the last conjunct ends the
    speaker phrase, its words and all ("Senator Ann Miller and Representative Tom Burke, who
    both sit on the committee, said" → "… Tom Burke"; "with other candidates and even a
    columnist suggesting that …" → "… a columnist", not the reported clause: a speaker span
    over the content left the quote without a speaker). Before, only the clause's own verb was
    left out and its subtree ran the phrase on; an apposition's word is left out as before.
    O(tokens of the conjunct)."""
    clauses = [t for t in child.subtree if t is not child and t.dep_ in ("acl", "relcl")]
    return max(t.i for t in child.subtree
               if t is child or t.dep_ not in ("appos", "acl", "relcl", "punct")
               and not any(c.left_edge.i <= t.i <= c.right_edge.i for c in clauses))


def _edge_before_clauses(child: Token) -> int:
    """The last token of ``child``'s phrase before a relative or participle clause inside it
    ("a spokesman for the ministry, Oleg Voloshyn, who also ran …" ends at the name)."""
    right = child.right_edge.i
    for tok in child.subtree:
        if tok.i > child.i and tok.dep_ in ("relcl", "acl"):
            right = min(right, tok.left_edge.i - 1)
    doc = child.doc
    while right > child.i and doc[right].is_punct:
        right -= 1
    return right


def appos_role(head: Token) -> str | None:
    """The role in apposition to a speaker's head ("Ann Lee, a nurse, said": *nurse*), also
    the role the parser made a second subject of the verb right after the name and its comma
    ("Rhys Owen, Plaid health spokesman said": *spokesman*, see
    :func:`.subjects._name_before_role_subject`), without its determiner, relative clauses
    and punctuation; None without one."""
    roles = [c for c in rights(head) if c.dep_ == "appos"] + _role_subject(head)
    for child in roles:
        if not (head.pos_ in ("NOUN", "NUM") and child.ent_type_ == "PERSON"):
            toks = [t for t in child.subtree if t.dep_ not in ("acl", "relcl")]
            toks = [t for t in toks if not t.is_punct]
            if toks and toks[0].dep_ == "det":
                toks = toks[1:]
            if toks:
                return head.doc[toks[0].i:toks[-1].i + 1].text
    return None


def _role_subject(head: Token) -> list[Token]:
    """The common-noun subject of ``head``'s verb that opens right after ``head``'s phrase and
    its comma, before the verb ("Rhys Owen, Plaid health spokesman said"), as a one-item list;
    empty otherwise."""
    verb = head.head
    if head.dep_ != "nsubj" or head.pos_ != "PROPN" or verb.i <= head.i:
        return []
    doc = head.doc
    after = head.right_edge.i + 1
    if after >= len(doc) or doc[after].text != ",":
        return []
    if set_off_cue(verb):
        return []  # "Clinton, a top aide said, is …": a cue set off inside the name's clause
    return [c for c in kids(verb) if c.dep_ == "nsubj" and c.pos_ == "NOUN"
            and c.left_edge.i == after + 1 and c.i < verb.i][:1]


def _type_noun_phrase(span_tokens, ents, text_span: str, phrase_head: Token | None = None) -> str:
    """Speaker type of a (non-pronoun) speaker phrase (``phrase_head``: its head token)."""
    nouns = lexicons.table("speaker_nouns")
    # effective head: the last noun before an "of"/"close to"/"from" phrase
    head = None
    cut = None  # where the "of …" phrase starts: a name after it is not the head's name
    for tok in span_tokens:
        if head is not None and (tok.lower_ in lexicons.words("head_cut_words")
                                 or tok.tag_ in ("VBN", "VBG") and tok.dep_ == "acl"):
            # "officials familiar with …", "a statement posted on the website …"
            cut = tok.idx
            break
        if tok.pos_ in ("NOUN", "PROPN", "PRON"):
            head = tok
    if cut is not None and _name_modifies_role(cut, span_tokens, phrase_head):
        head, cut = span_tokens[-1], None  # "A Ministry of Defence spokesman": the spokesman
    if anonymity_re().search(text_span):
        return "anonymous"
    people = modifier_names_dropped([e for e in ents if e.label == "PERSON"], span_tokens)
    if head is not None and head.pos_ == "NOUN" and noun_class(head) == "document":
        return "document"  # "a statement", "the report", "a Pentagon statement", "reports"
    if head is not None and head.pos_ == "NOUN":
        lemma = head.lemma_.lower()
        cls = nouns.get(lemma)
        plural = head.tag_ in ("NNS", "NNPS") or head.lower_ != lemma and head.lower_.endswith("s")
        named = bool(people) and people[-1].end >= head.idx + len(head.text) and (
            cut is None or people[-1].start < cut or _closing_apposition(people[-1],
                                                                         span_tokens))
        if not named and cls in ("anonymous", "group"):
            if plural and lemma not in lexicons.words("anonymous_even_plural"):
                return "group"
            return "anonymous"
        if not named and cls == "organization":
            return "organization"
        if not named and plural:
            return "group"
        if not named and cls is None and ents and all(e.end <= head.idx for e in ents):
            # "the Republican vice-presidential nominee": one unnamed person; the entities
            # only qualify the head noun
            return "anonymous"
    if people:
        if len({e.actor for e in people}) > 1:
            return "group"
        return "person"
    orgs = [e for e in ents if e.label in ("ORG", "GPE", "NORP", "FAC", "LOC")]
    if orgs:
        ent = orgs[-1]
        if ent.label == "NORP":
            return "group"
        return "person" if _looks_like_person(ent, span_tokens) else "organization"
    if head is not None and head.pos_ == "PROPN" and head.text[:1].isupper():
        # a name ending in an organisation or publication word, whatever the NER made of it
        # ("the Manchester Herald" as a WORK_OF_ART, "the Trafford Centre")
        return "organization" if _org_words().search(head.text) else "person"
    if head is not None and head.pos_ == "NOUN":
        return "group" if head.tag_ == "NNS" else "anonymous"
    if phrase_head is not None and (
            phrase_head.lower_ in ("those", "these") or phrase_head.like_num
            or phrase_head.lower_ in lexicons.words("share_nouns")):
        # "those surveyed", "six in 10", "39 have said", "most said", "a third say"
        return "group"
    return "unknown"


def _name_modifies_role(cut: int, span_tokens, phrase_head: Token | None) -> bool:
    """Session 20: whether the "of"/"for" that cut the phrase's head (at character ``cut``) lies
    inside an organisation's name that only modifies a common noun closing the phrase: "A
    Ministry of Defence spokesman", "A Department for Work and Pensions spokeswoman", "a Bank
    of England economist". The noun is the head (an unnamed person), not the organisation,
    when it is the phrase's last word, lower case, the phrase's syntactic head (or after it:
    the parser may make the name the head) and right after the name: capitalised words joined
    by "of", "for", "and", "&" or a comma ("A Department for Culture, Media and Sport
    spokeswoman"; an ORG entity or not: the NER often misses the name)."""
    last = span_tokens[-1] if span_tokens else None
    if last is None or last.pos_ != "NOUN" or not last.text.islower():
        return False
    if phrase_head is not None and phrase_head.idx > last.idx:
        return False
    name = [t for t in span_tokens if t.idx < last.idx]
    at = next((n for n, t in enumerate(name) if t.idx == cut), None)
    if at is None or at == 0 or at == len(name) - 1:
        return False
    start = at
    while start > 0 and name[start - 1].text[:1].isupper() and name[start - 1].pos_ == "PROPN":
        start -= 1
    joined = name[start:]
    return start < at and joined[-1].text[:1].isupper() and all(
        t.text[:1].isupper() and t.pos_ == "PROPN" or t.lower_ in ("of", "for", "and", "&", ",")
        for t in joined)


#: hyphens that glue a name to the participle it modifies ("Oscar-nominated")
_HYPHENS = frozenset({"-", "‐", "‑"})


def modifier_names_dropped(people: list, tokens) -> list:
    """The PERSON entities of a speaker phrase without those glued by a hyphen to the word
    after them: a name in "the Oscar-nominated Owen", "the Trump-appointed judge" only
    qualifies the head (the NER tags "Oscar" a PERSON) and is no second person of the
    phrase."""
    glued = {t.idx for i, t in enumerate(tokens) if t.text in _HYPHENS and i + 1 < len(tokens)
             and tokens[i + 1].idx == t.idx + len(t.text) and tokens[i + 1].text[:1].islower()}
    return [e for e in people if e.end not in glued]


def _outlet_name(tokens, ents) -> str | None:
    """The organisation a speaker phrase names after its kind noun, or None: a lower-case
    ``organization`` noun of ``speaker_nouns`` ("daily", "newspaper", "broadcaster",
    "website", "party", "firm" …) followed, to the end of the phrase, by capitalised names only,
    none a title or an unnamed-person noun ("Greek daily Kathimerini", "the Spanish newspaper El
    Pais", "weekly magazine Der Spiegel"): the name is the outlet's, whatever the NER called it.
    Its actor is the entity covering the name's last word, else the name's text. A role noun or a
    title between the kind noun and the name keeps the person ("newspaper columnist Owen Jones",
    "police Chief Jane Doe": :mod:`.headnames`). O(phrase)."""
    from .headnames import _role_words

    words = [t for t in tokens if not t.is_punct or t.text in ("-", "'")]
    nouns = lexicons.table("speaker_nouns")
    for k in range(len(words) - 2, -1, -1):
        tok = words[k]
        if tok.text[:1].isupper() and tok.pos_ == "PROPN" or tok.text in ("-", "'") \
                or tok.lower_ in lexicons.words("inner_name_particles"):
            continue
        name = words[k + 1:]
        if not (tok.text.islower() and nouns.get(tok.lower_) == "organization"
                and tok.tag_ != "POS"):
            return None
        if any(t.pos_ in ("VERB", "ADP") or t.pos_ == "NOUN" and t.tag_ != "POS"
               and nouns.get(t.lower_) != "organization" for t in words[:k]):
            return None  # "A statement posted on the website GunBroker.com": the statement's
        if not any(t.text[:1].isupper() for t in name) or any(
                t.lower_.rstrip(".") in _role_words() for t in name):
            return None
        last = name[-1].idx + len(name[-1].text)
        covering = [e for e in ents if e.start < last <= e.end and e.actor]
        return covering[-1].actor if covering else \
            doc_text(tokens[0].doc)[name[0].idx:last]
    return None


def _member_title_only(tokens, ents) -> bool:
    """Whether a speaker phrase is a member's title after a place or a party with no person's
    name: it ends in a ``titles`` word written in capitals ("MP", "MSP", "MEP"), and no word
    before it is a first name of ``first_names``, a title or honorific, or in a PERSON entity of
    two words or more ("The North MP", "Torfaen MLA"): a role, not a name — unnamed
    (``anonymous``; the article's one holder of the role names it where :func:`_role_holder`
    finds one). "Diane Abbott MP" and "Labour MP Diane Abbott" stay the person."""
    from .headnames import _role_words

    first_names = lexicons.table("first_names")
    words = [t for t in tokens if not t.is_punct]
    if words and words[0].dep_ == "det":
        words = words[1:]
    if len(words) < 2:
        return False
    last = words[-1]
    if not (last.text.isupper() and len(last.text) >= 2
            and last.lower_ in lexicons.words("titles")):
        return False
    if any(t.lower_ in first_names or t.lower_.rstrip(".") in _role_words() for t in words[:-1]):
        return False
    return not any(e.label == "PERSON" and len(e.text.split()) >= 2
                   and e.end <= last.idx for e in ents)


def _closing_apposition(ent, span_tokens) -> bool:
    """Whether the person ``ent`` closes the speaker phrase after a comma: the name of the
    phrase's head, however long the phrase before it ("a former spokesman for Ukraine's Foreign
    Ministry, Oleg Voloshyn")."""
    words = [t for t in span_tokens if not t.is_punct]
    before = [t for t in span_tokens if t.idx < ent.start]
    return bool(words and before) and words[-1].idx < ent.end and before[-1].text == ","


def _titles() -> frozenset[str]:
    """Honorifics and person titles (``data/entity_words.toml``), lower case, no dot."""
    return lexicons.derived("person_title_words", lambda lx: frozenset(
        w.lower().rstrip(".") for name in ("honorifics", "person_titles") for w in lx.lists[name]))


def _looks_like_person(ent, span_tokens) -> bool:
    """An ORG mention used as a person: "McCaul said" (a surname the NER took for an ORG),
    "Ms Makarova said" (a title and a surname the NER took for an ORG together).

    True for a single capitalised proper noun (not an acronym, no organisation word, no
    determiner before it, not in the alias table) that is the whole speaker phrase, after an
    honorific or person title (``honorifics``, ``person_titles``) opening the phrase, which only
    a person carries.
    """
    if ent.label != "ORG":
        return False
    words = ent.text.split()
    toks = [t for t in span_tokens if not t.is_punct]
    titled = bool(toks) and len(toks) >= 2 and toks[0].lower_.rstrip(".") in _titles()
    if titled:
        toks = toks[1:]
        if len(words) == 2 and words[0].lower().rstrip(".") in _titles():
            words = words[1:]
    return (len(words) == 1 and len(toks) == 1 and words[0][:1].isupper()
            and not words[0].isupper() and not _org_words().search(ent.text)
            and ent.actor in (ent.text, words[0]) and toks[0].tag_ == "NNP")


_WHO = re.compile(r"\s*,\s*who\b", re.I)


def _person_in_article(ctx: ArticleContext, name: str, pronouns: bool = True,
                       first_names: bool = True, stop_words: frozenset[str] = frozenset(),
                       speech_doc: Doc | None = None) -> bool:
    """Whether the article says plainly that the actor ``name`` (only ever tagged ORG, or a
    one-word GPE: :func:`_place_name_of_person`) is a person: a mention of it with a known
    first name ("Ségolène Royal"), a title or honorific right before a mention ("Ms Royal",
    "Prime Minister Royal"), a mention followed by ", who", or a he/she (``pronoun_genders``)
    after a mention with no PERSON mention and no person noun (``speaker_nouns``) between them,
    within the next two sentences ("Royal said … "…," she said."); ``pronouns=False`` leaves
    the he/she evidence out, ``first_names=False`` the first-name evidence (a company named
    after its founder: "Ralph Lauren said"); a word of ``stop_words`` (lower case) also ends the
    he/she search ("… said it would cut jobs. The chief executive said he …"); with
    ``speech_doc`` (the article's Doc) the he/she counts only as the subject of a speech verb
    after a mention that is itself a speech verb's subject ("X said …. "…," she said": not
    "United said he would be out", nor "the Law Lords' ruling … "…," she said"), and ", who"
    only before a verb in the singular or a clause with his/her ("X, who runs a bakery": not
    "Migration Watch, who come into this debate"). Read from the article text around the
    actor's own mentions only."""
    titles = _titles()
    first_name_table = lexicons.table("first_names")
    genders = {w for w, g in lexicons.table("pronoun_genders").items() if g in ("m", "f")}
    nouns = lexicons.table("speaker_nouns")
    mentions = [e for e in ctx.entities if e.actor == name]
    persons = [e for e in ctx.entities if e.label == "PERSON"]
    people = [e.start for e in persons]
    # "a spokeswoman for Goldman Sachs", "joined Morgan Stanley": a place of work
    worked_at = any(_written_as_workplace(ctx.text, e.start) for e in mentions)
    for e in mentions:
        words = e.text.split()
        if first_names and len(words) >= 2 and words[0].lower() in first_name_table:
            return True
        before = ctx.text[max(0, e.start - 20):e.start].split()
        if before and before[-1].lower().rstrip(".") in titles and before[-1][:1].isupper():
            return True
        who = _WHO.match(ctx.text, e.end)
        if who and (speech_doc is None or _one_person_who(speech_doc, who.end())):
            return True
        if not pronouns or speech_doc is not None and not _speaking_subject(speech_doc, e):
            continue
        after = ctx.text[e.end:e.end + 400]
        stops = [m.end() for m in re.finditer(r"[.!?][\"'”’]?\s", after)]
        if len(stops) >= 2:
            after = after[:stops[1]]
        nxt = [p for p in people if e.end <= p < e.end + len(after)]
        if nxt:
            after = after[:nxt[0] - e.end]
        for found in re.finditer(r"[A-Za-z]+", after):
            low = found.group().lower()
            if low in nouns or low[:-1] in nouns or low in stop_words:
                break  # "a spokesman … he said": his, not Ford's
            if low in genders and (speech_doc is None or _speech_subject(
                    speech_doc, e.end + found.start(), e.end + found.end())
                    or not worked_at and _own_content_subject(
                        speech_doc, e, e.end + found.start(), e.end + found.end(), persons)):
                return True
    return False


def _organisation_in_article(ctx: ArticleContext, ents: list, span_text: str) -> bool:
    """Whether a bare one-word name the NER called ORG, taken for a person by
    :func:`_looks_like_person`, is an organisation by the rest of the article: it is named at
    least twice, every time as an ORG, and nothing in the article makes it a person ("Ford
    said …", "Ford also said …": the company, unlike a surname the NER misread once, "McCaul
    said"). A first name, a title, ", who" or a he/she following a mention
    (:func:`_person_in_article`) make it a person: "Royal said …. Royal added …. "…," she
    said."."""
    if len(ents) != 1 or ents[0].label != "ORG" or ents[0].text != span_text.strip():
        return False
    name = ents[0].actor
    if name is None or ctx.known_person(name) is not None:
        return False
    labels = [e.label for e in ctx.entities if e.actor == name]
    return (len(labels) >= 2 and all(label == "ORG" for label in labels)
            and not _person_in_article(ctx, name))


_LAST_WORD = re.compile(r"\b([A-Za-z]+)\s+$")


def _written_as_workplace(text: str, start: int) -> bool:
    """Whether the word right before ``start`` (within 12 characters) makes the name there a
    place of work: "at", "for", "joined", "left" … (``workplace_words``)."""
    last = _LAST_WORD.search(text, max(0, start - 12), start)
    return last is not None and last.group(1).lower() in lexicons.words("workplace_words")


_PLACE_BEFORE = re.compile(r"\b(?:in|from|to|at|near)\s+(?:the\s+)?$", re.I)


def _place_name_of_person(ctx: ArticleContext, ents: list, span_text: str) -> bool:
    """Whether a bare one-word name the NER called GPE, the whole speaker phrase, is a person
    by the article: it is not a country (``countries``, by its text or its actor), not a name
    the alias table rewrites ("Britain" → "United Kingdom"), never written as a place ("in
    Houston", "from Dallas", "to Houston" before any mention of it), and the article makes it a
    person (:func:`_person_in_article`: a first-name form, a title, ", who" or a he/she after a
    mention). "Russia said", "Britain warned" and "Houston said" with nothing more stay
    organisations. Cost: one pass over the actor's mentions."""
    if len(ents) != 1 or ents[0].label != "GPE" or ents[0].text != span_text.strip():
        return False
    ent = ents[0]
    name = ent.actor
    countries = lexicons.words("countries")
    if name is None or name != ent.text or len(name.split()) != 1 or not name[:1].isupper() \
            or name.isupper() or name.lower() in countries or ent.text.lower() in countries:
        return False
    mentions = [e for e in ctx.entities if e.actor == name]
    if any(e.label in ("GPE", "LOC", "FAC") and _PLACE_BEFORE.search(
            ctx.text[max(0, e.start - 12):e.start]) for e in mentions):
        return False
    return _person_in_article(ctx, name)


def _says(tok: Token) -> bool:
    """Whether ``tok`` is the subject of a speech verb (an ``nsubj`` whose verb's lemma is in
    ``speech_verbs``: "she said", "he told reporters")."""
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in lexicons.speech_verbs()[0]


def _speech_subject(doc: Doc, start: int, end: int) -> bool:
    """Whether the one word at ``[start, end)`` of ``doc`` is the subject of a speech verb."""
    span = doc.char_span(start, end)
    return span is not None and len(span) == 1 and _says(span[0])


def _speaking_subject(doc: Doc, mention) -> bool:
    """Whether the ``mention`` (an entity record) is the subject of a speech verb: one of its
    tokens is (:func:`_says`)."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and any(_says(tok) for tok in span)


def _own_content_subject(doc: Doc, mention, start: int, end: int, people: list) -> bool:
    """Whether the he/she at ``[start, end)`` of ``doc`` is the subject of the reported clause
    of the speech verb whose subject is the ``mention`` ("Ifeoma Bello said she was
    delighted", "X told reporters he would stand": an organisation would say "it"; session
    17), and nobody else is named for it to stand for: no PERSON mention (``people``) in its
    sentence, and none before it in the article
    whose first name has the pronoun's gender or no known gender ("James Gorman …. Morgan
    Stanley said he would step down", "Jack Grealish … Aston Villa said he would miss …": the
    bank or the club reports about a man). O(children of two verbs + person mentions)."""
    span = doc.char_span(start, end)
    ment = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or ment is None or len(span) != 1:
        return False
    tok = span[0]
    clause = tok.head
    verb = clause.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" or verb.i > tok.i \
            or verb.lemma_.lower() not in lexicons.speech_verbs()[0] \
            or any(c.dep_ in ("conj", "cc") for c in kids(tok)) \
            or not any(t.dep_ == "nsubj" and t.head.i == verb.i for t in ment):
        return False  # "X said she and Emeka Obi were …": not hers alone
    before = sent_of(tok).start_char
    after = clause.right_edge.idx + len(clause.right_edge.text)
    if any(before <= p.start < after and p.start != mention.start for p in people):
        return False  # "X said she and Emeka Obi …", "Asked about Obi, X said he …"
    # anyone named before whom the he/she could stand for: a first name of its gender or of
    # none known ("Jack Grealish … Aston Villa said he would miss …")
    gender = {"m": "male", "f": "female"}.get(lexicons.table("pronoun_genders").get(tok.lower_, ""))
    return not any(p.start < mention.start and p.actor != mention.actor
                   and first_name_gender(p.text.split()[0]) in (gender, None) for p in people)


def _one_person_who(doc: Doc, end: int) -> bool:
    """Whether the relative clause whose "who" ends at ``end`` is one person's: its verb is
    in the singular ("who runs", "who has taught", "who was") or a his/her follows within
    eight words ("who lost her seat"); an organisation's "who" takes the plural in British
    English ("Migration Watch, who come into this debate")."""
    span = doc.char_span(end - 3, end)
    if span is None or len(span) != 1 or span[0].i + 1 >= len(doc):
        return False
    nxt = doc[span[0].i + 1]
    if nxt.tag_ == "VBZ" or nxt.lower_ == "was":
        return True
    gendered = lexicons.table("pronoun_genders")
    return any(gendered.get(t.lower_) in ("m", "f") for t in doc[nxt.i:min(len(doc), nxt.i + 8)])


_NAME_WORD = re.compile(r"[A-Z][a-zà-ÿ]+(?:[-'’][A-Za-zà-ÿ]+)*\Z")


def _named_person_of_org_label(ctx: ArticleContext, ents: list, span_text: str,
                               doc: Doc) -> bool:
    """Whether a speaker phrase that is one ORG or GPE mention of two or three name words is a
    person by the article: the official model tags names it does not know ("Nkechi Obiora",
    "Ifeoma Nwosu": rare first names, more often women's) as organisations. Each word must be a
    capitalised name word (no acronym, no "&", no digit, no organisation word of ``org_words``,
    no role word), the name not the alias table's organisation nor a country, and the article
    must show a person at one of its mentions (:func:`_person_in_article` without the
    first-name evidence, which companies named after their founders share: a title before it,
    ", who" after it, or a he/she subject of a speech verb after it with no other person,
    person noun or role word between: ""…," she said"; not "United said he would be out"), or a
    he/she subject of the clause the name's own speech verb reports, with nobody named just
    before the name ("Ifeoma Bello said she was delighted": :func:`_own_content_subject`,
    session 17). "Ralph Lauren said"
    and "Morgan Stanley said" with nothing more stay organisations. Cost: one pass over the
    name's mentions."""
    from .headnames import _role_words

    if len(ents) != 1 or ents[0].label not in ("ORG", "GPE") \
            or ents[0].text != span_text.strip():
        return False
    ent = ents[0]
    name = ent.actor
    words = ent.text.split()
    if name is None or not 2 <= len(words) <= 3 or name in ctx.not_people \
            or name.lower() in lexicons.words("countries") \
            or not all(_NAME_WORD.match(w) for w in words) or _org_words().search(ent.text) \
            or any(w.lower() in _role_words() or w.lower()[:-1] in _role_words()
                   for w in words):  # "Law Lords"
        return False
    return _person_in_article(ctx, name, first_names=False, stop_words=_role_words(),
                              speech_doc=doc) or _uncommon_given_name(ctx, name, words[0], doc)


#: bearers of a first name in the statistics: at least this many for a name tagged ORG to be a
#: person's by its first word alone ("Goldman" of Goldman Sachs has about 100), fewer than
#: :data:`~analysis.engine.entities.COMMON_FIRST_NAME` (a company named after its founder has a
#: common one: "Ralph Lauren", "Hugo Boss", "Jimmy Choo")
UNCOMMON_GIVEN_FLOOR = 500


def _uncommon_given_name(ctx: ArticleContext, name: str, first: str, doc: Doc) -> bool:
    """Session 20 (s24-parity): whether the first word of a name the NER tagged ORG makes it a
    person's by itself: a given name of one gender in the first-name statistics
    (:func:`~analysis.engine.first_names.first_name_gender`), not in the curated
    ``first_names`` list, with at least :data:`UNCOMMON_GIVEN_FLOOR` and fewer than
    ``COMMON_FIRST_NAME`` bearers ("Anjali Deshpande said", "Nkechi Obiora said": the official
    model tags such names, more often women's, ORG; the news model PERSON), and no mention of
    the name written as a place of work ("joined …", "a spokeswoman for …") nor followed by a
    group's ", who" (a plural verb: "Forest Guard, who have opposed …": :func:`_one_person_who`)."""
    from ..entities import COMMON_FIRST_NAME
    from ..first_names import name_statistics
    from ..names import fold

    if first.lower() in lexicons.table("first_names") or first_name_gender(first) is None:
        return False
    hit = name_statistics().get(fold(first))
    if hit is None or not UNCOMMON_GIVEN_FLOOR <= hit[0] < COMMON_FIRST_NAME:
        return False
    for e in ctx.entities:
        if e.actor != name:
            continue
        who = _WHO.match(ctx.text, e.end)
        if _written_as_workplace(ctx.text, e.start) \
                or who is not None and not _one_person_who(doc, who.end()):
            return False
    return True


def _organisation_by_article(ctx: ArticleContext, ents: list, name: str | None,
                             span_text: str, head: Token) -> bool:
    """Session 24 (issue 24, class 3): whether a speaker phrase that is only a name typed a
    person ("Cairn said", "Sky said") is an organisation by the article: the NER calls a
    mention of the same actor an ORG (small models tag one company both ways in an article)
    and nothing in the article makes it a person: no first name opening it
    (:func:`_person_name_form`: "Rio Ferdinand", "KK Mittal"), no fuller person it is the
    surname of ("Ferdinand" after "Rio Ferdinand": :meth:`ArticleContext.known_person`; or a
    first name written before it anywhere: :func:`_given_name_before`), no title in or before
    a mention ("Mr Pande"), no person's role in apposition (:func:`_person_role_in_apposition`),
    no ", who" nor he/she after a mention (:func:`_person_in_article`). Cost: one pass over
    the article's mentions, only for a name-only speaker phrase."""
    if name is None or len(ents) != 1 or ents[0].label not in ("PERSON", "ORG") \
            or ents[0].text != span_text.strip() or _person_name_form(name):
        return False
    mentions = [e for e in ctx.entities if e.actor == name]
    if not any(e.label == "ORG" for e in mentions) \
            or ctx.known_person(name) not in (None, name) \
            or any(strip_title(e.text)[0] for e in mentions) or _given_name_before(ctx.text, name) \
            or _person_role_in_apposition(head):
        return False
    return not _person_in_article(ctx, name)


def _person_role_in_apposition(head: Token) -> bool:
    """Whether the name ``head`` has a person's role in apposition ("Menzies Campbell, the Liberal
    Democrats' foreign affairs spokesman, said", "Saumil Nanavati, president of Sydus, said"):
    a ``titles``, ``speaker_nouns`` or ``name_occupations`` noun heading it."""
    nouns = lexicons.words("titles") | lexicons.words("name_occupations")
    return any(c.lemma_.lower() in nouns or c.lower_ in lexicons.table("speaker_nouns")
               for c in [*(c for c in rights(head) if c.dep_ == "appos"), *_role_subject(head)])


def _given_name_before(text: str, name: str) -> bool:
    """Whether the article writes ``name`` somewhere after a capitalised first name of the
    statistics that is no stop word ("guitarist Sergio Pizzorno", "Rio Ferdinand" tagged as a
    place): the person's full name, whatever the NER made of it (not "The Orange", "Will
    Orange"). One search of the text, for a name-only speaker only."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from ..first_names import is_first_name

    for m in re.finditer(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?) " + re.escape(name) + r"\b", text):
        word = m.group(1)
        if word.lower() not in STOP_WORDS and is_first_name(word):
            return True
    return False


_INITIALS = re.compile(r"(?:[A-Z]\.?){1,3}\Z")


def _person_name_form(name: str) -> bool:
    """Whether ``name`` reads as a person's: two words or more, the first a first name of the
    statistics (:func:`~analysis.engine.first_names.is_first_name`), of the curated
    ``first_names`` or hyphenated ("Man-kei"), or initials ("KK Mittal", "J.F. Sullivan")."""
    from ..entities import given_name
    from ..first_names import is_first_name

    words = name.split()
    return len(words) >= 2 and (given_name(words[0]) or is_first_name(words[0])
                                or bool(_INITIALS.match(words[0])))


def _role_from_span(ctx: ArticleContext, start: int, end: int, ents) -> str | None:
    """Title or role words in the speaker phrase before the person's name."""

    people = [e for e in ents if e.label == "PERSON"]
    if not people:
        return None
    person = people[0]
    before = ctx.text[start:person.start].strip(" ,")
    title, _ = strip_title(person.text)
    parts = [p for p in (before, title) if p]
    role = " ".join(parts).strip()
    role = re.sub(r"^(the|a|an)\s+", "", role, flags=re.I)
    role = re.sub(r"['’]s$", "", role).strip()
    return role or None


def describe_speaker(head: Token | None, ctx: ArticleContext, prior: list["Speaker"],
                     span: tuple[int, int] | None = None,
                     content: tuple[int, int] | None = None) -> Speaker:
    """Speaker span, type, actor and role for the speaker phrase headed by token ``head``
    (or covering the character ``span`` when given); no speaker without a head. A he/she
    speaker is none of the people named in ``content``, the span its cue reports
    (:func:`.pronouns.resolve_pronoun`)."""
    if head is None:
        return Speaker()
    doc = head.doc
    if head.lower_ in lexicons.words("quantifier_speakers"):
        # session 19: "none has said …", "almost everyone agrees …": the many (or none) the
        # quantifier counts, typed group, never resolved to an antecedent as a pronoun is
        start, end = span if span is not None else speaker_span(head)
        return Speaker(ctx.text[start:end], start, end, "group")
    if head.lower_ in lexicons.table("pronoun_genders") \
            or head.pos_ == "PRON" and head.lower_ not in ("those", "these"):
        start, end = head.idx, head.idx + len(head.text)
        resolved = resolve_pronoun(head, ctx, prior, content)
        if resolved is not None:
            return replace(resolved, text=head.text, start=start, end=end)
        return Speaker(head.text, start, end, "pronoun")
    start, end = span if span is not None else speaker_span(head)
    grown = role_before_name(head, start, end, ctx) if span is None else None
    start = start if grown is None else grown  # "the … director of Amnesty International X"
    if ctx.text[start:end].strip().lower() in lexicons.words("page_words"):
        return Speaker()  # "Article", "Video": page furniture, not a speaker
    owner = _document_owner(head, ctx, prior, start, end)
    if owner is not None:
        return owner
    span_text = ctx.text[start:end]
    phrase = doc.char_span(start, end)
    first = min(head.left_edge.i, phrase.start) if phrase is not None else head.left_edge.i
    span_tokens = [t for t in doc[first:max(head.right_edge.i + 1, head.i + 1)]
                   if start <= t.idx < end]
    ents = entities_in(ctx, start, end)
    full = ctx.text[min(start, head.left_edge.idx):max(
        end, head.right_edge.idx + len(head.right_edge.text))]
    kind = _type_noun_phrase(span_tokens, ents, full, head)
    phrase_tokens = list(phrase) if phrase is not None else span_tokens
    if _the_word_only(phrase_tokens, ctx):  # "the Scot admitted", "the Dane said": no name
        found = resolve_epithet(head, phrase_tokens, ctx, prior, "anonymous")
        if found is not None:  # the person the discourse is about (.epithets)
            return Speaker(span_text, start, end, "person", found[0], found[1])
        return Speaker(span_text, start, end, "anonymous", None, phrase_tokens[-1].text)
    if kind in ("organization", "person") and nationality_named_alone(phrase_tokens, ents, ctx):
        # "The 55-year-old Frenchman told …" with "Frenchman" tagged ORG (or a PERSON of its
        # own): a nationality epithet, not a firm or a person called so (session 27)
        found = resolve_epithet(head, phrase_tokens, ctx, prior, "anonymous")
        if found is not None:
            return Speaker(span_text, start, end, "person", found[0], found[1])
        return Speaker(span_text, start, end, "anonymous", None,
                       _quantifiers().sub("", span_text.strip()) or None)
    outlet = _outlet_name(phrase_tokens, ents)
    if outlet is not None:  # "Greek daily Kathimerini": the newspaper, not a person
        return Speaker(span_text, start, end, "organization", outlet, None)
    member = _member_title_only(phrase_tokens, ents)
    if member:  # "The North MP": a role, no name
        kind = "anonymous"
    firm = _appositive_organisation(head)
    if firm is not None:
        # "the world's largest package delivery company, UPS, said": the firm (session 26)
        tok = doc[firm]
        own = [e for e in ents if e.start <= tok.idx < e.end]
        name = (own[-1].actor or own[-1].text) if own else tok.text
        return Speaker(span_text, start, end, "organization", name, None)
    named = None if member else head_name(head, phrase_tokens, ents, ctx.text)
    if named is not None and _after_the(named.start, ctx.text):
        # "a spokesman for the English National Ballet" (tagged PERSON): no person's name
        named, kind = None, "anonymous" if head.pos_ == "NOUN" else "organization"
    if named is not None:
        # the person's name heads the phrase, whatever surrounds it (.headnames)
        named_actor = name_actor(named, ents, ctx)
        if named_actor in ctx.not_people:  # "Walmart said": the alias table makes it a company
            return Speaker(span_text, start, end, "organization", named_actor, None)
        if _organisation_by_article(ctx, ents, named_actor, span_text, head):
            # "Cairn said …" (Cairn tagged ORG elsewhere, nothing of a person): the company
            return Speaker(span_text, start, end, "organization", named_actor, None)
        if _owner_owning_nothing(head, phrase_tokens):
            # "Foster's said …", "Dobson's said": a firm named in the possessive (session 25)
            return Speaker(span_text, start, end, "organization", named_actor, None)
        return Speaker(span_text, start, end, "person", named_actor, named.role)
    actor = None
    if kind == "organization" and _place_name_of_person(ctx, ents, span_text):
        kind = "person"  # "Houston, who lost her seat in September, said": not the city
    elif kind == "organization" and _named_person_of_org_label(ctx, ents, span_text, doc):
        kind = "person"  # "Nkechi Obiora, who runs a bakery, said" (tagged ORG)
    if kind == "person" and _organisation_in_article(ctx, ents, span_text):
        kind = "organization"
    bare = _bare_person_name(head, span_text, ctx) if kind == "group" else None
    if bare is not None:
        kind = "person"  # "Sanders said" (tagged NNS or NORP) after "Bernie Sanders"
    if kind in ("unknown", "person") and not ents and head.text[:1].isupper():
        # a name the tagger or the NER missed ("Trump" tagged as a verb, "Conway notes") that
        # the article names elsewhere, also behind a title the NER left out ("Chief Supt
        # Deats" after "Mick Deats")
        actor = ctx.known_person(span_text.strip()) \
            or ctx.known_person(strip_title(span_text.strip())[1])
        kind = "person" if actor is not None else kind
    if kind == "document":  # the issuer it names: "a Pentagon statement", "a report by the UN"
        issuers = [e for e in ents if e.label in ("ORG", "GPE", "PERSON") and e.actor is not None]
        author = document_author(head) if not issuers else None
        if author is not None:  # "A 2019 study by Harvard University": the phrase ends at "by"
            issuers = [e for e in entities_in(ctx, author.idx, author.idx + len(author.text))
                       if e.label in ("ORG", "GPE", "PERSON")]
        actor = issuers[0].actor if issuers else None
    elif kind in ("person", "organization"):
        people = modifier_names_dropped([e for e in ents if e.label == "PERSON"], span_tokens)
        pick = people[-1] if people and kind != "organization" else (ents[-1] if ents else None)
        if kind == "organization" and ents:
            pick = _organisation_named(head, ents)
        if kind == "person" and pick is not None and grown is None and bare is None \
                and _name_in_role_object(head, pick):
            # "The mother of Jane Smith said", "The star of Rain Man and Tootsie said": someone
            # else, unnamed (or the person an epithet re-describes, below)
            kind, pick = "anonymous", None
        if pick is not None and not (kind == "group" and len({e.actor for e in people}) > 1):
            actor = pick.actor
        if kind == "person":
            # "said Cole" (the one word tagged PRODUCT) after "Helen Cole": the person the
            # article names in full, as for a name the NER missed (session 26)
            actor = _mislabelled_surname(ctx, ents, span_text, _THING_LABELS) or actor
        if kind == "organization" and actor is not None and ctx.known_person(actor) == actor \
                and (len(span_text.split()) == 1 or pick is not None and " " not in pick.text
                     and pick.start <= head.idx < pick.end):
            # a surname the NER took for an organisation: "Conway notes", "the
            # Oscar-nominated Owen told reporters" (the surname heads the phrase)
            kind = "person"
        elif kind == "organization" \
                and (surnamed := _mislabelled_surname(ctx, ents, span_text, _PLACE_LABELS)):
            # "Anelka was quoted … as saying" (tagged LOC) after "Nicolas Anelka" (session 26)
            kind, actor = "person", surnamed
        actor = bare or actor
    if kind in ("organization", "anonymous", "group") and span is None:
        # "said eighth seed Agassi" (tagged GPE) after "Andre Agassi": his
        known = _role_named_person(head, ctx)
        if known is not None:
            kind, actor = "person", known
    if kind == "person" and (actor in ctx.not_people
                             or _organisation_by_article(ctx, ents, actor, span_text, head)
                             or _owner_owning_nothing(head, phrase_tokens)):
        # "Walmart said": the alias table makes the name a company; "Cairn said" (Cairn
        # tagged ORG elsewhere, nothing of a person)
        kind = "organization"
    if kind == "organization" and actor is not None:
        spoke = _earlier_person_speaker(span_text, prior)
        if spoke is not None:
            # "England coach Sven-Goran Eriksson has revealed … said Eriksson" with every
            # mention tagged ORG: the person who spoke before (session 26)
            kind, actor = "person", spoke
    role = appos_role(head) or (_role_from_span(ctx, start, end, ents) if kind == "person"
                                 else None)
    if role is None and kind == "anonymous":
        role = _quantifiers().sub("", span_text)
    if kind == "anonymous" or kind in ("person", "unknown") and actor is None:
        # "the governor" after "Alabama Governor Kay Ivey", "his mother" after "his mother,
        # Ann Lee", "The Prime Minister" (capitalised: tagged as a name)
        holder = _role_holder(head, ctx, ents, start)
        if holder is not None:
            kind, actor = "person", holder
            role = role or _quantifiers().sub("", span_text)
    if actor is None and kind in ("anonymous", "unknown", "person", "group"):
        # "the 22-year-old told BBC Sport", "the Olympic champion said": an epithet of the
        # person the discourse is about (.epithets)
        found = resolve_epithet(head, phrase_tokens, ctx, prior, kind)
        if found is not None:
            kind, actor, role = "person", found[0], found[1]
    if kind in ("organization", "anonymous") and (actor is None and not ents
                                                  or place_modifiers_only(head, ents)):
        # "the firm said", "the airline warned", "The US company said" (session 26: the firm,
        # not the country): the organisation named just before (.org_anaphors)
        org = organisation_antecedent(head, phrase_tokens, ctx, prior)
        if org is not None:
            kind, actor, role = "organization", org, None
    if kind in ("organization", "anonymous", "unknown", "group") \
            and (actor is None and not ents or place_modifiers_only(head, ents)
                 and actor in {e.actor for e in ents} | {None}):
        # "A British charity has criticised …, claiming … The Refugee Support Trust has
        # complained …": the lead's description named in the next sentence (session 26)
        lead = lead_antecedent(head, phrase_tokens, ctx)
        if lead is not None:
            kind, actor = lead
    if kind == "organization" and actor is not None and _country_for_firm(head, ents, actor):
        # "A US firm has said …", "The Japanese carmaker said …" with no firm found for it: the
        # firm, unnamed, not the country (session 27)
        actor = None
    return Speaker(span_text, start, end, kind, actor, role)


def _country_for_firm(head: Token, ents: list, actor: str) -> bool:
    """Session 27 (s32-audit): whether an organisation speaker phrase headed by a kind of firm
    (``organisation_anaphor_nouns``: "A US firm", "A US defence and telecommunications company",
    "the Japanese carmaker") took for its actor the country or nationality that only qualifies
    it (:func:`.org_anaphors.place_modifiers_only`): a firm's words are not the country's. Not
    other nouns ("US officials", "the Chinese government" stay as they are). O(phrase)."""
    return head.pos_ == "NOUN" and head.lemma_.lower() in lexicons.words(
        "organisation_anaphor_nouns") and place_modifiers_only(head, ents) \
        and actor in {e.actor for e in ents}


#: NER labels of things, never of a person's name (a surname tagged so is a mis-tag); the
#: phrase stays on the person path
_THING_LABELS = ("PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE")
#: NER labels of places a surname is mis-tagged with; the phrase went the organisation path
_PLACE_LABELS = ("LOC", "GPE", "FAC")


def _mislabelled_surname(ctx: ArticleContext, ents: list, span_text: str,
                         labels: tuple[str, ...]) -> str | None:
    """Session 26: the person actor a one-word speaker phrase is the surname of, when the NER
    gave that word one of ``labels`` and the article names the person in full: "said Cole"
    (tagged PRODUCT, :data:`_THING_LABELS`) after "Helen Cole", "Anelka was quoted in a French
    newspaper as saying …" (tagged LOC, :data:`_PLACE_LABELS`) after "striker Nicolas Anelka";
    else None. Not a name the alias table makes a place or company, not a country, not an
    acronym. A surname tagged ORG is read by :func:`_looks_like_person` and by
    :func:`_earlier_person_speaker` (which reads the article's earlier speakers instead).
    O(1)."""
    word = span_text.strip()
    if len(ents) != 1 or ents[0].label not in labels or ents[0].text != word \
            or " " in word or not word[:1].isupper() or word.isupper() \
            or word.lower() in lexicons.words("countries") or word in ctx.not_people:
        return None
    known = ctx.known_person(word)
    return known if known is not None and known != word else None


def _earlier_person_speaker(span_text: str, prior: list[Speaker]) -> str | None:
    """Session 26 (s31-audit): the person actor an organisation speaker written as one
    capitalised word is the surname of, when an earlier speaker of the article was that
    person named in full ("England coach Sven-Goran Eriksson has revealed …", typed a person
    by its role noun, then "said Eriksson", the NER tagging every mention ORG); exactly one
    such person, else None. A firm named after someone who spoke before it is rare in news;
    a firm never spoke as a person."""
    word = span_text.strip()
    if " " in word or not word[:1].isupper() or not word.replace("-", "").isalpha():
        return None
    found = {sp.actor for sp in prior if sp.type == "person" and sp.actor
             and " " in sp.actor and sp.actor.split()[-1] == word}
    return found.pop() if len(found) == 1 else None


def _owner_owning_nothing(head: Token, tokens) -> bool:
    """Session 25 (s30-sources): whether the speaker phrase is a proper name closed by an
    owner's "'s" that owns nothing — the name is itself the subject, the "'s" its last word
    ("Foster's said a combination …", "Sainsbury's said"): a firm named in the possessive (a
    brewer, a shop, after its founder), not a person ("Foster's chief executive said" owns a
    noun, the name is no subject). O(phrase)."""
    words = [t for t in tokens if not t.is_punct or t.dep_ == "case"]
    if not words or head.pos_ != "PROPN" or head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    last = words[-1]
    return last.dep_ == "case" and last.head.i == head.i \
        and last.lower_ in ("'s", "’s") and last.i == head.i + 1


def _name_in_role_object(head: Token, ent) -> bool:
    """Whether the PERSON mention ``ent`` of a speaker phrase headed by the common noun ``head``
    sits in a prepositional phrase hung on that noun ("The mother of Jane Smith", "A friend of
    Tom Hale", "The star of Rain Man and Tootsie", "a lawyer for Mr Reed"), not in apposition:
    the phrase names someone else through that person, who is not the speaker.

    Session 23 (sources audit of 30 BBC files): "The star of Rain Man and Tootsie said" made a
    film title (tagged PERSON) a woman quoted, and "A spokesman for Mr X warned" made X a source
    (also :func:`.headnames._without_closing_titles`). Cost: a walk up the parse from the
    mention's root to the phrase head, for a phrase with a person in it only."""
    if head.pos_ != "NOUN" or ent.start <= head.idx or ent.label != "PERSON":
        return False
    span = head.doc.char_span(ent.start, ent.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span.root
    while tok.i != head.i and tok.head.i != tok.i:
        if tok.dep_ == "appos":
            return False
        if tok.dep_ == "prep" and tok.head.i == head.i:
            return True
        tok = tok.head
    return False


def _after_the(start: int, text: str) -> bool:
    """Whether the name at ``start`` follows "the" and does not open with a first name of the
    statistics: "a spokesman for the English National Ballet" names an organisation the NER
    tagged PERSON, as names of people take no article."""
    if text[max(0, start - 4):start].lower() != "the ":
        return False
    first = text[start:start + 40].split(maxsplit=1)
    return not first or first_name_gender(first[0]) is None


def _the_word_only(tokens, ctx: ArticleContext) -> bool:
    """Whether a speaker phrase is "the" and one capitalised word tagged PERSON or NORP that
    the article never writes without "the": a nationality or a nickname ("the Scot
    admitted", "the Dane said", which the NER may tag PERSON, "Scot" and "Dane" being first
    names too), not a person's name — names take no article. The surname of a person named in full is a name
    ("the Ferguson" does not occur, but a mistyped phrase must not lose a known person)."""
    words = [t for t in tokens if not t.is_punct]
    if len(words) != 2 or words[0].lower_ != "the" or not words[1].text[:1].isupper() \
            or not words[1].is_alpha or words[1].text.isupper():
        return False
    word = words[1].text
    if word in ctx.surnames:
        return False
    own = [e for e in entities_in(ctx, words[1].idx, words[1].idx + len(word))]
    if not own or any(e.label not in ("PERSON", "NORP") for e in own):
        return False  # "the Guardian", "the Kremlin": an organisation or a place
    text = ctx.text
    return all(text[max(0, e.start - 4):e.start].lower() == "the " for e in ctx.entities
               if e.text == word)


def _organisation_named(head: Token, ents: list):
    """The entity an organisation speaker phrase names: the one holding its head word ("the
    Centers for Disease Control and Prevention in the United States": the centres, not the
    country); none when the head is a plural unnamed organisation noun of ``speaker_nouns``
    that the entities only qualify ("US authorities", "authorities in the United Kingdom and
    the United States": bodies of a country, not the country); else the last entity."""
    own = [e for e in ents if e.start <= head.idx < e.end]
    if own:
        return own[-1]
    lemma = head.lemma_.lower()
    if head.pos_ == "NOUN" and lexicons.table("speaker_nouns").get(lemma) == "organization" \
            and (head.tag_ == "NNS" or head.lower_ != lemma):
        return None
    return ents[-1]


def _bare_person_name(head: Token, span_text: str, ctx: ArticleContext) -> str | None:
    """The person actor a bare one-word speaker typed ``group`` names, or None: the phrase is
    the head alone, a capitalised word (not an acronym) that the article names as a person
    (:meth:`ArticleContext.known_person`: a PERSON actor, or the surname of one named in
    full). The news model tags many surnames as a plural noun or a NORP ("Sanders said" after
    "Bernie Sanders"); "Officials said" is no person of the article and stays a group."""
    word = span_text.strip()
    if word != head.text or not word[:1].isupper() or word.isupper() or not word.isalpha():
        return None
    return ctx.known_person(word)


def _document_owner(head: Token, ctx: ArticleContext, prior: list[Speaker], start: int, end: int
                    ) -> Speaker | None:
    """A document with an owner speaks for the owner: "her statement" (the pronoun resolved),
    "the union's release" — the phrase stays the speaker, of type ``document``, with the
    owner as its actor."""
    if head.pos_ != "NOUN" or noun_class(head) != "document":
        return None
    poss = next((c for c in kids(head) if c.dep_ == "poss" and c.i < head.i), None)
    if poss is None:
        return None
    owner = describe_speaker(poss, ctx, prior)
    if owner.type in ("unknown", "pronoun"):
        return None
    return Speaker(ctx.text[start:end], start, end, "document", owner.actor, owner.role)


def _role_holder(head: Token, ctx: ArticleContext, ents: list, start: int) -> str | None:
    """The one person of the article a definite role description refers back to: "the
    governor" after "Alabama Governor Kay Ivey", "the prime minister" after "Prime Minister
    X", "his mother" after "his mother, Ann Lee", "the veteran coach" after "Coach John Smith"
    (the roles of :meth:`ArticleContext.roles`).

    The description is a singular role noun with "the" or a possessive and no person's name
    in it. Its title-word modifiers ("prime", "health"; ``titles``, without the
    ``role_time_words`` "former", "acting" …) must be among the person's own qualifiers, its
    other modifiers ("veteran") only break ties, as do the holders' own other title words
    (President X is "the president", Vice President Y is not); a holder with a ``rank_words``
    qualifier the description lacks holds another role ("the mayor" is not Deputy Mayor X). None unless exactly one person
    of the whole article holds that role, or exactly one in the description's own sentence
    before it, and was introduced before ``start``: two ministers in earlier sentences leave
    "the minister" unnamed; so does a description with an apposition of its own. Cost: one
    look-up in the article's role index, O(holders)."""
    if head.pos_ not in ("NOUN", "PROPN") or head.tag_ in ("NNS", "NNPS") \
            or any(e.label == "PERSON" for e in ents):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss"
               for c in kids(head) if c.i < head.i) \
            or any(c.dep_ == "appos" for c in kids(head)):
        return None  # "the current bishop, Allan Casicas,": the phrase names its own person
    index = ctx.roles(head.doc)
    abbreviations = lexicons.table("title_nouns")
    word = (head.lemma_ if head.pos_ == "NOUN" else head.text).lower().rstrip(".")
    holders = index.get(abbreviations.get(word, word), [])
    if not holders:
        return None
    titles, times = lexicons.words("titles"), lexicons.words("role_time_words")
    modifiers = {abbreviations.get(w, w) for w in
                 (c.lower_.rstrip(".") for c in kids(head)
                  if c.i < head.i and c.dep_ in ("amod", "compound", "nmod"))} - times
    required = {w for w in modifiers if w in titles}
    qualifiers: dict[str, set[str]] = {}
    first: dict[str, int] = {}
    for pos, actor, quals in holders:
        qualifiers.setdefault(actor, set()).update(quals)
        first[actor] = min(pos, first.get(actor, pos))
    fits = [a for a, quals in qualifiers.items() if required <= quals]
    # a rank the description does not give makes another role: "the mayor" is not Deputy
    # Mayor X, "the prime minister" not deputy prime minister Y (``rank_words``)
    ranks = lexicons.words("rank_words")
    fits = [a for a in fits if not (qualifiers[a] & ranks) - modifiers]
    if len(fits) > 1:  # "the police chief" among a police chief and a fire chief
        overlap = {a: len(qualifiers[a] & modifiers) for a in fits}
        best = max(overlap.values())
        fits = [a for a in fits if overlap[a] == best] if best else fits
    if len(fits) > 1:  # "the president": President X, not Vice President Y
        extra = {a: len((qualifiers[a] & titles) - times - modifiers) for a in fits}
        least = min(extra.values())
        if list(extra.values()).count(least) == 1:
            fits = [a for a in fits if extra[a] == least]
    if len(fits) > 1:  # "X, the development minister, wrote …, but the minister said"
        sentence = head.sent.start_char
        here = {actor for pos, actor, _ in holders if sentence <= pos < start}
        fits = [a for a in fits if a in here]
    if len(fits) != 1 or first[fits[0]] >= start:
        return None
    return fits[0]


def name_speaker(text: str, start: int, end: int, ctx: ArticleContext) -> Speaker:
    """A speaker given by name only (dash attributions, transcripts), typed from its entities."""
    ents = entities_in(ctx, start, end)
    people = [e for e in ents if e.label == "PERSON"]
    name = text[start:end]
    actor = people[0].actor if people else ctx.person_named(name.title() if name.isupper()
                                                             else name)
    kind = "person" if people or not ents else (
        "organization" if ents[0].label in ("ORG", "GPE") else "person")
    return Speaker(name, start, end, kind, actor, None)
