"""Ingestion: formats, encodings, metadata, bad input (analysis.io)."""

from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd
import pytest

from analysis import load_articles
from analysis.io import ARTICLE_COLUMNS, ERROR_COLUMNS, decode_bytes, LoadError, parse_plain_text

from .conftest import BBC, SEED, WIKINEWS, need

PY = sys.executable


def test_seed_metadata_and_boilerplate(seed_articles):
    assert list(seed_articles.columns) == ARTICLE_COLUMNS
    assert len(seed_articles) == 1
    art = seed_articles.iloc[0]
    assert art.title == "U.S. conducts airstrikes against Iran-backed militia in Syria"
    assert art.author == "Andrew Cummings"
    assert art.published == pd.Timestamp("2021-02-26", tz="UTC")
    assert art.published.tzinfo is not None
    assert art.source == "iNewsToday"
    assert "Other reports by iNewsToday" not in art.text
    assert art.text.startswith("Austin said he had recommended the action")
    assert art.text.endswith("fighting the Islamic State group.")
    assert "Andrew Cummings" not in art.text and "February 26, 2021" not in art.text


def test_article_id_is_stable_and_content_derived(tmp_path, seed_articles):
    copy = tmp_path / "elsewhere.txt"
    copy.write_bytes(SEED.read_bytes())
    again = load_articles(copy)
    assert again.article_id[0] == seed_articles.article_id[0]
    changed = tmp_path / "changed.txt"
    changed.write_text(SEED.read_text(encoding="utf-8").replace("Austin", "Lloyd Austin", 1),
                       encoding="utf-8")
    assert load_articles(changed).article_id[0] != seed_articles.article_id[0]


def test_bbc_corpus_loads_every_file():
    bbc = need(BBC)
    articles, errors = load_articles(bbc, errors="collect")
    assert len(articles) == 2225
    assert not articles["path"].str.contains("README", case=False).any()
    assert set(errors["problem"]) <= {"duplicate"}  # the BBC set has repeated stories
    first = articles[articles["path"].str.endswith("politics/001.txt")].iloc[0]
    assert first.title == "Labour plans maternity pay rise"
    assert first.text.startswith("Maternity pay for new mothers is to rise by £1,400")
    latin = articles[articles["path"].str.endswith("sport/199.txt")].iloc[0]
    assert latin.title == "Chelsea sack Mutu"
    assert "£" in latin.text and "\ufffd" not in latin.text
    # Every title is the file's first line; no body paragraph was taken for a byline.
    for row in articles.sample(200, random_state=1).itertuples():
        raw = open(row.path, "rb").read().decode("utf-8", errors="replace")
        assert row.title == raw.split("\n", 1)[0].strip()
        assert row.author is None
    match = articles[articles["path"].str.endswith("sport/179.txt")].iloc[0]
    assert match.text.startswith("Ewood Park")


def test_duplicates_share_an_id_and_are_reported_once(tmp_path):
    text = "Title\n\nThe minister said the plan would go ahead.\n"
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(text, encoding="utf-8")
    articles, errors = load_articles(tmp_path, errors="collect")
    assert len(articles) == 3 and articles["article_id"].nunique() == 1
    assert list(errors["problem"]) == ["duplicate", "duplicate"]
    assert errors["message"].str.contains("a.txt").all()
    dropped, _ = load_articles(tmp_path, errors="collect", duplicates="drop")
    assert len(dropped) == 1


@pytest.mark.parametrize("encoding,prefix", [
    ("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16", b""), ("cp1252", b""),
])
def test_encodings_preserve_curly_quotes_and_nbsp(tmp_path, encoding, prefix):
    text = "Headline\n\n\u201cWe will win,\u201d said Ms\u00a0Smith. It cost \u00a35.\n"
    if encoding == "cp1252":
        text = text.replace("\u201c", "\u201c")
    path = tmp_path / "a.txt"
    path.write_bytes(prefix + text.encode(encoding))
    art = load_articles(path).iloc[0]
    assert art.title == "Headline"
    assert art.text == "\u201cWe will win,\u201d said Ms\u00a0Smith. It cost \u00a35."


def test_decode_rejects_binary_empty_and_garbage():
    with pytest.raises(LoadError, match="empty"):
        decode_bytes(b"  \n\n ")
    with pytest.raises(LoadError, match="PNG"):
        decode_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    with pytest.raises(LoadError, match="NUL"):
        decode_bytes(b"abc\x00\x01\x02def")
    with pytest.raises(LoadError, match="unreadable encoding"):
        decode_bytes(bytes(range(1, 32)) * 20 + b"\x81\x8d")


def test_plain_text_layouts():
    seed_like = parse_plain_text("T\n\nBy Jane Roe\n2020-03-04\n\nBody one.\n\nBody two.\n")
    assert (seed_like["author"], seed_like["published"].date().isoformat()) == (
        "Jane Roe", "2020-03-04")
    assert seed_like["text"] == "Body one.\n\nBody two."
    no_header = parse_plain_text("Just one paragraph of text without a title.")
    assert no_header["title"] is None and no_header["text"].startswith("Just one")
    outlet = parse_plain_text("T\n\nBody.\n\nRead more at Example News")
    assert outlet["source"] == "Example News" and outlet["text"] == "Body."
    # A short last paragraph that is a sentence is body, not an outlet line.
    kept = parse_plain_text("T\n\nBody.\n\nHe said no.")
    assert kept["source"] is None and kept["text"].endswith("He said no.")


HTML_PAGE = """<html><head><title>Minister defends plan - The Daily</title>
<meta name="author" content="Jane Roe"><meta property="og:site_name" content="The Daily">
<meta property="article:published_time" content="2021-03-01T10:00:00Z"></head>
<body><nav>Home | World | Sport</nav><article><h1>Minister defends plan</h1>
<p>The minister said on Monday that the plan would go ahead, despite objections from the
opposition parties and several trade unions across the country.</p>
<p>&ldquo;We will not back down,&rdquo; she told reporters in the capital after a long cabinet
meeting that ended late in the evening.</p></article><footer>Copyright The Daily</footer>
</body></html>"""


def _mixed_folder(root):
    good = root / "good"
    bad = root / "bad"
    good.mkdir()
    bad.mkdir()
    (good / "seed.txt").write_bytes(SEED.read_bytes())
    (good / "bbc-style.txt").write_text("Rates held\n\nThe bank held rates, it said.\n",
                                        encoding="utf-8")
    (good / "latin1.txt").write_bytes("Price rise\n\nIt costs \u00a35 now.\n".encode("latin-1"))
    (good / "utf16.txt").write_bytes("Wide\n\n\u201cYes,\u201d he said.\n".encode("utf-16"))
    lines = [json.dumps({"id": "j1", "title": "JSONL one", "text": "First JSONL body.",
                         "date": "2020-01-02", "url": "https://example.org/1"}),
             "{not json",
             json.dumps({"title": "no text here"}),
             json.dumps({"title": "JSONL two", "body": "Second JSONL body.",
                         "published": "2020-01-03T10:00:00+02:00", "author": ["A", "B"]})]
    (good / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (good / "list.json").write_text(json.dumps([{"title": "JSON one", "text": "JSON body."}]),
                                    encoding="utf-8")
    pd.DataFrame({"headline": ["CSV one", "CSV two"], "Content": ["CSV body one.", "CSV two."],
                  "date": ["2019-05-01", ""]}).to_csv(good / "table.csv", index=False)
    pd.DataFrame({"title": ["PQ one"], "text": ["Parquet body."]}).to_parquet(
        good / "table.parquet")
    (good / "page.html").write_text(HTML_PAGE, encoding="utf-8")
    (bad / "empty.txt").write_bytes(b"")
    (bad / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (bad / "garbage.txt").write_bytes(bytes(range(1, 32)) * 40)
    pd.DataFrame({"title": ["x"], "notes": ["y"]}).to_csv(bad / "notext.csv", index=False)
    (bad / "empty.html").write_text("<html><body><nav>Home</nav></body></html>",
                                    encoding="utf-8")
    (bad / "broken.json").write_text('{"text": "unterminated', encoding="utf-8")
    (bad / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (root / "README.md").write_text("not an article", encoding="utf-8")
    return root


def test_mixed_folder_loads_good_and_reports_each_bad(tmp_path):
    root = _mixed_folder(tmp_path)
    articles, errors = load_articles(root, errors="collect")
    assert list(errors.columns) == ERROR_COLUMNS
    titles = set(articles["title"].dropna())
    assert titles == {"U.S. conducts airstrikes against Iran-backed militia in Syria",
                      "Rates held", "Price rise", "Wide", "JSONL one", "JSONL two", "JSON one",
                      "CSV one", "CSV two", "PQ one", "Minister defends plan"}
    assert len(articles) == 11
    by_title = articles.set_index("title")
    assert by_title.loc["Price rise", "text"] == "It costs \u00a35 now."
    assert by_title.loc["Wide", "text"] == "\u201cYes,\u201d he said."
    assert by_title.loc["JSONL one", "url"] == "https://example.org/1"
    assert by_title.loc["JSONL two", "author"] == "A, B"
    assert by_title.loc["JSONL two", "published"] == pd.Timestamp("2020-01-03 08:00", tz="UTC")
    assert by_title.loc["CSV one", "published"] == pd.Timestamp("2019-05-01", tz="UTC")
    assert pd.isna(by_title.loc["CSV two", "published"])
    page = by_title.loc["Minister defends plan"]
    assert page.author == "Jane Roe" and page.source == "The Daily"
    assert page.published == pd.Timestamp("2021-03-01", tz="UTC")
    assert page.text.startswith("The minister said on Monday") and "Home | World" not in page.text
    assert "\u201cWe will not back down,\u201d" in page.text

    errs = {(p.split("/")[-1], None if pd.isna(line) else int(line)): problem
            for p, line, problem in zip(errors.path, errors.line, errors.problem)}
    assert errs == {
        ("feed.jsonl", 2): "json", ("feed.jsonl", 3): "no_text", ("empty.txt", None): "empty",
        ("image.txt", None): "binary", ("garbage.txt", None): "encoding",
        ("notext.csv", None): "no_text", ("empty.html", None): "no_body",
        ("broken.json", 1): "json", ("photo.png", None): "unsupported",
    }
    assert errors[errors.problem == "json"].message.str.contains("line 2").any()
    assert errors[errors.path.str.endswith("notext.csv")].message.str.contains(
        "no text column").all()


def test_errors_raise_names_file_and_problem(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(ValueError, match=r"empty\.txt: empty file"):
        load_articles(tmp_path, errors="raise")
    with pytest.raises(ValueError, match="expected one of"):
        load_articles(tmp_path, errors="loud")


def test_default_mode_warns_once_and_keeps_errors(tmp_path):
    (tmp_path / "ok.txt").write_text("T\n\nBody.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.warns(UserWarning, match=r"1 input\(s\) could not be loaded: .*empty\.txt"):
        articles = load_articles(tmp_path)
    assert len(articles) == 1 and len(articles.attrs["errors"]) == 1


def test_missing_path_is_reported(tmp_path):
    articles, errors = load_articles(tmp_path / "nope", errors="collect")
    assert articles.empty and errors.problem.tolist() == ["not_found"]


def test_csv_text_column_option(tmp_path):
    pd.DataFrame({"story": ["Body A."], "title": ["A"]}).to_csv(tmp_path / "s.csv", index=False)
    _, errors = load_articles(tmp_path, errors="collect")
    assert errors.problem.tolist() == ["no_text"]
    articles = load_articles(tmp_path, text_column="story")
    assert articles.text.tolist() == ["Body A."]


def test_wikinews_jsonl():
    articles = load_articles(need(WIKINEWS))
    assert len(articles) == 150
    assert articles.published.notna().all() and str(articles.published.dt.tz) == "UTC"
    assert (articles.source == "Wikinews").all()


def test_cli_ingest_prints_table_and_errors(tmp_path):
    root = _mixed_folder(tmp_path)
    done = subprocess.run([PY, "-m", "analysis", "ingest", str(root)], capture_output=True,
                          text=True)
    assert done.returncode == 3, done.stderr
    assert "Traceback" not in done.stderr
    assert "11 article(s) loaded" in done.stdout and "9 error(s)" in done.stdout
    assert "feed.jsonl:2: json: line 2: malformed JSON" in done.stdout
    assert "Minister defends plan" in done.stdout
    ok = subprocess.run([PY, "-m", "analysis", "ingest", str(SEED)], capture_output=True,
                        text=True)
    assert ok.returncode == 0 and "0 error(s)" in ok.stdout


@pytest.mark.parametrize("command", [[], ["ingest"], ["model"], ["extract"], ["report"],
                                     ["evaluate"]])
def test_cli_help_on_every_command(command):
    done = subprocess.run([PY, "-m", "analysis", *command, "--help"], capture_output=True,
                          text=True)
    assert done.returncode == 0 and "usage:" in done.stdout


def test_cli_usage_error_exit_status():
    done = subprocess.run([PY, "-m", "analysis", "frobnicate"], capture_output=True, text=True)
    assert done.returncode == 2 and "Traceback" not in done.stderr
