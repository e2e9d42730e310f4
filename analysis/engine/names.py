"""A mention's matching form: what "President Joe Biden", "Biden's" and "the Pentagon" are
once titles, possessives and determiners are set aside (titles from ``data/titles.txt``,
occupations in front of a name such as "Broadcaster Piers Morgan" from ``name_occupations``), and
a name's clean form (:func:`clean`: NFC, no invisible format characters or overlay marks) and its
folded form for comparing spellings (:func:`fold`: no case, no diacritics). The matching form
(:func:`normalise`) and the royal form (:func:`royal_form`) of a text are remembered per set of
lexicons (:func:`_memo`): the entity and quote stages ask for the same names many times."""

from __future__ import annotations

import re
import unicodedata

from .. import lexicons

PERSON_LIKE = frozenset({"PERSON"})

_DETERMINERS = re.compile(r"^(the|a|an)\s+", re.I)
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_SUFFIX = re.compile(r",?\s+(jr|sr|ii|iii|iv)\.?$", re.I)  # "Joseph R. Biden Jr."
# Words that may sit between two title words ("Trade and Industry Secretary", "Secretary of State").
_TITLE_GLUE = {"and", "of", "for", "the", "&"}
_OVERLAY = 1  # canonical combining class of overlay marks (strike-through U+0334–U+0338…)


def strip_title(name: str) -> tuple[str, str]:
    """Split leading titles from a person name: ``"President Joe Biden"`` →
    ``("President", "Joe Biden")``.

    At least one word is always kept as the name ("Mr Major" → "Major"). Words joining two titles
    ("Trade and Industry Secretary") go with the title. An occupation in front of a name
    (``name_occupations`` in ``data/entity_words.toml``: "Broadcaster Piers Morgan", "Veteran
    actress Judi Dench") goes with the title too, but only when two words or more stay as the
    name and the word is not a known first name (``first_names``): "Baker Mayfield" and
    "Hunter Biden" keep their first names — or when one capitalised word stays and few people
    bear the occupation word as a first name (:func:`_mononym_after`, session 18: "Singer
    Adele" → ``("Singer", "Adele")``, "Model Caprice"; not "Star Jones").
    """
    words = name.split()
    titles = lexicons.words("titles")
    occupations = lexicons.words("name_occupations")
    first_names = lexicons.table("first_names")
    cut = 0
    i = 0
    while i < len(words) - 1:
        word = words[i].lower().rstrip(".")
        if word in titles or (word in occupations and word not in first_names and (
                len(words) - i > 2 or _mononym_after(word, words[i + 1]))):
            cut = i + 1
            i += 1
        elif word in _TITLE_GLUE and cut == i and i + 1 < len(words) - 1 \
                and words[i + 1].lower().rstrip(".") in titles:
            i += 1
        elif word in _TITLE_GLUE and cut == i and i > 0 and i + 2 < len(words):
            # "Secretary of State Mike Pompeo": "of" + one capitalised word after a title.
            cut = i + 2
            i += 2
        else:
            break
    return " ".join(words[:cut]), " ".join(words[cut:])


#: an occupation word that at least this many people of the name statistics bear as a first
#: name ("Star", "Legend", "Author") may be a two-word name's first word, not a role before a
#: mononym (:func:`_mononym_after`)
OCCUPATION_AS_NAME = 1000


def _mononym_after(word: str, name: str) -> bool:
    """Whether an occupation word before ONE capitalised word is a role before a one-word name
    ("Singer Adele", "Model Caprice", "Rapper Stormzy": the NER took the sentence's capitalised
    first word into the name) rather than a two-word name's first name: the name is one
    capitalised word, not in capitals only, the word is no gendered role noun (not "Mother
    Teresa") and few people bear it as a first name (fewer than :data:`OCCUPATION_AS_NAME` in
    the name statistics: not "Star Jones").
    Session 18."""
    from .first_names import name_statistics

    if not _GIVEN.match(name) or name.isupper() or word in lexicons.words("female_role_nouns") \
            or word in lexicons.words("male_role_nouns"):
        return False  # (a gendered role noun is a form of address too: "Mother Teresa")
    hit = name_statistics().get(fold(word))
    return hit is None or hit[0] < OCCUPATION_AS_NAME


_GIVEN = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’]*(?:-[A-Za-zÀ-ÖØ-öø-ÿ][\w'’]*)*\Z")


#: most results a memo of :func:`_memo` keeps (then it starts again)
MEMO_SIZE = 50_000
_MISSING = object()


def _memo(kind: str) -> dict:
    """The memo of the results of ``kind`` (a function of this module whose result depends only
    on its arguments and the active lexicons) for the active lexicons: the rules ask for the
    same names many times per article (mentions, speakers, royal forms). Emptied when it holds
    more than :data:`MEMO_SIZE` results."""
    memo = lexicons.derived(f"names.{kind}", lambda _: {})
    if len(memo) > MEMO_SIZE:
        memo.clear()
    return memo


def royal_form(text: str) -> tuple[str, str] | None:
    """``(title, given name)`` when ``text`` is titles of royalty or nobility and one name
    (``royal_titles`` of ``data/entity_words.toml``, an entry may be several words): "Princess
    Ubolratana" → ``("Princess", "Ubolratana")``, "Crown Prince Frederik" → ``("Crown Prince",
    "Frederik")``, "Sheikh Mohammed's" → ``("Sheikh", "Mohammed")``; else None ("Prince
    William Windsor", "King Street" is ``("King", "Street")``: the caller decides whether the
    word is a given name). The name is one capitalised word, hyphens allowed
    ("Willem-Alexander")."""
    memo = _memo("royal_form")
    found = memo.get(text, _MISSING)
    if found is _MISSING:
        found = memo[text] = _royal_form(text)
    return found


def _royal_form(text: str) -> tuple[str, str] | None:
    words = _POSSESSIVE.sub("", _DETERMINERS.sub("", clean(text))).split()
    titles = lexicons.words("royal_titles")
    i = 0
    while i < len(words) - 1:
        for n in (3, 2, 1):
            if " ".join(w.lower().rstrip(".") for w in words[i:i + n]) in titles \
                    and i + n < len(words) and all(w[:1].isupper() for w in words[i:i + n]):
                i += n
                break
        else:
            break
    if i == 0 or len(words) - i != 1 or not _GIVEN.match(words[-1]):
        return None
    return " ".join(words[:i]), words[-1]


def without_post_nominals(name: str) -> str:
    """``name`` without the post-nominal letters that end it ("Andrew Tyrie MP" → "Andrew
    Tyrie", "Philippe Sands, QC" → "Philippe Sands"): trailing words of ``post_nominals``
    (``data/entity_words.toml``) written in capitals, two or more letters; at least two words
    stay, so a one-word name is never emptied ("Tyrie MP" stays). Session 23: the actor of
    "Tory frontbencher Andrew Tyrie MP" and of his "He said" was "Andrew Tyrie MP", a person
    apart from the "Andrew Tyrie" of every other article (also read by
    :func:`.quotes.headnames.name_actor` for a name whose letters the NER tagged apart: "Morag
    Reid MSP")."""
    words = name.split()
    letters = lexicons.words("post_nominals")
    end = len(words)
    while end > 2 and words[end - 1].isupper() and words[end - 1].rstrip(".").lower() in letters:
        end -= 1
    if end == len(words):
        return name
    return " ".join(words[:end]).rstrip(",")


def is_name_suffix(name: str) -> bool:
    """Whether ``name`` is only a generational suffix ("Jr.", "Sr", "III"): the NER sometimes
    tags the "Jr" of "Robert F. Kennedy, Jr." as a person of its own."""
    return _SUFFIX.fullmatch(" " + name.strip()) is not None


def _after_inner_honorific(name: str) -> str:
    """The words after an honorific inside a person name: a word the NER took in before it
    ("Describing Mr Jackson", "Thanking Dr Ruth Li") is never part of the name. The honorifics
    are ``honorifics`` of ``data/entity_words.toml`` without "lord" and "lady", which are also
    surnames; the last word is never cut."""
    words = name.split()
    inner = lexicons.words("honorifics") - {"lord", "lady"}
    for i in range(len(words) - 2, 0, -1):
        if words[i].lower().rstrip(".") in inner:
            return " ".join(words[i + 1:])
    return name


def clean(text: str) -> str:
    r"""``text`` as a name is shown: NFC (composed diacritics: "Sebastia\u0301n" →
    "Sebastián"), without format characters (Unicode category Cf: soft hyphen U+00AD,
    zero-width space/joiners U+200B–U+200D, word joiner U+2060, U+FEFF…) or overlay marks
    (combining class 1: the strike-through of "J̶o̶e̶" U+0334–U+0338…), spaces collapsed.

    Scraped pages put these invisibly inside words; they are never part of a name. Other
    combining marks (accents, a dot below) are kept.
    """
    if text.isascii():
        return " ".join(text.split())
    kept = "".join(c for c in unicodedata.normalize("NFD", text) if not hidden(c))
    return " ".join(unicodedata.normalize("NFC", kept).split())


def hidden(char: str) -> bool:
    """Whether ``char`` is never part of a name: a format character (category Cf) or an overlay
    mark (combining class 1). See :func:`clean`."""
    return unicodedata.category(char) == "Cf" or unicodedata.combining(char) == _OVERLAY


def normalise(text: str, label: str) -> str:
    """The matching form of a mention: its :func:`clean` form without determiner, possessive or
    (for people) titles (remembered per set of lexicons: :func:`_memo`)."""
    memo = _memo("normalise")
    found = memo.get((text, label))
    if found is None:
        found = memo[(text, label)] = _normalise(text, label)
    return found


def _normalise(text: str, label: str) -> str:
    name = clean(text)
    name = _POSSESSIVE.sub("", name).strip()
    if label in PERSON_LIKE:
        name = without_post_nominals(_SUFFIX.sub("", name).strip())
    if label not in PERSON_LIKE:
        name = _DETERMINERS.sub("", name)
    if label in PERSON_LIKE or re.match(r"^(mr|mrs|ms|dr|sir)\.?\s", name, re.I):
        name = strip_title(name)[1]
    if label in PERSON_LIKE:
        name = _after_inner_honorific(name)
    return name.strip(" ,.;:-–—\"'“”‘’") or clean(text)


def fold(text: str) -> str:
    r"""``text`` without diacritics, lower-cased: the matching form of names ("Erdoğan" →
    "erdogan", "Rosselló" → "rossello"). Every combining mark of a nonzero class (overlays
    too: "J̶o̶e̶" → "joe") and every format character ("Bi\u00adden" → "biden") is dropped,
    compatibility forms are unified (NFKD) and spaces collapsed."""
    if text.isascii():
        return " ".join(text.split()).casefold()
    # casefold may itself produce combining marks ("İ" → "i̇"): decompose after it
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)
                            and unicodedata.category(c) != "Cf").split())


#: particles that are also the word "and" in Spanish or Portuguese: never a name's glue
PARTICLE_CONJUNCTIONS = ("y", "e")


def name_particle(tok) -> bool:
    """Whether ``tok`` is a lower-case name particle (``inner_name_particles``: "de" of "de
    Blasio", "van", "der" of "van der Berg", "bin" of "Khalid bin Faisal"), not one of the
    :data:`PARTICLE_CONJUNCTIONS`."""
    return tok.text.islower() and tok.text in lexicons.words("inner_name_particles") \
        and tok.text not in PARTICLE_CONJUNCTIONS
