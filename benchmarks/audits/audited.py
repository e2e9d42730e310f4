"""The BBC files an audit of session 16 must skip: every file of the sources gold set
(tests/data/sources_gold*.jsonl) and of session 15's audit (docs/audit-sources-bbc-s15.jsonl),
read by their ``corpus``/``article`` keys only. Shared by the draw scripts of this folder (run
from the project root)."""
import json
from pathlib import Path

SOURCES = [*sorted(Path("tests/data").glob("sources_gold*.jsonl")),
           Path("docs/audit-sources-bbc-s15.jsonl")]


def audited_bbc_files() -> set[str]:
    """The ``folder/NNN.txt`` keys of the BBC articles already in a gold set or an audit."""
    skip = set()
    for f in SOURCES:
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                if r.get("corpus") == "bbc":
                    skip.add(r["article"])
    return skip
