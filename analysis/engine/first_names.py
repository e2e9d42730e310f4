"""First-name statistics: the share of women among the bearers of a first name.

From the name statistics of `nomquamgender <https://github.com/ianvanbuskirk/nomquamgender>`_
(MIT licence; 720,000 names compiled from 36 sources, Van Buskirk et al. 2023), read from the
package's data file and cached compactly (:func:`name_statistics`). A name whose uncertainty
``0.5 - |0.5 - p(female)|`` is above ``threshold`` (default 0.1: p(female) between 0.1 and 0.9),
or that fewer than ``min_count`` bearers carry, stays unknown (:func:`first_name_gender`).

A rare name (fewer than ``min_count`` bearers, at least :data:`CACHE_MIN_COUNT`) can still be
judged where the caller asks for it (``rare=True``: the corpus step's actor genders, setting
``rare_names``): by its *expected* share of women given so few bearers
(:func:`expected_share`: the posterior mean under the distribution of shares among names of at
least :data:`PRIOR_MIN_COUNT` bearers), which must pass the same ``threshold``. That expected
share is the statistics' own error rate for a bearer of that name (the chance a bearer is of
the other gender), so a rare name is held to the same bound as a common one: 15 bearers all
men ("Zabiullah") expect 1.6% women and are male; 10 bearers with one woman expect 7.1%
(male); 15 with two expect 11.7% (unknown), 20 with one 3.4% (male).

Used per article (he/she resolution, :mod:`analysis.engine.quotes.pronouns`) and by the corpus
step (surname merges, actor genders: :mod:`analysis.assembly`).
"""

from __future__ import annotations

import importlib.util
import json
import math
import os
import warnings
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .. import config
from .names import fold


@dataclass(frozen=True)
class GenderSettings:
    """How sure the evidence must be.

    Attributes:
        threshold: the largest name uncertainty ``0.5 - |0.5 - p(female)|`` classified.
        min_count: the fewest bearers of a first name in the statistics to use it.
        margin: the log-odds an actor's evidence must reach for a gender (the corpus step's
            decision threshold: :mod:`analysis.assembly.gender`).
        article_cap: the most log-odds one article's text can give either way.
        rare_names: whether the corpus step's actor genders also judge a first name of fewer
            than ``min_count`` bearers by its expected share (:func:`expected_share`); the
            engine's per-article uses (name detection, he/she resolution) never do.
    """

    threshold: float = 0.1
    min_count: int = 50
    margin: float = 2.0
    article_cap: float = 6.0
    rare_names: bool = True


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
#: the cache file's layout; a file of another layout is simply not found (a new name). Layout 3
#: stores the table by columns (``names``, ``bearers``, ``shares``: three parallel lists), which
#: JSON reads about four times faster than layout 2's ``{name: [bearers, share]}``
CACHE_FORMAT = 3
#: a cache with fewer names is not a table of nomquamgender's data (about 179,000 names of at
#: least :data:`CACHE_MIN_COUNT` bearers): rebuilt
CACHE_MIN_NAMES = 1000


class _BadCache(ValueError):
    """A cache file that is not a table this module wrote (the reason is the message)."""


def _good_entry(name: object, bearers: object, share: object) -> bool:
    return isinstance(name, str) and bool(name) and type(bearers) is int \
        and bearers >= CACHE_MIN_COUNT and type(share) in (float, int) \
        and 0.0 <= share <= 1.0  # type: ignore[operator]


def _read_cache(cached: Path, source: os.stat_result) -> dict[str, tuple[int, float]]:
    """The table in ``cached``, checked: the layout, the source file's size and date it
    records, its recorded count of names (at least :data:`CACHE_MIN_NAMES`, and as many
    bearer counts and shares as names), and every entry: a non-empty name, its bearers an
    integer of at least :data:`CACHE_MIN_COUNT` and its share in [0, 1].

    The checks run on whole columns (C loops); only a wrong file is walked entry by entry, to
    name the first wrong entry. The garbage collector is paused while the file's 500,000
    objects are made (it would otherwise scan them several times over: 2-3 times the read).

    Raises:
        FileNotFoundError: no cache yet.
        OSError: the file cannot be read.
        _BadCache: anything else wrong with it.
    """
    import gc

    paused = gc.isenabled()
    gc.disable()
    try:
        with cached.open(encoding="utf-8") as handle:
            try:
                data = json.load(handle)
            except ValueError as exc:  # not JSON, not UTF-8
                raise _BadCache(f"not JSON: {exc}") from None
        if not isinstance(data, dict) or data.get("format") != CACHE_FORMAT:
            raise _BadCache(f"not a format-{CACHE_FORMAT} first-name table")
        if data.get("source") != {"size": source.st_size, "mtime_ns": source.st_mtime_ns}:
            raise _BadCache(f"made from another data file ({data.get('source')!r})")
        names, bearers, shares = data.get("names"), data.get("bearers"), data.get("shares")
        count = data.get("count")
        columns = (names, bearers, shares)
        if not (isinstance(names, list) and isinstance(bearers, list)
                and isinstance(shares, list)) or type(count) is not int \
                or not len(names) == len(bearers) == len(shares) == count:
            found = "/".join(str(len(c)) if isinstance(c, list) else "no" for c in columns)
            raise _BadCache(f"holds {found} names/bearers/shares where it records {count!r}")
        if count < CACHE_MIN_NAMES:
            raise _BadCache(f"only {count} names (at least {CACHE_MIN_NAMES} expected)")
        good = all(map(str.__instancecheck__, names)) and all(names) \
            and all(map(int.__instancecheck__, bearers)) \
            and not any(map(bool.__instancecheck__, bearers)) \
            and min(bearers) >= CACHE_MIN_COUNT and all(map(float.__instancecheck__, shares)) \
            and not any(map(math.isnan, shares)) and min(shares) >= 0.0 and max(shares) <= 1.0
        if not good:  # find the first wrong entry (or a share written as an integer: fine)
            for name, n, share in zip(names, bearers, shares):
                if not _good_entry(name, n, share):
                    raise _BadCache(f"entry {name!r}: {[n, share]!r} is not [bearers >= "
                                    f"{CACHE_MIN_COUNT}, p(female) in [0, 1]]")
        table = dict(zip(names, zip(bearers, map(float, shares))))
        if len(table) != count:
            raise _BadCache(f"{count - len(table)} names are listed twice")
        return table
    finally:
        if paused:
            gc.enable()


def _write_cache(cached: Path, source: os.stat_result, table: dict) -> None:
    """Write the cache atomically: a temporary file of this process in the same folder, then
    renamed, so that no reader (and no other process filling it) sees half a file."""
    import uuid

    payload = {"format": CACHE_FORMAT,
               "source": {"size": source.st_size, "mtime_ns": source.st_mtime_ns},
               "count": len(table), "names": list(table),
               "bearers": [bearers for bearers, _ in table.values()],
               "shares": [float(share) for _, share in table.values()]}
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
    second, so the compact table is cached once as a 3.4 MB JSON file of three columns in
    :func:`analysis.config.cache_dir` (named after the data file's size and date, which it
    also records, with its count of names; read and checked in about 0.25 s).

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


#: names of at least this many bearers give the prior distribution of shares of women
#: (:func:`expected_share`); their observed share is close to the true one
PRIOR_MIN_COUNT = 1000
#: bins of the prior (shares of women from 0 to 1)
PRIOR_BINS = 50


@lru_cache(maxsize=1)
def _prior() -> tuple[tuple[float, float], ...]:
    """``((bin middle, share of names), ...)``: how the share of women is spread among names
    of at least :data:`PRIOR_MIN_COUNT` bearers (most are near 0 or 1; about 16% between 0.1
    and 0.9)."""
    counts = [0] * PRIOR_BINS
    for bearers, share in name_statistics().values():
        if bearers >= PRIOR_MIN_COUNT:
            counts[min(int(share * PRIOR_BINS), PRIOR_BINS - 1)] += 1
    total = sum(counts) or 1
    return tuple(((i + 0.5) / PRIOR_BINS, n / total) for i, n in enumerate(counts))


@lru_cache(maxsize=4096)
def expected_share(bearers: int, p_female: float) -> float:
    """The expected share of women among all bearers of a name whose ``bearers`` bearers in
    the statistics are ``p_female`` women: the posterior mean of a binomial sample under the
    prior of :func:`_prior` (empirical Bayes). Close to ``p_female`` for a common name; pulled
    towards the shares usual among names for a rare one."""
    women = p_female * bearers
    weights = [w * math.exp(women * math.log(mid) + (bearers - women) * math.log1p(-mid))
               for mid, w in _prior()]
    total = sum(weights)
    if total <= 0.0:
        return p_female
    return sum(w * mid for w, (mid, _) in zip(weights, _prior())) / total


def first_name_share(first: str, settings: GenderSettings = GenderSettings(), *,
                     rare: bool = False) -> float | None:
    """p(female) of a first name, or None when the name is unknown, rare or ambiguous (fewer
    than ``min_count`` bearers, uncertainty above ``threshold``).

    With ``rare``, a name of fewer than ``min_count`` bearers (at least
    :data:`CACHE_MIN_COUNT`) gives its :func:`expected_share` instead, when that passes
    ``threshold``."""
    stats = name_statistics()
    key = fold(first).strip(".")
    hit = stats.get(key) or (stats.get(key.split("-")[0]) if "-" in key else None)
    if hit is None or len(key) < 2:
        return None
    count, p_female = hit
    if count < settings.min_count:
        if not rare:
            return None
        p_female = expected_share(count, p_female)
    if 0.5 - abs(0.5 - p_female) > settings.threshold:
        return None
    return p_female


def is_first_name(word: str, settings: GenderSettings = GenderSettings()) -> bool:
    """Whether ``word`` is a first name of the statistics (folded; at least ``min_count``
    bearers), whatever its bearers' gender: "Nicola" and "Jordan" are, "Tods" is not."""
    hit = name_statistics().get(fold(word))
    return hit is not None and hit[0] >= settings.min_count


def first_name_gender(first: str, settings: GenderSettings = GenderSettings()) -> str | None:
    """``"female"``, ``"male"`` or None (unknown, rare or ambiguous) for a first name."""
    p_female = first_name_share(first, settings)
    if p_female is None:
        return None
    return "female" if p_female > 0.5 else "male"
