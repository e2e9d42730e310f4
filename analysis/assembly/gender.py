"""Speaker and actor gender (the corpus step): an estimate from the text and from first-name
statistics, with the text's evidence kept in the article where it was found.

For each PERSON actor, the evidence of each article where the actor was resolved is read:

1. ``pronoun`` — quotes whose speaker is a pronoun the engine resolved to the person ("…,"
   she said), reported speech whose clause opens with he/she ("Austin said he had …"), and
   the narrative he/she pronouns outside quotation marks the engine linked to the person
   (the ``pronouns`` column of the person's mentions: "Okafor was arrested in May. She was
   26.", "Her lawyer said …"; :func:`analysis.engine.quotes.pronouns.narrative_pronouns`),
   each pronoun once;
2. ``title`` — titles in the person's mentions (``female_titles``/``male_titles``: Ms, Mrs, Mr,
   Sir, Lord…);
3. ``role_noun`` — gendered role nouns in the mentions or in the person's speaker roles
   (``female_role_nouns``/``male_role_nouns``: spokeswoman, chairman, actress…);
4. ``first_name`` — the share of women among the bearers of the person's first name (the first
   word of a name of two words or more, or a one-word name that reads as a first name in its
   articles: no longer person name there holds it and no title comes with it,
   :func:`first_name_actors`: "Zoe, a nurse, said …"), from the
   name statistics of `nomquamgender <https://github.com/ianvanbuskirk/nomquamgender>`_ (MIT
   licence; 720,000 names compiled from 36 sources, Van Buskirk et al. 2023). A name whose
   uncertainty ``0.5 - |0.5 - p(female)|`` is above ``threshold`` (default 0.1: p(female)
   between 0.1 and 0.9) gives nothing; so does a name that fewer than ``min_count`` bearers
   carry, unless its expected share given so few bearers (``rare_names``, on by default: the
   statistics' own error rate for that name, :func:`~analysis.engine.first_names.expected_share`)
   passes the same threshold (:mod:`analysis.engine.first_names`).

**The rule: a log-odds vote, capped per article.** Each text signal adds its weight
(:data:`WEIGHTS`, log-odds female vs male, positive for female): a title 4.0, a role noun 3.0,
a pronoun 2.0 (a pronoun is right about nine times in ten: log 9 ≈ 2.2). An article's score is
the sum of its signals for the actor, capped at ± ``article_cap`` (default 6.0: three
agreeing pronouns, so one article's repeated misresolution weighs no more than one article's
clear evidence); the actor's text score is the sum of its articles' scores. With ``|text| ≥
margin`` (default 2.0, one net pronoun) the text decides; the first name is not read. When
the text does not decide but some article's own score reaches ``margin`` (articles decide in
conflict: strong evidence both ways, often two people under one name), the actor is
``unknown``. Otherwise the first name's log-odds ``log(p / (1 - p))``, capped at ± ``margin``,
is added, and the actor gets a gender when ``|text + name| ≥ margin``; else ``unknown``. So one
stray "she" (−2) against a president's "he"s in many articles (−6 each) stays male; a "Ms" in
one article against a "Mr" in another (4 − 4 = 0) is ``unknown`` whatever the first name; a
first name alone (p(female) ≤ 0.1 or ≥ 0.9: at least ± 2.2, capped at 2) decides when the text
says nothing or too little (a role noun against a pronoun: 3 − 2); a first name never
overrules text that decides. ``gender_source`` names the first kind
of text evidence, in the order above, that supports the gender found, ``first_name`` when the
name tipped it, ``none`` when unknown. Organisations, groups, documents and anonymous sources
never get a gender.

**Quotes** (``speaker_gender``): a quote's speaker gets the actor's gender; where the actor is
``unknown`` (its articles disagree: often two people under one name), an article whose own
text score reaches ``margin`` gives the gender of that article's quotes
(:func:`gender_evidence`'s per-article decisions). An actor the corpus labels other than
PERSON that its own article makes a person (:func:`analysis.assembly.merges.article_people`)
is decided the same way from that article's signals alone (and its first name), for its quotes
there. The ``actors`` table keeps one gender per actor.

This is an estimate of how the text and a name present a person, not the person's identity;
it is wrong for people whose name is usually given to the other gender and knows nothing of
non-binary people (see the README).

The word lists (``female_titles``, ``male_titles``, ``female_role_nouns``, ``male_role_nouns``,
``pronoun_genders``) come from the :class:`~analysis.lexicons.Lexicons` :func:`actor_genders` is
given: the run's, with the user's overrides (never the ambient ones).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import Collection, Mapping

import pandas as pd

from ..engine.first_names import GenderSettings, first_name_share
from ..lexicons import Lexicons, packaged
from ..vocab import GENDER_SOURCES

_CODE = {"f": "female", "m": "male"}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _lower(lex: Lexicons, name: str) -> frozenset[str]:
    return lex.derived(f"words:{name}", lambda lx: frozenset(v.lower() for v in lx.lists[name]))


#: the log-odds (female vs male) one text signal of each kind gives to the gender it names
WEIGHTS = {"title": 4.0, "role_noun": 3.0, "pronoun": 2.0}
_SIGN = {"female": 1.0, "male": -1.0}


def _text_signals(mentions: pd.DataFrame, quotes: pd.DataFrame, people: set[str],
                  lex: Lexicons, pairs: frozenset[tuple[str, str]] = frozenset()
                  ) -> dict[tuple[str, str], Counter]:
    """``{(article_id, actor): Counter({(gender, source): count})}`` from pronouns, titles and
    role nouns (the word lists of ``lex``), each distinct mention text or quote form of an
    article read once and counted as often as it occurs."""
    female_t, male_t = _lower(lex, "female_titles"), _lower(lex, "male_titles")
    female_r, male_r = _lower(lex, "female_role_nouns"), _lower(lex, "male_role_nouns")
    pronouns = lex.tables["pronoun_genders"]
    cut = _lower(lex, "head_cut_words")
    signals: dict[tuple[str, str], Counter] = {}

    def add(key: tuple[str, str], signal: tuple[str, str], n: int) -> None:
        counts = signals.get(key)
        if counts is None:  # (not ``setdefault``: it would build a Counter on every call)
            counts = signals[key] = Counter()
        counts[signal] += n

    def add_words(key: tuple[str, str], words: list[str], with_titles: bool, n: int) -> None:
        for w in words:
            if with_titles and w in female_t:
                add(key, ("female", "title"), n)
            elif with_titles and w in male_t:
                add(key, ("male", "title"), n)
            elif w in female_r:
                add(key, ("female", "role_noun"), n)
            elif w in male_r:
                add(key, ("male", "role_noun"), n)

    ents = mentions[_among(mentions, people, pairs)]
    articles = ents["article_id"] if "article_id" in ents else pd.Series("", index=ents.index)
    # the words of each distinct (actor, mention text) are read once, whatever its articles:
    # only the words before the name can be titles or roles ("Ms Ardern", not "Mrs Brown's
    # Boys" as a name), so the actor's own words are left out
    mention_words: dict[tuple[str, str], list[str]] = {}
    linked = ents["pronouns"] if "pronouns" in ents else pd.Series(None, index=ents.index)
    for article, actor, text, said, n in zip(articles, ents["actor"], ents["text"], linked,
                                             ents["n"]):
        words = mention_words.get((actor, text))
        if words is None:
            name_words = set(_words(actor))
            words = mention_words[(actor, text)] = [w for w in _words(text) if w not in name_words]
        add_words((article, actor), words, True, int(n))
        if isinstance(said, str):  # the narrative pronouns linked to the person after it
            for w in _words(said):
                if pronouns.get(w) in _CODE:
                    add((article, actor), (_CODE[pronouns[w]], "pronoun"), int(n))
    named = quotes[_among(quotes, people, pairs, "speaker_actor")
                   & (quotes["speaker_type"] == "person")]
    if named.empty:
        return signals
    # the forms that decide: the speaker phrase (a pronoun?), the first word of a reported
    # clause ("Austin said he had recommended …": its subject is the speaker), the role
    speaker = named["speaker"].where(named["speaker"].map(lambda v: isinstance(v, str)))
    first = named["quote"].where(named["kind"] == "indirect").map(
        lambda q: q.split(maxsplit=1)[0].lower() if isinstance(q, str) and q.strip() else None)
    forms = pd.DataFrame({"article": named["article_id"].to_numpy() if "article_id" in named
                          else "",
                          "actor": named["speaker_actor"].to_numpy(),
                          "speaker": speaker.str.lower().to_numpy(),
                          "first": first.to_numpy(), "role": named["speaker_role"].to_numpy()})
    counted = forms.value_counts(dropna=False, sort=False).reset_index(name="n")
    for article, actor, spoken, word, role, n in counted.itertuples(index=False):
        key = (article, actor)
        code = pronouns.get(spoken) if isinstance(spoken, str) else None
        if code in _CODE:
            add(key, (_CODE[code], "pronoun"), int(n))
        elif word in ("he", "she") and pronouns.get(word) in _CODE:
            add(key, (_CODE[pronouns[word]], "pronoun"), int(n))
        if isinstance(role, str):
            add_words(key, _role_head_words(_words(role), cut), False, int(n))
    return signals


def _role_head_words(words: list[str], cut: frozenset[str]) -> list[str]:
    """Session 21: the words of a speaker role before its first ``head_cut_words`` word ("of",
    "for", "at", ...): the role's own noun is there ("spokeswoman for the council", "mother of
    three"); the words after it name the organisation, place or person the role is of
    ("programme director at the Doris Duke Foundation", "a friend of the woman"), whose
    gendered words are not the speaker's."""
    for i, w in enumerate(words):
        if w in cut:
            return words[:i]
    return words


def _among(rows: pd.DataFrame, people: set[str], pairs: frozenset[tuple[str, str]],
           column: str = "actor") -> pd.Series:
    """Rows whose ``column`` is one of ``people``, or whose (article, actor) is one of
    ``pairs`` (persons by their article's own evidence)."""
    mask = rows[column].isin(people)
    if pairs and "article_id" in rows:
        mask = mask | pd.Series([(a, x) in pairs for a, x in zip(rows["article_id"],
                                                                  rows[column])],
                                index=rows.index, dtype=bool)
    return mask


def _score(signals: Counter) -> float:
    """The log-odds (female vs male) of one article's signals, uncapped."""
    return sum(_SIGN[g] * WEIGHTS[s] * n for (g, s), n in signals.items())


def _source(gender: str, kinds: set[tuple[str, str]]) -> str:
    """The first kind of evidence, in :data:`~analysis.vocab.GENDER_SOURCES` order, among
    ``kinds`` (``{(gender, source)}``) that supports ``gender``."""
    found = {s for g, s in kinds if g == gender}
    return next((s for s in GENDER_SOURCES if s in found), "none")


def first_name_actors(mentions: pd.DataFrame, people: set[str], lex: Lexicons) -> set[str]:
    """The one-word person actors that read as a first name ("Zoe, a nurse, said …"): in none
    of their articles does a longer person name hold the word (a longer form of it, or the
    full name whose surname it is), and no mention of theirs carries a title (``titles``,
    ``female_titles``, ``male_titles``: "Mr Thomas" is a surname)."""
    single = {a for a in people if len(str(a).split()) == 1}
    if not single or mentions.empty:
        return set()
    titles = _lower(lex, "titles") | _lower(lex, "female_titles") | _lower(lex, "male_titles")
    ents = mentions[mentions["actor"].isin(people)]
    articles = ents["article_id"] if "article_id" in ents else pd.Series("", index=ents.index)
    longer: dict[str, set[str]] = {}  # article -> the words of its longer person names
    for article, actor in set(zip(articles, ents["actor"])):
        if actor not in single:
            longer.setdefault(article, set()).update(str(actor).lower().split())
    found, barred = set(), set()
    for article, actor, text in zip(articles, ents["actor"], ents["text"]):
        if actor not in single:
            continue
        found.add(actor)
        if str(actor).lower() in longer.get(article, ()) or any(
                w in titles for w in _words(text) if w != str(actor).lower()):
            barred.add(actor)
    return found - barred


def _name_log_odds(actor: str, settings: GenderSettings, first_name: bool = False) -> float:
    """The first name's log-odds (female vs male), capped at ± ``settings.margin``; 0 for a
    name the statistics do not classify, and for a one-word name unless ``first_name`` (it
    reads as a first name in its articles: :func:`first_name_actors`)."""
    words = str(actor).split()
    p = first_name_share(words[0], settings, rare=settings.rare_names) \
        if len(words) >= 2 or (first_name and words) else None
    if p is None:
        return 0.0
    p = min(max(p, 1e-6), 1 - 1e-6)
    return max(-settings.margin, min(settings.margin, math.log(p / (1 - p))))


def _decide(by_article: Mapping[str, Counter], name: float,
            settings: GenderSettings) -> tuple[str, str]:
    """The actor's gender and its source from its per-article signals and its first name's
    log-odds (the rule of the module docstring)."""
    cap = settings.article_cap
    text = sum(max(-cap, min(cap, _score(c))) for c in by_article.values())
    kinds = {k for c in by_article.values() for k, n in c.items() if n}
    if abs(text) >= settings.margin:
        gender = "female" if text > 0 else "male"
        return gender, _source(gender, kinds)
    if any(abs(_score(c)) >= settings.margin for c in by_article.values()):
        return "unknown", "none"  # articles that decide, in conflict: the name does not pick
    total = text + name
    if name and abs(total) >= settings.margin:
        return ("female" if total > 0 else "male"), "first_name"
    return "unknown", "none"


def gender_evidence(mentions: pd.DataFrame, quotes: pd.DataFrame, actors: pd.DataFrame,
                    settings: GenderSettings | None = None, lex: Lexicons | None = None,
                    article_people: Collection[tuple[str, str]] = ()
                    ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The genders the evidence decides: ``(per actor, per article)``.

    Args:
        mentions: the distinct (article, actor, mention text, narrative pronouns) with their
            number of mentions: columns ``article_id, actor, text, n`` and optionally
            ``pronouns`` (the entities column: the he/she pronouns linked to the person after
            the mention, as written, or None) (final actors; without ``article_id`` all
            mentions count as one article).
        quotes: the quotes (final ``speaker_actor``): at least ``article_id, speaker_actor,
            speaker_type, speaker, speaker_role, kind, quote``.
        actors: the actor table; only ``label == "PERSON"`` rows can get a gender.
        settings: how sure the evidence must be (``margin``, ``article_cap``, the first-name
            ``threshold`` and ``min_count``).
        lex: the word lists (titles, role nouns, pronouns); default: the packaged ones.
        article_people: (article, actor) pairs of actors labelled other than PERSON that are
            persons in that article by its own evidence (:func:`.merges.article_people`): each
            gets the gender of that article's signals and its first name alone (the rule of
            the module docstring with one article), in the second table.

    Returns:
        ``gender`` and ``gender_source`` per row of ``actors`` (same order, same index), and
        ``article_id, actor, gender, gender_source`` for the (article, actor) pairs whose
        quotes take the article's own decision: the actor is ``unknown`` and the article's
        text score reaches ``margin``; or the pair is one of ``article_people`` and its
        article (with the first name) decides.
    """
    settings = settings or GenderSettings()
    lex = lex if lex is not None else packaged()
    people = set(actors.loc[actors["label"] == "PERSON", "actor"])
    pairs = frozenset(p for p in article_people if p[1] not in people)
    signals = _text_signals(mentions, quotes, people, lex, pairs)
    first_names = first_name_actors(mentions, people, lex)
    per_actor: dict[str, dict[str, Counter]] = {}
    for (article, actor), counter in signals.items():
        per_actor.setdefault(actor, {})[article] = counter
    genders, sources, local = [], [], []
    for actor in actors["actor"]:
        gender, source = "unknown", "none"
        if actor in people:
            by_article = per_actor.get(actor, {})
            gender, source = _decide(by_article, _name_log_odds(actor, settings,
                                                                actor in first_names), settings)
            if gender == "unknown":
                for article, counter in by_article.items():
                    score = _score(counter)
                    if abs(score) >= settings.margin:
                        own = "female" if score > 0 else "male"
                        local.append((article, actor, own, _source(own, set(counter))))
        genders.append(gender)
        sources.append(source)
    for article, actor in sorted(pairs):  # persons in their own article only
        counter = signals.get((article, actor), Counter())
        gender, source = _decide({article: counter} if counter else {},
                                 _name_log_odds(actor, settings), settings)
        if gender != "unknown":
            local.append((article, actor, gender, source))
    return (pd.DataFrame({"gender": genders, "gender_source": sources}, index=actors.index),
            pd.DataFrame(local, columns=["article_id", "actor", "gender", "gender_source"],
                         dtype=object))


def actor_genders(mentions: pd.DataFrame, quotes: pd.DataFrame, actors: pd.DataFrame,
                  settings: GenderSettings | None = None, lex: Lexicons | None = None
                  ) -> pd.DataFrame:
    """``gender`` and ``gender_source`` per actor of ``actors`` (same order, same index): the
    first table of :func:`gender_evidence` (same arguments)."""
    return gender_evidence(mentions, quotes, actors, settings, lex)[0]


def speaker_genders(quotes: pd.DataFrame, actors: pd.DataFrame,
                    by_article: pd.DataFrame | None = None) -> pd.DataFrame:
    """``speaker_gender`` and ``gender_source`` per quote: its person speaker's actor gender,
    or, for the (article, actor) pairs of ``by_article`` (the second table of
    :func:`gender_evidence`: actors ``unknown`` whose article decides), the article's own;
    ``unknown``/``none`` for every other speaker type and for unnamed people."""
    table = actors.set_index("actor")[["gender", "gender_source"]]
    person = quotes["speaker_type"] == "person"
    actor = quotes["speaker_actor"].where(person)
    gender = actor.map(table["gender"]).fillna("unknown").astype(object)
    source = actor.map(table["gender_source"]).fillna("none").astype(object)
    if by_article is not None and len(by_article) and "article_id" in quotes:
        local = {(a, n): (g, s) for a, n, g, s in by_article[
            ["article_id", "actor", "gender", "gender_source"]].itertuples(index=False)}
        keys = list(zip(quotes["article_id"], actor))
        own = [local.get(k) for k in keys]
        gender = pd.Series([o[0] if o else g for o, g in zip(own, gender)],
                           index=quotes.index, dtype=object)
        source = pd.Series([o[1] if o else s for o, s in zip(own, source)],
                           index=quotes.index, dtype=object)
    return pd.DataFrame({"speaker_gender": gender, "gender_source": source}, index=quotes.index)
