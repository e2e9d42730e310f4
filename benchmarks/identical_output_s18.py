"""Check that a speed change left the engine's output untouched (session 18).

    python benchmarks/identical_output_s18.py dump OUT [--model DIR|all] [--bbc N]
    python benchmarks/identical_output_s18.py compare BEFORE AFTER     # exit 1 on any difference

``dump`` runs the per-article components and the corpus step on 300 BBC articles (the sample of
``benchmarks/extraction_overhead.py``) and on the PolNeAR dev texts, and writes, per corpus:
the raw per-article rows (``mentions``: :func:`analysis.engine.rows.doc_rows`' entity rows;
``raw_quotes``: its quote rows), the assembled ``entities``, ``actors`` and ``quotes`` tables
(:func:`analysis.assembly.assemble`) and the ``sources`` table (:func:`analysis.assembly.
build_sources`), as pickles in ``OUT/<corpus>/``. ``compare`` checks every table cell by cell
(dtypes included). The parse is done once per model and text set and kept as a DocBin in the
system's temporary folder, so two code versions (``PYTHONPATH`` set to each checkout) are run on
the very same Docs and only the extraction differs; the model is ``--model`` or the resolved
default (``ANALYSIS_SPACY_MODEL``). Run ``dump`` once per model into folders of their own, or
with ``--model all`` (session 23): every local pipeline (:func:`analysis.evaluation.local_models`,
the official en_core_web_sm and en_news_sm) into ``OUT/<model folder>/<corpus>/``; ``compare``
reads either layout. Session 23 checked its speed changes with ``--model all --bbc 500``.
"""

from __future__ import annotations

import hashlib
import sys
import tempfile
from pathlib import Path

import pandas as pd

TABLES = ("mentions", "raw_quotes", "entities", "actors", "quotes", "sources")


def corpora(bbc: int = 300) -> dict[str, pd.DataFrame]:
    from analysis import load_articles
    from analysis.config import shared_dir

    shared = shared_dir()
    dev = sorted((shared / "corpora" / "polnear" / "data" / "dev" / "text").glob("*.txt"))
    found = {"polnear_dev": pd.DataFrame({
        "article_id": [p.stem for p in dev],
        "text": [p.read_text(encoding="utf-8") for p in dev]})}
    if bbc:
        found["bbc"] = load_articles(shared / "corpora" / "bbc", duplicates="drop").sample(
            bbc, random_state=0)
    return found


def parsed(nlp, name: str, texts: list[str]) -> list:
    """The Docs of ``texts``, parsed once and cached (keyed by model, corpus and texts)."""
    from spacy.tokens import DocBin

    from analysis.engine.nlp import model_info

    info = model_info(nlp)
    digest = hashlib.sha1("\x00".join(texts).encode()).hexdigest()[:12]
    cache = Path(tempfile.gettempdir()) / f"identical_s18-{info['model']}-{name}-{digest}.spacy"
    if not cache.exists():
        DocBin(docs=nlp.pipe(texts, batch_size=32)).to_disk(cache)
    return list(DocBin().from_disk(cache).get_docs(nlp.vocab))


def dump(out: Path, model: str | None, bbc: int = 300) -> None:
    """The six tables of ``model`` (a pipeline folder, None for the default, ``"all"`` for every
    local pipeline, each into ``out/<its folder name>``) on :func:`corpora`, pickled."""
    if model == "all":
        from analysis.evaluation import local_models

        for each in local_models():
            print(f"{Path(each).name}:")
            dump(out / Path(each).name, each, bbc)
        return
    from analysis.assembly import assemble, build_sources
    from analysis.engine.aliases import read_aliases
    from analysis.engine.nlp import load_pipeline, resolve_model
    from analysis.engine.pipeline import apply_components, news_pipeline
    from analysis.engine.rows import doc_rows

    nlp = load_pipeline(model) if model else load_pipeline()
    news = news_pipeline(resolve_model(model).target if model else resolve_model().target)
    aliases = read_aliases()
    for name, articles in corpora(bbc).items():
        docs = parsed(nlp, name, articles["text"].tolist())
        mentions, raw = [], []
        for doc, article_id in zip(docs, articles["article_id"]):
            e, q = doc_rows(apply_components(news, doc), article_id)
            mentions.extend(e)
            raw.extend(q)
        entities, actors, quotes = assemble(articles, mentions, raw, aliases)
        texts = articles.drop_duplicates("article_id").set_index("article_id")["text"]
        sources = build_sources(quotes, actors, entities,
                                texts=lambda ids: texts.reindex(ids).to_dict())
        tables = {"mentions": pd.DataFrame(mentions), "raw_quotes": pd.DataFrame(raw),
                  "entities": entities, "actors": actors, "quotes": quotes, "sources": sources}
        folder = out / name
        folder.mkdir(parents=True, exist_ok=True)
        for table, frame in tables.items():
            frame.to_pickle(folder / f"{table}.pkl")
        print(f"{name}: " + ", ".join(f"{t} {len(f)}" for t, f in tables.items()))


def main(argv=None) -> int:
    """``compare_tables.py``'s command line and comparison with this script's dump and tables."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import compare_tables

    return compare_tables.main(argv, dump=dump, tables=TABLES, doc=__doc__)


if __name__ == "__main__":
    sys.exit(main())
