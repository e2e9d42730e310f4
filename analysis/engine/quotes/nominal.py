"""Stage 2, speech nouns: "Trump's claim that …" as a cue (part of :mod:`.cues`).

A noun of ``nominal_speech_cues`` (claim, report, promise, warning, …; ``quote_words.toml``)
reports the that-clause hung on it or on its *by* agent (the conjunction *that* and a subject
of its own: never a relative clause, :func:`.hung_clauses.that_clause`) for its speaker, who
must be named: the possessor ("Donald Trump's claim that …", "his claim that …"), the object of
a *by* phrase after it ("claims by intelligence agencies that …", "a demand, by Nancy Pelosi,
that …") or a name before it ("a New York Times report that …"). Without a speaker ("the claim
that …", "reports that …") it is no cue: a rumour or a notion, not someone's words. A noun
inside quotation marks is no cue either.

Complexity: reads the noun's children (and one *by* phrase's): O(1) per noun of the list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ... import lexicons
from ..syntax import kids
from .hung_clauses import that_clause
from .spans import Intervals, content_span, subtree_span
from .types import Cue

if TYPE_CHECKING:
    from spacy.tokens import Token


def nominal_speaker(noun: Token) -> Token | None:
    """The one whose words the speech noun reports: possessor, *by* agent or a name before it
    (the last proper noun of its compound words)."""
    children = kids(noun)
    owner = next((c for c in children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    by = next((c for c in children if c.dep_ == "prep" and c.lower_ == "by" and c.i > noun.i),
              None)
    agent = next((c for c in kids(by) if c.dep_ == "pobj"), None) if by is not None else None
    if agent is not None:
        return agent
    names = [c for c in children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < noun.i]
    return names[-1] if names else None


def nominal_cue(noun: Token, text: str, inside: Intervals) -> Cue | None:
    """The cue of a speech noun with a that-clause and a speaker, or None (see the module
    docstring)."""
    if noun.pos_ != "NOUN" or noun.idx in inside \
            or noun.lemma_.lower() not in lexicons.words("nominal_speech_cues"):
        return None
    speaker = nominal_speaker(noun)
    if speaker is None or speaker.idx in inside:
        return None
    # the clause hangs on the noun, or on the by-agent after it ("claims by agencies | that …")
    holders = (noun, speaker) if speaker.i > noun.i else (noun,)
    clause = next((c for h in holders for c in kids(h) if c.dep_ in ("acl", "relcl", "ccomp",
                                                                      "appos")
                   and c.i > h.i and that_clause(c)), None)
    if clause is None:
        return None
    a, b = content_span(text, *subtree_span(clause))
    if b <= a:
        return None
    end = noun.idx + len(noun.text)
    return Cue(noun.idx, end, text[noun.idx:end], noun.lemma_.lower(), speaker, (a, b),
               token_i=noun.i)
