"""Speaker and actor gender (the corpus step): an estimate from the text and from first-name
statistics.

For each PERSON actor of a corpus, the evidence is read in this order:

1. ``pronoun`` — quotes whose speaker is a pronoun the engine resolved to the person ("…,"
   she said), and reported speech whose clause opens with he/she ("Austin said he had …");
2. ``title`` — titles in the person's mentions (``female_titles``/``male_titles``: Ms, Mrs, Mr,
   Sir, Lord…);
3. ``role_noun`` — gendered role nouns in the mentions or in the person's speaker roles
   (``female_role_nouns``/``male_role_nouns``: spokeswoman, chairman, actress…);
4. ``first_name`` — the share of women among the bearers of the person's first name, from the
   name statistics of `nomquamgender <https://github.com/ianvanbuskirk/nomquamgender>`_ (MIT
   licence; 720,000 names compiled from 36 sources, Van Buskirk et al. 2023). A name whose
   uncertainty ``0.5 - |0.5 - p(female)|`` is above ``threshold`` (default 0.1: p(female)
   between 0.1 and 0.9), or that fewer than ``min_count`` bearers carry, stays unknown
   (:mod:`analysis.engine.first_names`).

The text evidence (1–3) of all the actor's mentions is pooled: a gender needs ``agreement``
(default 0.75) of the signals, else the actor is ``unknown`` (conflicting signals) — first-name
statistics never overrule the text. ``gender_source`` names the first kind of evidence, in the
order above, that supports the gender found (``none`` when unknown). Organisations, groups,
documents and anonymous sources never get a gender.

This is an estimate of how the text and a name present a person, not the person's identity;
it is wrong for people whose name is usually given to the other gender and knows nothing of
non-binary people (see the README).

The word lists (``female_titles``, ``male_titles``, ``female_role_nouns``, ``male_role_nouns``,
``pronoun_genders``) come from the :class:`~analysis.lexicons.Lexicons` :func:`actor_genders` is
given: the run's, with the user's overrides (never the ambient ones).
"""

from __future__ import annotations

import re
from collections import Counter

import pandas as pd

from ..engine.first_names import GenderSettings, first_name_gender
from ..lexicons import Lexicons, packaged
from ..vocab import GENDER_SOURCES

_CODE = {"f": "female", "m": "male"}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _lower(lex: Lexicons, name: str) -> frozenset[str]:
    return lex.derived(f"words:{name}", lambda lx: frozenset(v.lower() for v in lx.lists[name]))


def _text_signals(mentions: pd.DataFrame, quotes: pd.DataFrame, people: set[str],
                  lex: Lexicons) -> dict[str, Counter]:
    """``{actor: Counter({(gender, source): weight})}`` from pronouns, titles and role nouns
    (the word lists of ``lex``), each distinct mention text or quote form read once and
    weighted by how often it occurs."""
    female_t, male_t = _lower(lex, "female_titles"), _lower(lex, "male_titles")
    female_r, male_r = _lower(lex, "female_role_nouns"), _lower(lex, "male_role_nouns")
    pronouns = lex.tables["pronoun_genders"]
    signals: dict[str, Counter] = {}

    def add(actor: str, signal: tuple[str, str], n: int) -> None:
        signals.setdefault(actor, Counter())[signal] += n

    def add_words(actor: str, words: list[str], with_titles: bool, n: int) -> None:
        for w in words:
            if with_titles and w in female_t:
                add(actor, ("female", "title"), n)
            elif with_titles and w in male_t:
                add(actor, ("male", "title"), n)
            elif w in female_r:
                add(actor, ("female", "role_noun"), n)
            elif w in male_r:
                add(actor, ("male", "role_noun"), n)

    ents = mentions[mentions["actor"].isin(people)]
    for actor, text, n in zip(ents["actor"], ents["text"], ents["n"]):
        # only the words before the name can be titles or roles ("Ms Ardern", not "Mrs Brown's
        # Boys" as a name): the actor's own words are left out
        name_words = set(_words(actor))
        add_words(actor, [w for w in _words(text) if w not in name_words], True, int(n))
    named = quotes[quotes["speaker_actor"].isin(people) & (quotes["speaker_type"] == "person")]
    if named.empty:
        return signals
    # the forms that decide: the speaker phrase (a pronoun?), the first word of a reported
    # clause ("Austin said he had recommended …": its subject is the speaker), the role
    speaker = named["speaker"].where(named["speaker"].map(lambda v: isinstance(v, str)))
    first = named["quote"].where(named["kind"] == "indirect").map(
        lambda q: q.split(maxsplit=1)[0].lower() if isinstance(q, str) and q.strip() else None)
    forms = pd.DataFrame({"actor": named["speaker_actor"].to_numpy(),
                          "speaker": speaker.str.lower().to_numpy(),
                          "first": first.to_numpy(), "role": named["speaker_role"].to_numpy()})
    counted = forms.value_counts(dropna=False, sort=False).reset_index(name="n")
    for actor, spoken, word, role, n in counted.itertuples(index=False):
        code = pronouns.get(spoken) if isinstance(spoken, str) else None
        if code in _CODE:
            add(actor, (_CODE[code], "pronoun"), int(n))
        elif word in ("he", "she") and pronouns.get(word) in _CODE:
            add(actor, (_CODE[pronouns[word]], "pronoun"), int(n))
        if isinstance(role, str):
            add_words(actor, _words(role), False, int(n))
    return signals


def _decide(signals: Counter, settings: GenderSettings) -> tuple[str, str] | None:
    """The gender the pooled text signals (``{(gender, source): weight}``) agree on, with its
    first source; "unknown" when they conflict; None when there are none."""
    total = sum(signals.values())
    if not total:
        return None
    votes: Counter = Counter()
    for (g, _), n in signals.items():
        votes[g] += n
    gender, n = votes.most_common(1)[0]
    if n < settings.agreement * total:
        return "unknown", "none"
    sources = {s for g, s in signals if g == gender}
    return gender, next(s for s in GENDER_SOURCES if s in sources)


def actor_genders(mentions: pd.DataFrame, quotes: pd.DataFrame, actors: pd.DataFrame,
                  settings: GenderSettings | None = None, lex: Lexicons | None = None
                  ) -> pd.DataFrame:
    """``gender`` and ``gender_source`` per actor of ``actors`` (same order, same index).

    Args:
        mentions: the distinct (actor, mention text) pairs with their number of mentions:
            columns ``actor, text, n`` (final actors).
        quotes: the quotes (final ``speaker_actor``): at least ``speaker_actor, speaker_type,
            speaker, speaker_role, kind, quote``.
        actors: the actor table; only ``label == "PERSON"`` rows can get a gender.
        settings: how sure the evidence must be.
        lex: the word lists (titles, role nouns, pronouns); default: the packaged ones.
    """
    settings = settings or GenderSettings()
    people = set(actors.loc[actors["label"] == "PERSON", "actor"])
    signals = _text_signals(mentions, quotes, people, lex if lex is not None else packaged())
    genders, sources = [], []
    for actor in actors["actor"]:
        found = None
        if actor in people:
            found = _decide(signals.get(actor, Counter()), settings)
            words = str(actor).split()
            if found is None and len(words) >= 2:
                by_name = first_name_gender(words[0], settings)
                found = (by_name, "first_name") if by_name else None
        gender, source = found or ("unknown", "none")
        genders.append(gender)
        sources.append(source)
    return pd.DataFrame({"gender": genders, "gender_source": sources}, index=actors.index)


def speaker_genders(quotes: pd.DataFrame, actors: pd.DataFrame) -> pd.DataFrame:
    """``speaker_gender`` and ``gender_source`` per quote: its person speaker's actor gender;
    ``unknown``/``none`` for every other speaker type and for unnamed people."""
    table = actors.set_index("actor")[["gender", "gender_source"]]
    person = quotes["speaker_type"] == "person"
    actor = quotes["speaker_actor"].where(person)
    gender = actor.map(table["gender"]).fillna("unknown").astype(object)
    source = actor.map(table["gender_source"]).fillna("none").astype(object)
    return pd.DataFrame({"speaker_gender": gender, "gender_source": source}, index=quotes.index)
