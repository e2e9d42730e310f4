"""Reported clauses the parser hung away from their speech verb (part of stage 2, :mod:`.cues`).

Three forms of indirect speech whose content the verb's own clausal complement does not give:

* **As-clauses** (:func:`as_report`): "As The Washington Post reported, the inspector general
  issued subpoenas", "…, as David Dayen noted in The Intercept", "But as a Politico reporter
  noted, …", and in the passive with a by-agent, "As reported by The Boston Globe, the state
  spent …" (the agent is the speaker: :func:`as_agent`). An *ambiguous* speech verb
  (``ambiguous_speech_verbs``: report, note, write, add …) heading an as-clause with no object or
  complement of its own, whose subject (or by-agent) can speak (:func:`.agents.can_speak`: a
  name, a pronoun other than *it*, a speaker noun, a title, a noun with a person-like ending —
  "reporter"), is a cue; its content is the clause the as-clause is attached to (read by
  :func:`.cues._content`). With an object ("as the company reported a loss"), a subject that
  cannot speak ("as the rally continued") or a verb of ``as_clause_time_verbs`` ("As Clinton
  continued, the crowd grew louder", "as he replied, …": :func:`as_time_clause`; any speech
  verb, also an unambiguous one) the as-clause is a time clause, no cue.
* **That-clauses on a prepositional object** (:func:`prep_clause`) or on the verb as an
  adverbial clause ("tweeted in the early hours that …"): "says in a statement that the race
  will …", "said earlier on Friday during a news conference that he may …", "telling
  her in a debate that she should …". The parser makes the that-clause a clause of the noun in
  a prepositional phrase after the verb; the clause is the verb's content when it opens with
  the conjunction *that* (dependency ``mark``, so never a relative clause, whose *that* is a
  subject or object) and has a subject of its own that is no relative pronoun, and the noun it
  hangs on is an occasion or channel of speech (``speech_occasions``: statement, interview,
  news conference …), a name or a date — not a noun with a that-clause of its own ("in the
  expectation that …").
* **Gerund subjects read as the verb's complement** (:func:`gerund_clause`): "He said legalizing
  it could put thousands of people to work": the parser hangs the gerund on *said* (``xcomp``)
  and the finite clause on the gerund; the gerund with everything below it is the content when
  it follows the verb directly and holds a finite clause (a tensed verb or a modal) whose
  subject is before it.

* **Finite clauses hung on a relative clause's verb** (:func:`relative_report`): "the drawdown
  of troops, which they say | left a vacuum …", "44 emails, which she said | represented all
  her work emails": the parser makes the relative pronoun the subject of *say* and the reported
  verb its ``xcomp``; that verb with everything below it is the content when it is finite (a
  tensed verb or a modal, not an infinitive) and holds no quote.

Complexity: each function reads the verb's children and walks at most the subtrees of its
prepositional phrases once: linear in the sentence, called once per cue verb.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ... import lexicons
from ..syntax import kids
from .agents import names_someone
from .spans import content_span, subtree_span
from .subjects import subject

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .spans import Intervals

# the complements that make an as-clause a clause of its own ("as the company reported a loss")
_OWN_COMPLEMENTS = ("dobj", "ccomp", "xcomp", "attr", "oprd", "dative", "acomp")
# relative pronouns: a clause with one as its subject is a relative clause, not a report
_RELATIVE_TAGS = ("WDT", "WP", "WP$")


def as_agent(verb: Token) -> Token | None:
    """The by-agent of a passive as-clause with no subject of its own ("As reported by The
    Boston Globe, …": *Globe*), the one who reported; or the subject the parser hung on the
    clause's *as* as its object (session 22: "As Ruth Hale, professor of planning at Leeds and
    author of “The Shrinking City,” put it, “…”": :func:`_hung_on_as`); None for any other
    verb."""
    if verb.dep_ != "advcl" or verb.head.i == verb.i:
        return None
    children = kids(verb)
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in children):
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in children):
        return _hung_on_as(verb, children)
    agent = next((c for c in children if c.dep_ == "agent"), None)
    return next((c for c in kids(agent) if c.dep_ == "pobj"), None) if agent is not None \
        else _hung_on_as(verb, children)


def _hung_on_as(verb: Token, children: list) -> Token | None:
    """Session 22: the name of an as-clause's speaker that the parser made the object of *as*
    ("As Ruth Hale, a professor …, put it": *Hale* a ``pobj`` of *as*, the verb left with no
    subject; both models do it when a long apposition or a quoted title follows the name): a
    noun or name before the verb that can speak (:func:`.agents.names_someone`), the object of
    an *as* that is the verb's conjunction or preposition before it, with no quotation mark
    between them: the parser hangs a quoted title on *as* too ('as “The Daily Ledger” wrote, it
    shows …'), where the reading is not sure enough to make the clause a report. None otherwise
    ("As a result, …" has a subject of its own and never gets here)."""
    for c in children:
        if c.lower_ != "as" or c.dep_ not in ("mark", "prep") or c.i > verb.i:
            continue
        obj = next((o for o in kids(c) if o.dep_ == "pobj" and o.i < verb.i), None)
        if obj is not None and obj.pos_ in ("PROPN", "NOUN") and names_someone(obj) \
                and not any(t.is_quote for t in obj.doc[c.i + 1:obj.i]):
            return obj
    return None


def as_time_clause(verb: Token) -> bool:
    """Whether ``verb`` heads an as- or while-clause that marks the time of the clause it is
    attached to, not a report of it: dependency ``advcl`` with the conjunction *as* or *while*,
    no object or complement of its own, and a verb of ``as_clause_time_verbs`` ("As Clinton
    continued, the crowd grew louder", "as he replied, the moderator cut his microphone")."""
    if verb.dep_ != "advcl" or verb.head.i == verb.i \
            or verb.lemma_.lower() not in lexicons.words("as_clause_time_verbs"):
        return False
    children = kids(verb)
    return any(c.dep_ == "mark" and c.lower_ in ("as", "while") for c in children) \
        and not any(c.dep_ in _OWN_COMPLEMENTS for c in children)


def as_report(verb: Token) -> bool:
    """Whether ``verb`` heads an as-clause reporting the clause it is attached to ("As the Post
    reported, …"; "…, as Mr. Dayen noted"; "As reported by the Globe, …"): dependency
    ``advcl`` with the conjunction *as*, no object or complement of its own, a verb that
    reports content (not one of ``as_clause_time_verbs``: :func:`as_time_clause`), and a subject
    before it, or a by-agent (:func:`as_agent`), that can speak and is no pronoun naming no one
    (:func:`.agents.names_someone`: not "as it continued", "as this suggests")."""
    if verb.dep_ != "advcl" or verb.head.i == verb.i or as_time_clause(verb):
        return False
    children = kids(verb)
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in children) \
            or any(c.dep_ in _OWN_COMPLEMENTS for c in children):
        return False
    subj = subject(verb)
    if subj is not None:
        return subj.i < verb.i and names_someone(subj)
    agent = as_agent(verb)
    return agent is not None and names_someone(agent)


def that_clause(clause: Token) -> bool:
    """A finite clause opened by the conjunction *that* (dependency ``mark``, or tagged a
    conjunction, ``IN``, where the parser gave it another dependency; a relative *that* is
    ``WDT``) with a subject of its own."""
    children = kids(clause)
    return clause.pos_ in ("VERB", "AUX") \
        and any(c.lower_ == "that" and (c.dep_ == "mark" or c.tag_ == "IN")
                and c.i == clause.left_edge.i for c in children) \
        and any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.tag_ not in _RELATIVE_TAGS
                for c in children)


def _occasion(tok: Token) -> bool:
    """Whether a that-clause hung on ``tok`` (in a phrase after a speech verb) can be the
    verb's: ``tok`` is an occasion or channel of speech (``speech_occasions``: "in a
    statement", "at a news conference", "in interviews"), a name ("on Twitter", "to CNN") or a
    date ("on Friday"); a clause on another noun is that noun's own ("in the expectation that
    …", "on the grounds that …")."""
    return tok.pos_ == "PROPN" or tok.ent_type_ in ("DATE", "TIME") \
        or tok.lemma_.lower() in lexicons.words("speech_occasions") \
        or tok.lower_ in lexicons.words("speech_occasions")


def prep_clause_head(verb: Token) -> Token | None:
    """The head of a that-clause the parser hung on ``verb`` as an adverbial clause (not a
    result clause after *so*/*such*), or on the object of a prepositional phrase after ``verb``
    or after its object ("says in a statement | that the race …", "warned voters on social media
    | that …"), through coordinated or nested phrases ("on social media and in interviews that
    …"); None when there is none."""
    for c in kids(verb):
        # "tweeted in the early morning hours | that Machado was …" hung on the verb as an
        # adverbial clause (not a result clause: "spoke so softly that no one heard")
        if c.dep_ == "advcl" and c.i > verb.i and that_clause(c) \
                and not any(t.lower_ in ("so", "such") for t in verb.doc[verb.i + 1:c.left_edge.i]):
            return c
    objects = [c for c in kids(verb) if c.dep_ in ("dobj", "dative") and c.i > verb.i]
    stack = [c for h in (verb, *objects) for c in kids(h) if c.dep_ == "prep" and c.i > verb.i]
    while stack:
        tok = stack.pop()
        for c in kids(tok):
            if c.i < tok.i:
                continue
            if c.dep_ in ("acl", "relcl", "ccomp", "advcl") and that_clause(c) \
                    and _occasion(tok):
                return c
            if c.dep_ in ("pobj", "prep", "conj"):
                stack.append(c)
    return None


def prep_clause(verb: Token, text: str, inside: Intervals | None = None
                ) -> tuple[int, int] | None:
    """The content span of a that-clause hung on a prepositional object after ``verb`` (see
    :func:`prep_clause_head`), or None. ``inside`` (the quotes) is unused: the signature is the
    one of :func:`.cues._content`'s forms."""
    head = prep_clause_head(verb)
    return content_span(text, *subtree_span(head)) if head is not None else None


def gerund_clause(verb: Token, text: str, inside: Intervals | None = None
                  ) -> tuple[int, int] | None:
    """The content span of a gerund subject the parser hung on ``verb`` as its complement ("said
    | legalizing it could put …"): an ``xcomp`` gerund (``VBG``) right after the verb holding a
    finite clause whose subject comes before its verb; None otherwise ("began writing op-eds",
    "reported raising $9 million": no finite clause). ``inside`` is unused, as in
    :func:`prep_clause`."""
    gerund = next((c for c in kids(verb) if c.dep_ == "xcomp" and c.tag_ == "VBG"
                   and c.i == verb.i + 1), None)
    if gerund is None:
        return None
    for c in kids(gerund):
        if c.i > gerund.i and c.dep_ in ("ccomp", "conj", "advcl") and c.pos_ in ("VERB", "AUX") \
                and (c.tag_ in ("VBD", "VBZ", "VBP")
                     or any(a.dep_ == "aux" and a.tag_ in ("MD", "VBD", "VBZ", "VBP")
                            for a in kids(c))) \
                and any(s.dep_ in ("nsubj", "nsubjpass") and s.i < c.i for s in kids(c)):
            return content_span(text, *subtree_span(gerund))
    return None


def relative_report(verb: Token, text: str, inside: Intervals | None = None
                    ) -> tuple[int, int] | None:
    """The content span of the finite clause the parser hung as ``xcomp`` on a speech verb of a
    relative clause ("…, which they say | left a vacuum for …"), or None (see the module
    docstring): never an infinitive ("which he wants to say"), nor a clause holding a quote."""
    if verb.dep_ != "relcl":
        return None
    clause = next((c for c in kids(verb) if c.dep_ == "xcomp" and c.i > verb.i
                   and c.pos_ in ("VERB", "AUX")
                   and (c.tag_ in ("VBD", "VBZ", "VBP")
                        or any(a.dep_ == "aux" and a.tag_ == "MD" for a in kids(c)))
                   and not any(a.dep_ == "aux" and a.lower_ == "to" for a in kids(c))), None)
    if clause is None:
        return None
    a, b = subtree_span(clause)
    if inside is not None and inside.overlapping(a, b):
        return None
    return content_span(text, a, b)
