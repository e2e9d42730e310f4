"""A compaction reads every new part back before it deletes an old one: a new part that is
truncated, short of rows or holding other values than those meant to be written makes the
compaction delete the new parts, keep the old ones (the store reads as before, every row) and
raise an error naming the part."""

from __future__ import annotations

import warnings
from pathlib import Path

import pandas as pd
import pytest

from analysis.store import CompactionError, Store
from analysis.store import parts as parts_module

from .test_store_package import articles, entities, quotes


def _store(root: Path, fingerprints=("f1",)) -> Store:
    """Three parts per fingerprint (articles a-f spread over them, quotes and entities)."""
    store = Store(root)
    seq = 0
    for fp in fingerprints:
        for ids in (["a", "b"], ["c", "d"], ["e", "f"]):
            store.write_part(articles(ids, seq0=seq), entities(ids), quotes(ids),
                             fingerprint=fp, run=f"r{seq}")
            seq += len(ids)
    return store


def _rows(root: Path, fingerprint: str = "f1") -> dict[str, pd.DataFrame]:
    """Everything the store gives back (lists as tuples, a fresh Store: no cached index)."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no unreadable part either
        out = Store(root).read(fingerprint=fingerprint)
    out["articles"] = out["articles"].assign(things=out["articles"]["things"].map(tuple))
    return {name: frame.reset_index(drop=True) for name, frame in out.items()}


def _same(before: dict[str, pd.DataFrame], after: dict[str, pd.DataFrame]) -> None:
    assert set(before) == set(after)
    for name in before:
        pd.testing.assert_frame_equal(after[name], before[name])


def _files(root: Path) -> dict[str, list[str]]:
    return {t: sorted(p.name for p in (root / t).iterdir()) for t in
            ("articles", "entities", "quotes")}


def _writer(change):
    """A ``write_files`` that writes the part and then lets ``change(root, name, frames)``
    damage what it wrote (or writes changed frames: ``change`` returns them)."""
    real = parts_module.write_files

    def write(root, frames):
        changed = change(None, None, frames)
        name, sums = real(root, frames if changed is None else changed)
        if changed is None:
            change(root, name, frames)
        return name, sums

    return write


def _truncate(table: str):
    def change(root, name, frames):
        if root is not None:
            path = root / table / name
            path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
        return None
    return change


def _drop_last_quote(root, name, frames):
    if root is None:
        return {**frames, "quotes": frames["quotes"].iloc[:-1]}
    return None


def _other_quote_text(root, name, frames):
    if root is None:
        changed = frames["quotes"].copy()
        changed.loc[changed.index[0], "quote"] = "Not what was said,"
        return {**frames, "quotes": changed}
    return None


def _flip_a_byte(table: str):
    """The file keeps its length and its footer; one byte of its data differs."""
    def change(root, name, frames):
        if root is not None:
            path = root / table / name
            data = bytearray(path.read_bytes())
            data[len(data) // 3] ^= 0xFF
            path.write_bytes(bytes(data))
        return None
    return change


def test_a_compaction_that_reads_back_as_written_deletes_the_old_parts(tmp_path):
    root = tmp_path / "store"
    store = _store(root)
    before = _rows(root)
    assert len(store.parts()) == 3
    assert store.compact()
    assert len(Store(root).parts()) == 1 and all(len(v) == 1 for v in _files(root).values())
    _same(before, _rows(root))


@pytest.mark.parametrize("change, says", [
    (_truncate("quotes"), "checksum"),
    (_truncate("articles"), "unreadable"),
    (_flip_a_byte("entities"), "checksum"),
    (_drop_last_quote, "holds 5 rows, 6 were written"),
    (_other_quote_text, "content digest"),
], ids=["truncated quotes", "truncated articles", "flipped byte", "a row short",
        "another value"])
def test_a_new_part_not_as_written_keeps_the_old_parts(tmp_path, monkeypatch, change, says):
    root = tmp_path / "store"
    _store(root)
    before, files = _rows(root), _files(root)
    monkeypatch.setattr(parts_module, "write_files", _writer(change))
    with pytest.raises(CompactionError, match=says) as caught:
        Store(root).compact()
    monkeypatch.undo()
    message = str(caught.value)
    assert caught.value.part in message and caught.value.part not in str(files)
    assert "old ones kept" in message
    assert _files(root) == files  # the new part deleted, every old one there
    _same(before, _rows(root))
    # the compaction can run again later, and then does
    assert Store(root).compact() and len(Store(root).parts()) == 1
    _same(before, _rows(root))


def test_a_later_fingerprint_failing_deletes_the_parts_already_written(tmp_path, monkeypatch):
    """Two fingerprints, two new parts: the first reads back fine, the second is truncated;
    both new parts go, the six old ones stay."""
    root = tmp_path / "store"
    _store(root, fingerprints=("f1", "f2"))
    before = {fp: _rows(root, fp) for fp in ("f1", "f2")}
    files = _files(root)
    calls = []
    damage = _truncate("quotes")
    real = parts_module.write_files

    def write(where, frames):
        name, sums = real(where, frames)
        calls.append(name)
        if len(calls) == 2:
            damage(where, name, frames)
        return name, sums

    monkeypatch.setattr(parts_module, "write_files", write)
    with pytest.raises(CompactionError, match="quotes") as caught:
        Store(root).compact()
    assert len(calls) == 2 and caught.value.part == calls[-1]
    assert _files(root) == files
    for fp in ("f1", "f2"):
        _same(before[fp], _rows(root, fp))


def test_an_error_while_writing_keeps_the_old_parts(tmp_path, monkeypatch):
    """Not only a failed check: a write that fails (a full disk) leaves the store as before."""
    root = tmp_path / "store"
    _store(root, fingerprints=("f1", "f2"))
    files = _files(root)
    real = parts_module.write_files
    calls = []

    def write(where, frames):
        calls.append(1)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real(where, frames)

    monkeypatch.setattr(parts_module, "write_files", write)
    with pytest.raises(OSError, match="No space"):
        Store(root).compact()
    assert _files(root) == files


def test_verify_and_digest(tmp_path):
    """The check itself: a part as written passes; the digest sees order, values and names."""
    frames = {"entities": entities(["a", "b"]), "quotes": quotes(["a", "b"]),
              "articles": articles(["a", "b"]).assign(fingerprint="f", run="r")}
    frames["articles"]["path"] = frames["articles"]["path"].str.replace("\udce9", "x")
    name, sums = parts_module.write_files(tmp_path, frames)
    assert parts_module.verify(tmp_path, name, frames, sums) is None
    q = frames["quotes"]
    digest = parts_module.digest
    assert digest(q) == digest(q.copy()) == digest(q.set_axis(range(7, 7 + len(q))))  # no index
    assert digest(q) != digest(q.iloc[::-1])
    assert digest(q) != digest(q.rename(columns={"quote": "text"}))
    assert digest(q) != digest(q.assign(start=q["start"] + 1))
    things = frames["articles"]["things"]
    assert digest(things.to_frame()) != digest(things.map(lambda x: [*x, "X"]).to_frame())


def test_a_run_whose_compaction_fails_warns_and_keeps_its_rows(tmp_path, monkeypatch, nlp):
    """The compaction a run starts (more than COMPACT_AFTER parts) failing its check costs the
    run nothing: a warning naming the part, every article stored."""
    import analysis.store
    from analysis.runs import extract_into

    root = tmp_path / "store"

    def frame(ids):
        return pd.DataFrame({"article_id": ids, "title": ids, "source": "Daily",
                             "text": [f'"We will build it," said Mayor Ann Bell of {i}.'
                                      for i in ids]})

    extract_into(frame(["a", "b"]), root, processes=1, progress=False)
    monkeypatch.setattr(analysis.store, "COMPACT_AFTER", 1)
    monkeypatch.setattr(parts_module, "verify", lambda root, name, frames, sums:
                        f"{root / 'quotes' / name} is unreadable (simulated)")
    with pytest.warns(UserWarning, match=r"compaction stopped: its new part .*\(simulated\)"):
        extract_into(frame(["a", "b", "c"]), root, processes=1, progress=False)
    monkeypatch.undo()
    assert len(Store(root).parts()) == 2
    assert sorted(Store(root).read()["articles"]["article_id"]) == ["a", "b", "c"]
