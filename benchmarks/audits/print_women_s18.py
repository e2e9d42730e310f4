"""Print session 18's women audit (after run_women_s18.py): for one model's run, (1) every
``sources`` row with gender ``unknown`` with the text around its first quote, and (2) every quote
whose cue sentence has she/her/Ms/Mrs (a hit of ``she said``, ``said Ms`` …) with its speaker and
speaker gender, so the auditor judges which women are lost or left ungendered.

Usage (from the project root): python benchmarks/audits/print_women_s18.py PREFIX [unknown|she]
"""
import re
import sys

import pandas as pd

pre = sys.argv[1]
part = sys.argv[2] if len(sys.argv) > 2 else "unknown"
texts = pd.read_parquet(pre + "-texts.parquet").set_index("article_id")["text"]
src = pd.read_parquet(pre + "-sources.parquet")
q = pd.read_parquet(pre + "-quotes.parquet")
HIT = re.compile(r"\b(she|her|Ms|Mrs|Miss|woman|mother|wife|daughter)\b")
if part == "unknown":
    for r in src[(src.gender == "unknown")].itertuples():
        t = texts[r.article_id]
        s = int(r.first_quote_start)
        print(f"== {r.article_id} actor={r.actor!r} type={r.speaker_type} quotes={r.quotes} role={r.role}")
        print("   ", t[max(0, s - 200):s + 150].replace("\n", " / "))
else:
    for r in q.itertuples():
        t = texts[r.article_id]
        s, e = int(r.start), int(r.end)
        lo = max(0, s - 160)
        win = t[lo:min(len(t), e + 80)]
        if not HIT.search(win):
            continue
        print(f"== {r.article_id} [{r.kind}] spk={r.speaker!r} actor={r.speaker_actor!r} "
              f"type={r.speaker_type} g={r.speaker_gender} ({r.gender_source})")
        print("   ", t[lo:s].replace("\n", " / "), "[[", t[s:min(e, s + 80)].replace("\n", " / "),
              "]]", t[e:e + 80].replace("\n", " / "))
