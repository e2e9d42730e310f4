"""People the NER tagged as organisations: a person's full name labelled ORG ("Paolo Pescatore",
"Philippe Sands QC") is typed from its syntax, not from the label alone (issue 24).

An ORG mention becomes a PERSON mention, with every other ORG mention of the same actor
(:func:`org_tagged_people`), when

* its name is two to four capitalised words (a post-nominal in capitals may close it: "QC",
  "MP"), the first a first name (``first_names.csv``, else the first-name statistics of
  :mod:`analysis.engine.first_names` give it a gender), with no organisation word
  (``org_words``: "Bank", "Group" …) and not fixed by the
  alias table; and
* the text gives it a person's role: a role noun in apposition to it ("…, a member of the
  chambers", "…, the agency's spokesman") or the name standing, without article or possessor,
  right before the role noun it modifies when no name follows that noun ("thinks Paolo
  Pescatore mobile industry specialist for analysts IDC": lower-case modifiers may come
  between). A role noun is a noun of
  ``speaker_nouns`` of class anonymous or group, a ``titles`` word, an ``epithet_nouns`` or
  ``organisation_member_nouns`` word, or a noun ending in "-ist"/"-ian" (specialist,
  historian); an organisation noun (company, bank, retailer, chain …) is none.

So a company named after a person keeps its label: "Morgan Stanley analyst Jane Doe" (the role
noun names another person), "Morgan Stanley, the investment bank," (an organisation noun),
"Goldman Sachs said" (no role). Its cost: a firm named like a person and put directly before
a bare role noun with no name after it ("Morgan Stanley strategists") may be read as a person
when the noun is singular. The mentions become PERSON before the article's context is built, so
speaker typing, he/she resolution (its candidates and the first name's gender) and the corpus
step see a person. O(mention) per ORG mention.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ... import lexicons
from ..first_names import first_name_gender

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_PERSON_SUFFIXES = ("ist", "ists", "ian", "ians")


def _role_noun(tok: Token) -> bool:
    """Whether ``tok`` is a lower-case noun naming a person's role (module docstring)."""
    from .headnames import _org_words, _role_words

    if tok.pos_ != "NOUN" or not tok.text.islower():
        return False
    low, lemma = tok.lower_, tok.lemma_.lower()
    cls = lexicons.table("speaker_nouns").get(lemma)
    if cls == "organization" or low in lexicons.words("organisation_nouns") \
            or _org_words().search(tok.text):
        return False
    return (cls in ("anonymous", "group") or low in _role_words() or lemma in _role_words()
            or low in lexicons.words("epithet_nouns")
            or low in lexicons.words("organisation_member_nouns")
            or low.endswith(_PERSON_SUFFIXES))


def _person_name(words: list[str]) -> bool:
    """Two to four capitalised words opening with a first name, a capitals post-nominal
    allowed last ("Philippe Sands QC")."""
    if words and len(words) >= 3 and words[-1].isupper() and 2 <= len(words[-1]) <= 4:
        words = words[:-1]
    if not 2 <= len(words) <= 4 or not all(
            w[:1].isupper() and not w.isupper() and w.replace("-", "").replace("'", "").isalpha()
            for w in words):
        return False
    first = words[0]
    return first.lower() in lexicons.table("first_names") or first_name_gender(first) is not None


def _has_role(root: Token, start: int, end: int) -> bool:
    """Whether the name whose head is ``root`` (tokens ``start``..``end``) carries a person's
    role: an apposition headed by a role noun, or the bare name before the role noun it
    modifies (lower-case modifiers between them: "mobile industry specialist"), no name after
    that noun."""
    if any(c.dep_ == "appos" and c.i >= end and _role_noun(c) for c in root.children):
        return True
    head = root.head
    if root.dep_ != "compound" or head.i < end or not _role_noun(head) or any(
            not t.text.islower() or t.dep_ not in ("compound", "amod")
            for t in root.doc[end:head.i]):
        return False
    if head.dep_ == "compound" or any(c.dep_ in ("det", "poss") for c in head.children) \
            or start > 0 and root.doc[start - 1].dep_ in ("det", "poss") \
            and root.doc[start - 1].head.i in (root.i, head.i):
        return False
    nxt = head.i + 1
    return not (nxt < len(root.doc) and root.doc[nxt].pos_ == "PROPN")


def org_tagged_people(doc: Doc, mentions: list) -> list:
    """``mentions`` with the ORG mentions of a person's name that has a person's role
    relabelled PERSON, and every other ORG mention of the same actor (module docstring)."""
    from .headnames import _org_words

    people: set[str] = set()
    for m in mentions:
        if m.label != "ORG" or m.actor is None or m.fixed_label is not None \
                or not _person_name(m.text.split()) or _org_words().search(m.text):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        if _has_role(span.root, span.start, span.end):
            people.add(m.actor)
    if not people:
        return mentions
    return [replace(m, label="PERSON") if m.label == "ORG" and m.actor in people else m
            for m in mentions]
