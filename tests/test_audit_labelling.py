"""The labelling box of notebook 04-audit (analysis.audit.labelling): every click saves the audit
CSV, the progress text, prev/next, the first unlabelled item, the keys field, source items, the
item shown in context."""

from __future__ import annotations

import html
import re

import pandas as pd
import pytest

from analysis import audit
from analysis.audit.labelling import Labeller
from analysis.display import render_passage


def _csv(tmp_path, name="t") -> pd.DataFrame:
    """The audit as written on disk (read as text, not through the labeller)."""
    return pd.read_csv(tmp_path / f"{name}.csv", dtype=str, keep_default_na=False)


@pytest.fixture
def quotes_audit(seed_corpus, tmp_path):
    audit.sample(seed_corpus, n=5, seed=3, name="t", directory=tmp_path)
    return tmp_path


def test_every_click_saves_the_csv_at_once(seed_corpus, quotes_audit):
    lab = audit.label(seed_corpus, "t", quotes_audit)
    assert isinstance(lab, Labeller)
    first = lab.item["item_id"]
    assert lab.progress_text() == "0 of 5 judged · item 1 of 5"
    lab.verdict_buttons["quote"]["right"].click()
    row = _csv(quotes_audit).set_index("item_id").loc[first]
    assert row["verdict"] == "right" and row["labelled_at"] != ""
    assert lab.progress_text() == "1 of 5 judged · item 1 of 5"
    lab.type_buttons["no"].click()
    assert _csv(quotes_audit).set_index("item_id").loc[first, "speaker_type_ok"] == "no"
    lab.gender_buttons["wrong"].click()
    assert _csv(quotes_audit).set_index("item_id").loc[first, "gender_verdict"] == "wrong"
    lab.speaker_field.value = "Lloyd Austin"  # what Enter or leaving the field sends
    assert _csv(quotes_audit).set_index("item_id").loc[first, "correct_speaker"] == \
        "Lloyd Austin"
    lab.note_field.value = "check the lead"
    assert _csv(quotes_audit).set_index("item_id").loc[first, "note"] == "check the lead"
    lab.next_button.click()
    second = lab.item["item_id"]
    assert second != first and lab.progress_text() == "1 of 5 judged · item 2 of 5"
    assert lab.speaker_field.value == ""  # the field shows the item's own answer
    lab.verdict_buttons["quote"]["not_a_quote"].click()
    saved = _csv(quotes_audit).set_index("item_id")
    assert saved.loc[second, "verdict"] == "not_a_quote"
    assert saved.loc[first, "correct_speaker"] == "Lloyd Austin"  # untouched by moving on
    assert (saved["verdict"] != "").sum() == 2
    # the other rows are untouched
    assert set(saved.drop(index=[first, second])["labelled_at"]) == {""}


def test_female_or_male_is_the_real_gender(seed_corpus, quotes_audit):
    lab = audit.label(seed_corpus, "t", quotes_audit)
    said = lab.item["gender"]
    other = "female" if said != "female" else "male"
    lab.gender_buttons[other].click()
    row = _csv(quotes_audit).set_index("item_id").loc[lab.item["item_id"]]
    assert (row["gender_verdict"], row["correct_gender"]) == ("wrong", other)
    if said in ("female", "male"):
        lab.gender_buttons[said].click()
        row = _csv(quotes_audit).set_index("item_id").loc[lab.item["item_id"]]
        assert (row["gender_verdict"], row["correct_gender"]) == ("right", "")
    lab.gender_buttons["right"].click()
    row = _csv(quotes_audit).set_index("item_id").loc[lab.item["item_id"]]
    assert (row["gender_verdict"], row["correct_gender"]) == ("right", "")


def test_a_new_box_opens_on_the_first_unlabelled_item_with_the_answers_shown(seed_corpus,
                                                                          quotes_audit):
    lab = audit.label(seed_corpus, "t", quotes_audit)
    lab.verdict_buttons["quote"]["right"].click()
    lab.next_button.click()
    lab.verdict_buttons["quote"]["wrong_speaker"].click()
    lab.gender_buttons["right"].click()
    again = audit.label(seed_corpus, "t", quotes_audit)  # e.g. after a kernel restart
    assert again.position == 2 and again.progress_text() == "2 of 5 judged · item 3 of 5"
    again.prev_button.click()
    assert again.verdict_buttons["quote"]["wrong_speaker"].button_style == "info"
    assert again.verdict_buttons["quote"]["right"].button_style == ""
    assert again.gender_buttons["right"].button_style == "info"
    again.prev_button.click()
    again.prev_button.click()  # clipped at the first item
    assert again.position == 0
    assert again.verdict_buttons["quote"]["right"].button_style == "info"
    for _ in range(7):
        again.next_button.click()
    assert again.position == 4  # clipped at the last
    again.unlabelled_button.click()
    assert again.position == 2


def test_the_box_can_open_on_a_given_item(seed_corpus, quotes_audit):
    items = audit.load("t", quotes_audit)["item_id"]
    lab = audit.label(seed_corpus, "t", quotes_audit, at=items[3])
    assert lab.position == 3
    with pytest.raises(ValueError, match="no item"):
        audit.label(seed_corpus, "t", quotes_audit, at="nope")
    with pytest.raises(FileNotFoundError):
        audit.label(seed_corpus, "absent", quotes_audit)


def test_keys_act_like_their_buttons(seed_corpus, quotes_audit):
    lab = audit.label(seed_corpus, "t", quotes_audit)
    first = lab.item["item_id"]
    lab.keys.value = "2"
    assert lab.keys.value == ""  # the field empties itself for the next key
    assert _csv(quotes_audit).set_index("item_id").loc[first, "verdict"] == "wrong_span"
    lab.keys.value = "g"
    lab.keys.value = "t"
    row = _csv(quotes_audit).set_index("item_id").loc[first]
    assert (row["gender_verdict"], row["speaker_type_ok"]) == ("right", "yes")
    lab.keys.value = "n"
    assert lab.position == 1
    lab.keys.value = "4"
    assert _csv(quotes_audit).set_index("item_id").loc[lab.item["item_id"], "verdict"] == \
        "not_a_quote"
    lab.keys.value = "p"
    lab.keys.value = "u"
    assert lab.position == 2
    lab.keys.value = "?"  # not a key: nothing happens
    assert (_csv(quotes_audit)["verdict"] != "").sum() == 2


def test_a_refused_answer_is_shown_and_nothing_is_written(seed_corpus, quotes_audit):
    lab = audit.label(seed_corpus, "t", quotes_audit)
    before = (quotes_audit / "t.csv").read_bytes()
    assert lab.answer(verdict="maybe") is False
    assert "not saved" in lab.status.value and "maybe" in lab.status.value
    assert (quotes_audit / "t.csv").read_bytes() == before


def test_source_items_get_the_source_buttons(seed_corpus, tmp_path):
    audit.sample(seed_corpus, n=3, seed=1, name="s", item="source", directory=tmp_path)
    lab = audit.label(seed_corpus, "s", tmp_path)
    assert lab.item["item"] == "source"
    shown = [getattr(b, "description", "") for b in lab.verdict_row.children]
    assert any("not a source" in d for d in shown)
    assert not any("not a quote" in d or "wrong span" in d for d in shown)
    assert lab.type_row.layout.display == "none"  # a source is a person by construction
    lab.verdict_buttons["source"]["not_a_source"].click()
    first = lab.item["item_id"]
    assert _csv(tmp_path, "s").set_index("item_id").loc[first, "verdict"] == "not_a_source"
    lab.keys.value = "n"
    lab.keys.value = "3"  # the third source button: wrong speaker
    lab.keys.value = "4"  # a source item has three verdicts: nothing
    lab.keys.value = "x"  # and no type buttons: nothing
    row = _csv(tmp_path, "s").set_index("item_id").loc[lab.item["item_id"]]
    assert (row["verdict"], row["speaker_type_ok"]) == ("wrong_speaker", "")
    assert lab.progress_text() == "2 of 3 judged · item 2 of 3"


def test_the_item_is_shown_in_its_paragraph_with_its_quote_and_speaker_marked(seed_corpus,
                                                                            tmp_path):
    audit.sample(seed_corpus, n=20, seed=0, name="all", directory=tmp_path)  # every quote
    frame = audit.load("all", tmp_path)
    quotes = seed_corpus.quotes.set_index("quote_id")
    text = seed_corpus.articles["text"].iloc[0]
    # an anonymous source named in the paragraph before the quote's own sentence ends
    qid = "315a4be858741514-q3"
    lab = audit.label(seed_corpus, "all", tmp_path, at=qid)
    q = quotes.loc[qid]
    page = lab.context.value
    assert 'class="aq-quote"' in page and 'class="aq-speaker"' in page
    assert "A US official" in page and "paragraph 4 of" in page
    # only this item's quote is shaded, though the next quote of the paragraph is shown too
    assert page.count('class="aq-tag"') == 2  # its kind before, its speaker after
    assert text[q["end"] + 3:q["end"] + 20] in page  # text after the quote: the paragraph
    assert "Pentagon" not in page.split("paragraph 4 of")[1]  # not the paragraph before
    engine = lab.engine.value
    assert "anonymous" in engine and "said" in engine and "indirect" in engine
    assert len(frame) == len(quotes)


def test_a_quote_gone_from_the_corpus_is_said_not_raised(seed_corpus, quotes_audit):
    frame = pd.read_csv(quotes_audit / "t.csv", dtype=str, keep_default_na=False)
    frame.loc[0, "quote_id"] = "315a4be858741514-q99"
    frame.to_csv(quotes_audit / "t.csv", index=False)
    lab = audit.label(seed_corpus, "t", quotes_audit, at=0)
    assert "not in the corpus any more" in lab.context.value
    lab.verdict_buttons["quote"]["right"].click()  # still judged and saved
    assert _csv(quotes_audit).loc[0, "verdict"] == "right"


def test_render_passage_marks_only_the_window(seed_corpus):
    text = seed_corpus.articles["text"].iloc[0]
    aid = seed_corpus.articles["article_id"].iloc[0]
    q = seed_corpus.quotes.iloc[2]
    page = render_passage(seed_corpus, aid, q["start"] - 20, q["end"] + 5,
                          quote_ids=[q["quote_id"]])
    assert f'{q["speaker"]} · person · said</span>' in page  # the tag after the quote
    plain = re.sub(r"<[^>]+>", "", page.split("</style>")[1])
    assert plain.startswith(html.escape(text[q["start"] - 20:q["start"] - 14]))
    assert text[:30] not in page and 'class="aq-quote"' in page
    none = render_passage(seed_corpus, aid, q["start"] - 20, q["end"] + 5, quote_ids=[])
    assert 'class="aq-quote"' not in none
