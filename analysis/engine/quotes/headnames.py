"""The person's name that heads a speaker phrase with a role, an organisation or a place around
it (issue 24): the phrase is that person, whatever the NER made of the words before the name.

Four shapes, read from the syntax and the tokens, not from the NER label alone:

* a role and a name at the end of a compound chain: "Amnesty International spokesperson Ana
  Ruiz", "First Minister of Scotland Nicola Sturgeon", "Newly elected Assemblywoman Carla
  Mendes", "The SNP's Nicola Sturgeon" — the phrase (before any comma) ends in a run of
  capitalised proper nouns, with a role word before the name (a common noun, a ``titles``
  word, an unnamed-person noun of ``speaker_nouns``, a capitalised title outside any entity or
  joined to the name's entity) or an owner's "'s". The name is the end of the run after its
  last title or ``org_words`` word: from where the NER starts the last PERSON entity (with a
  common first name just before it), else from the first known first name (the first-name
  statistics, not a ``countries`` word; after a preposition, not the run's first word), so the
  place or organisation the NER swallowed ("Scotland Nicola Sturgeon", "Oxfam Helen Barber") is
  left out. Not after a preposition ("advisers to Mr. Rubio"), a conjunction ("senators X and
  Y"; two roles joined right before the name are one person's: "writer and performer Rob
  Bartlett") or a plural role noun — a plural before an owner's "'s" is the owner's name, no
  role ("Friends of the Earth's Tony Juniper", "War on Want's John Hilary"), and a plural
  modifying a later title or unnamed-person noun is that role's ("foreign affairs spokesman
  Menzies Campbell"; not "building products group X", a firm);
* a name followed by "of"/"from"/"at" and an organisation, with titles or a role before it at
  most: "Graeme Biggar of the National Crime Agency", "Chief Superintendent Graciano Mijares of
  the police", "aviation analyst Mike Powell of Dresdner Kleinwort Wasserstein";
* a name in apposition to a role ("Hunter Biden's lawyer, Abbe Lowell", "A Republican
  Assemblywoman, Jane Holt", "The unidentified woman's lawyer, Gloria Allred", "Liam and Noah
  Carter's mother, Emma Carter"; one common first name set off by commas after a noun naming a
  person: "According to his wife, Amanda,"), or introduced by a ``naming_words`` participle
  ("A nurse named Okoye said", "a student called Ama Reyes": the noun names a person), also behind an organisation ("said Oxford University,
  England's chancellor, Chris Patten"): owners before the role are not speakers, an anonymity
  word describes the owner; also when the parser made the organisation before a person-role
  noun the head and hung the name on it ("A Ministry of Defence spokesperson, Gareth Pryce":
  the role noun ends the phrase before the comma);
* a name the NER did not call a person, with its role in apposition after it ("Lisa Power,
  head of policy at the Terrence Higgins Trust"); with an unknown first name when that role is
  headed by a title ("Menzies Urquhart, president of Zentrix": :func:`_titled_in_apposition`).

The role (``speaker_role``) is the rest of the phrase, without determiners, honorifics before
the name or a closing "'s".

A name counts only when it starts with a known first name (two words at least) or a PERSON
entity covers its first or last word, holds no ``org_words`` word and does not end inside a
place (GPE, LOC, FAC) or NORP entity: "an official at Goldman Sachs" stays anonymous. The actor
is the person the article names so (:meth:`ArticleContext.known_person`), else the PERSON
entity that is the name (with a title at most: its canonical form), else a PERSON entity of
its surname alone or with the same first word (never another person of the same surname:
"Mayor of London Sadiq Khan" after "Usman Khan"), else the name's text.

Cost: one pass over the phrase's tokens and the head's children; one dictionary look-up per
capitalised token. What it gives up: an organisation whose first word is also a common first
name ("Morgan", "Jordan"), directly after a role word and ending the phrase, can be taken for a
person; a person's name the NER left inside a longer ORG mention is typed a person here but
has no PERSON actor of its own (the ``sources`` table needs one) unless the article names the
person again.

Session 26 (s31-sources): a capitalised title the NER took into an organisation keeps its
holder's name in apposition ("The EU's Humanitarian Aid Commissioner, Louis Michel, was quoted":
:func:`appositive_name`), and a name after a plural role noun ("analysts Douglas-Westwood") is
a firm even when it opens with a common given name (:func:`_firm_introduced`, also read for the
appositive name).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ... import lexicons
from ..first_names import name_statistics
from ..names import fold, name_particle, without_post_nominals
from ..syntax import doc_text, glued_hyphen, rights
from .agents import can_speak

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .context import ArticleContext

#: fewest bearers for a word to count as a first name
MIN_BEARERS = 50
#: fewest bearers for a word before a PERSON entity to be taken into the name (title words are
#: rare first names: "Sheriff" 265, "Governor" 360; "Yolanda" 213,602)
COMMON_NAME = 1000
_AFFILIATION = ("of", "from", "at")
_PLACE_LABELS = ("GPE", "LOC", "FAC", "NORP")


@dataclass(frozen=True)
class HeadName:
    """The name heading a speaker phrase: its tokens' character span, and the role text."""

    start: int
    end: int
    role: str | None


def _org_words() -> re.Pattern:
    def build(lx):
        return re.compile(r"\b(?:" + "|".join(map(re.escape, lx.lists["org_words"])) + r")\b",
                          re.I)
    return lexicons.derived("org_words_re", build)


def _role_words() -> frozenset[str]:
    def build(lx):
        unnamed = {k for k, v in lx.tables["speaker_nouns"].items() if v == "anonymous"}
        return frozenset({w.lower() for w in lx.lists["titles"]} | unnamed)
    return lexicons.derived("head_name_role_words", build)


def _is_name(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.is_alpha or \
        tok.pos_ == "PROPN" and tok.text[:1].isupper() and "-" in tok.text


def _in_name(tok: Token) -> bool:
    """A name word, a piece of a hyphenated name ("Yu Hoi-kwan": "Hoi", "-", "kwan") or a
    lower-case particle before the rest of a name (:func:`_name_particle`: "Mayor de Blasio",
    "Khalid bin Faisal")."""
    doc = tok.doc
    if _is_name(tok) or tok.lower_ in ("jr", "sr") or _name_particle(tok):
        return True
    if tok.text == "-":
        return not tok.whitespace_ and tok.i > 0 and not doc[tok.i - 1].whitespace_
    return tok.is_alpha and tok.i > 0 and doc[tok.i - 1].text == "-" \
        and not doc[tok.i - 1].whitespace_


def _name_particle(tok: Token) -> bool:
    """Whether ``tok`` is a lower-case name particle (``inner_name_particles``, not "y" or "e",
    also "and") followed, past other particles, by a name word: "de" of "Mayor de Blasio",
    "van", "der" of "van der Berg", "bin" of "Khalid bin Faisal"."""
    doc = tok.doc
    i = tok.i
    while i < len(doc) and name_particle(doc[i]):
        i += 1
    return i > tok.i and i < len(doc) and _is_name(doc[i])


def first_name(tok: Token, bearers: int = MIN_BEARERS) -> bool:
    """Whether ``tok`` is a known first name of at least ``bearers`` bearers (and not a country:
    "India", "Jordan", nor a title)."""
    if tok.lower_ in lexicons.words("countries") or tok.ent_type_ in _PLACE_LABELS \
            or tok.lower_.rstrip(".") in _role_words():
        return False
    hit = name_statistics().get(fold(tok.text).strip("."))
    return hit is not None and hit[0] >= bearers and len(tok.text) > 1


def _role_like(tok: Token) -> bool:
    """A word that can name a person's role before the name."""
    if tok.lower_.rstrip(".") in _role_words():
        return True
    if tok.pos_ == "NOUN" and tok.text.islower():
        return True
    return tok.pos_ == "PROPN" and tok.ent_type_ in ("", "PERSON") and not first_name(tok) \
        and tok.text[:1].isupper() and not tok.text.isupper()


def _title_in_entity(tok: Token, name: list[Token]) -> bool:
    """A capitalised word the NER joined to the name's entity ("Assemblywoman Selena Torres"
    as one ORG): a title before the name."""
    return tok.pos_ == "PROPN" and bool(tok.ent_type_) and name[0].ent_iob_ == "I" \
        and not first_name(tok) and all(t.ent_iob_ == "I" for t in tok.doc[tok.i + 1:name[0].i + 1])


def _trim(run: list[Token]) -> list[Token]:
    """The name at the end of a run of capitalised tokens, after its last title or organisation
    word: from where the NER starts the last PERSON entity, else from the first known first
    name (with a surname after it; after a preposition, not the run's first word: "of Scotland
    Nicola Sturgeon", "of India Narendra Modi"), else the rest of the run."""
    doc = run[0].doc
    skip = 1 if run[0].i > 0 and doc[run[0].i - 1].pos_ == "ADP" else 0
    for k, tok in enumerate(run[:-1]):  # "Santa Barbara County Sheriff Bill Brown"
        if _org_words().search(tok.text) or tok.lower_.rstrip(".") in _role_words():
            skip = k + 1
    starts = [k for k, tok in enumerate(run[:-1])  # where the NER starts the last person's name
              if k >= skip and tok.ent_iob_ == "B" and tok.ent_type_ == "PERSON"]
    if starts:
        k = starts[-1]
        while k > skip and first_name(run[k - 1], COMMON_NAME):
            k -= 1  # a given name the NER left out: "Yolanda [Yu Hoi-kwan]", not "Sheriff"
        name = run[k:]
        while len(name) > 2 and not first_name(name[0]) and first_name(name[1]):
            name = name[1:]  # a title the NER took in: "Assemblywoman Carla Mendes"
        return name
    for k, tok in enumerate(run[:-1]):
        if k >= skip and first_name(tok):
            return run[k:]
    cut = 0
    for k, tok in enumerate(run[:-1]):
        if _org_words().search(tok.text) or tok.lower_ in _role_words():
            cut = k + 1
    return run[cut:]


def _valid(name: list[Token], ents) -> bool:
    if not name or _org_words().search(" ".join(t.text for t in name)):
        return False
    if _owned_place_name(name, ents):
        return True
    last = name[-1]
    end = last.idx + len(last.text)
    for e in ents:
        if e.start < end <= e.end and e.label in _PLACE_LABELS:
            return False
    first = name[0].idx  # a PERSON entity at either end ("Chief Superintendent Graciano")
    person = any(e.label == "PERSON" and (e.start < end <= e.end or e.start <= first < e.end)
                 for e in ents)
    return person or first_name(name[0]) and len(name) >= 2 or (
        len(name) == 1 and name[0].dep_ == "appos"
        and _given_of_person_noun(name, name[0].head) or _named_by_noun(name)) \
        and _plain_name(name, ents)


def _owned_place_name(name: list[Token], ents) -> bool:
    """A person's name the NER tagged as a place right after an owner's "'s": "Deutsche Bank's
    Simon Champion" (tagged GPE) — two or three capitalised words, the first a first name of
    the statistics and no country, one place entity covering exactly the name, the owner no
    place ("Britain's Lake District", "Spain's Santiago Bernabeu" stay places)."""
    if not 2 <= len(name) <= 3 or name[0].i == 0 or not all(_is_name(t) for t in name):
        return False
    owner = name[0].doc[name[0].i - 1]
    if owner.dep_ != "case" or owner.text not in ("'s", "’s", "'", "’") \
            or owner.head.ent_type_ in _PLACE_LABELS \
            or owner.head.lower_ in lexicons.words("countries"):
        return False  # "Britain's Lake District": a place's place
    start, end = name[0].idx, name[-1].idx + len(name[-1].text)
    if not any(e.label in _PLACE_LABELS and e.start == start and e.end == end for e in ents):
        return False
    first = name[0]
    if first.lower_ in lexicons.words("countries") or first.lower_.rstrip(".") in _role_words():
        return False
    hit = name_statistics().get(fold(first.text).strip("."))
    return hit is not None and hit[0] >= MIN_BEARERS and len(first.text) > 1


def _named_by_noun(name: list[Token]) -> bool:
    """Whether ``name`` (one to three words) is the name a ``naming_words`` participle gives a
    noun naming a person ("A student named Okafor": a person whatever the NER says)."""
    verb = name[-1].head
    return len(name) <= 3 and name[-1].dep_ in ("oprd", "dobj", "attr", "appos") \
        and verb.dep_ == "acl" and verb.lower_ in lexicons.words("naming_words") \
        and _person_noun(verb.head)


def _named_after_role(name: list[Token], ents) -> bool:
    """A person's name the NER called an organisation or a place, or missed, with an unknown
    first name: "Greek sprinter Kostas Kenteris", "deputy leader Menzies Campbell" — two or
    three capitalised words right after a lower-case person role noun (a ``titles`` word, an
    unnamed-person noun of ``speaker_nouns`` or another common noun that is no
    ``speaker_nouns`` word), none an ``org_words`` or ``countries`` word, no entity reaching
    past the name's ends and none the alias table fixes as a non-person ("coach Al Jazeera")."""
    if not 2 <= len(name) <= 3 or not all(_is_name(t) and t.is_alpha for t in name) \
            or name[0].i == 0:
        return False
    role = name[0].doc[name[0].i - 1]
    if not role.is_alpha or not role.text.islower():
        return False
    if role.lower_ not in _role_words() and (
            role.pos_ != "NOUN" or role.lemma_.lower() in lexicons.table("speaker_nouns")
            or role.lower_ in lexicons.table("speaker_nouns")):
        return False
    return _plain_name(name, ents)


def _plain_name(name: list[Token], ents) -> bool:
    """Whether ``name`` holds no ``countries`` or ``org_words`` word and no entity reaches past
    its ends or is fixed by the alias table as a non-person."""
    countries = lexicons.words("countries")
    if any(t.lower_ in countries or _org_words().search(t.text) for t in name):
        return False
    start, end = name[0].idx, name[-1].idx + len(name[-1].text)
    return not any(e.start < end and e.end > start and (
        e.start < start or e.end > end or getattr(e, "fixed_label", None) not in (None, "PERSON"))
        for e in ents)


def _titled_in_apposition(name: list[Token], role: Token, ents) -> bool:
    """A name the NER called an organisation, with an unknown first name, whose apposition is a
    person's title: "Saumil Nanavati, president of Sydus", "Menzies Campbell, the Liberal
    Democrats' foreign affairs spokesman" (the news model tags both ORG). The apposition's head
    is a ``titles`` word or an unnamed-person noun of ``speaker_nouns`` ("president",
    "spokesman", "leader"); the name is two or three capitalised words, none an
    ``org_words`` or ``countries`` word, and no entity reaches past its ends or is fixed by the
    alias table as a non-person. Not a title followed by "in" ("the leader in garden tools")."""
    if not 2 <= len(name) <= 3 or not all(_is_name(t) and t.is_alpha for t in name) \
            or role.lemma_.lower() not in _role_words() or not role.text.islower():
        return False
    doc = role.doc
    if role.i + 1 < len(doc) and doc[role.i + 1].lower_ == "in":
        return False  # "Acme Holdings, the leader in garden tools": a market's leader
    return _plain_name(name, ents)


def _with_compounds(tok: Token) -> list[Token]:
    """An apposition's name: the token with the capitalised name words before it (over a
    hyphen with no spaces: "Robin Lovell-Badge"; over lower-case particles: "Khalid bin
    Faisal Al Saud")."""
    doc = tok.doc
    first = tok.i
    while first - 1 >= 0 and doc[first - 1].head.i in range(first, tok.i + 1) and (
            doc[first - 1].dep_ in ("compound", "flat") and (
                _is_name(doc[first - 1]) or _name_particle(doc[first - 1]))
            or glued_hyphen(doc, first - 1) and first - 2 >= 0 and _is_name(doc[first - 2])):
        first -= 1  # a hyphenated surname is one name ("Robin Lovell-Badge")
    while first - 1 >= 0 and doc[first - 1].head.i in range(first, tok.i + 1) \
            and doc[first - 1].lower_.rstrip(".") in _role_words():
        first -= 1  # "Dr. Anthony Fauci": the title, left out below
    last = tok.i
    while last + 1 < len(doc) and doc[last + 1].head.i == tok.i \
            and doc[last + 1].dep_ in ("compound", "flat") and _is_name(doc[last + 1]):
        last += 1
    while first < tok.i and doc[first].lower_.rstrip(".") in _role_words():
        first += 1
    return list(doc[first:last + 1])


def appositive_name(head: Token) -> list[Token] | None:
    """The name in apposition to the role noun ``head`` ("Biden's lawyer, Abbe Lowell"), or
    behind an organisation's appositive role ("Oxford University, England's chancellor, Chris
    Patten"); checked for name shape only (:func:`_valid` sees the entities)."""
    role: Token | None = head
    owned = next((c for c in rights(head) if c.dep_ == "conj" and c.pos_ == "NOUN" and any(
        k.dep_ == "poss" and k.pos_ == "PROPN" for k in c.children)), None)
    if head.pos_ == "PROPN" and owned is not None:
        # "Liam and Noah Carter's mother, Emma Carter" parsed as "Liam" and "… mother": the
        # first owner heads the phrase
        role = owned
    elif head.pos_ == "PROPN" and head.ent_type_ not in ("", "PERSON") \
            and head.lower_ in _role_words() and _is_name(head) and any(
                c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in rights(head)):
        # session 26: a capitalised title the NER took into an organisation, its holder's name
        # in apposition ("The EU's Humanitarian Aid Commissioner, Louis Michel, was quoted")
        role = head
    elif head.pos_ == "PROPN" and head.ent_type_ not in ("", "PERSON"):
        role = next((c for c in rights(head) if c.dep_ in ("appos", "conj")
                     and c.pos_ == "NOUN"), None)
        if role is None:
            return _name_after_buried_role(head)
    elif head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ not in ("", "NORP") \
            and head.pos_ == "PROPN":
        return None
    if role is None or role.pos_ == "PROPN" and not _role_like(role):
        return None
    for child in rights(role):
        if child.dep_ == "appos" and _is_name(child):
            name = _with_compounds(child)
            if first_name(name[0]) and len(name) >= 2 or child.ent_type_ == "PERSON" \
                    or _given_of_person_noun(name, role):
                return name
        elif child.dep_ == "acl" and child.lower_ in lexicons.words("naming_words") \
                and _person_noun(role):
            # "A nurse named Okoye said", "a student called Ama Reyes"
            named = next((c for c in rights(child) if c.dep_ in ("oprd", "dobj", "attr", "appos")
                          and _is_name(c)), None)
            if named is not None:
                return _with_compounds(named)
    if role is head:
        return _name_set_off_before_verb(role)
    return None


def _name_set_off_before_verb(role: Token) -> list[Token] | None:
    """Session 19: the name set off by commas between a singular person noun's modifier and
    its verb — "A spokesman for Gov. Ann Roe, Rich Lane, said", "One pastor supporting Mr.
    Cruz, Dan White of Grace Church, said", "A lawyer representing Mr. Grant, Tom Reilly,
    said" — names the person the subject is. The parser hangs it on the modifier's object (the
    name just before it) as that one's apposition, so the speaker was the unnamed role ("One
    pastor") or a group of two names. The name is taken when ``role`` is a lower-case singular
    noun naming a person (:func:`_person_noun`, an ``anonymous`` noun of ``speaker_nouns``, or a
    noun of no class there that can speak, :func:`.agents.can_speak`: "volunteer") and the subject of a verb; the name is an apposition inside the role's modifier (a
    preposition or a participle after it), with a comma before it, and a comma right after its
    phrase is followed at once by that verb. None otherwise. O(tokens of the subject)."""
    verb = role.head
    if role.dep_ != "nsubj" or role.tag_ != "NN" or not role.text.islower() \
            or verb.pos_ not in ("VERB", "AUX") or verb.i < role.i:
        return None
    cls = lexicons.table("speaker_nouns").get(role.lemma_.lower())
    if not (_person_noun(role) or cls == "anonymous" or cls is None and can_speak(role)):
        return None
    doc = role.doc
    for mod in rights(role):
        if mod.dep_ not in ("prep", "acl"):
            continue
        for tok in mod.subtree:
            if tok.dep_ != "appos" or tok.head.i == role.i or not _is_name(tok):
                continue
            name = _with_compounds(tok)
            end = tok.right_edge.i
            if name[0].i < 1 or doc[name[0].i - 1].text != "," or end + 2 > verb.i \
                    or doc[end + 1].text != "," or end + 2 != verb.i:
                continue
            if first_name(name[0]) and len(name) >= 2 or tok.ent_type_ == "PERSON":
                return name
    return None


def _person_noun(role: Token) -> bool:
    """Whether the common noun ``role`` names a person: a ``titles`` or ``name_occupations``
    word, an unnamed-person noun of ``speaker_nouns`` ("student", "resident") or a gendered
    role noun ("wife", "brother")."""
    if role.pos_ != "NOUN" or not role.text.islower():
        return False
    words = _role_words() | lexicons.words("name_occupations") \
        | lexicons.words("female_role_nouns") | lexicons.words("male_role_nouns")
    return role.lemma_.lower() in words or role.lower_ in words


def _given_of_person_noun(name: list[Token], role: Token) -> bool:
    """Whether ``name`` is one common first name (:data:`COMMON_NAME` bearers) set off by
    commas in apposition to a noun naming a person: "According to his wife, Amanda, …", "her
    brother, Tomas, said" (the NER often tags such a lone name as an organisation)."""
    if len(name) != 1 or not _person_noun(role) or not first_name(name[0], COMMON_NAME):
        return False
    doc = name[0].doc
    i = name[0].i
    return doc[i - 1].text == "," and (i + 1 == len(doc) or doc[i + 1].is_punct)


def _name_after_buried_role(head: Token) -> list[Token] | None:
    """The name in apposition to an organisation that a person-role noun ends: "A Ministry of
    Defence spokesperson, Gareth Pryce," parsed (by the news model) as "A Ministry of
    [Defence spokesperson]" with the name hung on *Ministry*. The word before the comma that
    opens the apposition is a lower-case person-role noun (a ``titles`` word or an
    unnamed-person noun of ``speaker_nouns``: not "the company, Acme Ltd") inside ``head``'s
    phrase; the name is checked for its shape here and for its entities by :func:`_valid`."""
    doc = head.doc
    for child in rights(head):
        if child.dep_ != "appos" or not _is_name(child):
            continue
        name = _with_compounds(child)
        comma = name[0].i - 1
        if comma < 2 or doc[comma].text != ",":
            return None
        role = doc[comma - 1]
        if not role.text.islower() or role.pos_ != "NOUN" \
                or role.lemma_.lower() not in _role_words() \
                or not head.left_edge.i <= role.i < name[0].i \
                or head not in role.ancestors and role is not head:
            return None
        if first_name(name[0]) and len(name) >= 2 or child.ent_type_ == "PERSON":
            return name
        return None
    return None


def _firm_introduced(name: list[Token], ents) -> bool:
    """Session 24 (s29-sources): whether the name closing a role chain is an organisation's, by
    the lower-case organisation noun the parser joins right before it ("investment bank Merrill
    Lynch said", "bookmakers Ladbrokes say", "games maker Valve": the entities' own test,
    :func:`analysis.engine.entities.introduced_as_organisation`), and no PERSON mention covers
    it (a person the NER knows keeps the phrase: "broadcaster Chris Evans said"), nor does a
    listed or common given name open it (``entities.given_name``). Such a name is
    no person heading the phrase: "Merrill Lynch" tagged ORG but read as a person by its
    uncommon first word stays the bank. O(1) but for the mentions."""
    from ..entities import _plural_group_noun, given_name, introduced_as_organisation

    doc = name[0].doc
    span = doc[name[0].i:name[-1].i + 1]
    if given_name(name[0].text) and not (
            span.start > 0 and _plural_group_noun(doc, span, doc[span.start - 1])):
        return False  # "broadcaster Jane Fenton" (tagged ORG): a common given name
    start, end = name[0].idx, name[-1].idx + len(name[-1].text)
    if any(e.label == "PERSON" and e.start < end and start < e.end for e in ents):
        return False
    return introduced_as_organisation(doc, span)


def head_name(head: Token, span_tokens: list[Token], ents, text: str) -> HeadName | None:
    """The person's name heading the speaker phrase (``span_tokens``, headed by ``head``), with
    the role text around it, or None (the module docstring gives the rules)."""
    words = [t for t in span_tokens if not t.is_punct or t.text == ","]
    if not words:
        return None
    name = appositive_name(head)
    if name is not None and name[0].idx >= words[0].idx and _valid(name, ents) \
            and not _firm_introduced(name, ents):
        before = [t for t in words if t.idx < name[0].idx]
        while before and (before[-1].text == "," or before[-1].dep_ == "det" and
                          before[-1] is before[0]
                          or before[-1].lower_ in lexicons.words("naming_words")):
            before.pop()  # "A nurse named Okoye": the role is "nurse"
        while before and before[0].dep_ == "det":
            before.pop(0)
        role = text[before[0].idx:before[-1].idx + len(before[-1].text)] if before else None
        return _found(name, role)
    if _is_name(head) and not any(e.label == "PERSON" and e.start <= head.idx < e.end
                                  for e in ents):
        # "Lisa Power, head of policy at the Terrence Higgins Trust": a name the NER missed,
        # its role in apposition after it
        role_tok = next((c for c in rights(head) if c.dep_ == "appos" and c.pos_ == "NOUN"),
                        None)
        name = _with_compounds(head)
        if role_tok is not None and name[0].idx >= words[0].idx and (
                _valid(name, ents) or _titled_in_apposition(name, role_tok, ents)):
            toks = [t for t in role_tok.subtree if not t.is_punct
                    and not any(a.dep_ in ("relcl", "acl") for a in [t, *t.ancestors]
                                if a.i >= role_tok.i and a is not role_tok)]
            while toks and toks[0].dep_ == "det":
                toks.pop(0)
            role = text[toks[0].idx:toks[-1].idx + len(toks[-1].text)] if toks else None
            return _found(name, role)
    core = []
    for tok in words:
        if tok.text == ",":
            break
        core.append(tok)
    found = _affiliated(head, core, ents, text)
    if found is not None:
        return found
    # a role, then the name at the end of the chain: "First Minister of Scotland Nicola Sturgeon"
    run: list[Token] = []
    for tok in reversed(core):
        if not _in_name(tok):
            break
        run.insert(0, tok)
    while run and not _is_name(run[0]):
        run.pop(0)
    if not run:
        return None
    name = _trim(run)
    if _institution_word(name[-1]):
        return None  # "King Edward VI School said": a school named after a king, no person
    before = [t for t in core if t.idx < name[0].idx]
    if not any(_role_like(t) or _title_in_entity(t, name) for t in before) \
            and not (before and before[-1].dep_ == "case") or head not in core:
        # a role word before the name, or an owner: "The SNP's Nicola Sturgeon"
        return None
    # an "and" inside the owner's name before its "'s" joins no people ("Ernst and Young's
    # Sanjay Mehta", session 23): only the words after the owner count
    owner_end = next((k + 1 for k in range(len(before) - 1, -1, -1) if before[k].dep_ == "case"
                      and before[k].text in ("'s", "’s")), 0)
    if any((t.dep_ == "cc" or t.lower_ in ("and", "&", "or")) and not _joins_roles(t, name)
           for t in before[owner_end:]):
        return None
    # "Advisers to Mr. Rubio": a name right after a preposition is its object, not the role's
    # name; plural roles are a group's ("Democratic senators Ann Lee and …")
    bare = _without_closing_titles([t for t in before if not t.text.endswith(".")])
    # an owner's words before its "'s" are no role ("Friends of the Earth's Tony Juniper":
    # the plural is the organisation's name, not a group's role)
    owned = next((k + 1 for k in range(len(before) - 1, -1, -1) if before[k].dep_ == "case"
                  and before[k].text in ("'s", "’s", "'", "’")), 0)
    ahead = [t for t in before[owned:next((k for k, t in enumerate(before) if t.pos_ == "ADP"
                                           and k >= owned), len(before))]]
    # not "spokeswoman for women X"; a plural modifying a later title or unnamed-person noun
    # is that role's, no group's ("foreign affairs spokesman Menzies Campbell"), but not one
    # modifying a firm's noun ("building products group James Hardie": a company)
    inside = {t.i for t in before}
    if bare and bare[-1].pos_ == "ADP" or any(
            t.tag_ == "NNS" and t.pos_ == "NOUN"
            and not (t.dep_ in ("compound", "amod", "nmod") and t.head.i in inside
                     and t.head.i > t.i and t.head.lower_ in _role_words()) for t in ahead):
        return None
    if not _valid(name, ents) and not _named_after_role(name, ents):
        return None
    if _firm_introduced(name, ents):
        return None
    while before and before[0].dep_ == "det":
        before.pop(0)
    while before and before[-1].lower_.rstrip(".") in lexicons.words("honorifics"):
        before.pop()  # "Labour's Mr Livingstone": the role is "Labour"
    role = text[before[0].idx:before[-1].idx + len(before[-1].text)] if before else None
    if role is not None:
        role = re.sub(r"\s*['’]s?$", "", role).strip() or None
    return _found(name, role)


def _institution_word(tok: Token) -> bool:
    """Whether ``tok`` is a capitalised ``named_thing_nouns`` word naming an institution (its
    label ORG: "School", "University", "Hospital", "Museum"): a name ending in one is the
    institution's, even after a royal title and a given name ("King Edward VI School",
    "Queen Elizabeth Hospital"). Session 24 (issue 24, class 3: schools and places with
    person-like names)."""
    return tok.text[:1].isupper() \
        and lexicons.table("named_thing_nouns").get(tok.lower_) == "ORG"


def _without_closing_titles(tokens: list[Token]) -> list[Token]:
    """``tokens`` without the capitalised honorifics and titles that end them ("Mr", "Senator"),
    so that a preposition before them is seen right before the name. Session 23: BBC writes "Mr"
    without a full stop, and "A spokesman for Mr Prescott warned" made Prescott the speaker,
    where "a spokesman for Mr. Prescott" did not (the spokesman speaks, unnamed)."""
    titles = _role_words() | lexicons.words("honorifics")
    end = len(tokens)
    while end > 0 and tokens[end - 1].text[:1].isupper() \
            and tokens[end - 1].lower_ in titles:
        end -= 1
    return tokens[:end]


def _joins_roles(cc: Token, name: list[Token]) -> bool:
    """Whether the conjunction ``cc`` joins two roles of one person right before the name:
    "writer and performer Rob Bartlett", "Former coach and commentator Dale Hume" — a
    lower-case singular common noun on each side, the second right before the name (not
    "senators and Ann Lee", not "officials and spokesman X": plurals are a group's)."""
    doc = cc.doc
    if cc.i < 1 or cc.i + 2 != name[0].i:
        return False
    left, right = doc[cc.i - 1], doc[cc.i + 1]
    return all(t.tag_ == "NN" and t.text.islower() and t.is_alpha for t in (left, right))


def _affiliated(head: Token, core: list[Token], ents, text: str) -> HeadName | None:
    """A name followed by "of"/"from"/"at" and its affiliation, with titles or a role before it
    at most: "Rhun Davies of the Welsh assembly", "Chief Superintendent Graciano Mijares of the
    police", "aviation analyst Mike Powell of Dresdner Kleinwort Wasserstein"."""
    j = next((k for k, t in enumerate(core) if k > 0 and t.lower_ in _AFFILIATION
              and _in_name(core[k - 1])), None)
    if j is None:
        return None
    i = j
    while i > 0 and _in_name(core[i - 1]):
        i -= 1
    run, before = core[i:j], core[:i]
    while run and run[0].lower_.rstrip(".") in _role_words():
        before.append(run.pop(0))
    while run and not _is_name(run[0]):
        run.pop(0)
    if len(run) < 2 or head not in run and head not in before or not _valid(run, ents):
        return None
    while before and before[0].dep_ == "det":
        before.pop(0)
    if before and not any(_role_like(t) for t in before) \
            or any(t.pos_ in ("ADP", "CCONJ") or t.dep_ == "cc" for t in before):
        return None  # "a spokesman for Mr Blair of …", "X and Y of …"
    after = core[j:]
    if before:
        return _found(run, text[before[0].idx:before[-1].idx + len(before[-1].text)] + " "
                      + text[after[0].idx:after[-1].idx + len(after[-1].text)])
    after = after[1:]
    while after and after[0].dep_ == "det":
        after.pop(0)
    role = text[after[0].idx:after[-1].idx + len(after[-1].text)] if after else None
    return _found(run, role)


def _found(name: list[Token], role: str | None) -> HeadName:
    return HeadName(name[0].idx, name[-1].idx + len(name[-1].text), role)


def name_actor(found: HeadName, ents, ctx: ArticleContext) -> str:
    """The actor of the name: the PERSON entity that is the name (with a title at most: its
    canonical actor), else the person the article names so, else a PERSON entity ending the
    name, else the name's text. Post-nominal letters ending the name are no part of it
    (:func:`..names.without_post_nominals`, session 23: "Morag Reid MSP" is Morag Reid)."""
    text = ctx.text[found.start:found.end]
    if text[-1:].isupper():
        bare = without_post_nominals(text)
        if bare != text:
            text, found = bare, HeadName(found.start, found.start + len(bare), found.role)
    titles = _role_words()
    for e in ents:
        if e.label == "PERSON" and e.actor and e.start <= found.start and e.end >= found.end \
                and found.start < e.end <= found.end + 1 and all(
                w.lower().rstrip(".") in titles for w in ctx.text[e.start:found.start].split()):
            # the entity is the name, with a title at most: its canonical form, as the
            # article's names decided it ("Mrs Howard" beside only "Michael Howard": Howard)
            return e.actor
    known = ctx.known_person(text)
    if known is not None:
        return known
    words = text.split()
    for e in ents:
        if e.label != "PERSON" or not e.actor or not found.start < e.end <= found.end + 1:
            continue
        parts = e.actor.split()
        if parts[-1] == words[-1] and (len(parts) == 1 or parts[0] == words[0]):
            return e.actor  # the surname the NER saw, not another person of that surname
    return text


def role_before_name(head: Token, start: int, end: int, ctx) -> int | None:
    """Where the speaker phrase ``[start, end)`` starts when its name is a PERSON mention that
    comes right after an organisation, "of"/"at"/"for"/"from" and a role noun ("the Hong Kong
    director of Amnesty International Man-kei Tam", which the small model tags as one ORG and
    parses with "Tam" alone as the subject; :func:`analysis.engine.entities.find_mentions`
    splits the name off): the start of the role noun's phrase, or None. ``ctx`` is the
    article's :class:`~.context.ArticleContext` (its mentions are looked up through its
    interval index: O(log n) a speaker)."""
    doc = head.doc
    ents = ctx.entities
    near = [ents[i] for i in ctx.entity_index.overlapping(start, end)]
    person = next((e for e in near if e.label == "PERSON" and e.start <= start < e.end
                   and end <= e.end), None)
    if person is None:
        return None
    text = doc_text(doc)
    before = [ents[i] for i in ctx.entity_index.overlapping(max(0, person.start - 300),
                                                             person.start)]
    org = next((e for e in sorted(before, key=lambda e: e.start) if e.label == "ORG"
                and e.end <= person.start and not text[e.end:person.start].strip()), None)
    first = doc.char_span(org.start, org.end, alignment_mode="expand") if org else None
    if first is None or first.start < 2 or doc[first.start - 1].lower_ not in _AFFILIATION \
            + ("for",):
        return None
    role = doc[first.start - 2]
    if not (role.pos_ == "NOUN" and role.text.islower()):
        return None
    j = role.i
    while j > 0 and not doc[j - 1].is_punct and j <= doc[j - 1].head.i <= role.i:
        j -= 1  # "the Hong Kong director": the role noun's words before it
    return doc[j].idx


def reaches(head: Token) -> int | None:
    """The last token index of an appositive name the speaker phrase must include."""
    name = appositive_name(head)
    return name[-1].i if name is not None else None


