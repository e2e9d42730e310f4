"""The user's corrections: what a researcher found wrong in the tables, applied in the corpus-level
step every time a corpus is assembled — so a correction survives the next run and no article is
parsed again.

The file (default ``data/corrections.csv``: :data:`analysis.config.CORRECTIONS_FILE`; tracked
with the user's analysis, none ships with the package) is a CSV with a header and the columns
:data:`CORRECTION_COLUMNS` (any order; all but ``kind`` may be left out; an unknown column is an
error). One row per correction, ``kind`` one of:

* ``not_a_quote`` — the quote is dropped (from ``quotes``, and so from ``sources``: a person whose
  only quote it was is no longer a source of that article).
* ``speaker`` — the quote's ``speaker_actor`` becomes ``value`` (an actor name; a name the corpus
  step merges, such as a surname, is taken to its final name), ``speaker_type`` ``person`` — or
  the type written before a colon: ``organization: Ministry of Health``, ``anonymous:`` (a type
  without a name has no actor). The speaker phrase, its offsets and ``speaker_role`` (the wrong
  speaker's) are cleared; the gender is that of the new actor.
* ``merge`` — actor ``actor`` is actor ``value``: every row of ``actor`` (entities, quotes,
  sources, actors) moves to ``value``, and the ``actors`` row of ``value`` is counted again over
  both (mentions, articles, aliases, label, gender).
* ``gender`` — the ``gender`` of actor ``actor`` becomes ``value`` (``female``, ``male`` or
  ``unknown``), ``gender_source`` ``correction``, in every article (its quotes and sources too).

A quote is named by ``quote_id`` **and** its offsets ``start``/``end`` (required): the
correction applies only when the quote with that id still spans exactly ``[start, end)`` (and is
in ``article_id`` when given). Without a ``quote_id``, ``article_id`` and the offsets name it.
When the article was edited or parsed again so that the id now names another span, or the
quote, the actor or the article is gone, the correction is **stale**: it is applied to nothing,
listed in the report (:attr:`Resolved.report`: ``status`` ``stale`` and the ``reason``), in
``corpus.meta["corrections"]`` (what the manifest records) and in a warning naming its line —
never dropped silently, never applied to another quote. A row that cannot be read (unknown
kind, offsets that are not numbers, a missing value) is an error naming the file and line
(:class:`CorrectionError`).

:func:`read_corrections` reads and checks the file; :func:`resolve` matches it against the
corpus's rows (the corpus step calls it: :func:`analysis.assembly.compute`); the
:class:`Resolved` it returns is applied to the quote rows (:meth:`Resolved.quote_rows`), the
actor names (:attr:`Resolved.renames`) and the actors' genders (:func:`apply_genders`).
:func:`append_corrections` adds rows to a file without repeating rows it has (what
:func:`analysis.audit.to_corrections` uses).
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Mapping

import pandas as pd

from ..csvsafe import neutralise, restore
from ..vocab import GENDERS, SPEAKER_TYPES

#: the columns of a corrections file, in the order they are written
CORRECTION_COLUMNS = ("kind", "quote_id", "article_id", "start", "end", "actor", "value", "note")
#: the kinds of correction
CORRECTION_KINDS = ("not_a_quote", "speaker", "merge", "gender")
#: the columns of the report: one row per correction, ``status`` ``applied`` or ``stale``
REPORT_COLUMNS = ("line", "kind", "quote_id", "article_id", "start", "end", "actor", "value",
                  "status", "reason")
_QUOTE_KINDS = ("not_a_quote", "speaker")
#: the columns the corpus step needs in the quote rows to match quote corrections
QUOTE_KEYS = ["quote_id", "start", "end"]


class CorrectionError(ValueError):
    """A corrections file (or table) that cannot be read: names the file and line."""


@dataclass(frozen=True)
class Corrections:
    """The correction rows of one file or table, checked.

    Attributes:
        rows: :data:`CORRECTION_COLUMNS` as strings ("" when empty) but ``start``/``end``
            (``Int64``), and ``line``: the line of the file each row starts on (for a table
            given in memory: its position, counted from 1).
        file: the file read, or None for a table given in memory.
        digest: SHA-256 (first 16 hex digits) of the file's bytes, or of the table as CSV.
    """

    rows: pd.DataFrame
    file: str | None
    digest: str

    def __len__(self) -> int:
        return len(self.rows)

    def where(self, line: int) -> str:
        """How a row is named in a message: ``FILE, line N`` or ``corrections row N``."""
        return f"{self.file}, line {line}" if self.file else f"corrections row {line}"

    def only(self, kinds: Iterable[str]) -> "Corrections":
        """The rows of these kinds alone (same file and digest)."""
        keep = self.rows["kind"].isin(set(kinds))
        return Corrections(self.rows[keep].reset_index(drop=True), self.file, self.digest)


def read_corrections(source) -> Corrections:
    """The corrections in ``source``: a CSV path, a DataFrame with (some of) the columns
    :data:`CORRECTION_COLUMNS`, or a :class:`Corrections` (returned as it is).

    Raises:
        FileNotFoundError: no such file.
        CorrectionError: an unknown column, or a row that cannot be used (naming the file and
            line and what is wrong).
    """
    if isinstance(source, Corrections):
        return source
    if isinstance(source, pd.DataFrame):
        frame = source.copy()
        frame.columns = [str(c) for c in frame.columns]
        for name in frame.columns:
            frame[name] = [_text(v) for v in frame[name]]
        lines = list(range(1, len(frame) + 1))
        digest = _digest(frame.to_csv(index=False).encode("utf-8"))
        return _checked(frame.reset_index(drop=True), lines, None, digest)
    path = Path(source)
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CorrectionError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") \
            from None
    reader = csv.reader(io.StringIO(text, newline=""))
    records, lines = [], []
    header: list[str] | None = None
    start = 1
    for record in reader:
        if header is None:
            header = [h.strip() for h in record]
        elif any(cell.strip() for cell in record):
            if len(record) != len(header):
                raise CorrectionError(f"{path}, line {start}: {len(record)} field(s), the "
                                      f"header has {len(header)}")
            records.append([restore(cell) for cell in record])
            lines.append(start)
        start = reader.line_num + 1
    if header is None:
        header = list(CORRECTION_COLUMNS)
    frame = pd.DataFrame(records, columns=header, dtype=object)
    return _checked(frame, lines, str(path), _digest(data))


def _text(value) -> str:
    if value is None or (isinstance(value, float) and value != value) or value is pd.NA:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def _checked(frame: pd.DataFrame, lines: list[int], file: str | None, digest: str
             ) -> Corrections:
    where = (lambda line: f"{file}, line {line}") if file else \
        (lambda line: f"corrections row {line}")
    name = file or "corrections table"
    unknown = [c for c in frame.columns if c not in CORRECTION_COLUMNS]
    if unknown:
        raise CorrectionError(f"{name}: unknown column(s) {', '.join(map(repr, unknown))}; "
                              f"expected {', '.join(CORRECTION_COLUMNS)}")
    if len(frame) and "kind" not in frame.columns:
        raise CorrectionError(f"{name}: no 'kind' column")
    frame = frame.reindex(columns=list(CORRECTION_COLUMNS), fill_value="")
    frame = frame.apply(lambda col: col.map(lambda v: "" if v is None else str(v).strip()))
    starts: list[object] = []
    ends: list[object] = []
    for line, row in zip(lines, frame.itertuples(index=False)):
        problem = _row_problem(row)
        if problem:
            raise CorrectionError(f"{where(line)}: {problem}")
        starts.append(int(row.start) if row.start else pd.NA)
        ends.append(int(row.end) if row.end else pd.NA)
    frame["start"] = pd.array(starts, dtype="Int64")
    frame["end"] = pd.array(ends, dtype="Int64")
    frame.insert(0, "line", pd.array(lines, dtype="int64"))
    return Corrections(frame.reset_index(drop=True), file, digest)


def _row_problem(row) -> str | None:
    """What is wrong with one correction row, or None."""
    if row.kind not in CORRECTION_KINDS:
        return f"kind {row.kind!r} is not one of {', '.join(CORRECTION_KINDS)}"
    for name in ("start", "end"):
        value = getattr(row, name)
        if value and not (value.isascii() and value.isdigit()):
            return f"{name} {value!r} is not a character offset (a whole number >= 0)"
    if row.kind in _QUOTE_KINDS:
        if not row.start or not row.end:
            return (f"a {row.kind} correction needs the quote's start and end (its offsets: "
                    f"they check that the quote is still the one corrected)")
        if int(row.start) >= int(row.end):
            return f"start {row.start} is not before end {row.end}"
        if not row.quote_id and not row.article_id:
            return f"a {row.kind} correction needs a quote_id or an article_id"
        if row.kind == "speaker":
            if not row.value:
                return "a speaker correction needs the speaker in value"
            return _speaker_problem(row.value)
        return None
    if not row.actor:
        return f"a {row.kind} correction needs the actor in actor"
    if not row.value:
        return f"a {row.kind} correction needs value"
    if row.kind == "merge" and row.actor == row.value:
        return f"actor and value are the same ({row.actor!r})"
    if row.kind == "gender" and row.value not in GENDERS:
        return f"gender {row.value!r} is not one of {', '.join(GENDERS)}"
    return None


def speaker_value(value: str) -> tuple[str | None, str]:
    """``(actor, speaker_type)`` of a speaker correction's value: ``NAME`` (a person), or
    ``TYPE: NAME`` / ``TYPE:`` with a speaker type of :data:`analysis.vocab.SPEAKER_TYPES`."""
    head, colon, rest = value.partition(":")
    if colon and head.strip() in SPEAKER_TYPES:
        return (rest.strip() or None), head.strip()
    return value.strip(), "person"


def _speaker_problem(value: str) -> str | None:
    actor, kind = speaker_value(value)
    if actor is None and kind in ("person", "organization"):
        return f"speaker {value!r}: a {kind} speaker needs a name after the colon"
    return None


@dataclass(frozen=True)
class Resolved:
    """The corrections matched against a corpus's rows: what the corpus step applies.

    Attributes:
        drop: the ids of the quotes that are not quotes.
        speakers: ``{quote_id: (final actor or None, speaker_type)}``.
        renames: ``{final actor: the actor it is}`` (merges, followed through chains).
        genders: ``{final actor: gender}``.
        report: one row per correction (:data:`REPORT_COLUMNS`).
        source: the corrections read.
    """

    drop: frozenset[str] = frozenset()
    speakers: Mapping[str, tuple[str | None, str]] = field(default_factory=dict)
    renames: Mapping[str, str] = field(default_factory=dict)
    genders: Mapping[str, str] = field(default_factory=dict)
    report: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(
        columns=list(REPORT_COLUMNS)))
    source: Corrections | None = None

    @property
    def touches_quotes(self) -> bool:
        """Whether quote rows change (their :data:`QUOTE_KEYS` are then needed)."""
        return bool(self.drop or self.speakers)

    def quote_rows(self, rows: pd.DataFrame) -> pd.DataFrame:
        """Quote rows (with final speaker actors and ``quote_id``) with the quote corrections
        applied: the dropped ones left out, the corrected speakers set (a new frame; its index
        renumbered only when rows were dropped)."""
        if not self.touches_quotes or rows.empty:
            return rows
        if "quote_id" not in rows:
            raise ValueError("quote corrections need the quotes' quote_id column")
        ids = rows["quote_id"].astype(object)
        if self.drop:
            rows = rows[~ids.isin(self.drop).to_numpy()].reset_index(drop=True)
            ids = rows["quote_id"].astype(object)
        hit = ids.isin(set(self.speakers)).to_numpy()
        if hit.any():
            rows = rows.copy()
            for column in ("speaker_actor", "speaker_type", "speaker", "speaker_role"):
                if column in rows and isinstance(rows[column].dtype, pd.CategoricalDtype):
                    rows[column] = rows[column].astype(object)
            where = rows.index[hit]
            new = [self.speakers[q] for q in ids[hit]]
            rows.loc[where, "speaker_actor"] = pd.Series([a for a, _ in new], index=where,
                                                         dtype=object)
            if "speaker_type" in rows:
                rows.loc[where, "speaker_type"] = [t for _, t in new]
            for column in ("speaker", "speaker_role"):
                if column in rows:
                    rows.loc[where, column] = None
            for column in ("speaker_start", "speaker_end"):
                if column in rows:
                    rows.loc[where, column] = pd.NA
        return rows

    def summary(self) -> dict:
        """What ``corpus.meta["corrections"]`` and the manifest record: ``file``, ``digest``,
        ``rows``, ``applied``, ``stale`` and ``stale_rows`` (line, kind, key, reason)."""
        report = self.report
        stale = report[report["status"] == "stale"]
        source = self.source
        return {"file": source.file if source is not None else None,
                "digest": source.digest if source is not None else None,
                "rows": int(len(report)),
                "applied": int((report["status"] == "applied").sum()),
                "stale": int(len(stale)),
                "stale_rows": [{"line": int(r.line), "kind": r.kind, "key": _key(r),
                                "reason": r.reason} for r in stale.itertuples(index=False)]}


def _key(row) -> str:
    if row.kind in _QUOTE_KINDS:
        name = row.quote_id or row.article_id
        return f"{name} [{row.start}, {row.end})"
    return row.actor


def resolve(corrections: Corrections, quotes: pd.DataFrame | None, present: Iterable[str],
            final: Mapping[str, str] | None = None) -> Resolved:
    """Match ``corrections`` against a corpus (the actor-level kinds but ``gender``, which
    :func:`resolve_genders` matches once the actors are known).

    Args:
        corrections: the rows (:func:`read_corrections`).
        quotes: the corpus's quote rows with ``article_id`` and :data:`QUOTE_KEYS` (None: no
            quote corrections are matched; they are reported stale).
        present: the final actor names of the corpus (before these corrections).
        final: ``{name: final name}`` the corpus step gives names (its merges): a speaker or
            merge value written as a merged name (a surname) goes to its final name.

    Returns:
        A :class:`Resolved` whose report lists every row but the ``gender`` ones.
    """
    final = final or {}
    present = set(present)
    rows = corrections.rows
    report: list[dict] = []
    renames: dict[str, str] = {}
    for row in rows[rows["kind"] == "merge"].itertuples(index=False):
        if row.actor not in present:
            report.append(_reported(row, "stale", f"actor {row.actor!r} is not in the corpus"))
            continue
        renames[row.actor] = final.get(row.value, row.value)
        report.append(_reported(row, "applied", ""))
    renames = _followed(renames)
    drop: set[str] = set()
    speakers: dict[str, tuple[str | None, str]] = {}
    quote_rows = rows[rows["kind"].isin(_QUOTE_KINDS)]
    if len(quote_rows):
        index = _QuoteIndex(quotes)
        for row in quote_rows.itertuples(index=False):
            found, reason = index.find(row)
            if found is None:
                report.append(_reported(row, "stale", reason))
                continue
            if row.kind == "not_a_quote":
                drop.add(found)
                report.append(_reported(row, "applied", ""))
            else:
                actor, kind = speaker_value(row.value)
                if actor is not None:
                    actor = final.get(actor, actor)
                    actor = renames.get(actor, actor)
                speakers[found] = (actor, kind)
                note = "" if actor is None or actor in present or actor in renames.values() \
                    else (f"{actor!r} is not an actor of the corpus (never mentioned): the "
                          f"quote has no gender and makes no source")
                report.append(_reported(row, "applied", note))
    speakers = {q: s for q, s in speakers.items() if q not in drop}
    return Resolved(frozenset(drop), speakers, renames, {}, _report(report), corrections)


def resolve_genders(resolved: Resolved, actors: pd.DataFrame, *, warn: bool = True
                    ) -> Resolved:
    """``resolved`` with the ``gender`` rows of its corrections matched against the final
    ``actors`` table (an actor merged away by a ``merge`` row is taken to the one it is); warns
    once about every stale row (:func:`warn_stale`)."""
    source = resolved.source
    genders: dict[str, str] = {}
    report: list[dict] = []
    if source is not None:
        names = set(actors["actor"])
        for row in source.rows[source.rows["kind"] == "gender"].itertuples(index=False):
            actor = resolved.renames.get(row.actor, row.actor)
            if actor not in names:
                report.append(_reported(row, "stale", f"actor {row.actor!r} is not in the "
                                                      f"actors table"))
                continue
            genders[actor] = row.value
            report.append(_reported(row, "applied", ""))
    frame = pd.concat([resolved.report, _report(report)], ignore_index=True) \
        if report else resolved.report
    frame = frame.sort_values("line", kind="stable").reset_index(drop=True)
    done = Resolved(resolved.drop, resolved.speakers, resolved.renames, genders, frame, source)
    if warn:
        warn_stale(done)
    return done


def warn_stale(resolved: Resolved) -> None:
    """One warning naming every stale correction (its file and line) and why."""
    stale = resolved.report[resolved.report["status"] == "stale"]
    if not len(stale) or resolved.source is None:
        return
    lines = [f"{resolved.source.where(int(r.line))}: {r.kind} {_key(r)}: {r.reason}"
             for r in stale.itertuples(index=False)]
    shown = lines[:20] + ([f"… and {len(lines) - 20} more"] if len(lines) > 20 else [])
    warnings.warn(f"{len(stale)} stale correction(s), not applied (update or remove them):\n  "
                  + "\n  ".join(shown), stacklevel=3)


def apply_genders(actors: pd.DataFrame, by_article: pd.DataFrame | None,
                  genders: Mapping[str, str]) -> tuple[pd.DataFrame, pd.DataFrame | None]:
    """The actors table with the corrected genders (``gender_source`` ``correction``), and the
    per-article genders without those actors (a correction holds in every article)."""
    if not genders:
        return actors, by_article
    actors = actors.copy()
    hit = actors["actor"].isin(set(genders))
    actors.loc[hit, "gender"] = actors.loc[hit, "actor"].map(genders)
    actors.loc[hit, "gender_source"] = "correction"
    if by_article is not None and len(by_article):
        by_article = by_article[~by_article["actor"].isin(set(genders))].reset_index(drop=True)
    return actors, by_article


def _followed(renames: dict[str, str]) -> dict[str, str]:
    """Merge chains followed (A is B, B is C: A is C); a cycle stops where it would repeat."""
    out = {}
    for name in renames:
        seen, target = {name}, renames[name]
        while target in renames and target not in seen:
            seen.add(target)
            target = renames[target]
        if target != name:
            out[name] = target
    return out


def _reported(row, status: str, reason: str) -> dict:
    return {"line": int(row.line), "kind": row.kind, "quote_id": row.quote_id,
            "article_id": row.article_id, "start": row.start, "end": row.end,
            "actor": row.actor, "value": row.value, "status": status, "reason": reason}


def _report(records: list[dict]) -> pd.DataFrame:
    frame = pd.DataFrame(records, columns=list(REPORT_COLUMNS))
    frame["line"] = frame["line"].astype("int64")
    for name in ("start", "end"):
        frame[name] = frame[name].astype("Int64")
    return frame


class _QuoteIndex:
    """The corpus's quotes by id and by (article, start, end)."""

    def __init__(self, quotes: pd.DataFrame | None):
        self.ok = quotes is not None and {"article_id", *QUOTE_KEYS} <= set(quotes)
        if not self.ok or quotes is None:
            self.by_id: dict = {}
            self.by_span: dict = {}
            self.articles: set = set()
            return
        ids = quotes["quote_id"].astype(object).to_numpy()
        arts = quotes["article_id"].astype(object).to_numpy()
        starts = quotes["start"].to_numpy()
        ends = quotes["end"].to_numpy()
        self.by_id = {q: (a, int(s), int(e)) for q, a, s, e in zip(ids, arts, starts, ends)}
        self.by_span = {(a, int(s), int(e)): q for q, a, s, e in zip(ids, arts, starts, ends)}
        self.articles = set(arts)

    def find(self, row) -> tuple[str | None, str]:
        """``(quote_id, "")`` of the quote a row names, or ``(None, why it is stale)``."""
        if not self.ok:
            return None, "the quotes were not given to match it"
        span = (int(row.start), int(row.end))
        if row.quote_id:
            at = self.by_id.get(row.quote_id)
            if at is None:
                return None, f"quote {row.quote_id} is not in the corpus"
            if row.article_id and at[0] != row.article_id:
                return None, f"quote {row.quote_id} is in article {at[0]}, not {row.article_id}"
            if at[1:] != span:
                other = self.by_span.get((at[0], *span))
                hint = f"; quote {other} has these offsets now" if other else ""
                return None, (f"quote {row.quote_id} now spans [{at[1]}, {at[2]}), not "
                              f"[{span[0]}, {span[1]}) (article edited or parsed again"
                              f"{hint})")
            return row.quote_id, ""
        found = self.by_span.get((row.article_id, *span))
        if found is None:
            where = "" if row.article_id in self.articles else " (the article is not in " \
                "the corpus)"
            return None, f"no quote of article {row.article_id} spans [{span[0]}, " \
                f"{span[1]}){where}"
        return found, ""


def append_corrections(rows: pd.DataFrame, path: str | os.PathLike[str]) -> pd.DataFrame:
    """Add correction rows to the file at ``path`` (created with a header when absent), leaving
    its lines as they are and leaving out the rows it already has (same kind, quote id,
    article, offsets, actor and value; the note does not count). The file is replaced
    atomically. Returns the rows added.

    Raises:
        CorrectionError: the file, or a row to add, cannot be read as corrections.
    """
    path = Path(path)
    new = read_corrections(rows.reindex(columns=list(CORRECTION_COLUMNS), fill_value=""))
    old = read_corrections(path) if path.exists() else None
    key = ["kind", "quote_id", "article_id", "start", "end", "actor", "value"]

    def keys(frame: pd.DataFrame) -> list[tuple]:
        return [tuple("" if v is pd.NA else str(v) for v in r)
                for r in frame[key].itertuples(index=False)]

    seen = set(keys(old.rows)) if old is not None else set()
    add = []
    for position, k in enumerate(keys(new.rows)):
        if k not in seen:
            seen.add(k)
            add.append(position)
    added = new.rows.iloc[add].drop(columns="line").reset_index(drop=True)
    if not add:
        return added
    if old is not None:
        data = path.read_bytes()
        header = next(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
        header = [h.strip() for h in header]
        if data and not data.endswith(b"\n"):
            data += b"\n"
    else:
        data, header = b"", list(CORRECTION_COLUMNS)
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    if not data:
        writer.writerow(header)
    for record in added.itertuples(index=False):
        values = record._asdict()
        writer.writerow([neutralise(_text(values.get(h, ""))) for h in header])
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(data + out.getvalue().encode("utf-8"))
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return added
