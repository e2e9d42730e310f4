"""Scoring the sources (people quoted) and their gender against a hand-annotated gold set:
``python -m analysis evaluate sources``.

The gold set (``tests/data/sources_gold.jsonl``, guidelines in ``tests/data/sources_gold.md``)
lists, per Wikinews or BBC article, every named person quoted and the gender the text gives
them. One JSON object a line::

    {"corpus": "wikinews", "article": "wikinews-042", "annotator": "A",
     "sources": [{"name": "Jacinda Ardern", "gender": "female", "evidence": "pronoun"},
                 {"name": "Oleg Klimov", "gender": "unknown", "evidence": "",
                  "known_gender": "male", "known_evidence": "name"}],
     "notes": "..."}

A source the text leaves ``unknown`` may carry the annotators' *known-gender layer*
(``known_gender`` female/male, ``known_evidence`` ``person``: a public person the annotator
knows, or ``name``: a first name clearly gendered in its own language); the text-only
``gender`` stays the primary annotation (the guidelines' section "Known-gender layer").

:func:`read_gold` parses it (a bad record is a :class:`GoldError` naming the file and line),
:func:`load_texts` reads each article's text with the product's loader
(:func:`analysis.load_articles`), :func:`evaluate_sources` runs :func:`analysis.analyze` on them
and scores ``corpus.sources`` with :func:`score_sources`. Names are matched by
:data:`SOURCE_MATCH_RULE` (:func:`name_match`), printed with every result.

Figures (:func:`score_sources`): named-source precision, recall and F1 (engine sources of
``speaker_type`` ``person`` against gold sources); recall with the right gender for women and
for men (a gold female source found AND given ``female``); per gender, the shares found with the
wrong gender, with ``unknown`` and not found; the share of women among sources with a decided
gender, engine (all its named sources) vs gold, and the gap in points; and the same share
leaving out the engine's sources that match a gold source the annotators left ``unknown`` (the
guidelines leave a foreign or ambiguous first name without pronoun or title ungendered, while
the engine genders it from name statistics: like for like, both sides then count the same
people), with the counts of those sources the engine gendered. Then the same gold with the
known-gender layer (a source's *layered* gender: ``gender``, else ``known_gender``, else
``unknown``; rows "..., known genders"): the counts, recall with the right gender for women and
men, the gold's share of women and the engine's gap against it ("gap, with known genders
(points)"), closer to what annotators of published source counts do (they give a gender to
nearly every person quoted); the text-only rows stay the headline. The rules here use only
the evaluation's own small sets (titles, suffixes: ``measure_words.toml``, :mod:`.words`), never
the engine's word lists, so the measure does not move when the engine's lists do.

**Two parts.** A record whose ``annotator`` is in the evaluation's ``dev_annotators``
(``measure_words.toml``) belongs to the *development part* ("dev part" column), whose errors may
be read to find error classes; every other record is the *test part* ("test part" column),
scored but not read: every error row carries its ``part``, and ``python -m analysis evaluate
sources --errors`` prints and writes only the development part's rows.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .words import measure_words

CORPORA = ("wikinews", "bbc")
GENDERS = ("female", "male", "unknown")
EVIDENCE = ("pronoun", "title", "role", "first_name", "none")
#: how the annotators know a ``known_gender`` (the known-gender layer)
KNOWN_EVIDENCE = ("person", "name")
#: the gold set, relative to the project root
DEFAULT_GOLD = "tests/data/sources_gold.jsonl"

SOURCE_MATCH_RULE = (
    "match: a gold source and an engine source (speaker_type person) of the same article match "
    "when their folded names (no diacritics, lower case, no dots, leading titles Mr/Mrs/Ms/Miss/"
    "Mx/Dr/Sir/Dame/Lady/Lord/Prof/Professor/Rev and suffixes Jr/Sr/II/III/IV dropped) are "
    "equal (3), or the shorter name's words are the last words of the longer (a surname "
    "alone, or a surname of several words) (2), or the last words are equal and the first words "
    "compatible (same word, or one an initial of the other) (1); one-to-one per article, best "
    "match first. Precision over engine person sources, recall over gold sources; right gender "
    "= the matched engine source has the gold gender; share of women = female / (female + male) "
    "over all engine person sources vs all gold sources; gold-gendered: the same, leaving out the "
    "engine sources matched to a gold source the annotators left unknown; known genders: the "
    "gold's gender is its text-only gender, else the annotators' known_gender (a person or a "
    "first name they know), else unknown.")

#: leading titles and trailing suffixes dropped before matching (``measure_words.toml``, not
#: the engine's title list)
_TITLES = measure_words("titles")
_SUFFIXES = measure_words("suffixes")


class GoldError(ValueError):
    """A gold file that cannot be read: the message names the file and line."""


@dataclass
class GoldSource:
    """One person quoted in a gold article: the ``gender`` the text gives, and for a source the
    text leaves ``unknown``, the annotators' ``known_gender`` (how they know it:
    ``known_evidence``) when they gave one."""

    name: str
    gender: str
    evidence: str | None = None
    known_gender: str | None = None
    known_evidence: str | None = None

    @property
    def layered_gender(self) -> str:
        """``gender`` when the text decides it, else ``known_gender``, else ``unknown``."""
        if self.gender != "unknown":
            return self.gender
        return self.known_gender or "unknown"


@dataclass
class GoldRecord:
    """One gold article: ``corpus``, ``article`` (Wikinews ``id`` or BBC path), its sources and
    the line of the gold file it came from."""

    corpus: str
    article: str
    sources: list[GoldSource] = field(default_factory=list)
    annotator: str | None = None
    line: int = 0

    @property
    def key(self) -> str:
        """The article id used in the engine's tables: ``corpus/article``."""
        return f"{self.corpus}/{self.article}"


def _record(obj: object, where: str, line: int) -> GoldRecord:
    def bad(problem: str) -> GoldError:
        return GoldError(f"{where}:{line}: {problem}")

    if not isinstance(obj, dict):
        raise bad("a record must be a JSON object")
    corpus, article = obj.get("corpus"), obj.get("article")
    if corpus not in CORPORA:
        raise bad(f"'corpus' must be one of {', '.join(CORPORA)}, got {corpus!r}")
    if not isinstance(article, str) or not article.strip():
        raise bad("'article' must be a non-empty string (Wikinews id or BBC path)")
    raw = obj.get("sources")
    if not isinstance(raw, list):
        raise bad("'sources' must be a list (empty when nobody is quoted)")
    sources = []
    for n, item in enumerate(raw, 1):
        if not isinstance(item, dict):
            raise bad(f"source {n} must be an object with 'name' and 'gender'")
        name, gender = item.get("name"), item.get("gender")
        if not isinstance(name, str) or not name.strip():
            raise bad(f"source {n}: 'name' must be a non-empty string")
        if gender not in GENDERS:
            raise bad(f"source {n} ({name}): 'gender' must be one of {', '.join(GENDERS)}, "
                      f"got {gender!r}")
        evidence = item.get("evidence") or None  # "" and null: none given
        if evidence is not None and evidence not in EVIDENCE:
            raise bad(f"source {n} ({name}): 'evidence' must be one of {', '.join(EVIDENCE)}, "
                      f"got {evidence!r}")
        known, how = item.get("known_gender"), item.get("known_evidence")
        if known is not None:
            if gender != "unknown":
                raise bad(f"source {n} ({name}): 'known_gender' is only for a source whose "
                          f"'gender' is unknown (the text's gender is the primary one)")
            if known not in ("female", "male"):
                raise bad(f"source {n} ({name}): 'known_gender' must be one of female, male, "
                          f"got {known!r}")
            if how not in KNOWN_EVIDENCE:
                raise bad(f"source {n} ({name}): 'known_evidence' must be one of "
                          f"{', '.join(KNOWN_EVIDENCE)}, got {how!r}")
        elif how is not None:
            raise bad(f"source {n} ({name}): 'known_evidence' without 'known_gender'")
        sources.append(GoldSource(name.strip(), gender, evidence, known, how))
    annotator = obj.get("annotator")
    return GoldRecord(corpus, article.strip(), sources,
                      annotator if isinstance(annotator, str) else None, line)


def read_gold(path: str | Path) -> list[GoldRecord]:
    """The records of a gold JSONL file, in file order (blank lines skipped).

    Raises:
        FileNotFoundError: no such file.
        GoldError: a line that is not JSON, a record missing a field or with a value out of its
            set, or an article given twice; the message names the file and line.
    """
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such gold file")
    records: list[GoldRecord] = []
    seen: dict[str, int] = {}
    for line, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not text.strip():
            continue
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            raise GoldError(f"{path}:{line}: not JSON ({exc.msg})") from None
        record = _record(obj, str(path), line)
        if record.key in seen:
            raise GoldError(f"{path}:{line}: article {record.key} already annotated on line "
                            f"{seen[record.key]}")
        seen[record.key] = line
        records.append(record)
    return records


# --- names ---------------------------------------------------------------------------------

def name_tokens(name: str) -> list[str]:
    """The matching form of a name: folded (no diacritics, lower case), dots and possessive
    dropped, words split on spaces and hyphen-free punctuation, leading titles and trailing
    suffixes dropped ("Mr. José Ramos-Horta Jr." → ``["jose", "ramos-horta"]``)."""
    from ..engine.names import fold

    text = fold(name).replace("’", "'")
    text = re.sub(r"'s$", "", text)
    words = [w for w in re.split(r"[\s,.;:()\"]+", text) if w]
    while len(words) > 1 and words[0] in _TITLES:
        words.pop(0)
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    return words


def _compatible(a: str, b: str) -> bool:
    """Two first words that may name the same person: the same word, or one an initial of the
    other."""
    if a == b:
        return True
    return (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def name_match(gold: str, engine: str) -> int:
    """How well two names match (see :data:`SOURCE_MATCH_RULE`): 3 same full name, 2 one is the
    other's surname alone (one word or several: the shorter name's words end the longer), 1 same
    surname and compatible first names, 0 no match."""
    g, e = name_tokens(gold), name_tokens(engine)
    if not g or not e:
        return 0
    if g == e:
        return 3
    short, long_ = (g, e) if len(g) < len(e) else (e, g)
    if len(short) < len(long_) and long_[-len(short):] == short:
        return 2  # a surname alone, or a surname of several words ("Yulin Cruz")
    if g[-1] == e[-1] and _compatible(g[0], e[0]):
        return 1
    return 0


def match_sources(gold: list[str], engine: list[str]) -> list[tuple[int, int]]:
    """One-to-one ``(gold index, engine index)`` pairs of one article, best match first (ties:
    earlier gold, then earlier engine source)."""
    pairs = [(-name_match(g, e), gi, ei) for gi, g in enumerate(gold)
             for ei, e in enumerate(engine)]
    used_g, used_e, out = set(), set(), []
    for score, gi, ei in sorted(p for p in pairs if p[0] < 0):
        if gi not in used_g and ei not in used_e:
            used_g.add(gi)
            used_e.add(ei)
            out.append((gi, ei))
    return sorted(out)


# --- scoring -------------------------------------------------------------------------------

ERROR_COLUMNS = ["part", "corpus", "article", "error", "gold_name", "gold_gender", "evidence",
                 "actor", "gender", "gender_source", "quotes"]
#: the gold set's parts: ``dev`` (its errors may be read) and ``test`` (scored, never read)
PARTS = ("dev", "test")


def gold_part(record: GoldRecord) -> str:
    """``"dev"`` when the record's annotator is one of the evaluation's ``dev_annotators``
    (``measure_words.toml``), else ``"test"``."""
    annotator = (record.annotator or "").strip().lower()
    return "dev" if annotator in measure_words("dev_annotators") else "test"


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else float("nan")


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def person_sources(sources: pd.DataFrame) -> pd.DataFrame:
    """The engine's named people among its sources: rows of ``speaker_type`` ``person`` (all
    rows when the table has no ``speaker_type``) with an actor."""
    rows = sources
    if "speaker_type" in rows:
        rows = rows[rows["speaker_type"] == "person"]
    return rows[rows["actor"].notna()]


def score_sources(gold: list[GoldRecord], sources: pd.DataFrame
                  ) -> tuple[dict[str, dict[str, float]], pd.DataFrame]:
    """Score the engine's sources against the gold records.

    Args:
        gold: from :func:`read_gold` (``record.key`` is the article id in ``sources``).
        sources: a ``sources`` table (``article_id, actor, speaker_type, gender, ...``) of at
            least those articles; rows of other articles are ignored.

    Returns:
        ``(figures, errors)``: ``{"all": {...}, "wikinews": {...}, "bbc": {...}, "dev part":
        {...}, "test part": {...}}`` (a corpus with no gold article left out; the two parts
        only when the gold has both, see :func:`gold_part`), each with ``precision, recall,
        f1``, the counts,
        ``female recall`` / ``male recall`` (right gender), ``female unknown`` / ``female wrong``
        / ``female missed`` (and the same for men) as shares of the gold sources of that gender,
        ``women share engine`` / ``women share gold`` and ``gap (points)`` (engine − gold);
        the same against the gold with the known-gender layer (``gold female, known genders``
        ..., ``female recall, known genders`` / ``male recall, known genders``, ``women share
        gold, known genders``, ``gap, with known genders (points)``); and one error row
        per missed gold source, spurious engine source and matched source with another gender
        (``wrong_gender``) or none (``unknown_gender``), ``ERROR_COLUMNS`` (text-only
        genders: a source with only a known gender is never a gender error), each with its
        ``part``.
    """
    people = person_sources(sources)
    by_article = {k: g for k, g in people.groupby("article_id", sort=False)}
    counted: list[dict] = []
    errors: list[dict] = []
    empty = people.iloc[:0]
    for rec in gold:
        part = gold_part(rec)
        rows = by_article.get(rec.key, empty)
        engine = list(rows.itertuples(index=False))
        pairs = match_sources([s.name for s in rec.sources], [str(r.actor) for r in engine])
        matched = dict(pairs)
        for gi, src in enumerate(rec.sources):
            row = engine[matched[gi]] if gi in matched else None
            got = _gender(row)
            counted.append({"corpus": rec.corpus, "part": part, "side": "gold",
                            "gender": src.gender,
                            "found": row is not None, "engine_gender": got,
                            "layered": src.layered_gender})
            base = {"part": part, "corpus": rec.corpus, "article": rec.article,
                    "gold_name": src.name,
                    "gold_gender": src.gender, "evidence": src.evidence}
            if row is None:
                errors.append({**base, "error": "missed"})
            elif src.gender != "unknown" and got != src.gender:
                errors.append({**base, **_engine(row),
                               "error": "unknown_gender" if got == "unknown" else "wrong_gender"})
        used = {ei: rec.sources[gi].gender for gi, ei in matched.items()}
        for ei, row in enumerate(engine):
            counted.append({"corpus": rec.corpus, "part": part, "side": "engine",
                            "gender": _gender(row),
                            "found": ei in used, "engine_gender": _gender(row),
                            "gold_gender": used.get(ei)})
            if ei not in used:
                errors.append({"part": part, "corpus": rec.corpus, "article": rec.article,
                               "error": "spurious", **_engine(row)})
    frame = pd.DataFrame(counted, columns=["corpus", "part", "side", "gender", "found",
                                          "engine_gender", "gold_gender", "layered"])
    figures = {"all": _figures(frame, len(gold))}
    for corpus in CORPORA:
        n = sum(r.corpus == corpus for r in gold)
        if n:
            figures[corpus] = _figures(frame[frame["corpus"] == corpus], n)
    parts = {p: sum(gold_part(r) == p for r in gold) for p in PARTS}
    if all(parts.values()):  # both parts present: one column each
        for p, n in parts.items():
            figures[f"{p} part"] = _figures(frame[frame["part"] == p], n)
    table = pd.DataFrame(errors, columns=ERROR_COLUMNS)
    table["quotes"] = table["quotes"].astype("Int64")
    return figures, table


def _gender(row) -> str:
    value = getattr(row, "gender", None) if row is not None else None
    return value if value in ("female", "male") else "unknown"


def _engine(row) -> dict:
    quotes = getattr(row, "quotes", None)
    return {"actor": row.actor, "gender": _gender(row),
            "gender_source": getattr(row, "gender_source", None),
            "quotes": None if quotes is None or pd.isna(quotes) else int(quotes)}


def _figures(frame: pd.DataFrame, articles: int) -> dict[str, float]:
    gold = frame[frame["side"] == "gold"]
    engine = frame[frame["side"] == "engine"]
    tp = int(gold["found"].sum())
    p, r = _ratio(int(engine["found"].sum()), len(engine)), _ratio(tp, len(gold))
    out: dict[str, float] = {"articles": articles, "gold sources": len(gold),
                             "engine sources": len(engine), "matched": tp, "precision": p,
                             "recall": r, "f1": _f1(p, r) if len(engine) and len(gold) else 0.0}
    for gender in ("female", "male"):
        of = gold[gold["gender"] == gender]
        found = of[of["found"]]
        out[f"gold {gender}"] = len(of)
        out[f"{gender} recall"] = _ratio(int((found["engine_gender"] == gender).sum()), len(of))
        out[f"{gender} unknown"] = _ratio(int((found["engine_gender"] == "unknown").sum()),
                                          len(of))
        other = "male" if gender == "female" else "female"
        out[f"{gender} wrong"] = _ratio(int((found["engine_gender"] == other).sum()), len(of))
        out[f"{gender} missed"] = _ratio(len(of) - len(found), len(of))
    out["gold unknown"] = int((gold["gender"] == "unknown").sum())
    out["recall gap (points)"] = 100 * (out["female recall"] - out["male recall"])
    shares = {}
    for side, rows in (("engine", engine), ("gold", gold)):
        women, men = int((rows["gender"] == "female").sum()), int((rows["gender"] == "male").sum())
        shares[side] = _ratio(women, women + men)
        out[f"women share {side}"] = shares[side]
    out["gap (points)"] = 100 * (shares["engine"] - shares["gold"])
    # like for like: the engine's sources that the annotators left `unknown` (a first name the
    # guidelines call ambiguous or foreign, no pronoun or title) are left out of the engine's
    # share too, as they are out of the gold's
    undecided = engine["gold_gender"] == "unknown"
    for gender in ("female", "male"):
        out[f"gold unknown, engine {gender}"] = int((undecided & (engine["gender"] == gender))
                                                    .sum())
    kept = engine[~undecided]
    women, men = int((kept["gender"] == "female").sum()), int((kept["gender"] == "male").sum())
    out["women share engine, gold-gendered"] = _ratio(women, women + men)
    out["gap, gold-gendered (points)"] = 100 * (out["women share engine, gold-gendered"]
                                                - shares["gold"])
    out.update(_known_genders(gold, shares["engine"]))
    return out


def _known_genders(gold: pd.DataFrame, engine_share: float) -> dict[str, float]:
    """The rows against the gold with the known-gender layer (column ``layered``): counts,
    right-gender recall per gender, the gold's share of women and the engine's gap to it (the
    engine's share is the headline's: all its person sources with a decided gender)."""
    out: dict[str, float] = {}
    for gender in ("female", "male"):
        of = gold[gold["layered"] == gender]
        out[f"gold {gender}, known genders"] = len(of)
        right = int((of["found"] & (of["engine_gender"] == gender)).sum())
        out[f"{gender} recall, known genders"] = _ratio(right, len(of))
    out["gold unknown, known genders"] = int((gold["layered"] == "unknown").sum())
    women, men = out["gold female, known genders"], out["gold male, known genders"]
    out["women share gold, known genders"] = _ratio(int(women), int(women + men))
    out["gap, with known genders (points)"] = 100 * (engine_share
                                                     - out["women share gold, known genders"])
    return out


_SHOWN = ("articles", "gold sources", "engine sources", "matched", "precision", "recall", "f1",
          "gold female", "female recall", "female unknown", "female wrong", "female missed",
          "gold male", "male recall", "male unknown", "male wrong", "male missed",
          "recall gap (points)", "gold unknown", "women share engine", "women share gold",
          "gap (points)", "gold unknown, engine female", "gold unknown, engine male",
          "women share engine, gold-gendered", "gap, gold-gendered (points)",
          "gold female, known genders", "female recall, known genders",
          "gold male, known genders", "male recall, known genders",
          "gold unknown, known genders", "women share gold, known genders",
          "gap, with known genders (points)")
_COUNTS = {"articles", "gold sources", "engine sources", "matched", "gold female", "gold male",
           "gold unknown", "gold unknown, engine female", "gold unknown, engine male",
           "gold female, known genders", "gold male, known genders",
           "gold unknown, known genders"}


def _cell(key: str, value: float) -> str:
    if pd.isna(value):
        return "—"
    if key in _COUNTS:
        return str(int(value))
    if "points" in key:
        return f"{value:+.1f}"
    return f"{value:.3f}"


def format_sources(figures: dict[str, dict[str, float]], info: dict) -> str:
    """One model's sources evaluation: the rule, then one column per corpus (all, wikinews,
    bbc)."""
    head = (f"Sources: {figures['all']['articles']:.0f} gold articles, "
            f"{figures['all']['gold sources']:.0f} gold sources; model {info['model']} "
            f"{info['model_version']}")
    if info.get("note"):
        head += f"\n{info['note']}"
    if info.get("skipped"):
        head += f"\n{len(info['skipped'])} gold article(s) skipped: " + "; ".join(info["skipped"])
    table = pd.DataFrame({corpus: {k: _cell(k, f[k]) for k in _SHOWN}
                          for corpus, f in figures.items()})
    return f"{head}\n{SOURCE_MATCH_RULE}\n\n{table.to_string()}"


def format_sources_matrix(results: list[tuple[dict, dict]]) -> str:
    """Several models side by side (whole gold set; rows: figures; columns: models), with the
    largest difference between them."""
    columns = {f"{info['model']} {info['model_version']}": figures["all"]
               for figures, info in results}
    frame = pd.DataFrame(columns).reindex(list(_SHOWN))
    if frame.shape[1] > 1:
        frame["max difference"] = frame.max(axis=1) - frame.min(axis=1)
    return pd.DataFrame({c: [_cell(k, v) for k, v in frame[c].items()] for c in frame},
                        index=frame.index).to_string()


def format_source_errors(errors: pd.DataFrame, info: dict, limit: int | None = None) -> str:
    """Error counts of one model (whole gold set), and the first ``limit`` error rows (all with
    None) of the development part only (:func:`readable_errors`)."""
    counts = errors["error"].value_counts()
    head = (f"source errors, model {info['model']} {info['model_version']}: "
            + ", ".join(f"{counts.get(k, 0)} {k.replace('_', ' ')}"
                        for k in ("missed", "spurious", "wrong_gender", "unknown_gender")))
    readable = readable_errors(errors)
    if len(readable) < len(errors):
        head += (f"; rows shown only for the development part ({len(readable)}), the test "
                 f"part's {len(errors) - len(readable)} are withheld")
    shown = readable if limit is None else readable.head(limit)
    if shown.empty:
        return head
    return f"{head}\n{shown.to_string(index=False)}"


def readable_errors(errors: pd.DataFrame) -> pd.DataFrame:
    """The error rows that may be read: those of the development part (see :func:`gold_part`);
    the test part's rows are scored in the figures but never shown or written."""
    return errors[errors["part"] == "dev"]


# --- end to end ----------------------------------------------------------------------------

def load_texts(gold: list[GoldRecord], corpora: str | Path
               ) -> tuple[pd.DataFrame, list[str]]:
    """The texts of the gold articles, read with :func:`analysis.load_articles` (the product's
    decoding): Wikinews by ``id`` from ``corpora/wikinews/articles.jsonl``, BBC from the file
    ``corpora/bbc/<article>``.

    Returns:
        ``(articles, skipped)``: ``load_articles`` rows with ``article_id`` = ``record.key``, in
        gold order; and one message per gold article whose corpus, file or id is missing (those
        are left out, the others go on).
    """
    from ..io import load_articles

    corpora = Path(corpora)
    frames, skipped = [], []
    wikinews = [r for r in gold if r.corpus == "wikinews"]
    by_id: dict[str, pd.Series] = {}
    jsonl = corpora / "wikinews" / "articles.jsonl"
    if wikinews and not jsonl.is_file():
        skipped.append(f"{len(wikinews)} wikinews article(s): {jsonl} not found")
    elif wikinews:
        loaded, _ = load_articles(jsonl, errors="collect")
        urls = {}
        for text in jsonl.read_text(encoding="utf-8").splitlines():
            try:
                obj = json.loads(text)
            except json.JSONDecodeError:
                continue
            if isinstance(obj, dict) and "url" in obj and "id" in obj:
                urls[obj["url"]] = str(obj["id"])
        for _, row in loaded.iterrows():
            if row["url"] in urls:
                by_id[urls[row["url"]]] = row
    for rec in gold:
        if rec.corpus == "wikinews":
            if not jsonl.is_file():
                continue
            if rec.article not in by_id:
                skipped.append(f"{rec.key} (line {rec.line}): no article with this id in {jsonl}")
                continue
            frames.append(by_id[rec.article].to_frame().T.assign(article_id=rec.key))
        else:
            path = corpora / "bbc" / rec.article
            if not path.is_file():
                skipped.append(f"{rec.key} (line {rec.line}): {path} not found")
                continue
            loaded, errs = load_articles(path, errors="collect")
            if loaded.empty:
                problem = "; ".join(errs["message"]) if len(errs) else "not loaded"
                skipped.append(f"{rec.key} (line {rec.line}): {problem}")
                continue
            frames.append(loaded.head(1).assign(article_id=rec.key))
    if not frames:
        return pd.DataFrame(columns=["article_id", "text"]), skipped
    texts = pd.concat(frames, ignore_index=True)
    texts.attrs = {}  # the loader's errors concern other articles of the corpus
    return texts, skipped


def evaluate_sources(gold_path: str | Path | None = None, *, corpora: str | Path | None = None,
                     model=None, limit: int | None = None, progress: bool = False
                     ) -> tuple[dict, dict, pd.DataFrame]:
    """Run :func:`analysis.analyze` with ``model`` on the gold articles and score its sources.

    Returns:
        ``(figures, info, errors)``: see :func:`score_sources`; ``info`` has the model, its
        version and the gold articles ``skipped`` (texts not found).

    Raises:
        FileNotFoundError, GoldError: see :func:`read_gold`.
        analysis.engine.nlp.ModelNotFoundError: ``model`` cannot be found.
    """
    from ..config import project_path, shared_dir
    from ..runs import analyze

    gold = read_gold(gold_path if gold_path is not None else project_path(DEFAULT_GOLD))[:limit]
    texts, skipped = load_texts(gold, corpora if corpora is not None
                                else shared_dir() / "corpora")
    if texts.empty:
        raise FileNotFoundError("no text found for any gold article: " + "; ".join(skipped))
    kept = set(texts["article_id"])
    gold = [r for r in gold if r.key in kept]
    corpus = analyze(texts, model=model, progress=progress, processes=1)
    figures, errors = score_sources(gold, corpus.sources)
    info = {"model": corpus.meta.get("model"), "model_version": corpus.meta.get("model_version"),
            "skipped": skipped}
    paths = kept | set(texts.get("path", pd.Series(dtype=str)).dropna().astype(str))
    lost = corpus.errors[corpus.errors["path"].isin(paths)] if len(corpus.errors) else None
    if lost is not None and len(lost):
        info["skipped"] = skipped + [f"{p}: {m}" for p, m in zip(lost["path"], lost["message"])]
    return figures, info, errors
