"""Speaker and actor gender: an estimate from the text and from first-name statistics.

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
   between 0.1 and 0.9), or that fewer than ``min_count`` bearers carry, stays unknown.

The text evidence (1–3) of all the actor's mentions is pooled: a gender needs ``agreement``
(default 0.75) of the signals, else the actor is ``unknown`` (conflicting signals) — first-name
statistics never overrule the text. ``gender_source`` names the first kind of evidence, in the
order above, that supports the gender found (``none`` when unknown). Organisations, groups,
documents and anonymous sources never get a gender.

This is an estimate of how the text and a name present a person, not the person's identity;
it is wrong for people whose name is usually given to the other gender and knows nothing of
non-binary people (see the README).
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import warnings
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from . import config, lexicons
from .names import fold

GENDERS = ("female", "male", "unknown")
GENDER_SOURCES = ("pronoun", "title", "role_noun", "first_name", "none")
_CODE = {"f": "female", "m": "male"}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass(frozen=True)
class GenderSettings:
    """How sure the evidence must be.

    Attributes:
        threshold: the largest name uncertainty ``0.5 - |0.5 - p(female)|`` classified.
        min_count: the fewest bearers of a first name in the statistics to use it.
        agreement: the share of an actor's text signals that must agree.
    """

    threshold: float = 0.1
    min_count: int = 50
    agreement: float = 0.75


def _statistics_file() -> Path | None:
    # find the package's data without importing it (its module imports numpy, pandas and
    # Unidecode for features we do not use)
    spec = importlib.util.find_spec("nomquamgender")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / "name_data.json"
    return path if path.is_file() else None


#: names borne by fewer people are left out of the cached table (``min_count`` below it is moot)
CACHE_MIN_COUNT = 10
#: the cache file's layout; a file of another layout is simply not found (a new name)
CACHE_FORMAT = 2
#: a cache with fewer names is not a table of nomquamgender's data (about 179,000 names of at
#: least :data:`CACHE_MIN_COUNT` bearers): rebuilt
CACHE_MIN_NAMES = 1000


class _BadCache(ValueError):
    """A cache file that is not a table this module wrote (the reason is the message)."""


def _read_cache(cached: Path, source: os.stat_result) -> dict[str, tuple[int, float]]:
    """The table in ``cached``, checked: the layout, the source file's size and date it
    records, its recorded count of names (at least :data:`CACHE_MIN_NAMES`), and every entry
    ``[bearers, p(female)]`` an integer of at least :data:`CACHE_MIN_COUNT` and a share in
    [0, 1].

    Raises:
        FileNotFoundError: no cache yet.
        OSError: the file cannot be read.
        _BadCache: anything else wrong with it.
    """
    with cached.open(encoding="utf-8") as handle:
        try:
            data = json.load(handle)
        except ValueError as exc:  # not JSON, not UTF-8
            raise _BadCache(f"not JSON: {exc}") from None
    if not isinstance(data, dict) or data.get("format") != CACHE_FORMAT:
        raise _BadCache(f"not a format-{CACHE_FORMAT} first-name table")
    if data.get("source") != {"size": source.st_size, "mtime_ns": source.st_mtime_ns}:
        raise _BadCache(f"made from another data file ({data.get('source')!r})")
    names, count = data.get("names"), data.get("count")
    if not isinstance(names, dict) or type(count) is not int or len(names) != count:
        raise _BadCache(f"holds {len(names) if isinstance(names, dict) else 'no'} names where "
                        f"it records {count!r}")
    if count < CACHE_MIN_NAMES:
        raise _BadCache(f"only {count} names (at least {CACHE_MIN_NAMES} expected)")
    table = {}
    for name, entry in names.items():
        try:
            bearers, share = entry
            ok = type(bearers) is int and bearers >= CACHE_MIN_COUNT \
                and type(share) in (float, int) and 0.0 <= share <= 1.0
        except (TypeError, ValueError):
            ok = False
        if not ok or not name:
            raise _BadCache(f"entry {name!r}: {entry!r} is not [bearers >= {CACHE_MIN_COUNT}, "
                            f"p(female) in [0, 1]]")
        table[name] = (bearers, float(share))
    return table


def _write_cache(cached: Path, source: os.stat_result, table: dict) -> None:
    """Write the cache atomically: a temporary file of this process in the same folder, then
    renamed, so that no reader (and no other process filling it) sees half a file."""
    import uuid

    payload = {"format": CACHE_FORMAT,
               "source": {"size": source.st_size, "mtime_ns": source.st_mtime_ns},
               "count": len(table), "names": table}
    cached.parent.mkdir(parents=True, exist_ok=True)
    partial = cached.with_name(f"{cached.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.part")
    try:
        with partial.open("x", encoding="utf-8") as out:
            json.dump(payload, out, separators=(",", ":"))
        os.replace(partial, cached)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _source_table(path: Path) -> dict[str, tuple[int, float]]:
    """nomquamgender's names of at least :data:`CACHE_MIN_COUNT` bearers as ``{name: (bearers,
    p(female))}``; malformed entries skipped."""
    with path.open(encoding="utf-8") as handle:
        raw = json.load(handle)
    table = {}
    for name, v in raw.items():
        if isinstance(v, list) and len(v) >= 3 and type(v[1]) is int \
                and v[1] >= CACHE_MIN_COUNT and type(v[2]) in (float, int) \
                and 0.0 <= v[2] <= 1.0:
            table[name] = (v[1], float(v[2]))
    return table


@lru_cache(maxsize=1)
def name_statistics() -> dict[str, tuple[int, float]]:
    """``{folded first name: (bearers, p(female))}`` from nomquamgender's data, names of at
    least :data:`CACHE_MIN_COUNT` bearers. Parsing the package's 22 MB JSON takes about a
    second, so the compact table is cached once as a 3.6 MB JSON file in
    :func:`analysis.config.cache_dir` (named after the data file's size and date, which it
    also records, with its count of names; read in about 0.2 s).

    The cache is checked on every read (:func:`_read_cache`: layout, source, count, every
    value's range); a wrong one (empty, partial, out of range, not JSON) is rebuilt from the
    package's data with a ``RuntimeWarning`` naming the file. It is written atomically (a
    temporary file per process, then renamed). An unreadable or unwritable cache only costs
    the second. Empty, with a warning, when the package is not installed."""
    path = _statistics_file()
    if path is None:
        warnings.warn("nomquamgender is not installed: genders come from the text alone "
                      "(pip install nomquamgender)", stacklevel=2)
        return {}
    stat = path.stat()
    cached = config.cache_dir() / (f"first-names-v{CACHE_FORMAT}-{stat.st_size}-"
                                   f"{stat.st_mtime_ns}.json")
    try:
        return _read_cache(cached, stat)
    except FileNotFoundError:
        pass  # no cache yet: built below
    except (OSError, _BadCache) as exc:
        reason = exc if isinstance(exc, _BadCache) else (exc.strerror or exc)
        warnings.warn(f"the first-name cache {cached} is unusable ({reason}); rebuilt from "
                      f"{path}", RuntimeWarning, stacklevel=2)
    table = _source_table(path)
    try:
        _write_cache(cached, stat, table)
    except OSError:
        pass
    return table


def first_name_gender(first: str, settings: GenderSettings = GenderSettings()) -> str | None:
    """``"female"``, ``"male"`` or None (unknown, rare or ambiguous) for a first name."""
    stats = name_statistics()
    key = fold(first).strip(".")
    hit = stats.get(key) or (stats.get(key.split("-")[0]) if "-" in key else None)
    if hit is None or len(key) < 2:
        return None
    count, p_female = hit
    if count < settings.min_count or 0.5 - abs(0.5 - p_female) > settings.threshold:
        return None
    return "female" if p_female > 0.5 else "male"


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _text_signals(mentions: pd.DataFrame, quotes: pd.DataFrame, people: set[str]
                  ) -> dict[str, Counter]:
    """``{actor: Counter({(gender, source): weight})}`` from pronouns, titles and role nouns,
    each distinct mention text or quote form read once and weighted by how often it occurs."""
    female_t, male_t = lexicons.words("female_titles"), lexicons.words("male_titles")
    female_r, male_r = lexicons.words("female_role_nouns"), lexicons.words("male_role_nouns")
    pronouns = lexicons.table("pronoun_genders")
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
        elif word in ("he", "she"):
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
                  settings: GenderSettings | None = None) -> pd.DataFrame:
    """``gender`` and ``gender_source`` per actor of ``actors`` (same order, same index).

    Args:
        mentions: the distinct (actor, mention text) pairs with their number of mentions:
            columns ``actor, text, n`` (final actors).
        quotes: the quotes (final ``speaker_actor``): at least ``speaker_actor, speaker_type,
            speaker, speaker_role, kind, quote``.
        actors: the actor table; only ``label == "PERSON"`` rows can get a gender.
    """
    settings = settings or GenderSettings()
    people = set(actors.loc[actors["label"] == "PERSON", "actor"])
    signals = _text_signals(mentions, quotes, people)
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
