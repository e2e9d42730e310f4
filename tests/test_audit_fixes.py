"""Fixes to the audit package found while auditing the Wikinews corpus (docs/audit-example.md):
the gender answer of an item judged ``wrong_speaker`` is the real speaker's, so to_corrections
must not put it on the wrong speaker the engine named."""

from __future__ import annotations

from analysis.audit import load, record, sample, to_corrections

from .test_audit import make_corpus


def test_a_wrong_speakers_gender_answer_corrects_the_real_speaker(tmp_path):
    corpus = make_corpus(30)
    items = sample(corpus, n=6, seed=0, name="a", item="source", directory=tmp_path)
    ids = list(items["item_id"])
    engine = [i.partition("|")[2] for i in ids]
    # 0: the quote is someone else's, a woman; 1: an organisation's; 2: the real speaker not
    # given; 3: the engine's person, gender wrong (corrects that person, as before)
    record("a", ids[0], tmp_path, verdict="wrong_speaker", correct_speaker="Jane Roe",
           gender_verdict="wrong", correct_gender="female")
    record("a", ids[1], tmp_path, verdict="wrong_speaker",
           correct_speaker="organization: Ministry of Health", gender_verdict="wrong",
           correct_gender="male")
    record("a", ids[2], tmp_path, verdict="wrong_speaker", gender_verdict="wrong",
           correct_gender="female")
    record("a", ids[3], tmp_path, verdict="right", gender_verdict="wrong",
           correct_gender="female")
    record("a", ids[4], tmp_path, verdict="wrong_speaker",
           correct_speaker="person: Max Mustermann",
           gender_verdict="wrong", correct_gender="male")
    rows = to_corrections("a", tmp_path, path=tmp_path / "corrections.csv")
    genders = rows[rows["kind"] == "gender"]
    assert dict(zip(genders["actor"], genders["value"])) == {
        "Jane Roe": "female", engine[3]: "female", "Max Mustermann": "male"}
    assert not set(genders["actor"]) & {engine[0], engine[1], engine[2], engine[4]}
    speakers = rows[rows["kind"] == "speaker"]
    assert sorted(speakers["value"]) == ["Jane Roe", "organization: Ministry of Health",
                                         "person: Max Mustermann"]
    assert len(load("a", tmp_path)) == 6
