"""A speech cue set off by commas inside the clause it reports: "Then, says Mr Tanner, the
blogging world found out", "The budget, says Ms Carter, was never going to survive", "The new
rules, the minister said, will come into force". The cue's subject comes after the verb
(inverted) or before it; the content is the whole sentence around the cue (up to a full stop
and a quotation opening after it, where the parser ran two sentences into one:
:func:`_sentence_end`).

The parsers disagree on such sentences (the verb as the root with the reported clause hung on
its subject, as a ccomp, or as a parataxis of the reported verb), so the rule reads the
sentence's surface with the tags, not the arcs: a speech verb between two commas (or dashes) of
its sentence, nothing between them but the verb, its auxiliaries and adverbs, a short noun
phrase (the speaker) and an addressee or time phrase ("told reporters on Monday"); before the
first comma words of the clause with no finite verb of their own outside a relative or
subordinate clause ("The budget", "Then", "The plan that he drew up", "As prices rise"), after
the second one the rest of the clause with a finite verb or a quotation ("will cost £2bn",
"“never listens to anyone.”"), not opened by a relative pronoun or a speech verb's participle;
a relative clause on an inverted speaker closed by a comma is skipped first ("The mayor, said
Ann Cole, who has known him for years, never forgets a slight"), and an inverted speaker may be
two noun phrases joined by "and" ("The budget, said Ann Rowe and other teachers, will …": the
whole coordination speaks).
"He said, then, that …" (no comma before the cue), "The budget was cut, says Ms Carter, a
former minister" (a finite clause before it) and "Omar Haddad, speaking for the ministry,
reported yesterday, “…”" (the word after the verb cannot speak, :func:`.agents.non_agent`: the
verb's own subject before the commas speaks) are not parentheticals, nor is "Maria Lopez,
whose district …, said flood defences -- … -- need repair" (the verb has a subject set off
before it and the words after it are the subject of its own complement:
:func:`_reported_subject`); a verb outside the speech
lexicon ("Then, it seems, the world found out") is never a cue. "according to X" set off the
same way sources the whole sentence (:func:`parenthetical_source`). O(k) in the k tokens of the
cue's sentence.

A cue set off by commas AFTER a complete clause may still sit inside the reported sentence when
"and" or "but" carries it on (session 17, :func:`continued_after`): "Facebook built the tool for
disasters, a spokeswoman said, and it has used it five times" (a clause with its own subject
whose verb is no speech verb) or, after a negated content, "The delay was not a money problem,
he said, but a shortage of engineers" (the phrase "but" contrasts); the content is then the
whole sentence, cue included. A predicate with no subject of its own ("…, she said, but
declined to give details") is the speaker's act, not the content's, and stays out.

Session 27 (PolNeAR's missed quotes read by class) added three shapes of the same kind, each
only for a cue set off by commas, so none builds a quote where there was none but the second:
* a clause opened by a ``continuing_conjunctions`` word after the cue's closing comma ("The
  levy is unfair, the farmers argue, because it falls on small growers": the parsers hang it
  on the cue verb) carries the report on, when it has a subject and a verb of its own that is no
  speech verb and holds no quotation (:func:`_continuing_clause`);
* a finite set-off verb the parser gave no subject speaks through the noun phrase between the
  comma and the verb — a lone quantifier hung on the verb as a modifier ("That approach, many
  argue, could …") or two noun phrases joined by "and" hung on the noun before the comma ("The
  source of the anger, farmers and shop owners say, is …"; :func:`_surface_subject`); en_news_sm
  often tags "argue" after "many" a noun, and then there is no cue at all;
* a cue between a "so"/"such" clause and its that-result ("The scheme is so costly, the minister
  said, that it may never be finished": the parsers make the result the verb's complement)
  reports the whole sentence, not the result alone (:func:`result_around`, called by
  :func:`.cues._content`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ... import lexicons
from ..syntax import sent_of
from .marks import CLOSERS
from .spans import Intervals, content_span
from .agents import non_agent
from .subjects import QUOTE_MARKS, not_speaker, phrase_after, subject

if TYPE_CHECKING:
    from spacy.tokens import Token

# the marks that set a parenthetical off
_SEPARATORS = (",", "—", "–", "--")
# tags of a finite verb
_FINITE = ("VBD", "VBZ", "VBP", "MD")
# words of the set-off phrase besides the verb and its speaker: auxiliaries, adverbs, an
# addressee or a time phrase ("has since told reporters on Monday")
_PHRASE_POS = ("PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM", "ADV", "ADP", "PART", "AUX")
# at most this many tokens between the separators
_MAX_PHRASE = 10
# at most this many tokens in a relative clause on the speaker set off after the phrase
_MAX_RELATIVE = 25


def parenthetical_cue(verb: Token, text: str, inside: Intervals
                      ) -> tuple[tuple[int, int, Token] | None, Token, tuple[int, int]] | None:
    """``(speaker token range or None, speaker head, content span)`` when the speech verb
    ``verb`` is set off by commas inside the clause it reports, else None.

    The token range ``(start, end, head)`` is given for an inverted subject ("says Mr Tanner");
    a subject before the verb ("she said") is its parse subject, with no range. The content is
    the verb's sentence (from its first word outside a quotation mark), cue and speaker
    included, as for the other parenthetical cues.
    """
    doc = verb.doc
    sent = sent_of(verb)
    left = next((j for j in range(verb.i - 1, max(sent.start, verb.i - _MAX_PHRASE) - 1, -1)
                 if doc[j].text in _SEPARATORS), None)
    right = next((j for j in range(verb.i + 1, min(sent.end, verb.i + _MAX_PHRASE + 1))
                  if (word := doc[j].text) in _SEPARATORS or word in ("(", ")", ";", ":")
                  or word in QUOTE_MARKS), None)
    if left is None or right is None or doc[right].text not in _SEPARATORS:
        return None
    phrase = doc[left + 1:right]
    inverted = all(t.pos_ == "ADV" for t in doc[left + 1:verb.i])  # "…, (then) said X and Y, …"
    if any(t.i != verb.i and (t.pos_ not in _PHRASE_POS or t.tag_ in ("WDT", "WP", "WRB")
                              or t.pos_ == "AUX" and t.head.i != verb.i)
           and not (inverted and _joins_speakers(t, verb))
           and not (not inverted and _joins_before(t, left, verb)) for t in phrase) \
            or any(t.idx in inside for t in phrase):
        return None
    start = _clause_around(doc, left, right, inside, relative=True)
    if start is None:
        return None
    found = None
    head = subject(verb)
    if head is not None and left < head.i < verb.i:
        pass  # "The new rules, the minister said, will …"
    elif not inverted and (found := _surface_subject(doc, left, verb)):
        head = found[2]  # "That plan, many argue, would …": a subject the parser left loose
    elif inverted:
        found = phrase_after(doc, verb)  # inverted: "Then, says Mr Tanner, the …"
        if found is not None and found[1] < right and _joins_speakers(doc[found[1]], verb):
            # "The budget, said Ann Rowe and other teachers, would …": both speak
            end = found[1] + 1
            while end < right and doc[end].pos_ in ("PROPN", "NOUN", "DET", "ADJ", "NUM"):
                end += 1
            found = (found[0], end, found[2])
        if found is None or found[1] > right or non_agent(found[2]):
            return None  # "X, speaking for …, reported yesterday, “…”": X's own cue
        if _set_off_subject(head, left) and (_object_of(found[2], verb)
                                             or _reported_subject(found[2], verb)):
            # "X, who …, told POLITICO, “…”": X's cue, POLITICO its addressee; "X, who …,
            # said tenants, not owners, will pay": X's cue, *tenants* the reported subject
            return None
        head = found[2]
    else:
        return None
    if head is None or not_speaker(head):
        return None
    return found, head, content_span(text, start, _sentence_end(doc, right, sent.end, inside))


def _sentence_end(doc, right: int, end: int, inside: Intervals) -> int:
    """Where the sentence of a set-off cue ends, after its separator at token ``right`` (the
    sentence ends at token ``end``): at a full stop, question or exclamation mark outside a
    quotation that a quotation mark opening a quotation follows (its first word capitalised),
    where the parser ran two sentences into one or cut the next one after its opening mark ("In any case, Mr Hale said, the market was full. ''It was waiting …,'' he said":
    the content ends at "full."), else at the sentence's end. O(k) in its k tokens."""
    for k in range(right + 1, min(end, len(doc) - 2)):
        if doc[k].text in (".", "?", "!") and doc[k].idx not in inside \
                and doc[k + 1].text in QUOTE_MARKS and doc[k + 2].idx in inside \
                and doc[k + 2].text[:1].isupper():
            return doc[k].idx + 1
    return doc[end - 1].idx + len(doc[end - 1].text)


def parenthetical_source(according: Token, pobj: Token, text: str, inside: Intervals
                         ) -> tuple[int, int] | None:
    """The content of "according to X" set off by commas inside the clause it sources ("The
    plan, according to officials, will cost £2bn"): the sentence around it, from its first word
    outside a quotation mark; None when it is not set off so."""
    doc = according.doc
    left, right = according.i - 1, pobj.right_edge.i + 1
    if left < 0 or right >= len(doc) or doc[left].text not in _SEPARATORS \
            or doc[right].text not in _SEPARATORS:
        return None
    start = _clause_around(doc, left, right, inside)
    if start is None:
        return None
    return content_span(text, start, _sentence_end(doc, right, sent_of(according).end, inside))


def _clause_around(doc, left: int, right: int, inside: Intervals, relative: bool = False
                   ) -> int | None:
    """Where the clause around the phrase set off by the separators at tokens ``left`` and
    ``right`` starts (its first word outside a quotation mark), or None when the words before
    it have a finite verb of their own (outside a relative or subordinate clause), or those
    after it have none and no quotation, or go on with a relative pronoun or a speech verb's
    participle (an apposition of the speaker: "…, says Ms Carter, who …", "…, adding …").
    A gerund subject goes on ("…, said Mr Hogan, filtering out e-mail … can stop …").
    ``relative``: a relative clause on the speaker ("who", "whose", "which") set off by its
    own commas right after the phrase is skipped, and the clause goes on after it ("The mayor,
    said Ann Cole, who has known him for years, never forgets a slight";
    :func:`_after_relative`)."""
    sent = sent_of(doc[left])
    before = [t for t in doc[sent.start:left] if not t.is_punct and not t.is_space
              and t.idx not in inside]
    if relative:
        right = _after_relative(doc, right, sent.end, inside)
    after = doc[right + 1:sent.end]
    if not before or any(_main_finite(t) for t in before) \
            or not any(t.tag_ in _FINITE or t.text in QUOTE_MARKS or t.text in CLOSERS
                       for t in after):
        return None
    first_after = next((t for t in after if not t.is_punct), None)
    if first_after is None or first_after.tag_ in ("WDT", "WP", "WP$", "WRB") \
            or first_after.tag_ == "VBG" and first_after.head.i < right \
            and _reports(first_after):
        return None  # "…, adding that …": a report of its own, not a gerund subject
    return before[0].idx


def _after_relative(doc, right: int, end: int, inside: Intervals) -> int:
    """The comma that closes a relative clause on the speaker opened right after the comma at
    token ``right`` ("…, said Ann Cole, | who has known him for years, | never …"), within
    ``_MAX_RELATIVE`` tokens and the sentence ending at token ``end``; ``right`` itself when
    none opens there or none closes it (the relative clause ends the sentence)."""
    if right + 1 >= end or doc[right + 1].lower_ not in ("who", "whose", "which") \
            or doc[right].text != "," or doc[right - 1].pos_ not in ("PROPN", "NOUN"):
        return right
    for j in range(right + 2, min(end, right + 2 + _MAX_RELATIVE)):
        if doc[j].idx in inside or doc[j].text in QUOTE_MARKS \
                or doc[j].text in ("(", ")", ";", ":"):
            return right
        if doc[j].text == ",":
            return j
    return right


def _joins_speakers(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` is an "and" joining two noun phrases after the set-off verb ``verb``
    ("said Ann Rowe and other teachers"): a noun right before it and a word of a noun phrase
    right after it."""
    doc = tok.doc
    return tok.lower_ == "and" and tok.pos_ == "CCONJ" and verb.i + 1 < tok.i \
        and tok.i + 1 < len(doc) and doc[tok.i - 1].pos_ in ("PROPN", "NOUN") \
        and doc[tok.i + 1].pos_ in ("PROPN", "NOUN", "DET", "ADJ", "NUM")


def _joins_before(tok: Token, left: int, verb: Token) -> bool:
    """Whether ``tok`` is an "and" joining two noun phrases between the separator at ``left``
    and the set-off verb ``verb`` ("The source of the anger, farmers and shop owners say, is
    …"): a noun right before it and a word of a noun phrase right after it."""
    doc = tok.doc
    return tok.lower_ == "and" and tok.pos_ == "CCONJ" and left + 1 < tok.i < verb.i - 1 \
        and doc[tok.i - 1].pos_ in ("PROPN", "NOUN") \
        and doc[tok.i + 1].pos_ in ("PROPN", "NOUN", "DET", "ADJ", "NUM")


def _surface_subject(doc, left: int, verb: Token) -> tuple[int, int, Token] | None:
    """The speaker of a finite set-off verb the parser gave no subject (session 27): the noun
    phrase between the separator at ``left`` and the verb (its adverbs and auxiliaries aside),
    when the verb has no subject child inside the phrase (the parser may make the clause's
    subject before the comma the verb's; "…, he's said the same thing …" with *he* a passive
    subject is no set-off cue) and the phrase is nothing but a noun phrase, or two joined by
    "and", ending in a noun or a non-personal pronoun — or a lone quantifier ("That approach,
    many argue, could …": *many* hung on the verb as a modifier; "The source of the anger,
    farmers and shop owners say, is …": the speakers hung on the noun before the comma as its
    conjuncts). ``(start, end, head)``: the phrase's token range and its last word; None
    otherwise. O(k) in the phrase's tokens."""
    if verb.tag_ not in _FINITE or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")
                                       and left < c.i < verb.i for c in verb.children):
        return None  # a subject of its own in the phrase ("…, he's said the same thing …")
    end = verb.i
    while end > left + 1 and doc[end - 1].pos_ in ("ADV", "AUX", "PART"):
        end -= 1
    words = doc[left + 1:end]
    if not len(words) or words[0].pos_ == "CCONJ" \
            or any(t.pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "CCONJ")
                   for t in words):
        return None
    last = words[-1]
    if last.tag_ in ("PRP", "PRP$") or last.pos_ not in ("NOUN", "PROPN", "PRON") \
            and not (len(words) == 1 and last.pos_ in ("ADJ", "DET")):
        return None
    return left + 1, end, last


def _reports(tok: Token) -> bool:
    """Whether ``tok`` is a speech or citing verb ("adding", "saying", "pointing out",
    "citing")."""
    verbs, phrasal = lexicons.speech_verbs()
    lemma = tok.lemma_.lower()
    return lemma in verbs or lemma in phrasal or lemma in lexicons.words("citing_verbs")


def _main_finite(tok: Token) -> bool:
    """Whether ``tok`` is a finite verb (or auxiliary) of a main clause: not of a relative or
    subordinate clause ("The only parts that would keep going", "As the tactics change")."""
    if tok.tag_ not in _FINITE:
        return False
    verb = tok.head if tok.dep_ in ("aux", "auxpass") else tok
    return verb.dep_ not in ("relcl", "acl", "advcl", "csubj") \
        and not any(c.dep_ == "mark" for c in verb.children)


def _set_off_subject(head: Token | None, left: int) -> bool:
    """Whether ``head``, the verb's parse subject, ends before the separator at ``left`` with an
    apposition or a relative clause set off between them ("Dick Dever, who was listed …, |
    told"; "Maria Lopez, a teacher, | told"): the verb after it is the subject's own, not a cue
    set off inside another clause ("The only shops that would stay open, | said the council,")."""
    if head is None or head.i + 1 >= left:
        return False
    return head.doc[head.i + 1].text in _SEPARATORS


def _object_of(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` (or the noun it is part of) is the direct object or the addressee of
    ``verb``: an inverted subject ("says Mr Tanner") is never its verb's object."""
    while tok.dep_ in ("compound", "flat", "amod") and tok.head.i != tok.i:
        tok = tok.head
    return tok.head.i == verb.i and tok.dep_ in ("dobj", "dative", "iobj", "obj")


def _reported_subject(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` (or the noun it is part of) is the subject of a clause the parser made
    ``verb``'s complement: the words after the verb open what was said, they do not name who
    said it."""
    while tok.dep_ in ("compound", "flat", "amod") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ccomp" \
        and tok.head.head.i == verb.i and tok.head.i > verb.i


def continued_after(verb: Token, content: tuple[int, int], text: str, inside: Intervals
                    ) -> tuple[int, int] | None:
    """The content of the speech verb ``verb`` carried on to the end of its sentence when the
    cue, set off by commas after its content, is followed by "and" or "but" and the rest of the
    reported sentence (session 17): a clause of its own ("Facebook built the tool for
    disasters, a spokeswoman said, and it has used it five times this year"), or, after a
    negated content, the phrase "but" contrasts with ("The delay was not a money problem, he
    said, but a shortage of engineers"). The span then holds the cue, as a parenthetical's
    does. None when the sentence does not go on so: a predicate with no subject of its own
    ("…, she said, but declined to give details": the speaker's, not the content's), a clause
    whose verb is a speech verb ("…, he said, and she added that …": a report of its own) or a
    cue that does not follow its content. O(k) in the k tokens of the cue's sentence."""
    doc = verb.doc
    sent = sent_of(verb)
    left = next((j for j in range(verb.i - 1, max(sent.start, verb.i - _MAX_PHRASE) - 1, -1)
                 if doc[j].text == ","), None)
    right = next((j for j in range(verb.i + 1, min(sent.end, verb.i + _MAX_PHRASE + 1))
                  if doc[j].text in _SEPARATORS or doc[j].text in (";", ":", "(", ")")
                  or doc[j].text in QUOTE_MARKS), None)
    if left is None or right is None or doc[right].text != "," or right + 2 >= sent.end \
            or content[1] > doc[left].idx or content[0] >= doc[left].idx:
        return None
    if text[content[1]:doc[left].idx].strip(" ”’\"'"):
        return None  # the content does not run up to the cue's comma
    if any(t.idx in inside or t.pos_ not in _PHRASE_POS and t.i != verb.i
           for t in doc[left + 1:right]):
        return None  # more than a speaker, adverbs and a time phrase set off
    joiner = doc[right + 1].lower_
    if joiner in lexicons.words("continuing_conjunctions"):
        return _continuing_clause(doc, right, sent, content, text, inside)
    if joiner not in ("and", "but") or doc[right + 2].idx in inside:
        return None
    end = _sentence_end(doc, right, sent.end, inside)
    tail = [t for t in doc[right + 2:sent.end] if t.idx < end]
    verbs = lexicons.speech_verbs()[0]
    own = [t for t in tail if t.dep_ in ("nsubj", "nsubjpass", "expl") and t.head.i > right + 1
           and t.head.pos_ in ("VERB", "AUX") and t.i < t.head.i]
    if own and tail[0].pos_ not in ("VERB", "AUX") \
            and own[0].head.lemma_.lower() not in verbs \
            and not any(t.head.i == own[0].head.i and t.dep_ == "ccomp" for t in tail):
        return content_span(text, content[0], end)  # "…, a spokeswoman said, and it has …"
    negated = any(t.dep_ == "neg" or t.lower_ in ("not", "n't", "never")
                  for t in doc[sent.start:left] if content[0] <= t.idx < content[1])
    if joiner == "but" and negated and tail[0].pos_ in ("DET", "NOUN", "PROPN", "ADJ", "NUM") \
            and not any(t.tag_ in _FINITE and t.dep_ not in ("relcl",) and t.head.i == t.i
                        for t in tail):
        return content_span(text, content[0], end)  # "was not X, he said, but Y"
    return None


def _continuing_clause(doc, right: int, sent, content: tuple[int, int], text: str,
                       inside: Intervals) -> tuple[int, int] | None:
    """The content carried on over a cue set off by commas when a ``continuing_conjunctions``
    word right after the cue's closing comma opens a finite clause (session 27): "There is no
    risk of a strike, union leaders insist, because the talks have gone well" — the parsers hang
    the because-clause on the cue verb, but it goes on with the reported sentence (PolNeAR
    annotates it as the second side of the content). The conjunction must be the clause verb's
    ``mark``, the verb must have a subject of its own and be no speech verb ("…, he said, if
    she asked him": …); a clause holding a quotation mark or a speech verb's complement stays
    out. The span holds the cue, as a parenthetical's does. O(k) in the sentence's tokens."""
    mark = doc[right + 1]
    head = mark.head
    if mark.dep_ != "mark" or head.i <= mark.i or head.pos_ not in ("VERB", "AUX") \
            or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children) \
            or head.lemma_.lower() in lexicons.speech_verbs()[0]:
        return None
    end = _sentence_end(doc, right, sent.end, inside)
    tail = [t for t in doc[right + 1:sent.end] if t.idx < end]
    if not tail or any(t.idx in inside or t.text in QUOTE_MARKS for t in tail) \
            or head.right_edge.i < tail[-1].i and not tail[-1].is_punct \
            or any(t.dep_ == "ccomp" and t.head.lemma_.lower() in lexicons.speech_verbs()[0]
                   for t in tail):
        return None
    return content_span(text, content[0], end)


def result_around(verb: Token, comps: list, text: str, inside: Intervals
                  ) -> tuple[int, int] | None:
    """The whole sentence around a cue set off by commas between a "so"/"such" clause and the
    that-clause of its result (session 27): "The scheme is so costly, the minister said, that it
    may never be finished" — the parsers hang the that-clause on the cue verb as its
    complement (``comps``: the verb's clausal complements), and the quote was only the result;
    the report is the whole sentence, cue included, as for the other parenthetical cues. The
    clause before is the one the verb hangs on (a parataxis or a clausal conjunct) or the
    verb's own complement before it; a comma must open the cue's phrase and another close it
    right before "that", and "so" or "such" must modify a word of the clause before. None
    otherwise. O(k) in the sentence's tokens."""
    doc = verb.doc
    comp = next((c for c in comps if c.i > verb.i), None)
    head: Token | None
    if verb.dep_ in ("parataxis", "conj", "ccomp") and verb.head.i < verb.i:
        head = verb.head
    else:
        head = next((c for c in comps if c.i < verb.i and c.dep_ in ("ccomp", "parataxis")),
                    None)
    if comp is None or head is None \
            or not any(m.dep_ == "mark" and m.lower_ == "that" and m.i == comp.left_edge.i
                       for m in comp.children) \
            or comp.left_edge.i < 1 or doc[comp.left_edge.i - 1].text != ",":
        return None
    start = verb.left_edge.i if head.i > verb.i or head.i == verb.head.i else head.right_edge.i + 1
    if doc[start].text == ",":  # the cue's phrase; its opening comma may hang on the verb
        start += 1
    if start < 1 or doc[start - 1].text != "," or start - 1 <= head.left_edge.i:
        return None
    before = doc[head.left_edge.i:start - 1]
    if not any(t.lower_ in ("so", "such") and t.dep_ in ("advmod", "predet", "amod", "det")
               and t.head.pos_ in ("ADJ", "ADV", "NOUN") for t in before) \
            or any(t.idx in inside for t in doc[head.left_edge.i:comp.right_edge.i + 1]):
        return None
    return content_span(text, doc[head.left_edge.i].idx,
                        comp.right_edge.idx + len(comp.right_edge.text))
