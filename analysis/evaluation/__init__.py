"""Scoring the quote engine against PolNeAR: ``python -m analysis evaluate polnear``.

:mod:`.polnear` reads the corpus and its gold attributions, :mod:`.scoring` matches them with
our quotes (the rule is :data:`MATCH_RULE`, printed with every result) and lists the errors.
:func:`evaluate_polnear` runs one model on one split; :func:`format_matrix` puts several models
side by side. Develop on train and dev; report test.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .polnear import GoldArticle, GoldAttribution, load_polnear, read_source
from .reader import GOLD_READER, read_docs
from .calibration import format_reliability, predictions
from .scoring import DOCUMENT_RULE, MATCH_RULE, error_table, is_document_source, score, \
    split_content

__all__ = ["MATCH_RULE", "GoldArticle", "GoldAttribution", "error_table", "evaluate_polnear",
           "format_errors", "format_matrix", "format_scores", "load_polnear", "local_models",
           "polnear_root",
           "read_source", "read_docs", "GOLD_READER", "score"]


def local_models() -> list[str]:
    """Every compatible pipeline directory under ``models/`` and ``../shared/models/``."""
    from ..engine.nlp import find_local_pipelines

    return [str(p) for p in find_local_pipelines()]


def polnear_root(root: str | Path | None = None) -> Path:
    """The PolNeAR corpus folder: ``root``, else ``../shared/corpora/polnear``."""
    from ..config import shared_dir

    return Path(root) if root is not None else shared_dir() / "corpora" / "polnear"


def evaluate_polnear(split: str = "dev", *, root: str | Path | None = None,
                     limit: int | None = None, model=None, progress: bool = False,
                     gold_docs: dict | None = None
                     ) -> tuple[pd.DataFrame, dict, pd.DataFrame]:
    """Run the engine (:func:`analysis.engine.pipeline.news_pipeline`) on a PolNeAR split and score
    it.

    The gold is read on the evaluation's own parse (:mod:`.reader`), never on the engine's, so
    every model is scored on the same gold.

    Args:
        gold_docs: the split's texts as :func:`.reader.read_docs` parses them (same ``root``,
            ``split`` and ``limit``), to share one reading between several models; None parses
            them here.

    Returns:
        ``(scores, info, errors)``: the score table (see :func:`.scoring.score`), counts and the
        model used (and ``info["predictions"]``: one row per predicted quote with its
        confidence features and whether it is right, :func:`.calibration.predictions`), and one
        row per error.

    Raises:
        FileNotFoundError: no such split under ``root``.
        analysis.engine.nlp.ModelNotFoundError: ``model`` cannot be found.
    """
    from tqdm import tqdm

    from ..engine.aliases import read_aliases
    from ..assembly import assemble
    from ..engine.nlp import model_info, resolve_model
    from ..engine.pipeline import news_pipeline
    from ..engine.rows import doc_rows

    gold = load_polnear(polnear_root(root), split, limit=limit)
    frame = pd.DataFrame({"article_id": [g.name for g in gold], "text": [g.text for g in gold]})
    nlp = news_pipeline(resolve_model(model).target)
    docs, ents, quotes = {}, [], []
    stream = nlp.pipe(zip(frame["text"], frame["article_id"]), as_tuples=True, batch_size=32)
    for doc, name in tqdm(stream, total=len(frame), disable=not progress, desc=split):
        docs[name] = doc  # the engine's Docs: the quotes' confidence features
        e, q = doc_rows(doc, name)
        ents.extend(e)
        quotes.extend(q)
    _, _, quote_table = assemble(frame, ents, quotes, read_aliases())
    if gold_docs is None:
        gold_docs = read_docs(gold)
    table, errors = score(gold, quote_table, gold_docs)
    whole, _ = score(gold, quote_table, gold_docs, split=False)
    no_documents, _ = score(gold, quote_table, gold_docs, documents=False)
    document_gold = sum(1 for g in gold for a in g.attributions if a.speech and is_document_source(
        g.text, read_source(gold_docs[g.name], a)[0]))
    predicted = predictions(gold, quote_table, docs, gold_docs)
    readings = pd.Series([a.reading for g in gold for a in g.attributions]).value_counts()
    n_split = sum(len(split_content(a)) > 1 for g in gold for a in g.attributions if a.speech)
    info = {"split": split, "articles": len(gold),
            "gold_attributions": sum(len(g.attributions) for g in gold),
            "gold_speech": sum(1 for g in gold for a in g.attributions if a.speech),
            "sources_relative": int(readings.get("relative", 0)),
            "sources_swapped": int(readings.get("swapped", 0)),
            "contents_split": n_split, "whole_contents": summary(whole),
            "without_documents": summary(no_documents), "gold_document_speech": document_gold,
            "predicted_documents": int((quote_table["speaker_type"] == "document").sum()),
            "predictions": predicted, "gold_reader": "en_{} {}".format(*GOLD_READER),
            **model_info(nlp)}
    return table, info, errors


def _percent(table: pd.DataFrame) -> pd.DataFrame:
    shown = table.copy()
    for col in ("precision", "recall", "f1", "speaker_accuracy", "speaker_accuracy_as_annotated",
                "speaker_accuracy_pronoun"):
        if col in shown:
            shown[col] = shown[col].map(lambda v: "" if pd.isna(v) else f"{v:.3f}")
    return shown


def format_scores(table: pd.DataFrame, info: dict) -> str:
    """One model's evaluation as printed by ``python -m analysis evaluate``."""
    head = (f"PolNeAR {info['split']}: {info['articles']} articles, "
            f"{info['gold_attributions']} gold attributions, {info['gold_speech']} speech "
            f"attributions; model {info['model']} {info['model_version']}")
    if info.get("gold_reader"):
        head += (f"\ngold read on the evaluation's fixed parse ({info['gold_reader']}, whatever "
                 "model is scored): speech cues, relative pronouns and swapped labels")
    head += (f"\ngold sources read: {info.get('sources_relative', 0)} relative pronouns as the "
             f"noun they modify, {info.get('sources_swapped', 0)} swapped Source/Cue labels "
             "swapped back (speaker_accuracy_as_annotated: without these two readings)")
    whole = info.get("whole_contents")
    if whole:
        head += (f"\ngold contents read: {info.get('contents_split', 0)} speech contents "
                 f"interrupted by their own attribution read as one attribution per side; "
                 f"scored whole instead: quote P {whole['quote P @0.3']:.3f} R "
                 f"{whole['quote R @0.3']:.3f} F1 {whole['quote F1 @0.3']:.3f}, speaker "
                 f"accuracy {whole['speaker accuracy @0.3']:.3f}, (quote, speaker) F1 "
                 f"{whole['(quote, speaker) F1 @0.3']:.3f} (overlap 0.3)")
    bare = info.get("without_documents")
    if bare:
        head += (f"\nwithout documents ({info.get('gold_document_speech', 0)} gold speech "
                 f"attributions with a document source, {info.get('predicted_documents', 0)} "
                 f"predictions typed document left out): quote P {bare['quote P @0.3']:.3f} R "
                 f"{bare['quote R @0.3']:.3f} F1 {bare['quote F1 @0.3']:.3f}, speaker accuracy "
                 f"{bare['speaker accuracy @0.3']:.3f}, (quote, speaker) F1 "
                 f"{bare['(quote, speaker) F1 @0.3']:.3f} (overlap 0.3)\n{DOCUMENT_RULE}")
    quotes = table[table["scope"] == "quotes"]
    if "pronoun_sources" in quotes:
        head += "\nspeaker accuracy on pronoun sources (gold source he/she/it/they/him/her/them): "
        head += ", ".join(f"{r.speaker_accuracy_pronoun:.3f} of {int(r.pronoun_sources)} "
                        f"@{r.overlap:g}" for r in quotes.itertuples())
    shown = f"{head}\n{MATCH_RULE}\n\n{_percent(table).to_string(index=False)}"
    if info.get("predictions") is not None:
        shown += "\n\n" + format_reliability(info["predictions"])
    return shown


def summary(table: pd.DataFrame) -> dict[str, float]:
    """The headline figures of a score table: quote P/R/F1, speaker accuracy and (quote,
    speaker) F1, at each overlap."""
    out = {}
    for t in sorted(table["overlap"].unique()):
        quotes = table[(table.overlap == t) & (table.scope == "quotes")].iloc[0]
        pairs = table[(table.overlap == t) & (table.scope == "quote+speaker")].iloc[0]
        for name, value in (("quote P", quotes.precision), ("quote R", quotes.recall),
                            ("quote F1", quotes.f1), ("speaker accuracy", quotes.speaker_accuracy),
                            ("(quote, speaker) F1", pairs.f1)):
            out[f"{name} @{t:g}"] = value
        if "pronoun_sources" in quotes:
            out[f"speaker accuracy, pronoun sources @{t:g}"] = quotes.speaker_accuracy_pronoun
            out[f"pronoun sources @{t:g}"] = quotes.pronoun_sources
    return out


def _without_documents(info: dict) -> dict[str, float]:
    """The headline figures without documents (:func:`.scoring.score` with
    ``documents=False``), named "… without documents" (empty when ``info`` has none)."""
    bare = info.get("without_documents") or {}
    return {f"{name} without documents": value for name, value in bare.items()
            if not name.startswith(("pronoun sources", "speaker accuracy, pronoun"))}


def format_matrix(results: list[tuple[pd.DataFrame, dict]]) -> str:
    """Several models side by side (rows: headline figures, then the same figures without
    documents; columns: models), with the largest difference between them."""
    columns = {f"{info['model']} {info['model_version']}": {**summary(table),
                                                            **_without_documents(info)}
               for table, info in results}
    frame = pd.DataFrame(columns)
    if frame.shape[1] > 1:
        frame["max difference"] = frame.max(axis=1) - frame.min(axis=1)
    shown = frame.map(lambda v: f"{v:.3f}")
    counts = [i for i in frame.index if i.startswith("pronoun sources")]
    shown.loc[counts] = frame.loc[counts].map(lambda v: f"{v:.0f}")
    return shown.to_string()


def format_errors(errors: pd.DataFrame, info: dict) -> str:
    """The error table of one model (counts by kind, speaker type and cause)."""
    table = error_table(errors)
    counts = errors["error"].value_counts()
    head = (f"errors, model {info['model']} {info['model_version']} (overlap 0.3): "
            f"{counts.get('missed', 0)} missed, {counts.get('spurious', 0)} spurious, "
            f"{counts.get('wrong_speaker', 0)} wrong speaker")
    return f"{head}\n{table.to_string(index=False)}"
