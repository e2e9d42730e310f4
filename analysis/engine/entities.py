"""Entity mentions from a spaCy ``Doc``: one :class:`~analysis.engine.records.MentionRecord` per
mention (named like the ``entities`` columns), with exact character offsets and the repairs the
small models need (titles joined, names grown to the alias table's, party-state tags dropped,
speakers the NER missed added), then canonical actors (:mod:`analysis.engine.canonical`). The
``news_entities`` component (:mod:`analysis.engine.components`) runs :func:`article_mentions`
and keeps the result on the Doc. Linear in the article: entities are visited once, candidate
speakers found on the Doc's arrays.

Session 26 (s31-sources, issue 24 class 3): a name right after a plural role noun standing for
it alone ("oil industry analysts Douglas-Westwood": :func:`_plural_group_noun`) is introduced as
an organisation, and a PERSON mention coordinated with a place or an organisation ("against
West Brom and Aston Villa", "Real Betis, Sevilla and Valencia": :func:`_listed_with_places`) is
an ORG at that mention; the alias table lists football clubs whose name reads as a person's.

Session 26 (s31-speed): the organisation repairs look for a cue only on the mentions whose name
a PERSON mention of the article has (:func:`_organisation_repairs`), the same answer for fewer
look-ups.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .. import lexicons
from .aliases import AliasTable
from .canonical import NON_ACTOR_LABELS, canonicalise_article, royal_links
from .budget import checkpoint
from .first_names import first_name_gender, is_first_name
from .names import PERSON_LIKE, clean, hidden, name_particle, normalise
from .records import MentionRecord
from .syntax import doc_text, glued_hyphen, kids, positions

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


_GLUE = {"and", "of"}


def _title_start(doc: Doc, ent: Span) -> int:
    """Index of the first token of the titles right before a person mention, else ``ent.start``.

    "President Joe Biden", "Mr Trump", "Gen. Qassem Soleimani", "Trade and Industry Secretary
    Patricia Hewitt": capitalised title words (``data/titles.txt``) directly before a PERSON
    entity, or a person-only title (Mr, Ms, Sen., Gov., President…) before an entity of any label,
    join the mention (and :func:`find_mentions` then labels it PERSON).
    """
    titles = lexicons.words("titles")
    first = ent.start
    i = ent.start - 1
    while i >= 0 and ent.start - i <= 6:
        tok = doc[i]
        word = tok.text.rstrip(".").lower()
        capital = tok.text[:1].isupper()
        if capital and word in titles and (ent.label_ == "PERSON"
                                           or word in lexicons.words("honorifics")
                                           or word in lexicons.words("person_titles")):
            first = i
        elif word in _GLUE and i > 0 and first == i + 1 < ent.start \
                and doc[i - 1].text[:1].isupper() and doc[i - 1].text.rstrip(".").lower() in titles:
            pass  # "Trade and Industry": keep looking left, include only if a title precedes
        else:
            break
        i -= 1
    return first


def _alias_cover(spans: dict, start: int, end: int, aliases):
    """The multi-word alias occurrence covering ``[start, end)`` and longer, as
    ``(start, end, label)``."""
    if not spans:
        return None  # no multi-word alias in the article (most articles)
    for alias_start in range(start, max(start - 40, -1), -1):
        match = spans.get(alias_start)
        if match is not None and match.end() >= end and match.end() - match.start() > end - start:
            hit = aliases.lookup(match.group())
            return match.start(), match.end(), hit[1] if hit else None
    return None


# A party-and-state tag after a US politician's name ("Sen. David Perdue (R-Ga.)"): not an actor.
_PARTY_STATE = re.compile(r"[RDI]-[A-Z][A-Za-z.]{0,7}\Z")




def missed_speakers(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of proper names the NER missed although they speak: a capitalised proper
    noun (with its proper-noun compounds) that is the subject of a speech verb, outside every
    entity, without a determiner and not a title ("Merkel said Germany would help": a PERSON);
    lower-case name particles may stand inside it ("Mayor de Blasio spoke":
    :func:`.names.name_particle`).
    Titles opening the compound chain are left out of the range (":func:`_title_start` joins
    them to the mention again): "Mr Thoday said". A name the NER gave a date, time or number
    label (``NON_ACTOR_LABELS``; the news model reads "Mr Thoday" as a DATE) counts too when an
    honorific or person title opens the chain, which only a person carries. A possessive
    before the name is allowed when it is a full name with a first name of known gender ("said
    the Observer's Philip French": :func:`_owned_full_name`).
    """
    verbs = lexicons.speech_verbs()[0]
    titles = lexicons.words("titles")
    person_titles = lexicons.words("honorifics") | lexicons.words("person_titles")
    found = []
    for verb in positions(doc, verbs):
        if doc[verb].pos_ != "VERB":
            continue
        for tok in kids(doc[verb]):
            if tok.dep_ != "nsubj" or tok.pos_ != "PROPN":
                continue
            misread = tok.ent_type_ in NON_ACTOR_LABELS
            if tok.ent_type_ == "WORK_OF_ART":
                # a name after a quotation the small model reads as a title: "…," Aderin-Pocock
                # added: the whole entity, when it ends here and is a name
                span = _work_name(doc, tok)
                if span is not None:
                    found.append(span)
                continue
            if tok.ent_type_ and not misread:
                span = _speaking_surname(doc, tok, titles)
                if span is not None:
                    found.append(span)
                continue
            first = tok.i
            while first > 0 and doc[first - 1].dep_ == "compound" \
                    and doc[first - 1].head.i == tok.i and doc[first - 1].pos_ == "PROPN" \
                    and doc[first - 1].ent_type_ in (("", tok.ent_type_) if misread else ("",)):
                first -= 1
            titled = False
            while first < tok.i and doc[first].text.rstrip(".").lower() in titles:
                titled = titled or doc[first].text.rstrip(".").lower() in person_titles
                first += 1
            if misread and not titled:
                continue
            words = doc[first:tok.i + 1]
            if any(c.dep_ in ("det", "poss") for c in kids(tok)) and not _owned_full_name(words) \
                    or any(not w.text[:1].isupper() and not name_particle(w) or w.text.isupper()
                           or w.text.rstrip(".").lower() in titles for w in words):
                continue
            found.append((first, tok.i + 1))
    return found


def _speaking_surname(doc: Doc, tok, titles) -> tuple[int, int] | None:
    """Session 20 (s24-parity): the whole name of a speech verb's subject when the NER tagged
    only its last word a PERSON and left the given name before it out of every entity
    ("Pranab Mukherjee said …": the official model tags "Mukherjee" alone, the news model
    nothing, and :func:`missed_speakers` takes the whole chain there). The words taken are the
    subject's capitalised proper-noun ``compound`` children right before it, outside every
    entity, no titles, no all-capital words, no ``org_words`` or ``countries``: the range as
    :func:`missed_speakers` gives an untagged name. None when there are none."""
    if tok.ent_type_ != "PERSON" or tok.ent_iob_ != "B" \
            or tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I":
        return None  # only a one-word PERSON entity
    blocked = titles | lexicons.words("org_words") | lexicons.words("countries")
    first = tok.i
    while first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].head.i == tok.i \
            and doc[first - 1].pos_ == "PROPN" and doc[first - 1].ent_iob_ == "O" \
            and doc[first - 1].is_alpha and doc[first - 1].text[:1].isupper() \
            and not doc[first - 1].text.isupper() \
            and doc[first - 1].text.rstrip(".").lower() not in blocked:
        first -= 1
    if first == tok.i or tok.i - first > 2:
        return None
    return first, tok.i + 1


def _owned_full_name(words: Span) -> bool:
    """Whether a speaker's words after a possessive are a person's full name: two or three
    words, the first a first name of known gender ("said the Observer's Philip French",
    "Labour's Nicola Braddock said"), not "the company's Chief Executive"."""
    from .first_names import first_name_gender

    return 2 <= len(words) <= 3 and words[-1].i > words[0].i \
        and not any(c.dep_ == "det" for c in kids(words[-1])) \
        and first_name_gender(words[0].text) is not None


def _work_name(doc: Doc, tok) -> tuple[int, int] | None:
    """The token range of the WORK_OF_ART entity ending at ``tok`` (a speech verb's subject)
    when it is a name right after a closing quotation mark: capitalised words, hyphenated
    ones allowed ("Aderin-Pocock"), no title, no more than four words; else None."""
    if tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I":
        return None
    first = tok.i
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    if first == 0 or doc[first - 1].text not in _QUOTE_CLOSE or tok.i - first > 6:
        return None
    titles = lexicons.words("titles")
    for i in range(first, tok.i + 1):
        w = doc[i]
        if glued_hyphen(doc, i) or i > first and glued_hyphen(doc, i - 1) and w.is_alpha:
            continue
        if not w.is_alpha or not w.text[:1].isupper() and not (
                first < i < tok.i and name_particle(w)) or w.text.isupper() \
                or w.lower_ in titles:
            return None
    return first, tok.i + 1


def _honorific_name(ent: Span) -> bool:
    """Whether an entity is an honorific and a name, the NER having taken both in ("Ms
    Diemont", "Mr Ash" as one ORG; the news model does so often): an honorific (``honorifics``:
    Mr, Ms, Dr, Sir …) then one to three capitalised words, no ``org_words`` word, no "'s"."""
    words = [t.text for t in ent]
    if not 2 <= len(words) <= 4 or words[0].rstrip(".").lower() not in lexicons.words(
            "honorifics"):
        return False
    org = set(w.lower() for w in lexicons.words("org_words"))
    return all(w[:1].isupper() and not w.isupper() and w.replace("-", "").isalpha()
               and w.lower() not in org for w in words[1:])


def _royal_name(ent: Span) -> bool:
    """Whether an ORG/GPE/NORP entity is a royal title and a name ("Sultan Ibrahim Iskandar",
    "Sheikha Moza bint Nasser" as one ORG): a ``royal_titles`` title (with "Crown" or "Grand"
    before it at most), then two to four capitalised name words or name particles (not "King
    Cross": one name word is :func:`analysis.engine.canonical.royal_links`'s), none an
    ``org_words`` or ``named_thing_nouns`` word ("Prince Edward Island", "King Abdullah
    University" stay what they are)."""
    words = [t.text for t in ent]
    titles = lexicons.words("royal_titles")
    k = 2 if len(words) > 2 and " ".join(words[:2]).lower() in titles else 1
    if words[0].lower() not in titles and k == 1 or not 2 <= len(words) - k <= 4:
        return False
    blocked = {w.lower() for w in lexicons.words("org_words")} \
        | set(lexicons.table("named_thing_nouns"))
    particles = lexicons.words("inner_name_particles")
    return all(w in particles or w[:1].isupper() and not w.isupper()
               and w.replace("-", "").isalpha() and w.lower() not in blocked
               for w in words[k:]) and words[-1][:1].isupper()


def _typed_organisation(ent: Span) -> bool:
    """Whether the text types a name as an organisation, whatever the NER says: in apposition
    to or compounded with an organisation noun ("the rebel group Hayat Tahrir al-Sham", "Wagner,
    a private military company,"), or listed after one ("militant groups, including Kataeb
    Hezbollah"): ``organisation_nouns``."""
    nouns = lexicons.words("organisation_nouns")
    root = ent.root
    for tok in (root, *kids(root)):
        if tok is not root and tok.dep_ in ("appos", "compound") and tok.lemma_.lower() in nouns \
                and not tok.ent_type_:
            return True
    if root.dep_ == "appos" and root.head.lemma_.lower() in nouns and not root.head.ent_type_:
        return True
    if root.dep_ == "pobj" and root.head.lower_ in ("including", "like", "as"):
        listed = root.head.head  # "groups, including X"; "a number of groups, including X"
        of = [p for c in kids(listed) if c.dep_ == "prep" and c.lower_ == "of"
              for p in kids(c) if p.dep_ == "pobj"]
        return any(t.lemma_.lower() in nouns for t in (listed, *of))
    return False


_QUOTE_OPEN = frozenset("\"“‘'«„")
_QUOTE_CLOSE = frozenset("\"”’'»“")


def _named_thing(doc: Doc, ent: Span) -> tuple[int, int, str] | None:
    """``(start token, end token, label)`` of a PERSON mention that names a thing, not a
    person, from the words in and around it, or None:

    * a company named after its founders: "&" inside the name or joining it to another
      capitalised name ("Johnson & Johnson", "Ben & Jerry's", "Procter & Gamble") → ORG;
    * an outlet or a firm: a name of two words or more ending in an ``org_words`` word ("Fars
      News", "Acme Holdings Ltd") → ORG;
    * a place, institution or prize named after a person: the mention ends in a
      ``named_thing_nouns`` word, or one to three capitalised words ending in one follow it
      ("Lincoln High School", "the Kilauea volcano", "John Radcliffe Hospital", "the Pulitzer
      Prize"), or it opens with or follows a ``named_place_openers`` word ("Mount St Helens",
      "Lake Tahoe") → the label of that word (the words join the mention);
    * a title in quotation marks: the mention is all a quoted span holds ("“Bohemian
      Rhapsody”", a song, a film, a book) → WORK_OF_ART.
    """
    things = lexicons.table("named_thing_nouns")
    openers = lexicons.table("named_place_openers")
    start, end = ent.start, ent.end
    n = len(doc)
    if any(t.text == "&" for t in ent):
        return start, end, "ORG"
    if end + 1 < n and doc[end].text == "&" and doc[end + 1].text[:1].isupper():
        last = end + 1
        while last + 1 < n and doc[last + 1].ent_iob_ == "I" or last + 1 < n and \
                doc[last + 1].pos_ == "PROPN" and doc[last + 1].text[:1].isupper():
            last += 1
        return start, last + 1, "ORG"
    if ent[-1].lower_ in things:
        if things[ent[-1].lower_] != "ORG" and _place_word_surname(doc, ent):
            return None  # "Mayor Andy Street said": a person whose surname is a place noun
        return start, end, things[ent[-1].lower_]
    if len(ent) > 1 and ent[-1].text[:1].isupper() and ent[-1].lower_.rstrip(".") in \
            lexicons.words("org_words"):
        return start, end, "ORG"  # "Fars News", "Sputnik News", "Acme Holdings Ltd"
    if end < n and doc[end].lower_ in things and doc[end].text.islower() \
            and ent[-1].tag_ != "POS" and ent.root.dep_ == "compound":
        return start, end, things[doc[end].lower_]  # "the Kilauea volcano": the noun stays out
    for j in range(end, min(end + 3, n)):
        tok = doc[j]
        if not tok.text[:1].isupper() or tok.is_punct:
            break
        if tok.lower_ in things:
            return start, j + 1, things[tok.lower_]
    first = ent[0].text.rstrip(".").lower()
    if first in openers and len(ent) > 1:
        return start, end, openers[first]
    if start > 0 and doc[start - 1].text.rstrip(".").lower() in openers \
            and doc[start - 1].text[:1].isupper():
        return start - 1, end, openers[doc[start - 1].text.rstrip(".").lower()]
    if 0 < start and end < n and doc[start - 1].text in _QUOTE_OPEN \
            and doc[end].text in _QUOTE_CLOSE \
            and (start < 2 or doc[start - 2].ent_type_ != "PERSON"):
        return start, end, "WORK_OF_ART"  # not a nickname inside a name (Dwayne "The Rock" …)
    return None


def _place_word_surname(doc: Doc, ent: Span) -> bool:
    """Whether the PERSON mention ``ent`` ending in a place's ``named_thing_nouns`` word
    ("Street", "Lake", "Bridge") is a person all the same: two words, the first a given name
    (:func:`given_name`), and a capitalised ``titles`` word right before it ("Mayor Andy Street")
    or its head the subject of a speech verb ("Andy Street said") or in apposition to a title
    or a ``speaker_nouns`` noun ("The mayor, Andy Street, …"). "Victoria Street", "Downing
    Street said", "the road, Victoria Street," stay places. Session 24 (issue 24: a person typed a place is a source lost)."""
    if len(ent) != 2 or not given_name(ent[0].text):
        return False
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.text[:1].isupper() \
            and before.text.rstrip(".").lower() in lexicons.words("titles"):
        return True
    root = ent.root
    if root.dep_ == "appos":  # "The mayor, Andy Street, …": in apposition to a person's noun
        return root.head.lower_ in lexicons.words("titles") \
            or root.head.lower_ in lexicons.table("speaker_nouns")
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in lexicons.speech_verbs()[0]


_INITIAL = re.compile(r"[A-Z]\.?\Z")
#: most words a name grows by over particles and the capitalised words after them
_PARTICLE_REACH = 6


def _past_particles(doc: Doc, end: int, titles) -> int:
    """The end of a person name ending at token ``end`` once the lower-case particles inside it
    and the words after them are taken in: a name never ends with a particle ("Haitham bin" +
    "Tariq Al Said", the news model's cut), and a particle right after a name joins it to the
    capitalised name words that follow ("Maria" + "dela" + "Vega", "Emir Tamim" + "bin" +
    "Hamad Al Thani"). Particles are ``inner_name_particles`` written in lower case (not "y",
    "e"); the words taken are capitalised, alphabetic, no titles, outside every entity or in a
    PERSON one (taken whole); at most :data:`_PARTICLE_REACH` words are added."""
    n = len(doc)
    limit = min(n, end + _PARTICLE_REACH)

    def particle(i: int) -> bool:
        return name_particle(doc[i])

    def name_word(i: int) -> bool:
        tok = doc[i]
        return tok.text[:1].isupper() and tok.is_alpha and not tok.text.isupper() \
            and tok.lower_ not in titles and tok.ent_type_ in ("", "PERSON") \
            and tok.ent_iob_ != "I"

    grown = end
    while grown < limit:
        if particle(grown - 1) and name_word(grown):
            grown += 1  # "Haitham bin" + "Tariq"
        elif grown + 1 < limit and particle(grown) and doc[grown].ent_iob_ == "O" \
                and name_word(grown + 1):
            grown += 2  # "Maria" + "dela Vega"
        else:
            break
        while grown < n and doc[grown].ent_iob_ == "I" and doc[grown].ent_type_ == "PERSON":
            grown += 1  # the rest of a PERSON entity taken in
        while grown < limit and name_word(grown) and doc[grown].ent_type_ == "PERSON":
            grown += 1  # a PERSON entity right after: "Haitham bin Tariq" + "Al Said"
            while grown < n and doc[grown].ent_iob_ == "I" and doc[grown].ent_type_ == "PERSON":
                grown += 1
    return grown if grown > end and not particle(grown - 1) else end


def _given_name_tail(piece, last) -> bool:
    """Whether the lower-case word ``piece`` after a glued hyphen ends the name whose last word
    is ``last``: the tagger reads it as a proper noun ("Kim Jong" + "-su"), or the parser makes
    it the head of the name's phrase, not a modifier of a noun after it ("Tong Yung" + "-soo,
    who …", not "Joe Biden" + "-era rules")."""
    if piece.pos_ == "PROPN":
        return True
    return piece.pos_ == "NOUN" and last.head.i == piece.i \
        and piece.dep_ not in ("compound", "amod", "nmod", "npadvmod", "poss")


def _whole_name(doc: Doc, ent: Span) -> Span:
    """A PERSON entity grown over the parts of the name the NER left out: the surname after a
    middle initial ("Bruce L" of "Bruce L Castor Jr": a name never ends in an initial) and a
    known first name (``first_names``, or nomquamgender's statistics) right before a surname
    tagged alone ("Khan" of "Mayor of London Sadiq Khan"). Only words outside every entity,
    capitalised and not titles, are taken. A given name cut at its hyphen takes its lower-case
    second part ("Kim Jong-" + "su", when the tagger reads "su" as a proper noun), and lower-case
    particles join the name words around them (:func:`_past_particles`: "Maria dela Vega",
    "Haitham bin Tariq Al Said"; "Khalid" + "bin Faisal Al Saud" before it)."""
    from spacy.tokens import Span

    from .first_names import first_name_gender

    titles = lexicons.words("titles")

    def free(i: int) -> bool:
        tok = doc[i]
        return tok.ent_iob_ == "O" and tok.text[:1].isupper() and tok.is_alpha \
            and tok.text.lower() not in titles

    start, end = ent.start, ent.end
    # a hyphenated name cut at its hyphen: "King Willem" + "-Alexander", "Aderin-" + "Pocock"
    while end + 1 < len(doc) and glued_hyphen(doc, end) and _name_piece(doc, end + 1) \
            and doc[end + 1].ent_type_ in ("", "PERSON") \
            and (doc[end + 1].ent_iob_ != "I" or doc[end].ent_iob_ == "I"):
        end += 2
        while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type_ == "PERSON":
            end += 1
    if glued_hyphen(doc, end - 1) and end < len(doc) and doc[end].is_alpha \
            and doc[end].ent_iob_ == "O" and doc[end - 2].text[:1].isupper():
        end += 1  # "Kim Jong-" + "su": a given name cut after its hyphen
    elif glued_hyphen(doc, end) and end + 1 < len(doc) and doc[end + 1].text.islower() \
            and doc[end + 1].is_alpha and doc[end + 1].ent_iob_ == "O" \
            and doc[end - 1].text[:1].isupper() and _given_name_tail(doc[end + 1], doc[end - 1]):
        end += 2  # "Kim Jong" + "-su", not "-nominated", "-era"
    end = _past_particles(doc, end, titles)
    while start >= 2 and name_particle(doc[start - 1]) and doc[start - 1].ent_iob_ == "O" \
            and free(start - 2) \
            and not doc[start - 2].text.isupper() and doc[start - 2].pos_ == "PROPN":
        start -= 2  # "Khalid" + "bin" + "Faisal Al Saud": the given name before a particle
    while start >= 2 and glued_hyphen(doc, start - 1) and doc[start - 2].is_alpha \
            and len(doc[start - 2]) > 1 and doc[start - 2].text[:1].isupper() \
            and doc[start - 2].ent_iob_ == "O":
        start -= 2
    if len(ent) >= 2 and _INITIAL.match(ent[-1].text) and end < len(doc) and free(end) \
            and len(doc[end]) > 1:
        end += 1
    if ent[0].text in lexicons.words("inner_name_particles") and start > 0 and free(start - 1) \
            and not doc[start - 1].text.isupper():
        start -= 1  # "bin Talal" of "Alwaleed bin Talal": a name never starts with "bin"
    if len(ent) == 1 and start > 0 and free(start - 1) and doc[start - 1].pos_ == "PROPN" \
            and (doc[start - 1].lower_ in lexicons.table("first_names")
                 or first_name_gender(doc[start - 1].text) is not None):
        start -= 1
    if len(ent) == 1 and end == ent.end and _surname_after_given(doc, ent[0], free):
        end += 1  # "Sylvia" + "Heal": a given name tagged alone before its surname
    return ent if (start, end) == (ent.start, ent.end) else Span(doc, start, end, label="PERSON")


def _surname_after_given(doc: Doc, given, free) -> bool:
    """Session 20 (s24-parity): whether the word after a one-word PERSON entity that is a
    given name (``first_names`` or the first-name statistics) is its surname, which the NER left
    out ("Deputy Speaker Sylvia Heal": the official model tags "Sylvia" alone): the given name
    is a ``compound`` of that word, a capitalised proper noun outside every entity, no title,
    no ``org_words`` or ``countries`` word, not followed by another proper noun of the same
    chain (then it names a thing: "Grace Kelly Foundation" is no surname)."""
    i = given.i + 1
    if i >= len(doc) or not free(i) or doc[i].pos_ != "PROPN" or doc[i].text.isupper() \
            or given.dep_ != "compound" or given.head.i != i or len(doc[i]) < 2:
        return False
    if doc[i].lower_ in lexicons.words("org_words") | lexicons.words("countries"):
        return False
    if i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN" and doc[i].dep_ == "compound":
        return False
    return given.lower_ in lexicons.table("first_names") \
        or first_name_gender(given.text) is not None


def _given_name_misread(doc: Doc, ents: list) -> list:
    """Session 20 (s24-parity): ``ents`` with each one-word ORG/GPE/NORP entity that is a
    given name (the first-name statistics) followed by a capitalised proper noun outside every
    entity made a PERSON over both words, when that second word is a one-word PERSON elsewhere
    in the article (a surname that speaks: "… backed by Feargal Sharkey, Lucie Silvas and …
    Silvas said": the official model tags "Lucie" ORG and "Silvas" nothing, the news model
    "Lucie Silvas" PERSON). The surname then links to the full name and its gender."""
    from spacy.tokens import Span

    surnames = {e.text for e in ents if e.label_ == "PERSON" and len(e) == 1}
    if not surnames:
        return ents
    out = []
    for e in ents:
        i = e.end
        if e.label_ in ("ORG", "GPE", "NORP") and len(e) == 1 and i < len(doc) \
                and doc[i].ent_iob_ == "O" and doc[i].pos_ == "PROPN" \
                and doc[i].text in surnames and first_name_gender(e.text) is not None \
                and e.text.istitle() and doc[i].text.istitle():
            e = Span(doc, e.start, i + 1, label="PERSON")
        out.append(e)
    return out


def _affiliation_head(doc: Doc, ent: Span, aliases: AliasTable | None) -> int | None:
    """Session 20 (s24-parity): the token where a person's name starts inside a PERSON entity
    that took the person's party or organisation in front of it ("Lib Dem Norman Baker",
    "Tory Ann Widdecombe" tagged PERSON as a whole by the official model; the news model tags
    the name alone): the entity's first one or two words are an organisation, place or
    nationality of the alias table (``aliases.csv``, label ORG/GPE/NORP) or a ``countries``
    word, and the two or three words left are capitalised, the first a given name
    (:func:`given_name`). None otherwise."""
    if aliases is None or len(ent) < 3:
        return None
    for n in (1, 2, 3):
        rest = ent[n:]
        if not 2 <= len(rest) <= 3 or not all(t.is_alpha and t.text[:1].isupper()
                                              and not t.text.isupper() for t in rest):
            continue
        for j in (0, 1):  # one word before the affiliation when it opens the sentence
            if j and not ent[0].is_sent_start or n - j not in (1, 2):
                continue
            head = ent[j:n].text
            hit = aliases.lookup(head)
            if (hit is not None and hit[1] in ("ORG", "GPE", "NORP")
                    or head.lower() in lexicons.words("countries")) and given_name(rest[0].text):
                return ent.start + n
    return None


_AFFILIATION = ("of", "at", "for", "from")
# a given name of two parts joined by a hyphen, the second in lower case ("Man-kei", "Hoi-kwan")
_HYPHENATED_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+\Z")
#: fewest bearers for a word to start a person's name at the end of an organisation entity
COMMON_FIRST_NAME = 50_000


def _person_tail(doc: Doc, ent: Span) -> int | None:
    """The token where a person's name starts at the end of an ORG entity that swallowed it
    in a role phrase ("the Hong Kong director of Amnesty International Man-kei Tam" as one
    ORG), or None. The entity follows a role noun and "of"/"at"/"for"/"from" ("director of",
    "chief executive of", "spokesman for": a ``titles``, ``name_occupations`` or
    ``speaker_nouns`` word, or one compounded with it); its last two or three words (a hyphenated word counts as one) are
    capitalised, none a ``titles``, ``org_words`` or ``countries`` word, and the first is a
    common first name (the first-name statistics) or a two-part given name joined by a hyphen
    ("Man-kei"); at least one word of the organisation stays before them."""
    start = ent.start
    if start < 2 or doc[start - 1].lower_ not in _AFFILIATION:
        return None
    role = doc[start - 2]
    roles = lexicons.words("titles") | lexicons.words("name_occupations") \
        | set(lexicons.table("speaker_nouns"))
    if not any(t.lower_.rstrip(".") in roles for t in (role, *(
            c for c in role.children if c.i < role.i and c.dep_ in ("compound", "amod")))):
        return None  # a person's role ("director of", "chief executive of"), not "story of"
    # the entity's words, a hyphenated word ("Man", "-", "kei") as one
    words: list[tuple[int, int]] = []  # (first token, last token)
    i = ent.start
    while i < ent.end:
        j = i
        while j + 2 < ent.end and doc[j + 1].text == "-" and not doc[j].whitespace_ \
                and not doc[j + 1].whitespace_:
            j += 2
        words.append((i, j))
        i = j + 1
    blocked = lexicons.words("titles") | lexicons.words("org_words") \
        | lexicons.words("countries") | lexicons.words("organisation_nouns") \
        | set(lexicons.table("named_thing_nouns")) | set(lexicons.table("speaker_nouns")) \
        | {w.lower() for w in lexicons.table("institution_names")} | lexicons.words("work_nouns")
    for n in (2, 3):
        if len(words) <= n:
            break
        tail = words[-n:]
        texts = [doc[a:b + 1].text for a, b in tail]
        if not all(t[:1].isupper() and not t.isupper() and t.lower() not in blocked
                   and t.replace("-", "").isalpha() for t in texts):
            return None
        if not any(doc[k].text[:1].isupper() and doc[k].lower_ not in ("the", "of")
                   for k in range(ent.start, tail[0][0])):
            return None  # "the French Parliament": nothing of an organisation before it
        if given_name(texts[0]) and not all(
                given_name(doc[k].text) for k in range(ent.start, tail[0][0]) if doc[k].is_alpha):
            return tail[0][0]  # not "Bridget Anne Kelly": a person's name as a whole
    return None


def given_name(word: str) -> bool:
    """A listed first name (``first_names``), a very common one (the first-name statistics) or
    a two-part given name joined by a hyphen ("Man-kei")."""
    from .first_names import name_statistics
    from .names import fold

    hit = name_statistics().get(fold(word))
    return bool(_HYPHENATED_GIVEN.match(word)) or word.lower() in lexicons.table(
        "first_names") or hit is not None and hit[0] >= COMMON_FIRST_NAME


def _name_piece(doc: Doc, i: int) -> bool:
    """Whether token ``i``, after a glued hyphen, continues a name: a capitalised word
    ("Willem-Alexander"), or a lower-case piece followed by another glued hyphen
    ("Chan-o-cha"); not "-style", "-nominated", "-up"."""
    tok = doc[i]
    if not tok.is_alpha or tok.lower_ in lexicons.words("countries"):
        return False  # "Trump-Ukraine"
    return tok.text[:1].isupper() or i + 2 < len(doc) and glued_hyphen(doc, i + 1) \
        and doc[i + 2].is_alpha or i >= 3 and doc[i - 2].is_alpha \
        and doc[i - 2].text.islower() and glued_hyphen(doc, i - 3)


def _organisation_cue(doc: Doc, ent: Span) -> bool:
    """Whether the words around one PERSON entity show an organisation, not a person:

    * it modifies a noun only an organisation has (``organisation_member_nouns``): "the Spurs
      sporting director", "Yukos boss Mikhail Khodorkovsky" (not a possessive: "Madonna's
      manager"), or a spokesperson noun as a compound (``organisation_voice_nouns``, session
      24: "Yukos spokesman Mike Lake");
    * it follows such a noun and "of", "at" or "for": "executive partner of Tods Murray";
    * "which" opens a relative clause on it: "Tods Murray which has a client";
    * it is the subject of a clause whose first "its", "he", "she" (… ``pronoun_genders``)
      after it, with no noun between them, is "its": "Uefa has said its own representative".
    """
    members = lexicons.words("organisation_member_nouns")
    root = ent.root
    head = root.head
    dep = root.dep_
    start, end = ent.start, ent.end
    if dep in ("compound", "nmod") and head.i >= end and not head.ent_type_ and (
            head.lemma_.lower() in members or _voice_noun(head)):
        return True
    if dep == "pobj" and head.lower_ in ("of", "at", "for") \
            and head.head.lemma_.lower() in members and not head.head.ent_type_:
        return True
    for tok in doc[end:min(end + 2, len(doc))]:
        if tok.lower_ == "which" and tok.head.dep_ == "relcl" and tok.head.head.i in \
                range(start, end):
            return True
    if dep in ("nsubj", "nsubjpass"):
        genders = lexicons.table("pronoun_genders")
        last = ent.sent.end if doc.has_annotation("SENT_START") else len(doc)
        for tok in doc[end:min(last, end + 12)]:
            if tok.pos_ in ("NOUN", "PROPN"):
                break
            gender = genders.get(tok.lower_)
            if gender == "n" and tok.tag_ == "PRP$":
                return True  # "its"
            if gender in ("m", "f"):
                break
    return False


def _voice_noun(tok) -> bool:
    """Session 24 (s29-sources): whether ``tok`` is a spokesperson noun
    (``organisation_voice_nouns``) that a name modifies as a compound: "Yukos spokesman Mike
    Lake", "a Ladbrokes spokeswoman" — an organisation's spokesperson (a person's comes with a
    possessive or "for": "Madonna's spokeswoman", "a spokesman for Mr Prescott", not read
    here)."""
    return tok.lower_ in lexicons.words("organisation_voice_nouns")


def _organisation_repairs(doc: Doc, ents: list) -> dict[int, str]:
    """``{entity start token: "ORG"}`` for PERSON entities the text types as organisations
    (:func:`_typed_organisation`), and for a PERSON listed right after a repaired one ("Kataeb
    Hezbollah and Kataeb Sayyid al-Shuhada").

    A name the article shows as an organisation's once (:func:`_organisation_cue`: "the Spurs
    sporting director", "Uefa has said its own …", "a partner of Tods Murray"), or a name of
    two or more words that an ORG, LOC, FAC or GPE mention of the article extends by one word
    ("Age Concern" beside "Age Concern England"), is an ORG at
    every PERSON mention of it in the article ("Spurs said …" is then no person's quote). Not a
    name that a titled mention or a full person name's last word gives as a person's ("Mr
    Yukos", "Anna Villa"), nor a name of two or more words whose first word is a first name of
    known gender. The cue may be on an ORG mention of the name ("Uefa has said its …" tagged
    ORG, "Uefa said" tagged PERSON). A surname alone ("Brydon" after "Hall Brydon, which …")
    follows the cued name when no other full person name of the article ends with it. One pass
    over the entities.

    Session 26 (s31-speed): a cue is looked for only on a mention whose name a PERSON mention
    of the article has (``persons``): a name no PERSON mention has can repair no mention, so
    the answer is the same at a fraction of the look-ups."""
    repaired: dict[int, str] = {}
    previous = None
    cued: set[str] = set()
    people: set[str] = set()  # names the article also gives as a person's
    named: set[str] = set()  # PERSON names of two words or more
    longer: set[str] = set()  # other names without their last word
    # each entity's _bare name (of the labels read here), found once
    bare = [_bare(ent.text) if ent.label_ in ("PERSON", "ORG", "LOC", "FAC", "GPE") else ""
            for ent in ents]
    persons = {name for ent, name in zip(ents, bare) if ent.label_ == "PERSON"}
    for ent, name in zip(ents, bare):
        label = ent.label_
        if label == "PERSON":
            joined = previous is not None and previous.start in repaired \
                and doc[previous.end:ent.start].text.strip(" ,") in ("and", "or", "")
            if joined or _typed_organisation(ent) or _listed_with_places(doc, ent):
                repaired[ent.start] = "ORG"
            words = name.split()
            if _title_start(doc, ent) < ent.start or \
                    len(words) >= 2 and first_name_gender(words[0]) is not None:
                people.add(name)
            if len(words) >= 2:
                named.add(name)
        if label in ("PERSON", "ORG") and name in persons and _organisation_cue(doc, ent):
            cued.add(name)  # an ORG too: "Uefa has said its …", then "Uefa said"
        if label in ("PERSON", "ORG", "WORK_OF_ART") and (name or _bare(ent.text)) in persons \
                and introduced_as_organisation(doc, ent):
            # "water firm Aguas Limpias …. Aguas Limpias told …": every mention (session 23)
            cued.add(name or _bare(ent.text))
        if label in ("ORG", "LOC", "FAC", "GPE"):
            longer.add(name.rsplit(" ", 1)[0])
        previous = ent
    cued |= named & longer  # "Age Concern said …" beside "Age Concern England" (a LOC)
    cued -= people
    # a surname alone is the cued name's when no other full name of the article ends with it
    surnames = {n.split()[-1] for n in named - cued}
    cued = (cued - surnames) | ({n.split()[-1] for n in cued & named} - surnames - people)
    if cued:
        for ent, name in zip(ents, bare):
            if ent.label_ == "PERSON" and name in cued:
                repaired[ent.start] = "ORG"
    return repaired


def _listed_with_places(doc: Doc, ent: Span) -> bool:
    """Session 26 (s31-sources): whether a PERSON mention is coordinated with a place or an
    organisation the NER named as such ("good displays against West Brom and Aston Villa",
    "linked with Real Madrid, Barcelona and Valencia"): a club, a firm or a place like its
    neighbours in the list, not a person, at this mention. Not a name of several words opening
    with a first name of the statistics, nor one opening with a common or listed given name
    ("Spain and Rafael Nadal"), nor a titled name; nor when the neighbour itself opens with a
    first name ("its stars Hilary Swank and Morgan Freeman", Freeman tagged ORG: two people).
    Only the next conjunct either side is read: the head the name's root is a conjunct of, and
    the root's own conjuncts. O(1) but for the root's children."""
    if len(ent) > 1 and is_first_name(ent[0].text) or given_name(ent[0].text) \
            or _title_start(doc, ent) < ent.start \
            or not all(t.text[:1].isupper() for t in ent if t.is_alpha):
        return False  # "its stars Hilary Swank and Morgan Freeman" (tagged ORG): people
    root = ent.root
    others = [c for c in root.children if c.dep_ == "conj"]
    if root.dep_ == "conj":
        others.append(root.head)
    return any(t.ent_type_ in ("GPE", "ORG") and not (ent.start <= t.i < ent.end)
               and not _person_like_entity(doc, t.i) for t in others)


def _person_like_entity(doc: Doc, i: int) -> bool:
    """Whether the entity token ``i`` is in reads as a person's full name whatever its label:
    two words or more, the first a common or listed given name ("Morgan Freeman" tagged
    ORG)."""
    start = i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end - start >= 2 and given_name(doc[start].text)


def introduced_as_organisation(doc: Doc, ent: Span) -> bool:
    """Session 23 (s27-webquotes): whether the word right before a name is a lower-case
    organisation noun (``organisation_nouns``) the parser joins to it, as a compound on the
    name or with the name in apposition to it: "water firm Aguas Limpias", "search firm Ask
    Jeeves", "the airline Qantas". Such a name is an organisation at every PERSON mention of it
    in the article (:func:`_organisation_repairs`), so its later bare mentions ("Aguas Limpias
    told a newspaper …") are no person's and take no "he"/"she". A word between ("union
    leader Bob Crow") or a possessive breaks it. O(1)."""
    if _organisation_apposition(doc, ent):
        return True
    if ent.start == 0 or not _organisation_word_before(doc, ent):
        return False
    before, root = doc[ent.start - 1], ent.root
    return before.dep_ == "compound" and before.head.i in range(ent.start, ent.end) \
        or root.dep_ == "appos" and root.head.i == before.i


def _organisation_word_before(doc: Doc, ent: Span) -> bool:
    """Whether the lower-case word right before ``ent`` (not its first token) calls it an
    organisation: an ``organisation_nouns`` word ("water firm"), one the tokenizer split at its
    hyphen ("think-tank"), or a maker of things ("games maker"). O(1)."""
    before = doc[ent.start - 1]
    return (before.text.islower() or _sentence_opening_word(before)) and (
        _organisation_noun(before) or _plural_group_noun(doc, ent, before)
        or _hyphenated_organisation_noun(doc, ent.start - 1) or _maker_of_things(doc, ent))


def _plural_group_noun(doc: Doc, ent: Span, before) -> bool:
    """Session 26 (s31-sources): whether the lower-case word right before a name is a plural
    common noun (tag NNS) standing for that one name: "oil industry analysts Douglas-Westwood",
    "consultants Hale Moran", "champions Redford" — many people under one name are a firm or a
    team, not a person (a person's role comes in the singular: "analyst Ann Ross"). Not when
    the name is listed with another ("brothers Tom and Ben Hale", "analysts Ann Ross and Tom
    Hale": each a person), nor a name with a title. O(1) but for the name root's children."""
    if before.tag_ != "NNS" or not before.is_alpha or before.lower_ in lexicons.words(
            "titles"):
        return False
    root = ent.root
    if root.dep_ == "conj" or any(c.dep_ in ("conj", "cc") for c in root.children):
        return False
    nxt = doc[ent.end] if ent.end < len(doc) else None
    return not (nxt is not None and nxt.lower_ in ("and", "or", "&"))


def _organisation_noun(tok) -> bool:
    """Whether ``tok`` is an ``organisation_nouns`` word, by its lemma or, when the tagger took
    a capitalised plural for a name ("Bookmakers": lemma "Bookmakers"), by its singular."""
    nouns = lexicons.words("organisation_nouns")
    low = tok.lower_
    return tok.lemma_.lower() in nouns or low in nouns or low.endswith("s") and low[:-1] in nouns


def _sentence_opening_word(tok) -> bool:
    """Whether ``tok`` opens its sentence written in title case ("Bookmakers", not "BBC"): a
    common noun capitalised only because it comes first."""
    word = tok.text
    return bool(tok.is_sent_start) and word[:1].isupper() and word[1:].islower()


def _opening_organisation_noun(doc: Doc, ent: Span) -> bool:
    """Session 24 (s29-sources): whether a PERSON entity opens its sentence with an
    ``organisation_nouns`` word the NER took into the name ("Bookmakers Ladbrokes says …" tagged
    PERSON as a whole by en_news_sm), followed by one to three capitalised words of which the
    first is no first name of the statistics, of either gender ("Broadcaster Chris Evans said"
    stays a person's; "Bookmaker William Hill" too, like a full name in mid-sentence:
    :func:`_organisation_repairs`). The noun is then
    no part of the name, and the name is introduced as an organisation
    (:func:`introduced_as_organisation`), like "bookmakers Ladbrokes" in mid-sentence. O(1)."""
    first = ent[0]
    rest = ent[1:]
    return 1 <= len(rest) <= 3 and _sentence_opening_word(first) \
        and _organisation_noun(first) \
        and all(t.text[:1].isupper() and t.is_alpha for t in rest) \
        and not is_first_name(rest[0].text) and not given_name(rest[0].text)


def _organisation_apposition(doc: Doc, ent: Span) -> bool:
    """Session 23 (s28-audit2): whether a name is followed by a comma and an apposition whose
    head is a lower-case organisation noun (``organisation_nouns``): "Velmora, the country's
    largest dairy company, has agreed …", "Brantley, a small software firm, said …". Such a name
    is an organisation at every mention, like "dairy company Velmora"
    (:func:`introduced_as_organisation`). A person's role in apposition ("Tom Marsh, the
    firm's chief executive", "Calder, the company's founder") has another head noun. O(1) but
    for the name root's children."""
    if ent.end >= len(doc) or doc[ent.end].text != ",":
        return False
    nouns = lexicons.words("organisation_nouns")
    return any(c.dep_ == "appos" and c.i > ent.end and c.text.islower()
               and c.lemma_.lower() in nouns for c in ent.root.rights)


def _hyphenated_organisation_noun(doc: Doc, i: int) -> bool:
    """Session 23 (s28-orgnames): whether token ``i`` ends a hyphenated organisation noun of
    ``organisation_nouns`` the tokenizer splits ("think-tank Demos": "think", "-", "tank").
    O(1)."""
    if i < 2 or not glued_hyphen(doc, i - 1):
        return False
    return f"{doc[i - 2].lower_}-{doc[i].lower_}" in lexicons.words("organisation_nouns")


def _maker_of_things(doc: Doc, ent: Span) -> bool:
    """Session 23 (s28-orgnames): whether a one-word name follows a lower-case "...maker" noun
    of things ("games maker Valve", "toy maker Hasbro", "Chinese steelmaker Baoshan"): a
    company, though "maker" is also a person's word. Not a name whose word is a known first
    name, nor after a maker noun of people (``epithet_nouns`` or ``person_maker_nouns``: "film
    maker Ken Loach", "lawmaker Smith"), read alone or with the word before it ("film maker",
    "film-maker").
    O(1)."""
    before = doc[ent.start - 1]
    word = before.lower_
    if not word.endswith("maker") or len(ent) != 1 or not ent.text[:1].isupper() \
            or first_name_gender(ent.text) is not None:
        return False
    people = lexicons.words("epithet_nouns") | lexicons.words("person_maker_nouns")
    forms = {word}
    if ent.start >= 2:
        prev = doc[ent.start - 2]
        forms |= {f"{prev.lower_} {word}", f"{prev.lower_}{word}"}
        if ent.start >= 3 and glued_hyphen(doc, ent.start - 2):
            forms.add(f"{doc[ent.start - 3].lower_}-{word}")
    return not forms & people


def _bare(text: str) -> str:
    """A mention's text without a determiner or possessive ("the Spurs'", "Uefa's" → "Spurs",
    "Uefa"), for finding the other mentions of the same name."""
    return normalise(text, "ORG")


def find_mentions(doc: Doc, aliases: AliasTable | None = None, *, text: str | None = None
                  ) -> list[MentionRecord]:
    """Every entity of ``doc`` as a :class:`MentionRecord`, in text order (all labels kept, no
    actor).

    Spans are adjusted in two ways, both documented in the README: titles right before a person
    ("President Joe Biden") join the mention (a person-only title also makes an ORG/GPE/NORP
    mention a PERSON: "Sen. Claire McCaskill"), and a mention inside a longer alias-table name
    ("Islamic" in "Islamic State group") grows to that name (taking the table's label).
    Leading/trailing whitespace is trimmed. Party-and-state tags ("R-Ga.") are not entities. A
    proper name the NER missed that is the subject of a speech verb is a PERSON
    (:func:`missed_speakers`; a titled one the NER read as a date, "Mr Thoday", too: the date
    entity gives way); an ORG/GPE/NORP that is an honorific and a name ("Ms Diemont") is a
    PERSON (:func:`_honorific_name`); a PERSON the text types as an organisation ("the militia X")
    is an ORG (:func:`_organisation_repairs`); a PERSON that names a company, a place, an
    institution, a prize or a title ("Johnson & Johnson", "Lincoln High School", "Mount St
    Helens", "“Bohemian Rhapsody”") takes that thing's label (:func:`_named_thing`); a name
    mention that is only a possessive or contraction tail ("s", "’s", "n’t") is dropped
    (:func:`_fragment`), and so is an ORG/GPE/NORP that is a piece of a title ("State" of
    "Secretary of State": :func:`_title_fragment`); a PERSON grows over the surname after a
    middle initial ("Bruce L" → "Bruce L Castor") and over a known first name before a surname
    tagged alone ("Khan" → "Sadiq Khan": :func:`_whole_name`). Session 20 (s24-parity), for
    names the official model cuts where the news model does not: a speech verb's subject
    tagged PERSON on its surname alone takes its given name ("Pranab Mukherjee said":
    :func:`_speaking_surname`), a given name tagged alone takes its surname
    (:func:`_surname_after_given`), a party of the alias table before a name is no part of it
    ("Lib Dem Norman Baker": :func:`_affiliation_head`), and a given name tagged ORG before a
    surname that is a person elsewhere in the article is a PERSON with it
    (:func:`_given_name_misread`).

    Args:
        aliases: the ``analysis.engine.aliases.AliasTable`` whose multi-word names may grow a
            mention.
        text: ``doc.text``, when the caller has it already.
    """
    from spacy.tokens import Span

    text = doc_text(doc) if text is None else text
    spans = ({m.start(): m for m in aliases.pattern.finditer(text)}
             if aliases is not None and aliases.pattern is not None else {})
    found: list[MentionRecord] = []
    missed = [Span(doc, a, b, label="PERSON") for a, b in missed_speakers(doc)]
    # a date or number entity misread over a missed speaker's name gives way to it
    ents = sorted([*(e for e in doc.ents if not any(m.start < e.end and e.start < m.end
                                                  for m in missed)), *missed],
                  key=lambda e: e.start) if missed else list(doc.ents)  # already in order
    split = []
    for e in ents:  # "Amnesty International Man-kei Tam": the organisation, then the person
        cut = _person_tail(doc, e) if e.label_ == "ORG" else \
            _affiliation_head(doc, e, aliases) if e.label_ == "PERSON" else None
        if cut is None:
            if e.label_ == "PERSON" and _opening_organisation_noun(doc, e):
                e = Span(doc, e.start + 1, e.end, label="PERSON")  # "Bookmakers | Ladbrokes"
            split.append(e)
            continue
        head = cut
        while head > e.start and doc[head - 1].is_punct:
            head -= 1  # "Bernal, Jamie Foxx": the comma is no part of either
        split += [Span(doc, e.start, head, label="ORG")] if head > e.start else []
        split.append(Span(doc, cut, e.end, label="PERSON"))
    ents = _given_name_misread(doc, split)
    repairs = _organisation_repairs(doc, ents)
    for ent in ents:
        checkpoint()
        if _title_fragment(doc, ent):
            continue  # "State" of "Secretary of State": a title, not an organisation
        start, end = ent.start_char, ent.end_char
        label = repairs.get(ent.start, ent.label_)
        if label == "PERSON" and (thing := _named_thing(doc, ent)) is not None:
            ent = Span(doc, thing[0], thing[1], label=thing[2])
            start, end, label = ent.start_char, ent.end_char, thing[2]
        if label == "PERSON":
            ent = _whole_name(doc, ent)
            start, end = ent.start_char, ent.end_char
            if found and found[-1].end > start:
                continue  # the rest of a name grown over (a missed speaker's surname)
        first = _title_start(doc, ent)
        if first < ent.start:
            start = doc[first].idx
            if label in ("ORG", "GPE", "NORP") and len(ent) <= 4 \
                    and ent[-1].lower_ not in lexicons.table("named_thing_nouns"):
                label = "PERSON"  # "Sen. Claire McCaskill", "Mr McCaul": the title decides
                # (not an institution named after a royal: "Queen Mary University", session 23)
        elif label in ("ORG", "GPE", "NORP") and (_honorific_name(ent) or _royal_name(ent)):
            label = "PERSON"  # "Ms Diemont" tagged ORG as a whole: the honorific decides
        else:
            grown = _alias_cover(spans, start, end, aliases)
            if grown is not None:
                start, end, label = grown[0], grown[1], grown[2] or label
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end or _PARTY_STATE.match(text[start:end]) or _fragment(text[start:end],
                                                                             label):
            continue
        found.append(MentionRecord(text=text[start:end], label=label, start=start, end=end))
    return _royal_given_names(found)


def _royal_given_names(found: list[MentionRecord]) -> list[MentionRecord]:
    """``found`` with each mention that is a royal title and a given name
    (:func:`analysis.engine.names.royal_form`: "Princess Ubolratana", "Sheikh Mohammed") made a
    PERSON, whatever the NER's label (the small models read "Prince Alwaleed" after a quote as
    a WORK_OF_ART, "Sultan Ibrahim" as an ORG), when it is the person of a full name of the
    article (:func:`analysis.engine.canonical.royal_links`), which :mod:`.canonical` then
    links it to."""
    links = royal_links([(m.text, m.label, m.start) for m in found])
    return [replace(m, label="PERSON") if i in links and m.label not in PERSON_LIKE else m
            for i, m in enumerate(found)]


# what a possessive or a contraction leaves when the NER cuts it off a word: "s", "’s", "n’t"
_FRAGMENT = re.compile(r"(?:['’]s?|s|n['’]t)", re.I)


def _title_fragment(doc: Doc, ent: Span) -> bool:
    """Whether an ORG/GPE/NORP mention is a piece of an office's title, not a name: every word
    of it is a ``titles`` word ("State", "Defense", "Health") and a ``titles`` word comes right
    before it, through "of" ("Secretary of State", "secretary of state"), or right after it
    ("Defense Secretary Mark Esper"). "the Treasury said", "the State Department" (no title
    word next to them) stay."""
    if ent.label_ not in ("ORG", "GPE", "NORP"):
        return False
    titles = lexicons.words("titles")
    if not all(t.lower_.rstrip(".") in titles for t in ent):
        return False
    before = ent.start - 1
    if before >= 0 and doc[before].lower_ == "of":
        before -= 1
    if before >= 0 and doc[before].lower_.rstrip(".") in titles:
        return True
    return ent.end < len(doc) and doc[ent.end].lower_.rstrip(".") in titles


def _fragment(name: str, label: str) -> bool:
    """Whether a name mention is a fragment cut from a word, not a name: a PERSON, ORG, GPE or
    NORP that is only a possessive or contraction tail ("s", "’s", "'s" split off "Biden’s";
    "n’t")."""
    return label in ("PERSON", "ORG", "GPE", "NORP") and bool(_FRAGMENT.fullmatch(name))


def see_through_hidden(doc: Doc):
    r"""``doc`` with the words that hold a format character or an overlay mark ("Bi\u00adden"
    with a soft hyphen, "J̶o̶e̶" struck through: :func:`analysis.engine.names.hidden`) read by the
    model as their :func:`~analysis.engine.names.clean` form: their lexemes take the clean word's
    norm, shape, prefix and suffix (the features the models embed), so the NER finds "Joe
    Bi\u00adden" as one name, as it finds "Joe Biden". The text, tokens and offsets are
    unchanged. Run before the model (the ``news_hidden`` component); a text without such
    characters is looked at once, in C."""
    text = doc.text
    if text.isascii():
        return doc
    odd = {c for c in set(text) if not c.isascii() and hidden(c)}
    if not odd:
        return doc
    vocab = doc.vocab
    for token in doc:
        word = token.text
        if odd.isdisjoint(word):
            continue
        form = clean(word)
        if form and form != word:
            read_as(vocab, word, form)
    return doc


def read_as(vocab, word: str, form: str) -> None:
    """Let the model read ``word`` as ``form``: ``word``'s lexeme in ``vocab`` takes the norm,
    shape, prefix and suffix of ``form``'s (the features the models embed). Lexemes are shared
    by the whole vocabulary, so this holds for every later Doc; the text is not changed."""
    lex, seen = vocab[word], vocab[form]
    lex.norm_, lex.shape_ = seen.norm_, seen.shape_
    lex.prefix_, lex.suffix_ = seen.prefix_, seen.suffix_


def article_mentions(doc: Doc, aliases: AliasTable, *, text: str | None = None
                     ) -> list[MentionRecord]:
    """:func:`find_mentions` with canonical actors within the article
    (:func:`analysis.engine.canonical.canonicalise_article`) and the alias table's labels."""
    text = doc_text(doc) if text is None else text
    mentions = find_mentions(doc, aliases, text=text)
    canon = canonicalise_article([(m.text, m.label, m.start) for m in mentions], aliases,
                                 text=text)
    # built directly, not with dataclasses.replace (one record per mention: replace costs more)
    return [MentionRecord(text=m.text, label=m.label, start=m.start, end=m.end, actor=actor,
                          pronouns=m.pronouns,
                          fixed_label=label if actor is not None and label != m.label else None)
            for m, (actor, label) in zip(mentions, canon)]


def fixed_labels(mentions: list[MentionRecord]) -> dict[str, str]:
    """``{actor: label}`` the alias table imposes ("Al Jazeera" is an ORG even when tagged
    PERSON), from an article's canonicalised mentions."""
    return {m.actor: m.fixed_label for m in mentions
            if m.fixed_label is not None and m.actor is not None}  # a fixed label has an actor
