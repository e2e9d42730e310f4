"""Session 20's quote-by-quote audit of 40 fresh BBC articles (``draw_bbc(2424, 8, 20)``, listed
in benchmarks/audits/audit-sample-s24.txt). ``run`` runs both shared models on them (the body of
each file as the text loader splits it) and keeps OUT/quotes-sm.parquet, OUT/quotes-news.parquet
and OUT/bodies.json; ``print`` prints each article's body with its quotes on the official model
(content, cue, speaker, speaker_type, actor, gender) and, under each, where en_news_sm differs
(a quote only one model found, or another speaker / type / actor / gender), to read by hand.

Session 21 generalised it to any sample file (one ``folder/NNN.txt`` per line): ``run`` takes it
as an optional third argument (default: session 20's audit-sample-s24.txt), so session 21's audit
of benchmarks/audits/audit-sample-s25.txt (``draw_bbc(2525, 8, 21)``) runs with the same script.

Usage (from the project root):
  python benchmarks/audits/print_audit_s24.py run OUT [SAMPLE]
  python benchmarks/audits/print_audit_s24.py print OUT [FILE ...]
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, ".")
sys.path.insert(0, "benchmarks/audits")

SAMPLE = Path("benchmarks/audits/audit-sample-s24.txt")


def _row(r) -> str:
    return (f"[{r.kind}] spk={r.speaker!s} ({r.speaker_type}) actor={r.speaker_actor!s} "
            f"gender={getattr(r, 'speaker_gender', None)!s} cue={r.cue!s}")


def show(out: Path, files: list[str]) -> None:
    import pandas as pd

    bodies = json.loads((out / "bodies.json").read_text())
    sm = pd.read_parquet(out / "quotes-sm.parquet")
    news = pd.read_parquet(out / "quotes-news.parquet")
    for f in files or list(bodies):
        print(f"\n######## {f}\n{bodies[f]}\n")
        a = sm[sm.file == f].sort_values("start")
        b = news[news.file == f].sort_values("start")
        seen = set()
        for r in a.itertuples():
            print(f"  SM {r.start}-{r.end} {_row(r)}\n     «{r.quote[:200]}»")
            o = b[(b.start < r.end) & (b.end > r.start)]
            for s in o.itertuples():
                seen.add(s.Index)
                if _row(s) != _row(r) or (s.start, s.end) != (r.start, r.end):
                    print(f"   NEWS {s.start}-{s.end} {_row(s)}\n     «{s.quote[:200]}»")
            if o.empty:
                print("   NEWS: none")
        for s in b.itertuples():
            if s.Index not in seen:
                print(f"  NEWS ONLY {s.start}-{s.end} {_row(s)}\n     «{s.quote[:200]}»")


if __name__ == "__main__":
    if sys.argv[1] == "run":
        from audited import run_both_models

        run_both_models(Path(sys.argv[3]) if len(sys.argv) > 3 else SAMPLE, Path(sys.argv[2]))
    else:
        show(Path(sys.argv[2]), sys.argv[3:])
