"""Per-article canonical names: which entity mentions of one article refer to the same actor.

Rules, applied in this order (see ``README.md`` for examples; the cross-article merges come
later, in the corpus step: :mod:`analysis.assembly.merges`):

1. **Normalise** the mention: take its clean form (NFC, no invisible format characters such as
   a soft hyphen, no strike-through or other overlay marks: :func:`analysis.engine.names.clean`),
   drop a leading determiner ("the Pentagon"), a trailing possessive ("Biden's"), and, for
   people, leading titles and honorifics listed in ``data/titles.txt`` ("President Joe Biden",
   "Mr Trump", "Gen. Qassem Soleimani"). The mention's text itself is never changed.
2. **Alias table** (``data/aliases.csv``, extendable with your own:
   :mod:`analysis.engine.aliases`): "US", "U.S.", "USA", "America", "United States" → "United
   States"; "ISIS", "Islamic State group" → "Islamic State"…
3. **Within an article**, a bare surname links to the fullest name seen in the same article with
   that surname ("Biden" → "Joe Biden"), also when the NER labelled the surname ORG ("McCaul").

Numeric and temporal entities (DATE, CARDINAL, MONEY…) are not actors.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable

from .aliases import AliasTable
from .names import PERSON_LIKE, normalise

NON_ACTOR_LABELS = frozenset(
    {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})


@dataclass
class MentionKey:
    """One mention as seen by the canonicaliser."""

    index: int
    text: str
    label: str
    name: str  # normalised
    start: int


def canonicalise_article(mentions: Iterable[tuple[str, str, int]],
                         aliases: AliasTable) -> list[tuple[str | None, str]]:
    """Canonical actor names for the mentions of one article.

    Args:
        mentions: ``(text, label, start)`` per mention, in text order.
        aliases: the lookup from :func:`read_aliases`.

    Returns:
        One ``(actor or None, label)`` per mention, in the same order. ``actor`` is None for
        numeric/temporal labels; ``label`` is the alias table's label when an alias matched,
        else the mention's own label.
    """
    keys = [MentionKey(i, text, label, normalise(text, label), start)
            for i, (text, label, start) in enumerate(mentions)]
    result: list[tuple[str | None, str]] = [(None, k.label) for k in keys]
    # Full person names in this article, by surname, in text order; one pass, so an article
    # naming one person hundreds of times stays linear.
    full = [k for k in keys if k.label in PERSON_LIKE and len(k.name.split()) >= 2]
    names_by_surname: dict[str, dict[str, None]] = defaultdict(dict)  # distinct, first seen first
    first_best: dict[str, tuple[int, int, str]] = {}  # most words, then earliest
    for k in full:
        surname, words = k.name.split()[-1], len(k.name.split())
        names_by_surname[surname][k.name] = None
        if surname not in first_best or (words, -k.start) > first_best[surname][:2]:
            first_best[surname] = (words, -k.start, k.name)
    best_before: dict[str, tuple[int, int, str]] = {}  # most words, then nearest before
    for k in sorted(keys, key=lambda k: k.start):
        if k.label in PERSON_LIKE and len(k.name.split()) >= 2:
            surname, words = k.name.split()[-1], len(k.name.split())
            if surname not in best_before or (words, k.start) > best_before[surname][:2]:
                best_before[surname] = (words, k.start, k.name)
        if k.label in NON_ACTOR_LABELS:
            continue
        hit = aliases.lookup(k.name)
        if hit is not None:
            result[k.index] = (hit[0], hit[1] or k.label)
            continue
        name = k.name
        if len(name.split()) == 1 and k.label in {"PERSON", "ORG", "NORP"} \
                and name in first_best:
            # The fullest name: most words; ties go to the nearest one before the mention
            # (or, with none before, the first after it).
            name = (best_before.get(name) or first_best[name])[2]
        elif len(name.split()) >= 2 and k.label in PERSON_LIKE:
            # "Joe Biden" when a longer form exists ("Joseph R. Biden" is not merged; a middle
            # name is: "John F Kennedy" absorbs "John Kennedy").
            parts = name.split()
            longer = [n for n in names_by_surname.get(parts[-1], ())
                      if len(n.split()) > len(parts) and n.split()[0] == parts[0]]
            if longer:
                name = max(longer, key=lambda n: len(n.split()))
        result[k.index] = (name, k.label)
    return result
