"""Matching our quotes with PolNeAR's gold attributions, the scores, and one row per error.

Matching rule (printed with every result as :data:`MATCH_RULE`):

* A predicted quote matches a gold attribution at level *t* when the characters they share are at
  least *t* of the gold content span (t = 0.3 lenient, 0.8 strict). Matching is one-to-one, best
  overlap first, against *all* gold attributions: a prediction matched to a non-speech gold
  attribution is not a false positive, but only speech attributions count for recall. Of
  candidates that share the same part of their gold span, the one that covers more of the
  prediction is matched first (since session 12; before, the later gold attribution won the
  tie, so a short attribution nested inside a quote's words — "… though she did not discuss
  their terms" — took the quote from the report that holds it all).
* A matched quote has the right speaker when the predicted speaker span overlaps the gold source
  span, or the predicted speaker's canonical actor and the gold source's name, in the matching
  form of :func:`.sources.name_tokens` (folded, without possessive, leading titles and trailing
  suffixes of the evaluation's own ``measure_words.toml``), are equal or end in the same word
  (the surname). Speaker accuracy = right speakers / matched quotes whose gold has a source.
  Gold sources are read as :func:`.polnear.read_source` says; ``speaker_accuracy_as_annotated``
  gives the figure without those readings.
* Per kind: recall per gold kind, precision per predicted kind.
* Pronoun sources: speaker accuracy over the matched quotes whose gold source (as read) is a
  personal pronoun of :data:`PRONOUNS` (a fixed set of the evaluation's own,
  ``measure_words.toml``, not the engine's word lists), with their count. PolNeAR marks the
  pronoun, not its referent, so this scores whether the quote is given to that pronoun (span
  overlap); who the pronoun is resolved to is scored by ``evaluate sources``.

Without documents (``documents=False``): the predictions whose ``speaker_type`` is ``document``
and the gold attributions whose source (as read) is a document source
(:func:`is_document_source`: the evaluation's own ``document_nouns`` of ``measure_words.toml``,
read from the gold text alone) are both left out, so the figures say how the engine does on
people and organisations, and how much documents move them.

Errors (:func:`score` returns them as a table, at the lenient level): ``missed`` — a gold speech
attribution no prediction matches; ``spurious`` — a prediction matching no gold attribution;
``wrong_speaker`` — a match whose gold has a source we did not name. Each has a ``cause`` where
the rules can tell (see :func:`_missed_cause`, :func:`_spurious_cause`, :func:`_speaker_cause`).

Nothing here reads the engine's lexicons: which gold attributions count (speech) is the
evaluation's frozen list (:func:`.words.speech_cues`), and every word list used to read or match
gold is the evaluation's own (:mod:`.words`), so changing the engine's lexicons moves only the
predictions. Nor the engine's parse: the ``docs`` the gold is read on are the evaluation's fixed
reader's (:mod:`.reader`, since session 21), the same whatever model is scored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

import pandas as pd

from .polnear import GoldArticle, GoldAttribution, gold_kind, mark_speech, read_source
from .sources import name_tokens
from .words import measure_words

MATCH_RULE = (
    "match: shared characters >= t x gold content span (t=0.3, 0.8), one-to-one, best share "
    "first (ties: the gold covering more of the prediction first); recall over gold "
    "speech attributions (cue has a lemma of the evaluation's frozen speech cues, a copy of the "
    "engine's speech lexicon at commit 19744a6, or 'according to'), precision over "
    "all predictions (a prediction matching any gold attribution is correct); headline "
    "attributions excluded; speaker right = span overlap or same canonical name/surname (titles, "
    "suffixes, case and diacritics aside), a gold "
    "source 'who/which/that' read as the noun its clause modifies, swapped Source/Cue labels "
    "swapped back; a content interrupted by its own cue/source read as one attribution per "
    "side.")
THRESHOLDS = (0.3, 0.8)
#: third-person personal pronouns: a gold source whose whole text is one of them is a pronoun
#: source (the PolNeAR pronoun slice)
PRONOUNS = measure_words("pronouns")
#: pronouns a predicted speaker may be (the ``pronoun`` cause of a wrong speaker)
SPEAKER_PRONOUNS = measure_words("speaker_pronouns")
#: head words of a document source ("the report", "court filings", "a 2019 study by X")
DOCUMENT_NOUNS = measure_words("document_nouns")
#: words ending a document source's head phrase
DOCUMENT_CUT_WORDS = measure_words("document_cut_words")
DOCUMENT_RULE = (
    "without documents: predictions of speaker_type 'document' and gold attributions whose "
    "source's head word (before of/by/from/…, possessive dropped, not a capitalised word inside "
    "a name) is one of the evaluation's own document nouns are both left out.")
KIND_NAMES = ("direct", "indirect", "mixed", "according_to")
ERROR_COLUMNS = ["article", "error", "kind", "speaker_type", "cause", "quote", "cue", "speaker",
                 "gold_content", "gold_cue", "gold_source"]


def _overlap(a: list[tuple[int, int]], start: int, end: int) -> int:
    return sum(max(0, min(b, end) - max(s, start)) for s, b in a)


def _length(a: list[tuple[int, int]]) -> int:
    return sum(b - s for s, b in a)


def _joined(text: str, spans: list[tuple[int, int]]) -> str:
    return " … ".join(text[a:b] for a, b in spans)


def _same_speaker(text: str, gold: GoldAttribution, row) -> bool:
    """Whether ``row`` names the gold source (see the module docstring): span overlap, or the
    same name or surname in :func:`.sources.name_tokens` form."""
    if not gold.source:
        return False
    if pd.notna(row.speaker_start) and _overlap(gold.source, int(row.speaker_start),
                                                int(row.speaker_end)) > 0:
        return True
    actor = row.speaker_actor if isinstance(row.speaker_actor, str) else None
    if actor is None:
        return False
    name, canonical = name_tokens(" ".join(text[a:b] for a, b in gold.source)), name_tokens(actor)
    return bool(name) and (name == canonical or name[-1:] == canonical[-1:])


def is_pronoun_source(text: str, gold: GoldAttribution) -> bool:
    """Whether the gold source's text is one personal pronoun of :data:`PRONOUNS`."""
    words = " ".join(text[a:b] for a, b in gold.source).strip(" ,.;:\"'“”").lower().split()
    return len(words) == 1 and words[0] in PRONOUNS


def is_document_source(text: str, gold: GoldAttribution) -> bool:
    """Whether the gold source is a document ("the report", "Council papers", "a 2019 study by
    Harvard", "the union's statement"): its head word — the last word before the first
    :data:`DOCUMENT_CUT_WORDS` word or comma, a possessive "'s" dropped — is one of
    :data:`DOCUMENT_NOUNS`, and is not a capitalised word after the source's first word ("The
    Washington Post", "the Drudge Report" are names). Read from the gold text alone: no model,
    no lemma, never the engine's ``speaker_nouns``."""
    source = " ".join(text[a:b] for a, b in gold.source)
    head = None
    for n, word in enumerate(re.findall(r"[\w'’-]+|,", source)):
        if word == "," or word.lower() in DOCUMENT_CUT_WORDS and head is not None:
            break
        head = (n, re.sub(r"['’]s?$", "", word))
    if head is None:
        return False
    n, word = head
    return word.lower() in DOCUMENT_NOUNS and not (n > 0 and word[:1].isupper())


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def match(golds: list[GoldAttribution], preds: list, t: float) -> list[tuple[int, int]]:
    """One-to-one ``(prediction index, gold index)`` pairs sharing at least ``t`` of the gold
    content, best overlap first: the larger share of the gold content first; of equal shares,
    the larger share of the prediction's own characters (the gold attribution that is more of
    the quote: a report whose content is the whole quote before an attribution nested in its
    last words); then the later prediction and gold attribution."""
    pairs = []
    for pi, row in enumerate(preds):
        for gi, g in enumerate(golds):
            length = _length(g.content)
            shared = _overlap(g.content, row.start, row.end)
            if length and shared / length >= t:
                pairs.append((shared / length, shared / max(1, row.end - row.start), pi, gi))
    pairs.sort(reverse=True)
    used_p, used_g, matches = set(), set(), []
    for _, _, pi, gi in pairs:
        if pi not in used_p and gi not in used_g:
            used_p.add(pi)
            used_g.add(gi)
            matches.append((pi, gi))
    return matches


@dataclass
class _Counts:
    """Totals of one threshold."""

    threshold: float
    predicted: int = 0
    gold: int = 0
    tp: int = 0
    tp_pair: int = 0
    recall_tp: int = 0
    pair_recall_tp: int = 0
    with_source: int = 0
    right: int = 0
    right_as_annotated: int = 0
    pronoun_sources: int = 0
    pronoun_right: int = 0

    def __post_init__(self):
        self.kinds: dict[str, list[int]] = {}  # "pred:direct" -> [tp, n]; "gold:…" -> [tp, n]

    def add_kind(self, key: str, hit: bool) -> None:
        cell = self.kinds.setdefault(key, [0, 0])
        cell[0] += hit
        cell[1] += 1

    def rows(self, t: float) -> list[dict]:
        p, r = _ratio(self.tp, self.predicted), _ratio(self.recall_tp, self.gold)
        out = [{"overlap": t, "scope": "quotes", "precision": p, "recall": r, "f1": _f1(p, r),
                "tp": self.tp, "predicted": self.predicted, "gold": self.gold,
                "speaker_accuracy": _ratio(self.right, self.with_source),
                "speaker_accuracy_as_annotated": _ratio(self.right_as_annotated,
                                                        self.with_source),
                "speaker_accuracy_pronoun": _ratio(self.pronoun_right, self.pronoun_sources),
                "pronoun_sources": self.pronoun_sources}]
        p, r = _ratio(self.tp_pair, self.predicted), _ratio(self.pair_recall_tp, self.gold)
        out.append({"overlap": t, "scope": "quote+speaker", "precision": p, "recall": r,
                    "f1": _f1(p, r), "tp": self.tp_pair, "predicted": self.predicted,
                    "gold": self.gold})
        for kind in KIND_NAMES:
            pred = self.kinds.get(f"pred:{kind}", [0, 0])
            gold = self.kinds.get(f"gold:{kind}", [0, 0])
            p, r = _ratio(*pred), _ratio(*gold)
            out.append({"overlap": t, "scope": f"kind={kind}", "precision": p, "recall": r,
                        "f1": _f1(p, r), "tp": pred[0], "predicted": pred[1], "gold": gold[1]})
        return out


def split_content(gold: GoldAttribution) -> list[GoldAttribution]:
    """A content interrupted by its own attribution (“A,” X said. “B.”: PolNeAR's content is the
    two spans A and B) read as one attribution per side, with the same cue and source — our
    quotes are contiguous spans, so A and B are two quotes. Contents whose spans are not
    separated by the cue or the source stay whole. A quote that spans the interruption finds
    every side it covers (for recall; it is one prediction)."""
    spans = sorted(gold.content)
    marks = sorted(gold.cue + gold.source)
    groups = [[spans[0]]]
    for prev, cur in zip(spans, spans[1:]):
        if any(prev[1] <= a and b <= cur[0] for a, b in marks):
            groups.append([cur])
        else:
            groups[-1].append(cur)
    return [gold] if len(groups) == 1 else [replace(gold, content=g) for g in groups]


def read_gold(gold_articles: list[GoldArticle], docs: dict, *, split: bool = True
              ) -> dict[str, list[tuple[GoldAttribution, GoldAttribution]]]:
    """The gold attributions as read: ``(read, annotated)`` pairs, ``read`` with its source
    read by :func:`read_source` and (with ``split``) one per side of an interrupted content
    (:func:`split_content`); ``speech`` and ``kind`` set on both."""
    read: dict[str, list[tuple[GoldAttribution, GoldAttribution]]] = {}
    for art in gold_articles:
        read[art.name] = []
        for g in art.attributions:
            r, g.reading = read_source(docs[art.name], g)
            g.speech = r.speech = mark_speech(docs[art.name], r)
            for part in split_content(r) if split else [r]:
                part.kind = gold_kind(art.text, part)
                read[art.name].append((part, g))
            g.kind = gold_kind(art.text, g)
    return read


def score(gold_articles: list[GoldArticle], quotes: pd.DataFrame, docs: dict,
          thresholds=THRESHOLDS, *, split: bool = True, documents: bool = True
          ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Precision, recall and F1 per threshold (quotes, (quote, speaker) pairs, per kind), and the
    errors at the first threshold.

    Args:
        gold_articles: from :func:`.polnear.load_polnear` (``name`` is the article id).
        quotes: our ``quotes`` table for those articles (``article_id`` = ``name``).
        docs: ``{name: spaCy Doc}`` of the same texts (for cue lemmas).
        split: read contents interrupted by their own attribution as one attribution per side
            (:func:`split_content`); False scores PolNeAR's attributions whole.
        documents: False leaves out the predictions typed ``document`` and the gold
            attributions with a document source (:func:`is_document_source`) on both sides.

    Returns:
        ``(scores, errors)``: one score row per (threshold, scope) with ``precision, recall, f1,
        tp, predicted, gold`` (and ``speaker_accuracy`` for scope ``quotes``); one error row per
        missed, spurious or wrong-speaker quote (``ERROR_COLUMNS``).
    """
    read = read_gold(gold_articles, docs, split=split)
    if not documents:
        texts = {art.name: art.text for art in gold_articles}
        read = {name: [(r, g) for r, g in pairs if not is_document_source(texts[name], r)]
                for name, pairs in read.items()}
        quotes = quotes[quotes["speaker_type"] != "document"]
    by_article = {name: list(group.itertuples(index=False))
                  for name, group in quotes.groupby("article_id")}
    rows, errors = [], []
    for n, t in enumerate(thresholds):
        counts = _Counts(t)
        for art in gold_articles:
            preds, pairs = by_article.get(art.name, []), read[art.name]
            golds = [r for r, _ in pairs]
            found = _score_article(art, preds, pairs, match(golds, preds, t), counts)
            if n == 0:
                errors.extend(found)
        rows.extend(counts.rows(t))
    return pd.DataFrame(rows), pd.DataFrame(errors, columns=ERROR_COLUMNS)


def _score_article(art: GoldArticle, preds: list, pairs: list, matches: list[tuple[int, int]],
                   counts: _Counts) -> list[dict]:
    """Add one article's counts (``pairs``: read and annotated gold attributions); returns its
    error rows."""
    text, errors = art.text, []
    golds = [r for r, _ in pairs]
    counts.predicted += len(preds)
    counts.gold += sum(1 for g in golds if g.speech)
    extra = _sides_also_covered(pairs, preds, matches, counts.threshold)
    matched_p, matched_g = {pi for pi, _ in matches}, {gi for _, gi in matches + extra}
    for pi, row in enumerate(preds):
        counts.add_kind(f"pred:{row.kind}", pi in matched_p)
        if pi not in matched_p:
            errors.append(_error(art, "spurious", row, None, _spurious_cause(row, golds)))
    for gi, g in enumerate(golds):
        if g.speech:
            counts.add_kind(f"gold:{g.kind}", gi in matched_g)
            if gi not in matched_g:
                errors.append(_error(art, "missed", None, g, _missed_cause(g, preds)))
    for pi, gi in matches:
        g, row = golds[gi], preds[pi]
        counts.tp += 1
        ok = _same_speaker(text, g, row)
        if g.source:
            counts.with_source += 1
            counts.right += ok
            if is_pronoun_source(text, g):
                counts.pronoun_sources += 1
                counts.pronoun_right += ok
            counts.right_as_annotated += ok if pairs[gi][1].reading == "as annotated" else \
                _same_speaker(text, pairs[gi][1], row)
            if not ok:
                errors.append(_error(art, "wrong_speaker", row, g, _speaker_cause(row, g)))
        if g.speech:
            counts.recall_tp += 1
            counts.pair_recall_tp += ok
        counts.tp_pair += ok
    for pi, gi in extra:  # found, for recall, by the quote that matched the other side
        if golds[gi].speech:
            counts.recall_tp += 1
            counts.pair_recall_tp += _same_speaker(text, golds[gi], preds[pi])
    return errors


def _sides_also_covered(pairs: list, preds: list, matches: list[tuple[int, int]], t: float
                        ) -> list[tuple[int, int]]:
    """Sides of a split content (:func:`split_content`) left unmatched that the quote matched
    to another side of the same attribution also covers (≥ t): a quote that spans the
    interruption ("These sources, the lawyers said, all command …") finds both sides."""
    matched = {gi: pi for pi, gi in matches}
    extra = []
    for gi, (part, whole) in enumerate(pairs):
        if gi in matched:
            continue
        for gj, pi in matched.items():
            if pairs[gj][1] is whole and _length(part.content) and _overlap(
                    part.content, preds[pi].start, preds[pi].end) / _length(part.content) >= t:
                extra.append((pi, gi))
                break
    return extra


def _error(art: GoldArticle, kind: str, row, gold: GoldAttribution | None, cause: str) -> dict:
    text = art.text
    return {"article": art.name, "error": kind,
            "kind": row.kind if row is not None else gold.kind if gold is not None else None,
            "speaker_type": row.speaker_type if row is not None else None, "cause": cause,
            "quote": row.quote if row is not None else None,
            "cue": row.cue if row is not None else None,
            "speaker": row.speaker if row is not None else None,
            "gold_content": _joined(text, gold.content) if gold else None,
            "gold_cue": _joined(text, gold.cue) if gold else None,
            "gold_source": _joined(text, gold.source) if gold else None}


def _missed_cause(g: GoldAttribution, preds: list) -> str:
    """``partly found`` (a prediction overlaps the content, below the threshold or matched
    elsewhere), else ``not found``."""
    if any(_overlap(g.content, row.start, row.end) for row in preds):
        return "partly found"
    return "not found"


def _spurious_cause(row, golds: list[GoldAttribution]) -> str:
    """``no speaker`` (an unattributed quote), ``continued`` (speaker carried over, no cue),
    ``overlaps gold`` (a gold content overlaps it, below the threshold), else ``no gold``."""
    if row.speaker_type == "unknown":
        return "no speaker"
    if row.cue is None:
        return "continued"
    if any(_overlap(g.content, row.start, row.end) for g in golds):
        return "overlaps gold"
    return "no gold"


def _speaker_cause(row, g: GoldAttribution) -> str:
    """Why a matched quote has the wrong speaker, where the rules can tell: ``no speaker``,
    ``pronoun`` (we named a pronoun, resolved or not), ``continued``, ``gold not a speech
    cue`` (PolNeAR links the quote through "found", "hope" …), ``unnamed`` (we gave a group or
    anonymous source), else ``other``."""
    if row.speaker_type == "unknown" or not isinstance(row.speaker, str):
        return "no speaker"
    if row.speaker.lower() in SPEAKER_PRONOUNS:
        return "pronoun"
    if row.cue is None:
        return "continued"
    if not g.speech:
        return "gold not a speech cue"
    if row.speaker_type in ("group", "anonymous"):
        return "unnamed"
    return "other"


def error_table(errors: pd.DataFrame) -> pd.DataFrame:
    """Errors counted by class: per error and kind, per error and speaker type, per error and
    cause (one table: ``by, value, missed, spurious, wrong_speaker``)."""
    parts = []
    for by in ("kind", "speaker_type", "cause"):
        frame = errors.assign(value=errors[by].fillna("—"))
        table = pd.crosstab(frame["value"], frame["error"])
        table = table.reindex(columns=["missed", "spurious", "wrong_speaker"], fill_value=0)
        parts.append(table.reset_index().assign(by=by))
    table = pd.concat(parts, ignore_index=True)
    table.columns.name = None
    return table[["by", "value", "missed", "spurious", "wrong_speaker"]]
