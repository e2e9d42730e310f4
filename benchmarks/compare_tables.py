"""Every table of the seed, the Wikinews articles, the PolNeAR dev texts and 300 BBC articles
(the sample of ``benchmarks/extraction_overhead.py``), written out or compared with an earlier
copy: what shows that a restructuring changed no row.

    python benchmarks/compare_tables.py dump OUT [--model DIR] [--bbc N]   # OUT/<corpus>/<table>.pkl
    python benchmarks/compare_tables.py compare BEFORE AFTER      # exit 1 on any difference

Only the public API is used (``load_articles``, ``analyze``), so the script runs unchanged on
the code before and after a change; run ``dump`` once per model (``--model``, else
``ANALYSIS_SPACY_MODEL``) into folders of their own. The ``meta`` fingerprint is not compared
(it hashes the code); every table is compared cell by cell, dtypes included.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TABLES = ("articles", "entities", "actors", "quotes", "errors")


def corpora(bbc: int = 300) -> dict[str, pd.DataFrame]:
    from analysis import load_articles

    found = {"seed": load_articles(SHARED / "seed" / "airstrikes-syria-2021-02-26.txt"),
             "wikinews": load_articles(SHARED / "corpora" / "wikinews" / "articles.jsonl")}
    dev = sorted((SHARED / "corpora" / "polnear" / "data" / "dev" / "text").glob("*.txt"))
    found["polnear_dev"] = pd.DataFrame({
        "article_id": [p.stem for p in dev],
        "text": [p.read_text(encoding="utf-8") for p in dev]})
    if bbc:  # the sample benchmarks/extraction_overhead.py times
        found["bbc"] = load_articles(SHARED / "corpora" / "bbc", duplicates="drop").sample(
            bbc, random_state=0)
    return found


def dump(out: Path, model: str | None, bbc: int = 300) -> None:
    from analysis import analyze

    for name, articles in corpora(bbc).items():
        corpus = analyze(articles, model=model, processes=1, progress=False)
        folder = out / name
        folder.mkdir(parents=True, exist_ok=True)
        for table in TABLES:
            frame = getattr(corpus, table)
            frame.to_pickle(folder / f"{table}.pkl")
        print(f"{name}: " + ", ".join(f"{t} {len(getattr(corpus, t))}" for t in TABLES))


def compare(before: Path, after: Path, tables: tuple[str, ...] = TABLES) -> int:
    """Compare every table of every corpus folder of ``before`` (at any depth: a folder per
    model above them) with ``after``, cell by cell (dtypes included); print one line per table
    and return 1 when any differs."""
    differ = 0
    # the corpus folders, at any depth (one folder per model above them: identical_output_s18)
    for folder in sorted({p.parent for p in before.rglob("*.pkl")}):
        name = folder.relative_to(before).as_posix()
        for table in tables:
            a = pd.read_pickle(folder / f"{table}.pkl")
            b_path = after / name / f"{table}.pkl"
            if not b_path.exists():
                print(f"{name}/{table}: missing after")
                differ += 1
                continue
            b = pd.read_pickle(b_path)
            try:
                pd.testing.assert_frame_equal(a, b, check_exact=True)
                print(f"{name}/{table}: identical ({len(a)} rows, {a.shape[1]} columns)")
            except AssertionError as error:
                differ += 1
                print(f"{name}/{table}: DIFFERENT\n{error}")
    print("all identical" if not differ else f"{differ} table(s) differ")
    return 1 if differ else 0


def main(argv=None, dump=dump, tables: tuple[str, ...] = TABLES, doc: str | None = None) -> int:
    """The command line: ``dump OUT [--model DIR] [--bbc N]`` or ``compare BEFORE AFTER``
    (``dump``, ``tables`` and the help text ``doc`` given by a script that reuses it:
    ``identical_output_s18.py``)."""
    parser = argparse.ArgumentParser(description=(doc or __doc__).split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--model", default=None)
    d.add_argument("--bbc", type=int, default=300, help="BBC articles (0: none)")
    c = sub.add_parser("compare")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.command == "dump":
        dump(args.out, args.model, args.bbc)
        return 0
    return compare(args.before, args.after, tables)


if __name__ == "__main__":
    sys.exit(main())
