"""Labelling an audit in JupyterLab: one item at a time, in context, every answer saved at once.

:func:`label` returns a :class:`Labeller`, an ipywidgets box showing one item of the audit
NAME (see :func:`analysis.audit.sample`):

* **in context**: the paragraph(s) of the article holding the quote and its speaker, marked as
  :func:`analysis.show_article` marks them (entities coloured, the quote shaded and tagged,
  the speaker phrase underlined; only this item's quote is shaded), under the article's title
  and outlet;
* **the engine's answer**: speaker (and its actor), speaker type, gender (and its evidence),
  cue, kind, confidence, the stratum and the item's weight;
* **buttons** for the answers of the audit CSV: the verdict (a quote item: *right / wrong span
  / wrong speaker / not a quote*; a source item: *right / not a source / wrong speaker*), the
  speaker type (*type right / type wrong*, quote items), the gender (*gender right / gender
  wrong*, and *female* / *male*: the speaker's real gender — the same as the engine's records
  ``gender right``, another records ``gender wrong`` with it as ``correct_gender``), a field for
  the correct speaker and one for a note (saved on Enter, on leaving the field or with *save*);
* **navigation**: *prev* / *next*, *first unlabelled*, and the progress "37 of 200 judged".

Every click saves: it calls :func:`analysis.audit.record`, which rewrites the CSV atomically, so
a kernel that dies loses nothing; the answers already given are shown on the buttons (and the
box opens on the first unlabelled item), so labelling goes on where it stopped after a restart.
An answer :func:`~analysis.audit.record` refuses is shown in the status line, never raised.

**Keyboard.** ipywidgets sends no key events, so the box has a *keys* field: click into it (or
Tab to it) and type a key — ``1``–``4`` the verdicts in the order of their buttons, ``t`` / ``x``
type right / wrong, ``g`` / ``w`` gender right / wrong, ``f`` / ``m`` female / male, ``n`` /
``p`` next / previous, ``u`` the first unlabelled item. Each key acts (and saves) like its button
and the field empties itself; JupyterLab's own shortcuts do not fire while it has the focus.
"""

from __future__ import annotations

import html
import os
from datetime import datetime, timezone

import pandas as pd

from .items import CORRECT_GENDERS, VERDICTS

#: the keys of the *keys* field and what each does (documented in the box itself)
KEYS = {"1": "verdict 1", "2": "verdict 2", "3": "verdict 3", "4": "verdict 4",
        "t": "type right", "x": "type wrong", "g": "gender right", "w": "gender wrong",
        "f": "female", "m": "male", "n": "next", "p": "prev", "u": "first unlabelled"}


def _text(value) -> str:
    """``value`` as display text ("" for None / NaN)."""
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA:
        return ""
    return str(value)


def _esc(value) -> str:
    return html.escape(_text(value))


class Labeller:
    """The labelling box of one audit (see the module): ``widget`` is the ipywidgets box shown
    in the notebook (a Labeller displays as it). Its buttons are reachable for scripts and
    tests: ``verdict_buttons[item kind][value]``, ``type_buttons["yes"|"no"]``,
    ``gender_buttons["right"|"wrong"|"female"|"male"]``, ``prev_button``, ``next_button``,
    ``unlabelled_button``, ``speaker_field`` / ``speaker_button``, ``note_field`` /
    ``note_button``, ``keys``; ``progress`` and ``status`` are HTML widgets."""

    def __init__(self, corpus, name: str, directory: str | os.PathLike[str] | None = None,
                 at: int | str | None = None):
        import ipywidgets as w  # type: ignore[import-untyped]

        from . import load

        self.corpus, self.name, self.directory = corpus, name, directory
        self.position: int = 0
        self.frame: pd.DataFrame = load(name, directory)
        self._loading = False
        button = w.Layout(width="auto")
        self.verdict_buttons = {
            kind: {value: w.Button(description=f"{value.replace('_', ' ')} ({i})",
                                   tooltip=f"key {i}", layout=button)
                   for i, value in enumerate(values, start=1)}
            for kind, values in VERDICTS.items()}
        for buttons in self.verdict_buttons.values():
            for value, b in buttons.items():
                b.on_click(lambda _b, v=value: self.answer(verdict=v))
        self.type_buttons = {"yes": w.Button(description="type right (t)", layout=button),
                             "no": w.Button(description="type wrong (x)", layout=button)}
        for value, b in self.type_buttons.items():
            b.on_click(lambda _b, v=value: self.answer(speaker_type_ok=v))
        self.gender_buttons = {"right": w.Button(description="gender right (g)", layout=button),
                               "wrong": w.Button(description="gender wrong (w)", layout=button),
                               "female": w.Button(description="female (f)", layout=button),
                               "male": w.Button(description="male (m)", layout=button)}
        self.gender_buttons["right"].on_click(
            lambda _b: self.answer(gender_verdict="right", correct_gender=""))
        self.gender_buttons["wrong"].on_click(lambda _b: self.answer(gender_verdict="wrong"))
        for gender in CORRECT_GENDERS:
            self.gender_buttons[gender].on_click(lambda _b, g=gender: self.real_gender(g))
        self.prev_button = w.Button(description="◀ prev (p)", layout=button)
        self.next_button = w.Button(description="next ▶ (n)", layout=button)
        self.unlabelled_button = w.Button(description="first unlabelled (u)", layout=button)
        self.prev_button.on_click(lambda _b: self.go(self.position - 1))
        self.next_button.on_click(lambda _b: self.go(self.position + 1))
        self.unlabelled_button.on_click(lambda _b: self.first_unlabelled())
        self.speaker_field = w.Text(description="correct speaker", continuous_update=False,
                                    placeholder="who really said it, as written in the article",
                                    style={"description_width": "initial"},
                                    layout=w.Layout(width="32em"))
        self.speaker_button = w.Button(description="save speaker", layout=button)
        self.note_field = w.Text(description="note", continuous_update=False,
                                 layout=w.Layout(width="32em"))
        self.note_button = w.Button(description="save note", layout=button)
        self.speaker_field.observe(lambda c: self._field("correct_speaker", c), names="value")
        self.note_field.observe(lambda c: self._field("note", c), names="value")
        self.speaker_button.on_click(
            lambda _b: self.answer(correct_speaker=self.speaker_field.value.strip()))
        self.note_button.on_click(lambda _b: self.answer(note=self.note_field.value.strip()))
        self.keys = w.Text(description="keys", placeholder="type a key here",
                           continuous_update=True, layout=w.Layout(width="16em"))
        self.keys.observe(self._key, names="value")
        self.progress = w.HTML()
        self.status = w.HTML()
        self.context = w.HTML()
        self.engine = w.HTML()
        self.verdict_row = w.HBox()
        self._verdict_label = w.Label("verdict:")
        self.type_row = w.HBox([w.Label("speaker type:"), *self.type_buttons.values()])
        help_text = " · ".join(f"<b>{k}</b> {v}" for k, v in KEYS.items())
        self.widget = w.VBox([
            w.HBox([self.prev_button, self.next_button, self.unlabelled_button, self.progress]),
            self.context, self.engine, self.verdict_row, self.type_row,
            w.HBox([w.Label("gender:"), *self.gender_buttons.values()]),
            w.HBox([self.speaker_field, self.speaker_button]),
            w.HBox([self.note_field, self.note_button]),
            w.HBox([self.keys, w.HTML(f"<small>{help_text}</small>")]),
            self.status])
        self.widget.add_class("aq-labeller")
        if at is None:
            self.first_unlabelled(quiet=True)
        elif isinstance(at, str):
            found = self.frame.index[self.frame["item_id"] == at]
            if not len(found):
                raise ValueError(f"audit {name!r} has no item {at!r}")
            self.go(int(found[0]))
        else:
            self.go(int(at))

    # -- what is shown ----------------------------------------------------------------------
    @property
    def judged(self) -> int:
        """How many items have a verdict."""
        return int((self.frame["verdict"] != "").sum())

    @property
    def item(self) -> pd.Series:
        """The row of the item shown."""
        return self.frame.iloc[self.position]

    def progress_text(self) -> str:
        """``"37 of 200 judged · item 12 of 200"``."""
        total = len(self.frame)
        shown = f" · item {self.position + 1} of {total}" if total else ""
        return f"{self.judged} of {total} judged{shown}"

    def go(self, position: int) -> None:
        """Show the item at ``position`` (0-based, clipped to the audit)."""
        self.position = max(0, min(int(position), len(self.frame) - 1))
        self._show()

    def first_unlabelled(self, quiet: bool = False) -> None:
        """Show the first item without a verdict (the first item when all are judged)."""
        todo = [i for i, v in enumerate(self.frame["verdict"]) if v == ""]
        self.go(todo[0] if todo else 0)
        if not todo and len(self.frame) and not quiet:
            self._say(f"every item of {self.name!r} is judged")

    def _show(self) -> None:
        self.progress.value = f"<b>{html.escape(self.progress_text())}</b>"
        if not len(self.frame):
            self.context.value = f"<i>the audit {html.escape(self.name)!s} has no items</i>"
            self.engine.value = ""
            self.verdict_row.children = ()
            return
        row = self.item
        kind = row["item"] if row["item"] in VERDICTS else "quote"
        self.verdict_row.children = (self._verdict_label, *self.verdict_buttons[kind].values())
        self.type_row.layout.display = None if kind == "quote" else "none"
        self.context.value = self.context_html(row)
        self.engine.value = self.engine_html(row)
        self._loading = True
        try:
            self.speaker_field.value = _text(row["correct_speaker"])
            self.note_field.value = _text(row["note"])
        finally:
            self._loading = False
        self._mark(row)

    def _mark(self, row: pd.Series) -> None:
        """Style the buttons of the answers the item already has."""
        for buttons in self.verdict_buttons.values():
            for value, b in buttons.items():
                b.button_style = "info" if row["verdict"] == value else ""
        for value, b in self.type_buttons.items():
            b.button_style = "info" if row["speaker_type_ok"] == value else ""
        for value, b in self.gender_buttons.items():
            chosen = (row["gender_verdict"] == value if value in ("right", "wrong")
                      else row["correct_gender"] == value
                      or (row["gender_verdict"] == "right" and row["gender"] == value))
            b.button_style = "info" if chosen else ""

    def context_html(self, row: pd.Series) -> str:
        """The paragraph(s) holding the item's quote and its speaker, highlighted (HTML)."""
        from ..display import render_passage
        from ..engine.segments import paragraph_spans

        article_id = _text(row["article_id"])
        rows = getattr(self.corpus, "rows", None)
        articles = rows("articles", article_id) if rows else \
            self.corpus.articles[self.corpus.articles["article_id"] == article_id]
        head = (f"<b>{_esc(row['title'])}</b> · {_esc(row['source'])} · article "
                f"<code>{_esc(article_id)}</code>")
        if articles.empty:
            return (f"{head}<p style='color:#b00'>this article is not in the corpus any more: "
                    f"the item's quote was “{_esc(row['quote'])}”</p>")
        text = articles["text"].iloc[0]
        quotes = rows("quotes", article_id) if rows else \
            self.corpus.quotes[self.corpus.quotes["article_id"] == article_id]
        mine = quotes[quotes["quote_id"] == row["quote_id"]]
        note = ""
        if mine.empty or pd.isna(row["start"]):
            lo = hi = int(row["start"]) if pd.notna(row["start"]) else 0
            note = ("<p style='color:#b00'>this quote is not in the corpus any more (the "
                    f"article was re-analysed): it was “{_esc(row['quote'])}”</p>")
        else:
            q = mine.iloc[0]
            lo, hi = int(q["start"]), int(q["end"])
            if pd.notna(q["speaker_start"]):
                lo, hi = min(lo, int(q["speaker_start"])), max(hi, int(q["speaker_end"]))
        spans = paragraph_spans(text) or [(0, len(text))]
        inside = [(a, b) for a, b in spans if a <= hi and lo < b] or \
            [min(spans, key=lambda s: abs(s[0] - lo))]
        first = next(i for i, s in enumerate(spans) if s == inside[0])
        where = (f"paragraph {first + 1}" + (f"–{first + len(inside)}" if len(inside) > 1
                                             else "") + f" of {len(spans)}")
        passage = render_passage(self.corpus, article_id, inside[0][0], inside[-1][1],
                                 quote_ids=[row["quote_id"]])
        return f"{head} · {where}{note}{passage}"

    @staticmethod
    def engine_html(row: pd.Series) -> str:
        """The engine's answer for the item, as a small HTML table."""
        speaker = _text(row["speaker"]) or "(no speaker)"
        actor = _text(row["speaker_actor"])
        if actor and actor != speaker:
            speaker += f" → {actor}"
        gender = _text(row["gender"]) + (f" ({_text(row['gender_source'])})"
                                         if _text(row["gender_source"]) else "")
        confidence = "" if pd.isna(row["confidence"]) else f"{float(row['confidence']):.2f}"
        weight = "" if pd.isna(row["weight"]) else f"{float(row['weight']):.3g}"
        fields = [("item", f"{_text(row['item'])} {_text(row['item_id'])}"),
                  ("speaker", speaker), ("speaker type", row["speaker_type"]),
                  ("gender", gender), ("cue", row["cue"]), ("kind", row["kind"]),
                  ("confidence", confidence), ("stratum", row["stratum"]),
                  ("weight", weight)]
        cell = "padding:0.1em 0.8em 0.1em 0;text-align:left"
        head = "".join(f"<th style='{cell};white-space:nowrap'>{_esc(k)}</th>"
                       for k, _ in fields)
        values = "".join(f"<td style='{cell}'>{_esc(v)}</td>" for _, v in fields)
        cells = f"<tr>{head}</tr><tr>{values}</tr>"
        return f"<p><b>The engine says:</b></p><table>{cells}</table>"

    # -- answers -----------------------------------------------------------------------------
    def answer(self, **answers: str) -> bool:
        """Record ``answers`` for the item shown (saved to the CSV at once); True when saved.
        A refused answer is shown in the status line."""
        from . import record

        if not len(self.frame):
            return False
        item_id = self.item["item_id"]
        try:
            saved = record(self.name, item_id, self.directory, **answers)
        except (ValueError, OSError) as err:
            self._say(f"not saved: {err}", error=True)
            return False
        for col in saved.index:
            if col in self.frame.columns:
                self.frame.iat[self.position, self.frame.columns.get_loc(col)] = saved[col]
        self._show()
        given = ", ".join(f"{k} = {v!r}" for k, v in answers.items())
        self._say(f"saved {given} for item {item_id} "
                  f"({datetime.now(timezone.utc).strftime('%H:%M:%S')} UTC)")
        return True

    def real_gender(self, gender: str) -> bool:
        """The speaker's real gender is ``gender``: ``gender right`` if the engine said so,
        else ``gender wrong`` with ``correct_gender``."""
        if not len(self.frame):
            return False
        if self.item["gender"] == gender:
            return self.answer(gender_verdict="right", correct_gender="")
        return self.answer(gender_verdict="wrong", correct_gender=gender)

    def _field(self, column: str, change) -> None:
        if not self._loading and change["new"].strip() != _text(self.item[column]):
            self.answer(**{column: change["new"].strip()})

    def press(self, key: str) -> None:
        """Act as the key ``key`` of :data:`KEYS` does (unknown keys are ignored)."""
        if key in "1234" and len(self.frame):
            buttons = list(self.verdict_buttons.get(self.item["item"],
                                                    self.verdict_buttons["quote"]).values())
            if int(key) <= len(buttons):
                buttons[int(key) - 1].click()
            return
        target = {"t": self.type_buttons["yes"], "x": self.type_buttons["no"],
                  "g": self.gender_buttons["right"], "w": self.gender_buttons["wrong"],
                  "f": self.gender_buttons["female"], "m": self.gender_buttons["male"],
                  "n": self.next_button, "p": self.prev_button,
                  "u": self.unlabelled_button}.get(key)
        if target is not None:
            if target in self.type_buttons.values() and self.item["item"] != "quote":
                return
            target.click()

    def _key(self, change) -> None:
        typed = change["new"]
        if not typed:
            return
        self.keys.value = ""  # re-enters with "" and returns
        self.press(typed[-1].lower())

    def _say(self, text: str, error: bool = False) -> None:
        colour = "#b00" if error else "#555"
        self.status.value = f"<span style='color:{colour}'>{html.escape(text)}</span>"

    # -- display -----------------------------------------------------------------------------
    def _repr_mimebundle_(self, **kwargs):
        bundle = self.widget._repr_mimebundle_(**kwargs)
        if bundle is not None:
            bundle["text/plain"] = repr(self)
        return bundle

    def __repr__(self) -> str:
        return f"<Labeller of audit {self.name!r}: {self.progress_text()}>"


def label(corpus, name: str, directory: str | os.PathLike[str] | None = None,
          at: int | str | None = None) -> Labeller:
    """The labelling box of audit NAME (see the module): one item at a time in the context of
    ``corpus`` (the corpus the audit was drawn from), each answer saved to
    ``<directory>/NAME.csv`` as it is given.

    Args:
        directory: where audits live (default ``data/audit/``).
        at: the item to show first (a position or an ``item_id``); None: the first unlabelled.

    Raises:
        FileNotFoundError: no such audit (draw it with :func:`analysis.audit.sample`).
        ValueError: a bad name or file, or ``at`` names no item.
    """
    return Labeller(corpus, name, directory, at)
