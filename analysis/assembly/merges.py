"""Cross-article merges (the corpus step): which actors of different articles are one.

Rules (see ``README.md`` for examples), after the per-article canonical names of
:mod:`analysis.engine.canonical`:

4. **Across articles**, the same canonical name is the same actor; names equal once case,
   diacritics, overlay marks and format characters are folded are one actor, shown in the
   spelling most articles use (:func:`merge_variants`). A surname that is an actor on its own
   in some articles (no full name in its article) is merged into a full name only when the
   surname is unambiguous in the corpus: exactly one person's full name has it ("Blair" →
   "Tony Blair"; not when the corpus also has "Cherie Blair": :func:`merge_surnames`), and
   never into a full name whose first name is of the gender the surname's titles exclude
   ("Baroness Morgan" is not "Jonathan Morgan": :func:`titled_genders`).
   Before that, person names that differ only by a known nickname of the first name ("Bill
   Barr", "William Barr": ``nicknames.csv``) are one actor (:func:`merge_nicknames`).
5. Each actor's label is the majority label of its mentions (NER mistakes reconciled:
   :func:`majority_labels`), where each quote the article plainly gives a person adds
   :data:`PERSON_QUOTE_VOTES` PERSON votes (:func:`person_votes`): a "he"/"she" resolved to the
   actor, a speaker phrase opening with a title ("Ms Makarova", "Prime Minister Yatsenyuk") or
   the actor's name in two words or more ("Shahid Afridi"). The small models label many
   uncommon names ORG or GPE on most of their mentions; the article's own words outvote them.
   A bare one-word speaker typed a person by a weak rule ("according to Reuters") adds nothing,
   so a news agency or a company is never made a person by it.
6. **A person in their own article.** The vote of rule 5 pools the articles, so a name tagged
   GPE in a list of venues in two articles outvotes a third where it is a woman quoted as
   "she". An actor whose corpus label is not PERSON is a person *in an article* whose own
   mentions say so (:func:`article_people`): most of its mentions there are labelled PERSON, or
   the article links at least :data:`ARTICLE_PERSON_PRONOUNS` narrative he/she pronouns to it
   (the entities' ``pronouns`` column, computed per article by the engine). There its quotes
   make it a source (:func:`analysis.assembly.sources.build_sources`) with that article's
   gender (:func:`analysis.assembly.gender.gender_evidence`, ``article_people``), and a one-word
   such actor that is the surname of exactly one PERSON actor named in full in the same article
   joins that person there (:func:`article_surnames`: "Davenport", GPE across the corpus, is
   Lindsay Davenport in her article), as the institutions take their article's country. The
   actors table keeps one label per actor; nothing changes in the other articles. Cost: one
   group-by over the distinct (article, actor, label, pronouns) mention rows.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from typing import Any, Iterable, Mapping

import numpy as np
import pandas as pd

from ..engine.first_names import first_name_gender
from ..engine.names import clean, fold
from ..lexicons import Lexicons, packaged

#: PERSON votes one quote adds to its speaker's label when the article plainly gives a person
#: (:func:`person_votes`): two, and PERSON wins a tie, so that one such quote outweighs two NER
#: labels: a name the NER called ORG on its two mentions but the article quotes as "she" is a
#: PERSON, while an organisation named three times or more (each mention one ORG vote) is not
#: turned into a person by one stray pronoun.
PERSON_QUOTE_VOTES = 2


def merge_variants(counts: pd.Series | pd.DataFrame) -> dict[str, str]:
    r"""Cross-article merges of spelling variants: actors whose names are equal once folded
    (:func:`~analysis.engine.names.fold`: no case, diacritics, overlay marks or format characters:
    "Recep Tayyip Erdogan", "Recep Tayyip Erdoğan") become one, shown in the spelling most
    articles use.

    Every name is first taken in its :func:`~analysis.engine.names.clean` form (NFC, no format
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
    rows: Iterable[tuple[Any, Any, Any]]
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
        if len(spellings) == 1:  # one spelling (most names): it is its own display form
            display.update(dict.fromkeys(spellings, next(iter(spellings))))
            continue
        best = min(spellings, key=lambda f: (-spellings[f][0], -spellings[f][1],
                                             sum(unicodedata.combining(c) > 0 for c in f),
                                             -sum(c.isalpha() and not c.isascii() for c in f),
                                             f))
        display.update(dict.fromkeys(spellings, best))
    return {actor: display[form] for actor, form in names.items() if display[form] != actor}


def kept_apart(article_pairs: pd.DataFrame) -> frozenset[tuple[str, str]]:
    """The (surname actor, full-name actor) pairs some article names side by side: the engine
    saw both in one article and did not link them (its rule 3: an honorific of the other
    gender, "Mrs Howard" beside only "Michael Howard"; two people of that surname), so the
    corpus step must not link them either. ``article_pairs``: the distinct ``article_id,
    actor`` pairs. One pass over them, grouped by article."""
    apart = set()
    for _, actors in article_pairs.groupby("article_id", sort=False)["actor"]:
        names = [str(a) for a in actors]
        single = {a for a in names if " " not in a}
        if not single:
            continue
        for full in names:
            words = full.split()
            if len(words) >= 2 and words[-1] in single:
                # spelled alike: the engine saw them and chose (another spelling, "Erdogan"
                # beside "Erdoğan", it could not link: the corpus step's folding does)
                apart.add((words[-1], full))
    return frozenset(apart)


def merge_nicknames(votes: pd.DataFrame, people: set[str],
                    nicknames: Mapping[str, str]) -> dict[str, str]:
    """Cross-article and within-article merges of nicknames: person actors whose names differ
    only in a first name that is a known nickname of the other's (``nicknames``: "Bill Barr",
    "William Barr"; "Bob Menendez", "Robert Menendez") are one, shown in the spelling most
    articles use (then the most mentions, then the given name over the nickname).

    Only names of two words or more of ``people`` (actors tagged PERSON at least once) are
    compared; the rest of the name must be equal once folded ("Bill Clinton" is not "William
    Jefferson Clinton"). Each first word is read as its given name (``nicknames[word]``, else
    itself), so "Bill", "Billy" and "William" meet; two different given names never do.

    Args:
        votes: every actor once: columns ``actor, articles, mentions``.
        people: the person actors.
        nicknames: ``{nickname: given name}``, lower case.

    Returns:
        ``{name: displayed name}`` for the names that change.
    """
    groups: dict[tuple[str, str], list[tuple[int, int, int, str]]] = defaultdict(list)
    for actor, articles, mentions in zip(votes["actor"], votes["articles"], votes["mentions"]):
        words = str(actor).split()
        if actor not in people or len(words) < 2:
            continue
        first = fold(words[0])
        given = nicknames.get(first, first)
        groups[(given, fold(" ".join(words[1:])))].append(
            (int(articles), int(mentions), int(first == given), str(actor)))
    mapping: dict[str, str] = {}
    for names in groups.values():
        if len(names) < 2:
            continue
        shown = max(names)[3]
        mapping.update({n[3]: shown for n in names if n[3] != shown})
    return mapping


def titled_genders(texts: pd.DataFrame, lex: Lexicons | None = None) -> dict[str, str]:
    """``{one-word actor: gender}`` the titles of its mentions give ("Baroness Morgan":
    female; ``female_titles``, ``male_titles``), for the actors whose titles all agree.
    ``texts``: the distinct ``actor, text`` pairs (more columns allowed)."""
    lex = lex or packaged()
    female = {w.lower() for w in lex.lists["female_titles"]}
    male = {w.lower() for w in lex.lists["male_titles"]}
    found: dict[str, set[str]] = defaultdict(set)
    for actor, text in zip(texts["actor"], texts["text"]):
        actor, words = str(actor), str(text).split()
        if " " in actor or len(words) < 2:
            continue
        first = words[0].lower().rstrip(".")
        if first in female or first in male:
            found[actor].add("female" if first in female else "male")
    return {a: next(iter(g)) for a, g in found.items() if len(g) == 1}


def merge_surnames(pairs: pd.DataFrame,
                   apart: frozenset[tuple[str, str]] = frozenset(),
                   titled: Mapping[str, str] | None = None) -> dict[str, str]:
    """Cross-article merges: one-word person actors → the one full name with that surname.

    A surname alone is linked to a full name of another article only when it is unambiguous
    in the corpus: the full names with that surname all belong to one person (the same first
    name: "Donald Trump" and "Donald J. Trump" are one, "Donald Trump" and "Melania Trump"
    two). It then joins that person's most-mentioned full name; with two people or more it
    stays an actor of its own (a bare "Smith" is not given to one of two Smiths). Within an
    article the article's own full name wins (:mod:`analysis.engine.canonical`), so only
    surnames whose article has no full name reach this rule.

    The surname is compared without case and diacritics ("Erdogan" → "Recep Tayyip Erdoğan"),
    and a name of three words or more also answers to its second-last word, the paternal
    surname of Spanish and Portuguese names ("Rosselló" → "Ricardo Rosselló Nevares").

    A surname an article names beside a full name with that surname without the engine
    linking them (``apart``, :func:`kept_apart`: "Mrs Howard" beside "Michael Howard") is
    never merged into that full name. Nor is a one-word actor whose mentions the NER mostly
    labels NORP: a nationality, religion or party word ("German", "Welsh") is no surname, so
    "the German government" of other articles never joins "Mike German" (whose actor the NORP
    majority would then clear as a non-actor). Nor is a surname whose titles give a gender
    (``titled``, :func:`titled_genders`: "Baroness Morgan") merged into a full name whose first
    name is of the other gender ("Jonathan Morgan"): the within-article rule of the engine
    ("Mr Howard" is not "Sandra Howard"), across articles.

    Args:
        pairs: mentions per (actor, label): columns ``actor, label, n`` (one row per distinct
            pair of the corpus).
        apart: (surname actor, full-name actor) pairs never to merge.
        titled: ``{surname actor: gender its titles give}``; None: no titles read.

    Returns:
        ``{surname actor: full-name actor}``.
    """
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
    # a word the NER mostly calls NORP is a nationality, religion or party ("German",
    # "Welsh", "Democrat"), not a surname: "the German government" is not "Mike German"
    ones = pairs[pairs["actor"].isin(single)]
    majority = ones.sort_values("n", ascending=False, kind="stable").drop_duplicates("actor")
    nationalities = set(majority.loc[majority["label"] == "NORP", "actor"])
    mapping = {}
    for actor in single:
        options = by_surname.get(fold(str(actor)))
        if not options or actor in nationalities:
            continue
        # one person: every full name with this surname has the same first name
        if len({fold(str(name).split()[0]) for name, _ in options}) != 1:
            continue
        if actor not in single_people:
            options = [o for o in options if o[0] in person_once]
        wanted = (titled or {}).get(actor)
        if wanted is not None:  # "Baroness Morgan" is not "Jonathan Morgan"
            options = [o for o in options
                       if first_name_gender(str(o[0]).split()[0]) in (None, wanted)]
        if options and not any((actor, name) in apart for name, _ in options):
            mapping[actor] = max(options, key=lambda o: (o[1], o[0]))[0]
    return mapping


def _plain_person(speaker: str, actor: str, pronouns: Mapping[str, Any],
                  titles: frozenset[str]) -> bool:
    """Whether a speaker phrase typed person says plainly that ``actor`` is a person: a
    he/she pronoun (resolved to the actor), a title or honorific opening the phrase ("Ms
    Makarova", "the Prime Minister", "Sen. Hollis"), or a name of two capitalised words or
    more ending with the actor's last word ("Shahid Afridi"). A bare one-word name is not
    (the weak rule that types "Reuters" a person in "according to Reuters")."""
    words = speaker.split()
    if not words:
        return False
    if len(words) == 1:
        return pronouns.get(words[0].lower()) in ("m", "f")
    if words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    if words and words[0].lower().rstrip(".") in titles:
        return True
    last = actor.split()[-1] if actor.split() else ""
    return (len(words) >= 2 and all(w[:1].isupper() for w in words)
            and fold(words[-1].strip(".,")) == fold(last))


def person_votes(quotes: pd.DataFrame, merges: Mapping[str, str] | None = None,
                 lex: Lexicons | None = None) -> dict[str, int]:
    """PERSON votes per actor from its quotes: :data:`PERSON_QUOTE_VOTES` for each quote whose
    speaker is typed ``person`` and whose speaker phrase says so plainly (:func:`_plain_person`:
    "…," she said; "Ms Makarova said"; "Shahid Afridi said"). Quotes of other types, bare
    one-word speakers and quotes without an actor add nothing.

    Args:
        quotes: quote rows with ``speaker_actor, speaker_type, speaker`` (raw actors when
            ``merges`` is given).
        merges: ``{raw actor: final name}`` applied to ``speaker_actor`` first.
        lex: the word lists (``honorifics``, ``person_titles``, ``pronoun_genders``); default:
            the packaged ones.

    Each distinct (actor, speaker phrase) pair is read once: O(quotes) with Python work per
    distinct pair.
    """
    if quotes.empty or not {"speaker_actor", "speaker_type", "speaker"} <= set(quotes):
        return {}
    lex = lex if lex is not None else packaged()
    rows = quotes.loc[(quotes["speaker_type"] == "person") & quotes["speaker_actor"].notna()
                      & quotes["speaker"].notna(), ["speaker_actor", "speaker"]]
    if rows.empty:
        return {}
    pronouns = lex.tables["pronoun_genders"]
    titles = frozenset(w.lower() for name in ("honorifics", "person_titles")
                       for w in lex.lists[name])
    merges = merges or {}
    votes: dict[str, int] = defaultdict(int)
    pairs = rows.astype(str).value_counts(sort=False)
    for (actor, speaker), n in pairs.items():
        name = merges.get(actor, actor)
        if _plain_person(speaker, name, pronouns, titles):
            votes[name] += PERSON_QUOTE_VOTES * int(n)
    return dict(votes)


def majority_labels(votes: pd.DataFrame, fixed: Mapping[str, str] | None = None,
                    person: Mapping[str, int] | None = None) -> dict[str, str]:
    """The most frequent label per actor (ties: the label seen first), counting the PERSON
    votes of its quotes (:func:`person_votes`).

    Args:
        votes: mentions per (actor, label) and the position of the first one: columns
            ``actor, label, n, first``.
        fixed: labels that win over the vote (the alias table's: "Labour Party" is an ORG even
            when the NER mostly calls "Labour" a PERSON).
        person: ``{actor: PERSON votes}`` from the actor's quotes, added to its PERSON count
            (PERSON wins a tie then: the article's own words over the NER); only actors with
            mentions get a label.
    """
    fixed = fixed or {}
    if votes.empty:
        return {}
    extra = {a: n for a, n in (person or {}).items() if n > 0}
    if extra:
        voted = set(votes["actor"])
        extra = {a: n for a, n in extra.items() if a in voted}
    if extra:
        added = pd.DataFrame({"actor": list(extra), "label": "PERSON",
                              "n": list(extra.values()),
                              "first": np.iinfo(np.int64).min})
        votes = (pd.concat([votes[["actor", "label", "n", "first"]], added], ignore_index=True)
                 .groupby(["actor", "label"], sort=False, as_index=False)
                 .agg(n=("n", "sum"), first=("first", "min")))
    best = (votes.sort_values(["n", "first"], ascending=[False, True], kind="stable")
            .drop_duplicates("actor"))
    return {actor: fixed.get(actor, label) for actor, label in zip(best["actor"], best["label"])}


#: narrative he/she pronouns (the entities' ``pronouns`` column) an article must link to an
#: actor labelled other than PERSON for that article to make it a person (:func:`article_people`):
#: two, so one stray link ("Time … her") does not
ARTICLE_PERSON_PRONOUNS = 2


def article_people(mentions: pd.DataFrame, people: Iterable[str],
                   lex: Lexicons | None = None) -> set[tuple[str, str]]:
    """The (article, actor) pairs where an actor whose corpus label is not PERSON is a person
    by its article's own evidence (rule 6 of the module docstring): in that article most of its
    mentions are labelled PERSON (more PERSON than other labels), or the article links at least
    :data:`ARTICLE_PERSON_PRONOUNS` gendered narrative pronouns to it ("Kuznetsova says … she
    took", "she told the audience" after a name the NER called FAC there).

    Args:
        mentions: the distinct mentions with their counts: ``article_id, actor, label, n`` and
            optionally ``pronouns`` (the entities column; None where none are linked).
        people: the actors labelled PERSON in the corpus (left out: they are people already).
        lex: where ``pronoun_genders`` is read (default: the packaged word lists).

    One pass over the distinct mention rows (vectorised masks, a group-by per (article,
    actor)); Python work only per distinct pronoun string.
    """
    if mentions.empty:
        return set()
    lex = lex if lex is not None else packaged()
    genders = lex.tables["pronoun_genders"]
    rows = mentions[~mentions["actor"].isin(set(people)) & mentions["actor"].notna()]
    if rows.empty:
        return set()
    n = rows["n"].to_numpy(dtype=np.int64)
    person = np.where(rows["label"].to_numpy(dtype=object) == "PERSON", n, 0)
    other = n - person
    if "pronouns" in rows:
        counts: dict[str, int] = {}
        for said in rows["pronouns"].dropna().unique():
            counts[said] = sum(genders.get(w.lower()) in ("m", "f") for w in str(said).split())
        linked = rows["pronouns"].map(lambda s: counts.get(s, 0) if isinstance(s, str) else 0
                                      ).to_numpy(dtype=np.int64) * n
    else:
        linked = np.zeros(len(rows), np.int64)
    frame = pd.DataFrame({"article_id": rows["article_id"].to_numpy(dtype=object),
                          "actor": rows["actor"].to_numpy(dtype=object),
                          "person": person, "other": other, "linked": linked})
    sums = frame.groupby(["article_id", "actor"], sort=False).sum()
    hit = (sums["person"] > sums["other"]) | (sums["linked"] >= ARTICLE_PERSON_PRONOUNS)
    return set(sums.index[hit.to_numpy()])


def article_surnames(pairs: Iterable[tuple[str, str]], article_actors: pd.DataFrame,
                     people: Iterable[str]) -> dict[tuple[str, str], str]:
    """``{(article, surname actor): full name}`` for the one-word actors of ``pairs`` (persons
    by their article's evidence, :func:`article_people`) that are the last word of exactly one
    PERSON actor's name in the same article ("Davenport" labelled GPE across the corpus, in an
    article about "Lindsay Davenport" who is "she" there): the article's own surname merge.

    Args:
        pairs: the (article, actor) pairs of :func:`article_people`.
        article_actors: the distinct ``article_id, actor`` pairs of the mentions.
        people: the actors labelled PERSON in the corpus.
    """
    single = {(a, x) for a, x in pairs if len(str(x).split()) == 1}
    if not single:
        return {}
    wanted = {a for a, _ in single}
    people = set(people)
    full: dict[tuple[str, str], list[str]] = {}
    for article, actor in zip(article_actors["article_id"], article_actors["actor"]):
        if article in wanted and actor in people and len(str(actor).split()) >= 2:
            full.setdefault((article, fold(str(actor).split()[-1])), []).append(actor)
    out = {}
    for article, actor in single:
        names = full.get((article, fold(str(actor))), [])
        if len(names) == 1:
            out[(article, actor)] = names[0]
    return out
