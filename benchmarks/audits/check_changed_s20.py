"""Print every quote whose span, speaker, type or actor changed between two runs of
``audited.run_both_models`` on the same sample (session 20's check of its merged engine on
``check-sample-s19.txt``), with the text around it, for both models:

    python benchmarks/audits/check_changed_s20.py START_DIR FINAL_DIR
"""
import json
import sys
from pathlib import Path

import pandas as pd


def rows(q: pd.DataFrame) -> dict:
    return {(r.file, int(r.start), int(r.end)): (r.speaker, r.speaker_type, r.speaker_actor)
            for r in q.itertuples()}


def main(start: Path, final: Path) -> None:
    bodies = json.loads((start / "bodies.json").read_text())
    for model in ("sm", "news"):
        a = rows(pd.read_parquet(start / f"quotes-{model}.parquet"))
        b = rows(pd.read_parquet(final / f"quotes-{model}.parquet"))
        print(f"== {model}: {len(a)} -> {len(b)} quotes")
        for key in sorted(set(a) | set(b)):
            if a.get(key) != b.get(key):
                file, s, e = key
                text = bodies[file]
                print(f"{file} [{s}:{e}] {a.get(key)} -> {b.get(key)}\n"
                      f"    {text[max(0, s - 150):e + 80]!r}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
