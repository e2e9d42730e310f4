"""Time and peak memory vs input length for the inputs that used to be quadratic or unbounded
(issue 22): runs of punctuation with no spaces (spaCy's tokenizer) and long articles (the parse).

Each case runs in a fresh process (``process_shard``, the whole per-article path a worker runs:
guarded tokenizer, chunked parse, extraction, rows) and prints its seconds, its peak resident
memory (``VmHWM``) and the memory above the loaded model; the closing lines give, per family,
the ratio of time per character at the largest size to the smallest (1.0 = linear) and the
largest peak.

    python benchmarks/long_input.py [--quick]

``--quick`` runs the smaller sizes only (punctuation up to 30 KB, articles up to 1 MB).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time

PARAGRAPH = ('"We will build new schools in the district," said Minister Ann Lee on Monday. '
             'Critics said the plan was unaffordable, according to Tom Hart of the council.')


def text_of(kind: str, size: int) -> str:
    if kind == "article":
        return "\n\n".join([PARAGRAPH] * (size // (len(PARAGRAPH) + 2)))
    return f"The mayor said {kind * size} on Monday."


def peak_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def child(kind: str, size: int) -> None:
    """One case, in this process: load and warm the pipeline, then time process_shard."""
    from analysis.engine.nlp import resolve_model
    from analysis.engine.pipeline import component_config, news_pipeline, process_shard, warm

    target, config = resolve_model().target, component_config(time_limit=None)
    warm(news_pipeline(target, config))
    base = peak_mb()
    text = text_of(kind, size)
    start = time.perf_counter()
    result = process_shard([("x", text)], target, config, max_chars=None)
    seconds = time.perf_counter() - start
    print(json.dumps({"chars": len(text), "seconds": seconds, "peak": peak_mb(), "base": base,
                      "entities": len(result.entities), "quotes": len(result.quotes),
                      "failures": result.failures, "timeouts": result.timeouts}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes only")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], int(args.child[1]))
        return
    from analysis.engine.nlp import load_pipeline, model_info

    info = model_info(load_pipeline())
    print(f"model {info['model']} {info['model_version']}, spaCy {info['spacy_version']}")
    punct = [7_500, 15_000, 30_000] + ([] if args.quick else [100_000])
    articles = [1_000_000] + ([] if args.quick else [2_000_000, 4_000_000])
    families = [(f"run of {mark!r}", mark, punct) for mark in ('"', "(", "$", "'")]
    families.append(("article (prose)", "article", articles))
    print(f"{'case':18} {'chars':>10} {'seconds':>8} {'ms / 1k chars':>14} {'peak MB':>8} "
          f"{'above model MB':>15} {'quotes':>7}")
    summary = []
    for name, kind, sizes in families:
        per_char, peaks = [], []
        for size in sizes:
            done = subprocess.run([sys.executable, __file__, "--child", kind, str(size)],
                                  capture_output=True, text=True)
            if done.returncode != 0:
                print(f"{name:18} {size:10,} failed: {done.stderr.strip()[-300:]}", flush=True)
                continue
            row = json.loads(done.stdout.strip().splitlines()[-1])
            per_char.append(row["seconds"] / row["chars"] * 1e6)
            peaks.append(row["peak"])
            print(f"{name:18} {row['chars']:10,} {row['seconds']:8.2f} {per_char[-1]:14.3f} "
                  f"{row['peak']:8.0f} {row['peak'] - row['base']:15.0f} {row['quotes']:7,}",
                  flush=True)
        if per_char:
            summary.append((name, per_char[-1] / per_char[0], max(peaks)))
    for name, growth, peak in summary:
        print(f"{name}: time per character, largest vs smallest size x{growth:.2f} "
              f"(1.0 = linear); peak {peak:.0f} MB")


if __name__ == "__main__":
    main()
