"""What changed between two runs: the headline figures of run A and run B side by side
(``python -m analysis diff A B``; :func:`diff`).

A run is a store folder (what ``extract``, ``report`` or ``analyze(..., store=)`` wrote), its
``manifest.json``, or a :class:`~analysis.Corpus` in memory. From a store the figures are counted
on the corpus read back (:meth:`analysis.Corpus.read`: the store's last run, assembled with the
row settings it recorded, with the corrections file its manifest records as applied — when
that file is still there unchanged (same digest); a file gone or changed since is not applied
and a note says so — unless ``corrections=`` gives others); from a manifest alone (a file
whose folder is not a store) only what it records is known — the article and quote counts when
there, the settings — and the other figures are missing.

Figures (:func:`figures`): ``articles``, ``quotes``, ``sources`` (people quoted per article),
``women_share`` (women's share of the sources whose gender is known), ``anonymous_share``
(quotes typed ``anonymous`` among all quotes); then what decided them: ``model``,
``spacy_version``, ``analysis_version``, ``fingerprint``, and digests (SHA-256, first 12 hex
digits) of the run's user ``aliases``, ``lexicons`` overrides, ``thresholds`` and its
``corrections`` file (``-`` when there are none). Speakers (:func:`speakers`): the union of the
``top`` most quoted named speakers of each run (``summaries.top_speakers``), with their rank
and quotes in each run and the changes.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

COUNTS = ("articles", "quotes", "sources")
SHARES = ("women_share", "anonymous_share")
SETTINGS = ("model", "spacy_version", "analysis_version", "fingerprint", "aliases", "lexicons",
            "thresholds", "corrections")


@dataclass
class Run:
    """One side of a diff: its name (the path given), its metadata, its corpus when a store or
    a corpus was given (None for a manifest alone)."""

    name: str
    meta: dict[str, Any]
    corpus: Any = None
    #: what the reader should know about how the figures were counted (one line each)
    notes: tuple[str, ...] = ()


def load_run(value, *, corrections=None) -> Run:
    """A run from a store folder, its ``manifest.json``, or a Corpus (see the module
    docstring); ``corrections`` as for :meth:`analysis.Corpus.read` (stores only; default:
    the corrections file the run applied, :func:`recorded_corrections`).

    Raises:
        FileNotFoundError: neither a store nor a manifest.
        ValueError: a manifest that is not JSON (naming the file).
    """
    from .corpus import Corpus
    from .store import Store
    from .store.layout import MANIFEST

    if isinstance(value, Corpus):
        return Run("corpus", dict(value.meta), value)
    path = Path(value)
    folder = path.parent if path.is_file() else path
    manifest = folder / MANIFEST if path.is_dir() else path
    recorded = _manifest(manifest) if manifest.is_file() else None
    if Store(folder).exists():
        notes: tuple[str, ...] = ()
        given = corrections is not None
        if not given:
            corrections, notes = recorded_corrections(recorded or {}, str(value))
        corpus = Corpus.read(folder, corrections=corrections)
        meta = {**(recorded or {}), **corpus.meta}
        if recorded is not None and "corrections" in recorded and not given:
            meta["corrections"] = recorded["corrections"]  # what the run applied
        return Run(str(value), meta, corpus, notes)
    if recorded is None:
        raise FileNotFoundError(f"{value}: neither a corpus store nor a manifest.json")
    return Run(str(value), recorded, None)


def recorded_corrections(manifest: dict, name: str = "the run") -> tuple[Any, tuple[str, ...]]:
    """The corrections file a run's ``manifest`` records as applied (``corrections.file``), to
    count its figures as the run gave them: ``(path, ())`` when the file is there with the
    recorded digest; ``(None, (note,))`` when it is gone, changed since, or the run's
    corrections were a table rather than a file (its figures are then counted without them,
    and the note says so); ``(None, ())`` when the run applied none."""
    from .assembly.corrections import read_corrections

    fixes = manifest.get("corrections")
    if not isinstance(fixes, dict) or not fixes.get("rows"):
        return None, ()
    file = fixes.get("file")
    if not file:
        return None, (f"{name}: its corrections were given as a table, not a file: its "
                      f"figures are counted without them",)
    path = Path(file)
    if not path.is_file():
        return None, (f"{name}: its corrections file {file} is gone: its figures are counted "
                      f"without corrections",)
    try:
        read = read_corrections(path)
    except ValueError as exc:
        return None, (f"{name}: its corrections file cannot be read now ({exc}): its figures "
                      f"are counted without corrections",)
    if read.digest != fixes.get("digest"):
        return None, (f"{name}: its corrections file {file} changed since the run (digest "
                      f"{read.digest}, recorded {fixes.get('digest')}): its figures are "
                      f"counted without corrections",)
    return read, ()


def _manifest(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValueError(f"{path}: not a readable manifest ({exc})") from None
    if not isinstance(data, dict):
        raise ValueError(f"{path}: not a manifest (a JSON object expected)")
    return data


def _digest(value) -> str:
    if not value:
        return "-"
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(text.encode("ascii")).hexdigest()[:12]


def run_figures(run: Run) -> dict[str, Any]:
    """The headline figures and settings of one run (NaN / None where unknown)."""
    from .summaries import gender_share

    meta = run.meta
    out: dict[str, Any] = {}
    if run.corpus is not None:
        corpus = run.corpus
        kinds = corpus.table("quotes", ["speaker_type"])["speaker_type"]
        out["articles"] = int(meta.get("articles", len(corpus.articles)))
        out["quotes"] = int(len(kinds))
        out["sources"] = int(len(corpus.sources))
        share = gender_share(corpus)
        out["women_share"] = float(share["female_of_known"].iloc[0]) if len(share) else np.nan
        out["anonymous_share"] = float((kinds == "anonymous").mean()) if len(kinds) \
            else np.nan
    else:
        for name in ("articles", "quotes"):
            out[name] = meta.get(name, np.nan)
        out["sources"] = np.nan
        out["women_share"] = out["anonymous_share"] = np.nan
    settings = meta.get("row_settings") or {}
    out["model"] = f"{meta.get('model', '?')} {meta.get('model_version', '')}".strip()
    for name in ("spacy_version", "analysis_version", "fingerprint"):
        out[name] = meta.get(name)
    for name in ("aliases", "lexicons", "thresholds"):
        out[name] = _digest(settings.get(name))
    fixes = meta.get("corrections")
    out["corrections"] = (fixes.get("digest") or "-") if isinstance(fixes, dict) else "-"
    return out


def figures(a: Run, b: Run) -> pd.DataFrame:
    """One row per figure: ``figure, a, b, change`` (B minus A for counts and shares — shares
    in points of percentage; ``same``/``changed`` for the settings)."""
    fa, fb = run_figures(a), run_figures(b)
    rows = []
    for name in COUNTS + SHARES:
        va, vb = fa[name], fb[name]
        change = vb - va if _number(va) and _number(vb) else np.nan
        if name in SHARES and change == change:
            change = round(100 * change, 2)
        rows.append({"figure": name, "a": va, "b": vb, "change": change})
    for name in SETTINGS:
        va, vb = fa[name], fb[name]
        rows.append({"figure": name, "a": va, "b": vb,
                     "change": "same" if va == vb else "changed"})
    return pd.DataFrame(rows, columns=["figure", "a", "b", "change"])


def _number(value) -> bool:
    return isinstance(value, (int, float, np.integer, np.floating)) and value == value


def speakers(a: Run, b: Run, *, top: int = 10) -> pd.DataFrame:
    """The ``top`` most quoted named speakers of each run (union), most quoted in B first:
    ``speaker, rank_a, rank_b, rank_change`` (positive: moved up), ``quotes_a, quotes_b,
    quotes_change``; a rank is missing where the speaker has no quote in that run. Empty when
    a side has no corpus (a manifest alone)."""
    from .summaries import top_speakers

    columns = ["speaker", "rank_a", "rank_b", "rank_change", "quotes_a", "quotes_b",
               "quotes_change"]
    if a.corpus is None or b.corpus is None:
        return pd.DataFrame(columns=columns)
    ranked = []
    for run in (a, b):
        table = top_speakers(run.corpus, top=10**9)
        ranked.append(pd.DataFrame({"rank": np.arange(1, len(table) + 1),
                                    "quotes": table["quotes"].to_numpy()},
                                   index=pd.Index(table["speaker"], name="speaker")))
    names = list(dict.fromkeys([*ranked[1].index[:top], *ranked[0].index[:top]]))
    ra, rb = (r.reindex(names) for r in ranked)
    frame = pd.DataFrame({"speaker": names,
                          "rank_a": ra["rank"].astype("Int64").to_numpy(),
                          "rank_b": rb["rank"].astype("Int64").to_numpy(),
                          "quotes_a": ra["quotes"].fillna(0).astype("int64").to_numpy(),
                          "quotes_b": rb["quotes"].fillna(0).astype("int64").to_numpy()})
    frame["rank_change"] = frame["rank_a"] - frame["rank_b"]
    frame["quotes_change"] = frame["quotes_b"] - frame["quotes_a"]
    return frame[columns]


@dataclass
class RunDiff:
    """The result of :func:`diff`: :attr:`figures` and :attr:`speakers` (DataFrames); ``str()``
    prints them as tables."""

    a: str
    b: str
    figures: pd.DataFrame
    speakers: pd.DataFrame
    #: how the figures were counted, when it is not as the runs gave them (one line each)
    notes: tuple[str, ...] = ()

    def __str__(self) -> str:
        figures = self.figures.copy()
        for column in ("a", "b", "change"):
            figures[column] = [_shown(f, v, column) for f, v in zip(figures["figure"],
                                                                     figures[column])]
        text = [f"A: {self.a}", f"B: {self.b}", *(f"Note: {n}" for n in self.notes), "",
                figures.to_string(index=False)]
        if len(self.speakers):
            shown = self.speakers.astype(object).where(self.speakers.notna(), "-")
            text += ["", "Top speakers (rank_change > 0: moved up in B):",
                     shown.to_string(index=False)]
        return "\n".join(text)


def _shown(figure: str, value, column: str) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return "-"
    if figure in SHARES:
        return f"{value:+.2f} pts" if column == "change" else f"{100 * value:.1f}%"
    if figure in COUNTS and column == "change":
        return f"{int(value):+d}"
    if figure in COUNTS:
        return str(int(value))
    return str(value)


def diff(a, b, *, top: int = 10, corrections_a=None, corrections_b=None) -> RunDiff:
    """How the headline figures moved from run ``a`` to run ``b`` (a store folder, its
    ``manifest.json`` or a Corpus each; see the module docstring). ``corrections_a``/``_b``:
    corrections to apply when reading a store (as for :meth:`analysis.Corpus.read`); by
    default those the run applied (:func:`recorded_corrections`), so that a run made with
    corrections is compared as it was made.

    Returns:
        A :class:`RunDiff`: ``figures`` (one row per figure: ``figure, a, b, change``) and
        ``speakers`` (rank and quote changes of the ``top`` speakers of each run).
    """
    ra, rb = load_run(a, corrections=corrections_a), load_run(b, corrections=corrections_b)
    return RunDiff(ra.name, rb.name, figures(ra, rb), speakers(ra, rb, top=top),
                   ra.notes + rb.notes)


def write(result: RunDiff, path: str | os.PathLike[str]) -> None:
    """Both tables in one CSV (``table`` column: figures or speakers), spreadsheet-safe."""
    from .csvsafe import write_csv

    frame = pd.concat([result.figures.astype(object).assign(table="figures"),
                       result.speakers.astype(object).assign(table="speakers")],
                      ignore_index=True)
    write_csv(frame, path, index=False)
