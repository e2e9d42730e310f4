"""Drawing an audit sample: stratified, reproducible, and stable when articles are added.

The rules (what :func:`sample` promises):

* **Strata.** Items are grouped by the values of ``by`` (default: quotes by outlet, kind and
  speaker type; sources by outlet and gender — the engine's gender, so that every gender the
  engine gives is audited). The ``stratum`` column holds the values joined by ``|``
  ("bbc|direct|person"; a missing value is ``(none)``).
* **Allocation** (:func:`allocate`): proportional to the stratum sizes, with a floor of one
  item per non-empty stratum and a ceiling of the stratum's size: strata whose proportional
  share is below one get one item, strata whose share exceeds their size get all their items,
  and the rest of ``n`` is shared in proportion to size by the largest-remainder (Hamilton)
  method (ties: the larger stratum, then the stratum key). When ``n`` is smaller than the
  number of non-empty strata, the ``n`` largest strata get one item each (the others none: the
  estimates then describe the strata drawn); when ``n`` is at least the number of items, every
  item is drawn.
* **Which items.** Every item gets a key ``u = BLAKE2b(seed, item_id)`` read as a number in
  [0, 1): a stratum allocated ``k`` items takes the ``k`` items with the smallest keys. An
  item's key depends on the seed and its own id only, never on the other items, so the same
  corpus and seed give the same items, and the rows are written in key order (a random order:
  whoever stops labelling half-way has judged a random part of the sample) — the same CSV,
  byte for byte.
* **Weights.** ``weight`` = the stratum's number of items / the number drawn from it, at the
  time of drawing: the number of corpus items each sampled item stands for (Horvitz–Thompson).
* **Re-drawing into an existing NAME** (e.g. after new articles were analysed) never changes or
  removes a row, its weight or its answers. It draws only from the items of articles the audit
  has not seen (the articles of the earlier drawings, listed in ``NAME.draws.json``, and every
  article with a row): a new *wave*, stratified the same way within the new articles, of
  ``max(1, round(n × new items / all items of the corpus))`` items (the sampling fraction of
  ``n`` over the current corpus), appended after the old rows, with weights of its own (a wave is
  a sample of its own articles: the waves together are a stratified sample of the corpus with
  strata = wave × stratum). Nothing is written when there are no new articles. The seed, item
  kind and strata of a re-draw must be those of the audit (else ValueError: choose a new name).
"""

from __future__ import annotations

import hashlib
import json
import math
import os
from typing import Any, Iterable

import numpy as np
import pandas as pd

from .answers import audit_path, draws_path, load, write, write_json
from .items import DEFAULT_BY, ITEM_COLUMNS, ITEMS, MISSING_STRATUM, items

_NOT_STRATA = ("item_id", "item", "stratum", "weight", "start", "end", "quote", "confidence",
               "quote_id")


def item_key(seed: int, item_id: str) -> float:
    """The item's sampling key in [0, 1): BLAKE2b (8 bytes) of ``"<seed>:<item_id>"`` — a
    function of the seed and the item only."""
    digest = hashlib.blake2b(f"{seed}:{item_id}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2.0 ** 64


def allocate(sizes: dict[str, int], n: int) -> dict[str, int]:
    """How many items each stratum gets out of ``n``: proportional to ``sizes``, at least one
    per non-empty stratum and at most its size (see the module's rules). Strata of size 0 get 0.
    """
    sizes = {k: int(v) for k, v in sizes.items()}
    strata = [k for k in sorted(sizes) if sizes[k] > 0]
    out = {k: 0 for k in sizes}
    total = sum(sizes[k] for k in strata)
    if n <= 0 or not strata:
        return out
    if n >= total:
        out.update({k: sizes[k] for k in strata})
        return out
    if n < len(strata):
        largest = sorted(strata, key=lambda k: (-sizes[k], k))[:n]
        out.update({k: 1 for k in largest})
        return out
    fixed: dict[str, int] = {}
    while True:
        free = [k for k in strata if k not in fixed]
        left = n - sum(fixed.values())
        mass = sum(sizes[k] for k in free)
        quota = {k: left * sizes[k] / mass for k in free}
        changed = False
        for k in free:
            if quota[k] < 1:
                fixed[k], changed = 1, True
            elif quota[k] > sizes[k]:
                fixed[k], changed = sizes[k], True
        if not changed:
            break
    base = {k: math.floor(quota[k]) for k in free}
    rest = left - sum(base.values())
    order = sorted(free, key=lambda k: (-(quota[k] - base[k]), -sizes[k], k))
    for k in order[:rest]:
        base[k] += 1
    out.update(fixed)
    out.update(base)
    return out


def stratum_keys(frame: pd.DataFrame, by: tuple[str, ...]) -> pd.Series:
    """The ``stratum`` text of each row: the values of ``by`` joined by ``|`` (a ``|`` inside a
    value becomes ``/``; a missing value is ``(none)``)."""
    if frame.empty:
        return pd.Series([], index=frame.index, dtype=object)
    parts = [frame[c].astype(str).str.replace("|", "/", regex=False)
             .where(frame[c].astype(str) != "", MISSING_STRATUM) for c in by]
    keys = parts[0]
    for part in parts[1:]:
        keys = keys + "|" + part
    return keys


def draw(population: pd.DataFrame, n: int, by: tuple[str, ...], seed: int) -> pd.DataFrame:
    """A stratified sample of ``n`` rows of ``population`` (audit items), with ``stratum`` and
    ``weight`` set, in key order."""
    pop = population.copy()
    pop["stratum"] = stratum_keys(pop, by)
    pop["_key"] = [item_key(seed, i) for i in pop["item_id"]]
    sizes = pop.groupby("stratum").size().to_dict()
    counts = allocate(sizes, n)
    pop = pop.sort_values(["_key", "item_id"], kind="stable")
    rank = pop.groupby("stratum").cumcount()
    keep = rank < pop["stratum"].map(counts)
    picked = pop[keep.values].copy()
    picked["weight"] = [sizes[s] / counts[s] for s in picked["stratum"]]
    return picked.drop(columns="_key").reset_index(drop=True)


def _wave_size(n: int, new: int, total: int) -> int:
    return 0 if new == 0 else max(1, int(math.floor(n * new / total + 0.5)))


def sample(corpus, n: int = 200, by: Iterable[str] | str | None = None, seed: int = 0,
           name: str = "audit", item: str = "quote",
           directory: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """Draw (or extend) the audit NAME: a stratified sample of ``n`` items of ``corpus``
    written to ``<directory>/NAME.csv`` with empty answer columns (see the module's rules).

    Args:
        n: the sample size (for a re-draw: the size the whole current corpus would get; the new
            articles get their proportional share of it).
        by: item columns defining the strata; None: ``("source", "kind", "speaker_type")`` for
            quotes, ``("source", "gender")`` for sources.
        seed: an integer; the same corpus and seed give the same sample.
        item: ``"quote"`` (rows of ``corpus.quotes``) or ``"source"`` (rows of
            ``corpus.sources``: the gender question).
        directory: where audits live (default ``data/audit/``).

    Returns:
        The audit as :func:`analysis.audit.load` reads it (all rows, old and new).

    Raises:
        ValueError: a bad name, item or stratum column, or a re-draw with another seed, item
            kind or strata than the audit's.
    """
    if item not in ITEMS:
        raise ValueError(f"unknown item={item!r}; expected one of {ITEMS}")
    by = DEFAULT_BY[item] if by is None else ((by,) if isinstance(by, str) else tuple(by))
    allowed = [c for c in ITEM_COLUMNS if c not in _NOT_STRATA]
    wrong = [c for c in by if c not in allowed]
    if wrong or not by:
        raise ValueError(f"cannot stratify by {wrong or by!r}; choose among {', '.join(allowed)}")
    if not isinstance(seed, (int, np.integer)):
        raise ValueError(f"seed must be an integer, not {seed!r}")
    seed = int(seed)
    path, record_path = audit_path(name, directory), draws_path(name, directory)
    population = items(corpus, item)
    article_ids = sorted(set(corpus.table("articles", ["article_id"])["article_id"]))
    design: dict[str, Any] = {"item": item, "by": list(by), "seed": seed}
    drawn: dict[str, Any]
    if path.exists():
        old = load(name, directory)
        drawn = json.loads(record_path.read_text("utf-8")) if record_path.exists() else \
            {**design, "draws": []}
        kinds = set(old["item"])
        if {k: drawn.get(k) for k in design} != design or kinds - {item}:
            raise ValueError(f"audit {name!r} was drawn with item={drawn.get('item')!r}, "
                             f"by={drawn.get('by')!r}, seed={drawn.get('seed')!r}: re-draw it "
                             f"with those, or give the new sample another name")
        seen = set(old["article_id"]).union(*(d["articles"] for d in drawn["draws"]))
        new = population[~population["article_id"].isin(seen)
                         & ~population["item_id"].isin(set(old["item_id"]))]
        fresh = sorted(set(article_ids) - seen)
        if not fresh:
            return old
        size = _wave_size(n, len(new), len(population))
        wave, pool = draw(new, size, by, seed), len(new)
        rows = pd.concat([old, wave], ignore_index=True)
    else:
        drawn, fresh = {**design, "draws": []}, article_ids
        size = min(n, len(population))
        rows = wave = draw(population, size, by, seed)
        pool = len(population)
    write(rows, path)
    drawn["draws"].append({"n": int(len(wave)), "items": int(pool), "articles": fresh})
    write_json(drawn, record_path)
    return load(name, directory)
