"""The user's corrections (analysis/assembly/corrections.py): each kind changes the tables as the
README says, applied by the corpus step without parsing again; stale keys are reported, never
applied elsewhere; the manifest records them; audit answers become corrections
(analysis/audit/corrections.py)."""

from __future__ import annotations

import json
import warnings

import pandas as pd
import pytest

from analysis import Corpus, analyze, cli
from analysis.assembly.corrections import (CorrectionError, append_corrections,
                                           read_corrections)
from analysis.audit import to_corrections

A1 = ('Health minister Jane Smith said on Monday that "the hospitals are full." '
      'John Brown, a nurse, said: "We are exhausted." Smith added that beds were short.')
A2 = ('Mayor Tom Hart told reporters that "the city will cope." '
      'Officials said the plan would work. Jane Smith said "we will build more."')
ARTICLES = pd.DataFrame({"article_id": ["a1", "a2"], "text": [A1, A2]})


def span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


@pytest.fixture(scope="module")
def store(tmp_path_factory, nlp):
    folder = tmp_path_factory.mktemp("corrections") / "store"
    analyze(ARTICLES, store=folder, processes=1)
    return folder


@pytest.fixture(scope="module")
def plain(store):
    return Corpus.read(store).load()


def quote(corpus: Corpus, article_id: str, words: str) -> pd.Series:
    q = corpus.quotes
    row = q[(q["article_id"] == article_id) & q["quote"].str.contains(words, regex=False)]
    assert len(row) == 1, (words, corpus.quotes[["quote_id", "quote"]])
    return row.iloc[0]


def correct(store, rows: list[dict]) -> Corpus:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # nothing stale here
        return Corpus.read(store, corrections=pd.DataFrame(rows)).load()


def test_the_seed_rows_the_tests_rely_on(plain):
    nurse = quote(plain, "a1", "exhausted")
    assert nurse["speaker_actor"] == "John Brown"
    assert quote(plain, "a2", "plan would work")["speaker_actor"] is None
    assert {"Jane Smith", "John Brown", "Tom Hart"} <= set(plain.actors["actor"])
    assert ("a1", "John Brown") in set(zip(plain.sources["article_id"], plain.sources["actor"]))


def test_not_a_quote_drops_the_quote_and_its_only_source(store, plain):
    nurse = quote(plain, "a1", "exhausted")
    fixed = correct(store, [dict(kind="not_a_quote", quote_id=nurse["quote_id"],
                                 start=nurse["start"], end=nurse["end"])])
    assert nurse["quote_id"] not in set(fixed.quotes["quote_id"])
    assert len(fixed.quotes) == len(plain.quotes) - 1
    assert fixed.meta["quotes"] == len(plain.quotes) - 1
    pairs = set(zip(fixed.sources["article_id"], fixed.sources["actor"]))
    assert ("a1", "John Brown") not in pairs and ("a1", "Jane Smith") in pairs
    # the columns read alone follow too (what the charts use), and the sources built from them
    lazy = Corpus.read(store, corrections=pd.DataFrame([dict(
        kind="not_a_quote", quote_id=nurse["quote_id"], start=nurse["start"],
        end=nurse["end"])]))
    assert nurse["quote_id"] not in set(lazy.table("quotes", ["quote_id"])["quote_id"])
    assert "John Brown" not in set(lazy.sources["actor"]) and not lazy.loaded("quotes")
    # keyed by article and offsets alone
    by_span = correct(store, [dict(kind="not_a_quote", article_id="a1", start=nurse["start"],
                                   end=nurse["end"])])
    assert nurse["quote_id"] not in set(by_span.quotes["quote_id"])
    assert list(by_span.corrections["status"]) == ["applied"]


def test_speaker_sets_the_actor_type_and_gender(store, plain):
    officials = quote(plain, "a2", "plan would work")
    key = dict(quote_id=officials["quote_id"], start=officials["start"], end=officials["end"])
    fixed = correct(store, [dict(kind="speaker", value="Tom Hart", **key)])
    row = quote(fixed, "a2", "plan would work")
    assert (row["speaker_actor"], row["speaker_type"]) == ("Tom Hart", "person")
    assert row["speaker"] is None and row["speaker_role"] is None
    hart = fixed.actors.set_index("actor").loc["Tom Hart", "gender"]
    assert row["speaker_gender"] == hart == "male"
    sources = fixed.sources.set_index(["article_id", "actor"])
    assert sources.loc[("a2", "Tom Hart"), "quotes"] == 2
    # a type written before a colon; a name the corpus does not know is reported as such
    typed = Corpus.read(store, corrections=pd.DataFrame(
        [dict(kind="speaker", value="organization: City Council", **key)])).load()
    row = quote(typed, "a2", "plan would work")
    assert (row["speaker_actor"], row["speaker_type"]) == ("City Council", "organization")
    assert "not an actor of the corpus" in typed.corrections["reason"].iat[0]


def test_merge_moves_every_row_and_recounts_the_actor(store, plain):
    fixed = correct(store, [dict(kind="merge", actor="John Brown", value="Jane Smith")])
    assert "John Brown" not in set(fixed.actors["actor"])
    assert "John Brown" not in set(fixed.entities["actor"].dropna())
    smith = fixed.actors.set_index("actor").loc["Jane Smith"]
    before = plain.actors.set_index("actor")
    assert smith["mentions"] == before.loc["Jane Smith", "mentions"] + \
        before.loc["John Brown", "mentions"]
    assert "John Brown" in smith["aliases"]
    assert quote(fixed, "a1", "exhausted")["speaker_actor"] == "Jane Smith"
    sources = fixed.sources.set_index(["article_id", "actor"])
    assert sources.loc[("a1", "Jane Smith"), "quotes"] == 3
    # a new name: the actor is renamed
    renamed = correct(store, [dict(kind="merge", actor="John Brown", value="Johnny Brown")])
    assert "Johnny Brown" in set(renamed.actors["actor"])
    assert quote(renamed, "a1", "exhausted")["speaker_actor"] == "Johnny Brown"


def test_gender_is_set_in_every_table(store, plain):
    assert plain.actors.set_index("actor").loc["Tom Hart", "gender"] == "male"
    fixed = correct(store, [dict(kind="gender", actor="Tom Hart", value="female")])
    hart = fixed.actors.set_index("actor").loc["Tom Hart"]
    assert (hart["gender"], hart["gender_source"]) == ("female", "correction")
    row = quote(fixed, "a2", "city will cope")
    assert (row["speaker_gender"], row["gender_source"]) == ("female", "correction")
    source = fixed.sources.set_index(["article_id", "actor"]).loc[("a2", "Tom Hart")]
    assert (source["gender"], source["gender_source"]) == ("female", "correction")
    # select keeps the user's gender
    assert fixed.select(["a2"]).actors.set_index("actor").loc["Tom Hart", "gender"] == "female"


def test_corrections_file_applied_without_parsing_again_and_recorded(tmp_path, nlp):
    folder = tmp_path / "store"
    first = analyze(ARTICLES, store=folder, processes=1)
    nurse = quote(first, "a1", "exhausted")
    officials = quote(first, "a2", "plan would work")
    path = tmp_path / "corrections.csv"
    path.write_text(
        "kind,quote_id,article_id,start,end,actor,value,note\n"
        f"not_a_quote,{nurse['quote_id']},a1,{nurse['start']},{nurse['end']},,,\"not a quote,\n"
        "a note on two lines\"\n"
        f"speaker,{officials['quote_id']},a2,{officials['start']},{officials['end']},,"
        "Tom Hart,\n"
        "gender,,,,,Tom Hart,female,\n", encoding="utf-8")
    again = analyze(ARTICLES, store=folder, processes=1, corrections=path)
    assert (again.meta["parsed"], again.meta["reused"]) == (0, 2)  # no article parsed again
    assert nurse["quote_id"] not in set(again.quotes["quote_id"])
    assert list(again.corrections["status"]) == ["applied"] * 3
    assert list(again.corrections["line"]) == [2, 4, 5]  # the note spans lines 2-3
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    recorded = manifest["corrections"]
    assert recorded["file"] == str(path)
    assert recorded["digest"] == read_corrections(path).digest
    assert (recorded["rows"], recorded["applied"], recorded["stale"]) == (3, 3, 0)
    # the digest follows the file
    path.write_text(path.read_text(encoding="utf-8").replace("female", "male"),
                    encoding="utf-8")
    assert read_corrections(path).digest != recorded["digest"]


def test_stale_after_the_article_is_edited(tmp_path, nlp):
    folder = tmp_path / "store"
    first = analyze(ARTICLES, store=folder, processes=1)
    officials = quote(first, "a2", "plan would work")
    rows = pd.DataFrame([dict(kind="speaker", quote_id=officials["quote_id"], article_id="a2",
                              start=officials["start"], end=officials["end"], value="Tom Hart"),
                         dict(kind="merge", actor="Nobody Known", value="Jane Smith")])
    edited = ARTICLES.assign(text=[A1, "Updated at noon. " + A2])
    with pytest.warns(UserWarning, match=r"2 stale correction\(s\)") as caught:
        again = analyze(edited, store=folder, processes=1, corrections=rows)
    message = str(caught[0].message)
    assert "corrections row 1" in message and "corrections row 2" in message
    assert (again.meta["parsed"], again.meta["reused"]) == (1, 1)  # the edited article only
    moved = quote(again, "a2", "plan would work")
    assert moved["quote_id"] == officials["quote_id"] and moved["start"] != officials["start"]
    # never applied to another quote
    assert moved["speaker_actor"] is None
    assert "Tom Hart" not in set(again.quotes.loc[again.quotes["article_id"] == "a2",
                                                  "speaker_actor"].iloc[1:].dropna())
    report = again.corrections
    assert list(report["status"]) == ["stale", "stale"]
    assert "now spans" in report["reason"].iat[0] and "edited" in report["reason"].iat[0]
    assert "not in the corpus" in report["reason"].iat[1]
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["corrections"]["stale"] == 2
    assert manifest["corrections"]["stale_rows"][0]["line"] == 1


def test_a_malformed_row_names_the_file_and_line(tmp_path):
    path = tmp_path / "corrections.csv"
    path.write_text("kind,quote_id,start,end,value\n"
                    "not_a_quote,a1-q0,1,5,\n"
                    "gender,a1-q1,1,5,\n", encoding="utf-8")
    with pytest.raises(CorrectionError, match=r"corrections\.csv, line 3: .*needs the actor"):
        read_corrections(path)
    for body, problem in [("speaker,a1-q0,x,5,Tom", "start 'x' is not a character offset"),
                          ("not_a_quote,a1-q0,,,",
                           "a not_a_quote correction needs the quote's start"),
                          ("quote,a1-q0,1,5,", "kind 'quote' is not one of")]:
        path.write_text("kind,quote_id,start,end,value\n" + body + "\n", encoding="utf-8")
        with pytest.raises(CorrectionError, match=f"line 2: {problem}"):
            read_corrections(path)
    path.write_text("kind,quote,start\n", encoding="utf-8")
    with pytest.raises(CorrectionError, match="unknown column"):
        read_corrections(path)
    path.write_text("kind,actor,value\ngender,Tom Hart,femme\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 2: gender 'femme'"):
        analyze(ARTICLES, corrections=path)  # checked before any parse


AUDIT_HEADER = ("item_id,item,stratum,weight,article_id,quote_id,start,end,quote,kind,cue,"
                "speaker,speaker_type,speaker_actor,gender,gender_source,confidence,source,title,"
                "verdict,speaker_type_ok,gender_verdict,correct_speaker,correct_gender,note,"
                "labelled_at")


def test_to_corrections_from_a_hand_written_audit(tmp_path, store, plain):
    audits = tmp_path / "audit"
    audits.mkdir()
    nurse = quote(plain, "a1", "exhausted")
    officials = quote(plain, "a2", "plan would work")
    hart = quote(plain, "a2", "city will cope")
    lines = [
        AUDIT_HEADER,
        f"{nurse['quote_id']},quote,s,1.0,a1,{nurse['quote_id']},{nurse['start']},"
        f"{nurse['end']},q,direct,said,John Brown,person,John Brown,male,first_name,0.9,x,t,"
        "not_a_quote,,,,,a heading,2026-01-01T00:00:00",
        f"{officials['quote_id']},quote,s,1.0,a2,{officials['quote_id']},"
        f"{officials['start']},{officials['end']},q,indirect,said,Officials,group,,unknown,"
        "none,0.5,x,t,wrong_speaker,,,Tom Hart,,,2026-01-01T00:00:01",
        f"a2|Tom Hart,source,s,1.0,a2,{hart['quote_id']},{hart['start']},{hart['end']},q,"
        "direct,told,Mayor Tom Hart,person,Tom Hart,male,first_name,0.9,x,t,right,yes,wrong,,"
        "female,,2026-01-01T00:00:02",
        f"{hart['quote_id']},quote,s,1.0,a2,{hart['quote_id']},{hart['start']},{hart['end']},"
        "q,direct,told,Mayor Tom Hart,person,Tom Hart,male,first_name,0.9,x,t,right,yes,"
        "right,,,,2026-01-01T00:00:03",
        "a1-q9,quote,s,1.0,a1,a1-q9,1,2,q,direct,said,X,person,X,male,title,0.9,x,t,,,,,,,",
    ]
    (audits / "first.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    target = tmp_path / "corrections.csv"
    rows = to_corrections("first", directory=audits, path=target)
    assert list(rows["kind"]) == ["not_a_quote", "speaker", "gender"]
    assert rows["added"].all()
    assert rows.iloc[1]["value"] == "Tom Hart" and rows.iloc[2]["actor"] == "Tom Hart"
    assert "audit first" in rows.iloc[0]["note"] and "a heading" in rows.iloc[0]["note"]
    again = to_corrections("first", directory=audits, path=target)
    assert not again["added"].any()
    assert len(read_corrections(target)) == 3  # no duplicates on a re-run
    fixed = Corpus.read(store, corrections=target).load()
    assert nurse["quote_id"] not in set(fixed.quotes["quote_id"])
    assert quote(fixed, "a2", "plan would work")["speaker_actor"] == "Tom Hart"
    assert fixed.actors.set_index("actor").loc["Tom Hart", "gender"] == "female"
    with pytest.raises(ValueError, match="plain file stem"):
        to_corrections("../x", directory=audits, path=target)


def test_append_keeps_the_users_lines(tmp_path):
    target = tmp_path / "corrections.csv"
    target.write_bytes(b'kind,actor,value,note\r\ngender,Tom Hart,female,"=mine"')
    added = append_corrections(pd.DataFrame([dict(kind="gender", actor="Tom Hart",
                                                  value="female", note="again"),
                                             dict(kind="merge", actor="=A", value="B")]),
                               target)
    assert list(added["kind"]) == ["merge"]
    text = target.read_bytes().decode("utf-8")
    assert text.startswith("kind,actor,value,note\r\ngender,Tom Hart,female,\"=mine\"\n")
    back = read_corrections(target).rows
    assert list(back["actor"]) == ["Tom Hart", "=A"]  # neutralised on disk, read back as given
    assert "'=A" in text


def test_cli_extract_records_and_prints_the_corrections(tmp_path, nlp, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a2.txt").write_text(A2, encoding="utf-8")
    out = tmp_path / "store"
    assert cli.main(["extract", str(folder), "--out", str(out), "--quiet"]) == 0
    stored = Corpus.read(out)
    officials = quote(stored, stored.articles["article_id"].iat[0], "plan would work")
    path = tmp_path / "fixes.csv"
    path.write_text("kind,quote_id,start,end,value\n"
                    f"speaker,{officials['quote_id']},{officials['start']},{officials['end']},"
                    "Tom Hart\nspeaker,nowhere-q0,1,4,Tom Hart\n", encoding="utf-8")
    capsys.readouterr()
    assert cli.main(["extract", str(folder), "--out", str(out), "--quiet",
                     "--corrections", str(path)]) == 0
    printed = capsys.readouterr().out
    assert "parsed 0 new, reused 1" in printed
    assert "1 applied, 1 stale" in printed and "line 3" in printed
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert (manifest["corrections"]["applied"], manifest["corrections"]["stale"]) == (1, 1)


def test_analysis_corrections_names_the_file_the_notebooks_apply(store, plain, tmp_path,
                                                                  monkeypatch):
    """The notebooks' `CORRECTIONS = None` reads `config.corrections_file()`: the
    ANALYSIS_CORRECTIONS file changes the corpus they show; without it (and no
    data/corrections.csv), nothing is applied."""
    from analysis import config

    fixes = tmp_path / "fixes.csv"
    fixes.write_text("kind,actor,value\ngender,Tom Hart,female\n", encoding="utf-8")
    monkeypatch.delenv(config.CORRECTIONS_ENV, raising=False)
    monkeypatch.setattr(config, "CORRECTIONS_FILE", tmp_path / "absent.csv")
    assert config.corrections_file() is None
    monkeypatch.setenv(config.CORRECTIONS_ENV, str(fixes))
    assert config.corrections_file() == fixes
    fixed = Corpus.read(store, corrections=config.corrections_file()).load()
    assert plain.actors.set_index("actor").loc["Tom Hart", "gender"] == "male"
    assert fixed.actors.set_index("actor").loc["Tom Hart", "gender"] == "female"
    assert config.corrections_file(False) is None
