"""Reading PolNeAR: articles and their gold attributions (brat ``.ann`` files), the kind of a
gold attribution, whether its cue is a speech cue, and how a gold source is read.

* Each PolNeAR article is split like our plain-text loader does: the first line is the headline,
  the body starts after the blank line. Headlines are not quotes for us, so gold attributions
  inside the headline are left out; the others are shifted to body offsets.
* Articles annotated by two annotators are scored once, with the first annotator's file.
* **Speech attributions**: PolNeAR also annotates cognition and intent ("believes", "wants").
  A gold attribution is a speech attribution when its cue contains a lemma of the evaluation's
  own frozen speech cues (``evaluation/speech_cues.toml``, by spaCy lemma; phrasal verbs with
  their particle) or "according to". The list is a copy of the engine's speech lexicon as it was
  at commit 19744a6 and never follows it: changing or overriding the engine's lexicons
  (``data/speech_verbs.txt``) moves the predictions, never which gold attributions count.
* Gold kind: ``according_to`` (cue "according to"), ``direct`` (content wholly in quotation
  marks), ``mixed`` (content contains quotation marks) or ``indirect``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from .words import speech_cues

_QUOTE_CHARS = "\"“”«»„"


@dataclass
class GoldAttribution:
    """One gold attribution: content, cue and source as lists of character spans (body
    offsets), whether it is a speech attribution, its kind, and how its source was read."""

    content: list[tuple[int, int]]
    cue: list[tuple[int, int]]
    source: list[tuple[int, int]]
    speech: bool = False
    kind: str = "indirect"
    reading: str = "as annotated"  # see read_source


@dataclass
class GoldArticle:
    """A PolNeAR article: its name (the article id), body text and gold attributions."""

    name: str
    text: str
    attributions: list[GoldAttribution] = field(default_factory=list)


def _spans(value: str) -> list[tuple[int, int]]:
    spans = []
    for part in value.split(";"):  # "start end" pairs
        start, end = part.split()
        spans.append((int(start), int(end)))
    return spans


def read_brat(ann_path: Path, text: str, offset: int) -> list[GoldAttribution]:
    """Attributions of one ``.ann`` file, shifted by ``-offset``; spans before ``offset`` dropped.
    An attribution's content is the spans of its ``Content`` entity and of any further content
    entities of the same event (``Content2``: the second side of an interrupted quote); an event
    may name entities defined after it in the file."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    result = []
    lines = [line.split("\t") for line in ann_path.read_text(encoding="utf-8").splitlines()]
    for parts in lines:  # every entity first: an event may name one defined after it
        if parts[0].startswith("T") and len(parts) >= 2:
            label, where = parts[1].split(" ", 1)
            spans[parts[0]] = (label, _spans(where))
    for parts in lines:
        if parts[0].startswith("E") and len(parts) >= 2:
            roles = dict(item.split(":", 1) for item in parts[1].split())
            get = {k: spans[v][1] for k, v in roles.items() if v in spans}
            # a content interrupted by its attribution may be annotated as a second entity
            # (Content2: "“A,” X said. “B.”"): both are the attribution's content
            content = [s for k in sorted(get) if re.fullmatch(r"Content\d*", k) for s in get[k]]
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


def gold_kind(text: str, gold: GoldAttribution) -> str:
    """The kind of a gold attribution (see the module docstring)."""
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
    """Whether the gold cue is a speech cue: a lemma of the evaluation's frozen speech cues
    inside it (:func:`.words.speech_cues`; a phrasal verb with its particle among the cue's
    words), or a phrase of them ("according to"). Never the engine's lexicons."""
    from ..engine.syntax import doc_text

    cues = speech_cues()
    text = doc_text(doc)
    cue_text = " ".join(text[a:b] for a, b in gold.cue).lower()
    if any(phrase in cue_text for phrase in cues.phrases):
        return True
    for a, b in gold.cue:
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is None:
            continue
        for tok in span:
            lemma = tok.lemma_.lower()
            if lemma in cues.lemmas or lemma in cues.phrasal \
                    and cues.phrasal[lemma] in cue_text.split():
                return True
    return False


_RELATIVE = {"who", "which", "that", "whom"}


def read_source(doc, gold: GoldAttribution) -> tuple[GoldAttribution, str]:
    """Read a gold source the way a reader does, fixing two annotation habits.

    * A relative pronoun ("Mr. Kamin, who emphasized …": Source = "who") stands for the noun it
      modifies in the parse: the source becomes that noun's phrase (without the clause).
    * Source and Cue labels swapped (Source = "said", Cue = "Robert McAtee, one of …"): when the
      source is one speech-cue lemma (the evaluation's frozen list, :func:`.words.speech_cues`)
      and the cue holds a proper noun and no such lemma, they are swapped back.

    Returns:
        ``(read, how)``: a copy of ``gold`` with source and cue as read (``gold`` itself is not
        changed, so scoring twice gives the same figures) and ``"relative"``, ``"swapped"`` or
        ``"as annotated"``.
    """
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
    verbs = speech_cues().lemmas
    if tok.lemma_.lower() in verbs and gold.cue:
        cue = [t for c0, c1 in gold.cue
               for t in (doc.char_span(c0, c1, alignment_mode="expand") or [])]
        if any(t.pos_ == "PROPN" for t in cue) and not any(t.lemma_.lower() in verbs
                                                           for t in cue):
            return replace(gold, source=gold.cue, cue=gold.source, reading="swapped"), "swapped"
    return as_is
