"""The evaluation's own reader of PolNeAR gold: one fixed spaCy pipeline, whatever model the
engine under test runs.

Reading the gold needs a parse in three places: which attributions count as speech (the lemma of
a cue word, :func:`.polnear.mark_speech`), a relative pronoun read as the noun its clause modifies
and swapped Source/Cue labels (:func:`.polnear.read_source`). Until session 21 that parse was the
engine's own, so the gold depended on the model being scored: on PolNeAR dev, en_news_sm read 10
of the 2,145 attributions otherwise than en_core_web_sm (9 relative pronouns resolved to another
noun or not at all, 1 label pair swapped back, 1 speech flag). The two models' figures were
therefore not measured on quite the same gold.

Now the gold is always read with :data:`GOLD_READER`, Explosion's official ``en_core_web_sm``
3.8.0 (the project's default model), loaded without its entity recogniser (the readings use
tags, lemmas and the dependency parse only). Its readings are exactly those the official model's
engine made before (its engine components do not change tags, lemmas or the parse), so the
official model's figures did not move; en_news_sm's are now scored on the same gold.

Cost: one extra parse of the split's texts without NER, done once per command however many
models are scored (:func:`read_docs` is called by the caller and its result passed to each
:func:`analysis.evaluation.evaluate_polnear`).
"""

from __future__ import annotations

from pathlib import Path

#: the pipeline every gold reading uses: (meta ``name``, meta ``version``) of a spaCy pipeline
GOLD_READER = ("core_web_sm", "3.8.0")


def reader_target() -> str:
    """What ``spacy.load`` receives for :data:`GOLD_READER`: the installed ``en_core_web_sm``
    package when it is that version, else the first local pipeline directory (``models/``,
    ``../shared/models/``) whose meta names it.

    Raises:
        analysis.engine.nlp.ModelNotFoundError: neither is there (the message says what is
            needed).
    """
    from ..engine.nlp import ModelNotFoundError, _pipeline_meta, find_local_pipelines, \
        package_pipeline

    name, version = GOLD_READER
    try:
        package = package_pipeline(f"en_{name}")
    except ModelNotFoundError:
        package = None
    if package is not None and _version(package) == GOLD_READER:
        return f"en_{name}"
    for folder in find_local_pipelines():
        meta = _pipeline_meta(folder) or {}
        if (meta.get("name"), str(meta.get("version"))) == GOLD_READER:
            return str(folder)
    raise ModelNotFoundError(
        f"The PolNeAR evaluation reads its gold with en_{name} {version} (whatever model is "
        f"scored), and it was not found: install that package or put its pipeline directory "
        f"under models/ or ../shared/models/.")


def _version(folder: Path) -> tuple[str, str]:
    from ..engine.nlp import _pipeline_meta

    meta = _pipeline_meta(folder) or {}
    return meta.get("name", ""), str(meta.get("version", ""))


def read_docs(gold_articles, *, batch_size: int = 32) -> dict:
    """``{article name: Doc}`` of the gold articles' texts parsed by :data:`GOLD_READER` (no
    NER), for :func:`.scoring.read_gold` and the scorer.

    Raises:
        analysis.engine.nlp.ModelNotFoundError: see :func:`reader_target`.
    """
    from ..engine.nlp import load_pipeline

    nlp = load_pipeline(reader_target(), exclude=("ner",))
    pairs = ((g.text, g.name) for g in gold_articles)
    return {name: doc for doc, name in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size)}
