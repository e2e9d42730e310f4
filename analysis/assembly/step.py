"""The corpus-level step — what turns the rows of many articles into one corpus — computed from a
few columns and applied to the tables afterwards, table by table.

:func:`compute` reads only what the cross-article rules need: the entities' ``article_id, actor,
label, text, start``, the quotes' ``article_id, speaker_actor, speaker_type, speaker,
speaker_role, kind, quote``, the articles' order and publication dates, and the texts of the
articles that name an acronym actor. It returns an :class:`Assembly`: the name each raw actor
becomes (names cleaned of format characters and overlay marks, spelling variants and surnames
merged, institutions given their article's country, non-actors cleared) and the ``actors`` table
with genders. :meth:`Assembly.entities` and :meth:`Assembly.quotes` turn per-article rows — whole
tables or some of their columns — into the corpus's final rows. :func:`analysis.analyze` applies it
at once; ``Corpus.read`` applies it to each table when that table is first asked for, so a large
store is assembled from a few columns and its wide tables are read only when needed.

An actor's label is the majority of its mentions' NER labels and of the PERSON votes of the
quotes that plainly give it a person (a he/she, a title, its full name: :func:`.merges.
person_votes`); the alias table's labels win. Where an article's own mentions make a person of an
actor the corpus labels otherwise (:func:`.merges.article_people`), that article counts it a
person (its gender, its sources) and a lone surname there joins the article's full name. The rules live in their modules (:mod:`.merges`,
:mod:`.institutions`, :mod:`.non_actors`, :mod:`.gender`, :mod:`.actors`); here they are fed
counts per distinct name, (name, label) pair, (article, name) pair or mention text, computed on
category codes: a few vectorised passes over the rows, and Python work per distinct actor only.

Its settings are explicit: the alias table (whose labels win) and the word lists
(:class:`~analysis.lexicons.Lexicons`: ``institution_names``, ``countries``,
``countries_with_the``, ``not_actor_names``, ``thing_nouns``, the gendered titles and role
nouns, ``pronoun_genders``) are arguments of :func:`compute` and :func:`assemble`, handed to
each rule; nothing here reads the ambient lexicons of :func:`analysis.lexicons.use_lexicons`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Collection, Iterable, Mapping

import numpy as np
import pandas as pd

from ..engine.acronyms import acronym
from ..engine.aliases import AliasTable
from ..engine.names import clean
from ..lexicons import Lexicons, packaged
from ..schema import ACTORS, ENTITIES, QUOTES
from .actors import build_actors
from .corrections import (QUOTE_KEYS, Corrections, Resolved, apply_genders, resolve,
                          resolve_genders)
from .gender import gender_evidence, speaker_genders
from .institutions import article_countries, countries, institution_names
from .merges import (article_people, article_surnames, kept_apart, majority_labels,
                     merge_nicknames, merge_surnames, merge_variants, person_votes,
                     titled_genders)
from .non_actors import defined_things, non_actors

#: the entity columns :func:`compute` reads
ENTITY_INPUT = ["article_id", "actor", "label", "text", "start", "pronouns"]
#: the quote columns :func:`compute` reads
QUOTE_INPUT = ["article_id", "speaker_actor", "speaker_type", "speaker", "speaker_role", "kind",
               "quote"]


def _codes(values) -> tuple[np.ndarray, np.ndarray]:
    """``(codes, categories)`` of a column (-1 for missing values), reusing the codes of a
    categorical column (as a dictionary-encoded Parquet column is read)."""
    if isinstance(getattr(values, "dtype", None), pd.CategoricalDtype):
        cat = values.array if isinstance(values, pd.Series) else values
    else:
        cat = pd.Categorical(values)
    return np.asarray(cat.codes, dtype=np.int64), np.asarray(cat.categories, dtype=object)


def _take(values: np.ndarray, codes: np.ndarray, missing=None) -> np.ndarray:
    """``values[code]`` per code, ``missing`` where the code is -1 (an object array, or the
    dtype of ``values`` when ``missing`` is None and nothing is missing)."""
    ok = codes >= 0
    if ok.all():
        return values[codes]
    out = np.full(len(codes), missing, dtype=object if missing is None else type(missing))
    out[ok] = values[codes[ok]]
    return out


def _recode(codes: np.ndarray, names: np.ndarray, mapping: Mapping[str, str]
            ) -> tuple[np.ndarray, np.ndarray]:
    """Codes and categories after renaming categories by ``mapping`` (two may become one)."""
    if not mapping:
        return codes, names
    renamed = np.array([mapping.get(n, n) for n in names], dtype=object)
    new_names, inverse = np.unique(renamed.astype(str), return_inverse=True)
    return _take(inverse.astype(np.int64), codes, -1), new_names.astype(object)


def _distinct(keys: np.ndarray, position: np.ndarray) -> tuple[np.ndarray, np.ndarray,
                                                               np.ndarray]:
    """``(distinct keys, smallest position of each, count of each)``: hashing (pandas'
    factorize and a group-by on its codes), O(n), no sort of the rows."""
    codes, uniq = pd.factorize(keys)
    first = pd.Series(position).groupby(codes, sort=True).min().to_numpy(dtype=np.int64) \
        if len(codes) else np.zeros(0, np.int64)
    return np.asarray(uniq, dtype=np.int64), first, np.bincount(codes, minlength=len(uniq))


@dataclass(frozen=True)
class Assembly:
    """What the corpus-level step decided, ready to apply to per-article rows.

    Attributes:
        order: the article ids in corpus order (rows are sorted by it, then by ``start``).
        merges: ``{raw actor: merged name}`` (clean forms, spelling variants, then surnames).
        institutions: ``{(article_id, merged name): name with the article's country}``.
        cleared: final names that are not actors (their mentions keep no actor).
        actors: the ``actors`` table, with genders.
        genders: ``article_id, actor, gender, gender_source`` of the (article, actor) pairs
            whose quotes take the article's own gender (:func:`.gender.gender_evidence`).
        corrections: the user's corrections matched against these rows
            (:mod:`.corrections`): their merges rename final actors (:meth:`names`), their
            quote corrections drop or re-attribute quotes (:meth:`quotes`, which then needs
            the rows' :data:`.corrections.QUOTE_KEYS`); None: no corrections.
    """

    order: tuple[str, ...]
    merges: Mapping[str, str]
    institutions: Mapping[tuple[str, str], str]
    cleared: frozenset[str]
    actors: pd.DataFrame
    genders: pd.DataFrame | None = None
    corrections: Resolved | None = None
    _position: dict = field(default_factory=dict, repr=False, compare=False)

    def position(self) -> dict[str, int]:
        """``{article_id: position}`` in corpus order (built once)."""
        if not self._position:
            self._position.update({a: i for i, a in enumerate(self.order)})
        return self._position

    def names(self, article_ids: pd.Series, actors: pd.Series) -> np.ndarray:
        """The final actor of each (article, raw actor) row: an object array, None where the
        row has no actor or its actor is cleared. Vectorised over the distinct raw names; only
        rows naming an institution are looked at one by one."""
        codes, cats = _codes(actors)
        merged = np.array([self.merges.get(c, c) for c in cats], dtype=object)
        final = np.array([None if m in self.cleared else m for m in merged], dtype=object)
        out = _take(final, codes).astype(object)
        if codes.size and self.institutions:
            named = {m for _, m in self.institutions}
            candidate = np.array([m in named for m in merged], dtype=bool)
            rows = np.flatnonzero(_take(candidate, codes, False))
            ids = np.asarray(article_ids, dtype=object)
            for i in rows:
                name = self.institutions.get((ids[i], merged[codes[i]]))
                if name is not None:
                    out[i] = None if name in self.cleared else name
        renames = self.corrections.renames if self.corrections is not None else None
        if renames and codes.size:  # the user's merges: final names renamed
            named = pd.Series(out, dtype=object)
            hit = named.isin(set(renames)).to_numpy()
            out[hit] = named[hit].map(renames).to_numpy()
        return out

    def _ordered(self, frame: pd.DataFrame) -> pd.DataFrame:
        if frame.empty or "start" not in frame:
            return frame.reset_index(drop=True)
        position = frame["article_id"].map(self.position()).to_numpy()
        order = np.lexsort((frame["start"].to_numpy(), position))
        return frame.iloc[order].reset_index(drop=True)

    def entities(self, rows: pd.DataFrame, *, table: bool = True) -> pd.DataFrame:
        """Entity rows with their final ``actor``, in article order. ``table``: as the
        ``entities`` table (every column, its dtypes); False keeps the columns given (at
        least ``article_id`` and ``actor``)."""
        rows = ENTITIES.frame(rows) if table else rows.reset_index(drop=True)
        rows = rows.assign(actor=self.names(rows["article_id"], rows["actor"]))
        return self._ordered(rows)

    def quotes(self, rows: pd.DataFrame, *, table: bool = True) -> pd.DataFrame:
        """Quote rows with their final ``speaker_actor`` and the speaker's gender, in article
        order (``table`` as for :meth:`entities`; without it, the gender columns need
        ``speaker_type``)."""
        rows = QUOTES.frame(rows) if table else rows.reset_index(drop=True)
        rows = rows.assign(speaker_actor=self.names(rows["article_id"], rows["speaker_actor"]))
        if self.corrections is not None:
            rows = self.corrections.quote_rows(rows)
        if "speaker_type" in rows:
            genders = speaker_genders(rows, self.actors, self.genders)
            rows = rows.assign(speaker_gender=genders["speaker_gender"],
                               gender_source=genders["gender_source"])
        rows = self._ordered(rows)
        return QUOTES.frame(rows) if table else rows


def compute(order: Iterable[str], published: Mapping[str, object] | pd.Series,
            entities: pd.DataFrame, quotes: pd.DataFrame,
            texts: Callable[[list[str]], Mapping[str, str]],
            aliases: AliasTable | None = None, lexicons: Lexicons | None = None, *,
            merge: bool = True, defined: Mapping[str, Iterable[str]] | None = None,
            corrections: Corrections | None = None) -> Assembly:
    """The corpus-level step over these articles (see the module docstring).

    Args:
        order: the article ids in corpus order.
        published: publication date by article id (for ``first_seen``/``last_seen``).
        entities: at least :data:`ENTITY_INPUT` of every entity row (raw actors).
        quotes: at least :data:`QUOTE_INPUT` of every quote row (raw speaker actors).
        texts: gives ``{article_id: text}`` for the ids asked (only articles that name an
            acronym actor, and whose ``defined`` facts are not known, are asked).
        aliases: the alias table whose labels win over the majority vote.
        lexicons: the word lists of the rules (the run's: :func:`analysis.lexicons.
            load_lexicons` of its overrides); default: the packaged ones.
        merge: False takes the actors as final (no merges, institutions or clearing: the
            rows of a corpus already assembled, as ``Corpus.select`` passes them).
        defined: per article id, the acronyms it defines as things, where known (stored with
            the article: :func:`analysis.engine.acronyms.defined_per_article`); the others are
            read in their texts.
        corrections: the user's corrections (:func:`.corrections.read_corrections`), matched
            against these rows after the step's own merges (:func:`.corrections.resolve`): the
            ``merge`` rows rename actors before the labels, counts and genders are computed,
            the quote rows drop or re-attribute quotes before the gender evidence is read, the
            ``gender`` rows set the actors' genders last. The quote rows need
            :data:`.corrections.QUOTE_KEYS` then. Stale rows are reported (a warning and
            ``Assembly.corrections.report``), never applied.
    """
    order = tuple(order)
    lex = lexicons if lexicons is not None else packaged()
    fixed = aliases.canonical_labels() if aliases is not None else None
    ents = _Rows(order, entities)
    if merge:
        # clean names first (no soft hyphens, strike-through…), so spellings vote by article
        m0 = {n: c for n in {*ents.names, *quotes["speaker_actor"].dropna().unique()}
              if (c := clean(str(n))) != n}
        ents.rename(m0)
        m1 = merge_variants(ents.variant_votes())
        ents.rename(m1)
        # "Bill Barr" and "William Barr": one person (merges.py, merge_nicknames)
        counts = ents.label_counts()
        nick = merge_nicknames(ents.variant_votes(),
                               set(counts.loc[counts["label"] == "PERSON", "actor"]),
                               lex.tables["nicknames"])
        ents.rename(nick)
        m1 = {name: nick.get(shown, shown)
              for name, shown in {**m1, **{n: n for n in nick}}.items()}
        titled = ents.titled_mentions(lex.lists["female_titles"] + lex.lists["male_titles"])
        m2 = merge_surnames(ents.label_counts(), kept_apart(ents.article_pairs()),
                            titled_genders(titled, lex))
        ents.rename(m2)
        merges = {}
        for raw in set(m0) | set(m1) | set(m2):
            name = m0.get(raw, raw)
            name = m1.get(name, name)
            merges[raw] = m2.get(name, name)
        country = article_countries(ents.article_votes(countries(lex)), lex)
        named = set(lex.tables["institution_names"])
        pairs = ents.article_pairs(only=named)
        speakers = pd.DataFrame({"article_id": quotes["article_id"].to_numpy(),
                                 "actor": quotes["speaker_actor"].to_numpy()}).dropna()
        speakers["actor"] = [merges.get(a, a) for a in speakers["actor"]]
        speakers = speakers[speakers["actor"].isin(named)]
        institutions = institution_names(pd.concat([pairs, speakers]).drop_duplicates(),
                                         country, lex)
        ents.resolve(institutions)
        resolved, quotes, voted = _corrected(corrections, ents, quotes, merges, institutions)
        # the label vote: mentions, and the quotes that plainly give a person (merges.py, 5)
        labels = majority_labels(ents.label_votes(), fixed, person_votes(quotes, voted, lex))
        acronyms = ents.article_pairs(only={n for n in ents.names if acronym(n)})
        facts = defined or {}
        known = acronyms["article_id"].isin(set(facts))
        things = {actor for article, actor in zip(acronyms.loc[known, "article_id"],
                                                  acronyms.loc[known, "actor"])
                  if actor in facts[article]}
        rest = acronyms[~known]
        things |= defined_things(rest, texts(list(dict.fromkeys(rest["article_id"])))
                                 if len(rest) else {}, lex)
        cleared = frozenset(non_actors(labels, fixed, lex) | things)
        ents.clear(cleared)
        # an actor the corpus labels other than PERSON is a person where its own article says
        # so (merges.py, 6); there a lone surname of the article's one full name joins it
        people = {a for a, label in labels.items() if label == "PERSON"}
        own = article_people(ents.mention_labels(), people, lex)
        renames = article_surnames(own, ents.article_pairs(), people)
        if renames:
            ents.resolve(renames)
            institutions = {**institutions, **renames}
            own -= set(renames)
    else:
        merges, institutions, cleared = {}, {}, frozenset()
        resolved, quotes, _ = _corrected(corrections, ents, quotes, {}, {})
        labels = majority_labels(ents.label_votes(), fixed, person_votes(quotes, lex=lex))
        own = article_people(ents.mention_labels(),
                             {a for a, label in labels.items() if label == "PERSON"}, lex)
    assembly = Assembly(order, merges, institutions, cleared, ACTORS.frame(),
                        corrections=resolved)
    stats = ents.actor_stats(published)
    actors = build_actors(stats, {a: labels[a] for a in stats["actor"]})
    # the evidence needs the quotes' final speakers only (not their genders, not their order)
    rows = quotes[[c for c in QUOTE_INPUT if c in quotes]].reset_index(drop=True)
    final_quotes = rows.assign(speaker_actor=assembly.names(rows["article_id"],
                                                            rows["speaker_actor"]))
    by_actor, by_article = gender_evidence(ents.mention_texts(), final_quotes, actors, lex=lex,
                                           article_people=own)
    actors[["gender", "gender_source"]] = by_actor
    if resolved is not None:
        resolved = resolve_genders(resolved, actors)
        actors, by_article = apply_genders(actors, by_article, resolved.genders)
    return Assembly(order, merges, institutions, cleared, ACTORS.frame(actors), by_article,
                    resolved)


def _corrected(corrections: Corrections | None, ents: "_Rows", quotes: pd.DataFrame,
               merges: Mapping[str, str], institutions: Mapping[tuple[str, str], str]
               ) -> tuple[Resolved | None, pd.DataFrame, Mapping[str, str]]:
    """The corrections matched against the rows as the step's own merges left them:
    ``(resolved, quote rows corrected, {raw name: final name} with the user's merges)``; the
    entity rows renamed by the user's merges."""
    if corrections is None:
        return None, quotes, merges
    speakers = quotes["speaker_actor"].dropna().unique() if len(quotes) else []
    present = set(ents.present()) | {merges.get(s, s) for s in speakers} | \
        set(institutions.values())
    if len(corrections.only(("not_a_quote", "speaker"))):
        missing = [c for c in ("article_id", *QUOTE_KEYS) if c not in quotes]
        if missing:
            raise ValueError(f"quote corrections need the quote columns {missing}")
    resolved = resolve(corrections, quotes, present, merges)
    ents.rename(resolved.renames)
    voted = dict(merges)
    if resolved.renames:
        voted.update({a: b for a, b in resolved.renames.items() if a not in voted})
        voted = {raw: resolved.renames.get(name, name) for raw, name in voted.items()}
    return resolved, resolved.quote_rows(quotes), voted


class _Rows:
    """The entity rows the step reads, as integer codes: article position, actor, label and
    text codes, the actor names (which the merges rename) and each row's place in the corpus
    (article, then offset: what "first" means in a tie)."""

    def __init__(self, order: tuple[str, ...], entities: pd.DataFrame):
        position = {a: i for i, a in enumerate(order)}
        art_codes, art_cats = _codes(entities["article_id"])
        art_pos = np.array([position.get(a, -1) for a in art_cats], dtype=np.int64)
        self.order = order
        self.article = _take(art_pos, art_codes, -1)
        start = entities["start"].to_numpy(dtype=np.int64) if len(entities) else \
            np.zeros(0, np.int64)
        # where a row stands in the corpus: article position, then offset (rows stay as read)
        self.position = self.article * (int(start.max()) + 1 if len(start) else 1) + start
        self.actor, self.names = _codes(entities["actor"])
        self.label, self.labels = _codes(entities["label"])
        self.text, self.texts = _codes(entities["text"])
        # the narrative pronouns linked to a mention's person (gender evidence; may be absent)
        self.pronoun: np.ndarray
        self.pronouns: np.ndarray
        self.pronoun, self.pronouns = _codes(entities["pronouns"]) if "pronouns" in entities \
            else (np.full(len(self.text), -1, np.int64), np.zeros(0, dtype=object))

    def _present(self) -> np.ndarray:
        return self.actor >= 0

    def present(self) -> list[str]:
        """The actor names that rows have now."""
        return list(self.names[np.unique(self.actor[self._present()])])

    def variant_votes(self) -> pd.DataFrame:
        """Per actor name with mentions: ``actor, articles, mentions``."""
        mentions = np.bincount(self.actor[self._present()], minlength=len(self.names))
        width = max(len(self.order), 1)
        pairs = pd.unique(self._pair_keys(self.article, len(self.order))[0])
        articles = np.bincount(pairs // width, minlength=len(self.names))
        present = np.flatnonzero(mentions)
        return pd.DataFrame({"actor": self.names[present], "articles": articles[present],
                             "mentions": mentions[present]})

    def rename(self, mapping: Mapping[str, str]) -> None:
        self.actor, self.names = _recode(self.actor, self.names, mapping)

    def _pair_keys(self, other: np.ndarray, width: int, mask: np.ndarray | None = None):
        """``(actor × other keys, their rows' positions)`` of the rows with an actor (and in
        ``mask``)."""
        keep = self._present() if mask is None else mask
        keys = self.actor[keep].astype(np.int64) * max(width, 1) + other[keep]
        return keys, self.position[keep]

    def label_votes(self) -> pd.DataFrame:
        """Mentions per (actor, label) and the position of the first: ``actor, label, n,
        first``."""
        uniq, first, n = _distinct(*self._pair_keys(self.label, len(self.labels)))
        width = max(len(self.labels), 1)
        return pd.DataFrame({"actor": self.names[uniq // width], "label": self.labels[uniq % width],
                             "n": n, "first": first})

    def label_counts(self) -> pd.DataFrame:
        return self.label_votes()[["actor", "label", "n"]]

    def article_pairs(self, only: set[str] | None = None) -> pd.DataFrame:
        """The distinct (article, actor) pairs, in corpus order of their first mention."""
        mask = self._present()
        if only is not None:
            wanted = np.array([n in only for n in self.names], dtype=bool)
            mask = mask & _take(wanted, self.actor, False)
        uniq, first, _ = _distinct(*self._pair_keys(self.article, len(self.order), mask))
        uniq = uniq[np.argsort(first, kind="stable")]  # in corpus order of the first mention
        width = max(len(self.order), 1)
        order = np.asarray(self.order, dtype=object)
        return pd.DataFrame({"article_id": order[uniq % width] if len(uniq) else [],
                             "actor": self.names[uniq // width] if len(uniq) else []},
                            dtype=object)

    def article_votes(self, only: Collection[str]) -> pd.DataFrame:
        """Mentions per (article, actor) for the actors ``only``, and the position of the first:
        ``article_id, actor, n, first``."""
        wanted = np.array([n in only for n in self.names], dtype=bool)
        mask = self._present() & _take(wanted, self.actor, False)
        uniq, first, n = _distinct(*self._pair_keys(self.article, len(self.order), mask))
        width = max(len(self.order), 1)
        order = np.asarray(self.order, dtype=object)
        return pd.DataFrame({"article_id": order[uniq % width], "actor": self.names[uniq // width],
                             "n": n, "first": first})

    def resolve(self, institutions: Mapping[tuple[str, str], str]) -> None:
        """Institutions named alone take their article's country, row by row (only the rows of
        institution names are visited)."""
        if not institutions:
            return
        named = {m for _, m in institutions}
        candidate = np.array([n in named for n in self.names], dtype=bool)
        rows = np.flatnonzero(_take(candidate, self.actor, False))
        if not len(rows):
            return
        new = [institutions.get((self.order[self.article[i]], self.names[self.actor[i]]))
               for i in rows]
        extra = sorted({n for n in new if n is not None} - set(self.names))
        names = np.concatenate([self.names, np.array(extra, dtype=object)])
        index = {n: i for i, n in enumerate(names)}
        for i, name in zip(rows, new):
            if name is not None:
                self.actor[i] = index[name]
        self.names = names

    def clear(self, cleared: frozenset[str]) -> None:
        if cleared:
            gone = np.array([n in cleared for n in self.names], dtype=bool)
            self.actor = np.where(_take(gone, self.actor, False), -1, self.actor)

    def actor_stats(self, published: Mapping[str, object] | pd.Series) -> pd.DataFrame:
        """Per actor: ``actor, mentions, articles, aliases, first_seen, last_seen``."""
        keep = self._present()
        if not keep.any():
            return pd.DataFrame(columns=["actor", "mentions", "articles", "aliases",
                                         "first_seen", "last_seen"])
        mentions = np.bincount(self.actor[keep], minlength=len(self.names))
        present = np.flatnonzero(mentions)
        width = max(len(self.order), 1)
        pairs = pd.unique(self._pair_keys(self.article, len(self.order))[0])
        pair_actor, pair_article = pairs // width, pairs % width
        articles = np.bincount(pair_actor, minlength=len(self.names))
        dates = pd.Series(published) if not isinstance(published, pd.Series) else published
        by_article = pd.to_datetime(pd.Series(self.order, dtype=object).map(dates), utc=True)
        seen = pd.DataFrame({"actor": pair_actor,
                             "published": by_article.to_numpy()[pair_article]})
        span = seen.groupby("actor")["published"].agg(["min", "max"])
        span = span.reindex(present)
        # aliases: the distinct surface forms, spaces normalised, sorted (grouped in plain
        # Python: a pandas group-by with ``agg(list)`` builds a Series per actor)
        tkeys = pd.unique(self._pair_keys(self.text, len(self.texts))[0])
        twidth = max(len(self.texts), 1)
        forms: dict[int, set[str]] = {}
        for actor, t in zip((tkeys // twidth).tolist(), self.texts[tkeys % twidth]):
            forms.setdefault(actor, set()).add(" ".join(str(t).split()))
        aliases = np.empty(len(present), dtype=object)
        for k, actor in enumerate(present.tolist()):
            aliases[k] = sorted(forms[actor]) if actor in forms else np.nan
        return pd.DataFrame({"actor": self.names[present], "mentions": mentions[present],
                             "articles": articles[present], "aliases": aliases,
                             "first_seen": span["min"].to_numpy(),
                             "last_seen": span["max"].to_numpy()})

    def titled_mentions(self, titles: Iterable[str]) -> pd.DataFrame:
        """The distinct ``actor, text`` of the mentions of one-word actors whose text opens
        with one of ``titles`` ("Baroness Morgan"): O(distinct texts + rows)."""
        words = {str(w).lower() for w in titles}
        first = [str(t).split(maxsplit=1) for t in self.texts]
        codes = np.flatnonzero(np.array([len(f) == 2 and f[0].lower().rstrip(".") in words
                                         for f in first], dtype=bool))
        keep = self._present() & np.isin(self.text, codes)
        if not keep.any():
            return pd.DataFrame({"actor": [], "text": []})
        pairs = np.unique(np.stack([self.actor[keep], self.text[keep]]), axis=1)
        actors, texts = self.names[pairs[0]], self.texts[pairs[1]]
        single = np.array([" " not in str(a) for a in actors], dtype=bool)
        return pd.DataFrame({"actor": actors[single], "text": texts[single]})

    def mention_labels(self) -> pd.DataFrame:
        """The distinct (article, actor, label, narrative pronouns) with their number of
        mentions: ``article_id, actor, label, pronouns, n`` (an article's own evidence that an
        actor is a person there: :func:`.merges.article_people`)."""
        return self._counted("label", self.label, self.labels)

    def mention_texts(self) -> pd.DataFrame:
        """The distinct (article, actor, mention text, narrative pronouns) with their number of
        mentions: ``article_id, actor, text, pronouns, n`` (gender evidence stays in its
        article; ``pronouns`` None for the mentions without)."""
        return self._counted("text", self.text, self.texts)

    def _counted(self, name: str, codes: np.ndarray, values: np.ndarray) -> pd.DataFrame:
        """The distinct (article, actor, ``name``, pronouns) of the present mentions with a
        code in ``codes`` (decoded by ``values``), with their number: ``article_id, actor,
        <name>, pronouns, n``."""
        keep = self._present() & (codes >= 0) & (self.article >= 0)
        rows = pd.DataFrame({"article": self.article[keep], "actor": self.actor[keep],
                             name: codes[keep], "pronouns": self.pronoun[keep]})
        counted = rows.value_counts(sort=False).reset_index(name="n")
        order = np.asarray(self.order, dtype=object)
        return pd.DataFrame({"article_id": order[counted["article"].to_numpy()],
                             "actor": self.names[counted["actor"].to_numpy()],
                             name: values[counted[name].to_numpy()],
                             "pronouns": _take(self.pronouns, counted["pronouns"].to_numpy()),
                             "n": counted["n"].to_numpy()})

def assemble(articles: pd.DataFrame, entities: pd.DataFrame | list, quotes: pd.DataFrame | list,
             aliases: AliasTable | None = None, lexicons: Lexicons | None = None
             ) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The corpus-level step on tables in memory: ``(entities, actors, quotes)`` with final
    actor names, in article order (the inputs are not modified). ``aliases`` and ``lexicons``
    (default: the packaged ones) as for :func:`compute`."""
    return assembled(articles, entities, quotes, aliases, lexicons)[:3]


def assembled(articles: pd.DataFrame, entities: pd.DataFrame | list,
              quotes: pd.DataFrame | list, aliases: AliasTable | None = None,
              lexicons: Lexicons | None = None, corrections: Corrections | None = None
              ) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, Assembly]:
    """:func:`assemble` with the user's ``corrections`` (as for :func:`compute`), and the
    :class:`Assembly` too (its ``corrections`` report what was applied)."""
    entities, quotes = ENTITIES.frame(entities), QUOTES.frame(quotes)
    texts = articles.drop_duplicates("article_id").set_index("article_id")["text"]
    dates = articles.drop_duplicates("article_id").set_index("article_id")["published"] \
        if "published" in articles else {}
    assembly = compute(articles["article_id"], dates, entities, quotes,
                       lambda ids: texts.reindex(ids).to_dict(), aliases, lexicons,
                       corrections=corrections)
    return (assembly.entities(entities), assembly.actors, assembly.quotes(quotes), assembly)
