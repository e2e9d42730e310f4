"""A speech verb coordinated inside a reported clause, with that clause's own subject, is part
of the report (part of stage 2, :mod:`.cues`; session 26).

"The governor expressed concern about the letter and said it could hurt the state's case,
people familiar with the talks said": the people familiar with the talks report all of it,
the governor's concern and what the governor said; the governor's saying is one of the things
they report, not a report of their own beside it. Before, the content of the outer cue
stopped before "and said" (:func:`.cues._nested_reports` cut every speech verb below the
content that has a clausal complement and a speaker, inherited ones too), so the outer quote
held only the first conjunct and the second became a quote of the governor's; PolNeAR
annotates the outer report whole (one attribution, the inner saying inside its content), so
the scorer paired the governor's quote with the outer gold attribution and its speaker was
wrong, while the first conjunct was left with a fragment.

Decision (the quotes table holds no overlapping quotes): the outer report keeps its whole
content and the inner saying is dropped as nested (:func:`.attribution._outermost`), as for a
report told in a complement ("Officials said the FBI had told them that …" is one quote of
the officials'). A researcher counting sources sees the outer source, who is the one quoting;
the person reported inside is quoted second-hand, through it.

:func:`reported_conjunct` says when a speech verb below a content is such a conjunct:

* it is a conjunct (``conj``) with no subject of its own and no share phrase before it ("Two
  in five said A and one in six said B" stays two reports: :func:`.subjects.share_subject`);
* the verb it is coordinated with has a subject of its own (not a relative pronoun) inside the
  content, and that subject is the one the conjunct inherits (:func:`.subjects.
  inherited_subject`): the reporter's own next act that the parser coordinated into the
  report ("X said he would order … and warned …", :mod:`.own_acts`) inherits the reporter,
  outside the content, and stays cut, as does a conjunct with a subject of its own ("X said A,
  and Y disagreed that …").

Complexity: O(k) for the k children of the two verbs, run only on speech verbs below a cue's
content that have a clausal complement (rare).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..syntax import kids
from .subjects import inherited_subject, share_subject, subject

if TYPE_CHECKING:
    from spacy.tokens import Token

_SUBJECTS = ("nsubj", "nsubjpass")
_RELATIVE_TAGS = ("WDT", "WP", "WP$")


def reported_conjunct(verb: Token, clause: Token) -> bool:
    """Whether the speech verb ``verb``, below the content clause ``clause`` of another cue, is
    coordinated with a verb of that content and shares its subject (see the module docstring):
    then it is part of the content, not a nested report of its own."""
    if verb.dep_ != "conj" or verb.head.i == verb.i:
        return False
    if subject(verb) is not None or share_subject(verb) is not None:
        return False
    first = next((c for c in kids(verb.head) if c.dep_ in _SUBJECTS), None)
    if first is None or first.tag_ in _RELATIVE_TAGS:
        return False
    low, high = clause.left_edge.i, clause.right_edge.i
    if not low <= first.i <= high:
        return False
    inherited = inherited_subject(verb)
    return inherited is not None and inherited.i == first.i
