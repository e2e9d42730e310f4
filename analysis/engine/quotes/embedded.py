"""A quote inside the clause of a verb whose subject can speak, when no other rule gave it a
speaker: the subject's words.

"Moore thanked him for “stepping up and taking action when Congress won't.”", "Mr. Obama
expressed a deep regret for “my inability to reduce the polarization …”", "Mr. Ryan laid out a
vision for “a reformed tax code …”", "The ad targets a “corrupt political system …”": the verb
is no speech verb, but the quoted words, a sentence or a long phrase inside its object or one of
its complements, are the ones its subject used. The quote's own governing verbs are walked up
from the quote (from its first sentence when it runs on: "he characterized Kaine as, “a little
desperate there …. … I think that hurt him.”"; at most 8 steps, within its sentence, never
through a reported clause of someone else: a ``ccomp`` or the root ends the walk at its
verb); the first verb outside the quote with a subject (:func:`.subjects.subject`, or one it
shares: "Sen. Collins joined the group, publishing an op-ed hammering his “…”") that can speak
(:func:`.agents.can_speak`) is the speaker. Not for a verb in the passive without a by-agent
or a participle opening its sentence (:func:`.subjects.heard`: the one told did not speak), nor
for a copula ("… that Trump would be “the healthiest individual …”": words about the subject,
not by it), a verb or a subject inside a quote ("“I love Larry,” he said, but “…”").

A subject parsed inside quotation marks (a one-word quoted title in the subject's apposition
made a second, nearer subject: "Hayes, star of the drama “Riverside,” thanked …") gives way to
the verb's subject outside them.

A quote that is the complement of a copula whose subject is a noun of someone's words
(``owned_speech_nouns``) with a possessor that can speak is the possessor's (:func:`owned_words`:
"Ortiz's favourite slogan is “…”", "The coach's advice to his players was, “…”").

A quoted sentence after a comma that ends a clause of its own, whose subject can speak, is that
subject's (:func:`comma_clause`: "Garcia shot back, “The governor has no plan …”", "Warren
shared some of her worries with donors, “I do not know …”"), as after a colon
(:func:`.frames.colon_clause`); not after a subordinate clause ("When the mayor arrived,
“…”").

A quoted sentence that opens its sentence right after a lead-in sentence of its paragraph, or
opens its paragraph right after a paragraph ending in one, still without a speaker, is the
lead-in subject's (:func:`lead_in`: "Lynch announced the lawsuit on Monday. “We are seeking
…”"). A quote in a clause opened by "that" under a verb outside it is that verb's subject's
(:func:`that_clause`: "Pew found that “about twice as many Democrats …”").

Only for a quote that is kept without a speaker anyway (it reads as speech:
:func:`.marks.sentence_like`): a short scare-quoted phrase nobody says stays dropped, so the rule
changes who said a quote, never which quotes there are. Tried last (:mod:`.attribution`), after
the frames and the continuations: a quote that continues a speaker in its sentence or the one
before ("Many were older, she said, and “I had to …”") keeps that speaker. O(1) per quote (a
bounded walk).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ... import lexicons
from ..syntax import kids, sent_of, token_from
from .agents import can_speak
from .context import ArticleContext
from .marks import is_title, sentence_like
from .speakers import describe_speaker
from .subjects import QUOTE_MARKS, heard, inherited_subject, not_speaker, subject
from .types import Attribution, Cue, QuoteSpan, Speaker

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc, Span, Token


def _opening(doc: Doc, q: QuoteSpan, ctx: ArticleContext) -> tuple[Span, Span] | None:
    """The tokens of quote ``q`` within the sentence of its opening (a quote of several
    sentences: the clause holding its opening) and that sentence, or None when the quote does
    not read as speech (:func:`.marks.sentence_like`) or covers no token."""
    if not sentence_like(ctx.text[q.start:q.end], ctx.settings):
        return None
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    sent = sent_of(doc[span.start])
    return (doc[span.start:sent.end] if span.end > sent.end else span), sent


def _governors_outside(span: Span, sent: Span, steps: int = 8) -> Iterator[tuple[Token, Token]]:
    """``(child, head)`` pairs up the tree from the root of a quote's ``span`` within its
    sentence ``sent``, at most ``steps`` steps, for the heads outside the span only (the walk
    goes on through heads inside it); stops at the root or a head before the sentence."""
    tok = span.root
    for _ in range(steps):
        if tok.head.i == tok.i or tok.head.i < sent.start:
            return
        child, tok = tok, tok.head
        if not span.start <= tok.i < span.end:
            yield child, tok


def embedding_clause(doc: Doc, q: QuoteSpan, ctx: ArticleContext, prior: list[Speaker]
                     ) -> Attribution | None:
    """The attribution of quote ``q`` to the subject of the clause holding it (see the module
    docstring), or None."""
    opening = _opening(doc, q, ctx)
    if opening is None:
        return None
    span, sent = opening
    sent_start = sent.start
    tok = span.root
    for _ in range(8):
        if tok.head.i == tok.i or tok.head.i < sent_start:
            return None
        came_by = tok.dep_
        tok = tok.head
        if span.start <= tok.i < span.end:
            continue
        if came_by == "ccomp" and tok.pos_ in ("VERB", "AUX"):
            return None  # the quote is a clause reported by another verb: not its subject's
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        if tok.lemma_.lower() == "be" or tok.idx in ctx.quotes:
            return None  # "… that Trump would be “the healthiest …”": said of him, not by him
        if heard(tok):
            return None  # "the firm was told “…”": the one told did not speak
        return _subject_attribution(tok, q, ctx, prior)
    return None


def that_clause(doc: Doc, q: QuoteSpan, ctx: ArticleContext, prior: list[Speaker]
                ) -> Attribution | None:
    """The attribution of quote ``q``, inside a clause opened by "that" (the complement of a
    verb outside the quote: "Pew found that “about twice as many Democrats …”", "Paul Ryan
    worried that the safety net was becoming “a hammock …”", "He anticipated that the biggest
    challenge would be “…”"), to the subject of that verb when it can speak, or None.

    The quote's governing words are walked up within its sentence (at most 8 steps) to the
    first clause attached as a complement (``ccomp``) with the subordinator "that" to a verb
    outside the quote: a thought, finding or worry of that verb's subject, in the quoted
    words. Not for a verb in the passive without an agent or a participle opening its sentence
    (:func:`.subjects.heard`), a negated verb, a copula, or a subject that cannot speak or stands
    in a quote. Only for a quote kept without a speaker anyway (it reads as speech:
    :func:`.marks.sentence_like`), after :func:`embedding_clause`: it changes who said a quote,
    never which quotes there are. O(1) per quote (a bounded walk)."""
    opening = _opening(doc, q, ctx)
    if opening is None:
        return None
    for clause, tok in _governors_outside(*opening):
        if clause.dep_ != "ccomp":
            continue
        if tok.pos_ not in ("VERB", "AUX") or not any(
                c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
            return None
        if tok.lemma_.lower() == "be" or tok.idx in ctx.quotes or heard(tok) \
                or any(c.dep_ == "neg" for c in tok.children):
            return None
        return _subject_attribution(tok, q, ctx, prior)
    return None


def owned_words(doc: Doc, q: QuoteSpan, ctx: ArticleContext, prior: list[Speaker]
                ) -> Attribution | None:
    """The attribution of quote ``q``, the complement of a copula whose subject is a noun of
    someone's words (``owned_speech_nouns``: slogan, answer, advice, …) with a possessor, to
    that possessor when it can speak, or None.

    "Ortiz's favourite slogan is “Nobody gets left behind.”", "The coach's advice to his
    players was, “Never play for the draw.”", "Her reply was that “we have done nothing
    wrong.”": the noun names the quoted words and its possessor the one who said them. The
    quote's governing words are walked up within its sentence (at most 8 steps, only through
    words that are no verb) to a form of "be" outside the quote; its subject must be such a
    noun with a possessor that can speak (:func:`.agents.can_speak`) outside quotation marks.
    Not for a verb in between ("Ortiz's reply was read out by a clerk who said “…”") nor a
    noun of another kind ("The mayor's budget is “…”": words about it, not its words). Only for
    a quote kept without a speaker anyway (it reads as speech: :func:`.marks.sentence_like`):
    it changes who said a quote, never which quotes there are. O(1) per quote."""
    opening = _opening(doc, q, ctx)
    if opening is None:
        return None
    for _, tok in _governors_outside(*opening):
        if tok.lemma_.lower() == "be" and tok.pos_ in ("AUX", "VERB"):
            break
        if tok.pos_ in ("VERB", "AUX"):
            return None
    else:
        return None
    if tok.idx in ctx.quotes:
        return None
    noun = next((c for c in kids(tok) if c.dep_ == "nsubj" and c.i < tok.i), None)
    if noun is None or noun.pos_ != "NOUN" \
            or noun.lemma_.lower() not in lexicons.words("owned_speech_nouns") \
            and noun.lower_ not in lexicons.words("owned_speech_nouns"):
        return None
    owner = next((c for c in kids(noun) if c.dep_ == "poss"), None)
    if owner is None or not_speaker(owner) or owner.idx in ctx.quotes or not can_speak(owner):
        return None
    return _verb_attribution(noun, owner, q, ctx, prior)


def _subject_attribution(verb: Token, q: QuoteSpan, ctx: ArticleContext,
                         prior: list[Speaker]) -> Attribution | None:
    """The quote ``q`` as the words of the subject of ``verb`` (its own or shared,
    :func:`.subjects.inherited_subject`), when that subject can speak and stands outside every
    quote (:func:`_verb_attribution`); else None."""
    head = subject(verb) or inherited_subject(verb)
    if head is not None and _quoted(head, ctx):
        # "Hayes, star of the drama “Riverside,” thanked …": a quoted title in the subject's
        # apposition parsed as a second subject, the nearer; the subject outside quotes
        head = next((c for c in sorted(kids(verb), key=lambda c: -c.i)
                     if c.dep_ == "nsubj" and c.i < verb.i and not _quoted(c, ctx)), None)
    if head is None or not_speaker(head) or head.idx in ctx.quotes or not can_speak(head):
        return None
    return _verb_attribution(verb, head, q, ctx, prior)


def _quoted(head: Token, ctx: ArticleContext) -> bool:
    """Whether the phrase of ``head`` stands in quotation marks: inside a quote, or between
    a mark at (or right before) its start and one at (or at most two tokens after) its end (a
    quoted title of one word: “Riverside,”)."""
    if head.idx in ctx.quotes:
        return True
    doc, first, last = head.doc, head.left_edge.i, head.right_edge.i
    opens = doc[first].text in QUOTE_MARKS or (first > 0 and doc[first - 1].text in QUOTE_MARKS)
    return opens and any(doc[k].text in QUOTE_MARKS for k in range(last, min(last + 3, len(doc))))


def _verb_attribution(verb: Token, head: Token, q: QuoteSpan, ctx: ArticleContext,
                      prior: list[Speaker]) -> Attribution | None:
    """The quote ``q`` as the words of ``head``, the subject of ``verb`` (its cue), or None
    when the subject's phrase gives no speaker a reader could name (no span, type unknown)."""
    speaker = describe_speaker(head, ctx, prior)
    if speaker.start is None or speaker.type == "unknown":
        return None
    cue = Cue(verb.idx, verb.idx + len(verb.text), verb.text, verb.lemma_.lower(), head, None,
              token_i=verb.i)
    return Attribution(q.start, q.end, "direct", cue, speaker)


# a comma, then spaces and the opening mark, right before a quote
_COMMA_GAP = re.compile(r",[^\S\n]*[\"“'‘`]*$")
#: how the clause before the comma and the quoted sentence hang together in the parse: the
#: clause on the quote (``parataxis``, ``ccomp``, ``advcl``, ``conj``), or the quote on it
_CLAUSE_LINKS = ("parataxis", "ccomp", "advcl", "conj")
#: a clause below the main verb of the clause before the comma ("prompted X to state,")
_LOWER_CLAUSES = ("xcomp", "ccomp", "advcl", "relcl", "acl", "pcomp", "csubj")


def comma_clause(doc: Doc, q: QuoteSpan, ctx: ArticleContext, prior: list[Speaker]
                 ) -> Attribution | None:
    """The attribution of quote ``q``, a quoted sentence right after a comma that ends a
    clause of its own, to that clause's subject when it can speak, or None.

    "Garcia shot back, “The governor has no plan …”", "Earlier this week, Warren shared some
    of her worries with donors, “I do not know …”", "Dashing into the meeting, Senator Ruiz
    called over her shoulder, “…”": the clause introduces the words as a colon would
    (:func:`.frames.colon_clause`), with a verb the speech lexicon does not hold. The quote
    opens with a capital (a sentence, not a phrase finishing the clause) and the clause's main
    verb (climbed to from the word before the comma while the head stays before it) and the
    quote's are linked as two clauses (``parataxis``, ``ccomp``, ``advcl``, ``conj``, either
    way; a participle sharing the subject may end the clause: "clashed with the senator,
    chiding him, “…”"). Not for a clause ending in a verb below its main one or in a speech
    word ("That record prompted the Atlas to state, “…”": the words are the one prompted's,
    if anyone's), a subordinate clause ("When the mayor arrived, “…”": a ``mark``), a copula, a negated
    verb, a verb in the passive without an agent or a participle opening the sentence
    (:func:`.subjects.heard`), a subject of its own missing (a participle) or one that cannot
    speak or stands in a quote. Only for a quote kept without a speaker anyway (it reads
    as speech: :func:`.marks.sentence_like`), after the other rules of this module: it changes
    who said a quote, never which quotes there are. O(clause) per quote."""
    text = ctx.text
    m = _COMMA_GAP.search(text, max(0, q.open - 6), q.open + 1)
    if m is None or not text[q.start:q.start + 1].isupper():
        return None
    opening = _opening(doc, q, ctx)
    if opening is None:
        return None
    span, sent = opening
    comma = m.start()
    before = doc.char_span(max(0, comma - 1), comma, alignment_mode="expand")
    if before is None or not len(before) or before[-1].i < sent.start:
        return None
    verb = last = before[-1]  # the clause before the comma: climb while the head is before it
    while verb.head.i != verb.i and verb.head.idx < comma:
        if (verb.dep_ in _LOWER_CLAUSES or verb.pos_ in ("VERB", "AUX") and verb.dep_ != "aux") \
                and not _shared_participle(verb):
            return None  # "That record prompted the Atlas to state, “…”": whose words?
        verb = verb.head
    if not clause_of_its_own(verb, span) or verb.idx in ctx.quotes or heard(verb) \
            or any(c.dep_ == "neg" for c in verb.children):
        return None
    if last.i != verb.i and last.lemma_.lower() in lexicons.speech_verbs()[0]:
        return None  # "… to state, “…”" parsed as a noun: a report of someone else's
    head = subject(verb)
    if head is None or head.i < sent.start or head.idx > comma or not_speaker(head) \
            or head.idx in ctx.quotes or not can_speak(head):
        return None
    return _verb_attribution(verb, head, q, ctx, prior)


def _shared_participle(verb: Token) -> bool:
    """Whether ``verb`` is a participle hung as an adverbial clause with no subject of its own
    ("clashed with the senator, chiding him,"): it shares the subject of the verb above it."""
    return verb.tag_ == "VBG" and verb.dep_ == "advcl" and not subordinate(verb) \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(verb))


def subordinate(verb: Token) -> bool:
    """Whether the clause of ``verb`` is opened by a subordinating word ("when", "if",
    "unless", "as": a ``mark`` or a wh-adverb before the verb): it sets the scene of another
    clause and introduces no one's words."""
    return any(c.dep_ == "mark" or (c.tag_ == "WRB" and c.i < verb.i) for c in verb.children)


def clause_of_its_own(verb: Token, quote: Span) -> bool:
    """Whether ``verb``, before the quote ``quote`` in its sentence, heads a clause of its own
    linked to the quoted one (``parataxis``, ``ccomp``, ``advcl``, ``conj``, either way) and
    not subordinate (:func:`subordinate`), with a subject of its own: "Garcia shot back, “…”"
    (not "Adding, “…”": the words go on from the speaker before)."""
    if verb.pos_ != "VERB" or verb.i >= quote.start or subordinate(verb) \
            or not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(verb)):
        return False
    root = quote.root
    return (verb.dep_ in _CLAUSE_LINKS and quote.start <= verb.head.i < quote.end) \
        or (root.dep_ in _CLAUSE_LINKS and root.head.i == verb.i)


#: what may stand between the full stop of a lead-in sentence and the quote opening the next one
_LEAD_GAP = 3


def lead_in(doc: Doc, q: QuoteSpan, ctx: ArticleContext, prior: list[Speaker]
            ) -> Attribution | None:
    """The attribution of quote ``q``, a quoted sentence that opens its sentence right after a
    sentence of the same paragraph without quotation marks, or opens its paragraph right after
    a paragraph ending in such a sentence, to that sentence's subject when it can speak, or None.

    "His former business partner, Lawrence Cummings, called him a master at bolting together
    deals. “He showed again and again …”", "Lynch announced the lawsuit on Monday. “We are
    seeking a court order …”", "Valastro praised the governor's leadership.\n\n“We need
    someone who …”": the sentence before introduces the one whose words follow.
    The lead-in's main verb (its root, outside quotation marks) gives the subject
    (:func:`.subjects.subject`); not for a copula ("Trump is a businessman."), a verb in the
    passive without an agent or a participle opening the sentence (:func:`.subjects.heard`),
    a negated verb ("He did not suggest retaliation."), a second subject who can speak before
    the main verb ("Even as the mayor vowed …, the council voted …": no reader's pick either),
    a lead-in with quoted words of its own (the continuations decide; a quoted title, "on
    “Face the Nation,” Sanders identified …", or a short phrase does not count), or a subject
    that cannot speak. Only for a quote kept without a speaker anyway (it reads as speech:
    :func:`.marks.sentence_like`), after every other rule: it changes who said a quote, never
    which quotes there are. O(lead-in sentence) per quote.
    """
    text = ctx.text
    if not sentence_like(text[q.start:q.end], ctx.settings):
        return None
    stop = _lead_stop(text, q.open)
    if stop is None:
        return None  # the quote does not open a sentence right after another
    i = token_from(doc, stop)
    if i >= len(doc) or doc[i].idx != stop:
        return None
    sent = sent_of(doc[i])
    first = sent.start
    if first == i and i > 0:  # the full stop parsed as a sentence of its own
        sent = sent_of(doc[i - 1])
        first = sent.start
    lead = text[doc[first].idx:stop]
    if not lead.strip() or "\n" in lead.strip() \
            or any(p in ctx.quotes for p in (doc[first].idx, stop)) \
            or any(_spoken(text[a:b], ctx)
                   for a, b in (ctx.quotes.spans[k]
                                for k in ctx.quotes.overlapping(doc[first].idx, stop))):
        return None
    root = next((t for t in doc[first:i] if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("VERB", "AUX") or root.lemma_.lower() == "be" \
            or heard(root) or any(c.dep_ == "neg" for c in root.children):
        return None
    head = subject(root)
    if head is None or not_speaker(head) or not can_speak(head):
        return None
    if any(t.dep_ in ("nsubj", "nsubjpass") and t.i != head.i and t.pos_ in ("NOUN", "PROPN")
           and can_speak(t) for t in doc[first:root.i]):
        return None  # "Even as the mayor vowed …, the council voted …": two who might speak
    return _verb_attribution(root, head, q, ctx, prior)


# the full stop ending a paragraph, then the paragraph break before a quote's opening mark
_PARAGRAPH_END = re.compile(r"[.!?][^\S\n]*\n\s{0,6}$")


def _lead_stop(text: str, open_: int) -> int | None:
    """Where the sentence before a quote opening at ``open_`` ends (its full stop), when only
    spaces (``_LEAD_GAP``) or a paragraph break lie between: the quote opens its sentence or
    its paragraph right after a sentence; else None."""
    before = text[max(open_ - _LEAD_GAP, 0):open_]
    k = max(before.rfind("."), before.rfind("!"), before.rfind("?"))
    if k >= 0 and not before[k + 1:].strip(" "):
        return open_ - len(before) + k
    m = _PARAGRAPH_END.search(text, max(open_ - 12, 0), open_)
    return m.start() if m is not None else None


def _spoken(quoted: str, ctx: ArticleContext) -> bool:
    """Whether a quoted span (with its marks) reads as someone's words, not a title or a short
    phrase."""
    inner = quoted.strip(" " + "".join(m for m in QUOTE_MARKS if len(m) == 1) + "'")
    return sentence_like(inner, ctx.settings) and not is_title(inner)
