"""Per-article canonical names: which entity mentions of one article refer to the same actor.

Rules, applied in this order (see ``README.md`` for examples; the cross-article merges come
later, in the corpus step: :mod:`analysis.assembly.merges`):

1. **Normalise** the mention: take its clean form (NFC, no invisible format characters such as
   a soft hyphen, no strike-through or other overlay marks: :func:`analysis.engine.names.clean`),
   drop a leading determiner ("the Pentagon"), a trailing possessive ("Biden's"), and, for
   people, leading titles and honorifics listed in ``data/titles.txt`` ("President Joe Biden",
   "Mr Trump", "Gen. Qassem Soleimani"), occupations in front of a name ("Broadcaster Piers
   Morgan") and words before an inner honorific ("Describing Mr Jackson"): see
   :func:`analysis.engine.names.normalise`. The mention's text itself is never changed.
2. **Alias table** (``data/aliases.csv``, extendable with your own:
   :mod:`analysis.engine.aliases`): "US", "U.S.", "USA", "America", "United States" → "United
   States"; "ISIS", "Islamic State group" → "Islamic State"…
3. **Within an article**, a bare surname links to the person of the article with that surname
   ("Biden" → "Joe Biden"; the fullest form of that person's name: "John F Kennedy" absorbs
   "John Kennedy"), also when the NER labelled the surname ORG ("McCaul"). Full names with
   different first names are different people and are never merged ("Sadiq Khan", "Usman
   Khan"): a bare surname then goes to the one of them named most recently before it, among
   those whose first name fits its honorific ("Mr Howard" is not "Sandra Howard"), and stays
   unlinked when none of them was named before it. A full name introduced as a relative (a
   possessive and a kinship noun of ``kinship_nouns`` right before it: "her husband, Frank
   Fiorina", "Clinton's husband Bill Clinton") gives way to the others named before the bare
   surname unless an honorific says otherwise ("Fiorina said" is Carly, "Mr Fiorina said" is
   Frank) or the relative was named again in full on his own since ("Bill Clinton spoke with
   voters. … Clinton said" is Bill; session 25). Whatever the NER's label, titles and one
   surname are that surname ("Det Supt Hartley" tagged WORK_OF_ART after "Detective Chief
   Superintendent Alan Hartley"). A full name the NER tagged ORG counts as a person's when it
   reads as one (two or three capitalised words, the first a first name of the first-name
   statistics, no ``org_words`` word) and the article gives its surname alone as a PERSON or
   after a title: "Ms Sturgeon" links to "the SNP's Nicola Sturgeon" tagged ORG.
4. **A first name alone** ("Sandra said" after "Sandra Howard") links to the full person name of
   the article that starts with it, when exactly one does and the word is not the surname of a
   full name there (then rule 3 applies). With none starting with it, a nickname links the
   same way to the one full name whose first name it stands for (``nicknames.csv``: "Bob said"
   after "Robert Menendez"; "Bob" and "Bobby" after "Robert", "Rob" and "Robert" meet too). Tagged PERSON or ORG. A royal title and one name
   ("Princess Ubolratana", ``royal_titles``) is such a first name, never a surname, whatever
   its label (:func:`royal_links`); with no full name to link to, its actor keeps the title
   ("Prince Charles").
5. **The tail or head of a longer name** ("Yulín Cruz" after "Carmen Yulín Cruz", "Rhys James"
   after "Shani Rhys James", "Wanda Vázquez" after "Wanda Vázquez Garced") links to the longer
   person name of the article it ends or starts, when exactly one does; a particle opening a
   tail may be capitalised ("De Blasio", a sentence's first words, is the tail of "Bill de
   Blasio"). A tail the NER tagged otherwise (ORG, FAC…) links the same way ("Le Bon said"
   after "Simon Le Bon", as rule 3 links a one-word surname tagged ORG); a head so tagged does
   not (a firm named after its founder, "Tom Ford", is no tail).
6. **Not part of a name**: occupations in front of it ("Broadcaster Piers Morgan" → "Piers
   Morgan", rule 1), words before an honorific inside it ("Describing Mr Jackson" → "Jackson"),
   and a "Jr." the NER tagged as a person of its own, which takes the full person name before it.

7. **A birth name** ("Baker was born Peter Edward Baker", "Freddie Mercury, born Farrokh
   Bulsara,"): a full person name right after "born" or "née" takes the actor of the person
   mention before it in the same sentence; it is no person of its own.

Rules 4 and 5 never guess: two candidates (two Sandras) leave the mention as it is.

Numeric and temporal entities (DATE, CARDINAL, MONEY…) are not actors.

Session 25 (s30-sources): the party labels "Lib" and "Dem" are titles (``titles.txt``: "Lib Dem
Norman Baker" is Norman Baker), so a PERSON mention whose whole text is a non-person alias is
that alias before its titles are stripped ("Lib Dems": :func:`_titled_alias`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable, Mapping

from .. import lexicons
from .aliases import AliasTable
from .first_names import first_name_gender, is_first_name
from .names import PERSON_LIKE, fold, is_name_suffix, normalise, royal_form, strip_title

NON_ACTOR_LABELS = frozenset(
    {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})
# Labels a first name alone may carry and still be the person's ("Sandra said" tagged ORG).
FIRST_NAME_LABELS = frozenset({"PERSON", "ORG"})


@dataclass
class MentionKey:
    """One mention as seen by the canonicaliser."""

    index: int
    text: str
    label: str
    name: str  # normalised
    start: int


def canonicalise_article(mentions: Iterable[tuple[str, str, int]],
                         aliases: AliasTable, *, text: str | None = None
                         ) -> list[tuple[str | None, str]]:
    """Canonical actors for the mentions of one article.

    Args:
        mentions: ``(text, label, start)`` per mention, in text order.
        aliases: the lookup from :func:`read_aliases`.
        text: the article's text (offsets as ``start``), when known: it finds birth names
            ("Baker was born Peter Edward Baker", "Ginger Baker, born Peter Baker"), which take
            the person's actor (rule 7). Without it no birth name is recognised.

    Returns:
        One ``(actor or None, label)`` per mention, in the same order. ``actor`` is None for
        numeric/temporal labels; ``label`` is the alias table's label when an alias matched,
        else the mention's own label.
    """
    keys = [MentionKey(i, text_, label, normalise(text_, label), start)
            for i, (text_, label, start) in enumerate(mentions)]
    # "Princess Ubolratana": a royal title and a given name, never a surname (rule 4)
    royal: dict[int, str] = {}
    for k in keys:
        form = royal_form(k.text) if k.label in PERSON_LIKE else None
        if form is not None:
            royal[k.index] = f"{form[0]} {form[1]}"
            k.name = form[1]
    result: list[tuple[str | None, str]] = [(None, k.label) for k in keys]
    order = sorted(keys, key=lambda k: k.start)
    births = _birth_names(order, text) if text is not None else {}
    # Full person names in this article, by surname, in text order; one pass, so an article
    # naming one person hundreds of times stays linear. Birth names are not people of their own.
    full = [k for k in keys if k.label in PERSON_LIKE and len(k.name.split()) >= 2]
    named_orgs = _person_named_orgs(keys)  # "the SNP's Nicola Sturgeon" tagged ORG (rule 3)
    full += [k for k in keys if k.index in named_orgs]
    names_by_surname: dict[str, dict[str, None]] = defaultdict(dict)  # distinct, first seen first
    for k in full:
        if k.index not in births:
            names_by_surname[k.name.split()[-1]][k.name] = None
    # full names introduced as a relative ("her husband, Frank Fiorina"), by offset: rule 3's
    # bare surname prefers the other person of that surname (session 25)
    relatives = _relatives(full, names_by_surname, text) if text is not None else frozenset()
    renamed: dict[str, str] = {}  # a birth name -> the actor of the person born so
    latest: dict[str, dict[str, int]] = defaultdict(dict)  # surname -> {actor: last position}
    last_person: str | None = None  # the actor of the last full person name
    for k in order:
        if k.label in NON_ACTOR_LABELS:
            continue
        hit = aliases.lookup(k.name)
        if hit is None and k.label in PERSON_LIKE:
            hit = _determined_organisation(k.name, aliases) or (
                _titled_alias(k.text, aliases) if k.text != k.name else None)
        if hit is not None:
            result[k.index] = (hit[0], hit[1] or k.label)
            continue
        name = k.name
        words = name.split()
        if k.label in PERSON_LIKE and is_name_suffix(name) and last_person is not None:
            result[k.index] = (last_person, k.label)  # "Jr." tagged apart: the name before it
            continue
        if k.index in births and result[births[k.index]][0] is not None:
            name = renamed[k.name] = str(result[births[k.index]][0])
        elif len(words) == 1 and k.label in {"PERSON", "ORG", "NORP"} \
                and name in names_by_surname and k.index not in royal:
            name = _surname_actor(k, names_by_surname[name], latest[name], relatives) or name
        elif k.label not in PERSON_LIKE and _titled_surname(k.text) in names_by_surname \
                and k.index not in royal:
            # "Det Supt Hartley" tagged WORK_OF_ART or ORG after "… Alan Hartley"
            surname = _titled_surname(k.text)
            name = _surname_actor(k, names_by_surname[surname], latest[surname],
                                  relatives) or name
        elif len(words) >= 2 and k.label in PERSON_LIKE:
            # "Joe Biden" when a longer form exists ("Joseph R. Biden" is not merged; a middle
            # name is: "John F Kennedy" absorbs "John Kennedy").
            longer = [n for n in names_by_surname.get(words[-1], ())
                      if len(n.split()) > len(words) and n.split()[0] == words[0]]
            if longer:
                name = max(longer, key=lambda n: len(n.split()))
            name = renamed.get(name, name)
        result[k.index] = (name, k.label)
        if (k.label in PERSON_LIKE or k.index in named_orgs) and len(name.split()) >= 2:
            last_person = name
            for surname in {words[-1], name.split()[-1]}:
                latest[surname][name] = k.start
    _link_partial_names(keys, result, names_by_surname, royal,
                        royal_links([(k.text, k.label, k.start) for k in keys]))
    return result


def royal_links(mentions: list[tuple[str, str, int]]) -> dict[int, int]:
    """Rule 4 for a royal title and a given name (:func:`.names.royal_form`: "Princess
    Ubolratana", "Sheikh Mohammed"), whatever the mention's label (not a numeric one):
    ``{index of that mention: index of the first mention of the full person name it is}``.

    The given name must start exactly one full PERSON name of the article and end none. When
    several full names start with it, the one written with a royal title somewhere
    ("Princess Ubolratana Mahidol") is taken, if only one is. A full name never written with a
    royal title is taken only when it was named before the article first writes the royal form:
    "Mohammed bin Salman, the crown prince, … Prince Mohammed said", but not "Prince Harry and
    Meghan Markle … Harry Kane, the England captain, … Prince Harry said".

    Args:
        mentions: ``(text, label, start)`` per mention.
    """
    titles = lexicons.words("royal_titles")
    forms = {i: f[1] for i, (text, label, _) in enumerate(mentions)
             if label not in NON_ACTOR_LABELS and (f := royal_form(text)) is not None}
    if not forms:
        return {}
    first_form: dict[str, int] = {}  # given name -> where a royal form of it is first written
    for i, given in forms.items():
        first_form[given] = min(first_form.get(given, mentions[i][2]), mentions[i][2])
    people: dict[str, dict[str, list]] = defaultdict(dict)  # first word -> name -> [i, at, titled]
    lasts: set[str] = set()
    for i, (text, label, start) in enumerate(mentions):
        if label not in PERSON_LIKE or i in forms:
            continue
        words = normalise(text, label).split()
        if len(words) < 2:
            continue
        lasts.add(words[-1])
        seen = people[words[0]].setdefault(" ".join(words), [i, start, False])
        if start < seen[1]:
            seen[:2] = [i, start]
        head = [w.lower().rstrip(".") for w in text.split()[:2]]
        seen[2] = seen[2] or head[0] in titles or " ".join(head) in titles
    found: dict[int, int] = {}
    for i, given in forms.items():
        names = people.get(given, {})
        if given in lasts or not names:
            continue
        titled = [v for v in names.values() if v[2]]
        if len(titled) == 1:
            found[i] = titled[0][0]
        elif not titled and len(names) == 1:
            only = next(iter(names.values()))
            if only[1] < first_form[given]:
                found[i] = only[0]
    return found


_BORN = re.compile(r"\b(?:born|née|nee)(?:\s+as)?\s*$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"”’')]*\s")


def _birth_names(order: list[MentionKey], text: str) -> dict[int, int]:
    """Rule 7: ``{mention index: index of the mention it is the birth name of}``. A full person
    name right after "born" (or "née") is the birth name of the person mention before it in
    the same sentence ("Baker was born Peter Edward Baker", "Ginger Baker, born Peter Baker,
    …") when that person is named in full or by a surname that a full name of the article
    (not itself a birth name) ends with."""
    found: dict[int, int] = {}
    person: MentionKey | None = None
    for k in order:
        if k.label not in PERSON_LIKE:
            continue
        if person is not None and len(k.name.split()) >= 2 \
                and _BORN.search(text[max(0, k.start - 20):k.start]) \
                and not _SENTENCE_END.search(text[person.start + len(person.text):k.start]):
            found[k.index] = person.index
        else:
            person = k
    surnames = {k.name.split()[-1] for k in order if k.label in PERSON_LIKE
                and len(k.name.split()) >= 2 and k.index not in found}
    by_index = {k.index: k for k in order}
    return {i: a for i, a in found.items()
            if len(by_index[a].name.split()) >= 2 or by_index[a].name in surnames}


def _person_named_orgs(keys: list[MentionKey]) -> set[int]:
    """Rule 3's full names the NER tagged ORG: the indexes of the ORG mentions that read as a
    person's full name — two or three capitalised words, the first a first name of the
    first-name statistics, none an ``org_words`` word, the last no ``named_thing_nouns`` word
    ("Grace Hospital") — whose last word the article also gives
    alone as a PERSON, or after a title whatever its label ("The SNP's Nicola Sturgeon" tagged
    ORG, then "Ms Sturgeon"; "the Observer's Philip French", then "Mr French"). The surname
    then links to that name as to a PERSON one. Cost: one pass over the mentions."""
    surnames = {k.name for k in keys if k.label in PERSON_LIKE and len(k.name.split()) == 1}
    surnames |= {_titled_surname(k.text) for k in keys if k.label not in PERSON_LIKE} - {""}
    if not surnames:
        return set()
    org_words = lexicons.words("org_words")
    things = lexicons.table("named_thing_nouns")
    found = set()
    for k in keys:
        words = k.name.split()
        if k.label == "ORG" and 2 <= len(words) <= 3 and words[-1] in surnames \
                and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words) \
                and not any(w.lower() in org_words for w in words) \
                and words[-1].lower() not in things \
                and is_first_name(words[0]):
            found.add(k.index)
    return found


_POSSESSIVE_END = re.compile(r"['’]s?$")


def _titled_surname(text: str) -> str:
    """The one capitalised word after the leading titles of a mention's ``text`` ("Det Supt
    Hartley's" → "Hartley"), else "" (no title, or more than one word after it). Remembered
    per set of lexicons (asked for each mention that is not a person's, twice)."""
    memo = lexicons.derived("canonical.titled_surname", lambda _: {})
    found = memo.get(text)
    if found is None:
        if len(memo) > 50_000:
            memo.clear()
        title, rest = strip_title(_POSSESSIVE_END.sub("", text.strip()))
        found = memo[text] = rest if title and len(rest.split()) == 1 and rest[:1].isupper() \
            else ""
    return found


def _kinship_before() -> re.Pattern[str]:
    """A possessive and a kinship noun (``kinship_nouns``) ending right before a name: "her
    husband, ", "Clinton's late father ", "their son "; at most one word between them."""
    def build(lex: lexicons.Lexicons) -> re.Pattern[str]:
        nouns = sorted(lex.lists["kinship_nouns"], key=len, reverse=True)
        return re.compile(r"(?:\b(?:her|his|their)|\w['’]s?)\s+(?:[a-z][a-z-]*\s+)?(?:"
                          + "|".join(re.escape(n) for n in nouns) + r")\s*,?\s*$", re.I)
    return lexicons.derived("canonical.kinship_before", build)


def _relatives(full: list[MentionKey], names_by_surname: Mapping[str, Mapping[str, None]],
               text: str) -> frozenset[int]:
    """Rule 3's relatives named in passing: the start offsets of the full person name mentions
    of a surname two full names of the article share that follow a possessive and a kinship
    noun ("her husband, Frank Fiorina", "Clinton's husband Bill Clinton"). Only such shared
    surnames are looked at (rare), each mention's 60 characters before it."""
    found: set[int] = set()
    pattern = None
    for k in full:
        if len(names_by_surname.get(k.name.split()[-1], ())) < 2:
            continue
        pattern = pattern or _kinship_before()
        if pattern.search(text, max(0, k.start - 60), k.start):
            found.add(k.start)
    return frozenset(found)


def _surname_actor(k: MentionKey, names: Mapping[str, None],
                   latest: Mapping[str, int],
                   relatives: frozenset[int] = frozenset()) -> str | None:
    """Rule 3: the actor a bare surname refers to, or None (ambiguous). ``names`` are the full
    person names of the article with that surname; ``latest`` the position each actor with that
    surname was last named at before ``k``. Names that one extends ("John F Kennedy" of "John
    Kennedy") are one person; names with different first names are different people. An
    honorific keeps only the people whose first name fits its gender (or is of unknown
    gender); when none fits, a married woman's title (``married_titles``: "Mrs Howard" in an
    article naming only "Michael Howard") makes the surname someone else, left unlinked, while
    another title keeps them all ("Ms Reyes" beside only "Michael Reyes": a woman named
    Michael). Without an honorific, a person last named as a relative (``relatives``, the
    offsets of such mentions: "her husband, Frank Fiorina") gives way to the others named
    before ``k`` (session 25): "Fiorina said" after "Carly Fiorina … Her husband, Frank
    Fiorina, …" is Carly; named again in full on his own ("Bill Clinton spoke with voters …
    Clinton said") he is the most recent again."""
    people: dict[str, str] = {}  # first word -> its fullest name
    for n in names:
        first = n.split()[0]
        if first not in people or len(n.split()) > len(people[first].split()):
            people[first] = n
    # an honorific tells the gender ("Mr Howard" is not Sandra Howard)
    title = k.text.split()[0].lower().rstrip(".") if k.text.split() else ""
    wanted = ("female" if title in lexicons.words("female_titles") else
              "male" if title in lexicons.words("male_titles") else None)
    if wanted is not None:
        fits = {f: n for f, n in people.items() if first_name_gender(f) in (wanted, None)}
        if not fits and title in lexicons.words("married_titles"):
            return None  # "Mrs Howard" beside only "Michael Howard": his wife, not him
        people = fits or people  # "Ms Reyes" beside only "Michael Reyes": a woman named Michael
    if len(people) == 1:
        return next(iter(people.values()))
    named = [(at, actor) for actor, at in latest.items()
             if any(actor == n or actor.split()[0] == f for f, n in people.items())]
    if wanted is not None:
        named = [(at, actor) for at, actor in named
                 if first_name_gender(actor.split()[0]) in (wanted, None)]
    elif relatives and len(named) > 1:
        # "Fiorina said" after "Carly Fiorina … her husband, Frank Fiorina": the relative named
        # in passing does not take the surname from the person of the story
        others = [(at, actor) for at, actor in named if at not in relatives]
        named = others or named
    return max(named)[1] if named else None


def _link_partial_names(keys: list[MentionKey], result: list[tuple[str | None, str]],
                        surnames: Mapping[str, object],
                        royal: Mapping[int, str] | None = None,
                        links: Mapping[int, int] | None = None) -> None:
    """Rules 4 and 5 (see the module docstring): a first name alone, or the tail or head of a
    longer name, takes the one full person name of the article it is part of. ``result`` holds
    the actors after rules 1-3 and is updated in place; ``surnames`` are the last words of the
    article's full person names (a word that is one is never read as a first name).

    ``royal`` maps the index of each PERSON mention that is a royal title and a given name to
    that form ("Princess Ubolratana"; its key's ``name`` is the given name): it links like a
    first name, and when it links to no full name its actor is the form itself, title kept
    ("Prince Charles"), which a first name alone then links to ("Charles said" after "Prince
    Charles", when one royal of the article has that name). ``links`` are the full-name
    mentions the royal forms link to (:func:`royal_links`)."""
    royal, links = royal or {}, links or {}
    full = [k for k in keys if k.label in PERSON_LIKE and len(k.name.split()) >= 2
            and result[k.index][0] is not None]
    if not full and not royal:
        return
    by_first: dict[str, set[str]] = defaultdict(set)  # first word -> canonical actors
    nicknames = lexicons.table("nicknames")
    by_given: dict[str, set[str]] = defaultdict(set)  # the given name of the first word -> actors
    parts_of: dict[tuple[str, ...], set[str]] = defaultdict(set)  # head/tail words -> actors
    tails_of: dict[tuple[str, ...], set[str]] = defaultdict(set)  # tail words only -> actors
    for k in full:
        words, actor = tuple(k.name.split()), result[k.index][0]
        assert actor is not None
        by_first[words[0]].add(actor)
        by_given[_given_name(words[0], nicknames)].add(actor)
        for n in range(2, len(words)):
            parts_of[_particles_lowered(words[-n:])].add(actor)  # "Yulín Cruz" in "Carmen …"
            tails_of[_particles_lowered(words[-n:])].add(actor)
            parts_of[words[:n]].add(actor)  # "Wanda Vázquez" in "Wanda Vázquez Garced"
    royals: dict[str, set[str]] = defaultdict(set)  # given name -> royal forms left unlinked
    for i, form in royal.items():
        k = keys[i]
        if result[i][0] != k.name:
            continue  # an alias
        target = result[links[i]][0] if i in links else None
        if target is not None:
            result[i] = (target, result[i][1])
        else:
            result[i] = (form, result[i][1])
            royals[k.name].add(form)
    for k in keys:
        actor, label = result[k.index]
        if actor is None or actor != k.name or not _name_like(k.name) or k.index in royal:
            continue  # an alias, a numeric label or already linked
        words = tuple(k.name.split())
        if len(words) == 1 and k.label in FIRST_NAME_LABELS and k.name not in surnames \
                and k.name not in by_first and len(royals.get(k.name, ())) == 1:
            found = royals[k.name]  # "Charles said" after "Prince Charles"
        elif len(words) == 1 and k.label in FIRST_NAME_LABELS and k.name not in surnames:
            found = by_first.get(k.name, set())
            if not found and nicknames:  # "Bob said" after "Robert Menendez"
                found = by_given.get(_given_name(k.name, nicknames), set())
        elif len(words) >= 2 and k.label in PERSON_LIKE:
            found = (parts_of.get(words, set()) | parts_of.get(_particles_lowered(words), set())
                     ) - {k.name}
        elif len(words) >= 2:
            # a surname of several words the NER tagged otherwise ("Le Bon said", FAC or ORG,
            # after "Simon Le Bon"), as rule 3 takes a one-word surname tagged ORG: tails only,
            # never a head
            found = (tails_of.get(words, set()) | tails_of.get(_particles_lowered(words), set())
                     ) - {k.name}
        else:
            continue
        if len(found) == 1:
            result[k.index] = (next(iter(found)), label)


def _given_name(word: str, nicknames: Mapping[str, str]) -> str:
    """The given name a first name stands for (``nicknames``: "Bob" → "robert"), folded; else
    the folded word itself."""
    folded = fold(word)
    return nicknames.get(folded, folded)


def _particles_lowered(words: tuple[str, ...]) -> tuple[str, ...]:
    """``words`` with a name particle opening them in lower case: "De Blasio" (a sentence's
    first words) is the "de Blasio" of "Bill de Blasio" (``inner_name_particles``)."""
    if words and words[0].lower() in lexicons.words("inner_name_particles"):
        return (words[0].lower(), *words[1:])
    return words


def _name_like(name: str) -> bool:
    """Every word starts with a capital letter or is a lower-case particle ("bin", "de":
    ``inner_name_particles`` of ``data/entity_words.toml``)."""
    particles = lexicons.words("inner_name_particles")
    return all(w[:1].isupper() or w in particles for w in name.split())


def _titled_alias(text: str, aliases: AliasTable) -> tuple[str, str | None] | None:
    """Session 25 (s30-sources): a PERSON mention whose whole text, read as a non-person's
    (:func:`~analysis.engine.names.normalise`: an owner's "'s" and a determiner aside), is an
    organisation, place or group of the alias table is that alias, though its first words read
    as titles: "Lib Dems" (the party labels "Lib" and "Dem" open
    names, "Lib Dem Norman Baker", so the matching form alone would be "Dems")."""
    return _non_person_alias(normalise(text, "ORG"), aliases)


def _determined_organisation(name: str, aliases: AliasTable) -> tuple[str, str | None] | None:
    """Session 21: a PERSON mention that opens with a determiner ("The Lib Dems warned …",
    tagged PERSON with its "The" by the small model) whose rest is an organisation, place or
    group of the alias table (a label other than PERSON) is that alias: a person's name takes
    no article, so the alias table's "Lib Dems" decides. Not a name the table lacks ("the
    Queen" stays as tagged)."""
    first, _, rest = name.partition(" ")
    if first.lower() != "the" or not rest:
        return None
    return _non_person_alias(rest, aliases)


def _non_person_alias(name: str, aliases: AliasTable) -> tuple[str, str | None] | None:
    """The alias table's entry for ``name`` when it is an organisation, place or group (a label
    other than PERSON), else None: what :func:`_determined_organisation` and
    :func:`_titled_alias` accept."""
    hit = aliases.lookup(name)
    return hit if hit is not None and hit[1] not in (None, "PERSON") else None
