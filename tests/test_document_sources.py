"""Documents and data as sources (issue 25, class 4): "council papers say", "the survey
estimated", "the filings showed", "the report found" are kept as quotes (PolNeAR annotates them)
but are a separable ``speaker_type == "document"`` everywhere:

* the engine types every such speaker ``document`` on both models (the ``document`` nouns of
  ``analysis/data/speaker_nouns.csv``; a row may be a plural form only — "papers", "figures" — so
  "the paper" (a newspaper) and "a senior figure" are not documents), and a document names its
  issuer where the sentence does ("a 2019 study by Harvard University");
* a document never makes a person source unless it is a person's ("her ruling", "a report by
  economist Jane Holt": the person's words in writing);
* the summaries can leave documents out (``documents=False``);
* ``evaluate polnear`` gives its figures with and without documents: predictions typed
  ``document`` and gold attributions whose source is a document (read from the gold text with the
  evaluation's own word list, ``measure_words.toml``, never the engine's lexicon) both left out.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import analyze, config, lexicons
from analysis.evaluation import GoldArticle, GoldAttribution, format_matrix, format_scores
from analysis.evaluation.scoring import is_document_source, read_gold, score
from analysis.schema import QUOTES

MODELS = [None, str(config.shared_dir() / "models" / "en_news_sm-3.8.0")]
MODEL_IDS = ["en_core_web_sm", "en_news_sm"]


# ---- 1. every document or data speaker is typed document, on both models ----------------------

DOCUMENTS = {
    "papers": "Council papers say the scheme will cost £4m more than planned.",
    "survey": "The survey estimated that 40,000 households had lost power.",
    "filings": "The filings showed the company had moved $2bn offshore.",
    "report": "The report found that response times had doubled since 2019.",
    "study": "A 2019 study by Harvard University found that the drug cut deaths by a third.",
    "court filings": "Court filings show that the firm knew about the defect.",
    "figures": "Official figures show that unemployment rose to 5.2% in March.",
    "data": "The data suggest that the virus is spreading faster in cities.",
    "indictment": "The indictment alleges that Peter Smith paid the officials $50,000.",
    "statement": "A statement from the ministry said the talks would resume on Monday.",
    "records": "According to court records, the man had two prior convictions.",
    "audit": "The audit concluded that the money had been wasted.",
    "research": "Research published in the Lancet suggests that the vaccine is safe.",
    "press release": "A press release from the company said profits had doubled.",
    "ruling": "The ruling said that the law was unconstitutional.",
    "guidance": "The guidance says that schools should stay open.",
}
#: speakers that look like document nouns but are people or outlets
NOT_DOCUMENTS = {
    "senior figure": "A senior party figure said the leader would resign by Friday.",
    "the paper": "The paper reported that the minister had resigned.",
}


@pytest.fixture(scope="module", params=MODELS, ids=MODEL_IDS)
def typed(request):
    """``{case: [(speaker, speaker_type, speaker_actor), …]}`` of every case, one model."""
    cases = {**DOCUMENTS, **NOT_DOCUMENTS}
    frame = pd.DataFrame({"article_id": list(cases), "text": list(cases.values())})
    quotes = analyze(frame, model=request.param).quotes
    return {case: list(zip(group["speaker"], group["speaker_type"], group["speaker_actor"]))
            for case, group in quotes.groupby("article_id")}


@pytest.mark.parametrize("case", list(DOCUMENTS))
def test_a_document_or_data_speaker_is_typed_document(typed, case):
    assert [t for _, t, _ in typed.get(case, [])] == ["document"], typed.get(case)


@pytest.mark.parametrize("case", list(NOT_DOCUMENTS))
def test_a_person_or_outlet_with_a_document_word_is_no_document(typed, case):
    found = typed.get(case, [])
    assert found and all(t != "document" for _, t, _ in found), found


def test_a_document_names_its_issuer_after_by(typed):
    """"A 2019 study by Harvard University": the speaker phrase ends before "by"; the issuer is
    still the document's actor."""
    assert typed["study"] == [("A 2019 study", "document", "Harvard University")]


# ---- 2. a document is a person source only when it is a person's -------------------------------

SOURCE_TEXTS = {
    "her ruling": "Judge Maria Lopez struck down the law on Friday. Her ruling said that the law "
                  "was unconstitutional.",
    "report by": "A report by economist Jane Holt found that rents had doubled since 2015.",
    "unowned": "The indictment alleges that Peter Smith paid the officials $50,000. Court "
               "records show that Smith had two earlier convictions.",
    "organisation's": "A 2019 study by Harvard University found that the drug cut deaths by a "
                      "third.",
}


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_only_a_persons_document_makes_a_person_source(model):
    frame = pd.DataFrame({"article_id": list(SOURCE_TEXTS), "text": list(SOURCE_TEXTS.values())})
    corpus = analyze(frame, model=model)
    q = corpus.quotes
    assert set(q["speaker_type"]) == {"document"}, q[["speaker", "speaker_type"]]
    assert sorted(zip(corpus.sources["article_id"], corpus.sources["actor"])) == [
        ("her ruling", "Maria Lopez"), ("report by", "Jane Holt")]


# ---- 3. summaries can leave documents out ------------------------------------------------------

def _quotes_frame() -> pd.DataFrame:
    def row(n, kind, speaker, speaker_type, actor):
        return {"article_id": "a", "quote_id": f"a-q{n}", "quote": "x", "start": n * 10,
                "end": n * 10 + 5, "kind": kind, "speaker": speaker,
                "speaker_type": speaker_type, "speaker_actor": actor, "sentence_id": n,
                "paragraph_id": n}
    return QUOTES.frame([
        row(0, "indirect", "The report", "document", None),
        row(1, "indirect", "A Pentagon statement", "document", "Pentagon"),
        row(2, "indirect", "The Pentagon", "organization", "Pentagon"),
        row(3, "direct", "Ann Lee", "person", "Ann Lee"),
        row(4, "direct", "she", "person", "Ann Lee"),
        row(5, "indirect", "the survey", "document", None)])


def test_summaries_leave_documents_out_on_request():
    from types import SimpleNamespace

    from analysis import summaries

    corpus = SimpleNamespace(quotes=_quotes_frame())
    everything = summaries.top_speakers(corpus)
    assert dict(zip(everything["speaker"], everything["quotes"])) == {"Pentagon": 2,
                                                                      "Ann Lee": 2}
    bare = summaries.top_speakers(corpus, documents=False)
    assert dict(zip(bare["speaker"], bare["quotes"])) == {"Ann Lee": 2, "Pentagon": 1}
    unnamed = summaries.top_speakers(corpus, named_only=False, documents=False)
    assert "document" not in set(unnamed["speaker_type"])
    share = summaries.speaker_type_share(corpus, documents=False).iloc[0]
    assert (share["quotes"], share["document"], share["person"]) == (3, 0.0, pytest.approx(2 / 3))
    assert summaries.speaker_type_share(corpus).iloc[0]["document"] == 0.5
    kinds = summaries.quote_kinds(corpus, documents=False).set_index("kind")["quotes"]
    assert (kinds["direct"], kinds["indirect"]) == (2, 1)


def test_charts_leave_documents_out_on_request():
    from types import SimpleNamespace

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from analysis import plots

    corpus = SimpleNamespace(quotes=_quotes_frame())
    try:
        shares = plots.table_of(plots.speaker_types(corpus, documents=False))
        assert shares.iloc[0]["document"] == 0.0 and shares.iloc[0]["quotes"] == 3
        top = plots.table_of(plots.top_speakers(corpus, documents=False))
        assert dict(zip(top["speaker"], top["quotes"])) == {"Ann Lee": 2, "Pentagon": 1}
        kinds = plots.table_of(plots.quote_kinds(corpus, documents=False))
        assert int(kinds["quotes"].sum()) == 3
    finally:
        plt.close("all")


# ---- 4. the evaluation with and without documents ----------------------------------------------

TEXT = ("\"We will find the money,\" the governor said on Monday. Council papers say the bridge "
        "will cost $4m more. The Washington Post reported that the contract was never signed. "
        "The audit said that the money had been wasted.")


def _at(fragment: str) -> list[tuple[int, int]]:
    start = TEXT.index(fragment)
    return [(start, start + len(fragment))]


def _gold() -> GoldArticle:
    """Four speech attributions: a person, two documents (one the engine types as a document,
    one it does not) and a newspaper whose name ends in a document word."""
    return GoldArticle("a1", TEXT, [
        GoldAttribution(content=_at("\"We will find the money,\""), cue=_at("said"),
                        source=_at("the governor")),
        GoldAttribution(content=_at("the bridge will cost $4m more"), cue=_at("say"),
                        source=_at("Council papers")),
        GoldAttribution(content=_at("the contract was never signed"), cue=_at("reported"),
                        source=_at("The Washington Post")),
        GoldAttribution(content=_at("the money had been wasted"), cue=_at("said that"),
                        source=_at("The audit"))])


def _prediction(content: str, speaker: str, speaker_type: str, actor=None) -> dict:
    (start, end), = _at(content)
    (s0, s1), = _at(speaker)
    return {"article_id": "a1", "start": start, "end": end, "kind": "indirect",
            "quote": content, "cue": "said", "speaker": speaker, "speaker_type": speaker_type,
            "speaker_actor": actor, "speaker_start": s0, "speaker_end": s1}


def _predictions() -> pd.DataFrame:
    return pd.DataFrame([
        _prediction("\"We will find the money,\"", "the governor", "anonymous"),
        _prediction("the bridge will cost $4m more", "Council papers", "document"),
        _prediction("the contract was never signed", "The Washington Post", "organization",
                    "The Washington Post"),
        # a document the engine failed to type: spurious once documents are left out
        _prediction("the money had been wasted", "The audit", "anonymous")])


def _quotes_row(table: pd.DataFrame) -> pd.Series:
    return table[(table.overlap == 0.3) & (table.scope == "quotes")].iloc[0]


def test_the_gold_document_sources_are_read_from_the_gold_text():
    gold = _gold()
    assert [is_document_source(TEXT, g) for g in gold.attributions] == [False, True, False, True]


@pytest.mark.parametrize("source,document", [
    ("A 2019 study by Harvard University", True), ("the union's statement", True),
    ("the minutes of the meeting", True), ("official figures", True),
    ("The Drudge Report", False), ("a senior figure", False), ("Smith, who wrote the report",
                                                               False),
    ("the researchers", False)])
def test_a_document_source_is_its_head_word(source, document):
    text = f"{source} said the bridge would close."
    gold = GoldAttribution(content=[(len(source) + 6, len(text) - 1)], cue=[],
                           source=[(0, len(source))])
    assert is_document_source(text, gold) is document


def test_figures_with_and_without_documents(nlp):
    docs = {"a1": nlp(TEXT)}
    with_docs, _ = score([_gold()], _predictions(), docs)
    without, _ = score([_gold()], _predictions(), docs, documents=False)
    a, b = _quotes_row(with_docs), _quotes_row(without)
    assert (a.gold, a.predicted, a.tp) == (4, 4, 4)
    # gold: the papers and the audit left out; predictions: the one typed document left out,
    # so the audit typed anonymous is now spurious
    assert (b.gold, b.predicted, b.tp) == (2, 3, 2)
    assert (b.precision, b.recall) == (pytest.approx(2 / 3), 1.0)


def test_the_gold_document_set_does_not_follow_the_engines_lexicon(nlp, monkeypatch):
    """Overriding or editing the engine's ``speaker_nouns`` (the papers no document, a
    "contract" one) changes what the engine types, never which gold sources are documents."""
    changed = {"speaker_nouns": {"paper": "organization", "papers": "organization",
                                 "audit": "organization", "post": "document",
                                 "governor": "document"}}
    docs = {"a1": nlp(TEXT)}

    def gold_documents() -> list[bool]:
        read = read_gold([_gold()], docs)
        return [is_document_source(TEXT, r) for r, _ in read["a1"]]

    def without() -> tuple:
        row = _quotes_row(score([_gold()], _predictions(), docs, documents=False)[0])
        return row.gold, row.predicted, row.tp

    before = gold_documents(), without()
    with lexicons.use_lexicons(changed):
        assert lexicons.table("speaker_nouns")["papers"] == "organization"
        in_override = gold_documents(), without()
    edited_lexicons = lexicons.load_lexicons(changed)
    monkeypatch.setattr(lexicons, "packaged", lambda: edited_lexicons)
    assert lexicons.table("speaker_nouns")["governor"] == "document"
    edited = gold_documents(), without()
    assert before == in_override == edited == ([False, True, False, True], (2, 3, 2))


def test_the_side_by_side_table_shows_both_rows(nlp):
    from analysis.evaluation import summary

    docs = {"a1": nlp(TEXT)}
    table, _ = score([_gold()], _predictions(), docs)
    bare, _ = score([_gold()], _predictions(), docs, documents=False)
    info = {"model": "m", "model_version": "1", "split": "dev", "articles": 1,
            "gold_attributions": 4, "gold_speech": 4, "without_documents": summary(bare),
            "gold_document_speech": 2, "predicted_documents": 1}
    shown = format_matrix([(table, info), (table, {**info, "model": "n"})])
    rows = {line.split("  ")[0].strip(): line.split()[-3:] for line in shown.splitlines()[1:]}
    assert rows["quote P @0.3"][:2] == ["1.000", "1.000"]
    assert rows["quote P @0.3 without documents"][:2] == ["0.667", "0.667"]
    assert rows["quote R @0.3 without documents"][:2] == ["1.000", "1.000"]
    printed = format_scores(table, info)
    assert "without documents (2 gold speech attributions with a document source, 1 " \
           "predictions typed document left out): quote P 0.667 R 1.000" in printed
