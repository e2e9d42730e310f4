"""What the speaker stages need to know about the rest of the article: its text, entity
mentions (with canonical actors) in an interval index, actor labels and genders, and where the
quotes are. Built once per article by :mod:`.attribution`."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ... import lexicons
from .spans import Intervals
from .types import QuoteSettings

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass
class ArticleContext:
    """What the speaker typing needs from the rest of the article."""

    text: str
    entities: list  # EntityRecord-like, with .start .end .label .actor .text
    actor_labels: dict[str, str]
    genders: dict[str, str] = field(default_factory=dict)  # actor -> m/f
    quotes: Intervals = field(default_factory=lambda: Intervals([]))
    settings: QuoteSettings = field(default_factory=QuoteSettings)
    # actor -> (gender, position of the pronoun that gave it), from resolved he/she
    learned_genders: dict[str, tuple[str, int]] = field(default_factory=dict)
    pronoun_state: Any = None  # what :mod:`.pronouns` builds once per article
    # actor -> m/f: full names the NER tagged ORG/GPE only that :mod:`.pronouns` takes as
    # he/she candidates (built with ``pronoun_state``, session 22; unlike
    # :func:`.org_people.org_tagged_people`, the mentions keep their label)
    org_tagged_names: dict[str, str] = field(default_factory=dict)
    # actors the alias table labels as no person ("Walmart", "Al Jazeera": ORG): never typed
    # ``person`` as speakers, whatever their phrase looks like
    not_people: frozenset = frozenset()

    def __post_init__(self):
        self.entities = sorted(self.entities, key=lambda e: e.start)
        self.entity_index = Intervals([(e.start, e.end) for e in self.entities])
        self.surnames: dict[str, str] = {}  # last word -> the article's fullest person name
        for e in self.entities:
            if e.label == "PERSON" and e.actor is not None and len(e.actor.split()) > 1:
                last = e.actor.split()[-1]
                if len(e.actor) > len(self.surnames.get(last, "")):
                    self.surnames[last] = e.actor

    def person_named(self, name: str) -> str:
        """The article's person actor a bare name refers to ("Clinton" → "Hillary Clinton" when
        the article names her in full), else the name itself: the NER may miss a name standing
        alone ("- Clinton.")."""
        return self.surnames.get(name, name) if " " not in name else name

    def known_person(self, name: str) -> str | None:
        """The article's person actor ``name`` is (a full name or the surname of one named in
        full, also a surname with its particles: "de Blasio", "De Blasio" of "Bill de
        Blasio"), or None."""
        if name in self.surnames:
            return self.surnames[name]
        if name in self._person_actors():
            return name
        words = name.split()
        if len(words) > 1 and words[-1] in self.surnames:
            full = self.surnames[words[-1]]
            if all(w.lower() in lexicons.words("inner_name_particles") for w in words[:-1]) \
                    and full.lower().endswith(" " + name.lower()):
                return full
        return None

    def _person_actors(self) -> set[str]:
        """The article's PERSON actors, found once per article."""
        if not hasattr(self, "_people"):
            self._people = {e.actor for e in self.entities if e.label == "PERSON" and e.actor}
        return self._people

    def roles(self, doc: Doc) -> dict[str, list[tuple[int, str, frozenset[str]]]]:
        """``{role noun: [(position, person actor, qualifiers), …]}`` in text order: the titles
        of each person mention ("Senator Jane Hollis": senator; "Prime Minister X": minister
        qualified by "prime"; abbreviations through the ``title_nouns`` table), a title or noun
        right before the name ("Alabama Governor Kay Ivey", "coach John Smith"), the nouns of an
        apposition ("Jane Roe, the retired engineer,", "his mother, Ann Lee", "the minister of
        health, Maria Costa") and of a role given with "as" ("appointed Dana Whitfield as head
        coach"). The qualifiers are the lower-case words modifying the noun ("health" in
        "health minister" and "minister of health"). Built once per article."""
        if getattr(self, "_roles", None) is None:
            self._roles = _person_roles(doc, self.entities)
        return self._roles

    def label_speaks(self, label: str, said: str = "") -> bool:
        """Whether a capitalised label before a colon ("PENCE:", "TRADE TALKS:") is a
        speaker: it names a person of the article, or it opens two lines or more (a
        transcript), or the words after it (``said``) speak in the first or second person
        ("PENCE: Well, look, we will see": ``speaking_person_words``). A section label of a
        news brief ("EUROPE'S MARKETS: Stocks fell …") is none of these."""
        from ... import lexicons

        name = label.strip()
        words = name.title().split()
        people = self._person_actors()
        if words and (words[-1] in self.surnames or name.title() in people
                      or any(p.split()[-1] == words[-1] for p in people)):
            return True
        speaking = lexicons.words("speaking_person_words")
        # "US" in capitals is the country, not "us"; "I" is one letter and stays a pronoun
        if any((w if len(w) > 1 and w.isupper() else w.lower()) in speaking
               for w in _WORD.findall(said)):
            return True
        if not hasattr(self, "_labels"):
            self._labels = Counter(m.group(1).strip() for m in _LABEL.finditer(self.text))
        return self._labels[name] >= 2


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# a capitalised label opening a line, before a colon ("PENCE: …")
_LABEL = re.compile(r"(?m)^[\"“'‘]*([A-Z][A-Z.'’\- ]{1,40}[A-Z.]):[ \t]+(?=\S)")


def entities_in(ctx: ArticleContext, start: int, end: int) -> list:
    return [ctx.entities[i] for i in ctx.entity_index.overlapping(start, end)
            if ctx.entities[i].actor is not None]


def _person_roles(doc: Doc, entities) -> dict[str, list[tuple[int, str, frozenset[str]]]]:
    from ... import lexicons
    from ..names import strip_title
    from ..syntax import kids

    abbreviations = lexicons.table("title_nouns")
    titles = lexicons.words("titles")
    roles: dict[str, list[tuple[int, str, frozenset[str]]]] = {}

    def norm(word: str) -> str:
        word = word.lower().rstrip(".")
        return abbreviations.get(word, word)

    def add(word: str, pos: int, actor: str, quals) -> None:
        word = norm(word)
        roles.setdefault(word, []).append((pos, actor, frozenset(quals) - {word}))

    def qualifiers(noun) -> set[str]:
        found = {norm(c.text) for c in kids(noun) if c.i < noun.i
                 and c.dep_ in ("amod", "compound", "nmod")}
        for prep in kids(noun):  # "minister of health", "minister for finance"
            if prep.dep_ == "prep" and prep.i > noun.i and prep.lower_ in ("of", "for"):
                found |= {norm(c.text) for c in kids(prep) if c.dep_ == "pobj"}
        return found

    for ent in entities:
        if ent.label != "PERSON" or ent.actor is None:
            continue
        title = [norm(w) for w in strip_title(ent.text)[0].split()]
        for word in title:
            add(word, ent.start, ent.actor, title)
        span = doc.char_span(ent.start, ent.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        nouns = [c for c in kids(root) if c.dep_ == "appos"]
        if root.dep_ == "appos" and root.head.pos_ in ("NOUN", "PROPN"):
            nouns.append(root.head)
        # "coach John Smith", "Alabama Governor Kay Ivey" (a capitalised title: PROPN)
        before = [t for t in doc[max(0, span.start - 3):span.start]
                  if t.head.i in range(span.start, span.end) and (
                      t.pos_ == "NOUN" or t.pos_ == "PROPN" and norm(t.text) in titles)]
        for noun in before:
            add(noun.lemma_ if noun.pos_ == "NOUN" else noun.text, ent.start, ent.actor,
                {norm(t.text) for t in before} | qualifiers(noun))
        # "appointed Dana Whitfield as head coach", "Whitfield, as coach, …"
        holders = [root] + ([root.head] if root.dep_ in ("dobj", "nsubj", "nsubjpass")
                            else [])
        for holder in holders:
            for prep in kids(holder):
                if prep.dep_ == "prep" and prep.lower_ == "as" and prep.i > root.i:
                    nouns += [c for c in kids(prep) if c.dep_ == "pobj"]
        for noun in nouns:
            if noun.pos_ == "NOUN" and noun.tag_ not in ("NNS", "NNPS"):
                add(noun.lemma_, ent.start, ent.actor, qualifiers(noun))
    return roles
