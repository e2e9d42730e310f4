"""Session 17 (issue 24): both models as each other's check, no gold needed. Runs the engine with
the official model and en_news_sm on ~300 BBC articles outside ``audited_bbc_files(17)`` (drawn
with random.Random(1725)) and on the Wikinews articles of the sources gold set's development
part, and lists the person sources one model reports and the other does not, and those whose
gender differs (names matched with the sources scorer's ``match_sources``).

Usage (from the project root):
    python benchmarks/audits/compare_models_s17.py OUT_PREFIX [N] [--women]
(``--women``: N files of the same shuffled draw whose text has a plain cue of a woman quoted:
"she said", Mrs/Ms, spokeswoman; no Wikinews)
writes OUT_PREFIX-sm.parquet / -news.parquet (the sources tables) and OUT_PREFIX-diff.csv.
"""
import random
import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, "benchmarks/audits")
from audited import audited_bbc_files  # noqa: E402

from analysis.config import shared_dir  # noqa: E402
from analysis.evaluation.sources import (GoldRecord, gold_part, load_texts,  # noqa: E402
                                         match_sources, person_sources, read_gold)
from analysis.runs import analyze  # noqa: E402

out = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 and sys.argv[2].isdigit() else 300
bbc = shared_dir() / "corpora" / "bbc"
skip = audited_bbc_files(17)
files = sorted(f"{p.parent.name}/{p.name}" for p in bbc.glob("*/*.txt"))
files = [f for f in files if f not in skip]
rng = random.Random(1725)
women = "--women" in sys.argv
if women:  # the articles with a plain cue of a woman quoted (text patterns, never the engine)
    import re
    cue = re.compile(r"\b(she|her)\s+(said|says|told|added|explained|argued|warned|insisted|"
                     r"admitted|claimed)\b|\bMrs [A-Z]|\bMs [A-Z]|spokeswoman|chairwoman|"
                     r"\bsaid she\b")
    rng.shuffle(files)
    sample = sorted([f for f in files if cue.search((bbc / f).read_text(errors="replace"))][:n])
else:
    sample = sorted(rng.sample(files, n))
Path(out + "-sample.txt").write_text("\n".join(sample) + "\n")
gold = read_gold("tests/data/sources_gold.jsonl")
wiki = [r for r in gold if r.corpus == "wikinews" and gold_part(r) == "dev" and not women]
recs = [GoldRecord("bbc", f, []) for f in sample] + [GoldRecord("wikinews", r.article, []) for r in wiki]
texts, skipped = load_texts(recs, shared_dir() / "corpora")
print(len(sample), "bbc,", len(wiki), "wikinews dev;", "skipped", skipped, flush=True)
tables = {}
for tag, model in [("sm", None), ("news", str(shared_dir() / "models" / "en_news_sm-3.8.0"))]:
    corpus = analyze(texts, model=model, processes=1)
    corpus.sources.to_parquet(f"{out}-{tag}.parquet")
    src = person_sources(corpus.sources)
    corpus.quotes.to_parquet(f"{out}-{tag}-quotes.parquet")
    tables[tag] = src
    print(tag, len(src), flush=True)
rows = []
for art in sorted(set(tables["sm"].article_id) | set(tables["news"].article_id)):
    a = tables["sm"][tables["sm"].article_id == art].reset_index(drop=True)
    b = tables["news"][tables["news"].article_id == art].reset_index(drop=True)
    pairs = match_sources(list(a.actor), list(b.actor))
    ma = {i for i, _ in pairs}
    mb = {j for _, j in pairs}
    for i, j in pairs:
        if a.gender[i] != b.gender[j]:
            rows.append(dict(article=art, diff="gender", sm=a.actor[i], sm_gender=a.gender[i],
                             news=b.actor[j], news_gender=b.gender[j], quotes=f"{a.quotes[i]}/{b.quotes[j]}"))
    for i in range(len(a)):
        if i not in ma:
            rows.append(dict(article=art, diff="sm only", sm=a.actor[i], sm_gender=a.gender[i],
                             quotes=str(a.quotes[i])))
    for j in range(len(b)):
        if j not in mb:
            rows.append(dict(article=art, diff="news only", news=b.actor[j], news_gender=b.gender[j],
                             quotes=str(b.quotes[j])))
diff = pd.DataFrame(rows)
diff.to_csv(out + "-diff.csv", index=False)
pd.set_option("display.width", 250)
pd.set_option("display.max_rows", 500)
print(diff.to_string())
print(diff.groupby(["diff"]).size())
