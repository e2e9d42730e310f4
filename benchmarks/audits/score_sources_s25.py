"""Session 21 (branch s25-sources): score both models' people quoted against a hand annotation
in the sources gold format (default benchmarks/audits/sources-annotation-s25.jsonl, the 26 BBC
files of sources-sample-s25.txt), with the sources scorer's own matching
(``analysis.evaluation.sources.score_sources``), and print per model the people missed, the
non-people or unquoted people listed (spurious), and the wrong or unknown genders, separately
for women and men; then each error row, and the pronoun-cued quotes ("she said") with the
person each was given, to be read against the text.

Usage (from the project root):
    python benchmarks/audits/score_sources_s25.py [GOLD] [OUT_DIR]
writes OUT_DIR/{sm,news}-quotes.parquet, -sources.parquet and -errors.csv (OUT_DIR default
/work/diag/s21/sources/score).
"""
import sys
from pathlib import Path

import pandas as pd

from analysis.config import shared_dir
from analysis.evaluation.sources import load_texts, read_gold, score_sources
from analysis.runs import analyze

MODELS = [("sm", None), ("news", str(shared_dir() / "models" / "en_news_sm-3.8.0"))]
PRONOUNS = {"she", "he", "her", "him"}


def counts(errors: pd.DataFrame) -> dict[str, int]:
    """Error counts split by gender: missed / wrong / unknown by the gold gender, spurious by
    the gender the engine gave."""
    out = {}
    for g in ("female", "male", "unknown"):
        for kind in ("missed", "wrong_gender", "unknown_gender"):
            out[f"{g} {kind}"] = int(((errors.error == kind) & (errors.gold_gender == g)).sum())
        out[f"{g} spurious"] = int(((errors.error == "spurious") & (errors.gender == g)).sum())
    return out


def main() -> None:
    gold_path = sys.argv[1] if len(sys.argv) > 1 else "benchmarks/audits/sources-annotation-s25.jsonl"
    out = Path(sys.argv[2] if len(sys.argv) > 2 else "/work/diag/s21/sources/score")
    out.mkdir(parents=True, exist_ok=True)
    gold = read_gold(gold_path)
    texts, _ = load_texts(gold, shared_dir() / "corpora")
    pd.set_option("display.width", 250)
    pd.set_option("display.max_rows", 500)
    pd.set_option("display.max_colwidth", 60)
    summary = {}
    for tag, model in MODELS:
        corpus = analyze(texts, model=model, progress=False, processes=1)
        figures, errors = score_sources(gold, corpus.sources)
        corpus.quotes.to_parquet(out / f"{tag}-quotes.parquet")
        corpus.sources.to_parquet(out / f"{tag}-sources.parquet")
        errors.to_csv(out / f"{tag}-errors.csv", index=False)
        f = figures["all"]
        summary[tag] = {"P": round(f["precision"], 3), "R": round(f["recall"], 3),
                        "women right": round(f["female recall"], 3),
                        "men right": round(f["male recall"], 3),
                        "women share engine": round(f["women share engine"], 3),
                        "women share gold": round(f["women share gold"], 3), **counts(errors)}
        print(f"== {tag}: errors")
        print(errors.drop(columns=["part", "corpus"]).to_string())
        q = corpus.quotes
        cue = q["speaker"].astype(str).str.lower().isin(PRONOUNS) if "speaker" in q else None
        if cue is not None and cue.any():
            print(f"== {tag}: pronoun-cued quotes")
            cols = ["article_id", "speaker", "speaker_actor", "speaker_gender", "quote"]
            print(q[cue][cols].assign(quote=q[cue]["quote"].astype(str).str[:50]).to_string())
    print(pd.DataFrame(summary).to_string())


if __name__ == "__main__":
    main()
