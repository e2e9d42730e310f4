"""Actor canonicalisation: which entity mentions refer to the same actor.

Rules, applied in this order (see ``README.md`` for examples):

1. **Normalise** the mention: take its clean form (NFC, no invisible format characters such as
   a soft hyphen, no strike-through or other overlay marks: :func:`analysis.names.clean`), drop
   a leading determiner ("the Pentagon"), a trailing possessive ("Biden's"), and, for people,
   leading titles and honorifics listed in ``data/titles.txt`` ("President Joe Biden",
   "Mr Trump", "Gen. Qassem Soleimani"). The mention's text itself is never changed.
2. **Alias table** (``data/aliases.csv``, extendable with your own): "US", "U.S.", "USA",
   "America", "United States" → "United States"; "ISIS", "Islamic State group" → "Islamic State"…
3. **Within an article**, a bare surname links to the fullest name seen in the same article with
   that surname ("Biden" → "Joe Biden"), also when the NER labelled the surname ORG ("McCaul").
4. **Across articles**, the same canonical name is the same actor; names equal once case,
   diacritics, overlay marks and format characters are folded are one actor, shown in the
   spelling most articles use (:func:`merge_variants`). A surname that is an actor on its own
   in some articles is merged into the one full name that dominates that surname in the corpus
   ("Blair" → "Tony Blair" when ≥ 75% of the full-name mentions ending in "Blair" are his).
5. Each actor's label is the majority label of its mentions (NER mistakes reconciled).

Numeric and temporal entities (DATE, CARDINAL, MONEY…) are not actors.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator, Mapping

import pandas as pd

from . import lexicons
from .names import PERSON_LIKE, clean, fold, normalise, strip_title  # noqa: F401 (API)
from .schema import ACTORS, ENTITY_LABELS

NON_ACTOR_LABELS = frozenset(
    {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})
ACTOR_COLUMNS = ACTORS.names


class AliasTable:
    """Surface form → ``(canonical name, label or None)``; case-insensitive for forms > 3 chars.

    Short forms ("US", "IS", "WHO") match only exactly, so "us" or "Who" never hit them.
    """

    def __init__(self, table: Mapping[str, tuple[str, str | None]]):
        self.exact = dict(table)
        self.folded = {a.lower(): v for a, v in self.exact.items() if len(a) > 3}
        multi = sorted((a for a in self.exact if " " in a), key=len, reverse=True)
        # Multi-word names, to grow a mention the NER cut short ("Islamic" → "Islamic State group").
        self.pattern = (re.compile(r"\b(?:" + "|".join(map(re.escape, multi)) + r")\b")
                        if multi else None)

    def lookup(self, name: str) -> tuple[str, str | None] | None:
        """The ``(canonical, label)`` for ``name``, or None."""
        hit = self.exact.get(name)
        if hit is None and len(name) > 3:
            hit = self.folded.get(name.lower())
        return hit

    def __len__(self) -> int:
        return len(self.exact)

    def canonical_labels(self) -> dict[str, str]:
        """``{canonical name: label}`` for the rows that give a label."""
        return {canon: label for canon, label in self.exact.values() if label}


class AliasError(ValueError):
    """An alias table that cannot be used; the message names the file (or "aliases DataFrame",
    "aliases mapping"), the row and the bad value."""


ALIAS_COLUMNS = ("alias", "canonical")  # required; ``label`` (and any other column) optional


def _blank(value) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and value != value) \
        or (isinstance(value, str) and not value.strip())


def alias_label(value, where: str) -> str | None:
    """An alias row's label: None when blank, else one of spaCy's labels
    (:data:`analysis.schema.ENTITY_LABELS`), any case accepted ("person" → "PERSON").

    Raises:
        AliasError: the label is not text or not a spaCy label (a typo such as "PERSN"),
            naming ``where``, the value and the valid labels.
    """
    if _blank(value):
        return None
    if isinstance(value, str) and value.strip().upper() in ENTITY_LABELS:
        return value.strip().upper()
    raise AliasError(f"{where}: label {value!r} is not a spaCy entity label; expected one of "
                     f"{', '.join(ENTITY_LABELS)} (or blank)")


def _alias_text(value, column: str, where: str) -> str | None:
    if _blank(value):
        return None
    if not isinstance(value, str):
        raise AliasError(f"{where}: {column} {value!r} is {type(value).__name__}, not text")
    return value.strip()


def _check_columns(columns, where: str) -> None:
    missing = [c for c in ALIAS_COLUMNS if c not in set(columns)]
    if missing:
        raise AliasError(f"{where}: alias table lacks column(s) {', '.join(missing)}; expected "
                         f"alias, canonical and optionally label (found: "
                         f"{', '.join(map(str, columns)) or 'no columns'})")


def _csv_rows(text: str, where: str) -> Iterator[tuple[str, object, object, object]]:
    """``(where-and-line, alias, canonical, label)`` per row of an alias CSV; blank lines
    skipped."""
    reader = csv.reader(io.StringIO(text))
    header = next((row for row in reader if any(c.strip() for c in row)), None)
    if header is None:
        raise AliasError(f"{where}: empty alias table; expected a header row alias,canonical"
                         f"[,label] and rows")
    names = [c.strip().lstrip("\ufeff") for c in header]
    _check_columns(names, where)
    at = {name: names.index(name) for name in (*ALIAS_COLUMNS, "label") if name in names}
    for row in reader:
        if not any(cell.strip() for cell in row):
            continue
        cells = [row[i] if i < len(row) else None for i in
                 (at["alias"], at["canonical"], at.get("label", len(row)))]
        yield (f"{where}, line {reader.line_num}", *cells)


def _frame_rows(frame: pd.DataFrame, where: str) -> Iterator[tuple[str, object, object, object]]:
    _check_columns(list(frame.columns), where)
    labels = frame["label"] if "label" in frame.columns else [None] * len(frame)
    for position, (index, alias, canonical, label) in enumerate(
            zip(frame.index, frame["alias"], frame["canonical"], labels), start=1):
        yield f"{where}, row {position} (index {index!r})", alias, canonical, label


def _mapping_rows(source: Mapping, where: str) -> Iterator[tuple[str, object, object, object]]:
    for alias, value in source.items():
        at = f"{where}, alias {alias!r}"
        if isinstance(value, str) or _blank(value):
            yield at, alias, value, None
        elif isinstance(value, (tuple, list)) and 1 <= len(value) <= 2:
            yield at, alias, value[0], value[1] if len(value) > 1 else None
        else:
            raise AliasError(f"{at}: {value!r} is neither a canonical name nor a (canonical, "
                             f"label) pair")


@lru_cache(maxsize=1)
def _packaged_aliases() -> tuple[tuple[str, str, str | None], ...]:
    return tuple(_checked_rows(_csv_rows(lexicons.data_text("aliases.csv"),
                                         "analysis/data/aliases.csv")))


def _checked_rows(rows) -> Iterator[tuple[str, str, str | None]]:
    for where, alias, canonical, label in rows:
        alias = _alias_text(alias, "alias", where)
        canonical = _alias_text(canonical, "canonical", where)
        label = alias_label(label, where)
        if alias is None and canonical is None and label is None:
            continue  # an empty row
        if alias is None or canonical is None:
            raise AliasError(f"{where}: a row needs both an alias and a canonical name "
                             f"(alias {alias!r}, canonical {canonical!r})")
        yield alias, canonical, label


def read_aliases(source: str | Path | pd.DataFrame | Mapping[str, str] | None = None,
                 *, include_default: bool = True) -> AliasTable:
    """Build the alias lookup: surface form → (canonical name, label or None).

    Every row is checked before anything is parsed (``analyze`` builds its table first): a
    row needs an alias and a canonical name (text); a label is blank or one of spaCy's labels
    (:data:`analysis.schema.ENTITY_LABELS`), in any case ("person" is read as "PERSON").
    Blank rows (and blank lines of a file) are skipped.

    Args:
        source: your own table: a CSV path (UTF-8) or DataFrame with columns ``alias,
            canonical`` and optionally ``label`` (other columns, such as ``note``, are
            ignored), or a mapping ``{alias: canonical}`` (or ``{alias: (canonical,
            label)}``). Your rows override the default rows with the same alias.
        include_default: start from the packaged ``data/aliases.csv`` (default) or from nothing.

    Returns:
        A new :class:`AliasTable` (the packaged file is not modified).

    Raises:
        AliasError: (a ValueError) the table lacks the ``alias`` or ``canonical`` column, a
            row lacks one of them or holds a value that is not text, or a label is not a spaCy
            label; the message names the file (or "aliases DataFrame", "aliases mapping"), the
            line or row, the bad value and the valid labels.
        OSError: the file cannot be read.
    """
    rows: list[tuple[str, str, str | None]] = list(_packaged_aliases()) if include_default \
        else []
    if source is not None:
        if isinstance(source, Mapping):
            rows += _checked_rows(_mapping_rows(source, "aliases mapping"))
        elif isinstance(source, pd.DataFrame):
            rows += _checked_rows(_frame_rows(source, "aliases DataFrame"))
        else:
            try:
                text = Path(source).read_text(encoding="utf-8-sig")
            except UnicodeDecodeError as exc:
                raise AliasError(f"{source}: not UTF-8 text ({exc.reason} at byte "
                                 f"{exc.start})") from None
            rows += _checked_rows(_csv_rows(text, str(source)))
    return AliasTable({alias: (canonical, label) for alias, canonical, label in rows})


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
            words = name.split()
            longer = [n for n in names_by_surname.get(words[-1], ())
                      if len(n.split()) > len(words) and n.split()[0] == words[0]]
            if longer:
                name = max(longer, key=lambda n: len(n.split()))
        result[k.index] = (name, k.label)
    return result


def merge_variants(counts: pd.Series | pd.DataFrame) -> dict[str, str]:
    r"""Cross-article merges of spelling variants: actors whose names are equal once folded
    (:func:`~analysis.names.fold`: no case, diacritics, overlay marks or format characters:
    "Recep Tayyip Erdogan", "Recep Tayyip Erdoğan") become one, shown in the spelling most
    articles use.

    Every name is first taken in its :func:`~analysis.names.clean` form (NFC, no format
    characters such as a soft hyphen, no overlay marks such as strike-through), so
    "Joe Bi\u00adden" and "J̶o̶e̶ ̶B̶i̶d̶e̶n̶" vote for "Joe Biden" and are never shown. Among
    the clean spellings of one actor the displayed one is used by the most articles, then has
    the most mentions; a tie goes to the fewest combining marks left uncomposed (a stray
    accent or underline on each letter loses to a composed spelling), then to the most
    non-ASCII letters ("Erdoğan" over "Erdogan" when both are used as much), then to name
    order. One article cannot rename an actor that other articles spell otherwise.

    Args:
        counts: every actor of the corpus once, either as mentions per name (a Series
            ``{actor: n}``: mentions decide) or as a DataFrame with columns ``actor, articles,
            mentions`` (articles decide, then mentions). Articles are counted per name given:
            pass clean names (as :mod:`analysis.assembly` does) for exact article counts.

    Returns:
        ``{name: displayed name}`` for the names that change (also a name alone in its group
        whose clean form differs).
    """
    if isinstance(counts, pd.DataFrame):
        rows = zip(counts["actor"], counts["articles"], counts["mentions"])
    else:
        rows = ((actor, n, n) for actor, n in counts.items())
    groups: dict[str, dict[str, list[int]]] = defaultdict(dict)
    names: dict[str, str] = {}  # name → its clean form
    for actor, articles, mentions in rows:
        actor = str(actor)
        form = names[actor] = clean(actor)
        votes = groups[fold(form)].setdefault(form, [0, 0])
        votes[0] += int(articles)
        votes[1] += int(mentions)
    display = {}
    for spellings in groups.values():
        best = min(spellings, key=lambda f: (-spellings[f][0], -spellings[f][1],
                                             sum(unicodedata.combining(c) > 0 for c in f),
                                             -sum(c.isalpha() and not c.isascii() for c in f),
                                             f))
        display.update(dict.fromkeys(spellings, best))
    return {actor: display[form] for actor, form in names.items() if display[form] != actor}


def merge_surnames(pairs: pd.DataFrame, *, dominance: float = 0.75) -> dict[str, str]:
    """Cross-article merges: one-word person actors → the full name that dominates that surname.

    The surname is compared without case and diacritics ("Erdogan" → "Recep Tayyip Erdoğan"),
    and a name of three words or more also answers to its second-last word, the paternal
    surname of Spanish and Portuguese names ("Rosselló" → "Ricardo Rosselló Nevares").

    Args:
        pairs: mentions per (actor, label): columns ``actor, label, n`` (one row per distinct
            pair of the corpus).
        dominance: share of the full-name mentions with that surname that one name must have.

    Returns:
        ``{surname actor: full-name actor}``.
    """
    from .gender import first_name_gender

    pairs = pairs[pairs["n"] > 0]
    multi = pairs[pairs["actor"].str.contains(" ", regex=False)]
    # full names: tagged PERSON at least once, or an ORG/GPE whose first word is a first name
    # ("Ricardo Rosselló Nevares" tagged ORG)
    person_once = set(multi.loc[multi["label"] == "PERSON", "actor"])
    candidates = {a for a in set(multi["actor"]) - person_once
                  if first_name_gender(a.split()[0]) is not None}
    people = multi[multi["actor"].isin(person_once | candidates)]
    counts = people.groupby("actor", sort=False)["n"].sum()
    by_surname: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for actor, n in counts.items():
        words = str(actor).split()
        if len(words) >= 2:
            keys = {fold(words[-1])} | ({fold(words[-2])} if len(words) >= 3 else set())
            for key in keys:
                if len(key) > 1 and not key.endswith("."):
                    by_surname[key].append((actor, int(n)))
    single = {a for a in pairs["actor"] if " " not in str(a)}
    # a one-word name joins a full name the NER did not call a person only when it was called
    # a person itself ("Rosselló"), never an institution ("Parliament" → "French Parliament")
    single_people = set(pairs.loc[pairs["label"] == "PERSON", "actor"])
    mapping = {}
    for actor in single:
        options = by_surname.get(fold(str(actor)))
        if options and actor not in single_people:
            options = [o for o in options if o[0] in person_once]
        if not options:
            continue
        total = sum(n for _, n in options)
        best, n = max(options, key=lambda o: (o[1], o[0]))
        if n >= dominance * total:
            mapping[actor] = best
    return mapping


def majority_labels(votes: pd.DataFrame, fixed: Mapping[str, str] | None = None) -> dict[str, str]:
    """The most frequent label per actor (ties: the label seen first).

    Args:
        votes: mentions per (actor, label) and the position of the first one: columns
            ``actor, label, n, first``.
        fixed: labels that win over the vote (the alias table's: "Labour Party" is an ORG even
            when the NER mostly calls "Labour" a PERSON).
    """
    fixed = fixed or {}
    if votes.empty:
        return {}
    best = (votes.sort_values(["n", "first"], ascending=[False, True], kind="stable")
            .drop_duplicates("actor"))
    return {actor: fixed.get(actor, label) for actor, label in zip(best["actor"], best["label"])}


def build_actors(stats: pd.DataFrame, labels: Mapping[str, str]) -> pd.DataFrame:
    """The ``actors`` table: one row per actor across the corpus.

    Args:
        stats: one row per actor (its name as ``actor``): ``mentions``, ``articles``,
            ``aliases`` (the sorted surface forms seen, spaces normalised), ``first_seen`` and
            ``last_seen`` (the earliest/latest publication date of its articles, NaT when
            unknown) — counted by :mod:`analysis.assembly`.
        labels: ``{actor: label}`` from :func:`majority_labels`.

    Returns:
        Columns ``actor, label, mentions, articles, aliases, first_seen, last_seen, gender,
        gender_source`` (the last two "unknown"/"none": :mod:`analysis.gender` fills them),
        sorted by mentions (descending) then name.
    """
    if stats.empty:
        frame = pd.DataFrame(columns=ACTOR_COLUMNS)
        frame[["gender", "gender_source"]] = frame[["gender", "gender_source"]].astype(object)
        frame["first_seen"] = pd.Series(dtype="datetime64[ns, UTC]")
        frame["last_seen"] = pd.Series(dtype="datetime64[ns, UTC]")
        return frame.astype({"mentions": "int64", "articles": "int64"})
    out = stats.copy()
    out.insert(1, "label", [labels[a] for a in out["actor"]])
    out["first_seen"] = pd.to_datetime(out["first_seen"], utc=True)
    out["last_seen"] = pd.to_datetime(out["last_seen"], utc=True)
    out["gender"], out["gender_source"] = "unknown", "none"  # analysis.gender fills them in
    out = out.sort_values(["mentions", "actor"], ascending=[False, True], kind="stable")
    return out[ACTOR_COLUMNS].reset_index(drop=True)
