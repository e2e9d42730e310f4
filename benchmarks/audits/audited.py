"""The BBC files an audit must skip: every file of the sources gold set
(tests/data/sources_gold*.jsonl) and of the earlier sessions' audits, read by their
``corpus``/``article`` keys (JSON lines) or one ``folder/NNN.txt`` per line (plain lists).
Shared by the draw scripts of this folder (run from the project root), which draw with
``draw_bbc``, and by the run scripts, which run both models on a sample with
``run_both_models``.

``audited_bbc_files(16)`` is what session 16's draws skipped (the gold set and session 15's
audit); ``audited_bbc_files(17)`` adds session 16's sources audit and indirect sample;
``audited_bbc_files(18)`` session 17's speaker, recall and two-model samples;
``audited_bbc_files(19)`` session 18's pronoun, women and floating-quote samples and the lead's
check of the merged engine (``draw_bbc(1919, 40, 19)``); ``audited_bbc_files(20)`` session 19's
check of its merged engine (``draw_bbc(2020, 40, 19)``); ``audited_bbc_files(21)`` adds session
20's quote-by-quote audit (``draw_bbc(2424, 8, 20)``, benchmarks/audits/audit-sample-s24.txt); ``audited_bbc_files(22)`` adds session 21's quote-by-quote
audit (``draw_bbc(2525, 8, 21)``, audit-sample-s25.txt) and its sources audit
(sources-sample-s25.txt: the 26 unaudited files, of ``draw_bbc(2626, 1000, 21)`` less the former,
whose text has a woman's speech cue — "she said", "said Ms", "Mrs X told" — shuffled by
``random.Random(26)``; at most 40 kept, here all 26); ``audited_bbc_files(23)`` adds session 22's
quote-by-quote audit (audit-sample-s27.txt, ``draw_bbc(2727, 8, 22)``) and its sources audit
(sources-sample-s27.txt: of ``draw_bbc(2828, 1000, 22)`` less the former, the files with at least
five plain speech cues — said, says, told, added, explained, argued, warned, insisted — shuffled
by ``random.Random(28)``, the first 30); ``audited_bbc_files(24)`` adds session 23's second
quote-by-quote audit (audit-sample-s28.txt, ``draw_bbc(2929, 8, 23)``); ``audited_bbc_files(25)``
adds session 24's third quote-by-quote audit (audit-sample-s29.txt, ``draw_bbc(2929, 8, 24)``) and
its sources audit (sources-sample-s29.txt); ``audited_bbc_files(26)`` adds session 25's
quote-by-quote audit (audit-sample-s30.txt, ``draw_bbc(3030, 8, 25)``: 36 files, a folder has
fewer than eight unaudited left) and its sources audit (sources-sample-s30.txt: of
``draw_bbc(3131, 1000, 25)`` less the former — 249 unaudited files in all — the 2 with a woman's
speech cue, then those with at least five plain speech cues, each group shuffled by one
``random.Random(31)``, the first 30); ``audited_bbc_files(27)`` adds session 26's quote-by-quote
audit (audit-sample-s31.txt, ``draw_bbc(3232, 8, 26)``: 31 files, tech has none unaudited left)
and its sources audit (sources-sample-s31.txt: of ``draw_bbc(3333, 1000, 26)`` less the former —
189 unaudited files — none with a woman's speech cue ("she said", "said Ms", "Mrs X told"), the
27 with at least five plain speech cues, shuffled by ``random.Random(33)``); ``audited_bbc_files(28)`` adds session 27's quote-by-quote
audit (audit-sample-s32.txt, ``draw_bbc(4747, 8, 27)``: 16 files, only business and sport have
unaudited files left)."""
import json
import random
import re
from pathlib import Path

GOLD = sorted(Path("tests/data").glob("sources_gold*.jsonl"))
AUDITS = {  # session -> the audit files it wrote
    15: [Path("docs/audit-sources-bbc-s15.jsonl")],
    16: [Path("docs/audit-sources-bbc-s16.jsonl"), Path("benchmarks/audits/indirect-sample-s16.txt")],
    17: [Path("benchmarks/audits/speakers-sample-s17.txt"), Path("benchmarks/audits/missed-sample-s17.txt"),
         Path("benchmarks/audits/disagree-sample-s17.txt")],
    18: [Path("benchmarks/audits/pronouns-sample-s18.txt"), Path("benchmarks/audits/women-sample-s18.txt"),
         Path("benchmarks/audits/floating-sample-s18.txt"), Path("benchmarks/audits/check-sample-s18.txt")],
    19: [Path("benchmarks/audits/check-sample-s19.txt")],
    20: [Path("benchmarks/audits/audit-sample-s24.txt")],
    21: [Path("benchmarks/audits/audit-sample-s25.txt"), Path("benchmarks/audits/sources-sample-s25.txt")],
    22: [Path("benchmarks/audits/audit-sample-s27.txt"), Path("benchmarks/audits/sources-sample-s27.txt")],
    23: [Path("benchmarks/audits/audit-sample-s28.txt")],
    24: [Path("benchmarks/audits/audit-sample-s29.txt"), Path("benchmarks/audits/sources-sample-s29.txt")],
    25: [Path("benchmarks/audits/audit-sample-s30.txt"), Path("benchmarks/audits/sources-sample-s30.txt")],
    26: [Path("benchmarks/audits/audit-sample-s31.txt"), Path("benchmarks/audits/sources-sample-s31.txt")],
    27: [Path("benchmarks/audits/audit-sample-s32.txt")],
}


def _keys(path: Path) -> set[str]:
    keys = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("{"):
            r = json.loads(line)
            if r.get("corpus") == "bbc":
                keys.add(r["article"])
        else:
            keys.add(line)
    return keys


def audited_bbc_files(session: int = 16) -> set[str]:
    """The ``folder/NNN.txt`` keys of the BBC articles a draw of ``session`` must skip: the gold
    set's and those of every audit written before that session."""
    skip: set[str] = set()
    for f in GOLD:
        skip |= _keys(f)
    for s, files in AUDITS.items():
        if s < session:
            for f in files:
                skip |= _keys(f)
    return skip


def draw_bbc(seed: int, per_folder: int, session: int) -> list[str]:
    """A seeded sample of BBC files, ``per_folder`` from each folder in name order: each folder's
    files shuffled by one ``random.Random(seed)``, skipping ``audited_bbc_files(session)`` and any
    text repeating, byte for byte, a skipped or already drawn one."""
    from analysis.config import shared_dir

    root = shared_dir() / "corpora" / "bbc"
    skip = audited_bbc_files(session)
    seen = {(root / a).read_bytes() for a in skip if (root / a).exists()}
    rng = random.Random(seed)
    pick: list[str] = []
    for folder in sorted(p.name for p in root.iterdir() if p.is_dir()):
        files = [f"{folder}/{p.name}" for p in sorted((root / folder).glob("*.txt"))]
        rng.shuffle(files)
        n = 0
        for a in files:
            b = (root / a).read_bytes()
            if a in skip or b in seen:
                continue
            seen.add(b)
            pick.append(a)
            n += 1
            if n == per_folder:
                break
    return pick


def run_both_models(sample: Path, out: Path) -> None:
    """Run both shared models on the BBC files listed in ``sample`` (one ``folder/NNN.txt`` per
    line; the body of each file as the text loader splits it) and keep the quotes:
    ``out/quotes-sm.parquet`` and ``out/quotes-news.parquet`` (the file name in column
    ``file``), the bodies in ``out/bodies.json``."""
    import json

    import pandas as pd

    from analysis import analyze
    from analysis.config import shared_dir
    from analysis.io.plaintext import parse_plain_text

    out.mkdir(parents=True, exist_ok=True)
    pick = sample.read_text().split()
    bodies = [parse_plain_text((shared_dir() / "corpora" / "bbc" / a).read_bytes()
                               .decode("utf-8", "replace"))["text"] for a in pick]
    (out / "bodies.json").write_text(json.dumps(dict(zip(pick, bodies))))
    for name, model in (("sm", None), ("news", str(shared_dir() / "models" / "en_news_sm-3.8.0"))):
        corpus = analyze(pd.DataFrame({"article_id": pick, "text": bodies}), model=model,
                         progress=False)
        q = corpus.quotes.copy()
        q["file"] = q["article_id"]
        q.to_parquet(out / f"quotes-{name}.parquet")
        print(name, len(q), "quotes")


#: a plain cue of a woman quoted in a raw text ("she said", Mrs/Ms, spokeswoman): text patterns
#: of the audits, never the engine's word lists
WOMAN_CUE = re.compile(r"\b(she|her)\s+(said|says|told|added|explained|argued|warned|insisted|"
                       r"admitted|claimed)\b|\bMrs [A-Z]|\bMs [A-Z]|spokeswoman|chairwoman|"
                       r"\bsaid she\b")


def source_differences(sm, news):
    """The person sources (``person_sources`` tables with ``article_id, actor, gender,
    quotes``) one model reports and the other does not, and those both report with different
    genders, names matched per article with the sources scorer's ``match_sources``: one row
    each, columns ``article, diff (gender / sm only / news only), sm, sm_gender, news,
    news_gender, quotes``. Shared by the two-model comparisons of sessions 17 and 20."""
    import pandas as pd

    from analysis.evaluation.sources import match_sources

    rows = []
    for art in sorted(set(sm.article_id) | set(news.article_id)):
        a = sm[sm.article_id == art].reset_index(drop=True)
        b = news[news.article_id == art].reset_index(drop=True)
        pairs = match_sources(list(a.actor), list(b.actor))
        ma = {i for i, _ in pairs}
        mb = {j for _, j in pairs}
        for i, j in pairs:
            if a.gender[i] != b.gender[j]:
                rows.append(dict(article=art, diff="gender", sm=a.actor[i], sm_gender=a.gender[i],
                                 news=b.actor[j], news_gender=b.gender[j],
                                 quotes=f"{a.quotes[i]}/{b.quotes[j]}"))
        for i in range(len(a)):
            if i not in ma:
                rows.append(dict(article=art, diff="sm only", sm=a.actor[i],
                                 sm_gender=a.gender[i], quotes=str(a.quotes[i])))
        for j in range(len(b)):
            if j not in mb:
                rows.append(dict(article=art, diff="news only", news=b.actor[j],
                                 news_gender=b.gender[j], quotes=str(b.quotes[j])))
    return pd.DataFrame(rows, columns=["article", "diff", "sm", "sm_gender", "news",
                                       "news_gender", "quotes"])
