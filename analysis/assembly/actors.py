"""The ``actors`` table of the corpus step: one row per actor across the corpus, from the
counts :mod:`analysis.assembly.step` makes and the labels of :mod:`analysis.assembly.merges`.
"""

from __future__ import annotations

from typing import Mapping

import pandas as pd

from ..schema import ACTORS

ACTOR_COLUMNS = ACTORS.names


def build_actors(stats: pd.DataFrame, labels: Mapping[str, str]) -> pd.DataFrame:
    """The ``actors`` table: one row per actor across the corpus.

    Args:
        stats: one row per actor (its name as ``actor``): ``mentions``, ``articles``,
            ``aliases`` (the sorted surface forms seen, spaces normalised), ``first_seen`` and
            ``last_seen`` (the earliest/latest publication date of its articles, NaT when
            unknown) — counted by :mod:`analysis.assembly.step`.
        labels: ``{actor: label}`` from :func:`majority_labels`.

    Returns:
        Columns ``actor, label, mentions, articles, aliases, first_seen, last_seen, gender,
        gender_source`` (the last two "unknown"/"none": :mod:`analysis.assembly.gender` fills them),
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
    out["gender"], out["gender_source"] = "unknown", "none"  # filled in by .gender
    out = out.sort_values(["mentions", "actor"], ascending=[False, True], kind="stable")
    return out[ACTOR_COLUMNS].reset_index(drop=True)
