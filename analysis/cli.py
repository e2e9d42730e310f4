"""Command line: ``python -m analysis COMMAND ...`` (``--help`` on every command).

Commands:
    ingest   load articles and print a table of them and of any input errors
    model    show which spaCy pipeline would be used (``--ensure`` may download one at setup)
    extract  run the whole pipeline over files/folders and write the tables to a folder
    report   extract, then run the notebooks into reports/ (what ``make report`` does)
    diff     how the headline figures moved between two runs (stores or manifests)
    evaluate score the quote engine against PolNeAR (``evaluate polnear --split dev``), or the
             people quoted and their gender against the hand-annotated gold set
             (``evaluate sources``)

Exit status: 0 when every input was processed, 3 when some inputs failed but the rest were
processed, 4 when no usable article was found (every input failed, or the folder holds no article
file: nothing to report; ``extract`` still records the run and its errors in the store, and
``report`` still writes the notebooks, which show the errors table), 2 for usage and
configuration errors (bad arguments; an input path that does not exist, none of them being
there; no model, or a model name that is not a spaCy pipeline or does not load; a bad alias table
or lexicon file), reported in one ``error:`` line. Bad input never produces a traceback.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Sequence

import pandas as pd

from .engine.budget import DEFAULT_SECONDS
from .engine.settings import MAX_CHARS
from .io.decode import DEFAULT_MAX_FILE_BYTES

EXIT_OK, EXIT_USAGE, EXIT_PARTIAL, EXIT_EMPTY = 0, 2, 3, 4
#: what the exit statuses mean (``--help`` of every command that reads articles)
EXIT_HELP = ("Exit status 0: all processed; 3: some inputs failed; 4: no usable article, "
             "nothing to report (every input failed, or no article file: the errors are "
             "listed); 2: usage error (also: no input path exists).")


def _time_limit(value: str) -> float | None:
    seconds = float(value)
    if seconds < 0:
        raise argparse.ArgumentTypeError(f"time limit must be 0 (none) or positive, got {value}")
    return seconds or None


_UNITS = {"": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30, "T": 1 << 40}


def _byte_size(value: str) -> int | None:
    """``--max-file-bytes``: a number of bytes, with an optional K, M, G or T suffix (binary:
    ``200M`` is 200 MiB; ``B``/``iB`` may follow), or ``none`` for no limit."""
    text = value.strip().upper().removesuffix("B").removesuffix("I")
    if text in ("NONE", "NO", "0"):
        return None
    unit = text[-1:] if text[-1:] in _UNITS else ""
    try:
        number = float(text[: len(text) - len(unit)])
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a size such as 500M, 2G or 1000000 (bytes), "
                                         f"or none; got {value!r}") from None
    if not number > 0 or number == float("inf"):  # NaN fails the first test
        raise argparse.ArgumentTypeError(f"size must be positive, got {value!r}")
    return max(1, int(number * _UNITS[unit]))


def _add_max_file_bytes(parser: argparse.ArgumentParser) -> None:
    """The ``--max-file-bytes`` option, the same on every command that reads files."""
    parser.add_argument(
        "--max-file-bytes", type=_byte_size, default=DEFAULT_MAX_FILE_BYTES, metavar="SIZE",
        help=f"files larger than this are not read but listed as 'too_large' errors (bytes, or "
             f"500M, 2G; none: no limit; default {DEFAULT_MAX_FILE_BYTES >> 30}G)")


def _max_chars(value: str) -> int | None:
    chars = int(value)
    if chars < 0:
        raise argparse.ArgumentTypeError(f"max chars must be 0 (no cap) or positive, got {value}")
    return chars or None


def _shorten(value: object, width: int) -> str:
    text = "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def format_articles(articles: pd.DataFrame) -> str:
    """A plain-text table of loaded articles (id, date, title, author, source, size, path)."""
    if articles.empty:
        return "(no articles)"
    view = pd.DataFrame({
        "article_id": articles["article_id"],
        "published": articles["published"].dt.strftime("%Y-%m-%d").fillna(""),
        "title": [_shorten(t, 50) for t in articles["title"]],
        "author": [_shorten(a, 20) for a in articles["author"]],
        "source": [_shorten(s, 14) for s in articles["source"]],
        "chars": articles["text"].str.len(),
        "path": [_shorten(p, 40) for p in articles["path"]],
    })
    return view.to_string(index=False)


def format_errors(errors: pd.DataFrame) -> str:
    """A plain-text list of input problems, one line each: ``path[:line]: problem: message``."""
    lines = []
    for row in errors.itertuples(index=False):
        where = row.path if pd.isna(row.line) else f"{row.path}:{int(row.line)}"
        lines.append(f"  {where}: {row.problem}: {row.message}")
    return "\n".join(lines)


def _print_skipped(errors: pd.DataFrame) -> None:
    """The folders not read because this package wrote them (a store inside the input)."""
    skipped = errors[errors["problem"] == "skipped"]
    if len(skipped):
        print("Skipped:\n" + format_errors(skipped))


def _cmd_ingest(args: argparse.Namespace) -> int:
    from .io import load_articles

    missing = _all_missing(args.paths)
    if missing:
        return missing
    articles, errors = load_articles(*args.paths, errors="collect", text_column=args.text_column,
                                     max_file_bytes=args.max_file_bytes)
    with pd.option_context("display.width", 200, "display.max_rows", args.max_rows):
        shown = articles if args.max_rows is None else articles.head(args.max_rows)
        print(format_articles(shown))
    if args.max_rows is not None and len(articles) > args.max_rows:
        print(f"… {len(articles) - args.max_rows} more")
    from .io import failures

    dups = errors[errors["problem"] == "duplicate"]
    bad = failures(errors)
    print(f"\n{len(articles)} article(s) loaded ({articles['article_id'].nunique()} distinct), "
          f"{len(dups)} duplicate(s), {len(bad)} error(s).")
    if len(dups):
        print("Duplicates:\n" + format_errors(dups))
    _print_skipped(errors)
    if len(bad):
        print("Errors:\n" + format_errors(bad))
    if articles.empty:
        return _nothing(args.paths, len(bad))
    return EXIT_PARTIAL if len(bad) else EXIT_OK


def _all_missing(paths) -> int:
    """When not one of the input ``paths`` exists (a typo in the folder's name, say): one
    ``error:`` line per path, naming it and the closest existing folder when it looks like a
    typo of it, and :data:`EXIT_USAGE` — nothing is read or written (a store's last run is
    left as it was). Else 0: a missing path among others is one ``not_found`` error row."""
    import os

    from .io.files import missing_message
    from .io.values import path_text

    if not paths or any(os.path.lexists(p) for p in paths):
        return 0
    for path in paths:
        print(f"error: {path_text(Path(path))}: {missing_message(Path(path))}",
              file=sys.stderr)
    return EXIT_USAGE


def _nothing(paths, failed: int) -> int:
    """No usable article: one line saying so, naming the inputs; :data:`EXIT_EMPTY`."""
    from .io.values import path_text

    where = ", ".join(path_text(Path(p)) for p in paths)
    print(f"No usable article in {where}: {failed} input(s) failed, listed above; nothing to "
          f"report.")
    return EXIT_EMPTY


def _cmd_model(args: argparse.Namespace) -> int:
    from .engine import nlp

    try:
        spec = nlp.ensure_model(download=True) if args.ensure else nlp.resolve_model(args.model)
        print(f"spaCy model: {spec.target} (found via {spec.origin})")
        if args.load:
            info = nlp.model_info(nlp.load_pipeline(spec.target))
            print(f"loaded {info['model']} {info['model_version']} with spaCy "
                  f"{info['spacy_version']}")
    except nlp.ModelNotFoundError as exc:  # not found, not a pipeline, or failed to load
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    return EXIT_OK


def _cmd_extract(args: argparse.Namespace) -> int:
    return extract(args.paths, args.out, model=args.model, text_column=args.text_column,
                   quiet=args.quiet, processes=args.processes, engine=args.engine,
                   scheduler=args.scheduler, time_limit=args.time_limit,
                   max_file_bytes=args.max_file_bytes, max_chars=args.max_chars,
                   corrections=_corrections_file(args.corrections))


def _corrections_file(value: Path | None) -> Path | None:
    """``--corrections``: the file given, else ``data/corrections.csv`` when it exists."""
    from . import config

    if value is not None:
        return value
    return config.CORRECTIONS_FILE if config.CORRECTIONS_FILE.is_file() else None


def _add_corrections(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--corrections", type=Path, default=None, metavar="FILE",
                        help="the user's corrections (CSV; see README 'Corrections'), applied "
                             "after the parse and recorded in the manifest (default: "
                             "data/corrections.csv when it exists)")


def extract(paths, out: Path, *, model=None, text_column=None, quiet=False, processes=None,
            engine="local", scheduler=None, time_limit: float | None = DEFAULT_SECONDS,
            max_file_bytes: int | None = DEFAULT_MAX_FILE_BYTES,
            max_chars: int | None = MAX_CHARS, corrections: Path | None = None) -> int:
    """Load ``paths``, analyse them into the store ``out``, print the summary; exit status
    (:data:`EXIT_EMPTY` when no usable article was found: the run and its errors are recorded
    in the store all the same; :data:`EXIT_USAGE`, nothing written, when no path exists).
    ``max_file_bytes``: as for ``load_articles`` (None: no limit); ``max_chars``: the longest
    article parsed (None: no cap); ``corrections``: a corrections file, matched after the
    parse (what became of its rows is printed and recorded in the manifest)."""
    import warnings

    from .runs import extract_into, run_summary
    from .io import failures, load_articles
    from .engine.nlp import ModelNotFoundError

    missing = _all_missing(paths)
    if missing:
        return missing
    articles, errors = load_articles(*paths, errors="collect", text_column=text_column,
                                     max_file_bytes=max_file_bytes)
    try:
        # nothing stored is read back: a re-run costs the new articles, not the store's size
        with warnings.catch_warnings():  # the stale corrections are printed below
            warnings.filterwarnings("ignore", message=r"\d+ stale correction")
            meta, run_errors = extract_into(articles, out, model=model,
                                            progress=not quiet,  # a bar for any parse
                                            processes=processes, engine=engine,
                                            scheduler=scheduler, input_errors=errors,
                                            time_limit=time_limit, max_chars=max_chars,
                                            corrections=corrections)
    except (ModelNotFoundError, OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    bad = failures(run_errors)
    print(f"{run_summary(meta, run_errors)}.")
    print(f"Stored in {Path(out).resolve()}/ (articles/, entities/, quotes/ Parquet "
          f"datasets, errors.csv, manifest.json); read it with analysis.Corpus.read().")
    _print_skipped(run_errors)
    if "corrections" in meta:
        _print_corrections(meta["corrections"], corrections)
    if len(bad):
        print("Failed:\n" + format_errors(bad))
    if not meta["articles"]:
        return _nothing(paths, len(bad))
    return EXIT_PARTIAL if len(bad) else EXIT_OK


def _print_corrections(summary: dict, path) -> None:
    """What became of the corrections: counts, and each stale row with its line and why."""
    print(f"Corrections {path}: {summary['applied']} applied, {summary['stale']} stale "
          f"(of {summary['rows']}; recorded in manifest.json).")
    for row in summary["stale_rows"]:
        print(f"  stale, line {row['line']}: {row['kind']} {row['key']}: {row['reason']}")


def _cmd_diff(args: argparse.Namespace) -> int:
    from .diff import diff, write

    try:
        result = diff(args.a, args.b, top=args.top)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(result)
    if args.csv is not None:
        write(result, args.csv)
        print(f"Written: {args.csv}")
    return EXIT_OK


def _cmd_report(args: argparse.Namespace) -> int:
    import os

    from . import config
    from .report import run_notebooks

    data = args.data if args.data is not None else config.input_dir()
    # the notebooks' kernels read the same folders through the environment
    os.environ[config.DATA_ENV] = str(Path(data).resolve())
    os.environ[config.STORE_ENV] = str(Path(args.out).resolve())
    if args.reports is not None:
        os.environ[config.REPORTS_ENV] = str(Path(args.reports).resolve())
    corrections = _corrections_file(args.corrections)
    if corrections is not None:  # the notebooks' kernels apply them too
        os.environ[config.CORRECTIONS_ENV] = str(Path(corrections).resolve())
    status = extract([str(data)], args.out, quiet=args.quiet, corrections=corrections)
    if status == EXIT_USAGE:
        return status
    print(f"Running the notebooks on {data} …")
    written = run_notebooks()
    print(f"Reports: {', '.join(str(p) for p in written)}")
    if status == EXIT_EMPTY:  # each notebook showed the errors table and stopped
        print(f"Nothing to report: no usable article in {data}; the reports show why "
              f"(exit status {EXIT_EMPTY}).")
        return status
    print(f"Figures (PNG, with the table behind each as CSV): {config.figures_dir()}/")
    return status


def _error_list(value: str) -> int | Path:
    """``--errors``: a number of error rows to print, or a CSV file to write them all to."""
    return int(value) if value.isdigit() else Path(value)


def _models(args: argparse.Namespace) -> list:
    from .evaluation import local_models

    models = args.model or [None]
    return local_models() if "all" in models else models


def _cmd_evaluate(args: argparse.Namespace) -> int:
    if args.corpus == "sources":
        return _cmd_evaluate_sources(args)
    if args.corpus == "calibrate":
        return _cmd_evaluate_calibrate(args)
    from .csvsafe import write_csv
    from .evaluation import evaluate_polnear, format_errors, format_matrix, format_scores
    from .engine.nlp import ModelNotFoundError

    models = _models(args)
    results = []
    try:
        gold_docs = _gold_docs(args) if len(models) > 1 else None  # one reading, every model
        for model in models:
            table, info, errors = evaluate_polnear(args.split, root=args.root, limit=args.limit,
                                                   model=model, progress=not args.quiet,
                                                   gold_docs=gold_docs)
            results.append((table, info, errors))
    except (FileNotFoundError, ModelNotFoundError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    for table, info, errors in results:
        print(format_scores(table, info))
        print()
        print(format_errors(errors, info))
        if isinstance(args.errors, int):
            print(errors.head(args.errors).to_string(index=False))
        print()
    if len(results) > 1:
        print(f"PolNeAR {args.split}, side by side:")
        print(format_matrix([(t, i) for t, i, _ in results]))
    if args.csv:
        write_csv(pd.concat([t.assign(model=f"{i['model']} {i['model_version']}")
                             for t, i, _ in results]), args.csv, index=False)
        print(f"\nScores written to {args.csv}")
    if isinstance(args.errors, Path):
        write_csv(pd.concat([e.assign(model=f"{i['model']} {i['model_version']}")
                             for _, i, e in results]), args.errors, index=False)
        print(f"Errors written to {args.errors}")
    return EXIT_OK


def _gold_docs(args: argparse.Namespace) -> dict:
    """The PolNeAR split's texts parsed once by the evaluation's gold reader
    (:func:`analysis.evaluation.read_docs`), shared by the models a command scores."""
    from .evaluation import load_polnear, polnear_root, read_docs

    return read_docs(load_polnear(polnear_root(args.root), args.split, limit=args.limit))


def _cmd_evaluate_calibrate(args: argparse.Namespace) -> int:
    """``evaluate calibrate``: fit the quotes' confidence table on a PolNeAR split (train or
    dev, never test), print it with its reliability table, write it with ``--csv``."""
    from .engine.nlp import ModelNotFoundError
    from .evaluation import evaluate_polnear
    from .evaluation.calibration import (apply_table, fit_table, format_reliability,
                                         write_table)

    if args.split == "test":
        print("error: the confidence table is never fitted on the test split (use train)",
              file=sys.stderr)
        return EXIT_USAGE
    frames: list[pd.DataFrame] = []
    models: list[str] = []
    try:
        models_asked = _models(args)
        gold_docs = _gold_docs(args) if len(models_asked) > 1 else None
        for model in models_asked:
            _, info, _ = evaluate_polnear(args.split, root=args.root, limit=args.limit,
                                          model=model, progress=not args.quiet,
                                          gold_docs=gold_docs)
            frames.append(info["predictions"])
            models.append(f"{info['model']} {info['model_version']}")
    except (FileNotFoundError, ModelNotFoundError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    frame = pd.concat(frames, ignore_index=True)
    table = fit_table(frame)
    print(f"confidence table fitted on PolNeAR {args.split} ({len(frame)} predictions, "
          f"{len(frames)} model(s)):")
    print(table.to_string(index=False))
    print()
    print(format_reliability(frame.assign(confidence=apply_table(frame, table))))
    if args.csv:
        limit = f"the first {args.limit} " if args.limit else ""
        write_table(table, args.csv, f"{limit}PolNeAR {args.split} articles, "
                                     f"{' + '.join(models)} ({len(frame)} predictions)")
        print(f"\nTable written to {args.csv}")
    return EXIT_OK


def _cmd_evaluate_sources(args: argparse.Namespace) -> int:
    """``evaluate sources``: the people quoted and their gender against the hand-annotated gold
    set (:mod:`analysis.evaluation.sources`), one run per model, side by side."""
    from .csvsafe import write_csv
    from .evaluation.sources import (GoldError, evaluate_sources, format_source_errors,
                                     format_sources, format_sources_matrix, readable_errors)
    from .engine.nlp import ModelNotFoundError

    results = []
    try:
        for model in _models(args):
            results.append(evaluate_sources(args.gold, corpora=args.corpora, model=model,
                                            limit=args.limit, progress=not args.quiet))
    except (FileNotFoundError, GoldError, ModelNotFoundError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    limit = args.errors if isinstance(args.errors, int) else 0
    for figures, info, errors in results:
        print(format_sources(figures, info))
        print()
        print(format_source_errors(errors, info, limit))
        print()
    if len(results) > 1:
        print("Sources, side by side (whole gold set):")
        print(format_sources_matrix([(f, i) for f, i, _ in results]))
    if args.csv:
        write_csv(pd.DataFrame([{"model": f"{i['model']} {i['model_version']}", "corpus": c,
                                 **values} for f, i, _ in results for c, values in f.items()]),
                  args.csv, index=False)
        print(f"\nScores written to {args.csv}")
    if isinstance(args.errors, Path):
        rows = [readable_errors(e).assign(model=f"{i['model']} {i['model_version']}")
                for _, i, e in results]
        write_csv(pd.concat(rows), args.errors, index=False)
        print(f"Errors written to {args.errors} (the gold set's development part only)")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    """The ``python -m analysis`` argument parser (exposed for tests and docs)."""
    parser = argparse.ArgumentParser(prog="python -m analysis",
                     description="Source-attribution lab for news: articles to tables of "
                                 "entities, actors and quotes.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ingest = sub.add_parser("ingest", help="load articles and print them and any input errors",
                            description="Load articles from files and folders (txt, JSON/JSONL, "
                                        "CSV/TSV, Parquet, HTML) and print a table of them and "
                                        "of every file or record that could not be loaded. "
                                        + EXIT_HELP)
    ingest.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (recursive)")
    ingest.add_argument("--text-column", help="text field of JSON/CSV/Parquet input "
                                              "(default: text, body, content, …)")
    ingest.add_argument("--max-rows", type=int, default=50,
                        help="rows of the article table to print (default 50)")
    _add_max_file_bytes(ingest)
    ingest.set_defaults(func=_cmd_ingest)

    model = sub.add_parser("model", help="show which spaCy pipeline would be used",
                           description="Resolve the spaCy pipeline: --model or "
                                       "ANALYSIS_SPACY_MODEL, then the installed en_core_web_sm, "
                                       "then a pipeline folder under models/ or ../shared/models/.")
    model.add_argument("--model", help="package name or pipeline directory to check")
    model.add_argument("--ensure", action="store_true",
                       help="setup step: if nothing is found locally, try `spacy download "
                            "en_core_web_sm` (needs internet)")
    model.add_argument("--load", action="store_true", help="also load it and print its version")
    model.set_defaults(func=_cmd_model)

    extract = sub.add_parser("extract", help="run the pipeline into a store folder",
                             description="Load articles, run the pipeline and keep the results "
                                         "in the --out store (Parquet datasets, errors.csv, "
                                         "manifest.json). Articles already stored with the same "
                                         "pipeline fingerprint are reused, not parsed again. "
                                         + EXIT_HELP)
    extract.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (recursive)")
    extract.add_argument("--out", required=True, type=Path, help="output folder")
    extract.add_argument("--model", help="spaCy package name or pipeline directory")
    extract.add_argument("--text-column", help="text field of JSON/CSV/Parquet input")
    extract.add_argument("--processes", type=int, default=None,
                         help="worker processes (default: all cores for large inputs)")
    extract.add_argument("--engine", choices=["local", "dask"], default="local",
                         help="local processes or a dask.distributed cluster")
    extract.add_argument("--scheduler", help="address of a running Dask scheduler "
                                             "(with --engine dask; default: a LocalCluster)")
    extract.add_argument("--time-limit", type=_time_limit, default=DEFAULT_SECONDS,
                         metavar="SECONDS",
                         help=f"extraction time per article before it is left out as a "
                              f"'timeout' error (default {DEFAULT_SECONDS:g}; 0: no limit)")
    _add_max_file_bytes(extract)
    extract.add_argument("--max-chars", type=_max_chars, default=MAX_CHARS, metavar="N",
                         help=f"longest article parsed, in characters; a longer one is left "
                              f"out as a 'too_long' error (default {MAX_CHARS:,}; 0: no cap)")
    extract.add_argument("--quiet", action="store_true", help="no progress bar")
    _add_corrections(extract)
    extract.set_defaults(func=_cmd_extract)

    report = sub.add_parser("report", help="extract the tables and run the notebooks",
                            description="The main job (make report): process the input folder "
                                        "into --out, then execute the numbered notebooks "
                                        "headless and write reports/*.html and "
                                        "reports/figures/*.png (+ CSV). With no usable "
                                        "article, each notebook shows the errors table and "
                                        "stops. " + EXIT_HELP)
    report.add_argument("--data", type=Path, default=None,
                        help="input folder (default: ANALYSIS_DATA or data/raw)")
    report.add_argument("--out", type=Path, default=Path("data/processed"),
                        help="folder for the tables (default data/processed)")
    report.add_argument("--reports", type=Path, default=None,
                        help="folder for the HTML reports and figures (default ANALYSIS_REPORTS "
                             "or reports/)")
    report.add_argument("--quiet", action="store_true", help="no progress bar")
    _add_corrections(report)
    report.set_defaults(func=_cmd_report)

    diff = sub.add_parser("diff", help="how the headline figures moved between two runs",
                          description="Compare two runs (a store folder or its manifest.json "
                                      "each): articles, quotes, sources, women's share of "
                                      "sources (known gender), anonymous share of quotes, the "
                                      "top speakers' ranks and counts, and the model and "
                                      "setting digests. Counts are read from the stores, with "
                                      "the corrections file each run applied (a file gone "
                                      "or changed since is not applied, and a note says so).")
    diff.add_argument("a", type=Path, metavar="A", help="the first run: store folder or "
                                                        "manifest.json")
    diff.add_argument("b", type=Path, metavar="B", help="the second run")
    diff.add_argument("--top", type=int, default=10, help="top speakers compared (default 10)")
    diff.add_argument("--csv", type=Path, help="also write both tables as CSV")
    diff.set_defaults(func=_cmd_diff)

    evaluate = sub.add_parser("evaluate", help="score the quote engine on annotated data",
                              description="Score quote extraction and speaker attribution "
                                          "against PolNeAR (precision, recall, F1 at 0.3 and 0.8 "
                                          "overlap; the matching rule is printed with the "
                                          "result), with a table of errors by kind, speaker "
                                          "type and cause; several --model side by side. "
                                          "Develop on train and dev; report test. 'sources': "
                                          "named-source P/R/F1, recall with the right gender "
                                          "for women and men, the share of women vs the gold "
                                          "set (rule printed with the result).")
    evaluate.add_argument("corpus", choices=["polnear", "sources", "calibrate"],
                          help="polnear: quotes and speakers against PolNeAR; sources: the "
                               "people quoted and their gender against the hand-annotated gold "
                               "set (Wikinews, BBC); calibrate: fit the quotes' confidence "
                               "table on PolNeAR --split train (--csv: where to write it)")
    evaluate.add_argument("--split", default="dev", choices=["train", "dev", "test"])
    evaluate.add_argument("--root", type=Path, default=None,
                          help="PolNeAR folder (default ../shared/corpora/polnear)")
    evaluate.add_argument("--gold", type=Path, default=None,
                          help="sources: the gold JSONL (default tests/data/sources_gold.jsonl)")
    evaluate.add_argument("--corpora", type=Path, default=None,
                          help="sources: folder holding wikinews/ and bbc/ (default "
                               "../shared/corpora)")
    evaluate.add_argument("--limit", type=int, default=None, help="first N articles only")
    evaluate.add_argument("--model", action="append",
                          help="spaCy package name or pipeline directory; repeat it to compare "
                               "models side by side; 'all': every pipeline under models/ and "
                               "../shared/models/ (default: the resolved model)")
    evaluate.add_argument("--csv", type=Path, help="also write the score table as CSV")
    evaluate.add_argument("--errors", type=_error_list, metavar="N|FILE",
                          help="a number: print the first N errors of each model; a file: "
                               "write one row per error (polnear: missed, spurious, wrong "
                               "speaker; sources: missed, spurious, wrong or unknown gender, "
                               "rows of the gold set's development part only) as CSV")
    evaluate.add_argument("--quiet", action="store_true", help="no progress bar")
    evaluate.set_defaults(func=_cmd_evaluate)

    columns = sub.add_parser("columns", help="print the column dictionary (docs/columns.md)",
                             description="Print the columns of every result table (articles, "
                                         "entities, actors, quotes, sources, errors) as Markdown, "
                                         "generated from analysis/schema.py: "
                                         "python -m analysis columns > docs/columns.md")
    columns.set_defaults(func=_cmd_columns)
    return parser


def _cmd_columns(args: argparse.Namespace) -> int:
    from .columns_doc import columns_markdown

    sys.stdout.write(columns_markdown())
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:
        if not _is_config_error(exc):
            raise
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE


def _is_config_error(exc: Exception) -> bool:
    """A configuration mistake the user can fix (a model that is not a usable spaCy pipeline,
    a bad alias table or lexicon override): one line and exit status 2, never a traceback."""
    from .engine.aliases import AliasError
    from .lexicons import LexiconError
    from .engine.nlp import ModelNotFoundError

    return isinstance(exc, (ModelNotFoundError, AliasError, LexiconError))
