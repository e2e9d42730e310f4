"""A speech verb coordinated inside another cue's reported clause, with that clause's own
subject, takes the outer cue's speaker (part of stage 6, :mod:`.attribution`; session 26).

"Merrill says Machado promised to keep supporting her and said she would stand up to the
attacks", "The governor expressed concern about the letter and said it could hurt the case,
people familiar with the talks said": the second saying hangs, as a conjunct, on a verb of the
outer cue's content and inherits that verb's subject (Machado, the governor). The engine
already cuts such a nested report out of the outer content (:func:`.cues._nested_reports`),
and made it a quote of the inherited subject's. But the words reach us through the outer
cue's speaker, who reports them (PolNeAR names Merrill and the people familiar with the talks
as the source, as it does for a report told in a complement — "Officials said the FBI had told
them that …" is the officials' report, and the engine keeps it whole for them); and where the
parser hung the reporter's own next act inside the content ("Spicer said the party was not in
a crisis and urged that everyone relax", "The director told the AP her group never worked with
him and said the group had hired the lobbyists itself"), the inherited subject is no speaker
at all. So the conjunct's quote keeps its own content and takes the outer cue's speaker.

Decision on spans: the two contents stay apart (the quotes table holds no overlapping quotes;
PolNeAR sometimes annotates the two conjuncts as two attributions of the outer source, sometimes
the whole as one: keeping them whole instead, tried first, lost the split ones as missed: see
NOTES-s31-s31-nested.md). A researcher counting sources sees the outer source, who is the one
quoting; the person reported inside is quoted second-hand, through it, as for complements.

:func:`outer_cue_verb` says when a cue verb is such a conjunct, and of which cue:

* it is a conjunct (``conj``) with no subject of its own and no share phrase before it ("Two
  in five said A and one in six said B" stays two reports: :func:`.subjects.share_subject`);
* the verb it is coordinated with (through a chain of conjuncts) has a subject of its own, not
  a relative pronoun, and that subject is the one the conjunct inherits (:func:`.subjects.
  inherited_subject`; the reporter's own act that :mod:`.own_acts` recognises inherits the
  reporter and is left as it was);
* that verb is the clausal complement (``ccomp``) of another cue's verb.

:func:`reported_conjunct_speakers` then gives the conjunct's cue the outer cue's speaker, when
the outer cue has a speaker phrase and is no "according to", and the conjunct's content is no
direct quote (verbatim words stay their speaker's: "Canova bristled and said, “No comment,” the
Herald reported" is Canova's).

Complexity: O(k) per cue for the k children of two or three verbs; a dictionary look-up for
the outer cue.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..syntax import kids
from .subjects import inherited_subject, share_subject, subject

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .spans import Intervals
    from .types import Cue, Speaker

_SUBJECTS = ("nsubj", "nsubjpass")
_RELATIVE_TAGS = ("WDT", "WP", "WP$")


def outer_cue_verb(verb: Token) -> int | None:
    """The token index of the verb whose clausal complement ``verb`` is coordinated into,
    sharing that complement's subject (see the module docstring), else None. Whether that
    verb is a cue is the caller's to check."""
    if verb.dep_ != "conj" or verb.head.i == verb.i:
        return None
    if subject(verb) is not None or share_subject(verb) is not None:
        return None
    first = verb.head
    for _ in range(4):  # "A, B and said C": a chain of conjuncts
        if first.dep_ != "conj" or first.head.i == first.i:
            break
        first = first.head
    subj = next((c for c in kids(verb.head) if c.dep_ in _SUBJECTS), None)
    if subj is None or subj.tag_ in _RELATIVE_TAGS:
        return None
    if first.dep_ != "ccomp" or first.head.i == first.i:
        return None
    inherited = inherited_subject(verb)
    if inherited is None or inherited.i != subj.i:
        return None
    return first.head.i


def reported_conjunct_speakers(doc: Doc, cues: list[Cue], speakers: dict[int, Speaker],
                               quotes: Intervals) -> dict[int, Speaker]:
    """``speakers`` (cue verb index → speaker) with each conjunct cue reported inside another
    cue's content given that cue's speaker (see the module docstring); ``quotes``: the
    article's quoted stretches (a conjunct whose content opens inside one keeps its own
    speaker). The dictionary is returned as it is when no cue is such a conjunct."""
    by_verb = {c.token_i: c for c in cues if c.token_i >= 0}
    changed: dict[int, Speaker] = {}
    for cue in cues:
        if cue.token_i < 0 or cue.according_to or cue.content is None \
                or cue.content[0] in quotes or _opens_quoted(doc, cue.content[0]):
            continue  # "X bristled and said, “No comment,” the paper reported": X's own words
        outer_i = outer_cue_verb(doc[cue.token_i])
        outer = by_verb.get(outer_i) if outer_i is not None else None
        if outer is None or outer.according_to or outer.token_i == cue.token_i:
            continue
        speaker = speakers.get(outer.token_i)
        if speaker is None or speaker.start is None:
            continue
        changed[cue.token_i] = speaker
    if not changed:
        return speakers
    return {**speakers, **changed}


def _opens_quoted(doc: Doc, start: int) -> bool:
    """Whether the content starting at character ``start`` opens with a quotation mark or right
    after one (a quote too short to be in the article's quoted stretches: “No comment”)."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span[0]
    return tok.is_quote or tok.i > 0 and doc[tok.i - 1].is_quote
