"""Time vs input length for the quotation-mark stress cases (issue: nothing can stall a run).

Each case is built at four sizes, doubling; for each the script prints the parse time and the
extraction time (the news_entities and news_quotes components on the parsed Doc, and its
rows; best of three runs) and the
extraction time per 1,000 characters. Linear code keeps that last figure flat: the closing line gives, per case, the
ratio of time per character at the largest size to the smallest (1.0 = linear; 2.0 at 8x the
input would mean time grows with the square root of the size again, 8.0 quadratic).

    python benchmarks/quote_stress.py [--scale 1]

The model is the resolved default (Explosion's official en_core_web_sm unless
ANALYSIS_SPACY_MODEL says otherwise); its name is printed with the figures.
"""

from __future__ import annotations

import argparse
import gc
import time

from analysis.engine.nlp import load_pipeline, model_info, resolve_model
from analysis.engine.pipeline import apply_components, component_config, news_pipeline
from analysis.engine.rows import doc_rows


def opening_marks_paragraphs(n: int) -> str:
    """A 2 KB paragraph of a short phrase ending in an opening quotation mark, n times."""
    para = ("The minister said “" * 120)[:2000]
    return "\n\n".join([para] * n)


def stray_mark_and_cue(n: int) -> str:
    """Short paragraphs, each with a stray opening mark and a cue."""
    return "\n\n".join(f"He said “the plan {i} was fine and the mayor agreed" for i in range(n))


def straight_marks_one_paragraph(n: int) -> str:
    """One paragraph: a phrase with a straight opening mark, n times."""
    return " ".join(['The mayor said "'] * n)


def quotes_and_cues(n: int) -> str:
    """Well-formed news prose: closed quotes, cues, names (the ordinary case)."""
    return "\n\n".join(f"“We will build {i} schools,” said Ann Lee. Critics said the plan for "
                       f"district {i} was unaffordable, according to Tom Hart." for i in range(n))


CASES = [("opening marks, 2 KB paragraphs", opening_marks_paragraphs, 5),
         ("stray mark + cue per paragraph", stray_mark_and_cue, 250),
         ("straight marks, one paragraph", straight_marks_one_paragraph, 250),
         ("ordinary quotes and cues", quotes_and_cues, 100)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every size")
    args = parser.parse_args()
    nlp = load_pipeline()
    news = news_pipeline(resolve_model().target, component_config(time_limit=None))
    info = model_info(nlp)
    print(f"model {info['model']} {info['model_version']}, spaCy {info['spacy_version']}")
    print(f"{'case':34} {'chars':>9} {'parse s':>8} {'extract s':>10} {'ms / 1k chars':>14}")
    ratios = []
    for name, build, base in CASES:
        per_char = []
        for factor in (1, 2, 4, 8):
            text = build(max(1, int(base * factor * args.scale)))
            t0 = time.perf_counter()
            doc = nlp(text)
            parsed = time.perf_counter() - t0
            runs = []
            for _ in range(3):  # best of three: the machine's noise, not the code's growth
                gc.collect()
                t1 = time.perf_counter()
                doc_rows(apply_components(news, doc), "x")
                runs.append(time.perf_counter() - t1)
            per_char.append(min(runs) / len(text) * 1e6)
            print(f"{name:34} {len(text):9,} {parsed:8.2f} {min(runs):10.3f} "
                  f"{per_char[-1]:14.3f}", flush=True)
        ratios.append(per_char[-1] / per_char[0])
    print("growth of extraction time per character, 8x input vs 1x (1.0 = linear): "
          + " ".join(f"{r:.2f}" for r in ratios))
    print(f"max_growth={max(ratios):.2f}")


if __name__ == "__main__":
    main()
