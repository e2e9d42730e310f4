"""Scoring the quote engine against PolNeAR (brat attribution annotations).

Matching rule (also printed with every result):

* Each PolNeAR article is split like our plain-text loader does: the first line is the headline,
  the body starts after the blank line. Headlines are not quotes for us, so gold attributions
  inside the headline are left out; the others are shifted to body offsets.
* Articles annotated by two annotators are scored once, with the first annotator's file.
* **Speech attributions**: PolNeAR also annotates cognition and intent ("believes", "wants").
  A gold attribution counts for recall when its cue contains a verb of our speech lexicon
  (``data/speech_verbs.txt``, by spaCy lemma) or "according to".
* A predicted quote matches a gold attribution at level *t* when the characters they share are at
  least *t* of the gold content span (t = 0.3 lenient, 0.8 strict). Matching is one-to-one, best
  overlap first, against *all* gold attributions: a prediction matched to a non-speech gold
  attribution is not a false positive, but only speech attributions count for recall.
* A matched quote has the right speaker when the predicted speaker span overlaps the gold source
  span, or the predicted speaker's canonical actor equals the gold source's name without titles
  (or its surname). Speaker accuracy = right speakers / matched quotes whose gold has a source.
  Two annotation habits are read as a reader would (:func:`read_source`): a relative pronoun
  source ("Mr. Kamin, who emphasized …") stands for the noun phrase its clause modifies, and a
  source that is a lone speech verb with a name as its cue has its labels swapped back. How many
  sources were read so is printed, and ``speaker_accuracy_as_annotated`` gives the figure
  without these readings.
* Per kind: gold kind is ``according_to`` (cue "according to"), ``direct`` (content wholly in
  quotation marks), ``mixed`` (content contains quotation marks) or ``indirect``; recall per gold
  kind, precision per predicted kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd

MATCH_RULE = (
    "match: shared characters >= t x gold content span (t=0.3, 0.8), one-to-one; recall over gold "
    "speech attributions (cue has a speech-lexicon verb lemma or 'according to'), precision over "
    "all predictions (a prediction matching any gold attribution is correct); headline "
    "attributions excluded; speaker right = span overlap or same canonical name/surname, a gold "
    "source 'who/which/that' read as the noun its clause modifies, swapped Source/Cue labels "
    "swapped back.")

_QUOTE_CHARS = "\"“”«»„"


@dataclass
class GoldAttribution:
    content: list[tuple[int, int]]
    cue: list[tuple[int, int]]
    source: list[tuple[int, int]]
    speech: bool = False
    kind: str = "indirect"
    reading: str = "as annotated"  # see read_source


@dataclass
class GoldArticle:
    name: str
    text: str
    attributions: list[GoldAttribution] = field(default_factory=list)


def _spans(value: str) -> list[tuple[int, int]]:
    return [tuple(map(int, part.split())) for part in value.split(";")]  # type: ignore[misc]


def read_brat(ann_path: Path, text: str, offset: int) -> list[GoldAttribution]:
    """Attributions of one ``.ann`` file, shifted by ``-offset``; spans before ``offset`` dropped."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    result = []
    for line in ann_path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, where = parts[1].split(" ", 1)
            spans[parts[0]] = (label, _spans(where))
        elif line.startswith("E") and len(parts) >= 2:
            roles = dict(item.split(":", 1) for item in parts[1].split())
            get = {k: spans[v][1] for k, v in roles.items() if v in spans}
            content = get.get("Content")
            if not content or min(a for a, _ in content) < offset:
                continue
            shift = [(a - offset, b - offset) for a, b in content]
            result.append(GoldAttribution(
                content=shift,
                cue=[(a - offset, b - offset) for a, b in get.get("Cue", []) if a >= offset],
                source=[(a - offset, b - offset) for a, b in get.get("Source", []) if a >= offset]))
    return result


def body_offset(raw: str) -> int:
    """Where the body starts: after the headline line and the blank line(s) after it."""
    m = re.match(r"[^\n]*\n\s*\n", raw)
    return m.end() if m else 0


def load_polnear(root: str | Path, split: str, *, limit: int | None = None) -> list[GoldArticle]:
    """The articles of one PolNeAR split with their gold attributions (first annotator only)."""
    base = Path(root) / "data" / split
    if not base.is_dir():
        raise FileNotFoundError(f"{base}: no such PolNeAR split (expected train, dev or test)")
    chosen: dict[str, Path] = {}
    for ann in sorted((base / "attributions").glob("*.ann")):
        chosen.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    articles = []
    for name, ann in sorted(chosen.items())[:limit]:
        raw = (base / "text" / f"{name}.txt").read_text(encoding="utf-8")
        offset = body_offset(raw)
        articles.append(GoldArticle(name, raw[offset:], read_brat(ann, raw, offset)))
    return articles


def _overlap(a: list[tuple[int, int]], start: int, end: int) -> int:
    return sum(max(0, min(b, end) - max(s, start)) for s, b in a)


def _length(a: list[tuple[int, int]]) -> int:
    return sum(b - s for s, b in a)


def gold_kind(text: str, gold: GoldAttribution) -> str:
    cue = " ".join(text[a:b] for a, b in gold.cue).lower()
    if "according to" in cue:
        return "according_to"
    content = " ".join(text[a:b] for a, b in gold.content).strip(" ,.")
    marks = sum(content.count(c) for c in _QUOTE_CHARS)
    if marks and content[:1] in _QUOTE_CHARS and content.rstrip(",.")[-1:] in _QUOTE_CHARS \
            and marks <= 2:
        return "direct"
    return "mixed" if marks else "indirect"


def mark_speech(doc, gold: GoldAttribution) -> bool:
    """Whether the gold cue is a speech cue: a speech-lexicon lemma inside it, or according to."""
    from .lexicons import speech_verbs

    verbs, phrasal = speech_verbs()
    text = doc.text
    cue_text = " ".join(text[a:b] for a, b in gold.cue).lower()
    if "according to" in cue_text:
        return True
    for a, b in gold.cue:
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is None:
            continue
        for tok in span:
            lemma = tok.lemma_.lower()
            if lemma in verbs or lemma in phrasal and phrasal[lemma] in cue_text.split():
                return True
    return False


_RELATIVE = {"who", "which", "that", "whom"}


def read_source(doc, gold: GoldAttribution) -> tuple[GoldAttribution, str]:
    """Read a gold source the way a reader does, fixing two annotation habits.

    * A relative pronoun ("Mr. Kamin, who emphasized …": Source = "who") stands for the noun it
      modifies in the parse: the source becomes that noun's phrase (without the clause).
    * Source and Cue labels swapped (Source = "said", Cue = "Robert McAtee, one of …"): when the
      source is one speech-lexicon verb and the cue holds a proper noun, they are swapped back.

    Returns:
        ``(read, how)``: a copy of ``gold`` with source and cue as read (``gold`` itself is not
        changed, so scoring twice gives the same figures) and ``"relative"``, ``"swapped"`` or
        ``"as annotated"``.
    """
    from .lexicons import speech_verbs

    as_is = (replace(gold, reading="as annotated"), "as annotated")
    if len(gold.source) != 1:
        return as_is
    a, b = gold.source[0]
    span = doc.char_span(a, b, alignment_mode="expand")
    if span is None or len(span) != 1:
        return as_is
    tok = span[0]
    if tok.lower_ in _RELATIVE and tok.head.dep_ == "relcl" and tok.head.head.i != tok.head.i:
        noun = tok.head.head
        toks = [t for t in noun.subtree if t.i not in {x.i for x in tok.head.subtree}]
        toks = [t for t in toks if not t.is_punct] or [noun]
        source = [(toks[0].idx, toks[-1].idx + len(toks[-1].text))]
        return replace(gold, source=source, reading="relative"), "relative"
    verbs, _ = speech_verbs()
    if tok.lemma_.lower() in verbs and gold.cue:
        cue = [t for c0, c1 in gold.cue
               for t in (doc.char_span(c0, c1, alignment_mode="expand") or [])]
        if any(t.pos_ == "PROPN" for t in cue) and not any(t.lemma_.lower() in verbs
                                                           for t in cue):
            return replace(gold, source=gold.cue, cue=gold.source, reading="swapped"), "swapped"
    return as_is


def _same_speaker(text: str, gold: GoldAttribution, row) -> bool:
    from .actors import normalise

    if not gold.source:
        return False
    if pd.notna(row.speaker_start) and _overlap(gold.source, int(row.speaker_start),
                                                int(row.speaker_end)) > 0:
        return True
    actor = row.speaker_actor if isinstance(row.speaker_actor, str) else None
    if actor is None:
        return False
    name = normalise(" ".join(text[a:b] for a, b in gold.source), "PERSON")
    return name == actor or name.split()[-1:] == actor.split()[-1:]


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score(gold_articles: list[GoldArticle], quotes: pd.DataFrame, docs: dict,
          thresholds=(0.3, 0.8)) -> pd.DataFrame:
    """Precision, recall and F1 per threshold, for quotes, (quote, speaker) pairs and per kind.

    Args:
        gold_articles: from :func:`load_polnear` (``name`` is the article id).
        quotes: our ``quotes`` table for those articles (``article_id`` = ``name``).
        docs: ``{name: spaCy Doc}`` of the same texts (for cue lemmas).

    Returns:
        One row per (threshold, scope) with ``precision, recall, f1, tp, predicted, gold`` and,
        for scope ``quotes``, ``speaker_accuracy``.
    """
    rows = []
    by_article = {name: group for name, group in quotes.groupby("article_id")}
    read: dict[str, list[GoldAttribution]] = {}  # the attributions as read; originals kept
    for art in gold_articles:
        read[art.name] = []
        for g in art.attributions:
            r, g.reading = read_source(docs[art.name], g)
            g.speech = r.speech = mark_speech(docs[art.name], r)
            g.kind = r.kind = gold_kind(art.text, r)
            read[art.name].append(r)
    for t in thresholds:
        stats: dict[str, list[int]] = {}

        def add(key: str, i: int, n: int = 1):
            stats.setdefault(key, [0, 0, 0, 0])[i] += n

        n_pred = n_gold = tp = tp_pair = with_source = right = recall_tp = pair_recall_tp = 0
        right_as_annotated = 0
        for art in gold_articles:
            preds = by_article.get(art.name, quotes.iloc[0:0])
            golds = read[art.name]
            pairs = []
            for pi, row in enumerate(preds.itertuples(index=False)):
                for gi, g in enumerate(golds):
                    shared = _overlap(g.content, row.start, row.end)
                    length = _length(g.content)
                    if length and shared / length >= t:
                        pairs.append((shared / length, pi, gi))
            pairs.sort(reverse=True)
            used_p, used_g, matches = set(), set(), []
            for _, pi, gi in pairs:
                if pi not in used_p and gi not in used_g:
                    used_p.add(pi)
                    used_g.add(gi)
                    matches.append((pi, gi))
            pred_rows = list(preds.itertuples(index=False))
            n_pred += len(pred_rows)
            speech_gold = [gi for gi, g in enumerate(golds) if g.speech]
            n_gold += len(speech_gold)
            for row in pred_rows:
                add(f"pred:{row.kind}", 1)
            for gi in speech_gold:
                add(f"gold:{golds[gi].kind}", 2)
            for pi, gi in matches:
                g, row = golds[gi], pred_rows[pi]
                tp += 1  # for precision
                add(f"pred:{row.kind}", 0)
                ok = _same_speaker(art.text, g, row)
                if g.source:
                    with_source += 1
                    right += ok
                    right_as_annotated += ok if g.reading == "as annotated" else \
                        _same_speaker(art.text, art.attributions[gi], row)
                if g.speech:
                    add(f"gold:{g.kind}", 3)
                    recall_tp += 1
                    pair_recall_tp += ok
                if ok:
                    tp_pair += 1
        p, r = _ratio(tp, n_pred), _ratio(recall_tp, n_gold)
        rows.append({"overlap": t, "scope": "quotes", "precision": p, "recall": r,
                     "f1": _f1(p, r), "tp": tp, "predicted": n_pred, "gold": n_gold,
                     "speaker_accuracy": _ratio(right, with_source),
                     "speaker_accuracy_as_annotated": _ratio(right_as_annotated, with_source)})
        p, r = _ratio(tp_pair, n_pred), _ratio(pair_recall_tp, n_gold)
        rows.append({"overlap": t, "scope": "quote+speaker", "precision": p, "recall": r,
                     "f1": _f1(p, r), "tp": tp_pair, "predicted": n_pred, "gold": n_gold})
        for kind in ("direct", "indirect", "mixed", "according_to"):
            pred = stats.get(f"pred:{kind}", [0, 0, 0, 0])
            gold = stats.get(f"gold:{kind}", [0, 0, 0, 0])
            p, r = _ratio(pred[0], pred[1]), _ratio(gold[3], gold[2])
            rows.append({"overlap": t, "scope": f"kind={kind}", "precision": p, "recall": r,
                         "f1": _f1(p, r), "tp": pred[0], "predicted": pred[1],
                         "gold": gold[2]})
    return pd.DataFrame(rows)


def evaluate_polnear(split: str = "dev", *, root: str | Path | None = None,
                     limit: int | None = None, model=None, progress: bool = False
                     ) -> tuple[pd.DataFrame, dict]:
    """Run the engine on a PolNeAR split and score it (see the module docstring for the rule).

    Returns:
        ``(scores table, info)`` where info holds counts and the model used.
    """
    from tqdm import tqdm

    from .actors import read_aliases
    from .config import shared_dir
    from .corpus import assemble
    from .nlp import model_info, resolve_model
    from .pipeline import news_pipeline
    from .rows import doc_rows

    root = Path(root) if root is not None else shared_dir() / "corpora" / "polnear"
    gold = load_polnear(root, split, limit=limit)
    frame = pd.DataFrame({"article_id": [g.name for g in gold], "text": [g.text for g in gold]})
    nlp = news_pipeline(resolve_model(model).target)
    docs, ents, quotes = {}, [], []
    stream = nlp.pipe(zip(frame["text"], frame["article_id"]), as_tuples=True, batch_size=32)
    for doc, name in tqdm(stream, total=len(frame), disable=not progress, desc=split):
        docs[name] = doc
        e, q = doc_rows(doc, name)
        ents.extend(e)
        quotes.extend(q)
    _, _, quote_table = assemble(frame, ents, quotes, read_aliases())
    table = score(gold, quote_table, docs)
    readings = pd.Series([a.reading for g in gold for a in g.attributions]).value_counts()
    info = {"split": split, "articles": len(gold),
            "gold_attributions": sum(len(g.attributions) for g in gold),
            "gold_speech": sum(1 for g in gold for a in g.attributions if a.speech),
            "sources_relative": int(readings.get("relative", 0)),
            "sources_swapped": int(readings.get("swapped", 0)),
            **model_info(nlp)}
    return table, info


def format_scores(table: pd.DataFrame, info: dict) -> str:
    """The evaluation as printed by ``python -m analysis evaluate``."""
    head = (f"PolNeAR {info['split']}: {info['articles']} articles, "
            f"{info['gold_attributions']} gold attributions, {info['gold_speech']} speech "
            f"attributions; model {info['model']} {info['model_version']}")
    head += (f"\ngold sources read: {info.get('sources_relative', 0)} relative pronouns as the "
             f"noun they modify, {info.get('sources_swapped', 0)} swapped Source/Cue labels "
             "swapped back (speaker_accuracy_as_annotated: without these two readings)")
    shown = table.copy()
    for col in ("precision", "recall", "f1", "speaker_accuracy", "speaker_accuracy_as_annotated"):
        if col in shown:
            shown[col] = shown[col].map(lambda v: "" if pd.isna(v) else f"{v:.3f}")
    return f"{head}\n{MATCH_RULE}\n\n{shown.to_string(index=False)}"
