"""Stage 5: quotes without a cue of their own, attributed from the text around them.

Tried by :mod:`.attribution` in this order, each returning an :class:`~.types.Attribution` or
None: a name and a colon before the quote ("Clinton: “…”", also after a role opening the
sentence or a list item: "- Rovers boss Mark Hale: “…”", :func:`colon_row`) or a transcript
label ("PENCE: …", :func:`named_row`, :func:`transcript_rows`), a dash and a name after it
("“…” ― Martha Aguilar"), a speech verb right after or before it in its sentence or ending the
sentence before it (:func:`frame_cue`; never after a fragment that closes its sentence with the
full stop outside the marks: "… marked a “sad day for NSW”. Howard said, …"; never a verb
after it that leads the next quote in with a colon: "“…?” On housing, builder Tom Reeve said:
“…”", :func:`_leads_next`), a speech or
*quoting* verb whose clause holds it ("X called it “total political crap”",
:func:`governing_verb`; with the reporter's words around it in what the verb reports, the quote
is all of that, ``mixed``: "called the budget “a betrayal”", "criticised the council for making
“…”", :func:`reported_around`), a clause ending in a colon before it (:func:`colon_clause`; a person named right before the
colon as the source of an utterance noun speaks: "the question posed by nurse Ann Ross: “…”",
:func:`_utterance_agent`),
a short clause after it that only says who spoke (:func:`trailing_clause`: "“…,” Trump
reacted.", "“…,” the editorial read."; after a quote closed by its own full stop only with a
speech verb: "“….” Twelve rockets struck …" is no speaker's clause), and last, a person's
name right before a quote set off by dashes ("including Mitt Romney -- “It is disqualifying …” -- and Fred Goldberg",
:func:`dash_aside`).
Each looks at a bounded window around its quote (bisect on the sorted cues): O(log n) per
quote.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from ... import lexicons
from ..segments import locate
from ..syntax import kids, sent_of, token_from
from .agents import can_speak
from .context import ArticleContext
from .marks import CLOSERS
from .spans import Intervals, subtree_span, trim
from .speakers import describe_speaker, name_speaker
from .subjects import (
    QUOTE_MARKS,
    inherited_subject,
    name_before_quoting_verb,
    not_speaker,
    phrase_after,
    relative_cue,
    subject,
)
from .types import Attribution, Cue, QuoteSpan, Speaker

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# a name after a dash: capitalised words and lower-case particles
_NAME = r"(?P<name>[A-Z][\w.'’\-]*(?:[^\S\n]+(?:[A-Z][\w.'’\-]*|{particles}))*)"


def _dash_patterns() -> tuple[re.Pattern, re.Pattern]:
    """``"…" ― Name`` after a quote, and a quote's paragraph followed by one of only a dash
    and a name ("\\n\\n- Clinton."); names may hold ``name_particles`` ("Ana de la Cruz")."""
    def build(lx):
        name = _NAME.format(particles="|".join(map(re.escape, lx.lists["name_particles"])))
        return (re.compile(r"[^\S\n]*[―—–-]{1,2}[^\S\n]*" + name),
                re.compile(r"[^\S\n]*\n\s*[―—–-]{1,2}[^\S\n]*" + name
                           + r"[^\n]{0,80}(?:\n|\Z)"))
    return lexicons.derived("dash_name_re", build)


# Session 23 (s27-webquotes): a second dash right after a name that a dash put after a quote,
# and the sentence going on in lower case ("'The next Pele' - Jonas Silva - is joining …")
_DASH_APPOSITION = re.compile(r"[^\S\n]*(?:--|[―—–-])[^\S\n]*[a-z]")


def _not_speaker_labels() -> frozenset[str]:
    """Capitalised labels that look like transcript speakers but are not ("CLARIFICATION:")."""
    return lexicons.derived("not_speaker_labels",
                            lambda lx: frozenset(lx.lists["not_speaker_labels"]))


# a colon, then at most a paragraph break and the opening mark, right before a quote
_COLON_GAP = re.compile(r":[^\S\n]*(?:\n[^\S\n]*){0,2}[\"“'‘`]*$")
# a transcript label opening a quote or a paragraph ("WALLACE: …")
_LEAD_NAME = re.compile(r"(?P<name>[A-Z][A-Z.'’\- ]{1,40}[A-Z.]):[ \t]+(?=\S)")


def named_row(q: QuoteSpan, text: str, ctx: ArticleContext) -> Attribution | None:
    """``"…" ― Martha Aguilar`` (a dash and a name after the quote) or a quote opening with a
    transcript speaker (``"WALLACE: Do you really …``)."""
    lead = _LEAD_NAME.match(text, q.start)
    if lead is not None and lead.group("name").strip() not in _not_speaker_labels() \
            and ctx.label_speaks(lead.group("name"), text[lead.end():q.end]) \
            and len(text[lead.end():q.end].split()) >= ctx.settings.min_quote_words:
        name_end = lead.start("name") + len(lead.group("name").rstrip())
        return Attribution(lead.end(), q.end, "direct",
                           Cue(lead.end() - 1, lead.end(), ":", ":", None, None),
                           name_speaker(text, lead.start(), name_end, ctx))
    if q.close is None:
        return None
    dash_name, dash_line = _dash_patterns()
    dash = dash_name.match(text, q.outer_end) or dash_line.match(text, q.outer_end)
    if dash is not None and _DASH_APPOSITION.match(text, dash.end("name")) is not None:
        # "'The new Maradona' - Carlos Tevez - is joining …": a name set off by dashes, the
        # sentence going on after it, is what the quoted epithet names, not its speaker
        return None
    if dash is not None:
        a, b = dash.start("name"), dash.end("name")
        if text[b - 1] == "." and b - a > 2 and not text[b - 3:b - 2].isspace():
            b -= 1  # "- Clinton." : the sentence's full stop, not an initial
        return Attribution(q.start, q.end, "direct",
                           Cue(dash.start(), a, text[dash.start():a].strip(), "—", None, None),
                           name_speaker(text, a, b, ctx))
    return None


# a dash right before a quote's opening mark, and one right after its closing mark
_DASH_BEFORE = re.compile(r"[^\S\n]*(?P<dash>--|[―—–])[^\S\n]*['‘“\"`]?$")
_DASH_AFTER = re.compile(r"[^\S\n]*(?:--|[―—–])")


def dash_aside(q: QuoteSpan, text: str, ctx: ArticleContext) -> Attribution | None:
    """A quote set off by dashes right after a person's name ("including the former candidate
    Mitt Romney -- “It is disqualifying for a nominee to refuse …” -- and Fred Goldberg"): the
    named person's words, an apposition to the name. Only a PERSON mention ending at the first
    dash, and a second dash right after the closing mark; tried after every other frame.
    O(log m) for m mentions."""
    if q.close is None or _DASH_AFTER.match(text, q.outer_end) is None:
        return None
    dash = _DASH_BEFORE.search(text, max(0, q.open - 7), q.open)
    if dash is None:
        return None
    at = bisect.bisect_left(ctx.entity_index.starts, dash.start()) - 1
    ent = ctx.entities[at] if at >= 0 else None
    if ent is None or ent.label != "PERSON" or ent.end != dash.start():
        return None
    return Attribution(q.start, q.end, "direct",
                       Cue(dash.start("dash"), dash.end("dash"), dash.group("dash"), "—", None,
                           None),
                       name_speaker(text, ent.start, ent.end, ctx))


def colon_row(q: QuoteSpan, text: str, ctx: ArticleContext, doc: Doc | None = None
              ) -> Attribution | None:
    """``Clinton: “Our goal is …” Bush: “The mission is …”``: a person's name opening a
    sentence, a colon, then the quote. With the parse (``doc``), the name may follow a role
    that opens the sentence or a list item (:func:`_role_lead`: "- Rovers boss Mark Hale: “…”",
    "Scotland doctor Ann Ross: “…”", the reactions a sports report lists): the phrase, role
    and name, is the speaker."""
    colon = _COLON_GAP.search(text, max(0, q.open - 3), q.open + 1)
    if colon is None or "\n" in colon.group():
        return None
    at = bisect.bisect_left(ctx.entity_index.starts, colon.start()) - 1
    ent = ctx.entities[at] if at >= 0 else None
    if ent is None or ent.label != "PERSON" or ent.end != colon.start():
        return None
    start = ent.start if _sentence_boundary_before(text, ent.start) \
        else _role_lead(doc, text, ent.start) if doc is not None else None
    if start is None:
        return None
    return Attribution(q.start, q.end, "direct",
                       Cue(colon.start(), colon.start() + 1, ":", ":", None, None),
                       name_speaker(text, start, ent.end, ctx))


#: the parts of speech of a role before a name ("Manchester United coach", "the club's
#: director of football", "Scotland doctor"): no verb, pronoun or conjunction
_ROLE_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "NUM", "PART"})
_ROLE_ADP = frozenset({"of", "for", "at"})


def _role_lead(doc: Doc, text: str, name_start: int) -> int | None:
    """The start of a role of at most eight words that opens a sentence (or a list item after
    its dash) right before the name at ``name_start`` ("- Blackburn boss Mark Hale: “…”"), or
    None: every word a noun, adjective, proper noun, number, determiner, possessive or one of
    ``of``/``for``/``at`` ("He told Ann Ross: “…”" and "Fans and Ann Ross: …" are no role).
    Cost: at most eight tokens back from the name, a bisect."""
    j = token_from(doc, name_start) - 1
    for _ in range(8):
        if j < 0:
            return None
        tok = doc[j]
        if tok.pos_ not in _ROLE_POS and tok.lower_ not in _ROLE_ADP:
            return None
        if _sentence_boundary_before(text, tok.idx):
            return tok.idx if tok.pos_ != "ADP" else None
        j -= 1
    return None


def _sentence_boundary_before(text: str, pos: int) -> bool:
    """Whether ``pos`` starts a paragraph or follows a sentence end, a closing quote or a dash."""
    before = text[max(0, pos - 200):pos].rstrip(" \t")  # a window: never copy the article
    return not before or before[-1] in "\n.!?'-—–:" + CLOSERS or before.endswith("]")


def frame_cue(q: QuoteSpan, i: int, spans: list[QuoteSpan], cues: list[Cue],
               cue_starts: list[int], cue_speakers: dict[int, Speaker], text: str,
               sentences: list[int]) -> Attribution | None:
    """A speech verb just after (``"…," McCaul said``) or before (``X said: "…"``) the quote;
    not an "according to X" after it that sources the words after itself (``"… before."
    According to analysts, sales rose …``), nor a verb after it that leads the next quote in
    with a colon (:func:`_leads_next`)."""
    nxt = spans[i + 1].open if i + 1 < len(spans) else len(text)
    prv = spans[i - 1].outer_end if i > 0 else 0
    end_sent = locate(q.outer_end, sentences)
    if text[q.end - 1:q.end] == "." and q.close is not None:
        # session 20: a quote closed by its own full stop ends its sentence there, though the
        # parser put the closing mark in the next one ('… a game.” / ” In the first year,
        # developers said …': en_news_sm): that sentence's speech verb reports its own words
        end_sent = min(end_sent, locate(q.end - 1, sentences))
    start_sent = locate(q.open, sentences)
    # The parser often ends a sentence at the closing mark ("…," / Douglas Holtz-Eakin … told
    # me): then the attribution is the next sentence.
    # A quote ending its sentence with a full stop ("… cannot be denied." He announced …) is not
    # attributed forward.
    if end_sent + 1 < len(sentences) and sentences[end_sent + 1] - q.outer_end <= 2 \
            and text[q.end - 1:q.end] != ".":
        end_sent += 1
    newline = text.find("\n", q.outer_end)
    after_limit = min(nxt, sentences[end_sent + 1] if end_sent + 1 < len(sentences) else len(text),
                      newline if newline >= 0 else len(text))
    if text[q.outer_end:q.outer_end + 1] in (".", "!", "?") and q.open > sentences[start_sent] \
            and text[q.end - 1:q.end] not in (".", "!", "?", ","):
        # a fragment closing its sentence ("… marked a “sad day for NSW”. Howard said, …") is
        # words of its own clause, never of the next sentence's speaker
        after_limit = q.outer_end
    window = cues[bisect.bisect_left(cue_starts, q.outer_end):
                  bisect.bisect_left(cue_starts, after_limit + 1)]
    # cues with a speaker, the cue or its speaker close after the quote ("…," Michael McFaul, a
    # senior fellow at …, said): a long appositive between speaker and verb does not break the
    # frame
    # not an "according to X" that sources the words after it ("“… before.” According to
    # analysts, sales rose …": its own sentence's report)
    after = [c for c in window if (who := cue_speakers[c.token_i].start) is not None
             and len(text[q.outer_end:min(c.start, who)].split()) <= 12
             and not (c.according_to and c.content is not None and c.content[0] > c.start)
             and not _leads_next(c, nxt, text)
             and not _own_report_after_question(q, c, text)]
    if after:
        c = after[0]
        return Attribution(q.start, q.end, "direct", c, cue_speakers[c.token_i])
    before_limit = max(prv, sentences[start_sent], text.rfind("\n", 0, q.open) + 1)
    window = cues[bisect.bisect_left(cue_starts, before_limit):
                  bisect.bisect_left(cue_starts, q.open)]
    before = [c for c in window if cue_speakers[c.token_i].start is not None
              and text[c.end:q.open].strip().rstrip("'`").rstrip()[-1:] in (":", ",", "")]
    if before:
        c = before[-1]
        return Attribution(q.start, q.end, "direct", c, cue_speakers[c.token_i])
    # "Iowa State University's Dianne Bystrom agreed. “Mainstream Republicans are …”": a cue
    # with nothing to report ends the sentence right before the quote
    window = cues[bisect.bisect_left(cue_starts, max(prv, text.rfind("\n", 0, q.open) + 1)):
                  bisect.bisect_left(cue_starts, q.open)]
    if window:
        c = window[-1]
        if c.content is None and not c.according_to and cue_speakers[c.token_i].start is not None \
                and not c.negated and (c.lemma in ("tell", "ask", "brief", "inform")
                                       or len(c.text.split()) == 1) \
                and re.fullmatch(r"[^\S\n]*[.:][^\S\n]*['\"“‘`]*", text[c.end:q.open]):
            return Attribution(q.start, q.end, "direct", c, cue_speakers[c.token_i])
    return None


def _own_report_after_question(q: QuoteSpan, c: Cue, text: str) -> bool:
    """Session 23 (s27-webquotes): whether the cue after a quote that ends in its own "?" or "!"
    opens a new sentence (a capital letter right after the closing mark) and reports a clause
    of its own after the verb: "The question is: “Should the council keep …?” The commission
    said on Monday it was happy …" — the commission's report is its own sentence, not the
    quoted question's attribution (as session 20 ruled for a quote closed by its full stop).
    "“Why not?” asked Mr Hale", "“Why?” he said" (no content of their own) still frame it."""
    if q.close is None or text[q.end - 1:q.end] not in ("?", "!") or c.content is None \
            or c.content[0] < c.end:
        return False
    return text[q.outer_end:c.start].lstrip()[:1].isupper()


def _leads_next(c: Cue, nxt: int, text: str) -> bool:
    """Whether the cue ``c`` opens the next quote (at ``nxt``) with a colon: "“…?” On housing,
    builder Tom Reeve said: “…”" — a lead-in of its own quote, never the trailing attribution
    of the quote before it (a vox pop's question stays with its own lead-in or none)."""
    between = text[c.end:nxt]
    return nxt < len(text) and len(between) <= 40 \
        and re.fullmatch(r"[^.!?\n\"“”]*:\s*", between) is not None


def colon_clause(doc: Doc, q: QuoteSpan, ctx: ArticleContext, prior: list[Speaker]
                 ) -> Attribution | None:
    """A quote introduced by a clause ending in a colon, in the same paragraph or as the whole
    next one: ``Cruz called them on it:`` / ``the board was conclusive in its findings: “…”``.
    The speaker is the subject of that clause's main verb; a speech verb in a relative clause
    just before the colon ("X, who cited …:") is that clause, its speaker the phrase it
    modifies (:func:`relative_cue`); an inverted speech verb that opens the clause ("Said
    Ellis:", "Continued Stone:"), parsed as a modifier of the name, is the cue and the name the
    speaker (:func:`_inverted_verb`). A name right before the colon that is the source of an
    utterance noun ("The sharpest question came from nurse Ann Ross:", "the question posed by
    nurse Ann Ross:") is the speaker, whatever the clause's subject (:func:`_utterance_agent`);
    the owner of an utterance noun that heads the clause or is its subject speaks ("Her reply:",
    "The mayor's verdict:", "His answer was blunt:", :func:`_utterance_owner`)."""
    text = ctx.text
    m = _COLON_GAP.search(text, max(0, q.open - 12), q.open + 1)
    if m is None:
        return None
    colon = m.start()
    span = doc.char_span(max(0, colon - 1), colon, alignment_mode="expand")
    if span is None or not len(span):
        return None
    agent = _utterance_agent(span[-1])
    if agent is not None:  # "the question posed by nurse Ann Ross:": hers, not the clause's
        noun, name = agent
        speaker = describe_speaker(name, ctx, prior)
        if speaker.start is not None:
            cue = Cue(noun.idx, noun.idx + len(noun.text), noun.text, noun.lemma_.lower(), name,
                      None, token_i=noun.i)
            return Attribution(q.start, q.end, "direct", cue, speaker)
    root = span[-1]  # the clause before the colon: climb while the head stays before it
    while root.head.i != root.i and root.head.idx < colon and not relative_cue(root):
        root = root.head
    head: Token | None
    name_span: tuple[int, int] | None = None
    if root.pos_ not in ("VERB", "AUX"):
        owner = _utterance_owner(root)
        verb = _inverted_verb(root) if owner is None else None
        if owner is not None:  # "Her reply:", "The mayor's verdict on the plan:"
            head = owner
            if owner.pos_ != "PRON":  # the owner's phrase without its "'s"
                name_span = (owner.left_edge.idx, owner.idx + len(owner.text))
        elif verb is None:
            return None
        else:
            root, head = verb, root  # "Said Ellis:", "Continued Stone:": the verb on the name
            start = doc[verb.i + 1].idx
            name_span = (start, start + len(text[start:colon].rstrip()))
    else:
        head = subject(root) or inherited_subject(root)
        owner = _utterance_owner(head) if head is not None and head.idx < colon else None
        if owner is not None:  # "Her reply was blunt:": the owner speaks
            head = owner
            if owner.pos_ != "PRON":
                name_span = (owner.left_edge.idx, owner.idx + len(owner.text))
    if head is None or head.idx >= colon or head.pos_ not in ("PROPN", "NOUN", "PRON") \
            or head.lower_ in lexicons.words("not_colon_speakers"):
        return None
    speaker = describe_speaker(head, ctx, prior, name_span)
    if speaker.start is None:
        return None
    cue = Cue(root.idx, root.idx + len(root.text), root.text, root.lemma_.lower(), head, None,
              token_i=root.i)
    return Attribution(q.start, q.end, "direct", cue, speaker)


#: possessive pronouns that stand for a person (not "its": a thing's "message" is no one's)
_PERSON_POSSESSIVES = ("his", "her", "their")


def _utterance_owner(noun: Token) -> Token | None:
    """The owner of an utterance noun (``owned_speech_nouns``: reply, verdict, message, …)
    heading the clause before a colon, or its subject: "Her reply: “…”", "The mayor's verdict
    on the plan: “…”", "His answer was blunt: “…”" (session 18: a quote with no speaker). The
    owner is a possessive his / her / their, or a proper or common noun with "'s" that can
    speak (:func:`.agents.can_speak`); "The film's message:", "Its message:" own nothing. None
    when there is no such owner. O(children)."""
    if noun.pos_ != "NOUN":
        return None
    words = lexicons.words("owned_speech_nouns")
    if noun.lemma_.lower() not in words and noun.lower_ not in words:
        return None
    for child in kids(noun):
        if child.dep_ != "poss" or child.i > noun.i:
            continue
        if child.pos_ == "PRON":
            return child if child.lower_ in _PERSON_POSSESSIVES else None
        if child.pos_ in ("PROPN", "NOUN") and can_speak(child):
            return child
    return None


def _utterance_agent(last: Token) -> tuple[Token, Token] | None:
    """``(noun, name)`` when the words right before a colon are a person's name that is the
    source of an utterance noun (``owned_speech_nouns``: question, answer, warning, …) through
    "from" or "by": "The sharpest question came from Leeds nurse Ann Ross:", "the question
    posed by Brighton nurse Ann Ross:", "a warning from Ann Ross:"; else None. The quote after
    the colon is that person's words, not the clause subject's ("the question" itself, or "you"
    in "can you imagine anyone asking the question posed by …"). Only a proper name (not "a
    question from the audience:"), at most the name's own compounds between it and the colon.
    O(1): a few steps up the parse."""
    name = last
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head
    if name.pos_ != "PROPN" or name.i != last.i or name.dep_ != "pobj" \
            or name.head.lower_ not in ("from", "by"):
        return None
    holder = name.head.head
    noun: Token | None
    if holder.pos_ == "NOUN":
        noun = holder  # "a warning from Ann Ross:"
    elif holder.pos_ == "VERB" and holder.dep_ == "acl" and holder.head.pos_ == "NOUN":
        noun = holder.head  # "the question posed by Ann Ross:"
    elif holder.pos_ == "VERB":
        noun = next((c for c in kids(holder) if c.dep_ == "nsubj"), None)  # "… came from"
        if noun is None or noun.pos_ != "NOUN":
            return None
    else:
        return None
    words = lexicons.words("owned_speech_nouns")
    if noun.lemma_.lower() not in words and noun.lower_ not in words:
        return None
    return noun, name


def _inverted_verb(name: Token) -> Token | None:
    """The speech verb that opens the clause of ``name`` before a colon, which the parser hung
    on the name as a modifier ("Said Ellis:", "Added Warren:", "Stated Stone:"), or None."""
    first = name.left_edge
    if first.i == name.i or first.head.i != name.i or not first.text[:1].isupper() \
            or name.pos_ not in ("PROPN", "NOUN") or first.dep_ not in ("compound", "amod"):
        return None
    verbs, _ = lexicons.speech_verbs()
    word = first.lower_
    forms = {first.lemma_.lower(), word.removesuffix("d"), word.removesuffix("ed"),
             "say" if word == "said" else word}
    return first if forms & verbs else None


def governing_verb(doc: Doc, q: QuoteSpan, ctx: ArticleContext, prior: list[Speaker]
                   ) -> Attribution | None:
    """A quoted fragment inside the clause of a speech or quoting verb with a speaker:
    ``X called it “total political crap”``, ``an explosion that X described as “…”``."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    verbs, _ = lexicons.speech_verbs()
    quoting = lexicons.words("quoting_verbs")
    tok = span.root
    sent_start = sent_of(doc[span.start]).start
    for _ in range(8):
        if tok.head.i == tok.i or tok.head.i < sent_start:
            return None
        tok = tok.head
        if span.start <= tok.i < span.end:
            continue
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and (lemma in quoting or lemma in verbs):
            head = subject(tok) or inherited_subject(tok)
            named = name_before_quoting_verb(tok, ctx.text) if head is None else None
            if named is not None:
                head = named[2]  # "Tully described it as “…”": the name read as an adverb
            if head is None or q.open <= head.idx < q.outer_end:
                return None
            speaker = describe_speaker(head, ctx, prior) if named is None else \
                describe_speaker(head, ctx, prior, span=(head.idx, head.idx + len(head.text)))
            if speaker.start is None:
                return None
            wider = reported_around(tok, q, ctx.text)
            cue = Cue(tok.idx, tok.idx + len(tok.text), tok.text, lemma, head, wider,
                      token_i=tok.i)
            if wider is not None:
                return Attribution(*wider, "mixed", cue, speaker)
            return Attribution(q.start, q.end, "direct", cue, speaker)
        if tok.dep_ in ("ccomp", "ROOT"):
            return None  # the clause ends here: a verb above it is someone else's
    return None


# the verb's dependents after it that hold what it reports: its object (with the predicate
# the parser may hang on it), a predicate, a clause, and the phrases "as", "for" and "of"
# ("described the field as “…”", "mocked him for “…”", "accused it of “…”")
_REPORTED = ("dobj", "dative", "oprd", "attr", "acomp", "xcomp", "ccomp", "appos")
_REPORTED_PREPS = ("as", "for", "of")
# an object that only points at the quote ("called it a “difficult and painful decision”")
_OBJECT_PRONOUNS = ("it", "this", "that", "them")


def circumstance(doc: Doc, start: int, end: int) -> bool:
    """Whether the words in ``[start, end)`` after a closing mark only say when, where or how
    something was said, not what: no word, or no verb among them and either a preposition
    first ("on Monday", "in a statement", "at a rally in Ohio") or only a date or time ("last
    week"). "about how the contract was awarded", "every time he thinks …" are more of what was
    said. Reads the tokens of the range: O(k log n)."""
    words = [t for t in doc[token_from(doc, start):token_from(doc, end)] if not t.is_punct
             and not t.is_space]
    if not words:
        return True
    if any(t.pos_ in ("VERB", "AUX") for t in words):
        return False
    return words[0].pos_ == "ADP" or all(t.ent_type_ in ("DATE", "TIME") for t in words)


def reported_around(verb: Token, q: QuoteSpan, text: str) -> tuple[int, int] | None:
    """The content of a speech or quoting verb whose dependents after it hold the quote ``q``
    and words of the reporter's around it: "called the agreement “an historic step forward” in
    global efforts …", "argued the pipeline “wouldn't go 10 feet” without eminent domain" (the
    quoted words are a fragment of what the sentence reports, which is the quote, ``mixed``).
    Words after the quote that only say when or where (:func:`circumstance`: "… on
    Wednesday") are left out. None when the quote is the whole of them, or all but a word
    ("called it “…”", "calling it a “difficult and painful decision”": a pronoun object is not
    counted, and the direct quote stays), or when they hold no quote. Reads the verb's children
    and their subtrees' edges: O(k)."""
    after = [c for c in kids(verb) if c.i > verb.i and (
        c.dep_ in _REPORTED or c.dep_ == "prep" and c.lower_ in _REPORTED_PREPS)
        and not (c.dep_ == "dobj" and c.lower_ in _OBJECT_PRONOUNS)]
    if not after:
        return None
    spans = [subtree_span(c) for c in after]
    first = min(after, key=lambda c: c.i)
    if first.dep_ == "prep" and first.i + 1 < len(verb.doc):
        # "calls for a “Medicare for all” system": the phrase's words, not its preposition
        spans[after.index(first)] = (verb.doc[first.i + 1].idx, spans[after.index(first)][1])
    a, b = min(s[0] for s in spans), max(s[1] for s in spans)
    if not (a <= q.open and q.end <= b):
        return None
    a, b = trim(text, a, b)
    if a == q.open:
        a = q.open + 1
    if b > q.outer_end and circumstance(verb.doc, q.outer_end, b):
        b = q.outer_end  # "called the ruling “total political crap” | on Wednesday"
    elif q.close is not None and b < q.outer_end:
        b = q.outer_end  # the closing mark hung on the root: "… as “a win for all”."
    outside = text[a:q.open] + text[q.outer_end:b]
    if sum(1 for w in outside.split() if w[:1].isalnum()) < 2:
        return None
    return a, b


_SPEAKER_START = ("DET", "PROPN", "NOUN", "PRON", "ADJ", "NUM")


def trailing_clause(doc: Doc, q: QuoteSpan, ctx: ArticleContext, prior: list[Speaker]
                    ) -> Attribution | None:
    """A short clause right after the closing mark that only says who spoke, whatever its verb
    (``“…,” Trump reacted.``, ``“…” scoffed Arianna Gil``, ``“…?” he wondered``, ``“…,”
    the nominee riffed on …``): the quote is what its subject said. The verb is the clause's
    first verb, with its subject between it and the quote (or the phrase after it when it comes
    first); when the tagger missed the verb ("Will wrote": *Will* as a modal, "Conway notes"
    as a noun), a capitalised name and the lower-case word right after it ending the clause,
    or, after a quote closed by a comma, question or exclamation mark, a noun phrase and a
    speech verb read as a noun (:func:`_tagged_noun_verb`: "“…,” the editorial read.", "“…,”
    a voice-over in the ad states."). Not for a clause with a report of its own, a question
    word or conjunction before the subject, or a negated verb; after a quote closed by its own
    full stop, only for a speech verb of the lexicon (the clause is a sentence of its own:
    "“… ourselves.” Twelve rockets struck near the base" names no speaker)."""
    text = ctx.text
    if q.close is None or q.end - q.start < 2:
        return None
    i = token_from(doc, q.outer_end)
    while i < len(doc) and (doc[i].is_punct and doc[i].text not in ".!?" or doc[i].is_space) \
            and doc[i].idx - q.outer_end < 4 and "\n" not in doc[i].text:
        i += 1
    if i >= len(doc) or doc[i].idx - q.outer_end > 4 or "\n" in text[q.outer_end:doc[i].idx]:
        return None
    end = i  # the clause: up to its sentence's end, a colon or another quote, 12 words
    while end < len(doc) and end - i < 12 and doc[end].text not in (".", "!", "?", ":", ";") \
            and doc[end].text not in QUOTE_MARKS and not doc[end].is_space:
        end += 1
    clause = doc[i:end]
    if not len(clause) or clause[0].pos_ not in _SPEAKER_START + ("VERB",) \
            or not clause[0].text[:1].isalpha():
        return None
    # session 22: not a verb of a relative clause on a noun of the clause ("“…,” the ministry
    # states in the report, which was shared with …": *shared* is the report's)
    verb = next((t for t in clause if t.pos_ == "VERB" and t.tag_ != "VBG"
                 and not _relative_verb(t, i)), None)
    phrase: tuple[int, int] | None = None  # the speaker phrase, where the parse cannot tell it
    if verb is not None and verb.i == i:  # inverted: "… ,” scoffed Arianna Gil, 22"
        found = phrase_after(doc, verb)
        head = found[2] if found is not None else None
    elif verb is not None:
        head = subject(verb)
        if head is None and verb.dep_ == "acl" and i <= verb.head.i < verb.i:
            head = verb.head  # "“…?” the 43-year-old asked": parsed as a participle of it
        if head is None and all(t.text[:1].isupper() for t in doc[i:verb.i]) \
                and verb.i - i <= 4:
            head = doc[verb.i - 1]  # "“…,” Conway notes.": the name parsed as a compound
        if head is None:
            # "“…,” Ruth Hale, the pollster who founded the site tweeted on Wednesday."
            named = _name_before_apposition(doc, i, verb)
            if named is not None:
                head, phrase = named
        relative = _relative_words(doc, i, verb.i)
        if head is None or head.i < i or any(t.pos_ in ("VERB", "AUX") for t in doc[i:verb.i]
                                             if t.i != head.i and t.i not in relative):
            return None
    else:
        # "“…,” Will wrote." / "“…,” Conway notes." — the tags missed the verb
        names = 0
        while names < len(clause) and clause[names].text[:1].isupper():
            names += 1
        if 0 < names <= 4 and names + 1 <= len(clause) and clause[names].text.isalpha() \
                and clause[names].text.islower() \
                and (names + 1 == len(clause) or clause[names + 1].pos_ in ("ADP", "PUNCT")):
            verb, head = clause[names], clause[names - 1]
        elif text[q.start:q.close].rstrip()[-1:] in (",", "?", "!") \
                and (noun_verb := _tagged_noun_verb(clause)) is not None:
            verb, head = noun_verb  # "“…,” the editorial read.", "“…,” the Saudis state in …"
            phrase = (clause[0].idx, head.idx + len(head.text))
        else:
            return None
    if head is None or not_speaker(head) or any(c.dep_ == "neg" for c in kids(verb)) \
            or any(c.dep_ in ("ccomp", "xcomp", "dobj") and c.i > verb.i and c.i != head.i
                   for c in kids(verb)):
        return None
    if text[q.start:q.close].rstrip()[-1:] == "." \
            and verb.lemma_.lower() not in lexicons.speech_verbs()[0] \
            and verb.lower_ not in lexicons.speech_verbs()[0]:
        # a quote closed by its own full stop: what follows is a sentence of its own, whose
        # verb says who spoke only when it is a speech verb ("“… ourselves.” Twelve rockets
        # struck near the base": no speaker; "“… today.” he said": his)
        return None
    if phrase is None and verb.i > head.i and head.pos_ not in ("PRON", "NOUN"):
        phrase = (clause[0].idx, head.idx + len(head.text))
    speaker = describe_speaker(head, ctx, prior, span=phrase)
    if speaker.start is None:
        return None
    cue = Cue(verb.idx, verb.idx + len(verb.text), verb.text, verb.lemma_.lower(), head, None,
              token_i=verb.i)
    return Attribution(q.start, q.end, "direct", cue, speaker)


def _relative_verb(verb: Token, start: int) -> bool:
    """Session 22: whether ``verb`` heads a relative clause (or a verb joined to one) on a
    word of the clause after a quote that starts at token ``start``: "the white paper, which
    was shared with lawmakers", "the guru who founded the site" — never the clause's own verb
    of speaking."""
    for _ in range(3):
        if verb.dep_ == "relcl":
            return start <= verb.head.i < verb.i
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _relative_words(doc: Doc, start: int, end: int) -> set[int]:
    """Session 22: the token indices of the relative clauses (:func:`_relative_verb`) among
    ``doc[start:end]``, the words of a clause after a quote before its verb ("Ruth Hale, the
    pollster who founded the site, said"): their verbs are not the clause's. O(k)."""
    words: set[int] = set()
    for tok in doc[start:end]:
        if tok.i not in words and _relative_verb(tok, start):
            words.update(t.i for t in tok.subtree)
    return words


def _name_before_apposition(doc: Doc, start: int, verb: Token
                            ) -> tuple[Token, tuple[int, int]] | None:
    """Session 22: ``(head, phrase)`` of the name that opens the clause after a quote, set off
    by a comma from an apposition the writer did not close before the speech verb ("“…,” Ruth
    Hale, the pollster who founded the site tweeted on Wednesday.": the parser finds no subject
    for *tweeted*): one to four capitalised words from ``start``, then a comma, and a speech
    verb of the lexicon, not passive, that the parse left with no subject. None otherwise."""
    verbs, _ = lexicons.speech_verbs()
    if verb.lemma_.lower() not in verbs or any(c.dep_ in ("auxpass", "nsubjpass")
                                               for c in kids(verb)):
        return None
    k = start
    while k < verb.i and k - start < 4 and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper():
        k += 1
    if k == start or k >= verb.i or doc[k].text != ",":
        return None
    name = doc[k - 1]
    return name, (doc[start].idx, name.idx + len(name.text))


#: what may stand in the phrase before a speech verb the tagger read as a noun
_PHRASE_TAGS = ("DET", "ADJ", "NOUN", "PROPN", "NUM", "PART")


def _tagged_noun_verb(clause) -> tuple[Token, Token] | None:
    """``(verb, speaker head)`` of a clause after a quote that is a noun phrase and a speech verb
    the tagger read as a noun ("the editorial read", "the Saudis state in the white paper", "a
    voice-over in the ad states"): a determiner first, then at most six words of a noun
    phrase (with one prepositional phrase: "in the ad"), then a lower-case form of a speech
    verb of the lexicon (its lemma, or with -s, -es, -d, -ed) ending the clause or followed by a
    preposition or punctuation. The head is the last word of the phrase before its
    preposition. None otherwise."""
    if len(clause) < 3 or clause[0].pos_ != "DET" or clause[0].dep_ != "det":
        return None
    verbs, _ = lexicons.speech_verbs()
    head, prep = None, False
    for k, tok in enumerate(clause):
        if k == 0:
            continue
        word = tok.text
        if k >= 2 and word.isalpha() and word.islower() and _speech_form(word, verbs) \
                and tok.pos_ in ("NOUN", "VERB") \
                and (k + 1 == len(clause) or clause[k + 1].pos_ in ("ADP", "PUNCT")):
            return (tok, head) if head is not None else None
        if k > 7 or tok.pos_ not in _PHRASE_TAGS + ("ADP", "PUNCT") \
                or tok.pos_ == "PUNCT" and tok.text not in ("-", "'", "’"):
            return None
        if tok.pos_ == "ADP":
            if prep or head is None:
                return None
            prep = True
        elif not prep and tok.pos_ in ("NOUN", "PROPN", "ADJ"):
            head = tok  # "the editorial read": the tagger's adjective before its noun-verb
    return None


def _speech_form(word: str, verbs: frozenset[str]) -> bool:
    """Whether ``word`` is a speech verb's lemma or its -s, -es, -d or -ed form."""
    return word in verbs or any(word.endswith(end) and word[:-len(end)] in verbs
                                for end in ("s", "es", "d", "ed"))


def transcript_rows(ctx: ArticleContext, taken: Intervals) -> list[Attribution]:
    """Interview transcripts: a paragraph "PENCE: Well, look, …" is a direct quote of PENCE
    (of at least ``min_quote_words``; paragraphs starting in ``taken`` are someone's already)
    when the label speaks (:meth:`ArticleContext.label_speaks`: not the section label of a
    brief)."""
    text, rows = ctx.text, []
    for m in re.finditer(r"(?m)^(?P<name>[A-Z][A-Z.'’\- ]{1,40}[A-Z.]):[ \t]+(?=\S)", text):
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        start, stop = trim(text, m.end(), end)
        if len(text[start:stop].split()) < ctx.settings.min_quote_words or start in taken \
                or m.group("name").strip() in _not_speaker_labels() \
                or not ctx.label_speaks(m.group("name"), text[start:stop]):
            continue
        name = m.group("name").strip()
        speaker = Speaker(name, m.start(), m.start() + len(name), "person",
                          ctx.person_named(name.title()), None)
        rows.append(Attribution(start, stop, "direct",
                                Cue(m.end() - 1, m.end(), ":", ":", None, None), speaker))
    return rows
