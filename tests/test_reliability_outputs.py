"""Issue 22, outputs: charts draw user text as text (no TeX, no mathtext, every legend entry
kept) and every CSV the package writes is safe to open in a spreadsheet (no formula injection).

The charts are drawn from a small corpus built here from the schema's tables (no spaCy model):
its outlets, titles, actors, roles and cues are strings that matplotlib would read as mathtext
(``$x^2$``, ``$5 and $10``, ``$\\frac{a}$``), as a hidden legend entry (``_hidden``) or as a
spreadsheet formula (``=1+2``, ``@SUM(A1)``, ``-3``).
"""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import re  # noqa: E402

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.text import Text  # noqa: E402

from analysis import plots  # noqa: E402
from analysis.corpus import Corpus  # noqa: E402
from analysis.report import save_figure  # noqa: E402
from analysis.schema import ACTORS, ARTICLES, ENTITIES, QUOTES  # noqa: E402

# all short enough to be drawn whole (no "…"), single-spaced
OUTLETS = ["$x^2$", "$5 and $10", "_hidden", "\\frac", "$\\frac{a}$", "=1+2"]
TITLES = ["Costs $5 and $10", "$\\alpha$ rises", "_leaked", "a_b^c \\n", "@SUM(A1)", "-3"]
ACTOR_NAMES = ["$Ann$ Lee", "_Bob", "Cy $5 and $6", "\\frac Dee", "$\\frac{e}$", "=Eve"]
ROLES = ["$x^2$ chair", "_minister", "\\frac", "$5 and $10", "$\\sqrt$", "+aide"]
CUES = ["$say$", "_tell", "\\frac", "$5 and $10", "$\\frac{}$", "@add"]
USER_TEXT = OUTLETS + TITLES + ACTOR_NAMES + ROLES + CUES


def nasty_corpus() -> Corpus:
    """Six articles, one per outlet; article i mentions actors 0..i (inside its one quote,
    spoken by actor i: women and men alternate)."""
    articles, entities, quotes, actors = [], [], [], []
    n = len(OUTLETS)
    for i in range(n):
        aid = f"a{i}"
        articles.append({"article_id": aid, "title": TITLES[i], "source": OUTLETS[i],
                         "published": pd.Timestamp("2021-01-01", tz="UTC") + pd.Timedelta(days=i),
                         "text": "x" * 200, "path": f"{aid}.txt"})
        for k in range(i + 1):
            entities.append({"article_id": aid, "entity_id": f"{aid}-e{k}",
                             "text": ACTOR_NAMES[k], "label": "PERSON", "start": 10 * k + 5,
                             "end": 10 * k + 9, "sentence_id": 0, "paragraph_id": 0,
                             "actor": ACTOR_NAMES[k]})
        quotes.append({"article_id": aid, "quote_id": f"{aid}-q0", "quote": "x", "start": 0,
                       "end": 150, "kind": ["direct", "indirect", "mixed"][i % 3],
                       "cue": CUES[i], "cue_lemma": CUES[i], "speaker": ACTOR_NAMES[i],
                       "speaker_type": "person", "speaker_actor": ACTOR_NAMES[i],
                       "speaker_role": ROLES[i], "sentence_id": 0, "paragraph_id": 0,
                       "speaker_gender": "female" if i % 2 == 0 else "male"})
    for k, name in enumerate(ACTOR_NAMES):
        actors.append({"actor": name, "label": "PERSON", "mentions": n - k, "articles": n - k,
                       "gender": "female" if k % 2 == 0 else "male"})
    return Corpus(ARTICLES.frame(articles), ENTITIES.frame(entities), ACTORS.frame(actors),
                  QUOTES.frame(quotes))


@pytest.fixture(scope="module")
def corpus():
    return nasty_corpus()


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def drawn(text: Text) -> str:
    """What matplotlib puts on the image for ``text``: the string after its mathtext/TeX
    preprocessing (raises for a string it cannot parse as math)."""
    s, math = text._preprocess_math(text.get_text())
    assert math is False and not text.get_usetex(), f"{text.get_text()!r} drawn as math/TeX"
    return s


def shown(ax) -> set[str]:
    """Every string drawn on ``ax`` (titles, ticks, legend, annotations), stripped, with a
    row's " (N quotes)", " (1 quote)" or " (N sources)" suffix removed."""
    return {re.sub(r" \(\d+ (quotes?|sources)\)$", "", drawn(t).strip())
            for t in ax.figure.findobj(Text) if t.get_visible() and t.get_text()}


def legend_entries(ax) -> list[str]:
    legend = ax.get_legend()
    return [] if legend is None else [drawn(t) for t in legend.get_texts()]


# chart, the user strings it must show as they are, whether these are its legend's entries
CHARTS = [
    ("actors-by-outlet", lambda c: plots.actor_mentions(c, by="source"), ACTOR_NAMES, OUTLETS),
    ("actors-by-article", lambda c: plots.actor_mentions(c, by="article"), ACTOR_NAMES, TITLES),
    ("people", lambda c: plots.actor_mentions(c, labels=("PERSON",), by=None), ACTOR_NAMES,
     None),
    ("top-speakers", lambda c: plots.top_speakers(c), ACTOR_NAMES, None),
    ("types-by-outlet", lambda c: plots.speaker_types(c, by="source"), OUTLETS, None),
    ("quote-kinds", lambda c: plots.quote_kinds(c), [], None),
    ("cue-verbs", lambda c: plots.cue_verbs(c), CUES, None),
    ("mentioned-vs-quoted", lambda c: plots.mentioned_vs_quoted(c), ACTOR_NAMES, None),
    ("who-about-whom", lambda c: plots.who_speaks_about_whom(c), ACTOR_NAMES, None),
    ("cooccurrence", lambda c: plots.actor_cooccurrence(c), ACTOR_NAMES, None),
    ("over-time", lambda c: plots.mentions_over_time(c, top=6), ACTOR_NAMES, ACTOR_NAMES),
    ("gender-by-outlet", lambda c: plots.gender_share(c, by="source"), OUTLETS, None),
    ("gender-by-month", lambda c: plots.gender_share(c, by="month"), [], None),
    ("women-and-men", lambda c: plots.top_speakers_by_gender(c), ACTOR_NAMES, None),
    ("gender-by-role", lambda c: plots.gender_by_role(c, by="speaker_role"), ROLES, None),
    ("gender-by-type", lambda c: plots.gender_by_role(c, by="speaker_type"), [], None),
]


@pytest.mark.parametrize("name,draw,expected,legend", CHARTS, ids=[c[0] for c in CHARTS])
def test_user_text_is_drawn_as_text_and_saved(tmp_path, corpus, name, draw, expected, legend):
    ax = draw(corpus)
    png = save_figure(ax, name, folder=tmp_path)  # mathtext raised here on "$\frac{a}$"
    assert png.stat().st_size > 1000
    on_chart = shown(ax)  # after the draw: what the PNG holds
    assert set(expected) <= on_chart, set(expected) - on_chart
    for text in ax.figure.findobj(Text):
        if any(s in text.get_text() for s in USER_TEXT):
            assert drawn(text) == text.get_text()  # shown as the raw string, no escape
    if legend is not None:  # every outlet / title / actor has its entry, "_hidden" too
        assert sorted(legend_entries(ax)) == sorted(legend)


def test_outlets_stay_in_the_legend_and_the_table(corpus):
    ax = plots.actor_mentions(corpus, by="source")
    assert legend_entries(ax) == list(plots.table_of(ax).columns)
    assert "_hidden" in legend_entries(ax)
    # one segment per outlet, each with its legend handle
    assert len(ax.get_legend().legend_handles) == len(OUTLETS)


def test_labels_are_text_even_when_tex_is_on(corpus):
    """``text.usetex`` set by the user (or a style) does not send names to TeX."""
    with plt.rc_context({"text.usetex": True, "text.parse_math": True}):
        for _, draw, expected, _legend in CHARTS:
            ax = draw(corpus)
            texts = [t for t in ax.figure.findobj(Text)
                     if any(s in t.get_text() for s in USER_TEXT)]
            assert texts or not expected
            for text in texts:
                assert not text.get_usetex() and drawn(text) == text.get_text()
            plt.close(ax.figure)


def test_given_axes_with_ticks_draw_names_as_text(tmp_path, corpus):
    """A chart drawn on the user's own ``Axes``, whose ticks were made and drawn before (as
    mathtext-capable text), shows names as text: bars and the seaborn heatmap."""
    for i, draw in enumerate((plots.top_speakers, plots.actor_cooccurrence)):
        fig, ax = plt.subplots(figsize=(8, 5))
        fig.canvas.draw()  # the axes' tick labels exist now
        assert draw(corpus, ax=ax) is ax
        save_figure(ax, f"given-{i}", folder=tmp_path)
        assert set(ACTOR_NAMES) <= shown(ax)


# ---- CSV formula injection (item 14) ---------------------------------------------------------

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cells(path) -> list[list[str]]:
    """The cells as a spreadsheet reads them (RFC 4180 quoting undone)."""
    import csv

    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.reader(handle))


def _number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def formula_cells(path) -> list[str]:
    """Cells a spreadsheet would run as a formula (a number such as -3 is a number)."""
    return [c for row in csv_cells(path) for c in row
            if c.startswith(FORMULA_START) and not _number(c)]


def test_figure_csv_cells_cannot_run_as_formulas(tmp_path, corpus):
    ax = plots.actor_mentions(corpus, by="source")  # outlets are the header, actors the index
    save_figure(ax, "actors", folder=tmp_path)
    assert formula_cells(tmp_path / "actors.csv") == []
    cells = {c for row in csv_cells(tmp_path / "actors.csv") for c in row}
    assert {"'=1+2", "'=Eve"} <= cells  # neutralised as OWASP says, not dropped
    ax = plots.gender_by_role(corpus, by="speaker_role")
    save_figure(ax, "roles", folder=tmp_path)
    assert formula_cells(tmp_path / "roles.csv") == [] and "'+aide" in {
        c for row in csv_cells(tmp_path / "roles.csv") for c in row}
    # the report's table reads back as it was drawn
    from analysis import csvsafe

    back = csvsafe.read_csv(tmp_path / "actors.csv", index_col=0)
    table = plots.table_of(plots.actor_mentions(corpus, by="source"))
    pd.testing.assert_frame_equal(back, table, check_names=False)
    assert back.index.name == "actor"


def test_write_csv_neutralises_strings_only(tmp_path):
    from analysis import csvsafe

    texts = ["=HYPERLINK(\"http://x\",\"y\")", "+1", "-3", "@SUM(A1)", "\t=1", "\r=1", "'=x",
             "plain", "a,=b", "say \"hi\""]
    frame = pd.DataFrame({
        "text": texts,
        "number": [-3, 1, -2, 4, 0, -1, 2, 3, -5, 6],
        "real": [-2.5, 1.0, None, 0.5, -1.0, 2.0, 3.0, -4.0, 5.0, 6.0],
        "kind": pd.Categorical(["=a", "b", "=a", "b", "b", "b", "b", "b", "b", "-c"]),
        "typed": pd.array(["-x", None, "y", "@z", "w", "v", "u", "t", "s", "r"], dtype="string"),
        "=header": ["ok"] * 10,
    })
    path = tmp_path / "table.csv"
    csvsafe.write_csv(frame, path, index=False)
    rows = csv_cells(path)
    assert formula_cells(path) == []
    header, body = rows[0], rows[1:]
    assert header == ["text", "number", "real", "kind", "typed", "'=header"]
    assert [r[0] for r in body] == ["'" + t if t[0] in "=+-@\t\r'" else t for t in texts]
    assert [r[1] for r in body] == [str(n) for n in frame["number"]]  # -3 stays a number
    assert body[0][2] == "-2.5" and body[2][2] == "" and body[1][4] == ""
    assert [r[3] for r in body][:2] == ["'=a", "b"] and body[9][3] == "'-c"
    assert body[0][4] == "'-x" and body[3][4] == "'@z"
    raw = path.read_bytes().decode("utf-8")  # line ends as written
    assert '"\'-3",-2,' in raw and ',-3,-2.5,' in raw  # text -3 is text, numbers stay bare
    assert '"a,=b"' in raw and '"say ""hi"""' in raw  # string cells are quoted
    assert '"\'\r=1",-1,' in raw  # a carriage return stays inside its cell
    back = csvsafe.read_csv(path, keep_default_na=False, dtype={"text": str})
    assert back["text"].tolist() == texts and back.columns[-1] == "=header"
    assert back["number"].tolist() == frame["number"].tolist()


def test_neutralise_round_trips_any_text(tmp_path):
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from analysis import csvsafe

    alphabet = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
    prefixes = st.sampled_from(["", "=", "+", "-", "@", "\t", "\r", "'", "''", "'=", " ="])
    cell = st.builds(lambda p, t: p + t, prefixes, st.text(alphabet, max_size=12))

    @settings(max_examples=150, deadline=None)
    @given(st.lists(cell, min_size=1, max_size=5))
    def check(values):
        assert csvsafe.restore(csvsafe.neutralise(values[0])) == values[0]
        assert not str(csvsafe.neutralise(values[0])).startswith(FORMULA_START)
        frame = pd.DataFrame({"a": values, "b": range(len(values))})
        path = tmp_path / "round.csv"
        csvsafe.write_csv(frame, path, index=False)
        assert formula_cells(path) == []
        back = csvsafe.read_csv(path, dtype={"a": str}, keep_default_na=False)
        assert back["a"].tolist() == values

    check()


def test_evaluate_csvs_are_neutralised(tmp_path, monkeypatch):
    """``evaluate --csv/--errors`` write scores and mismatched quotes through write_csv (the
    scoring itself is replaced: only the writing is under test)."""
    from analysis import cli, evaluation

    scores = pd.DataFrame({"measure": ["=exact", "overlap"], "f1": [-0.5, 0.7]})
    errors = pd.DataFrame({"quote": ["-- he said", "@all"], "kind": ["missed", "extra"]})
    info = {"model": "=m", "model_version": "1"}
    monkeypatch.setattr(evaluation, "evaluate_polnear",
                        lambda *a, **k: (scores, info, errors))
    for name in ("format_scores", "format_errors"):
        monkeypatch.setattr(evaluation, name, lambda *a, **k: "")
    out, errs = tmp_path / "scores.csv", tmp_path / "errors.csv"
    assert cli.main(["evaluate", "polnear", "--csv", str(out), "--errors", str(errs)]) == 0
    for path in (out, errs):
        assert formula_cells(path) == []
    assert csv_cells(out)[1] == ["'=exact", "-0.5", "'=m 1"]
    assert [r[0] for r in csv_cells(errs)[1:]] == ["'-- he said", "'@all"]


def test_an_errors_table_reads_back_without_the_prefix(tmp_path):
    """The contract for ``errors.csv`` (read back by ``Corpus.read``): written with write_csv
    and read with csvsafe.read_csv, paths and messages come back exactly, the line numbers as
    numbers."""
    from analysis import csvsafe
    from analysis.schema import ERRORS

    errors = ERRORS.frame([
        {"path": "=HYPERLINK(\"http://x\").json", "line": 3, "problem": "json",
         "message": "-- not JSON: '=HYPERLINK(\"http://x\").json' line 3"},
        {"path": "@notes.txt", "line": None, "problem": "empty", "message": "+ empty file"},
        {"path": "'quoted.txt", "line": None, "problem": "empty", "message": "plain"},
    ])
    path = tmp_path / "errors.csv"
    csvsafe.write_csv(errors, path, index=False)
    assert formula_cells(path) == []
    back = ERRORS.frame(csvsafe.read_csv(path, dtype={"path": object, "problem": object,
                                                      "message": object}))
    pd.testing.assert_frame_equal(back, errors)


def test_the_stores_errors_csv_is_spreadsheet_safe_and_reads_back(tmp_path):
    """The store writes ``errors.csv`` with :func:`analysis.csvsafe.write_csv` and reads it back
    with :func:`analysis.csvsafe.read_csv`: no cell can run as a formula, and ``read_meta``
    (what ``Corpus.read`` uses) gives the paths and messages back exactly."""
    from analysis.schema import ERRORS
    from analysis.store import Store

    errors = ERRORS.frame([
        {"path": "=cmd|' /C calc'!A0.txt", "line": None, "problem": "empty",
         "message": "=cmd|' /C calc'!A0.txt: empty file"},
        {"path": "feed.jsonl", "line": 7, "problem": "json", "message": "@SUM(1+1) line 7"},
    ])
    store = Store(tmp_path / "store")
    store.write_meta({"articles": 0}, errors)
    assert formula_cells(tmp_path / "store" / "errors.csv") == []
    _, back = store.read_meta()
    pd.testing.assert_frame_equal(back, errors)
