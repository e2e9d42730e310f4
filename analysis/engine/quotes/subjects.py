"""Who speaks: the subject of a cue verb in the parse, and the speaker phrases the parser
attached elsewhere.

:func:`subject` is the verb's own subject (passive agents included, datelines skipped up to
their dash: "ORLANDO, Fla. (Reuters) - President X said"; :func:`dateline_dash`; a subject the
parser hung on the verb's auxiliary when a phrase parts them: "Her allies have in the past
said …"; a surname the tagger read as a modal before a past-tense verb, "May said:",
:func:`_modal_name`);
:func:`inherited_subject` the subject it shares with a coordinated or governing verb ("he said …
and added", "…, saying", "X, who said"; a participle set off after a subordinate clause has the
main clause's subject: "X spoke after the senator won, remarking …"; a present-tense verb
coordinated with a clause whose subject it cannot agree with has the subject of the verb
reporting that clause: "Nurses say the director ignores … and insist …", :mod:`.agreement`);
a participle clause opening the sentence that the parser made the subject hides the name
of ``NAME, <role>, said`` it swallowed: the name speaks ("Welcoming the ruling, Maeve
Sherlock, chief executive of the Refugee Council, said": :func:`fronted_clause_name`, session
17), and so does the name before a role that :func:`phrase_before` would otherwise take
("Welcoming the decision, Ngozi Adeyemi, head of the trust, said");
:func:`split_subject` and
:func:`stranded_subject` repair two common misparses; :func:`fallback_speaker` looks around the
verb when the parse gave it no subject at all (also an age phrase the tagger read as the verb's
modifier: "“…,” the 22-year-old said", :func:`_age_phrase`); :func:`heard` tells a cue verb in
the passive without a by-agent ("the firm was told that …") or a participle opening its sentence
("Warned that …, the council …") or a participle coordinated with a passive ("was arrested and
told he would be held": :func:`passive_conjunct`, session 17), whose subject heard the words and
whose speaker is unknown, unless the passive is a contracted "has" ("He's said he will run":
:func:`perfect_contraction`) or reports the subject's own words ("is reported to have said",
"“…,” she is reported as saying": :func:`raised_speaker`).
Where the parser took another clause for the sentence's verb, a subjectless cue shares that
clause's subject ("The coach praised his players, then said …":
:func:`misparsed_clause_subject`), and a gerund cue on a verb's object speaks for that verb's
subject ("has a long history of telling reporters that …": :func:`gerund_owner`), and so does a
to-infinitive cue the parser hung on a noun that cannot speak ("went out of her way to say …",
"took pains to say …": :func:`_infinitive_on_thing`, :func:`_infinitive_owner`), and so does
a participle the parser hung on the addressee of a verb of writing or sending
(``addressing_verbs``: "emailed supporters saying …", "sent a message to members saying …":
:func:`addressee_sender`, also when the parser made the addressee the participle's subject;
not "interviewed farmers saying …"). Each reads a
bounded neighbourhood of the verb: O(1) per cue (children through
:mod:`analysis.engine.syntax`).

A candidate that cannot be the agent of speech (:mod:`.agents`: "the move", "his recent
attacks", a date) is passed over where the parse offers a better one: a cue the parser hung on
another speech verb's reported clause speaks for that verb's speaker ("He said his recent
attacks had worked and said …"), a stranded noun before a verb is no subject ("used blunt
language to denounce …"), and a phrase right before a subjectless cue is taken only when it
can speak ("About 4 in 10 say …"). A name before its role that the parser made a second
subject ("Ban Ki-moon, the secretary general of the United Nations, urged …") is the subject,
also when the role's closing comma is left out ("Rhys Owen, Plaid health spokesman said").
An inverted subject after an unquoted reported clause that the parser made the verb's object
("…, argued the council's lawyer, Tom Beck.") is the speaker (:func:`inverted_object`).
A cue the parser coordinated with the verb of a quote ("…, treating her remark as a compliment
-- ''That makes me smart'' -- and, when questioned, asserting, ''…''") shares the subject of
the latest clause before the quote, outside quotation marks (:func:`partner_outside_quote`),
not the quote's own first word.

Where the parse hides the speaker of a cue it found (session 15): a participle set off after a
reporting verb the parser gave no subject, or an infinitive on such a verb, speaks for that
verb's speaker found around the misparse ("“…,” said Skelly, explaining …": the name after
the verb; "… - Hendry continued to insist …"), and a participle the parser gave the reporting
clause as its parataxis, or hung beside that parataxis on the quote's verb, for that clause's
subject ("…,” he said, not even suggesting …", "…,” Sanders said, going on to say …":
:func:`_reporter_before_participle`); a verb coordinated with the first verb's complement
shares that verb's subject ("He called it “shameful” and called on …"), one coordinated after
a sibling conjunct with a subject shares the sibling's (:func:`_sibling_subject`); a noun
whose relative clause ends right before a subjectless verb is its speaker ("a White House
official who spoke anonymously said …": :func:`_relative_clause_subject`); a passive cue's
by-agent hung on its infinitive speaks ("had been asked to keep them by the committee":
:func:`displaced_agent`), and so does the subject raised from a perfect infinitive of speech
("X is reported to have called …": :func:`raised_speaker`); a participle on a share noun
whose *of* phrase names people is the share's ("the proportion of GOP voters saying …":
:func:`_counted_of`). Each candidate must be able to speak (:mod:`.agents`).

Session 13: a share phrase right before a finite subjectless speech verb, after a conjunction
or comma ("Two in five said A and one in six said B", "…, but about 30 percent said B") is its
subject, before any inherited one (:func:`share_subject`); a participle hung on a reporting
clause set after what it reports ("X cannot claim that “…,” Alvarez added, saying …") is that
reporter's, not the speaker's of the clause above (:func:`_inverted_reporter`), also when the
parser made that clause the participle's sibling; a participle right after the object of an
absolute *with* ("…, with about one in five saying …") is that object's, not after a verb's
own *with* ("met with leaders saying …"; :func:`_with_subject`); a participle set off by a
comma right after a whole absolute *with* clause whose subject is a named person goes on from
that clause when the main verb's subject cannot speak ("The trouble began, with Ann Ross
marching up to him, saying “…”": Ross; :func:`_with_clause_before`); a participle the parser made
the predicative complement of a verb right after its object ("have left 58 percent of patients
saying …") is the object's when it can speak (:func:`_object_before_participle`); a speech
participle right after an *of* phrase naming someone is that one's, wherever the parser hung it
("a video of the police chief saying …" on *video*, "reminds me of Lincoln saying …" on the
verb), unless the phrase hangs on a noun that can speak or a share ("members of the union
saying …", "62 percent of voters saying …"; session 18, :func:`_of_object_before_participle`).

A surname the tagger read as an adverb of the speech verb right after it ("Desailly says …",
"“…,” Reilly said": *-ly* surnames are ``ADV``/``advmod`` on both models) is that verb's
speaker when it is capitalised, no stop word, and follows a closing quotation mark or a
capitalised word, or opens its sentence and is written so elsewhere in the article (lead,
session 18 of the issue log; :func:`_name_read_as_adverb`). Session 19 takes such a word (or a
capitalised "Will" tagged the modal of a past form) after a fronted phrase too when the article
writes it as a surname elsewhere, and for quoting verbs ("Early described it as “…”",
:func:`name_before_quoting_verb`); an inverted speaker parsed as the object of a speech verb
before a quotation ("…, explained moderator Ellen Park: “…”") is :func:`inverted_before_quote`.

Session 25 (s30-sources): a region closing a set-off aside is no subject ("the BBC's Sarah
Hale, with the hunt in Badminton, Gloucestershire said": :func:`place_closing_aside`, the
person before the aside speaks); a prepositional aside after a comma is no subject phrase
("Mike Hale, from the league, said": :func:`phrase_before` leaves it to the name before); and
"…, NAME, <role> told" with the name hung elsewhere as a loose modifier and the role the only
subject is the name's (:func:`_name_before_role_subject`), when the name is set off by commas
and the role is no organisation, group or document.

Session 27 (s32-speakers): a participle set off after a reported clause is the reporter's also
when the parser hung it on a verb coordinated with or governed inside that clause, not on the
clause's own verb ("She said her brother had been … and would do the same …, saying that …",
"A strategist said Ms Hale will have to decide which side she is on, saying, “…”":
:func:`_reported_clause_above`, up through ``conj``, ``xcomp`` and a ``ccomp`` of no speech
verb to the first ``ccomp`` of a speech verb before the participle; a coordinated clause with
a subject of its own keeps its participle); a participle set off right after a relative clause
(or a finite ``acl``) whose verb is a speech verb with a subject of its own goes on with that
subject's words ("…, a charge that county officials denied, noting that …":
:func:`_speaking_relative_before`; a relative clause of no speech leaves it to the main clause).
evidence, item, notice and column are ``document`` nouns of ``speaker_nouns.csv``, so a
participle on them is theirs ("there is anecdotal evidence suggesting that …").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ... import lexicons
from ..syntax import kids, sent_of
from .agents import can_speak, names_someone, non_agent
from .agreement import agreeing_governor_subject
from .headnames import appositive_name
from .marks import CLOSERS, CLOSING_MARKS, OPENING_MARKS
from .own_acts import reporter_act
from .spans import text_before

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def not_speaker(tok: Token) -> bool:
    """Whether ``tok`` is a word that never speaks (``not_speakers`` lexicon: "that", "who"), or
    a quantifier pronoun (``quantifier_speakers``: "everyone", "none"), which speaks only as the
    cue verb's own subject (:func:`subject` with ``own``; session 19)."""
    return tok.lower_ in lexicons.words("not_speakers") \
        or tok.lower_ in lexicons.words("quantifier_speakers")


def own_quantifier(tok: Token) -> bool:
    """Session 19: whether ``tok`` is a quantifier pronoun of ``quantifier_speakers`` ("none
    has said …", "almost everyone agrees …") that is no ``not_speakers`` word: the speaker of
    the cue verb it is the subject of — never a subject another verb inherits ("Not that
    anyone is arguing, … emails suggest …": not anyone's words)."""
    return tok.lower_ in lexicons.words("quantifier_speakers") \
        and tok.lower_ not in lexicons.words("not_speakers")


def noun_class(tok: Token) -> str | None:
    """The class of a speaker noun (``speaker_nouns.csv``: anonymous, group, organization,
    document) by its lemma, else by its own lower-case form (a row for a form only: "papers" is
    a document where "paper" may be a newspaper), or None."""
    nouns = lexicons.table("speaker_nouns")
    return nouns.get(tok.lemma_.lower()) or nouns.get(tok.lower_)

def phrase_before(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """Token range of a noun phrase right before ``verb`` after a comma, used as its speaker when
    the parse attached it elsewhere ("…, USA and European officials said"), also when a comma
    closes it ("Among likely voters, about two-thirds, 67 percent, say": the share in
    apposition: a finite verb only, never "…, and then a visual vote, declaring …"; a phrase
    with a name, a conjunction or an adverb then is left to the rules after it, such as
    :func:`_before_apposition`, which reads a name's role)."""
    j = verb.i - 1
    while j >= 0 and doc[j].dep_ in ("aux", "neg", "advmod") and j > verb.i - 4:
        j -= 1
    closed = j == verb.i - 1 and j > 0 and doc[j].text == "," \
        and verb.tag_ in ("VBP", "VBZ", "VBD")
    if closed:
        j -= 1
    end = j + 1
    while j >= 0 and not doc[j].is_punct and end - j <= 8 and doc[j].lower_ != "that":
        j -= 1
    start = j + 1
    if start >= end or (j >= 0 and doc[j].text not in (",", "—", "–")):
        return None
    if not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in doc[start:end]):
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in doc[start:end]):
        return None
    if closed and doc[start].pos_ == "ADP" and doc[start].dep_ == "prep":
        # "Mike Hale, from the league, said": a prepositional aside is no subject; the name
        # before it is (:func:`_before_apposition`; session 25)
        return None
    if closed and (any(t.pos_ == "PROPN" or t.ent_type_ for t in doc[start:end]
                       if not t.like_num and t.ent_type_ not in ("PERCENT", "CARDINAL"))
                   or any(t.pos_ in ("CCONJ", "ADV") for t in doc[start:end])):
        return None  # a name between commas is an apposition's (:func:`_before_apposition`)
    if closed and j > 0 and doc[j].text == "," \
            and _name_before_role(doc, verb.i - 1, sent_of(verb).start) is not None:
        # "Welcoming the decision, Ngozi Adeyemi, head of the trust, said": the role is the
        # name's apposition, the name speaks (:func:`_before_apposition`; session 17)
        return None
    return start, end


# a closing quotation mark, as a token or as the end of the text before a word
CLOSING = (*CLOSERS, "''")


# quotation marks as tokens (the straight ' is left out: an apostrophe as often)
QUOTE_MARKS = (set(OPENING_MARKS + CLOSING_MARKS) - {"'"}) | {"''", "`"}


DASHES = {"-", "--", "—", "–", "―"}
#: the most tokens a dateline runs over before its dash
_DATELINE_MAX = 10
# the conjunctions of a clause of simultaneous action ("as a repairman walks in", "while …")
_SIMULTANEOUS = ("as", "while")


def is_dateline(tok: Token) -> bool:
    """Whether ``tok`` is the place word in capitals of the dateline opening a paragraph
    ("WASHINGTON --", "ORLANDO, Fla. (Reuters) -", "CLEVELAND, July 19 (UPI) —"): see
    :func:`dateline_dash`."""
    return dateline_dash(tok) is not None


def dateline_dash(tok: Token) -> int | None:
    """The index of the dash that ends the dateline whose place word in capitals is ``tok``,
    else None. A dateline opens a paragraph with a place in capitals ("WASHINGTON", "LA
    CROSSE") and runs to a dash within :data:`_DATELINE_MAX` tokens over words in capitals or
    capitalised ("Fla.", "Wisc."), numbers (a date) and commas, periods or parentheses
    ("(Reuters)"). O(1): at most 2 x :data:`_DATELINE_MAX` tokens are read."""
    doc = tok.doc
    if not tok.text.isupper() or len(tok.text) < 3:
        return None  # the place itself: "NATO Secretary General Jens Stoltenberg -- …" is none
    start = tok.i
    while start > 0 and tok.i - start < _DATELINE_MAX and not _paragraph_start(doc, start):
        start -= 1
    first = doc[start]
    if not _paragraph_start(doc, start) or not first.is_alpha or not first.text.isupper() \
            or len(first.text) < 2:
        return None
    for j in range(start + 1, min(len(doc), start + _DATELINE_MAX)):
        word = doc[j]
        if word.text in DASHES:
            return j if j > tok.i else None
        if not (word.text.isupper() or word.text[:1].isupper() or word.like_num
                or word.text in ",.()"):
            return None
    return None


def _paragraph_start(doc: Doc, i: int) -> bool:
    return i == 0 or "\n" in doc[i - 1].text_with_ws or doc[i - 1].is_space


def subject(verb: Token, own: bool = False) -> Token | None:
    # The subject nearest the verb: when a quote is misparsed as a second subject
    # ("“That’s right,” Melanie said"), the quote's word is the farther one. ``own``: the verb
    # is the cue whose speaker is sought, so a quantifier pronoun subject speaks
    # (:func:`own_quantifier`, session 19); else it is no speaker, as before.
    subjects = sorted((c for c in kids(verb) if c.dep_ in ("nsubj", "csubj")),
                      key=lambda c: abs(c.i - verb.i))
    if subjects:
        child = subjects[0]
        named = _name_before_role_subject(verb, subjects)
        if named is not None:
            return named
        if child.text in QUOTE_MARKS:
            # "「…,」 the mayor said": the closing mark parsed as the subject, the speaker as its
            # apposition
            return next((c for c in kids(child) if c.dep_ == "appos" and c.i > child.i), None)
        dash = dateline_dash(child)
        if dash is not None:
            # "WASHINGTON -- President Obama, …, said", "ORLANDO, Fla. (Reuters) - …": the
            # dateline is not the speaker; the name after its dash is
            return next((c for c in kids(child) if c.dep_ == "appos" and c.i > dash), None)
        if child.lower_ in ("those", "these") and any(
                c.dep_ in ("amod", "acl", "relcl", "prep", "advmod") for c in kids(child)):
            return child  # "Those close to him say …"
        fronted = fronted_clause_name(verb, child)
        if fronted is not None:
            return fronted  # "Welcoming the ruling, Maeve Sherlock, chief executive of …, said"
        placed = place_closing_aside(child)
        if placed is not None:
            return placed  # "Sarah Hale, with the hunt in Badminton, Gloucestershire said"
        if own and own_quantifier(child):
            return child  # "none has said …": not the candidates of the clause before
        return None if not_speaker(child) else child
    for child in kids(verb):
        if child.dep_ == "nsubjpass":
            if perfect_contraction(verb):
                # "He's said he will run": "has said", the subject speaks
                return None if not_speaker(child) else child
            for agent in kids(verb):
                if agent.dep_ == "agent":
                    for pobj in kids(agent):
                        if pobj.dep_ == "pobj":
                            return pobj
            displaced = displaced_agent(verb)
            if displaced is not None:
                return displaced  # "he was asked to keep them by the committee"
            if raised_speaker(verb):
                # "X is reported to have called them “…”": X spoke, the passive reports it
                return None if not_speaker(child) else child
            return None  # "he was told": the subject heard, not spoke
    for aux in kids(verb):
        # "The mayor's allies have in the past said …": the subject hung on the auxiliary
        # that a phrase separates from its verb
        if aux.dep_ == "aux" and aux.i < verb.i - 1 \
                and any(not t.is_punct for t in verb.doc[aux.i + 1:verb.i]):
            hung = next((c for c in kids(aux) if c.dep_ == "nsubj" and c.i < aux.i), None)
            if hung is not None:
                return None if not_speaker(hung) else hung
    return _modal_name(verb)


def fronted_clause_name(verb: Token, child: Token) -> Token | None:
    """The name of ``<participle clause>, NAME, <role>, said`` when the parser made the
    participle opening the sentence the verb's subject and hung the name and its role inside
    that clause ("Welcoming the ruling, Maeve Sherlock, chief executive of the Refugee
    Council, said …": *Welcoming* the ``csubj``; "Writing on social media, Priya Raman, a
    councillor for the ward, said": *Writing* the ``nsubj``; session 17): ``child`` is a
    ``VBG``/``VBN`` verb before ``verb``, a comma right before ``verb`` closes a common-noun
    role in apposition to a proper noun (:func:`_name_before_role`) inside ``child``'s
    subtree; else None. O(tokens of the role phrase)."""
    if child.tag_ not in ("VBG", "VBN") or child.pos_ not in ("VERB", "AUX") \
            or child.i >= verb.i or child.dep_ not in ("csubj", "nsubj"):
        return None
    doc = verb.doc
    comma = verb.i - 1
    if comma <= child.i or doc[comma].text != ",":
        return None
    found = _name_before_role(doc, comma, sent_of(verb).start)
    if found is None or not child.left_edge.i <= found[0] <= child.right_edge.i + 1 \
            or found[0] <= child.i:
        return None
    return found[2]


#: the most parse steps from the place before the comma up to the aside's preposition
_ASIDE_STEPS = 6


def place_closing_aside(child: Token) -> Token | None:
    """Session 25 (s30-sources): the person's name of ``NAME, <prep> … PLACE, REGION said``
    when the parser made the region closing the set-off aside the verb's subject ("the BBC's
    Sarah Hale, with the Beaufort Hunt in Badminton, Gloucestershire said …", "Our reporter
    Anna Bell, at the scene in Ashford, Kent said": British copy leaves out the aside's
    closing comma, so "Town, County" reads as a place and a subject). ``child`` is a bare
    proper noun (compounds only) right after a comma; the word before that comma a proper
    noun inside a prepositional phrase that opens right after a comma following a PERSON
    name's last word: that word is the subject — the word before the comma a place of the NER,
    no verb in the aside ("… by Donald Trump, including suggestions that troops be withdrawn
    from Asia, Carter stressed": Carter), the name no object. Else None. O(aside)."""
    doc = child.doc
    first = child.left_edge.i
    if child.pos_ != "PROPN" or first < 4 or doc[first - 1].text != "," \
            or any(c.dep_ != "compound" for c in kids(child)):
        return None
    tok = doc[first - 2]
    if tok.pos_ != "PROPN" or tok.ent_type_ not in _PLACE_LABELS:
        return None
    for _ in range(_ASIDE_STEPS):
        if tok.dep_ == "prep" and doc[tok.i - 1].text == ",":
            break
        if tok.head.i == tok.i or tok.head.i >= first:
            return None
        tok = tok.head
    else:
        return None
    if tok.dep_ != "prep" or tok.i < 2 \
            or any(t.pos_ in ("VERB", "AUX") for t in doc[tok.i:first]):
        return None  # an aside with a clause ("including suggestions that … be withdrawn")
    name = doc[tok.i - 2]
    return name if name.pos_ == "PROPN" and name.ent_type_ == "PERSON" \
        and name.dep_ not in ("pobj", "dobj", "dative") else None


#: what the NER calls the town before the region ("in Badminton, Gloucestershire said")
_PLACE_LABELS = ("GPE", "LOC", "FAC")


def _modal_name(verb: Token) -> Token | None:
    """A surname the tagger read as a modal: "May said:", "Will added" — a capitalised word
    tagged MD that the parser hung as the auxiliary of the past-tense verb right after it
    (a modal takes the base form, so "May said" is no modal's clause). O(1)."""
    if verb.tag_ != "VBD" or verb.i == 0:
        return None
    aux = verb.doc[verb.i - 1]
    if aux.dep_ != "aux" or aux.head.i != verb.i or aux.tag_ != "MD" or not aux.is_alpha \
            or not aux.text[:1].isupper() or aux.text.isupper():
        return None
    return aux


def set_off_cue(verb: Token) -> bool:
    """Whether ``verb`` is a cue set off inside its subject's own clause: a comma right after
    it and none right before it ("Clinton, a top aide said, is confident": the aide speaks,
    about Clinton, so "Clinton" is no name before the role)."""
    doc = verb.doc
    return verb.i + 1 < len(doc) and doc[verb.i + 1].text == "," \
        and (verb.i == 0 or doc[verb.i - 1].text != ",")


#: how a parser hangs a name it did not make the subject, before "NAME, <role> said"
_LOOSE_NAME_DEPS = ("npadvmod", "intj", "dep", "appos")


def _name_before_role_subject(verb: Token, subjects: list[Token]) -> Token | None:
    """The name of ``NAME, <role phrase>, said`` that the parser made a second subject of the
    verb instead of the role's apposition ("Ban Ki-moon, the secretary general of the United
    Nations, urged …": *moon* and *general* both subjects): the farther subject, a proper noun,
    when the nearer is a common-noun phrase set off by commas between it and the verb, or
    opened by a comma and running right up to the verb (the closing comma left out, common
    in British copy: "Rhys Owen, Plaid health spokesman said: …"; also when the nearer is an
    ORG name after a PERSON name: "Colin Hale, Whitby Hoteliers Association said: …", the
    person's organisation) unless a comma follows the
    verb (a cue set off inside the name's own clause: "Clinton, a top aide said, is …"); else
    None. The role stays in the text between them."""
    before = sorted((c for c in subjects if c.i < verb.i), key=lambda c: c.i)
    doc = verb.doc
    if len(before) == 1:
        # session 25: the name the parser hung elsewhere as a loose modifier ("…, Alan
        # Hale, Labour's election strategist told …": *Hale* an npadvmod of the clause
        # before), not an object or a preposition's ("Asked about Hale, the spokesman said"),
        # set off by a comma before it too (not "… to visit her daughter Esther, the church
        # posted"), before a common-noun role that is no organisation, group or document
        lone = doc[before[0].left_edge.i - 2] if before[0].left_edge.i >= 2 else None
        if lone is None or lone.dep_ not in _LOOSE_NAME_DEPS or lone.ent_type_ != "PERSON" \
                or before[0].pos_ != "NOUN" \
                or noun_class(before[0]) in ("organization", "group", "document"):
            return None
        name_start = lone.i
        while name_start > 0 and doc[name_start].ent_iob_ == "I":
            name_start -= 1
        if name_start == 0 or doc[name_start - 1].text != ",":
            return None
        before = [lone, before[0]]
    if len(before) < 2:
        return None
    far, near = before[-2], before[-1]
    end = near.right_edge.i if doc[near.right_edge.i].text == "," else near.right_edge.i + 1
    closed = end < verb.i and doc[end].text == ","
    # without the closing comma, not a cue set off inside the name's own clause ("Clinton, a
    # top aide said, is confident": the aide speaks, about Clinton)
    unclosed = end == verb.i and not set_off_cue(verb)
    # the role may be the person's organisation, named: "Colin Hale, Whitby Hoteliers
    # Association said" (a PERSON name, then an ORG name, both subjects)
    affiliation = near.pos_ == "PROPN" and near.ent_type_ == "ORG" and far.ent_type_ == "PERSON"
    if far.pos_ != "PROPN" or near.pos_ != "NOUN" and not affiliation \
            or not far.left_edge.text[:1].isupper() \
            or near.left_edge.i != far.right_edge.i + 2 or doc[far.right_edge.i + 1].text != "," \
            or not (closed or unclosed):
        return None
    return far


def heard(verb: Token) -> bool:
    """Whether the cue verb ``verb`` is a passive without a by-agent ("the firm was told that it
    would lose the contract", "customers who were told they would get a refund", "after being
    informed that he would be charged", "only to be told to wait") or a past participle opening
    its sentence ("Warned that the bridge was unsafe, the council closed it", :func:`fronted
    participle <fronted_participle>`) or a participle coordinated with a passive ("was arrested
    and told he would be held", :func:`passive_conjunct`, session 17): its subject, or the one it would share with the verb
    above it, was told, warned or asked, and did not speak; the speaker is unknown (never that
    subject, nor a name found around the verb). A by-agent names the speaker ("was told by the
    manager that …": :func:`subject`)."""
    if any(c.dep_ == "agent" for c in kids(verb)) or perfect_contraction(verb) \
            or displaced_agent(verb) is not None or raised_speaker(verb):
        return False
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in kids(verb)) \
        or fronted_participle(verb) or passive_conjunct(verb)


#: what a coordinated verb has of its own when it is no bare passive participle
_OWN_ARGUMENTS = ("nsubj", "nsubjpass", "auxpass", "aux", "expl", "dobj", "dative", "iobj", "agent")


def passive_conjunct(verb: Token) -> bool:
    """Whether ``verb``, a speech verb that names its addressee when active
    (``addressee_speech_verbs``: tell, inform, advise …), is a passive participle coordinated
    with a passive verb before it and sharing its auxiliary ("Mr Adeyemi was arrested at the
    border and told he would be held", "only to be confined and told he would stay"): a
    ``conj`` with no subject, auxiliary or object of its own ("was arrested and told reporters
    …" is active) after a verb (or a chain of conjuncts back to one) with a passive auxiliary or
    subject and no by-agent. O(children of the conjuncts)."""
    if verb.dep_ != "conj" or verb.lemma_.lower() not in lexicons.words("addressee_speech_verbs") \
            or any(c.dep_ in _OWN_ARGUMENTS for c in kids(verb)):
        return False
    head = verb.head
    for _ in range(4):
        if head.i >= verb.i or head.pos_ not in ("VERB", "AUX"):
            return False
        if any(c.dep_ == "agent" for c in kids(head)):
            return False
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in kids(head)):
            return True
        if head.dep_ != "conj":
            return False
        head = head.head
    return False


def displaced_agent(verb: Token) -> Token | None:
    """The by-agent of a passive cue verb that the parser hung on the verb's infinitive
    complement instead ("he had been asked to preserve the files by the committee": *by* a
    preposition of *preserve*): the object of a *by* of the ``xcomp`` after the verb, when it
    can speak (:func:`.agents.names_someone`, a noun or name, not a number: "told to leave by
    the door", "asked to pay by Friday" name no one); else None. O(children of two verbs)."""
    if not any(c.dep_ in ("auxpass", "nsubjpass") for c in kids(verb)) \
            or any(c.dep_ == "agent" for c in kids(verb)):
        return None
    for comp in kids(verb):
        if comp.dep_ != "xcomp" or comp.i < verb.i:
            continue
        for prep in kids(comp):
            if prep.dep_ in ("prep", "agent") and prep.lower_ == "by":
                pobj = next((c for c in kids(prep) if c.dep_ == "pobj"), None)
                if pobj is not None and pobj.pos_ in ("NOUN", "PROPN") and not pobj.like_num \
                        and names_someone(pobj):
                    return pobj
    return None


def raised_speaker(verb: Token) -> bool:
    """Whether the passive ``verb`` reports its subject's own speech through a perfect
    infinitive ("Obama is reported to have called the Saudis “free riders”", "she was said to
    have told aides …"): the subject, raised from the speech verb of the infinitive, is its
    speaker, not one who heard. The infinitive's verb is a speech or quoting verb with both
    "to" and "have" before it ("was asked to explain" stays a request the subject heard). So is
    "as" + the gerund of a speech verb right after the passive ("“…,” Ms Okoye is reported as
    saying", session 17)."""
    verbs = lexicons.speech_verbs()[0]
    for comp in kids(verb):
        if comp.dep_ == "prep" and comp.lower_ == "as" and comp.i == verb.i + 1 and any(
                c.dep_ == "pcomp" and c.tag_ == "VBG" and c.lemma_.lower() in verbs
                for c in kids(comp)):
            return True  # "“…,” Ms Okoye is reported as saying": her words
        if comp.dep_ == "xcomp" and comp.i > verb.i and (
                comp.lemma_.lower() in verbs
                or comp.lemma_.lower() in lexicons.words("quoting_verbs")):
            auxes = {c.lower_ for c in kids(comp) if c.dep_ == "aux"}
            if "to" in auxes and "have" in auxes:
                return True
    return False


#: the contracted auxiliary that is "is" or "has": "he's said" is "he has said"
_CONTRACTED_S = ("'s", "\u2019s")


def perfect_contraction(verb: Token) -> bool:
    """Whether the passive the parser read in ``verb`` is a present perfect written with a
    contracted "has" ("He's said he will run again", "who's argued for years that …", "She's
    told reporters that …"): the only passive auxiliary is "'s" and the verb reports a finite
    clause (a ``ccomp``) with no infinitive, its subject (passive, or active beside the
    auxiliary as the small model parses "who’s argued") is not the expletive "it" ("It's
    said that …" stays a passive: nobody is named) and, for a verb whose object is an
    addressee (``infinitive_speech_verbs``: "told", "asked"), an object follows ("she's told
    that …" may be "she is told"). "He's said to be furious" (an infinitive) stays a passive.
    O(children of the verb)."""
    aux = [c for c in kids(verb) if c.dep_ == "auxpass"]
    if len(aux) != 1 or aux[0].lower_ not in _CONTRACTED_S or aux[0].i > verb.i:
        return False
    subj = next((c for c in kids(verb) if c.dep_ in ("nsubjpass", "nsubj")), None)
    if subj is None or subj.lower_ == "it" or subj.i > aux[0].i:
        return False
    comps = [c.dep_ for c in kids(verb) if c.i > verb.i]
    if "ccomp" not in comps or "xcomp" in comps:
        return False
    return verb.lemma_.lower() not in lexicons.words("infinitive_speech_verbs") \
        or "dobj" in comps or "dative" in comps


def fronted_participle(verb: Token) -> bool:
    """Whether ``verb`` is a past form (``VBN``, or ``VBD`` as small models tag it) with no
    subject or auxiliary of its own that opens its sentence, alone or after a word such as
    "when" or "later": a participle clause ("Asked about the report, the admiral chuckled")
    whose understood subject is the one told or asked."""
    if verb.tag_ not in ("VBN", "VBD") or any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "aux", "auxpass", "expl")
            for c in kids(verb)):
        return False
    start = sent_of(verb).start
    before = lexicons.words("participle_openers")  # "When asked …", "Later told …"
    return all(verb.doc[k].lower_ in before for k in range(start, verb.i)) \
        and verb.i - start <= 1


def clause_subject(verb: Token) -> Token | None:
    """The grammatical subject of a clause, passive or not ("FBI officials were angered by the
    deal and predicted …": the officials, not the agent)."""
    subjects = sorted((c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass", "csubj")),
                      key=lambda c: abs(c.i - verb.i))
    if not subjects or not_speaker(subjects[0]):
        return None
    return subject(verb) if subjects[0].dep_ != "nsubjpass" else subjects[0]


def document_author(noun: Token) -> Token | None:
    """The author of a document noun (class ``document`` in ``data/speaker_nouns.csv``: a
    statement, a count) when the sentence names one: "a count by The Associated Press", "a court
    document filed by X", "an interview his brother gave", "X released a statement", and
    (session 19) "X responded in a letter saying …" (the subject of the verb the document's
    *in* hangs on)."""
    if noun.pos_ != "NOUN" or noun_class(noun) != "document":
        return None
    for child in kids(noun):
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            pobj = next((c for c in kids(child) if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ in ("PROPN", "NOUN"):
                return pobj
        if child.dep_ == "acl" and child.lemma_.lower() not in lexicons.words("receipt_verbs"):
            for agent in kids(child):
                if agent.dep_ == "agent":
                    pobj = next((c for c in kids(agent) if c.dep_ == "pobj"), None)
                    if pobj is not None:
                        return pobj
        if child.dep_ == "relcl":
            subj = subject(child)
            if subj is not None and subj.i > noun.i and not not_speaker(subj):
                return subj
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        subj = subject(noun.head)
        if subj is not None and subj.pos_ in ("PROPN", "NOUN", "PRON"):
            return subj
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "in" and prep.dep_ == "prep" \
            and prep.head.pos_ == "VERB" and prep.head.i < prep.i:
        # session 19: "Forbes shot back in an article stating …", "The senator responded in a
        # letter saying …": the one who answered in the document wrote it
        subj = subject(prep.head)
        if subj is not None and subj.pos_ in ("PROPN", "NOUN", "PRON") and can_speak(subj) \
                and noun_class(subj) != "document":
            return subj
    return None


def cited_speaker(verb: Token) -> Token | None:
    """The person a citing verb (``citing_verbs``) reports as speaking: "Reuters cited Ahmed
    Karimi, chief of …, as saying …" / "the broadcaster quoted X as saying …": the object of
    *cited*, not its subject, says what *saying* reports. None for any other verb."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "as" or prep.head.i == prep.i:
        return None
    citing = prep.head
    if citing.lemma_.lower() not in lexicons.words("citing_verbs"):
        return None
    return next((c for c in kids(citing) if c.dep_ == "dobj" and c.i < prep.i), None)


def inherited_subject(verb: Token) -> Token | None:
    """Subject shared with a coordinated or governing verb: "he said … and added", "…, saying";
    for "cited X as saying" the cited person (:func:`cited_speaker`); for the reporter's next
    act the parser coordinated into its report ("X said he would order … and warned …",
    :mod:`.own_acts`) the reporter X."""
    cited = cited_speaker(verb)
    if cited is not None:
        return cited
    of_saying = _of_object_before_participle(verb)
    if of_saying is not None:
        # "released a video of the police chief saying …", "reminds me of Lincoln saying …":
        # the one the *of* phrase names right before the participle speaks, wherever the
        # parser hung the participle (on the video, on the verb)
        return of_saying
    left_saying = _object_before_participle(verb)
    if left_saying is not None:
        # "The closures have left 58 percent of patients saying …": the object the participle
        # follows with no comma speaks, not the subject of the verb it hangs on
        return left_saying
    absolute = _with_subject(verb)
    if absolute is not None:
        # "… described themselves as moderates, with about one in five saying …": the object
        # of *with* the participle follows speaks, not the main clause's subject
        return absolute
    absolute = _with_clause_before(verb)
    if absolute is not None:
        # "The trouble began on the show, with Ann Ross marching up to him, saying “…”": the
        # participle goes on from the absolute clause right before it, not the main clause's
        return absolute
    simultaneous = _simultaneous_clause_subject(verb)
    if simultaneous is not None:
        # "X asks as a repairman walks in with a ladder, saying …": the repairman's words
        return simultaneous
    reporter = _reporter_before_participle(verb)
    if reporter is not None:
        # "“…,” he said, not even suggesting …": the parser made the participle the root
        return reporter
    relative = _speaking_relative_before(verb)
    if relative is not None:
        # "…, a charge that county officials denied, noting that …", "…, which Mr. Hale called
        # “a disgrace”, blaming …": the relative clause right before the participle reports
        # its own subject's words, and the participle goes on with them (session 27)
        return relative
    main = _main_clause_of_participle(verb)
    if main is not None:
        # "X spoke on his show after the senator won her primary, remarking that …", "X
        # dismissed claims that the campaign is breaking the law, saying …": the participle set
        # off after a subordinate clause belongs to the main clause, not to that clause's subject
        subj = subject(main) or inherited_subject(main)
        if subj is not None and (can_speak(subj)
                                 or main.lemma_.lower() in lexicons.speech_verbs()[0]):
            return subj
    agreeing = agreeing_governor_subject(verb, clause_subject, noun_class)
    if agreeing is not None:
        # "Nurses say the director ignores … and insist that …": a present-tense verb that
        # cannot agree with the subject of the clause it is coordinated with (:mod:`.agreement`)
        return agreeing
    tok = verb
    reported = _reported_clause_above(verb) if verb.dep_ == "advcl" and verb.tag_ == "VBG" \
        else None
    if reported is not None and reported.head.i < verb.i \
            and reported.head.lemma_.lower() in lexicons.speech_verbs()[0] \
            and not _inverted_reporter(reported):
        # "X warned that the incident could foreshadow …, remarking that …": the participle
        # hangs off the reported clause but belongs to the reporting verb before it (not to
        # one after it: in "Trump welcomed the news, saying …, CNN reported" Trump says);
        # session 27: also off a verb coordinated with or governed inside that clause ("She
        # said her father had been … and would do the same, saying …", "said Clinton will
        # have to choose …, saying …": :func:`_reported_clause_above`)
        subj = reporter_of(reported.head)
        if subj is not None:
            return subj
    if verb.dep_ in ("conj", "advcl") and verb.head.dep_ == "ccomp" \
            and verb.head.head.i < verb.head.i and reporter_act(verb) \
            and not _inverted_reporter(verb.head) \
            and verb.head.head.lemma_.lower() in lexicons.speech_verbs()[0]:
        # "X said he would order … and warned …": the reporter's next act (:mod:`.own_acts`)
        subj = reporter_of(verb.head.head)
        if subj is not None:
            return subj
    for _ in range(4):
        if tok.dep_ in ("conj", "advcl", "xcomp", "pcomp", "acomp") and tok.head.i != tok.i \
                or _chained_participle(tok):
            if tok.dep_ == "conj" and tok.tag_ == "VBG" and tok.head.pos_ == "NOUN":
                # "by mentioning the need for a wall and adding, …": a participle the parser
                # coordinated with a noun inside the first one's object
                verb_above = tok.head
                for _ in range(6):
                    if verb_above.pos_ == "VERB" or verb_above.head.i == verb_above.i:
                        break
                    verb_above = verb_above.head
                if verb_above.pos_ == "VERB":
                    tok = verb_above
                    subj = clause_subject(tok)
                    if subj is not None:
                        return subj
                    continue
            finite_conj = tok.dep_ == "conj" and tok.tag_ in ("VBD", "VBZ", "VBP")
            tok = tok.head
            if finite_conj and tok.pos_ in ("ADJ", "NOUN") \
                    and tok.dep_ in ("oprd", "acomp", "attr", "dobj") \
                    and tok.head.pos_ in ("VERB", "AUX") and tok.head.i < tok.i:
                # "He called it “shameful” and called on …": the parser coordinated the verb
                # with the first verb's complement; it shares that verb's subject, one who
                # can speak (else the reporter whose clause it is, or none)
                tok = tok.head
                subj = clause_subject(tok)
                if subj is not None and can_speak(subj):
                    return subj
                return _reporter_subject(tok)
            # "began by saying …", "aside from saying …": up through the preposition (and
            # the adverb it hangs on) to the verb; "Since announcing …, Mr. Biden has …", "In
            # addition to stating …, Clinton has vowed …": through a subordinating "since" and
            # the noun of a multi-word preposition too
            while tok.head.i != tok.i and (
                    tok.pos_ in ("ADP", "ADV", "SCONJ") and tok.dep_ in ("prep", "advmod")
                    or tok.dep_ == "pobj" and tok.pos_ == "NOUN" and tok.head.pos_ == "ADP"):
                tok = tok.head
            sender = addressee_sender(tok)
            if sender is not None:
                return sender  # "emailed supporters saying: “…” and vowing to …"
            reporter = _reporter_before_participle(tok) if tok.tag_ == "VBG" else None
            if reporter is not None:
                return reporter  # "…,” Sanders said, going on to say …"
            subj = clause_subject(tok)
            if subj is not None and non_agent(subj):
                # "He said his recent attacks had worked and said …", "X said the deadlock
                # has “kept us safe” before claiming …": the parser hung the cue on the
                # reported clause, whose subject is its topic; the reporter speaks on
                outer = _reporter_subject(tok)
                if outer is not None:
                    return outer
            if subj is not None:
                return subj
        elif tok.dep_ in ("relcl", "acl") and _infinitive_on_thing(tok):
            # "went out of her way to say …", "took pains to say …", "pointed to an earlier
            # ruling to say …": a to-infinitive the parser hung on a noun that is no speaker
            # speaks for the subject of the verb that noun belongs to
            return _infinitive_owner(tok)
        elif tok.dep_ == "relcl":
            # "X, who said …"; "a video that said …" speaks for its author; "X is a lawyer
            # who said …": the one the predicate noun describes
            return document_author(tok.head) or described_subject(tok.head) or tok.head
        elif tok.dep_ == "acl":
            sender = _addressee_sender(tok)
            if sender is not None:
                # "The senator emailed supporters saying …", "sent a text message to
                # supporters saying: …": the one who wrote to them says it
                return sender
            acting = _organisation_object_subject(tok)
            if acting is not None:
                return acting  # "Mr Hockney left UKIP saying …", "Lycos shut the campaign saying …"
            if tok.head.pos_ in ("PROPN", "PRON", "NUM"):
                # "footage of Trump saying …": the named one speaks; "postings that included
                # one saying …": the one counted
                return tok.head
            author = document_author(tok.head)
            if author is not None:
                return author  # "She released a statement saying …"
            if tok.head.pos_ == "NOUN" and tok.i > tok.head.i and (
                    noun_class(tok.head) is not None
                    or tok.head.lemma_.lower() in lexicons.words("share_nouns")
                    or tok.head.tag_ == "NNS"):
                return tok.head  # "GOP voters saying …", "50 percent saying …"
            counted = _counted_of(tok)
            if counted is not None:
                return counted  # "the proportion of GOP voters saying …"
            # "she said at a news conference announcing that …": the noun's governing verb
            noun = tok.head
            while noun.dep_ in ("pobj", "prep", "dobj", "npadvmod") and noun.head.i != noun.i:
                noun = noun.head
            # (or the one it shares: "X vowed … and established a policy urging …")
            return (subject(noun) or inherited_subject(noun)) if noun.pos_ in ("VERB", "AUX") \
                else None
        else:
            return None
    return None


def _organisation_object_subject(participle: Token, noun: Token | None = None) -> Token | None:
    """Session 21: the speaker of a participle (``VBG``, no subject of its own) the parser hung,
    with no comma between, on the direct object of the verb before it when that object is an
    organisation or a thing, not a person ("Mr Hockney also left UKIP saying …", "Lycos has shut
    down the campaign saying …"): the verb's subject, when it can speak — an organisation does
    not speak by being left or shut down. The object is a name the NER did not tag PERSON or a
    singular ``organization`` noun; not after a verb of showing, hearing or quoting
    (``depicting_verbs``: "the advert shows Labour saying …" is Labour's), nor after one of
    writing to an addressee (:func:`_addressee_sender`). None otherwise (the rules after it
    decide). ``noun``: the object, when the parser hung the participle on the verb instead
    ("left [UKIP] [saying …]", :func:`_object_before_participle`); by default its head.
    O(children of the verb and the words between)."""
    noun = participle.head if noun is None else noun
    if participle.tag_ != "VBG" or noun.dep_ != "dobj" or noun.i >= participle.i \
            or any(t.is_punct for t in participle.doc[noun.i + 1:participle.i]) \
            or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in kids(participle)):
        return None
    if noun.pos_ == "PROPN":
        if noun.ent_type_ in ("PERSON", ""):
            return None
    elif noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun_class(noun) != "organization":
        return None
    verb = noun.head
    if verb.pos_ != "VERB" or verb.i > noun.i \
            or verb.lemma_.lower() in lexicons.words("depicting_verbs") \
            or verb.lemma_.lower() in lexicons.words("addressing_verbs"):
        return None
    return _speaking(subject(verb) or inherited_subject(verb))


def _counted_of(verb: Token) -> Token | None:
    """The speaker of a participle the parser hung on a singular noun of no speaking kind
    whose *of* phrase ends right before it ("the proportion of GOP voters saying …", "the
    share of Republicans saying …"): that noun, the head of the share phrase (as "50 percent
    saying …" is the percent's), when the object of its *of*, a noun or name, can speak
    (:func:`.agents.names_someone`); else None. O(children of the noun)."""
    noun = verb.head
    for prep in kids(noun):
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i < verb.i:
            pobj = next((c for c in kids(prep) if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.right_edge.i == verb.i - 1 \
                    and pobj.pos_ in ("NOUN", "PROPN") and names_someone(pobj):
                return noun
    return None


def reporter_of(verb: Token) -> Token | None:
    """Who speaks the words a reporting ``verb`` introduces: the sender when it is a participle
    on the addressee of a message (:func:`addressee_sender`), else its subject, own or shared
    (:func:`subject`, :func:`inherited_subject`); None when there is none."""
    return addressee_sender(verb) or subject(verb) or inherited_subject(verb)


def _speaking(tok: Token | None) -> Token | None:
    """``tok`` when it is a token that can speak (:func:`.agents.can_speak`), else None."""
    return tok if tok is not None and can_speak(tok) else None


def addressee_sender(participle: Token) -> Token | None:
    """For a participle on the addressee of a verb of writing or sending, the sender (see
    :func:`_addressee_sender`); also when the parser made the addressee the participle's own
    subject, the participle a clause of the verb ("emailed [supporters saying: “…”]"): a
    subject right between the verb and the participle, with no punctuation in between."""
    if participle.tag_ != "VBG":
        return None
    if participle.dep_ == "acl":
        return _addressee_sender(participle)
    verb = participle.head
    if participle.dep_ not in ("ccomp", "xcomp", "advcl") or verb.i > participle.i \
            or verb.pos_ != "VERB" \
            or verb.lemma_.lower() not in lexicons.words("addressing_verbs") \
            or any(t.is_punct for t in participle.doc[verb.i + 1:participle.i]):
        return None
    if not any(c.dep_ == "nsubj" and verb.i < c.i < participle.i for c in kids(participle)):
        return None
    return _speaking(subject(verb) or inherited_subject(verb))


def _addressee_sender(participle: Token) -> Token | None:
    """For a participle the parser hung on the addressee of a verb of writing or sending
    (``addressing_verbs``: its object, "emailed supporters saying …", or the object of its
    "to", "sent a text message to supporters saying …", "wrote to residents saying …"), the
    subject of that verb, who wrote the words; else None. Not the object of another verb ("left
    many voters saying …": the voters) nor a participle before its noun."""
    noun = participle.head
    if participle.i < noun.i or noun.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    verb = None
    if noun.dep_ in ("dobj", "dative"):
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ == "to" \
            and noun.head.dep_ in ("prep", "dative"):
        verb = noun.head.head
        if verb.dep_ == "dobj" and verb.head.i < verb.i:
            verb = verb.head  # "sent a message to supporters": "to" on the message
    if verb is None or verb.pos_ != "VERB" or verb.i > noun.i \
            or verb.lemma_.lower() not in lexicons.words("addressing_verbs"):
        return None
    return _speaking(subject(verb) or inherited_subject(verb))


def _infinitive_on_thing(verb: Token) -> bool:
    """Whether ``verb`` is a subjectless to-infinitive after the noun it modifies ("her way |
    to say", "pains | to say", "an earlier ruling | to say") and that noun names no one who
    could speak: not a name or pronoun, and a common noun only of no speaking kind or a
    document (a ruling, a report), which is cited, not the speaker. O(children of one verb)."""
    if verb.tag_ != "VB" or verb.i < verb.head.i or verb.head.pos_ != "NOUN":
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(verb)) \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(verb)):
        return False
    noun = verb.head
    return not can_speak(noun) or noun_class(noun) == "document"


def _infinitive_owner(verb: Token) -> Token | None:
    """The speaker of a to-infinitive on a noun that cannot speak (:func:`_infinitive_on_thing`):
    the subject of the verb that governs the noun (up through objects and prepositions: "The
    judge pointed to an earlier ruling to say …": the judge) when that subject can speak or the
    noun cannot ("The brewery is taking pains to say …"); else the noun, as for any relative
    clause. O(depth of the noun phrase, at most 6 steps)."""
    noun = verb.head
    tok = noun
    for _ in range(6):
        if tok.dep_ not in ("pobj", "prep", "dobj") or tok.head.i == tok.i:
            break
        tok = tok.head
    if tok.pos_ in ("VERB", "AUX") and tok is not noun:
        recipient = _offered_recipient(tok, noun)
        if recipient is not None:
            return recipient
        subj = subject(tok) or inherited_subject(tok)
        if subj is not None and (can_speak(subj) or not can_speak(noun)):
            return subj
    return document_author(noun) or described_subject(noun) or noun


#: verbs of offering whose indirect object is offered the chance the infinitive names
_OFFERING_VERBS = ("offer", "give", "grant", "afford")


def _offered_recipient(verb: Token, noun: Token) -> Token | None:
    """Session 21: the speaker of a to-infinitive on the direct object of a verb of offering
    ("His job offers Sanders a platform to keep speaking out …", "The festival gave the poet a
    chance to say …"): the indirect object (``dative``, before the object), who is given the
    chance and takes it, when it can speak (:func:`.agents.can_speak`); None otherwise, and
    when ``noun`` is not the verb's own direct object ("gave a speech to say …" keeps the
    subject). Also when the parser hung the second object on the first ("gave [the poet [a
    chance]]", en_news_sm): the first object, right before it, is the recipient. O(children of
    one verb)."""
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in _OFFERING_VERBS:
        return None
    holder = noun.head
    if holder.i == verb.i:
        recipient = next((c for c in kids(verb) if c.dep_ == "dative" and c.i < noun.i
                          and c.pos_ in ("NOUN", "PROPN", "PRON")), None)
    elif holder.dep_ in ("dobj", "dative") and holder.head.i == verb.i \
            and holder.i + 1 == noun.left_edge.i:
        # (whatever tag the parser gave it: en_news_sm tags "poet" there a past tense)
        recipient = holder
    else:
        return None
    return recipient if recipient is not None and can_speak(recipient) else None


def _set_off_participle(verb: Token) -> bool:
    """Whether ``verb`` is a participle (``VBG``) hung as an adverbial clause and set off by a
    comma or dash right before it ("…, saying …", "… — remarking …")."""
    return verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.i > 0 \
        and verb.doc[verb.i - 1].text in {",", *DASHES}


def _simultaneous_clause(tok: Token) -> bool:
    """Whether ``tok`` is the verb of an as- or while-clause (conjunction ``mark``, or the
    preposition *as* the parser made of it: "as a repairman walks in")."""
    if tok.pos_ not in ("VERB", "AUX") or tok.head.i == tok.i:
        return False
    if tok.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in _SIMULTANEOUS for c in kids(tok))
    return tok.dep_ in ("pcomp", "pobj") and tok.head.lower_ in _SIMULTANEOUS \
        and tok.head.dep_ in ("prep", "mark")


def _simultaneous_clause_subject(verb: Token) -> Token | None:
    """The subject of an as- or while-clause of simultaneous action that a participle set off
    by a comma or dash follows directly ("X asks as a repairman walks in with a ladder, saying
    …": the repairman says), whether the parser hung the participle on that clause or on the
    main verb beside it; None when there is no such clause or its subject cannot speak ("X
    spoke as the rally went on, saying …" stays X's). O(children of one verb)."""
    if not _set_off_participle(verb):
        return None
    head = verb.head
    if head.i < verb.i and _simultaneous_clause(head):
        clause = head
    else:
        # the participle on the main verb: the as-clause is the sibling right before the comma
        before = [c for c in kids(head) if c.i < verb.i and c.dep_ != "punct"]
        if not before:
            return None
        last = before[-1]
        if last.dep_ == "prep" and last.lower_ in _SIMULTANEOUS:
            last = next((c for c in kids(last) if c.dep_ in ("pcomp", "pobj")), last)
        if last.right_edge.i != verb.i - 2:
            return None
        if last.dep_ == "pobj" and last.pos_ in ("NOUN", "PROPN"):
            # "as a protester shouted from the back" parsed as a noun with a clause on it: the
            # noun is the subject of the finite verb right after it
            finite = next((c for c in kids(last) if c.dep_ in ("acl", "relcl")
                           and c.tag_ in ("VBD", "VBZ", "VBP") and c.i == last.i + 1), None)
            if finite is None:
                return None
            return last if can_speak(last) else None
        if not _simultaneous_clause(last):
            return None
        clause = last
    subj = subject(clause)
    if subj is None:
        # "as a repairman walks in" parsed with the noun as a compound of the verb
        subj = next((c for c in kids(clause) if c.i == clause.i - 1 and c.dep_ == "compound"
                     and c.pos_ in ("NOUN", "PROPN")), None)
    if subj is None or subj.i > clause.i or not names_someone(subj):
        return None
    return subj


def _object_before_participle(verb: Token) -> Token | None:
    """The direct object right before a participle (``VBG``, no subject, no comma between) that
    the parser made its verb's predicative complement (``xcomp``: "The closures have left 58
    percent of patients saying …", "found most residents saying …"): the object controls it
    and speaks, when it can (:func:`.agents.can_speak`, or a share of people: "58 percent of
    patients"); None otherwise, and for a verb of writing or sending ("emailed supporters
    saying …": the sender's, :func:`addressee_sender`). An adverbial participle ("thanked the
    volunteers saying …") keeps the parse's reading, unless its object is a share of people
    ("have left 62 percent of voters saying …", parsed either way). O(children of one verb)."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("xcomp", "advcl") or verb.i == 0 \
            or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in kids(verb)):
        return None
    head = verb.head
    if head.i > verb.i or head.lemma_.lower() in lexicons.words("addressing_verbs"):
        return None
    obj = next((c for c in kids(head) if c.dep_ == "dobj" and c.i < verb.i), None)
    if obj is None or obj.right_edge.i != verb.i - 1 or verb.doc[verb.i - 1].is_punct:
        return None
    if obj.lower_ in lexicons.words("share_nouns") and _counted_of_people(obj):
        return obj
    if _organisation_object_subject(verb, obj) is not None:
        return None  # "Mr Hockney left UKIP saying …": the subject's (session 21)
    return obj if verb.dep_ == "xcomp" and can_speak(obj) else None


def _of_object_before_participle(verb: Token) -> Token | None:
    """The object of an *of* phrase that ends right before a participle (``VBG``, no subject,
    no punctuation between; a cue's, here) the parser hung elsewhere than on it ("a video of the
    police chief saying …" with *saying* on *video*, "reminds me of Abraham Lincoln saying …"
    with *saying* on *reminds*): a name, a pronoun or a noun that names someone (not a document
    or a share: "62 percent of voters saying …" is the share's, :func:`_object_before_participle`),
    when the *of* phrase hangs on a verb or on a noun that cannot speak ("footage", "video",
    "a chorus"); "members of the union saying …" is the members', and a participle the parser
    hung on an unclassed noun before the phrase ("the proportion of GOP voters saying …") the
    share's, as before (:func:`_counted_of`). O(length of the phrase)."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("acl", "advcl", "xcomp", "pcomp") or verb.i < 3 \
            or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in kids(verb)):
        return None
    obj = verb.doc[verb.i - 1]
    for _ in range(6):  # up from the phrase's last word to its head, the object of *of*
        if obj.dep_ == "pobj" or obj.head.i == obj.i or obj.head.right_edge.i != verb.i - 1:
            break
        obj = obj.head
    of = obj.head
    if obj.dep_ != "pobj" or of.lower_ != "of" or obj.right_edge.i != verb.i - 1 \
            or verb.head.i == obj.i or obj.is_punct:
        return None
    owner = of.head
    if owner.pos_ in ("NOUN", "PROPN", "PRON", "NUM") and (
            can_speak(owner) and noun_class(owner) != "document"
            or owner.lower_ in lexicons.words("share_nouns")):
        return None  # "members of the union saying …", "62 percent of voters saying …"
    if verb.dep_ == "acl" and verb.head.i == owner.i and noun_class(owner) is None:
        return None  # "the proportion of GOP voters saying …": the share's (:func:`_counted_of`)
    if noun_class(obj) == "document" or obj.lower_ in lexicons.words("share_nouns"):
        return None
    if obj.pos_ in ("PROPN", "PRON") or obj.ent_type_ == "PERSON" or (
            obj.pos_ == "NOUN" and names_someone(obj)):
        return obj if names_someone(obj) else None
    return None


def _counted_of_people(noun: Token) -> bool:
    """Whether the share ``noun`` has an *of* phrase naming people ("58 percent of patients")."""
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(
        o.dep_ == "pobj" and names_someone(o) for o in kids(p)) for p in kids(noun))


def _with_clause_before(verb: Token) -> Token | None:
    """The named person who is the subject of an absolute "with" clause right before the
    participle ``verb`` set off by a comma, both hung on the same main verb ("The trouble began
    on the show, with Ann Ross marching up to him, saying “…”"): she speaks, when the main
    verb's subject cannot speak (a thing or an event: "The trouble", "The meeting"); None
    otherwise ("He left, with his aides following, saying …" stays the parse's). O(children of
    the main verb)."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "conj", "xcomp") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in kids(verb)) \
            or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    main = verb.head
    subj = subject(main)
    if subj is not None and can_speak(subj):
        return None
    prep = max((c for c in kids(main) if c.dep_ == "prep" and c.lower_ == "with"
                and c.i < verb.i), key=lambda c: c.i, default=None)
    if prep is None or prep.right_edge.i + 2 != verb.i:
        return None  # the with-clause must end right before the comma and the participle
    clause = next((c for c in kids(prep) if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
    if clause is None:
        return None
    who = next((c for c in kids(clause) if c.dep_ == "nsubj"), None)
    if who is None or who.pos_ != "PROPN" or not can_speak(who):
        return None
    return who


def _conjunct_speaks(tok: Token) -> bool:
    """Whether a word coordinated with ``tok`` can speak (session 20): "with other candidates
    and even a prominent columnist suggesting …" is the coordinated phrase's, whichever
    conjunct the parser hung the participle on and whether or not the first word is a known
    speaker noun ("candidates" is none; "columnist" is). Conjuncts only, none of their
    clauses: O(conjuncts)."""
    return any(can_speak(c) for c in tok.conjuncts if c.pos_ in ("NOUN", "PROPN"))


def _with_subject(verb: Token) -> Token | None:
    """The subject of an absolute "with" phrase whose participle ``verb`` is ("…, with many
    saying …", "with about one in five saying …"): the object of *with* whose phrase ends right
    before the participle (no punctuation between), when it can speak or counts people
    (:func:`.agents.can_speak`, a number or a share) or one of its conjuncts can (session 20,
    :func:`_conjunct_speaks`); None otherwise, and for a *with* right
    after a verb or adverb ("met with leaders saying …": the verb's complement, whoever speaks
    is the parse's). O(1): a few heads up."""
    if verb.tag_ != "VBG" or verb.i == 0 \
            or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in kids(verb)):
        return None
    tok = verb.doc[verb.i - 1]
    if tok.is_punct or tok.text in QUOTE_MARKS:
        return None
    if verb.dep_ == "pcomp" and verb.head.lower_ == "with" and tok.head.i == verb.i \
            and tok.like_num and tok.dep_ in ("nummod", "npadvmod", "nsubj", "dep"):
        # "with about three in 10 saying …" parsed with the number on the participle
        return tok
    for _ in range(4):
        if tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.i < tok.i:
            if tok.head.i > 0 and tok.doc[tok.head.i - 1].pos_ in ("VERB", "AUX", "ADV"):
                return None  # "met with leaders saying …": the verb's own "with"
            if tok.like_num or tok.pos_ == "PRON" or can_speak(tok) \
                    or tok.lower_ in lexicons.words("share_nouns") or _conjunct_speaks(tok):
                return tok
            return None
        if tok.head.i == tok.i or tok.head.i >= verb.i:
            return None
        tok = tok.head
    return None


def _reporter_before_participle(verb: Token) -> Token | None:
    """The speaker of a participle (``VBG``, no subject) that the parser gave the reporting
    clause before it as its ``parataxis`` or ``ccomp`` ("“…,” he said, not even suggesting
    …", "…, she said, adding …", the participle made the root or hung on the quote's verb):
    the subject of that speech verb, set off from the participle by a comma with at most
    adverbs after it, when it can speak; else None. O(children of the verb)."""
    if verb.tag_ != "VBG" or any(c.dep_ in _SUBJECT_DEPS for c in kids(verb)):
        return None
    # its own clause, or its sibling's when both hang on the quote's verb ("…,” Sanders said,
    # going on to say …": *said* a parataxis of the quote's verb, *going* an adverbial clause)
    near = [c for c in kids(verb) if c.dep_ in ("parataxis", "ccomp")]
    if verb.head.i != verb.i:
        near += [c for c in kids(verb.head) if c.dep_ == "parataxis"
                 or c.dep_ == "ccomp" and c.i < verb.i and _inverted_reporter(c)]
        # (also a reporting clause inverted after what it reports that the parser made a ccomp
        # beside the participle: "X cannot claim that “…,” Ruiz added, saying …"; it has
        # nothing of its own after its verb)
    before = [c for c in near if c.i < verb.i and c.pos_ == "VERB"
              and c.lemma_.lower() in lexicons.speech_verbs()[0]]
    before.sort(key=lambda c: c.i)
    if not before:
        return None
    said = before[-1]
    doc = verb.doc
    between = doc[said.i + 1:verb.i]
    if not any(t.text == "," for t in between) \
            or any(t.pos_ not in ("PUNCT", "ADV", "PART") and t.dep_ not in ("neg", "advmod")
                   and t.i > said.right_edge.i for t in between):
        return None
    return _speaking(subject(said))


def _inverted_reporter(verb: Token) -> bool:
    """Whether ``verb`` is a speech verb with a subject of its own before it and nothing of its
    own after it: a reporting clause set after what it reports ("…, Ruiz added"), which the
    parser may hang as a ccomp on the reported clause's verb. A participle hung on it
    ("…, Ruiz added, saying …") is the reporter's, not the speaker's of the verb above."""
    subj = subject(verb)
    return subj is not None and subj.i < verb.i \
        and verb.lemma_.lower() in lexicons.speech_verbs()[0] \
        and all(c.is_punct or c.dep_ == "advcl" and c.tag_ == "VBG"
                for c in kids(verb) if c.i > verb.i)


def _reported_clause_above(verb: Token) -> Token | None:
    """The reported clause (``ccomp``) a participle hangs inside: its head itself, or (session
    27) the ``ccomp`` reached from it up through verbs coordinated with or governed by one
    another inside the clause (``conj``, ``xcomp``, and a ``ccomp`` on a verb of no speech:
    "said her father had been an advocate and would do the same, saying …", "said Clinton
    will have to choose whose side she's on, saying …"), stopping at the first ``ccomp`` of a
    speech verb. Only for a participle set off by a comma or dash when it is not its head's
    own; a coordinated clause with a subject of its own on the way keeps the participle ("Groups
    say the rules are unfair, and the union has sued the city, saying …": the union's). None
    otherwise. O(1): at most five heads up."""
    clause = verb.head
    speech = lexicons.speech_verbs()[0]
    if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in speech:
        return clause
    if not _set_off_participle(verb):
        return None
    for _ in range(5):
        if clause.head.i == clause.i or clause.pos_ not in ("VERB", "AUX"):
            return None
        if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in speech:
            return clause
        if clause.dep_ not in ("conj", "xcomp", "ccomp") or clause.dep_ == "conj" and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in kids(clause)):
            # (a coordinated clause with a subject of its own keeps its participle: "Groups
            # say the rules are unfair, and the union has sued the city, saying …" is the union's)
            return None
        clause = clause.head
    return None


def _speaking_relative_before(verb: Token) -> Token | None:
    """Session 27: the subject of a relative clause (or a finite clause the parser hung on the
    noun as ``acl``) set off by a comma or dash that ends right before a set-off participle
    (``advcl`` or ``acl``) the parser hung outside it, when the clause's verb is a speech
    verb and its subject one of its own (not the relative pronoun) who can speak: "The mayor
    complained the vote was rigged, a charge that county officials denied, noting that …" (the
    officials note), "…, which Mr. Hale called “a disgrace”, blaming …". A relative clause of no
    speech ("the school, where his father taught, saying …") leaves the participle to the main
    clause. None otherwise. O(1): a few heads up from the word before the comma."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl") or verb.i < 3 \
            or doc[verb.i - 1].text not in {",", *DASHES}:
        return None
    tok = doc[verb.i - 2]
    while tok.is_punct and tok.i > 0 and tok.i > verb.i - 4:
        tok = doc[tok.i - 1]  # a closing quotation mark before the comma
    clause = None
    for _ in range(6):
        if tok.dep_ == "relcl" or tok.dep_ == "acl" and tok.tag_ in ("VBD", "VBZ", "VBP"):
            clause = tok  # (a finite clause on a noun: "a view that the minister denied")
            break
        if tok.head.i == tok.i or tok.head.i >= verb.i:
            return None
        tok = tok.head
    if clause is None or verb.head.i == clause.i or clause.right_edge.i >= verb.i \
            or any(t.i == verb.head.i for t in clause.subtree):
        return None
    before = doc[clause.left_edge.i - 1] if clause.left_edge.i > 0 else None
    noun_before = doc[clause.head.left_edge.i - 1] if clause.head.left_edge.i > 0 else None
    if not any(t is not None and t.text in {",", *DASHES} for t in (before, noun_before)):
        return None
    if clause.lemma_.lower() not in lexicons.speech_verbs()[0]:
        return None
    subj = next((c for c in kids(clause) if c.dep_ == "nsubj"), None)
    if subj is None or subj.tag_ in ("WDT", "WP") or not_speaker(subj) or not can_speak(subj):
        return None
    return subj


def _main_clause_of_participle(verb: Token) -> Token | None:
    """The verb of the main clause that a participle set off by a comma or dash ("…, saying
    …") belongs to when the parser hung it on a subordinate clause between them: an adverbial
    clause with its conjunction ("after the senator won …"), or a clause on a noun ("the idea
    that the developer would be …", "the workers who built …") whose governing verb is found
    through objects and prepositions. A relative clause with a subject of its own ("in which he
    continued …, mocking") keeps its participle. None otherwise. O(1): a few heads up."""
    if not _set_off_participle(verb):
        return None
    clause = verb.head
    if clause.i >= verb.i or clause.head.i == clause.i:
        return None
    if clause.dep_ == "advcl" and any(c.dep_ == "mark" for c in kids(clause)):
        main = clause.head
    elif clause.dep_ in ("acl", "relcl") and clause.i > clause.head.i and not (
            clause.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass")
                                           and c.tag_ not in ("WDT", "WP") for c in kids(clause))):
        # (a relative clause with a subject of its own keeps the participle: "a news
        # conference in which he continued his assault, mocking …" is his)
        main = clause.head
        for _ in range(4):
            if main.dep_ not in ("dobj", "pobj", "prep", "attr") or main.head.i == main.i:
                break
            main = main.head
    else:
        return None
    if main.i >= clause.i or main.pos_ not in ("VERB", "AUX"):
        return None
    return main


def partner_outside_quote(verb: Token, inside) -> Token | None:
    """The subject a cue verb shares with the clause before a quote when the parser
    coordinated it with a verb inside that quote ("Mr. Trump hardly clarified the matter,
    treating her remark as a compliment -- ''That makes me smart'' -- and, when questioned,
    asserting, ''…''": "asserting" hangs on "makes", whose subject is the quote's "That"): the
    subject of the latest verb of the sentence before the quote's opening, outside quotation
    marks, that has one who can speak; None when the verb is not such a conjunct (``inside``:
    the quotes' intervals). O(sentence).

    Session 19: also a participle the parser hung as an adverbial clause on a verb inside the
    quote before it ("She said she was thinking, ''…,'' adding, ''…''", "she stated, “…,”
    adding, “…”": en_news_sm makes *adding* an ``advcl`` of the quote's own verb)."""
    head = verb.head
    if not (verb.dep_ == "conj" or verb.dep_ == "advcl" and verb.tag_ == "VBG") \
            or head.i >= verb.i or head.idx not in inside:
        return None
    sent_start = sent_of(head).start
    stop = head.i  # the quote's opening mark: the first word of its run inside the quote
    while stop > sent_start and head.doc[stop - 1].idx in inside:
        stop -= 1
    mark = head.doc[sent_start - 1] if sent_start > 1 else None
    if stop == sent_start and mark is not None \
            and all(ch in OPENING_MARKS or ch in CLOSING_MARKS for ch in mark.text) \
            and verb.dep_ == "advcl" and "\n" not in head.doc[sent_start - 2].whitespace_:
        # the parser ended the sentence at the quote's opening mark ("She said she was
        # thinking, ''|Oh …,'' adding, …"): the clause before is the previous sentence's
        sent_start = sent_of(head.doc[sent_start - 1]).start
        stop -= 1
    for tok in reversed(head.doc[sent_start:stop]):
        if tok.pos_ not in ("VERB", "AUX") or tok.idx in inside:
            continue
        subj = clause_subject(tok)
        if subj is not None and subj.idx not in inside and can_speak(subj):
            if verb.dep_ == "advcl":
                # "She said she was thinking, ''…,'' adding …": the reporter, not the subject
                # of the clause she reports
                return _reporter_subject(tok) or subj
            return subj
    return None


def _reporter_subject(clause: Token) -> Token | None:
    """The speaker of the speech verb whose reported clause (a ``ccomp`` after it) is
    ``clause``, when that speaker can speak (:func:`.agents.can_speak`); else None."""
    head = clause.head
    if clause.dep_ != "ccomp" or head.i >= clause.i or head.pos_ != "VERB" \
            or head.lemma_.lower() not in lexicons.speech_verbs()[0]:
        return None
    return _speaking(reporter_of(head))


def described_subject(noun: Token) -> Token | None:
    """The subject a predicate noun describes, for a relative clause on that noun: in "Smith
    is a veteran lawyer who said …" or "X is a liar, a racist and a birther who has pledged …"
    the one who said or pledged is *Smith* / *X*, not the description (a noun after "be",
    possibly the last of a coordination). None for any other noun."""
    for _ in range(8):
        if noun.dep_ != "conj" or noun.head.i == noun.i:
            break
        noun = noun.head
    if noun.dep_ != "attr" or noun.pos_ != "NOUN" or noun.head.lemma_.lower() != "be":
        return None
    be = noun.head
    subj = next((c for c in kids(be) if c.dep_ == "nsubj" and c.i < noun.i), None)
    if subj is None and be.dep_ == "conj":  # "X incites … and is a liar … who …"
        subj = inherited_subject(be)
    if subj is None or not_speaker(subj) or subj.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    return subj


def relative_cue(verb: Token) -> bool:
    """A speech or quoting verb heading a relative clause with a relative-pronoun subject
    ("Another was tour manager Thomas Gray, who cited only his experience: “…”"; "Greenpeace,
    which issued a statement: “…”"): the clause before the colon is its own, and its speaker
    the phrase the clause modifies (:func:`inherited_subject`)."""
    return verb.dep_ == "relcl" and verb.pos_ == "VERB" \
        and (verb.lemma_.lower() in lexicons.speech_verbs()[0]
             or verb.lemma_.lower() in lexicons.words("quoting_verbs")) \
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "whom", "which", "that")
                for c in kids(verb))


def _chained_participle(tok: Token) -> bool:
    """A participle after a comma that the parser hung, as a clause, on the participle before
    it ("…, saying the Ohio Republican was “doing the right thing,” suggesting he might …"):
    it shares that participle's subject."""
    doc = tok.doc
    return (tok.dep_ == "ccomp" and tok.tag_ == "VBG" and tok.head.tag_ == "VBG"
            and tok.head.i < tok.i and tok.left_edge.i == tok.i and tok.i > 0
            and doc[tok.i - 1].text in (",", "''", "”", '"')
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(tok)))


def split_subject(verb: Token) -> tuple[int, int, Token] | None:
    """``(start, end, head)``: token range and head of a subject phrase the parser split in two
    ("A statement posted on the website GunBroker.com said": *statement* and *GunBroker.com*
    both subjects of *said*): the nearer subject continues the farther one's phrase with nothing
    between them."""
    subjects = sorted((c for c in kids(verb) if c.dep_ == "nsubj" and c.i < verb.i),
                      key=lambda c: c.i)
    if len(subjects) < 2:
        return None
    far, near = subjects[-2], subjects[-1]
    if near.left_edge.i != far.right_edge.i + 1 or far.pos_ not in ("NOUN", "PROPN") \
            or not_speaker(far) or far.is_punct or far.text in QUOTE_MARKS:
        return None  # (a closing mark the tagger took for a name is no part of a subject:
        # "‹…,› the mayor said" with ‹ › or ＂ ＂ parsed as a second subject)
    return far.left_edge.i, near.right_edge.i + 1, far


def stranded_subject(verb: Token, *, need_aux: bool = True) -> tuple[int, int, Token] | None:
    """``(start, end, head)`` of a noun right before a coordinated verb's own auxiliaries, which
    the parser folded into the clause before ("… will not attend the convention and others have
    said …": *others* is the subject of the second *said*, not a second object of *attend*). With
    ``need_aux`` (before a subject is inherited from a coordinated verb) only when an auxiliary
    stands between them; without it, a negation or adverb is enough. Never a noun that cannot
    speak (:func:`.agents.can_speak`: "used blunt language | to denounce …")."""
    doc = verb.doc
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in kids(verb)):
        return None
    j = verb.i - 1
    while j > verb.i - 4 and j >= 0 and doc[j].dep_ in ("aux", "neg", "advmod") \
            and doc[j].head.i == verb.i:
        j -= 1
    if j < 0 or j == verb.i - 1 or need_aux and not any(
            doc[k].dep_ == "aux" for k in range(j + 1, verb.i)):
        return None
    tok = doc[j]
    if tok.pos_ not in ("NOUN", "PROPN", "PRON") or tok.dep_ not in ("conj", "appos", "dobj",
                                                                      "pobj", "nsubj") \
            or not_speaker(tok) or tok.head.i == verb.i or not can_speak(tok):
        return None  # (nor a noun that cannot speak: "used blunt language to denounce …")
    k = j
    while k > 0 and doc[k - 1].dep_ in ("compound", "amod", "det", "nummod") \
            and doc[k - 1].head.i == j:
        k -= 1
    return k, j + 1, tok


def share_subject(verb: Token) -> tuple[int, int, Token] | None:
    """``(start, end, head)`` of a share phrase right before a finite speech verb the parser gave
    no subject of its own ("Two in five said A and one in six said B", "…, and 30 percent say
    B"): the parser hung the phrase on the clause before (a conjunct of its last noun, a
    preposition of its verb), and the verb would inherit the first clause's subject. The phrase
    is "N in M" (three number-like words) or "N percent"/"N%"; None otherwise. O(1)."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < 2 \
            or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in kids(verb)):
        return None
    k = verb.i - 1
    last = doc[k]
    if last.like_num and doc[k - 1].lower_ == "in" and k >= 2 and doc[k - 2].like_num:
        first = k - 2  # "one in six", "3 in 10"
    elif last.lower_ in ("percent", "%") and doc[k - 1].like_num:
        first = k - 1  # "30 percent", "30%"
    else:
        return None
    hedges = lexicons.words("share_hedges")
    while first > 0 and doc[first - 1].lower_ in hedges:
        first -= 1  # "about one in six"
    if first > 0 and doc[first - 1].lower_ not in ("and", "but", ",", ";", "while", "whereas"):
        return None  # the phrase opens a clause of its own after a conjunction or comma
    return first, k + 1, last


def participle_subject(child: Token, verb: Token) -> bool:
    """Whether ``child`` is a misparsed subject phrase with a participle before ``verb``
    ("A statement posted on the website said …" → ccomp "posted" with subject "statement"); never
    when the verb has a subject of its own after it ("The mill closed in 1990, the mayor
    said": the clause is what the mayor said)."""
    if child.dep_ != "ccomp" or child.i > verb.i or child.pos_ != "VERB" \
            or child.tag_ not in ("VBN", "VBD") \
            or any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp") for c in kids(child)) \
            or not any(c.dep_ in ("prep", "agent", "npadvmod") for c in kids(child)):
        return False
    if any(t.text in QUOTE_MARKS for t in child.subtree):
        return False
    if any(c.dep_ == "nsubj" and c.i > child.i for c in kids(verb)):
        return False  # "Sales rose in May, the company said": the verb has its own subject
    subj = subject(child)
    return subj is not None and subj.pos_ in ("NOUN", "PROPN") and \
        not any(c.dep_ in ("aux", "auxpass") for c in kids(child))


def _written_as_surname(word: str, text: str) -> bool:
    """Whether ``word`` stands elsewhere in the article ``text`` right after another capitalised
    word that is no stop word ("Rex Early", "George Will"): written as a surname, so a name
    (session 19). O(n) over the text, run only for a verb the parser left without a subject."""
    from spacy.lang.en.stop_words import STOP_WORDS

    for m in re.finditer(r"\b([A-Z][\w.'’\-]*)[^\S\n]+" + re.escape(word) + r"\b", text):
        if m.group(1).lower().rstrip(".") not in STOP_WORDS:
            return True
    return False


def _name_read_as_adverb(verb: Token, text: str) -> tuple[int, int, Token] | None:
    """``(start, end, head)`` of a surname the tagger read as an adverb of the finite speech
    verb right after it ("Desailly says …", "“…,” Reilly said", "Manager Tully said": surnames
    in *-ly* are tagged ``ADV``/``advmod`` on both models, and the verb is left without a
    subject). The word is capitalised, no stop word ("Only", "Also"), and either follows a
    closing quotation mark or a capitalised word, or — at the start of a sentence, where every
    word is capitalised — is written with that capital elsewhere in the article too (its
    ``text``: "Marcel Desailly" before). O(1) but for one count over the text in that case.

    Session 19 widens it to two more readings of a name before a verb with no subject, each
    only when the article writes the word as a surname elsewhere (:func:`_written_as_surname`:
    "Rex Early", "George Will"): after a comma that ends a fronted phrase ("Told of the
    county's leanings, Early described it as “…”"), and a capitalised "Will" the tagger made
    the modal of a past form ("In a new column, Will described the candidate as “…”": no
    modal stands before a past tense). A past form tagged ``VBN`` with no auxiliary ("And
    Skelly called his deputy “…”") counts as finite."""
    doc = verb.doc
    k = verb.i - 1
    if k < 0 or verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return None
    tok = doc[k]
    if verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.i != k for c in kids(verb)):
        return None  # a real participle ("has called", "was described")
    modal_name = tok.tag_ == "MD" and tok.dep_ == "aux" and verb.tag_ in ("VBD", "VBN") \
        and tok.is_alpha and tok.text[:1].isupper() and not tok.text.isupper() \
        and not tok.is_sent_start and tok.head.i == verb.i
    if modal_name:
        return (k, k + 1, tok) if _written_as_surname(tok.text, text) else None
    if tok.dep_ not in ("advmod", "npadvmod") or tok.head.i != verb.i or not tok.is_alpha \
            or not tok.text[:1].isupper() or tok.text.isupper() or tok.is_stop or len(tok) < 3 \
            or tok.ent_type_ in ("DATE", "TIME"):
        return None  # (nor a date: "officials last July said")
    if verb.tag_ == "VBN" and not _written_as_surname(tok.text, text):
        return None
    before = doc[k - 1] if k > 0 else None
    if before is not None and before.text == "," and k > 1 and doc[k - 2].text in CLOSING:
        before = doc[k - 2]
    if before is not None and (before.text in CLOSING
                               or before.is_alpha and before.text[:1].isupper()
                               and not tok.is_sent_start):
        return k, k + 1, tok
    if (tok.is_sent_start or before is None) and text.count(tok.text) >= 2:
        return k, k + 1, tok
    if before is not None and before.text == "," and _written_as_surname(tok.text, text):
        return k, k + 1, tok
    return None


def name_before_quoting_verb(verb: Token, text: str) -> tuple[int, int, Token] | None:
    """The speaker of a quoting or speech verb the parser left without a subject because the
    tagger read the name right before it as an adverb or a modal ("Tully described the
    performance as “…”", "Will described him as a “…”"): :func:`_name_read_as_adverb`, for
    :func:`.frames.governing_verb` (session 19)."""
    return _name_read_as_adverb(verb, text)


def fallback_speaker(doc: Doc, verb: Token, text: str):
    """Speaker of a cue the parser gave no subject: ``((start, end, head), after_quote)`` with a
    token range, or ``(None, False)``. Tried in order:

    * a phrase after a comma right before the verb ("…, USA and European officials said");
    * a subject phrase the parser made a clause of its own ("A statement posted on the website
      said …");
    * the phrase right after a verb that follows a closing quotation mark ("…,'' said Robert
      Reich, who served …": the parser made Reich the subject of the relative clause);
    * the object of a verb that follows its unquoted reported clause after a comma and whose
      object closes the sentence, the parser's reading of an inverted subject ("…, argued the
      council's lawyer, Tom Beck.": :func:`inverted_object`; not an addressee: "…, told the
      court.");
    * a name right before the verb that the parser swallowed into the phrase before it
      ("… the board of the Washington Post Trump said that …");
    * a name before an apposition ("Roberta Lange, the state party chairwoman, said"; read from
      the parse whatever the NER made of the name: "In response to …, Ieuan Wyn Jones, leader
      of the Plaid Cymru group in the assembly, said"), a role phrase with its appositive name
      ("After the storm, a Department of Transport spokesperson, Morwenna Trelawny, said"), or
      the phrase after a closing quotation mark before one ("“…,” an intelligence source, who
      was not authorized to speak, told Fox News").
    """
    span = phrase_before(doc, verb)
    if span is not None:
        return (span[0], span[1], doc[span[1] - 1]), False
    stranded = stranded_subject(verb, need_aux=False)
    if stranded is not None:
        return stranded, False
    head = verb.head
    if verb.dep_ in ("ccomp", "conj", "dep") and head.i < verb.i and head.pos_ == "VERB" \
            and all(t.pos_ in ("PUNCT", "CCONJ", "ADV", "SPACE") for t in doc[head.i + 1:verb.i]):
        # "Clinton paused, then revealed why …": the verb before speaks on
        subj = subject(head)
        if subj is not None:
            return (subj.left_edge.i, subj.i + 1, subj), False
    reduced = reduced_relative_subject(verb)
    if reduced is not None:
        # "A report released last year found …": the parser made the participle the main verb
        return (reduced.left_edge.i, reduced.i + 1, reduced), False
    for child in kids(verb):
        if participle_subject(child, verb) and (subj := subject(child)) is not None:
            # "A statement posted on the website said …": parsed as a clause "statement posted"
            # (participle_subject found the subject)
            return (subj.left_edge.i, child.right_edge.i + 1, subj), False
    if any(c.dep_ == "nsubjpass" for c in kids(verb)):
        return None, False
    if text_before(text, verb.idx).rstrip(",").rstrip().endswith(CLOSING):
        after = phrase_after(doc, verb)
        if after is not None:
            return after, True
    inverted = inverted_object(verb)
    if inverted is not None:
        # "<clause>, argued the council's lawyer, Helen Price.": the parser made the inverted
        # subject the verb's object
        return inverted, False
    inverted = inverted_before_quote(verb)
    if inverted is not None:
        # "In other words, explained moderator Nancy Cordes: “…”" (session 19)
        return inverted, False
    named = _name_read_as_adverb(verb, text)
    if named is not None:
        return named, False
    timed = _name_before_time(verb)
    if timed is not None:
        # "Gowdy earlier Thursday said …": the name the parser hung on the time phrase
        return timed, False
    k = verb.i - 1  # the word before the verb and its adverbs ("Paul Manafort, bluntly said")
    while k > 0 and doc[k].dep_ in ("advmod", "neg") and doc[k].head.i == verb.i \
            and verb.i - k <= 2:
        k -= 1
    prev = doc[k] if k >= 0 else None
    if prev is not None and prev.pos_ == "PROPN" and prev.ent_type_ in ("PERSON", "ORG"):
        first = k
        while first > 0 and doc[first].ent_type_ == "PERSON" and doc[first].ent_iob_ == "I":
            first -= 1
        return (first, k + 1, prev), False
    if prev is not None and verb.tag_ in ("VBZ", "VBP", "VBD") \
            and prev.pos_ in ("NOUN", "PROPN", "NUM") and not not_speaker(prev) \
            and can_speak(prev) and prev.ent_type_ not in ("PERSON", "ORG"):
        # a finite cue verb right after a noun phrase the parser hung elsewhere: "About 4 in
        # 10 say …" (the number a modifier of the verb), "more ethanol than the oil industry
        # says the markets can handle" (the object of "than"); a noun that cannot speak ("…
        # privy to negotiations say") is not taken
        return (prev.left_edge.i, k + 1, prev), False
    if prev is not None and prev.is_alpha and prev.text[:1].isupper() and k > 0 \
            and (doc[k - 1].text in CLOSING or doc[k - 1].text == "," and k > 1
                 and doc[k - 2].text in CLOSING):
        # "“…,” Will wrote.", "“…,” From said": a name right after the quote, whatever its tag
        return (k, k + 1, prev), False
    if prev is not None and prev.text in DASHES | {")"}:
        found = _before_parenthesis(doc, verb, k)
        if found is not None:
            return found, False
    if prev is not None and prev.text == ",":
        found = _before_apposition(doc, verb, k)
        if found is not None:
            return found, False
    age = _age_phrase(doc, k) if prev is not None else None
    if age is not None:
        # "“…,” the 22-year-old said": the tagger read the age as an adjective on the verb
        return age, False
    relative = _relative_clause_subject(doc, verb, k)
    if relative is not None:
        # "A White House official who spoke anonymously said …": the parser hung the phrase
        # and its relative clause elsewhere
        return relative, False
    shared = misparsed_clause_subject(verb)
    if shared is not None:
        # "The coach praised his players, then said …", "Residents clamoring for a new road
        # say …": the subject of the clause the parser hung before the verb
        return (shared.left_edge.i, shared.i + 1, shared), False
    owner = gerund_owner(verb)
    if owner is not None:
        # "The minister has a long history of telling reporters that …"
        return (owner.left_edge.i, owner.i + 1, owner), False
    if (verb.dep_ in ("conj", "xcomp") or _set_off_participle(verb)) and verb.head.i < verb.i \
            and verb.head.pos_ in ("VERB", "AUX") and subject(verb.head) is None \
            and not heard(verb.head):
        # "Brenda Johnson also railed against immigrants, and explained …": the first verb's
        # speaker, found around the same misparse; also a participle set off after it ("“…,”
        # said Okafor, explaining …": the name after the verb the parser did not make its
        # subject), or an infinitive ("… Palm Beach - Lewandowski continued to assert …": the
        # name the parser hung on the phrase before)
        found, _ = fallback_speaker(doc, verb.head, text)
        if found is None and verb.dep_ == "conj":
            found = _sibling_subject(verb)
        return found, False
    return None, False


def _name_before_time(verb: Token) -> tuple[int, int, Token] | None:
    """``(start, end, head)`` of a name right before a time phrase right before a finite speech
    verb the parser left without a subject (session 20): "Gowdy earlier Thursday said …",
    "Priebus later Thursday told Fox News …" — en_news_sm hangs the name on the time phrase
    (``npadvmod`` of *earlier*), en_core_web_sm makes it the subject. The time phrase is at
    most four words, a date or time entity among them, the rest lower-case adverbs or
    prepositions ("on Tuesday", "late Monday"); the name is a run of capitalised proper nouns
    (no date) opening its sentence or set after punctuation or a conjunction, and the parser
    hung it inside the time phrase or on the verb. O(1)."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    doc = verb.doc
    j, timed = verb.i - 1, False
    while j >= 0 and verb.i - j <= 4:
        tok = doc[j]
        if tok.ent_type_ in ("DATE", "TIME") and not tok.is_punct:
            timed = True
        elif not (tok.pos_ in ("ADV", "ADP") and tok.is_alpha and tok.is_lower):
            break
        j -= 1
    if not timed or j < 0 or j == verb.i - 1:
        return None
    name = doc[j]
    if name.pos_ != "PROPN" or not name.is_alpha or not name.text[:1].isupper() \
            or name.ent_type_ in ("DATE", "TIME") or not j < name.head.i <= verb.i:
        return None
    start = j
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i > start - 1 \
            and doc[start - 1].ent_type_ not in ("DATE", "TIME"):
        start -= 1
    before = doc[start - 1] if start > 0 else None
    if before is not None and not (doc[start].is_sent_start or before.is_punct
                                   or before.pos_ == "CCONJ"):
        return None
    return (start, j + 1, name) if can_speak(name) else None


def reduced_relative_subject(verb: Token) -> Token | None:
    """The speaker of a finite speech verb the parser hung on a reduced relative it took for the
    sentence's main verb (session 20): "A Government Accountability Office report released last
    year found that …", "A report issued by the inspector general reported …", "Officials
    briefed on the talks said …" — the participle (``VBN``, no auxiliary: no passive of its
    own) heads the sentence with the noun right before it as its subject, and the speech verb
    is its ``ccomp`` or ``conj`` after the participle's own phrase (a time, an agent, a place),
    with no punctuation, conjunction or verb between. That noun is the speaker when it can
    speak or is a document. Not "The bill passed the House and said …" (a finite verb, a
    conjunction) nor "…, released Tuesday, said" (commas: the rules before). O(tokens between
    the participle and the verb)."""
    head = verb.head
    if verb.dep_ not in ("ccomp", "conj") or verb.tag_ not in ("VBD", "VBZ", "VBP") \
            or head.i >= verb.i or head.tag_ != "VBN" or head.dep_ != "ROOT" \
            or any(c.dep_ in ("aux", "auxpass", "nsubjpass") for c in kids(head)):
        return None
    subj = next((c for c in kids(head) if c.dep_ == "nsubj" and c.i < head.i), None)
    if subj is None or subj.right_edge.i != head.i - 1 or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    doc = verb.doc
    if any(t.is_punct or t.pos_ in ("CCONJ", "VERB", "AUX", "SCONJ") or t.lower_ == "that"
           for t in doc[head.i + 1:verb.i]):
        return None
    if not (can_speak(subj) or noun_class(subj) == "document"):
        return None
    return subj


def _sibling_subject(verb: Token) -> tuple[int, int, Token] | None:
    """``(start, end, head)`` of the subject of the nearest verb coordinated before ``verb`` on
    the same subjectless head ("Hastily politicizing the attack, Trump cast the blame on his
    rivals, and emphasized …": *cast* and *emphasized* both conjuncts of the participle, the
    subject on *cast*), when that subject can speak (:func:`.agents.names_someone`) and no
    quotation mark lies between it and ``verb``; else None. O(children of the head)."""
    head = verb.head
    siblings = [c for c in kids(head) if c.dep_ == "conj" and head.i < c.i < verb.i
                and c.pos_ in ("VERB", "AUX")]
    if not siblings:
        return None
    subj = next((c for c in kids(siblings[-1]) if c.dep_ == "nsubj"), None)
    if subj is None or not_speaker(subj) or not names_someone(subj) \
            or any(t.text in QUOTE_MARKS for t in verb.doc[subj.i:verb.i]):
        return None
    return subj.left_edge.i, subj.i + 1, subj


_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "expl")


def _age_phrase(doc: Doc, k: int) -> tuple[int, int, Token] | None:
    """The age phrase "the N-year-old" (or "a N-year-old") ending at token ``k``, right before a
    subjectless cue verb, as ``(start, end, head)``; else None. A small model may tag the age
    an adjective hung on the verb ("the" then a determiner of *said*): the phrase is the
    speaker, an epithet of a person named before it (:mod:`.epithets`)."""
    words = [t.lower_ for t in doc[max(0, k - 5):k + 1]]
    if len(words) != 6 or words[0] not in ("the", "a", "an") or words[5] != "old" \
            or words[4] != "-" or words[3] not in ("year", "years") or words[2] != "-" \
            or not doc[k - 4].like_num:
        return None
    return k - 5, k + 1, doc[k]


def _relative_clause_subject(doc: Doc, verb: Token, k: int) -> tuple[int, int, Token] | None:
    """``(start, end, head)`` of a noun phrase whose relative clause ends at token ``k``, right
    before a subjectless finite cue verb ("Although …, a White House official who spoke
    anonymously to discuss internal strategy said …": the parser hung *official* on the clause
    before as an apposition): the noun the clause (with a relative pronoun subject, "who" or
    "that") modifies, before it, when it can speak (:func:`.agents.names_someone`); the range
    is the noun phrase up to the noun. None otherwise. O(depth of the clause, at most 8)."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or k < 0 or doc[k].is_punct:
        return None
    sent_start = sent_of(verb).start
    tok = doc[k]
    for _ in range(8):
        if tok.dep_ == "relcl" or tok.head.i == tok.i or not sent_start <= tok.head.i < verb.i:
            break
        tok = tok.head
    noun = tok.head
    if tok.dep_ != "relcl" or tok.right_edge.i != k or noun.i >= tok.i or noun.i < sent_start \
            or noun.pos_ not in ("NOUN", "PROPN") or not names_someone(noun) \
            or not any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT")
                       and c.i < tok.i for c in kids(tok)):
        return None
    return noun.left_edge.i, noun.i + 1, noun


def misparsed_clause_subject(verb: Token) -> Token | None:
    """The subject a subjectless cue verb shares with the clause before it when the parser
    took the verb, not that clause, for the sentence's own verb, or gave up on it, and the
    cue reports a clause after it (a ``ccomp`` to its right); else None. Two shapes:

    * the clause before is the verb's complement (``ccomp`` to its left), set off by a comma
      or "and" with at most adverbs between, and no conjunction opening it ("after X was
      sacked, admitted …" is a clause of its own) ("The coach praised his players, then said …",
      "He pledged …, suggested that …"), also for the last of coordinated verbs ("The governor
      signed the order, thanked the volunteers and said …", the first conjunct with no subject
      of its own), or a participle clause without a conjunction or auxiliary that took the
      subject before it ("House Democrats, looking for a way …, seized the floor and said …";
      not "When prices rose, …" nor "after X was sacked": clauses with their own subject);
      never when a relative "which"/"who" stands between the clause's verb and the cue ("…
      in which someone, seemingly X, audibly says …": the cue may be the relative clause's);
    * the verb hangs as ``dep`` on a verb before it whose subject precedes it, the subject's
      participle or adjective phrase read as the clause ("Republican activists clamoring to
      block him from the nomination say …", "Figures reported on Sunday now suggest …",
      "sources privy to negotiations say …"); never when that verb reports a clause itself or
      has a conjunction or auxiliary ("after X was sacked, admitted …": a clause of its own).

    The subject must be one who can speak (:func:`.agents.can_speak`; a relative pronoun is
    passed over for the name it follows: "Sanders, meanwhile, who sits …, said"), never "it"
    ("It's funny to watch X …, insist that …") nor a subject after an opening quotation mark
    (the quote a verb after it reports). Tried by :func:`fallback_speaker` after the phrases around
    the verb. O(children of the verbs involved, and the clause before)."""
    if not any(c.dep_ == "ccomp" and c.i > verb.i for c in kids(verb)):
        return None
    first = verb
    for _ in range(4):
        if first.dep_ != "conj" or first.head.i >= first.i \
                or any(c.dep_ in _SUBJECT_DEPS for c in kids(first)):
            break
        first = first.head
    if any(c.dep_ in _SUBJECT_DEPS for c in kids(first)):
        return None
    doc = verb.doc
    clause = None
    before = [c for c in kids(first) if c.i < first.i and not any(
        k.dep_ == "mark" for k in kids(c)) and (
        c.dep_ == "ccomp" or c.dep_ == "advcl" and c.tag_ in ("VBG", "VBN")
        and not any(k.dep_ in ("aux", "auxpass") for k in kids(c)))]
    if before:
        clause = before[-1]
        if any(t.pos_ not in ("PUNCT", "CCONJ", "ADV", "SPACE")
               for t in doc[clause.right_edge.i + 1:first.i]) \
                or not any(t.text in (",", ";") or t.pos_ == "CCONJ"
                           for t in doc[clause.right_edge.i + 1:first.i]):
            return None
    elif first.dep_ == "dep" and first.head.i < first.i and first.head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ in ("ccomp", "mark", "aux", "auxpass")
                        for c in kids(first.head)):
        clause = first.head
    if clause is None or any(t.tag_ in ("WDT", "WP") and t.lower_ in ("which", "who", "whom")
                             for t in doc[clause.i + 1:first.i]):
        return None  # ("… an audio recording in which someone, seemingly X, audibly says …")
    subjects = sorted((c for c in kids(clause) if c.dep_ in ("nsubj", "nsubjpass")
                       and c.i < clause.i), key=lambda c: clause.i - c.i)
    for subj in subjects:
        if any(t.text in QUOTE_MARKS for t in doc[clause.left_edge.i:subj.i]):
            return None  # a quoted clause before the verb: what it reports
        if not not_speaker(subj) and subj.text not in QUOTE_MARKS:
            # (nor the "it" of "It's funny to watch X … insist": no one)
            return subj if can_speak(subj) and subj.lower_ != "it" else None
    return None


def gerund_owner(verb: Token) -> Token | None:
    """The subject of the verb whose object a gerund cue qualifies through a preposition: "The
    minister has a long history of telling reporters that …", "The senator weighed the risks
    of telling voters that …", "He faced criticism for suggesting that …", "has offered few
    ideas for easing student debt aside from stating that …" (through a gerund before it): the
    one with the history, the risks or the criticism is the one telling. The noun must be the
    object or predicate noun of its verb, and no noun of what is said or thought
    (``content_nouns``) before "of" (in "Critics mocked the idea of saying that …" the critics
    do not say it), and no one the noun is given to ("She gives credit to the nurses for
    speaking out …": the nurses spoke, so no speaker is taken); the subject must be able to
    speak (:func:`.agents.can_speak`) and not "it". Else
    None. O(depth of the chain, at most 6)."""
    if verb.tag_ != "VBG":
        return None
    tok = prep = verb
    for _ in range(6):
        prep = tok
        if tok.dep_ == "conj" and tok.tag_ == "VBG" and tok.head.i < tok.i \
                or tok.dep_ == "pcomp" and tok.tag_ == "VBG" \
                or tok.dep_ == "prep" and tok.pos_ == "ADP" \
                or tok.dep_ == "advmod" and tok.pos_ == "ADV" and tok.head.tag_ == "VBG":
            if tok.head.i == tok.i:
                return None
            tok = tok.head
            if tok.pos_ == "NOUN":
                break
        else:
            return None
    noun = tok
    if noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "attr") \
            or prep.lower_ == "of" and noun.lemma_.lower() in lexicons.words("content_nouns") \
            or noun.head.pos_ not in ("VERB", "AUX"):
        return None
    owner = noun.head
    if any(c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ == "to"
           for c in kids(owner) if c.i < verb.i) \
            or any(c.dep_ == "prep" and c.lower_ == "to" for c in kids(noun)):
        return None  # "gives credit to the nurses for speaking out": the nurses spoke
    subj = subject(owner) or inherited_subject(owner)
    if subj is None or subj.lower_ == "it" or not can_speak(subj):
        return None
    return subj


def inverted_object(verb: Token) -> tuple[int, int, Token] | None:
    """``(start, end, head)`` of the inverted subject the parser made the object of a cue verb
    that follows its reported clause after a comma and ends the sentence ("Parliament can
    change the law, argued the council's lawyer, Helen Price.": *lawyer* the object of
    *argued*, the clause its ``ccomp`` before it), its appositive name included; None
    otherwise. Not a verb whose object is an addressee (``infinitive_speech_verbs``: "…, told
    the court", "…, warned the minister"), nor an object that cannot speak or does not close
    the sentence ("…, noted the fall in sales in May", "…, claimed the prize again")."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != "," \
            or verb.lemma_.lower() in lexicons.words("infinitive_speech_verbs"):
        return None
    head = verb.head
    coordinated = verb.dep_ in ("conj", "parataxis") and head.i < verb.i \
        and head.pos_ in ("VERB", "AUX") \
        and not any(c.dep_ == "cc" and head.i < c.i < verb.i for c in kids(head))
    if not coordinated and not any(c.dep_ == "ccomp" and c.i < verb.i for c in kids(verb)):
        return None  # (the clause before: the verb's complement, or the parser's conjunct)
    obj = next((c for c in kids(verb) if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.left_edge.i != verb.i + 1 \
            or not_speaker(obj) or not can_speak(obj):
        return None
    end = obj.right_edge.i + 1
    sent = sent_of(verb)
    if end < sent.end and not (doc[end].is_punct and doc[end].text not in (",", "(")
                               and all(t.is_punct or t.is_space for t in doc[end:sent.end])):
        return None  # the object does not close the sentence
    return obj.left_edge.i, end, obj


def inverted_before_quote(verb: Token) -> tuple[int, int, Token] | None:
    """``(start, end, head)`` of the inverted subject the parser made the object of a speech
    verb that follows a fronted phrase and leads a quotation in with a comma or a colon ("In
    other words, explained CBS moderator Nancy Cordes: “…”", "Because of the schedule,
    explained Rosenberg, “…”": en_news_sm parses the name as the verb's ``dobj``); session 19.
    The verb has no subject, follows a comma, and takes no addressee
    (``infinitive_speech_verbs``, ``addressee_speech_verbs``: "…, told reporters: “…”"); its
    object starts right after it, is a name or a noun that can speak, and is followed by a
    comma or colon and an opening quotation mark. O(1)."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != "," \
            or verb.lemma_.lower() in lexicons.words("infinitive_speech_verbs") \
            or verb.lemma_.lower() in lexicons.words("addressee_speech_verbs") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in kids(verb)):
        return None
    obj = next((c for c in kids(verb) if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.left_edge.i != verb.i + 1 or not_speaker(obj) or not can_speak(obj) \
            or obj.pos_ not in ("PROPN", "NOUN"):
        return None
    end = max(t.i for t in obj.subtree if not t.is_punct) + 1  # (the parser may hang the
    # comma and the opening mark on the name)
    if end + 1 >= len(doc) or doc[end].text not in (",", ":") \
            or not doc[end + 1].text or doc[end + 1].text[0] not in OPENING_MARKS:
        return None
    return obj.left_edge.i, end, obj


def phrase_after(doc: Doc, verb: Token) -> tuple[int, int, Token] | None:
    """The noun phrase right after a verb that follows a closing quotation mark ("…,'' said
    Robert Reich, who …"), up to 8 tokens; its head is the last noun before a preposition. A
    single capitalised word before punctuation is the name whatever its tag ("said Skelly,"), and
    so is a lone pronoun or number that ends the clause, the parser's object of the verb ("“…,”
    tweeted another.", "“…,” read one."; not an object pronoun: "me", "them", "it")."""
    j = verb.i + 1
    while j < len(doc) and j - verb.i <= 8 and not doc[j].is_punct and \
            doc[j].pos_ in ("PROPN", "NOUN", "DET", "ADJ", "NUM", "ADP", "PART"):
        j += 1
    first = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if j == verb.i + 1 and first is not None and j + 1 < len(doc) and doc[j + 1].is_punct \
            and first.is_alpha and first.text[:1].isupper() and not first.text.isupper() \
            and first.pos_ not in ("PRON", "DET", "CCONJ", "SCONJ"):
        # "“…,” said Skelly, explaining …": a surname the tagger took for an adverb
        return j, j + 1, first
    if first is not None and first.pos_ in ("PRON", "NUM") and first.lower_ != "it" \
            and "Acc" not in first.morph.get("Case", []) \
            and (verb.i + 2 >= len(doc) or doc[verb.i + 2].is_punct):
        # "“…,” tweeted another.", "“…,” read one.": the one of several the parser made the
        # verb's object
        return verb.i + 1, verb.i + 2, first
    phrase = doc[verb.i + 1:j]
    nouns = [t for t in phrase if t.pos_ in ("PROPN", "NOUN")]
    if not nouns or phrase[0].pos_ == "ADP":
        return None
    before_prep = [t for t in nouns if not any(p.pos_ == "ADP" for p in doc[verb.i + 1:t.i])]
    return verb.i + 1, j, (before_prep or nouns)[-1]


def _before_parenthesis(doc: Doc, verb: Token, close: int) -> tuple[int, int, Token] | None:
    """The noun phrase before a parenthesis that ends (token ``close``, a dash or ")") right
    before the verb: "Mr. Bush - in a line aimed at Mr. Trump - declared …"."""
    sent_start = sent_of(verb).start
    opening = "(" if doc[close].text == ")" else None
    for j in range(close - 1, max(sent_start, close - 30), -1):
        if doc[j].text == opening or opening is None and doc[j].text in DASHES:
            break
    else:
        return None
    if j <= sent_start:
        return None
    name = doc[j - 1]
    if name.pos_ not in ("PROPN", "NOUN") or not_speaker(name):
        return None
    first = j - 1
    while first > sent_start and doc[first - 1].pos_ in ("PROPN", "DET", "ADJ", "NOUN") \
            and not doc[first - 1].is_punct:
        first -= 1
    return first, j, name


def _before_apposition(doc: Doc, verb: Token, comma: int) -> tuple[int, int, Token] | None:
    """Looking back from the comma before ``…, said`` (token ``comma``) within 30 tokens of the
    sentence: a proper noun with a common-noun apposition ending at the comma
    (:func:`_name_before_role`), a name before a comma ("the campaign chief, Paul Manafort,
    bluntly said", with its role phrase when the name is that phrase's apposition:
    :func:`_with_role`) or an apposition ("Roberta Lange, the state party chairwoman, said"),
    or the phrase after a closing quotation mark before one ("“…,” an intelligence source, who
    …, told Fox News")."""
    sent_start = sent_of(verb).start
    named = _name_before_role(doc, comma, sent_start)
    if named is not None:
        return named
    for k in range(comma, max(sent_start, verb.i - 30), -1):
        if doc[k].text in (",", "(") and doc[k - 1].pos_ == "PROPN" \
                and doc[k - 1].ent_type_ == "PERSON":
            first = k - 1
            while first > sent_start and doc[first].ent_iob_ == "I":
                first -= 1
            return _with_role(doc, first, k, sent_start) or (first, k, doc[k - 1])
        if doc[k].text in CLOSING or doc[k].text == "," and doc[k - 1].text in CLOSING:
            j = k + 1
            while j < verb.i and not doc[j].is_punct and doc[j].pos_ in (
                    "PROPN", "NOUN", "DET", "ADJ", "NUM", "PART"):
                j += 1
            nouns = [t for t in doc[k + 1:j] if t.pos_ in ("PROPN", "NOUN")]
            if nouns and j < verb.i and doc[j].text == ",":
                return k + 1, j, nouns[-1]
            return None
    return None


def _name_before_role(doc: Doc, comma: int, sent_start: int) -> tuple[int, int, Token] | None:
    """``NAME, <role phrase>, said`` read from the parse, whatever the NER made of the name
    ("In response to …, Ieuan Wyn Jones, leader of the Plaid Cymru group in the assembly,
    said": the news model tags the name ORG and hangs it, as an apposition, on the phrase
    before it): the phrase ending at ``comma`` is a common-noun apposition of a proper noun
    that ends right before the comma opening it. The range is the name (its compound words)."""
    if comma - 1 <= sent_start:
        return None
    role = doc[comma - 1]
    while role.dep_ != "appos" and role.head.i != role.i and sent_start <= role.head.i < comma:
        role = role.head
    name = role.head
    if role.dep_ != "appos" or role.pos_ != "NOUN" or name.pos_ != "PROPN" \
            or not name.text[:1].isupper() or name.i != role.left_edge.i - 2 \
            or doc[name.i + 1].text != "," or name.i <= sent_start:
        return None
    first = name.i
    while first - 1 >= sent_start and doc[first - 1].pos_ == "PROPN" \
            and doc[first - 1].head.i in range(first, name.i + 1) \
            and doc[first - 1].dep_ in ("compound", "flat"):
        first -= 1
    return first, name.i + 1, name


def _with_role(doc: Doc, first: int, end: int, sent_start: int) -> tuple[int, int, Token] | None:
    """The role phrase with the name ``doc[first:end]`` in apposition to it, as one speaker
    phrase headed by the role ("After the storm, a Department of Transport spokesperson,
    Morwenna Trelawny, said": the news model hangs the phrase on *storm*), when the phrase
    opens after a comma and its appositive name (:func:`.headnames.appositive_name`) is that
    name; else None."""
    name = doc[end - 1]
    role = name.head
    if name.dep_ != "appos" or role.i >= first or role.left_edge.i <= sent_start \
            or doc[role.left_edge.i - 1].text != ",":
        return None
    found = appositive_name(role)
    if not found or found[-1].i != name.i:
        return None
    return role.left_edge.i, end, role
