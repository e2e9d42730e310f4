"""Stage 2: speech cues in the parse — the verb (or "according to"), its speaker and its
content — as :class:`~.types.Cue` records.

A cue is a verb of the speech lexicon (``speech_verbs.txt``; phrasal verbs with their particle;
the ``ambiguous_speech_verbs`` only with a clause; "continue" not as the aspect verb: "she
continued to renew it", :func:`_aspectual`) outside quotation marks, or "according to".
Its speaker comes from :mod:`.subjects` (a share phrase the parser hung on the clause before
speaks for a subjectless verb after it, and such a report is nested, not the first cue's
content: "Two in five said A and one in six said B", :func:`.subjects.share_subject`), never a phrase wholly inside a quote when the verb is
outside it (a cue the parser coordinated with a quote's own verb shares the subject of the
clause before the quote: :func:`.subjects.partner_outside_quote`); its content is, in order: the
clausal complement (a report nested at its end cut off: "X said A, though she acknowledged B",
"…, while 73 percent said the same of B"; a trailing "so …" / "while …" clause the parser made
a second complement is never the content alone: :func:`_without_trailing`), a quoted infinitive ("tells them to “go and vote”"),
the clause before it when inverted ("…, analysts say"; not after a ``contrast_conjunctions``
word: "…, while 73 percent said the same"), the whole clause around a parenthetical cue
("African-Americans, he said, can …"; a cue set off by commas inside its clause, with its
subject before or after it, is read first, whatever the parse: "Then, says Mr Tanner, the …",
:mod:`.parenthetical`), the clause "as X put it" or "as X said" introduces, the addressee and
infinitive of a request or promise ("urged Congress to act"; ``infinitive_speech_verbs``), or the
sentence before a root cue.
An inverted cue set off by commas inside the clause it reports ("Lenox was a juggernaut, Mr.
Clarke said, until it went bankrupt") has the whole clause around it, as a parenthetical cue —
not a speech verb coordinated after it, nor a predicate with no subject of its own after "but"
("…, a spokesman said, but declined to give details": :func:`_speakers_act`, session 17). A cue
whose parse hangs its content before it goes on to the end of the sentence the same way
(:func:`.parenthetical.continued_after`: "…, a spokeswoman said, and it has used it five times";
session 27: also over a because/until/if clause, "…, the farmers argue, because it falls on …",
and between a "so" clause and its that-result, "… so costly, the minister said, that …":
:func:`.parenthetical.result_around`).
Clauses the parser hung away from the verb (a that-clause after a phrase, "said in a statement
that …"; an as-clause, "As the Post reported, …"; a gerund subject; a finite clause after the
verb of a relative clause, "…, which they say left a vacuum") are read by
:mod:`.hung_clauses`, speech nouns ("his claim that …") by :mod:`.nominal`; a content stops
before the reporter's next act coordinated into it ("said A and warned B", :mod:`.own_acts`)
and before the writer's aside that ends it ("said A, and he railed against B", "said A, even as
he has taken shots at B": :mod:`.asides`, session 19), and a clause before the subject across a
colon or sentence break is no content when one after the verb is left.
"According to X" is read by :mod:`.according`; requests and promises reported with an
infinitive (their addressee, the infinitive, the request verbs the parser reads as adjectives
after "and") by :mod:`.requests`.

When the verb has no clausal complement, these come first: a clause the parser hung on the
object ("said a law allowing the sale marked a “sad day”"; "cautioned residents that the roads
…"), the subject of a passive with a by-agent ("His death was announced by his son"), an
object holding a quoted word too short to be a quote ("described … “insane” heat"; this also
makes a *quoting* verb a cue) and the words after a colon closing the cue's phrase ("tweeted
her reasoning: the bill …"); last, the noun object of a verb whose object is what was said
(``object_speech_verbs``: "demanded an apology from the embassy", "claimed victory"), for a
finite verb whose subject can speak, not a pronoun alone ("denied it"; :func:`_spoken_object`)
and not a thing won after "claim" (``won_nouns``: "claimed his seventh world title").
Appeal verbs (``appeal_speech_verbs``: "encouraged
supporters to …") are cues only with a subject that can speak.

Multi-word and stance verbs: "made clear that …" / "made it clear that …" (the adjective stands
for the particle; the clause may hang on it), "expressed that …" (``clause_speech_verbs``: a
cue only with a finite clause of its own, "expressed concern" is no speech), "spoke out against
the law" (``stance_speech_verbs``: the object of an against/about/for/on phrase). Evaluative
speech acts (``evaluative_speech_verbs``: "blamed both X and Y for the attack", "denounced X's
claims as …") report their object with its for/as/on phrase, only with a subject that can
speak. "Reuters cited X as saying …" (``citing_verbs``): X is the speaker of *saying*
(:func:`.subjects.cited_speaker`). "reacted on Twitter, “…”" is a cue before its quote.

A that-clause hung on the verb's object (or on the verb right after it) is reported only when
the object can take it: an addressee ("assured investors that …", "told a meeting of leaders
that …") or a noun of what is said or thought (``content_nouns``: "disputed the idea that …");
after any other object it is a relative clause ("emphasizing the burden on families that the
tax would create") and after "so"/"such" on the object a result ("add so many layers that …"),
neither a content. A speech verb in a phrase of the writer's own voice ("it goes without saying
that …", "needless to say", "suffice it to say", "it is too early to say whether …", "it's hard
to tell if …"; "All told, …", "only time will tell whether …", "one could say that …"; a saying,
"It is, as they say, about time", "Something tells me …": :func:`_saying_idiom`) is no
cue, nor is an imperative opening its sentence, the writer addressing the reader ("Now tell us
this isn't …!"; not after a name and a colon, "Trump: Tell Congress …").

A clause before the verb is no content when the verb's subject is a partitive relative ("…
the themes of his songs, half of which were written with X": :func:`_antecedent_clause`), however
the parser hung it.

Being told is not speaking: a cue verb in the passive without a by-agent, or a past participle
opening its sentence ("the firm was told that …", "Warned that …, the council …";
:func:`.subjects.heard`), has no speaker, and the main clause after such a participle is never
its content; a question verb opening the sentence so ("Asked about …, she replied") has none.
An indirect question is its asker's reported words when the question verb has a subject of its
own ("Senator Ruiz asked whether the fund had been audited", "Reporters asked the minister if
she would resign" — an if-clause after the addressee parsed as a condition included, unless the
verb has an infinitive or "for" a condition could qualify: :func:`_asker_named`,
:func:`_asked_if_clause`; session 17, PolNeAR annotates them); with no asker of its own ("When
asked whether the plan would work, …", "was asked if …") it reports no statement. A question in
quotation marks is the asker's own words ("Ann Ross asked: “Who will pay for it?”").

Complexity: only tokens whose lemma is in the lexicon are visited (found on the Doc's arrays);
each cue reads its verb's neighbourhood and the edges of its content subtree, and nested
reports are found by a walk that stops at each report it finds: O(n) in the article overall.

Session 26 (s31-sources): "add" with a thing and an infinitive of purpose is no report
("Everitt added the conversion to become the fourth player …": :func:`_thing_done`).
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from typing import TYPE_CHECKING

from ... import lexicons
from ..budget import checkpoint
from ..segments import paragraph_of
from ..syntax import doc_text, first_word, index, kids, positions, sent_of
from .marks import CLOSERS, DOUBLE, is_title
from .according import according_to_cue
from .agents import can_speak
from .fragments import fragment_speaker, quoted_fragment, short_fragments
from .nominal import nominal_cue
from .asides import writer_asides
from .own_acts import reporter_acts
from .hung_clauses import (as_agent, as_report, as_time_clause, gerund_clause, prep_clause,
                           prep_clause_head, relative_report)
from .parenthetical import continued_after, parenthetical_cue, result_around
from .requests import (conjoined_request_cues, infinitive_clause, may_address, may_appeal,
                       prep_addressee, request_content)
from .spans import Intervals, content_span, subtree_size, subtree_span, text_before
from .subjects import (QUOTE_MARKS, addressee_sender, fallback_speaker, fronted_participle,
                       heard, inherited_subject, inverted_object, noun_class, participle_subject,
                       partner_outside_quote, reduced_relative_subject, reporter_of,
                       share_subject, split_subject, stranded_subject, subject)
from .types import Cue, QuoteSpan

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# where an inverted cue's clause may end before it
_INVERTED_AFTER = (",", "—", *CLOSERS)


def find_cues(doc: Doc, quote_spans: list[QuoteSpan], text: str | None = None,
              inside: Intervals | None = None, fragments: Intervals | None = None) -> list[Cue]:
    """Speech cues outside quotation marks, with speaker and content where the parse gives them.

    Args:
        doc: the parsed article.
        quote_spans: from :func:`.marks.find_quote_spans`.
        text: ``doc.text`` (pass it when you have it: building it is O(tokens)).
        inside: the quotes' :class:`Intervals` (rebuilt when omitted).
        fragments: the quoted stretches too short to be quotes (``open`` to ``outer_end``),
            for the quoting verbs (:mod:`.fragments`; found when omitted).

    Returns:
        Cues in text order; contents never run into the next cue's speaker.
    """
    verbs, phrasal = lexicons.speech_verbs()
    text = doc_text(doc) if text is None else text
    if inside is None:
        inside = Intervals([(q.open, q.outer_end) for q in quote_spans])
    if fragments is None:
        fragments = short_fragments(text, quote_spans)
    titles = Intervals([(q.open, q.outer_end) for q in quote_spans
                        if is_title(text[q.start:q.end])])
    candidates = set(positions(doc, verbs | frozenset(phrasal) | lexicons.words("document_verbs")
                               | lexicons.words("quoting_verbs")
                               | lexicons.words("clause_speech_verbs")
                               | lexicons.words("nominal_speech_cues")))
    candidates.update(positions(doc, frozenset({"according"}), attr="LOWER"))
    cues: list[Cue] = []
    for i in sorted(candidates):
        checkpoint()
        tok = doc[i]
        if tok.lower_ == "according":
            cue = according_to_cue(tok, text, inside)
        elif tok.pos_ == "NOUN":
            cue = nominal_cue(tok, text, inside)  # "Trump's claim that …"
        else:
            cue = verb_cue(tok, text, inside, titles, fragments)
        if cue is not None:
            cues.append(cue)
    cues.extend(conjoined_request_cues(doc, text, inside, {c.token_i for c in cues}))
    cues.sort(key=lambda c: c.start)
    return _trim_at_other_speakers(cues, text)


def _is_question(verb: Token, clause) -> bool:
    """Whether a question verb ("ask", ``question_verbs``) reports a question: its clause is
    opened by if, whether or a wh-word. (The caller keeps a question in quotation marks: "Ann
    Ross asked: “Who will pay for it?”" gives her own words, an indirect "asked who will pay"
    does not.)"""
    if verb.lemma_.lower() not in lexicons.words("question_verbs"):
        return False
    first = first_word(clause)
    return first.lower_ in ("if", "whether") or first.tag_ in ("WDT", "WP", "WP$", "WRB")


def _asker_named(verb: Token) -> bool:
    """Whether the question verb ``verb`` has a subject of its own, the asker ("Senator Ruiz
    asked whether the fund had been audited", "Reporters asked the minister if she would
    resign"): the question is that person's reported words, as PolNeAR annotates them. A
    question with no asker of its own — a participle ("When asked whether …, she said"), a
    passive ("he was asked if …") — reports no one's words and keeps no content, nor does a
    "which"/"who" clause set off by a comma, a relative clause rather than a question ("asked
    Russia to find the emails, which would require hacking …": :func:`_relative_after_comma`;
    "asked, why did …" stays a question)."""
    return any(c.dep_ == "nsubj" for c in kids(verb))


def _relative_after_comma(first: Token, text: str) -> bool:
    """Whether a question verb's wh-clause opening with ``first`` is a relative clause set off
    by a comma or a dash ("asked Russia to find the emails, which would require …"), not the
    asker's question."""
    return first.lower_ in ("which", "who", "whom") \
        and text_before(text, first.idx)[-1:] in (",", "—", "–", "-")


def _asked_if_clause(verb: Token, clause: Token) -> bool:
    """Whether ``clause``, an adverbial clause the parser hung on the question verb ``verb``, is
    the question an asker put ("Reporters asked the minister if she would resign": an
    if-clause after the addressee is parsed as a condition): opened by if or whether, after the
    verb, and the verb names its asker (:func:`_asker_named`) and has no infinitive or "for"
    of its own that a condition could qualify ("asked the court to wait if …", "asked for a
    delay if …")."""
    if clause.dep_ != "advcl" or clause.i < verb.i \
            or verb.lemma_.lower() not in lexicons.words("question_verbs") \
            or not _asker_named(verb):
        return False
    if any(c.dep_ in ("xcomp", "ccomp") or c.dep_ == "prep" and c.lower_ == "for"
           for c in kids(verb)):
        return False
    return first_word(clause).lower_ in ("if", "whether")


def _bare_question_participle(tok: Token) -> bool:
    """Whether ``tok`` is the participle of a question verb (``question_verbs``) with no
    subject or auxiliary of its own: "asked about the plan" set off after a report (session 20,
    :func:`_asked_after_report` and :func:`_asked_aside`). O(children of ``tok``)."""
    return tok.tag_ in ("VBN", "VBD") and tok.lemma_.lower() in lexicons.words("question_verbs") \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in kids(tok))


def _asked_after_report(tok: Token, verbs) -> bool:
    """Whether ``tok`` is the passive participle of a question verb set off by a comma after a
    speech verb with a subject of its own that the parser hung on it ("“…,” McCain said, asked
    about the plan in an interview": en_news_sm makes *asked* the root and *said* its
    parataxis): no cue, the speech verb before it is (session 20; :func:`_asked_aside` is the
    other parse). O(children of ``tok``)."""
    if not _bare_question_participle(tok) or tok.i < 2 or tok.doc[tok.i - 1].text != ",":
        return False
    return any(c.dep_ in ("parataxis", "ccomp") and c.i < tok.i
               and c.lemma_.lower() in verbs and c.lemma_.lower() != tok.lemma_.lower()
               and any(s.dep_ == "nsubj" for s in kids(c)) for c in kids(tok))


def _asked_aside(verb: Token, clause: Token) -> bool:
    """Whether ``clause``, a complement the parser gave the speech verb ``verb``, is the passive
    participle of a question verb set off by a comma after it, with no subject: the question
    the speaker answered, not the speaker's words (session 20: "“…,” the mayor said, asked
    whether the city would appeal", "Jones said Monday, asked about the missing funds";
    en_news_sm makes *asked* the *said*'s ``ccomp`` and the question its content, a quote
    nobody spoke). O(children of the clause)."""
    if clause.i < verb.i or not _bare_question_participle(clause):
        return False
    before = clause.doc[clause.i - 1]
    if before.text != ",":
        before = clause.doc[clause.i - 2] if clause.i > 1 and before.lower_ == "when" else before
    return before.text == ","


# the dependencies of a phrasal verb's second word: a particle ("point out"), an object ("put
# it") or the adjective of "make clear" (parsed as ccomp, oprd or acomp)
_PARTICLE_DEPS = ("prt", "dobj", "ccomp", "oprd", "acomp", "xcomp")


def _particle(tok: Token, particle: str | None) -> Token | None:
    """The second word of the phrasal verb ``tok`` in the parse, or None."""
    if not particle:
        return None
    return next((c for c in kids(tok) if c.dep_ in _PARTICLE_DEPS and c.lower_ == particle), None)


def _writers_idiom(tok: Token) -> bool:
    """Whether the speech verb ``tok`` is part of a phrase in the writer's own voice, which
    reports nobody's words: "it goes without saying that …", "needless to say", "suffice it
    to say", and an infinitive after an adjective whose clause has the expletive subject "it"
    ("it is too early to say whether …", "it is hard to tell if …", "it is fair to say that
    …"; not "the mayor was quick to say that …"); and the concession "That said, …" / "That
    being said, …" opening a sentence (:func:`_that_said`), whatever the parser made of the
    clause after it: "That said, the council says the budget will balance" reports the
    council's words only. Also (session 18, :func:`_set_phrase`): "All told, …" (in all),
    "time will tell" (nobody will), and a generic "one" with a modal ("one could say that …",
    "one might argue …"): a way of putting the writer's own point, not anybody's report
    ("you could say …" stays a cue: in a transcript it is the speaker's own hypothetical,
    which PolNeAR annotates). ("It's worth noting that …" stays a cue: PolNeAR annotates it as the writer's
    report.)"""
    doc = tok.doc
    head = tok.head
    if tok.dep_ == "pcomp" and head.lower_ == "without" and head.head.lemma_.lower() == "go":
        return True
    if _that_said(tok) or _set_phrase(tok):
        return True
    before = [t.lower_ for t in doc[max(0, tok.i - 3):tok.i]]
    if before[-2:] == ["needless", "to"] or "suffice" in before and before[-1:] == ["to"]:
        return True
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(tok)) or head.i == tok.i:
        return False
    if head.pos_ == "ADJ":  # "fair | to say" (or the infinitive hung on the copula after it)
        clause = head.head if head.dep_ in ("acomp", "attr", "oprd") else head
    elif head.lemma_.lower() == "be" and any(c.dep_ == "acomp" and c.pos_ == "ADJ"
                                             and c.i < tok.i for c in kids(head)):
        clause = head
    else:
        return False
    return any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in kids(clause))


# modals of a generic "one" putting the writer's point ("one could say", "one might argue")
_GENERIC_MODALS = ("could", "might", "can", "may", "would")


def _set_phrase(tok: Token) -> bool:
    """Whether ``tok`` is the speech verb of a set phrase in the writer's voice (see
    :func:`_writers_idiom`): "All told," (the verb right after "all" and before a comma, at the
    start of a clause), "tell" whose subject is "time" ("only time will tell whether …"), or a
    verb whose subject is a generic "one" (no determiner or adjective: not "the one who …")
    with a modal ("one could say that …").
    O(children of the verb)."""
    doc, i = tok.doc, tok.i
    lower = tok.lower_
    if lower == "told" and i >= 1 and doc[i - 1].lower_ == "all" and i + 1 < len(doc) \
            and doc[i + 1].text == "," and (i == 1 or doc[i - 2].is_punct
                                             or doc[i - 2].is_sent_end or doc[i - 1].is_sent_start):
        return True
    subj = next((c for c in kids(tok) if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    if tok.lemma_.lower() == "tell" and subj.lower_ == "time" \
            and not any(c.dep_ in ("dobj", "dative") for c in kids(tok)):
        return True
    if _saying_idiom(tok, subj):
        return True
    return subj.lower_ == "one" \
        and not any(c.dep_ in ("det", "amod") for c in kids(subj)) \
        and any(c.dep_ == "aux" and c.lower_ in _GENERIC_MODALS for c in kids(tok))


# what a saying may be said of or where: "as they say about X, “…”" reports; "as they say in
# football" does not
_SAYING_REPORT_PREPS = ("about", "of", "to")


def _saying_idiom(tok: Token, subj: Token) -> bool:
    """Whether ``tok`` (with subject ``subj``) is a saying quoted in the writer's voice, not
    anybody's report: "as they say" / "as people say" — the present "say" (no
    auxiliary, no object or quote of its own, no "about" phrase, no text of the sayers' own:
    "in their letter", :func:`_own_text`) opened by "as" with a generic subject
    (``saying_subjects``: "It is, as they say, a game of two halves", "As they say in football, …");
    or "something tells me" / "something told us" (a hunch: "Something tells me the fans have
    not forgiven him"). "As they say about the doctor, “…”" (said of someone, with its quote),
    "as they said in a statement" (past: a report of a statement) and "as the unions say, the
    plan is unfair" (a subject that names someone) stay cues. O(children of the verb)."""
    children = kids(tok)
    lemma = tok.lemma_.lower()
    if lemma == "tell":
        return subj.lower_ == "something" and any(
            c.dep_ in ("dobj", "dative") and c.lower_ in ("me", "us") for c in children)
    if lemma != "say" or tok.tag_ not in ("VBP", "VB") \
            or subj.lower_ not in lexicons.words("saying_subjects") \
            or any(c.dep_ == "det" for c in kids(subj)):
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in children) \
            and not (tok.i >= 2 and tok.doc[tok.i - 2].lower_ == "as"):
        return False
    # (a clause the parser hung on it is the sentence's own: "was, as people say, a white
    # elephant from the day it opened")
    # (a phrase after a comma is the sentence's own: "It is, as they say, about time")
    if any(c.dep_ in ("aux", "auxpass", "neg", "dobj", "xcomp", "dative")
           or c.dep_ == "prep" and (c.lower_ in _SAYING_REPORT_PREPS or _own_text(c))
           and not any(t.text == "," for t in tok.doc[tok.i + 1:c.i])
           for c in children):
        return False
    after = tok.doc[tok.i + 1:tok.i + 3]
    if after and after[0].dep_ == "prep" and _own_text(after[0]):
        return False  # the phrase hung elsewhere: "As they say in their letter, …"
    return not any(t.is_quote for t in after) and not any(t.text == ":" for t in after)


def _own_text(prep: Token) -> bool:
    """Whether the phrase of ``prep`` names a text of the sayers' own ("in their letter", "in a
    statement"): its object has a possessive, or is a document or speech noun."""
    obj = next((c for c in kids(prep) if c.dep_ == "pobj"), None)
    return obj is not None and (any(c.dep_ == "poss" for c in kids(obj))
                                or noun_class(obj) == "document"
                                or obj.lemma_.lower() in lexicons.words("content_nouns"))


def _that_said(tok: Token) -> bool:
    """Whether ``tok`` is the "said" of "That said," or "This said," (also "That being said,",
    "Having said that,") at the start of its sentence, after a conjunction or adverbs at most
    ("But that said,"): a concession in the writer's voice. O(1)."""
    doc = tok.doc
    if tok.lower_ != "said" or tok.i + 1 >= len(doc):
        return False
    if doc[tok.i + 1].lower_ in ("that", "this") and tok.i + 2 < len(doc) \
            and doc[tok.i + 2].text == "," and tok.i >= 1 and doc[tok.i - 1].lower_ == "having":
        start = doc[tok.i - 1].sent.start
        return all(t.pos_ in ("CCONJ", "ADV", "PUNCT", "SPACE")
                   for t in doc[start:tok.i - 1])  # "Having said that, …"
    if doc[tok.i + 1].text != ",":
        return False
    k = tok.i - 1
    if k >= 0 and doc[k].lower_ == "being":
        k -= 1
    if k < 0 or doc[k].lower_ not in ("that", "this"):
        return False
    start = doc[k].sent.start
    return all(t.pos_ in ("CCONJ", "ADV", "PUNCT", "SPACE") for t in doc[start:k])


def _imperative(tok: Token) -> bool:
    """Whether the speech verb ``tok`` is an imperative that opens its sentence (after adverbs
    or a conjunction only), or one coordinated with such an imperative: the writer addressing
    the reader ("Now tell us this isn't a witch hunt!", "Perhaps go a step further, and ask
    yourself …"), which reports nobody's words."""
    verb = tok.head if tok.dep_ == "conj" and tok.head.i < tok.i else tok
    for v in {verb, tok}:
        if v.tag_ != "VB" or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "aux",
                                            "auxpass") for c in kids(v)):
            return False
    start = verb.sent.start
    if verb.dep_ != "ROOT" or start > 0 and verb.doc[start - 1].text in (":", "\u2014", "-"):
        return False  # "Trump: Tell Congress to act": the words of the one named before
    return all(t.pos_ in ("ADV", "CCONJ", "PUNCT", "INTJ")
               for t in verb.doc[start:verb.i])


def _object_pronoun(tok: Token) -> bool:
    """Whether ``tok`` is a personal pronoun not in the nominative ("him", "her", "them",
    "you", "it"), which the parser may read as the subject of a noun it takes for a verb
    ("denied him | bail"); "he", "she", "they" are subjects (the morphology's ``Case=Nom``)."""
    return tok.tag_ in ("PRP", "PRP$") and "Nom" not in tok.morph.get("Case", [])


def _withheld(tok: Token) -> bool:
    """Whether ``tok`` is "deny" in the sense of refusing a thing: its object is one
    of the ``withheld_nouns`` ("the judge denied bail", "denied entry to the band", "denied her
    asylum"), also when the parser read the noun as a clause with an object pronoun as its
    subject ("denied him | bail"). A clause of its own ("denied that bail was set", "denied he
    would need a visa") and any other object ("denied the claims", "denied any wrongdoing")
    keep the cue. O(children of the verb)."""
    if tok.lemma_.lower() != "deny":
        return False
    nouns = lexicons.words("withheld_nouns")
    for c in kids(tok):
        if c.i < tok.i or c.lower_ not in nouns:
            continue
        if c.dep_ == "dobj":
            return True
        if c.dep_ in ("ccomp", "xcomp") and not any(
                k.dep_ in ("aux", "auxpass", "mark") or k.dep_ in ("nsubj", "nsubjpass")
                and not _object_pronoun(k) for k in kids(c)):
            return True
    return False


def _aspectual(tok: Token, verbs) -> bool:
    """Whether "continue" ``tok`` is the aspect verb, not "went on speaking" (session 17): it
    takes an infinitive or a gerund ("she continued to renew it", "many outsiders continue to
    shock the establishment", "will he continue calling himself a Democrat") or is passive
    ("its good works will be continued by the foundation"), and has no clause after it. The
    clause before it (which the parser may hang on it as a complement) was then given to it as
    an inverted report. Not when the infinitive is a speech verb ("continued to call for …",
    "continue to insist that …", also one of a phrasal speech verb: "call on"; the report
    PolNeAR annotates with "continued to …" as cue), nor when it holds a quotation mark
    ("continued to portray “illegal” migrants as criminals": words at issue). "“…,” she
    continued", "The plan, he continued, would fail" and "continued that …" stay cues."""
    if any(c.dep_ == "ccomp" and c.i > tok.i for c in kids(tok)):
        return False
    phrasal = lexicons.speech_verbs()[1]
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in kids(tok)) or any(
        c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")
        and c.lemma_.lower() not in verbs and c.lemma_.lower() not in phrasal
        and (c.tag_ == "VBG" or any(a.dep_ == "aux" and a.lower_ == "to" for a in kids(c)))
        and not any(w.is_quote for w in c.subtree)
        for c in kids(tok))


def _thing_done(tok: Token) -> bool:
    """Session 26 (s31-sources): whether the ambiguous speech verb "add" takes a thing and an
    infinitive of purpose, no report: "Everitt added the conversion to become the
    fourth player to reach 1,000 points" — a noun object, then an infinitive hung on the verb,
    or, as the parser may read it, an infinitival clause with that noun as its own subject
    ("the conversion | to become"). No quotation mark in the verb's phrase. "added that the
    conversion was …", "added: “…”" and an infinitive alone ("agreed to clean up the mines",
    PolNeAR's report) stay cues. Only "add", whose noun object is a thing added (a goal,
    points, a conversion), not words: "highlights the killings … to give context" is a report
    PolNeAR annotates. O(children of the verb)."""
    if tok.lemma_.lower() != "add":
        return False
    after = [c for c in kids(tok) if c.i > tok.i]
    if any(w.is_quote for w in tok.subtree):
        return False
    for c in after:
        if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and any(
                k.dep_ in ("xcomp", "advcl") and k.i > c.i and _infinitive(k) for k in after):
            return True
        if c.dep_ == "ccomp" and _infinitive(c) and any(
                s.dep_ == "nsubj" and s.pos_ in ("NOUN", "PROPN") for s in kids(c)):
            return True
    return False


def _infinitive(verb: Token) -> bool:
    """Whether ``verb`` heads a "to" infinitive (an aux "to", no modal nor tense)."""
    return verb.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in kids(verb))


def _is_cue_verb(tok: Token, verbs, particle: str | None) -> bool:
    lemma = tok.lemma_.lower()
    if _writers_idiom(tok) or _imperative(tok) or as_time_clause(tok) or _withheld(tok) \
            or _asked_after_report(tok, verbs):
        # (an as-clause of time: "As Clinton continued, the crowd grew louder")
        return False
    if lemma not in verbs and lemma in lexicons.words("clause_speech_verbs"):
        # "expressed that she is uninterested …": a cue only with a finite clause of its own
        return any(c.dep_ == "ccomp" and any(s.dep_ in ("nsubj", "nsubjpass") for s in kids(c))
                   for c in kids(tok))
    if lemma not in verbs and lemma in lexicons.words("document_verbs"):
        # "the report found that …": a cue only with a document subject and a clause; also
        # the subject of a reduced relative the parser took for the main verb ("A report
        # released last year found that …", session 20: subjects.reduced_relative_subject)
        subj = subject(tok) or reduced_relative_subject(tok)
        return subj is not None and subj.pos_ == "NOUN" and noun_class(subj) == "document" \
            and any(c.dep_ == "ccomp" for c in kids(tok))
    if lemma not in verbs and _particle(tok, particle) is None \
            and prep_addressee(tok, particle) is None:
        return False
    if lemma == "continue" and _aspectual(tok, verbs):
        return False
    if lemma in lexicons.words("ambiguous_speech_verbs"):
        # ambiguous verbs count only with a clausal complement (also one hung on a phrase after
        # it: "added in a statement that …"), inverted after a clause, or heading an as-clause
        # ("As the Post reported, …": :mod:`.hung_clauses`)
        if _thing_done(tok):
            return False
        return any(c.dep_ in ("ccomp", "parataxis") for c in kids(tok)) or \
            tok.dep_ in ("parataxis", "ccomp", "ROOT", "conj") or as_report(tok) \
            or prep_clause_head(tok) is not None
    return True


def verb_cue(tok: Token, text: str, inside: Intervals, titles: Intervals,
             fragments: Intervals | None = None) -> Cue | None:
    """The cue of a speech verb ``tok``, or None when it is no cue here (inside a quote, an
    ambiguous verb without a clause). ``fragments``: the short quoted stretches (see
    :func:`find_cues`; none when omitted)."""
    doc = tok.doc
    verbs, phrasal = lexicons.speech_verbs()
    lemma = tok.lemma_.lower()
    particle = phrasal.get(lemma)
    if tok.pos_ not in ("VERB", "AUX") or tok.idx in inside:
        return None
    quoted = quoting = None
    if lemma not in verbs and lemma in lexicons.words("quoting_verbs") \
            and lemma not in lexicons.words("document_verbs") \
            and (not particle or _particle(tok, particle) is None
                 and prep_addressee(tok, particle) is None):
        # a quoting verb is a cue only for a short quoted fragment in its complements, said by
        # someone who can speak ("dismissed the claim as “nonsense”": :mod:`.fragments`); its
        # longer quoted fragments are the frames' (:func:`.frames.governing_verb`)
        quoted = quoted_fragment(tok, text, inside, fragments or Intervals([]))
        quoting = fragment_speaker(tok) if quoted is not None else None
        if quoting is None:
            return None
    elif not _is_cue_verb(tok, verbs, particle) or not may_appeal(tok):
        return None
    aside = parenthetical_cue(tok, text, inside) if quoted is None else None
    was_heard: bool | None = None  # heard(tok), asked once
    speaker: Token | None
    content: tuple[int, int] | None
    if quoting is not None:
        found, speaker, span, content, parenthetical = None, quoting, None, quoted, False
    elif aside is not None:
        # "Then, says Mr Tanner, the blogging world found out": the sentence around the cue
        found, speaker, content = aside
        span, parenthetical = (found[:2] if found is not None else None), True
    else:
        found = split_subject(tok) or stranded_subject(tok) or share_subject(tok)
        if found is None and tok.dep_ in ("conj", "parataxis") and subject(tok) is None:
            # "<clause>, argued the council's lawyer, X.": the inverted subject the parser made
            # the object, not the subject of the clause it coordinated the verb with
            found = inverted_object(tok)
        span = found[:2] if found is not None else None
        speaker = found[2] if found is not None \
            else subject(tok, own=True) or as_agent(tok) or inherited_subject(tok)
        sender = addressee_sender(tok) if found is None else None
        if sender is not None:
            speaker = sender  # "emailed supporters saying: …": the sender, not the addressee
        was_heard = heard(tok)
        if was_heard:
            speaker = span = None  # "the firm was told that …": the subject heard the words
        outer = _outer_reporter(tok, speaker) if found is None else None
        if outer is not None:
            speaker = reporter_of(outer)
        if speaker is not None and speaker.idx in inside:
            speaker = span = None  # a word of the quote parsed as the subject ("''He …''")
        if speaker is None and not was_heard:
            # "…, treating it -- ''That makes me smart'' -- and asserting, ''…''"
            speaker = partner_outside_quote(tok, inside)
        content, parenthetical = _content(tok, text, titles, verbs, particle, inside)
        if content is not None and not parenthetical and content[1] <= tok.idx:
            # "A, a spokeswoman said, and B": the reported sentence goes on after its cue
            going_on = continued_after(tok, content, text, inside)
            if going_on is not None:
                content, parenthetical = going_on, True
    after_quote = False
    if speaker is None and not (heard(tok) if was_heard is None else was_heard):
        fallback, after_quote = fallback_speaker(doc, tok, text)
        if fallback is not None and tok.idx not in inside \
                and all(_quoted_word(t, inside) for t in doc[fallback[0]:fallback[1]]):
            fallback, after_quote = None, False  # a word of a quote speaks none of its cues
        if fallback is not None:
            speaker, span = fallback[2], fallback[:2]
            if after_quote:
                content = None  # the quote before is the content (found by the frame)
    if content is not None and not parenthetical:
        # the content never contains its own cue or speaker ("…, USA and officials said")
        limit = doc[span[0] if span is not None else tok.left_edge.i].idx
        if content[0] < limit < content[1]:
            content = content_span(text, content[0], limit)
    if content is not None:
        # nor leaves the cue's paragraph (a parse may join two paragraphs into one clause)
        lo, hi = paragraph_of(doc, tok.idx)
        content = content_span(text, max(content[0], lo), min(content[1], hi)) \
            if content[0] < lo or content[1] > hi else content
    a, b = _cue_text(tok, particle)
    if after_quote or aside is not None and aside[0] is not None \
            or span is not None and span[0] > tok.i:
        # "…,'' asked Mr. Manafort", "Then, warned the chief executive, …", "…, argued the
        # council's lawyer.": the name after the verb is the speaker, not its object
        b = tok.idx + len(tok.text)
    return Cue(a, b, text[a:b], lemma if not particle else f"{lemma} {particle}", speaker,
               content if content and content[1] > content[0] else None, token_i=tok.i,
               negated=any(c.dep_ == "neg" for c in kids(tok)),
               speaker_span=(doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1].text))
               if span else None)


def _quoted_word(tok: Token, inside: Intervals) -> bool:
    """Whether the whole of ``tok`` lies inside a quote (not a name glued to a closing mark:
    "paranoia,”Clinton")."""
    return tok.idx in inside and tok.idx + len(tok.text) - 1 in inside


def _content(tok: Token, text: str, titles: Intervals, verbs, particle: str | None,
             inside: Intervals) -> tuple[tuple[int, int] | None, bool]:
    """``(content span or None, parenthetical)`` of the cue verb ``tok`` (see the module doc
    for the order in which the forms are tried). A question verb opening its sentence as a
    participle ("Asked about her vote in the event that X wins, she replied …") has none: what
    follows is the question put to the subject, not anyone's statement."""
    if fronted_participle(tok) and tok.lemma_.lower() in lexicons.words("question_verbs"):
        return None, False
    # "made it clear that …": the clause may hang on the adjective standing for the particle
    word = _particle(tok, particle)
    holders = [tok] if word is None or word.dep_ == "prt" else [tok, word]
    comp = [below for h in holders for c in kids(h)
            if (c.dep_ in ("ccomp", "parataxis") or h.i != tok.i and c.dep_ == "advcl"
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in kids(c))
                or _asked_if_clause(tok, c))
            and (word is None or c.i != word.i) and not participle_subject(c, tok)
            and not _main_clause(tok, c, text) and not _result_clause(tok, c)
            and not _antecedent_clause(tok, c) and not _asked_aside(tok, c)
            and (below := _clause_below_title(c, titles)) is not None]
    xcomp = [c for c in kids(tok) if c.dep_ == "xcomp"]
    if comp:
        # a second complement that is a report of its own ("X said A — and he noted B") is not
        # X's content, nor is a report hanging off the end of it ("…, though she acknowledged B")
        own = [c for c in comp if not _nested_report(c, verbs)] or comp
        own = _after_a_break(tok, own, text)
        every = own
        own = _without_trailing(own, text)
        c = max(own, key=subtree_size)
        around = result_around(tok, comp, text, inside)
        if around is not None:
            return around, True  # "The scheme is so costly, the minister said, that it …"
        if _is_question(tok, c) and not _quoted_word(first_word(c), inside) \
                and (not _asker_named(tok) or _relative_after_comma(first_word(c), text)):
            return None, False  # "when asked if the plan would work, …": no one's words
        a, b = subtree_span(c, exclude=_nested_reports(c, verbs) + reporter_acts(c)
                            + writer_asides(c, subject(tok)))
        second = _second_clause(tok, c, verbs)
        if second is not None:  # "told reporters that A, but that B": both are reported
            b = max(b, subtree_span(second, exclude=_nested_reports(second, verbs))[1])
        for t in every:
            # a trailing "so …" / "while …" clause goes on from the content (no report of its
            # own: "said A, though he contended B" stops at A)
            if t not in own and t.i > c.i and not _nested_report(t, verbs):
                b = max(b, subtree_span(t, exclude=_nested_reports(t, verbs))[1])
        return content_span(text, a, b), False
    if not comp:
        for form in (_object_clause, prep_clause, gerund_clause, relative_report,
                     _passive_subject, _quoted_object, _after_colon, _stance_object,
                     _evaluated_object, _spoken_object):
            found = form(tok, text, inside)
            if found is not None:
                return found, False
    if xcomp and any(m in text[slice(*subtree_span(xcomp[0]))] for m in DOUBLE.marks):
        # "tells his supporters to “go to your place and vote”": a quoted infinitive
        return content_span(text, *subtree_span(xcomp[0])), False
    if tok.lemma_.lower() in lexicons.words("infinitive_speech_verbs"):
        addressee = prep_addressee(tok, particle) or next(
            (c for c in kids(tok) if c.dep_ in ("dobj", "dative") and c.i > tok.i), None)
        inf = infinitive_clause(tok, addressee)
        found = request_content(tok, inf, text, addressee if addressee is not None
                            and addressee.i < inf.i else None) if inf is not None else None
        if found is not None:
            return found, False
    if tok.dep_ in ("parataxis", "ccomp", "advcl", "conj") and tok.head.i != tok.i \
            and tok.i > tok.head.i and (subject(tok) is not None or tok.dep_ != "advcl"
                                        and inverted_object(tok) is not None) \
            and text_before(text, first_word(tok).idx)[-1:] in _INVERTED_AFTER \
            and not _contrasted(tok):
        # inverted: "<clause>, analysts say" / "<clause>, said X" / "<clause>, argued X"
        # with X parsed as the object (not a clause of its own
        # after a conjunction: "A agreed that …, while 73 percent said the same of B")
        a, b = subtree_span(tok.head, exclude=[tok])
        end = tok.right_edge.idx + len(tok.right_edge.text)
        if b > end and "," in (tok.right_edge.text, text[end:end + 1]) and _head_continues(tok) \
                and not inside.overlapping(a, b):
            # "Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt": the clause
            # goes on after the cue set off by commas; the whole clause around it, as for a
            # parenthetical cue
            return content_span(text, a, b), True
        return content_span(text, a, min(b, tok.left_edge.idx)), False
    after = tok.idx + len(tok.text)
    if tok.dep_ == "parataxis" and tok.i < tok.head.i and (subj := subject(tok)) is not None \
            and text[after:after + 80].lstrip()[:1] == "," \
            and text_before(text, subj.left_edge.idx)[-1:] == ",":
        # parenthetical: "African-Americans, he said, can …": the whole clause around it
        return content_span(text, *subtree_span(tok.head)), True
    if tok.dep_ in ("advcl", "parataxis") and tok.i < tok.head.i and (particle == "it" or any(
            c.dep_ == "mark" and c.lower_ == "as" for c in kids(tok))):
        # "As Ms. Simonyan put it, RT is …", "As I've suggested, he …": the clause it introduces
        a, b = subtree_span(tok.head, exclude=[tok])
        return content_span(text, max(a, tok.right_edge.idx + len(tok.right_edge.text)), b), False
    if tok.dep_ == "ROOT":
        # "<clause>, X said." parsed with the clause as a sibling: take the text before
        sent = sent_of(tok)
        subj = subject(tok)
        edge = min(tok.left_edge.idx, subj.left_edge.idx if subj is not None else tok.idx)
        before = content_span(text, sent.start_char, edge)
        if before[1] - before[0] > 0 and len(text[before[0]:before[1]].split()) >= 3 \
                and text[sent.start_char:edge].rstrip().endswith((",", *CLOSERS)):
            return before, False
    return None, False


def _head_continues(verb: Token) -> bool:
    """Whether the clause ``verb`` is inverted after goes on after the cue with a phrase or
    clause of its own (a child of the clause's head after the cue's subtree that is no
    punctuation)."""
    edge = verb.right_edge.i
    return any(c.i > edge and not c.is_punct and c.dep_ != "cc" and not _speakers_act(c)
               for c in kids(verb.head))


def _speakers_act(conj: Token) -> bool:
    """Whether ``conj``, a verb coordinated after a cue set off by commas, is the speaker's own
    act rather than more of the reported clause (session 17): a speech verb ("…, he said, and
    added that …": a report of its own) or a predicate with no subject of its own after "but"
    ("…, a spokesman said, but declined to give details")."""
    if conj.dep_ != "conj" or conj.pos_ not in ("VERB", "AUX"):
        return False
    if conj.lemma_.lower() in lexicons.speech_verbs()[0]:
        return True
    return not any(k.dep_ in ("nsubj", "nsubjpass", "expl") for k in kids(conj)) \
        and any(k.dep_ == "cc" and k.lower_ == "but" and k.i < conj.i for k in kids(conj.head))


def _after_a_break(verb: Token, comps: list, text: str) -> list:
    """The complements of ``verb`` to choose from: without those before its subject that a
    sentence break, colon or semicolon separates from it ("… fireworks on Friday: Republicans
    said they're convinced …", a previous sentence the parser joined to this one) when one
    after the verb is left; the clause before is then no part of what the subject says."""
    subj = subject(verb)
    if subj is None or subj.i > verb.i or not any(c.i > verb.i for c in comps):
        return comps
    start = subj.left_edge.idx
    kept = [c for c in comps if c.i > verb.i or not any(
        ch in text[c.right_edge.idx + len(c.right_edge.text):start] for ch in ".:;!?")]
    return kept or comps


def _without_trailing(comps: list, text: str) -> list:
    """The complements of a cue verb without a trailing clause the parser made a second
    complement (session 17): a clause after a comma that opens with "so" or a
    ``contrast_conjunctions`` word ("while", "whereas") and follows another complement of the
    same verb ("officials said that other economies must grow, so the US is not …"; "they say in
    the north, the race is between them and Labour, while in the south …"). It was taken alone
    as the content when it was the larger complement; the content is now the first complement,
    which :func:`_content` extends to the end of the trailing one unless that is a report of
    its own ("said A, though he contended B")."""
    if len(comps) < 2:
        return comps
    openers = ("so", *lexicons.words("contrast_conjunctions"))
    doc = comps[0].doc

    def opener(c):  # the clause's first word after its own leading comma
        i = c.left_edge.i
        while i < c.i and doc[i].is_punct:
            i += 1
        return doc[i]

    kept = [c for c in comps if not (
        (w := opener(c)).lower_ in openers and text_before(text, w.idx)[-1:] == ","
        and any(o.i != c.i and o.right_edge.i < w.i for o in comps))]
    return kept or comps


def _main_clause(verb: Token, comp: Token, text: str) -> bool:
    """Whether the clause ``comp`` the parser hung on a participle opening the sentence
    (:func:`.subjects.fronted_participle`) is the sentence's main clause after its comma or
    dash ("Asked later - war or not - | the admiral chuckled"): what the one asked did, not
    what was said."""
    return comp.i > verb.i and fronted_participle(verb) \
        and text_before(text, comp.left_edge.idx)[-1:] in (",", "-", "\u2014", "\u2013") \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(comp))


def _antecedent_clause(verb: Token, comp: Token) -> bool:
    """Whether the clause ``comp`` before ``verb`` is the clause a partitive relative subject
    of the verb hangs on: "Love and loss are among the themes of his songs, | half
    of which were written with X" — the parser makes the relative clause the root and the
    sentence its complement, but "half of which" (any "X of which / of whom": "most of whom",
    "the results of which") stands for a noun of that clause, which reports nothing. A bare "which" subject ("…, which
    was announced on Monday") may stand for the whole clause and keeps it. O(subject's
    children)."""
    if comp.i > verb.i:
        return False
    subj = next((c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i < comp.i:
        return False
    return any(p.dep_ == "prep" and p.lower_ == "of"
               and any(o.dep_ == "pobj" and o.lower_ in ("which", "whom") for o in kids(p))
               for p in kids(subj))


def _so_or_such(obj: Token) -> bool:
    """Whether "so" or "such" comes before the noun ``obj`` in its phrase ("so many layers",
    "such a mess"): a that-clause after it is a result, not what anyone said."""
    return any(w.lower_ in ("so", "such") for c in kids(obj) if c.i < obj.i
               for w in (c, *kids(c)))


def _result_clause(verb: Token, comp: Token) -> bool:
    """Whether the that-clause ``comp`` the parser hung on the speech verb belongs to an object
    between them that cannot take it (:func:`_told`): the result of a "so"/"such" object ("it
    would add so many layers of complexity | that it would be a boon for tax lawyers") or a
    relative clause of the object ("emphasizing the burden on families | that the tax would
    create") — what follows from the object or describes it, not what was said."""
    if comp.i < verb.i or not any(m.dep_ == "mark" and m.lower_ == "that" for m in kids(comp)):
        return False
    return any(c.dep_ == "dobj" and verb.i < c.i < comp.i and not _told(verb, c)
               for c in kids(verb))


def _object_clause(verb: Token, text: str, inside: Intervals) -> tuple[int, int] | None:
    """A reported clause the parser took for the verb's object ("X said a law allowing the sale
    marked a “sad day”": *law* as the object of *said*): the object when below it, not through
    a relative clause, a finite verb has a subject of its own. Not for verbs whose object is an
    addressee (``infinitive_speech_verbs``: "told reporters who had gathered …"): for those
    only a that-clause hung on the addressee ("cautioned residents that the roads …").

    A that-clause hung on an object that is no addressee is never the content: it is a relative
    clause ("emphasizing the threat that a Trump presidency would constitute") or a result
    clause ("would add so many layers of complexity that it would be a boon"; :func:`_told`)."""
    obj = next((c for c in kids(verb) if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return None
    told = _told(verb, obj)
    for t in kids(obj):
        # "cautioned residents that the roads would …": the that-clause hung on the addressee
        if t.dep_ in ("acl", "relcl") and t.i > obj.i and told and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in kids(t)) and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP")
                for c in kids(t)):
            return content_span(text, *subtree_span(t))
    if obj.pos_ == "PRON" or verb.lemma_.lower() in lexicons.words("infinitive_speech_verbs"):
        return None
    stack = list(kids(obj))
    while stack:
        t = stack.pop()
        if t.dep_ in ("relcl", "appos", "prep", "conj") or not told and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in kids(t)):
            continue  # (a relative or result clause of the object)
        if t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
                c.dep_ == "aux" and c.tag_ == "MD" for c in kids(t)):
            subj = next((c for c in kids(t) if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.tag_ not in ("WDT", "WP", "WP$") and subj.i < t.i:
                return content_span(text, *subtree_span(obj))
        stack.extend(kids(t))
    return None


def _told(verb: Token, obj: Token) -> bool:
    """Whether a that-clause hung on ``obj``, the object of the speech verb ``verb``, is what
    the verb reports: never after "so"/"such" on the object (a result: "so many layers of
    complexity that it would be a boon", "such a mess that …"); else when the verb's object is
    an addressee (``infinitive_speech_verbs``: "told a meeting of leaders that …"), the object
    can be told something (:func:`.requests.may_address` and :func:`.agents.can_speak`:
    "assured investors that …") or it is a noun of what is said or thought (``content_nouns``:
    "disputed the idea that …", "highlighted his message that …"). Otherwise the clause is a
    relative one ("emphasizing the threat that a Trump presidency would constitute")."""
    if _so_or_such(obj):
        return False
    return verb.lemma_.lower() in lexicons.words("infinitive_speech_verbs") \
        or may_address(obj) and can_speak(obj) \
        or obj.lemma_.lower() in lexicons.words("content_nouns")


def _passive_subject(verb: Token, text: str, inside: Intervals) -> tuple[int, int] | None:
    """What a passive speech verb with a by-agent reports: a that-clause the parser hung on the
    agent ("The staff were told by the manager | that the shop would close"), else its subject
    ("His death was announced by his son via Twitter": *His death*, said by the son; "a
    different side of the story was told by X"); never a pronoun ("it was said") nor, for a
    verb whose object is an addressee (``infinitive_speech_verbs``), a subject that can be
    addressed: a name, a speaker noun or a title ("the mayor was warned by …": the mayor heard).
    """
    agent = next((p for c in kids(verb) if c.dep_ == "agent" for p in kids(c)
                  if p.dep_ == "pobj"), None)
    if agent is None:
        return None
    for t in kids(agent):
        if t.dep_ in ("acl", "relcl") and t.i > agent.i and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in kids(t)) and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP")
                for c in kids(t)):
            return content_span(text, *subtree_span(t))
    subj = next((c for c in kids(verb) if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.pos_ == "PRON" or subj.i > verb.i:
        return None
    if verb.lemma_.lower() in lexicons.words("infinitive_speech_verbs") and (
            subj.pos_ == "PROPN" or noun_class(subj) is not None
            or subj.lemma_.lower() in lexicons.words("titles")):
        return None  # "the mayor was warned by …": the one addressed ("a story was told": said)
    return content_span(text, *subtree_span(subj))


def _stance_object(verb: Token, text: str, inside: Intervals) -> tuple[int, int] | None:
    """What a stance verb (``stance_speech_verbs``: "spoke out against the law") speaks about:
    the object of its against/about/for/on phrase (``stance_prepositions``)."""
    if verb.lemma_.lower() not in lexicons.words("stance_speech_verbs"):
        return None
    preps = lexicons.words("stance_prepositions")
    prep = next((c for c in kids(verb) if c.dep_ == "prep" and c.lower_ in preps
                 and c.i > verb.i), None)
    pobj = next((c for c in kids(prep) if c.dep_ in ("pobj", "pcomp")), None) \
        if prep is not None else None
    return content_span(text, *subtree_span(pobj)) if pobj is not None else None


def _evaluated_object(verb: Token, text: str, inside: Intervals) -> tuple[int, int] | None:
    """What an evaluative speech act (``evaluative_speech_verbs``) reports: its object with the
    for/as/on phrase that judges it ("blamed both the police and the council for the attack",
    "denounced the minister's claims as …"); None when a quote of its own lies inside (the
    frames give it its speaker) or there is no object."""
    if verb.lemma_.lower() not in lexicons.words("evaluative_speech_verbs"):
        return None
    obj = next((c for c in kids(verb) if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.pos_ == "PRON" and obj.lower_ != "it":
        return None
    a, b = subtree_span(obj)
    preps = lexicons.words("evaluative_prepositions")
    for c in kids(verb):
        if c.dep_ in ("prep", "advcl", "oprd") and c.i > obj.i and c.lower_ in preps:
            b = max(b, subtree_span(c)[1])
    if inside.overlapping(a, b):
        return None
    return content_span(text, a, b)


def _spoken_object(verb: Token, text: str, inside: Intervals) -> tuple[int, int] | None:
    """The noun object of a speech verb whose object is what was said (``object_speech_verbs``:
    "demanded an apology from the embassy", "claimed victory", "announced plans to give …"),
    when nothing else is its content: the object with a from/for/of/against phrase or an
    infinitive after it. Only for a finite verb with a subject of its own (or shared with the
    verb it is coordinated with) that can speak (:func:`.agents.can_speak`); never in the
    passive, in an infinitive or a gerund ("letters to demand information"), in a condition
    ("if they did not confirm their status"), for a pronoun object alone ("denied it"), an
    object that could speak itself ("denied the report", "confirmed 68 nominees") or has a
    second object ("denied Carter a photograph"), a thing won after "claim" (``won_nouns``:
    "claimed his seventh world title", "claimed a 24-17 win"), or an object that holds or
    introduces a quote of its own."""
    if verb.lemma_.lower() not in lexicons.words("object_speech_verbs") or heard(verb) \
            or verb.tag_ in ("VB", "VBG", "VBN") and not any(
                c.dep_ == "aux" and c.lower_ != "to" for c in kids(verb)) \
            or any(c.dep_ in ("auxpass", "nsubjpass", "agent") or c.dep_ == "aux"
                   and c.lower_ == "to" or c.dep_ == "mark" and c.lower_ in ("if", "unless")
                   for c in kids(verb)):
        return None
    subj = subject(verb) or (inherited_subject(verb) if verb.dep_ == "conj" else None)
    if subj is None or not can_speak(subj):
        return None
    obj = next((c for c in kids(verb) if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.pos_ in ("PRON", "NUM") or obj.tag_ in ("WDT", "WP") \
            or obj.lower_ in ("this", "that", "these", "those", "it") or can_speak(obj) \
            or any(c.dep_ == "dative" for c in kids(verb)):
        return None  # "denied Carter a photograph", "denied the report": no words of its own
    if verb.lemma_.lower() == "claim" and obj.lemma_.lower() in lexicons.words("won_nouns"):
        return None  # "claimed his seventh world title": a thing won (``won_nouns``)
    a, b = subtree_span(obj)
    if "," in text[verb.idx + len(verb.text):obj.left_edge.idx]:
        return None  # "must promise to furnish $2,000 …, a requirement that …": an apposition
    for c in kids(verb):
        if c.i > obj.i and (c.dep_ == "prep" and c.lower_ in ("from", "for", "of", "against")
                            or c.dep_ in ("xcomp", "advcl") and any(
                                k.dep_ == "aux" and k.lower_ == "to" for k in kids(c))):
            b = max(b, subtree_span(c)[1])
    if inside.overlapping(a, b) or inside.overlapping(b, sent_of(verb).end_char):
        return None  # the object is a quote's own noun ("denied the claim: “…”")
    return content_span(text, a, b)


def _quoted_object(verb: Token, text: str, inside: Intervals) -> tuple[int, int] | None:
    """An object holding a quoted word too short to be a quote of its own ("described extensive
    tire marks and “insane” heat"): the whole object is what the speaker said."""
    obj = next((c for c in kids(verb) if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return None
    a, b = subtree_span(obj)
    if sum(text[a:b].count(m) for m in DOUBLE.marks) < 2 or inside.overlapping(a, b):
        return None  # no quoted word, or a quote of its own (the frames give it its speaker)
    return content_span(text, a, b)


def _after_colon(verb: Token, text: str, inside: Intervals) -> tuple[int, int] | None:
    """Unquoted words after a colon that closes the cue's phrase ("tweeted her reasoning: the
    bill gives …", "said in a statement: the plant will close"): to the end of the sentence
    after the colon, in the cue's paragraph. A quote after the colon is left to the frames."""
    doc = verb.doc
    for j in range(verb.i + 1, min(len(doc), verb.i + 10)):
        t = doc[j]
        if t.text == ":":
            break
        if t.pos_ in ("VERB", "AUX", "PUNCT") or t.is_space:
            return None
    else:
        return None
    if j + 1 >= len(doc) or doc[j + 1].text in QUOTE_MARKS or doc[j + 1].is_space \
            or doc[j + 1].idx in inside:
        return None
    a = doc[j + 1].idx
    b = sent_of(doc[j + 1]).end_char
    lo, hi = paragraph_of(doc, verb.idx)
    content = content_span(text, a, min(b, hi))
    return content if len(text[content[0]:content[1]].split()) >= 3 else None


def _second_clause(verb: Token, first, verbs):
    """A second reported clause the parser coordinated with the cue verb instead of with its
    first clause ``first`` ("X told reporters that A, but that B"; "X said A, but B would …"):
    a finite clause with a subject of its own, right after ``first`` and a coordinating
    conjunction, that is no report of its own and opens with "that" or shares the first
    clause's form (no new speaker, no question)."""
    doc = verb.doc
    for k in kids(verb):
        if k.dep_ != "conj" or k.i < first.i or k.pos_ not in ("VERB", "AUX"):
            continue
        between = doc[first.right_edge.i + 1:k.left_edge.i]
        if not any(t.dep_ == "cc" for t in between) or any(t.pos_ not in ("PUNCT", "CCONJ")
                                                          for t in between):
            return None
        subj = [c for c in kids(k) if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj or k.lemma_.lower() in verbs or any(
                t.pos_ == "VERB" and t.lemma_.lower() in verbs for t in kids(k)):
            return None
        if any(c.dep_ == "mark" and c.lower_ == "that" for c in kids(k)) \
                or any(c.dep_ == "aux" and c.tag_ == "MD" for c in kids(k)):
            return k
        return None
    return None


def _nested_reports(clause, verbs) -> list:
    """The outermost nested reports below ``clause`` (see :func:`_nested_report`), found by a
    walk that never enters a report it found: each token is visited once per enclosing cue
    that is not itself cut off, so chains of reports stay linear."""
    doc = clause.doc
    ix = index(doc)
    # only a word of ``verbs`` can be a report (:func:`_nested_report`): the walk goes by index
    # and makes a token of those alone
    speech = set(positions(doc, verbs))
    found, stack = [], list(ix.child_ids(clause.i))
    while stack:
        i = stack.pop()
        if i in speech and _nested_report(doc[i], verbs):
            found.append(_report_clause(doc[i], clause))
        else:
            stack.extend(ix.child_ids(i))
    return found


def _nested_report(tok: Token, verbs) -> bool:
    """Whether ``tok`` is a speech verb with a clausal complement and a speaker of its own, or
    one coordinated into the clause with a subject of its own ("X said A, and Y disagreed":
    Y's disagreeing is not X's words)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in verbs \
            or any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(tok)):
        return False
    if any(c.dep_ == "ccomp" for c in kids(tok)):
        return (subject(tok) or share_subject(tok) or inherited_subject(tok)) is not None
    if tok.dep_ == "advcl" and _contrasted(tok) and subject(tok) is not None:
        return True  # "X said A, while 73 percent said the same of B"
    return tok.dep_ == "conj" and (subject(tok) is not None
                                   or _outer_reporter(tok, inherited_subject(tok)) is not None)


def _contrasted(verb: Token) -> bool:
    """Whether the clause of ``verb`` opens with a ``contrast_conjunctions`` word ("while",
    "whereas"): a clause of its own beside the one it hangs on, not its cue or content."""
    words = lexicons.words("contrast_conjunctions")
    return any(c.dep_ == "mark" and c.lower_ in words for c in kids(verb))


def _outer_reporter(tok: Token, speaker: Token | None) -> Token | None:
    """The speech verb whose report a request verb ``tok`` was coordinated into by the parser:
    in "She pointed out that the law was old and urged politicians to back the bill" *urged*
    hangs on *was* and would inherit *the law*, which cannot speak; the request is hers. Only
    for a subjectless ``infinitive_speech_verbs`` verb with an infinitive whose inherited
    subject cannot be addressed or speak (not a name, pronoun, speaker noun or title)."""
    head = tok.head
    if tok.dep_ != "conj" or head.dep_ != "ccomp" or head.head.i == head.i \
            or tok.lemma_.lower() not in lexicons.words("infinitive_speech_verbs") \
            or subject(tok) is not None or (speaker is not None and may_address(speaker)):
        return None
    addressee = next((c for c in kids(tok) if c.dep_ in ("dobj", "dative") and c.i > tok.i),
                     None)
    if infinitive_clause(tok, addressee) is None:
        return None
    outer = head.head
    verbs, phrasal = lexicons.speech_verbs()
    lemma = outer.lemma_.lower()
    return outer if lemma in verbs or _particle(outer, phrasal.get(lemma)) is not None else None


def _report_clause(tok: Token, root: Token) -> Token | None:
    """The phrase of a nested report below ``root``: the verb, or the preposition that
    introduces it ("aside from saying …")."""
    while tok.head.i != root.i and tok.head.i != tok.i and (
            tok.dep_ in ("pcomp", "pobj") or tok.head.pos_ in ("ADP", "ADV")):
        tok = tok.head
    return tok


def _cue_text(verb: Token, particle: str | None) -> tuple[int, int]:
    """The cue as written: the verb, its particle ("point out") and a short direct object or
    dative right after it ("told reporters", "told the BBC")."""
    last = verb
    for child in kids(verb):
        if child.i <= last.i:
            continue
        if child.dep_ == "prt" and (particle is None or child.lower_ == particle):
            last = child
        elif child.dep_ == "prep" and particle and child.lower_ == particle \
                and child.i == last.i + 1:
            last = child  # "called on" with "on" parsed as a preposition
        elif child.dep_ in ("dative", "dobj") and child.i == last.i + 1 or (
                child.dep_ in ("dative", "dobj") and child.left_edge.i == last.i + 1):
            if subtree_size(child) <= 4 and child.pos_ in ("NOUN", "PROPN", "PRON"):
                last = child.right_edge
    return verb.idx, last.idx + len(last.text)


def _clause_below_title(comp: Token, titles: Intervals) -> Token | None:
    """The clausal complement to use for ``comp``: ``comp`` itself, or, when the parser made a
    quoted title its head ("said on NBC's “Meet the Press” that the plan had failed"), the
    clause below the title; None when there is none."""
    if comp.idx not in titles:
        return comp
    return next((c for c in kids(comp) if c.dep_ in ("ccomp", "advcl", "conj")
                 and c.idx not in titles and c.pos_ in ("VERB", "AUX")), None)


def _trim_at_other_speakers(cues: list[Cue], text: str) -> list[Cue]:
    """A content never runs into the speaker of the next cue ("they will not attend the
    convention and others | have said …" → "they will not attend the convention")."""
    # speakers found around a misparse, right before their own verb ("others have said")
    starts = sorted((c.speaker_span[0], c.start) for c in cues
                    if c.speaker_span is not None and c.speaker_head is not None
                    and not c.according_to and 0 <= c.start - c.speaker_head.idx
                    and len(text[c.speaker_head.idx:c.start].split()) <= 3)
    keys = [s for s, _ in starts]
    trimmed = []
    for cue in cues:
        if cue.content is not None:
            a, b = cue.content
            for s, cue_start in starts[bisect.bisect_right(keys, a):bisect.bisect_left(keys, b)]:
                if cue_start >= b and s > cue.end:
                    a2, b2 = content_span(text, a, s)
                    cue = replace(cue, content=(a2, b2) if b2 > a2 else None)
                    break
        trimmed.append(cue)
    return trimmed
