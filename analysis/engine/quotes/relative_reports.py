"""A report told in a relative clause at the end of another report (part of stage 5,
:mod:`.attribution`; session 25).

"Mukasey criticized Clinton's email use, which an FBI investigation said was “extremely
careless”", "spending is in danger of sinking to 1.08 percent, which he said would be its lowest
ever", "…, which he declared “a total disaster” for his party": the relative clause is an
attribution of its own, with its own speaker (the subject of the relative
clause's speech verb), and PolNeAR, like a reader, ends the outer report's content before it.
The engine found both cues, but the inner one's content lay inside the outer one's, so the outer
report kept the whole stretch and the inner report was dropped as nested (:func:`.attribution.
_outermost`); the scorer then matched our outer quote to the gold's inner attribution and its
speaker was wrong. Both are now kept (:func:`split_relative_reports`): the outer content ends
where the relative clause begins (at its relative pronoun), and the inner report keeps the
content its cue gave it (from the relative pronoun on: PolNeAR's content of "which X said was
…" is "which … was …"), when:

* the inner cue's verb heads a relative clause (``relcl``) opening after the noun it describes
  with a relative pronoun, which, that, who or whom (not a reduced relative, "the ones Comey
  advised not to …", nor "where"/"when": "in cases where common sense made clear …", "at a
  time when many Democrats would be asking …" are circumstances of the outer report);
* the verb's subject is a word of its own, not the relative pronoun ("…, which an inquiry said
  was …"; not "…, who said …": the antecedent speaks there and the relative clause is the
  writer's description of it);
* the verb is no label verb (``label_verbs``: "Trump, whom he called a “con artist”" names
  Trump, it reports nothing);
* the relative clause runs to the end of the outer content (up to closing punctuation), so the
  outer report is cut only at its end, never in its middle ("Police said a man, who an officer
  said was armed, attacked the guard" stays whole);
* the outer content keeps at least two words before the relative clause.

Complexity: one pass over the rows with a cue, reading the children of each relative-clause
cue verb once; an interval lookup per inner row.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ... import lexicons
from ..syntax import kids

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .types import Attribution

_SUBJECTS = ("nsubj", "nsubjpass")
_RELATIVE_TAGS = ("WDT", "WP", "WP$")
_RELATIVE_WORDS = ("which", "that", "who", "whom")
_TRAILING = " \t\n,;:—–-"
_CLOSING = " \t\n.,;:!?\"'”’)]"


def _relative_report(verb: Token) -> Token | None:
    """The first token of the relative clause ``verb`` heads, when ``verb`` is a relative
    clause's speech verb with a subject of its own (see the module docstring), else None."""
    if verb.dep_ != "relcl" or verb.i <= verb.head.i \
            or verb.lower_ in lexicons.words("label_verbs"):
        return None
    subj = next((c for c in kids(verb) if c.dep_ in _SUBJECTS), None)
    if subj is None or subj.tag_ in _RELATIVE_TAGS or subj.i > verb.i:
        return None
    first = verb.left_edge
    if first.i <= verb.head.i or first.lower_ not in _RELATIVE_WORDS:
        return None
    return first


def split_relative_reports(doc: Doc, rows: list[Attribution], text: str) -> list[Attribution]:
    """``rows`` with each report told in a relative clause at the end of another report's
    content kept as its own quote and the outer content ended before it (see the module
    docstring). Rows are returned in the same order; untouched rows are the same objects."""
    inner_rows = []
    for n, row in enumerate(rows):
        cue = row.cue
        if cue is None or cue.token_i < 0 or row.continued or cue.according_to:
            continue
        first = _relative_report(doc[cue.token_i])
        if first is not None:
            inner_rows.append((n, row, cue, first))
    if not inner_rows:
        return rows
    out = list(rows)
    for n, inner, inner_cue, first in inner_rows:
        verb = doc[inner_cue.token_i]
        cut = first.idx
        rel_end = verb.right_edge.idx + len(verb.right_edge)
        for m, outer in enumerate(out):
            if m == n or outer.cue is None or outer.continued:
                continue
            if not outer.start < cut < outer.end:
                continue
            if text[rel_end:outer.end].strip(_CLOSING):
                continue  # the relative clause does not end the outer content
            end = cut
            while end > outer.start and text[end - 1] in _TRAILING:
                end -= 1
            if len(text[outer.start:end].split()) < 2:
                continue
            if inner_cue.end >= inner.end or inner.start < cut:
                continue  # no content after the cue, or one that would still overlap
            out[m] = replace(outer, end=end)
            break
    return out
