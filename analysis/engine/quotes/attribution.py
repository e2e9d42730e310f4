"""Stage 6: reconciling quotation marks and cues into the article's quotes, as
:class:`~.types.Attribution` records — the engine's entry point, :func:`attribute`.

First, a quote too short to be one is kept when a cue frames it as an utterance ("“Seriously?”
asked Mr Hollis.", "Wallace then asked, “Why?”", "“…,” Tester said. “Very good.”";
:mod:`.short_quotes`). Then, in order: a name and a
colon before a quote claim it ("Clinton: “…”"); each cue's content
becomes a quote — ``direct`` when it lies inside quotation marks, ``mixed`` when it holds a
quoted fragment or opens with a quote that the reported clause goes on after ("said “we need
more information” about how …": the clause, not the quoted words alone), else ``indirect`` (or
``according_to``); every quote left is attributed from
the text around it (:mod:`.frames`), or kept with no speaker; transcript paragraphs are added;
a quote with no speaker continues the speaker of a chained multi-paragraph quote or of an
attribution in the sentences just before it (once more after the clause rules of
:mod:`.embedded` have attributed a quote, for the quotes after it: :func:`_continue_embedded`) (also of a cue that reported nothing itself) when
it stands as a sentence of its own, its sentence is about that speaker or it holds its
sentence's main clause ("Unless the council acts, “we will …”", "The council “simply did not
listen …”": :func:`_quoted_main_clause`) or finishes, in a sentence about no one else, the
sentence right after the attribution ("…, he said. It's “…”", "That makes her “…”":
:func:`.follow_on.follows_report`) (a quoted phrase inside other narration: only an
attribution in its own sentence; a short phrase inside a sentence about something else: none,
:func:`.labels.embedded_fragment`), and no named person is the subject of a sentence in between;
of a sentence holding a quoted report and someone else's report in a relative or adverbial
clause after it ("“We will win,” Garner said, an hour after the stations declared her the
winner."), the quoted voice is continued, not the aside (:func:`_side_report`).
Page furniture lines (:mod:`.furniture`: "WATCH: X slams …", a headline again) hold no quote,
cue or speaker, and labels (:mod:`.labels`: "banners reading “…”", "what critics call “…”",
"the so-called “…”") are no quotes; a cue whose speaker is a sign is none either. Embedded web
markup (:mod:`.markup`: ``<tweet author="@X" …>``, ``</a>``) is no cue, speaker or quoted words:
its quotation marks are not paired, and a quote or speaker phrase that runs into a tag ends at it.
Quoted phrases nobody says that do not read as speech are dropped, and quotes never overlap
(the outer attribution stays), but a report told in a relative clause at the end of another
report ("criticized X's email use, which an FBI investigation said was “…”") is first made a
quote of its own and the outer content ends before it (session 25, :mod:`.relative_reports`);
quoted words that finish the report before them in its sentence,
with the same speaker and no cue between, join it (:mod:`.joins`: "said A but “B”"), and the
paragraphs of one multi-paragraph quote (“A¶“B”) with one speaker are one quote.
Before anything, a person's name the NER tagged ORG that the text gives a person's role
("Philippe Sands QC, a member of …") becomes a PERSON mention (:mod:`.org_people`).

Complexity: every step visits each quote and cue once, with bisect look-ups on sorted lists:
O(n log n) in the number of quotes and cues, after the linear stages before it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..budget import checkpoint
from ..segments import doc_paragraph_starts, doc_paragraphs, locate, sentence_starts
from ..syntax import doc_text, kids
from .context import ArticleContext, entities_in
from .cues import find_cues
from .embedded import (clause_of_its_own, comma_clause, embedding_clause, lead_in, owned_words,
                       that_clause)
from .follow_on import follows_report, last_sentence
from .fragments import short_fragments
from .hung_clauses import as_report
from .frames import (circumstance, colon_clause, colon_row, dash_aside, frame_cue,
                     governing_verb, named_row, trailing_clause, transcript_rows)
from .furniture import furniture_spans, own_article
from .joins import join_quote_chains, join_same_report
from .labels import authored, embedded_fragment, is_label, named_words, sign_speaker
from .marks import find_quote_spans, is_title, paired_marks, sentence_like
from .markup import markup_spans
from .org_people import org_tagged_people
from .pronouns import article_genders, names_a_thing, narrative_pronouns
from .relative_reports import split_relative_reports
from .short_quotes import framed_short_quotes
from .spans import Intervals, trim
from .speakers import describe_speaker
from .types import Attribution, Cue, QuoteSettings, QuoteSpan, Speaker

if TYPE_CHECKING:
    from spacy.tokens import Doc


def attribute(doc: Doc, mentions: list, *, fixed_labels: dict[str, str] | None = None,
              settings: QuoteSettings | None = None, text: str | None = None,
              sentences: list[int] | None = None) -> list[Attribution]:
    """All quotes of one parsed article: the first item of :func:`attribute_article` (same
    arguments)."""
    return attribute_article(doc, mentions, fixed_labels=fixed_labels, settings=settings,
                             text=text, sentences=sentences)[0]


def attribute_article(doc: Doc, mentions: list, *, fixed_labels: dict[str, str] | None = None,
                      settings: QuoteSettings | None = None, text: str | None = None,
                      sentences: list[int] | None = None, not_people: frozenset = frozenset()
                      ) -> tuple[list[Attribution], dict[int, list[str]]]:
    """All quotes of one parsed article, in text order, never overlapping.

    Args:
        doc: the spaCy ``Doc`` of the article.
        mentions: its entity mentions with canonical ``actor`` (``analysis.engine.entities``
            records), for speaker actors, typing and pronoun antecedents.
        fixed_labels: labels that override the NER's for an actor's mentions (the alias table's:
            "Al Jazeera" is an ORG).
        settings: the thresholds (:class:`QuoteSettings`; default: its defaults).
        text, sentences: ``doc.text`` and the sentence start offsets, when the caller has them.
        not_people: actors the alias table labels as no person ("Walmart": ORG), whatever the
            NER made of their mentions: never a ``person`` speaker (nor are those whose
            ``fixed_labels`` is not PERSON).

    Returns:
        ``(quotes, narrative)``: :class:`Attribution` records (a continued quote has
        ``continued=True`` and no cue), and the narrative he/she pronouns linked to the
        article's people (:func:`.pronouns.narrative_pronouns`: ``{start of the person's
        mention: [pronouns as written]}``), resolved after the quotes (they do not change them).
    """
    text = doc_text(doc) if text is None else text
    sentences = sentence_starts(doc) if sentences is None else sentences
    if fixed_labels:
        mentions = [replace(e, label=fixed_labels[e.actor]) if e.actor in fixed_labels else e
                    for e in mentions]
    mentions = org_tagged_people(doc, mentions)  # "thinks Paolo Pescatore (ORG) specialist"
    settings = settings or QuoteSettings()
    paragraphs = doc_paragraphs(doc)
    furniture = Intervals(furniture_spans(text))  # "WATCH: X slams …", a headline again
    # <tweet author="@X" …>, </a>: no cue, speaker, quotation mark or quoted word
    markup = Intervals(markup_spans(text))
    skip = markup if markup.spans else None
    if skip is not None:
        mentions = [e for e in mentions if e.start not in markup and e.end - 1 not in markup]
    paired = paired_marks(text, paragraphs=paragraphs, skip=skip)  # once for both lengths
    spans = find_quote_spans(text, min_words=settings.min_quote_words, paired=paired)
    span_index = Intervals([(q.open, q.outer_end) for q in spans])
    labels = {e.actor: e.label for e in mentions if e.actor is not None}
    ctx = ArticleContext(text, mentions, labels, article_genders(mentions, text), span_index, settings,
                         not_people=frozenset(not_people).union(
                             a for a, label in (fixed_labels or {}).items() if label != "PERSON"))
    # quoted stretches too short to be quotes: fragments under a quoting verb ("dismissed the
    # claim as “nonsense”"), short utterances framed by a cue
    short = find_quote_spans(text, min_words=1, paired=paired) \
        if settings.min_quote_words > 1 else []
    fragments = short_fragments(text, spans, short=short)
    cues = [c for c in find_cues(doc, spans, text, inside=span_index, fragments=fragments)
            if not _furniture_or_sign(c, furniture) and not _in_markup(c, markup)]
    # "This story has been updated to note that X posted …": the article's note on itself
    # reports nobody's words, nor does a report inside it
    own = {id(c) for c in cues if own_article(c.speaker_head)}
    if own:
        notes = Intervals([c.content for c in cues if id(c) in own and c.content is not None])
        cues = [c for c in cues if id(c) not in own and c.start not in notes]
    # "banners reading “…”", "what critics call “…”": labels, not anybody's words
    dropped = Intervals([(q.open, q.outer_end) for q in spans
                         if q.open in furniture or is_label(text, q)])
    if dropped.spans:
        spans = [q for q in spans if q.open not in dropped]
        span_index = Intervals([(q.open, q.outer_end) for q in spans])
        # a cue whose content opens with a label reports the label ("reading “…” outside")
        cues = [c for c in cues if c.content is None or c.content[0] not in dropped]
    prior: list[Speaker] = []  # speakers in text order, for "they"/"it"
    speakers = _cue_speakers(cues, ctx, prior)
    # "“Seriously?” asked Mr Hollis.": a short utterance framed by the cue right after it
    framed = _framed_short(text, spans, short, cues, speakers)
    framed = [q for q in framed if q.open not in dropped and q.open not in furniture]
    if framed:
        spans = sorted(spans + framed, key=lambda q: q.open)
        span_index = Intervals([(q.open, q.outer_end) for q in spans])
        ctx.quotes = span_index
        cues = [c for c in cues if c.start not in span_index]
    short_opens = {q.open for q in framed}
    used: set[int] = set()
    rows = _colon_rows(spans, text, ctx, used, doc)
    rows += _cue_rows(doc, cues, spans, span_index, used, speakers, text, fragments)
    attributed = {i: r for r in rows for i in span_index.overlapping(r.start, r.end)
                  if i in used and spans[i].start >= r.start and spans[i].end <= r.end}
    context = _Frame(doc, ctx, prior, cues, speakers, sentences)
    for i, q in enumerate(spans):
        if i in used:
            continue
        checkpoint()
        used.add(i)
        if (is_title(text[q.start:q.end]) or authored(text, q)) and q.open not in short_opens:
            continue  # "Fox News Sunday", "Make America Great Again", "“…,” by X": a name
        row = context.attribute(q, i, spans) or Attribution(q.start, q.end, "direct", None, None)
        attributed[i] = row
        rows.append(row)
    rows += transcript_rows(ctx, Intervals([(r.start, r.end) for r in rows]))
    rows = _continue(doc, rows, spans, attributed, cues, speakers, ctx, sentences)
    # "Moore thanked him for “…”": a quote still without a speaker is its clause subject's
    rows = _embedded(doc, rows, spans, ctx, prior)
    # "But Hale believes he lost it in the heats. “In my heat, …. “That is when …”": a quote
    # after one the clause rules just attributed goes on with it (session 18)
    rows = _continue_embedded(doc, rows, spans, attributed, cues, speakers, ctx, sentences)
    # A short quoted phrase nobody says ("the root of all evil") is a title or scare quote;
    # one named as words ("The phrase “…” appeared on every leaflet") is a label (session 22)
    rows = [r for r in rows
            if r.speaker is not None or sentence_like(text[r.start:r.end], settings)]
    rows = [r for r in rows if r.cue is not None or r.speaker is not None and not r.continued
            or not named_words(text, r.start)]
    # "criticized X's email use, which an FBI investigation said was …": a report told in a
    # relative clause ending another report is a quote of its own (session 25)
    rows = split_relative_reports(doc, rows, text)
    rows = _outermost(_off_markup(_off_furniture(rows, furniture, text), markup, text))
    # "said A but “B”": the quoted words that finish a report are part of it
    rows = join_same_report(rows, text, sentences)
    # “A¶“B”: the paragraphs of one multi-paragraph quote are one quote
    rows = join_quote_chains(rows, spans)
    return rows, narrative_pronouns(doc, ctx, rows)


def _off_furniture(rows: list[Attribution], furniture: Intervals, text: str
                   ) -> list[Attribution]:
    """``rows`` without the quotes inside a furniture line; a content that starts in one (the
    parser read a heading line "Pierre Heslouin, 74" and the sentence after it as one) starts
    after it."""
    if not furniture.spans:
        return rows
    out = []
    for r in rows:
        if r.start in furniture:
            end_of_line = max(furniture.spans[i][1] for i in furniture.overlapping(r.start,
                                                                                  r.start + 1))
            if r.end <= end_of_line:
                continue
            r = replace(r, start=trim(text, end_of_line, r.end)[0])
        out.append(r)
    return out


def _off_markup(rows: list[Attribution], markup: Intervals, text: str) -> list[Attribution]:
    """``rows`` with no markup tag at either end of their content or speaker phrase (a parse
    subtree that took in ``<tweet author="@X">`` or ``</tweet>`` ends at the tag); a row left
    with nothing but tags is dropped."""
    if not markup.spans:
        return rows
    out = []
    for r in rows:
        start, end = _outside(markup, text, r.start, r.end)
        if end <= start:
            continue
        speaker = r.speaker
        if speaker is not None and speaker.start is not None and speaker.end is not None:
            a, b = _outside(markup, text, speaker.start, speaker.end)
            if (a, b) != (speaker.start, speaker.end):
                speaker = replace(speaker, start=a, end=b, text=text[a:b]) if b > a else None
        out.append(replace(r, start=start, end=end, speaker=speaker))
    return out


def _outside(markup: Intervals, text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without the markup tags (and spaces) at its two ends."""
    while start < end:
        hit = markup.overlapping(start, start + 1)
        if hit:
            start = markup.spans[hit[-1]][1]
        elif text[start].isspace():
            start += 1
        else:
            break
    while end > start:
        hit = markup.overlapping(end - 1, end)
        if hit:
            end = markup.spans[hit[0]][0]
        elif text[end - 1].isspace():
            end -= 1
        else:
            break
    return start, max(start, end)


def _in_markup(cue: Cue, markup: Intervals) -> bool:
    """Whether a cue's verb or its speaker's head is a markup tag's word (``<tweet …>``)."""
    head = cue.speaker_head
    return cue.start in markup or (head is not None and head.idx in markup)


def _furniture_or_sign(cue: Cue, furniture: Intervals) -> bool:
    """Whether a cue is no speech: it stands in a furniture line (its verb or its speaker), or
    its speaker is a sign (:func:`.labels.sign_speaker`: "a sign that said …"). A cue whose
    speaker is the article itself (:func:`.furniture.own_article`: "An earlier version of this
    story said …") is dropped after it, with the cues inside its content."""
    head = cue.speaker_head
    return cue.start in furniture or (head is not None and head.idx in furniture) \
        or sign_speaker(head)


def _framed_short(text: str, spans: list[QuoteSpan], short: list[QuoteSpan],
                  cues: list[Cue], speakers: dict[int, Speaker]) -> list[QuoteSpan]:
    """The closed quotes under ``min_quote_words`` (in ``short``, every quoted span of a word or
    more, and absent from ``spans``) that the cue right after them frames as an utterance
    (:func:`.short_quotes.framed_short_quotes`: the cue right after or before it, or the
    continuation of a split quote), unless a label reads it (:func:`.labels.is_label`)."""
    if not cues or not short:
        return []
    taken = {q.open for q in spans}
    short = [q for q in short if q.open not in taken and q.close is not None and q.chain is None]
    if not short:
        return []
    framed = framed_short_quotes(short, sorted(cues, key=lambda c: c.start), speakers, text,
                                 spans)
    # "banners reading, “Vote no.”": a label, not anybody's words
    return [q for q in framed if not is_label(text, q)]


def _cue_speakers(cues: list[Cue], ctx: ArticleContext, prior: list[Speaker]
                  ) -> dict[int, Speaker]:
    """The typed speaker of every cue (by token index), in text order; each found speaker is
    appended to ``prior``. A he/she that is the speaker of several cues ("Mr Lowe “made the
    decisions,” he told the court, saying …") is one person: its first cue's (the people that
    cue reports are no candidates, :func:`.pronouns.resolve_pronoun`)."""
    found: dict[int, Speaker] = {}
    pronouns: dict[int, Speaker] = {}  # a resolved he/she speaker, by its token
    for cue in sorted(cues, key=lambda c: c.start):
        head = cue.speaker_head
        if head is not None and head.i in pronouns and cue.speaker_span is None:
            found[cue.token_i] = pronouns[head.i]
            continue
        # what the cue reports names nobody a he/she speaker can be — unless the cue itself
        # stands inside that span (a broken parse: "X said she felt …" read as one report)
        content = cue.content if cue.content is not None and not cue.according_to \
            and not cue.content[0] <= cue.start < cue.content[1] else None
        sp = describe_speaker(head, ctx, prior, span=cue.speaker_span, content=content)
        if sp.start is not None:
            prior.append(sp)
        if head is not None and sp.type == "person" and sp.actor is not None \
                and head.lower_ in ("he", "she"):
            pronouns[head.i] = sp
        found[cue.token_i] = sp
    return found


def _colon_rows(spans: list[QuoteSpan], text: str, ctx: ArticleContext, used: set[int],
                doc: Doc | None = None) -> list[Attribution]:
    rows = []
    for i, q in enumerate(spans):
        row = colon_row(q, text, ctx, doc)
        if row is not None:
            rows.append(row)
            used.add(i)
    return rows


def _cue_rows(doc: Doc, cues: list[Cue], spans: list[QuoteSpan], index: Intervals,
              used: set[int], speakers: dict[int, Speaker], text: str, fragments: Intervals
              ) -> list[Attribution]:
    """One quote per cue with a content: direct when the content is one quoted span (or one
    quoted fragment too short to be a quote: ``fragments``), mixed when it holds quoted
    fragments, else indirect / according_to. Marks ``used`` quoted spans."""
    rows = []
    for cue in cues:
        if cue.content is None:
            continue
        cs, ce = cue.content
        near = index.overlapping(cs, ce)
        if any(i in used and spans[i].open <= cs and ce <= spans[i].outer_end for i in near):
            continue  # the quote is someone's already ("Carl Bialik: “…”")
        overlapping = [i for i in near if i not in used]
        kind = "according_to" if cue.according_to else "indirect"
        start, end = cs, ce
        # the content is one quote: it starts at the opening mark or at the words after it
        # (« … »: after a space too) and ends at its closing mark, or it starts the content
        inside_one = [i for i in overlapping
                      if spans[i].open <= cs + 1 and (spans[i].outer_end >= ce - 1
                                                      or spans[i].start >= cs)]
        if inside_one and not cue.according_to \
                and _runs_on(doc, text, spans[inside_one[0]], ce):
            # "said “it gets me mad” every time he thinks …": the quoted words open the report
            q = spans[inside_one[0]]
            kind, (start, end) = "mixed", trim(text, q.open + 1, ce)
            used.add(inside_one[0])
        elif inside_one and not cue.according_to:
            q = spans[inside_one[0]]
            kind, start, end = "direct", q.start, q.end
            used.add(inside_one[0])
        elif overlapping:
            if not cue.according_to:
                kind = "mixed"
            for i in overlapping:
                start, end = min(start, spans[i].open + 1), max(end, spans[i].end)
                used.add(i)
            start, end = trim(text, start, end)
        elif not cue.according_to:
            kind, start, end = _fragment_kind(text, cs, ce, fragments)
        rows.append(Attribution(start, end, kind, cue, speakers[cue.token_i]))
    return rows


def _runs_on(doc: Doc, text: str, q: QuoteSpan, end: int) -> bool:
    """Whether a cue's content that opens with the quote ``q`` goes on after its closing mark
    in the same sentence: the quoted words stop short of a sentence end, the next word after
    the mark (no comma or other stop between) is lower case and the words up to ``end`` are
    more of what was said, not when or where (:func:`.frames.circumstance`: "“it gets me mad”
    every time …", not "“…” on Monday")."""
    if q.close is None or end <= q.outer_end + 1:
        return False
    inner = text[q.start:q.close].rstrip()
    if not inner or inner[-1] in ".?!…,;:":
        return False
    rest = text[q.outer_end:end]
    stripped = rest.lstrip()
    if not stripped or len(stripped) == len(rest) and not rest[:1].isspace():
        return False
    return stripped[0].islower() and sum(1 for w in stripped.split() if w[:1].isalnum()) >= 2 \
        and not circumstance(doc, q.outer_end, end)


def _fragment_kind(text: str, start: int, end: int, fragments: Intervals
                   ) -> tuple[str, int, int]:
    """The kind and span of a content without a quote of its own: ``direct`` (the words
    inside the marks) when it is one short quoted fragment ("was labelled “reckless” by …"),
    ``mixed`` when it holds one ("dismissed the claim as “nonsense”"), else ``indirect``."""
    inner = [fragments.spans[i] for i in fragments.overlapping(start, end)]
    inner = [(a, b) for a, b in inner if start <= a and b <= end]
    if len(inner) == 1 and inner[0] == (start, end):
        a, b = trim(text, start + 1, end - 1)
        if b > a:
            return "direct", a, b
    return ("mixed" if inner else "indirect"), start, end


class _Frame:
    """The attribution of a quote without a cue of its own, from the text around it (the
    :mod:`.frames` rules, in order)."""

    def __init__(self, doc: Doc, ctx: ArticleContext, prior: list[Speaker], cues: list[Cue],
                 speakers: dict[int, Speaker], sentences: list[int]):
        self.doc, self.ctx, self.prior, self.speakers, self.sentences = (
            doc, ctx, prior, speakers, sentences)
        self.cues = sorted(cues, key=lambda c: c.start)
        self.starts = [c.start for c in self.cues]

    def attribute(self, q: QuoteSpan, i: int, spans: list[QuoteSpan]) -> Attribution | None:
        text = self.ctx.text
        return (named_row(q, text, self.ctx)
                or frame_cue(q, i, spans, self.cues, self.starts, self.speakers, text,
                             self.sentences)
                or governing_verb(self.doc, q, self.ctx, self.prior)
                or colon_clause(self.doc, q, self.ctx, self.prior)
                or trailing_clause(self.doc, q, self.ctx, self.prior)
                or dash_aside(q, text, self.ctx))


def _embedded(doc: Doc, rows: list[Attribution], spans: list[QuoteSpan], ctx: ArticleContext,
              prior: list[Speaker]) -> list[Attribution]:
    """``rows`` with each direct quote that neither a rule nor a continuation gave a speaker
    attributed to the subject of the clause holding it, where there is one that can speak
    (:func:`.embedded.embedding_clause`)."""
    span_at = {(q.start, q.end): q for q in spans}
    out = []
    for row in rows:
        q = span_at.get((row.start, row.end))
        if row.speaker is None and row.kind == "direct" and q is not None:
            row = embedding_clause(doc, q, ctx, prior) or owned_words(doc, q, ctx, prior) \
                or lead_in(doc, q, ctx, prior) \
                or that_clause(doc, q, ctx, prior) or comma_clause(doc, q, ctx, prior) or row
        out.append(row)
    return out


def _continue_embedded(doc: Doc, rows: list[Attribution], spans: list[QuoteSpan],
                       attributed: dict, cues: list[Cue], speakers: dict[int, Speaker],
                       ctx: ArticleContext, sentences: list[int]) -> list[Attribution]:
    """:func:`_continue` once more, after :func:`_embedded` gave speakers to quotes the first
    pass left without one, for the quotes still without a speaker: BBC text runs the
    sentences of one quote together, each opening a mark of its own ("But Hale believes he
    lost the race in the heats. “In my heat, I …. “That is when …”"), and the first is
    attributed only by its clause subject. Only a person the clause rules found is carried
    over (:func:`_person_voice`: not "I", a place or a group); the same guards as any
    continuation (the same or the next paragraph, two sentences at most, no other person
    named as a subject between).
    Nothing to do, and no cost, when no quote is left without a speaker or none was given one
    by the clause rules."""
    if not any(r.speaker is None and r.kind == "direct" for r in rows):
        return rows
    span_at = {(q.start, q.end): i for i, q in enumerate(spans)}
    changed = False
    unfit: set[int] = set()
    for r in rows:
        i = span_at.get((r.start, r.end))
        if i is not None and r.speaker is not None and (i not in attributed
                                                        or attributed[i].speaker is None):
            if _person_voice(r.speaker):
                attributed[i] = r
                changed = True
            else:
                unfit.add(id(r))
    if not changed:
        return rows
    return _continue(doc, rows, spans, attributed, cues, speakers, ctx, sentences, unfit)


def _person_voice(speaker: Speaker) -> bool:
    """Whether a speaker the clause rules found may be carried over: a person (named, or a
    he/she), not a first-person "I" of the narration (typed ``pronoun``: BBC text that lost a
    speech's marks) nor a place, group or thing that a clause subject can be ("Scotland
    forward X looks certain to …" gave "Scotland")."""
    return speaker.type == "person"


class _ByEnd:
    """Attributions sorted by where they end, for the look-back of continuations."""

    def __init__(self, rows: list[Attribution]):
        self.rows = sorted(rows, key=lambda r: r.end)
        self.ends = [r.end for r in self.rows]

    def add(self, row: Attribution) -> None:
        at = bisect.bisect_right(self.ends, row.end)
        self.rows.insert(at, row)
        self.ends.insert(at, row.end)


def _continue(doc: Doc, rows: list[Attribution], spans: list[QuoteSpan], attributed: dict,
              cues: list[Cue], speakers: dict[int, Speaker], ctx: ArticleContext,
              sentences: list[int], unfit: set[int] | None = None) -> list[Attribution]:
    """Quotes without a speaker take one (never from a row whose id is in ``unfit``): from the other segments of their multi-paragraph
    quote, else from an attribution (or a cue that reported nothing itself: "“The bullying,” X
    said, as the crowd cheered.") ending in the sentences just before them — in their own
    sentence only, for a quote that does not open its sentence (:func:`_floating`) unless
    that sentence's subject is the speaker (:func:`_about`), the quote holds its main clause
    (:func:`_quoted_main_clause`) or it finishes the sentence right after the attribution in a
    sentence about no one else (:func:`.follow_on.follows_report`) — and not across a sentence
    whose subject is another named person (:func:`_newcomer`). Of the attributions of one
    sentence, a report told aside in a relative or adverbial clause gives way to the quoted one
    (:func:`_side_report`)."""
    span_at = {(q.start, q.end): i for i, q in enumerate(spans)}
    chains: dict[int, list[int]] = {}
    for k, q in enumerate(spans):
        if q.chain is not None:
            chains.setdefault(q.chain, []).append(k)
    reporting = {id(r.cue) for r in rows}
    bare = [Attribution(c.start, c.end, None, c, speakers[c.token_i]) for c in cues
            if c.content is None and not c.negated and not c.according_to
            and speakers[c.token_i].start is not None and id(c) not in reporting
            and not any(ch.dep_ in ("xcomp", "ccomp", "dobj") for ch in kids(doc[c.token_i]))]
    by_end = _ByEnd([r for r in rows if r.speaker is not None
                     and (unfit is None or id(r) not in unfit)] + bare)
    paragraphs = doc_paragraph_starts(doc)
    out = list(rows)
    position = {id(r): n for n, r in enumerate(out)}
    for row in sorted(rows, key=lambda r: r.start):
        if row.speaker is not None or row.kind != "direct":
            continue
        i = span_at[(row.start, row.end)]
        q = spans[i]
        source = None
        if q.chain is not None:
            source = next((attributed[k] for k in chains[q.chain]
                           if k in attributed and attributed[k].speaker is not None), None)
        if source is None:
            if embedded_fragment(doc, q, sentences[locate(q.open, sentences)]):
                continue  # "described a “living room in …” where": no one's next words
            # a quoted phrase inside narration continues only its own sentence's speaker
            back = ctx.settings.continuation_sentences
            floating = _floating(doc, ctx.text, q, sentences, paragraphs)
            source = _previous_attribution(doc, q, by_end, ctx, sentences, paragraphs,
                                           back if floating else 0)
            if source is None and not floating:  # unless its sentence is about the speaker
                source = _previous_attribution(doc, q, by_end, ctx, sentences, paragraphs, back)
                if source is not None and not (_about(doc, source, q, ctx, sentences)
                                               or _quoted_main_clause(doc, q, ctx, sentences)
                                               or follows_report(doc, source, q, ctx,
                                                                 sentences, paragraphs)):
                    source = None
            if source is not None and (_moved_on(doc, source)
                                       or _newcomer(doc, source, q, ctx, sentences)):
                source = None
        if source is not None:
            new = replace(row, speaker=source.speaker, continued=True)
            out[position[id(row)]] = new
            attributed[i] = new
            by_end.add(new)  # a continued quote can itself be continued by the next one
    return out


_BREAK = re.compile(r"[.!?;:]['\"’”)\]]*\s+|\s(?:--|[—–])\s*|\n")
_LEAD_IN = ("CCONJ", "SCONJ", "ADV", "INTJ", "PUNCT", "SPACE")  # "But “…”", "Instead, “…”"


def _floating(doc: Doc, text: str, q: QuoteSpan, sentences: list[int],
              paragraphs: list[int]) -> bool:
    """Whether a quote stands as a sentence of its own: nothing but punctuation, a
    conjunction or an adverb ("But", "Instead,") between the start of its sentence (or of its
    paragraph, or the end of the sentence before it, where the parse runs two sentences
    together, or a colon or dash) and its opening mark. Only such a quote continues the
    speaker of the sentences before it; a quoted phrase inside a sentence of narration ("the
    firm's “targeted employment area”") is not the last speaker's words, unless its sentence
    is about that speaker (:func:`_about`) or the attribution is in its own sentence ("“I love
    Larry,” he said, but “…”")."""
    begin = max(sentences[locate(q.open, sentences)] if sentences else 0,
                paragraphs[locate(q.open, paragraphs)] if paragraphs else 0)
    before = text[begin:q.open]
    ends = list(_BREAK.finditer(before))
    if ends:
        begin += ends[-1].end()
        before = before[ends[-1].end():]
    if not any(ch.isalnum() for ch in before):
        return True
    lead = doc.char_span(begin, q.open, alignment_mode="contract")
    return lead is not None and len(lead) <= 3 and all(t.pos_ in _LEAD_IN for t in lead)


def _about(doc: Doc, row: Attribution, q: QuoteSpan, ctx: ArticleContext,
           sentences: list[int]) -> bool:
    """Whether the first clause of the quote's sentence outside the quote has the
    attribution's speaker, named, as its subject ("Trump issued a statement, “…”", "Bolton
    thought the buzz was a tribute to “…”"), or owns the noun whose phrase holds the quote
    ("examined Park's claim that there had been “…”"); a pronoun subject is not enough ("He
    called it a “…”")."""
    if row.speaker is None or row.speaker.actor is None:
        return False
    n = locate(q.open, sentences)
    stop = sentences[n + 1] if n + 1 < len(sentences) else len(ctx.text)
    span = doc.char_span(sentences[n], stop, alignment_mode="expand")
    if span is None:
        return False
    same = ctx.person_named(row.speaker.actor)
    for token in span:  # the first subject of a clause outside the quote
        if token.dep_ != "nsubj" or token.idx >= q.open or token.head.idx >= q.open:
            continue
        left, right = token.left_edge.idx, token.right_edge.idx + len(token.right_edge)
        people = [e.actor for e in entities_in(ctx, left, right) if e.label == "PERSON"]
        if token.pos_ == "PROPN":  # "Ortiz" where the NER missed the surname
            people.append(token.text)
        if any(ctx.person_named(a) == same for a in people):
            return True
        break
    for token in span:  # "examined Park's claim that there had been “…”": the speaker's words
        if token.dep_ == "poss" and token.idx < q.open <= token.head.right_edge.idx:
            people = [e.actor for e in entities_in(ctx, token.idx, token.idx + len(token))
                      if e.label == "PERSON"] + ([token.text] if token.pos_ == "PROPN" else [])
            if any(ctx.person_named(a) == same for a in people):
                return True
    return False


def _quoted_main_clause(doc: Doc, q: QuoteSpan, ctx: ArticleContext,
                        sentences: list[int]) -> bool:
    """Whether the quote holds the main clause of its sentence and finishes it, the narration
    before it only a subject or an adverbial lead of that clause ("Unless the governor
    changes course, “we are going to lose …”", "The council “simply did not listen …”"): the
    root verb of the sentence is quoted, so the sentence is someone's words with its frame
    supplied by the writer, the last speaker's. A quoted phrase under a verb of the narration
    ("critics call it “…”", "That makes her “…”": :func:`.follow_on.follows_report` may still
    give it the speaker just before) is not, nor a quote after a clause of the
    narration's own ("Garcia shot back, “…”": :func:`.embedded.clause_of_its_own`) or after a
    colon or dash ("PEACEKEEPERS PAID: “…”": a headline or label)."""
    text = ctx.text
    if q.close is None or not sentence_like(text[q.start:q.end], ctx.settings):
        return False
    n = locate(q.open, sentences)
    stop = sentences[n + 1] if n + 1 < len(sentences) else len(text)
    if q.outer_end < stop and any(ch.isalnum() for ch in text[q.outer_end:stop]):
        return False  # words of the narration after the quote
    if _BREAK.search(text, sentences[n], q.open):
        return False  # "UN: PEACEKEEPERS PAYING … “…”": a label or headline, not its subject
    lead = doc.char_span(sentences[n], q.open, alignment_mode="expand")
    words = [t for t in lead if t.is_alpha] if lead is not None else []
    if not words:
        return False
    root = words[0].sent.root
    if root.pos_ not in ("VERB", "AUX") or not q.start <= root.idx < q.end \
            or any(t.sent.root.i != root.i for t in words):
        return False
    quoted = doc.char_span(q.start, q.end, alignment_mode="expand")
    # "Garcia shot back, “…”": a clause of the narration's own, its subject the speaker
    return quoted is not None and not any(clause_of_its_own(t, quoted) for t in words)


def _newcomer(doc: Doc, row: Attribution, q: QuoteSpan, ctx: ArticleContext,
              sentences: list[int]) -> bool:
    """Whether a sentence between an attribution and a quote has another person as its
    subject ("“We were poor,” said coach Marta Lind. Her assistant, Tom Webb, was less sure.
    “We created more chances.”"): the quote no longer continues the attribution's speaker.
    A pronoun subject or the same person ("Lind has coached the team since 2019.") keeps it,
    and so does a name that only modifies a thing in the subject (session 22: "But the giant
    Trump poster outside the theatre has not hurt sales.": :func:`_person_subjects`)."""
    if row.speaker is None or row.speaker.actor is None:
        return False
    ends = [row.end, row.speaker.end or row.end] + ([row.cue.end] if row.cue is not None else [])
    first = locate(max(max(ends) - 1, 0), sentences) + 1
    last = locate(q.open, sentences) - 1
    if first > last:
        return False
    same = ctx.person_named(row.speaker.actor)
    begin, stop = sentences[first], (sentences[last + 1] if last + 1 < len(sentences)
                                     else len(ctx.text))
    span = doc.char_span(begin, stop, alignment_mode="expand")
    if span is None:
        return False
    for token in span:
        if token.dep_ not in ("nsubj", "nsubjpass") or token.head.dep_ != "ROOT" \
                or token.pos_ == "PRON":
            continue
        people = _person_subjects(doc, token, ctx)
        if people and all(ctx.person_named(a) != same for a in people):
            return True
    return False


def _person_subjects(doc: Doc, token, ctx: ArticleContext) -> list[str]:
    """The PERSON actors named in the phrase of the subject ``token`` (session 22), without a
    name that only modifies a thing (:func:`.pronouns.names_a_thing`: "the giant Trump poster",
    "a Dior dress"): such a sentence is about the thing, not a newcomer who may speak. "Her
    assistant, Tom Webb," and "a Blair adviser" keep their person. O(k) for k mentions in the
    phrase."""
    left, right = token.left_edge.idx, token.right_edge.idx + len(token.right_edge)
    people = []
    for e in entities_in(ctx, left, right):
        if e.label != "PERSON":
            continue
        span = doc.char_span(e.start, e.end, alignment_mode="expand")
        if span is not None and len(span) and names_a_thing(span.root):
            continue
        people.append(e.actor)
    return people


def _moved_on(doc: Doc, row: Attribution) -> bool:
    """Whether the sentence of an attribution goes on to someone else after it: its cue heads
    an adverbial clause of a later main verb with a subject of its own ("Even as the
    administration vowed to defend …, the Defense Department tried to …"). A quote after
    such a sentence does not continue the attribution's speaker. The main clause an as-clause
    reports (:func:`.hung_clauses.as_report`: no object of its own) is no one else's ("As the
    mayor observed, the city cannot afford it. “We would need …”": the quote goes on with the
    mayor); "Even as the mayor promised new homes, the council voted …" moves on."""
    if row.cue is None or row.cue.token_i is None or row.speaker is None \
            or row.speaker.start is None or row.speaker.end is None:
        return False
    cue = doc[row.cue.token_i]
    if cue.dep_ != "advcl" or cue.head.i < cue.i:
        return False
    if as_report(cue) and row.start <= cue.head.idx < row.end:
        return False  # "As the mayor observed, <main clause>": the report's content
    subjects = [c for c in kids(cue.head) if c.dep_ in ("nsubj", "nsubjpass")]
    return any(not (row.speaker.start <= c.idx < row.speaker.end) for c in subjects)


def _previous_attribution(doc: Doc, q: QuoteSpan, by_end: _ByEnd, ctx: ArticleContext,
                          sentences: list[int], paragraphs: list[int], within: int
                          ) -> Attribution | None:
    """The attributed row whose content, cue and speaker end at most ``within`` sentences
    before this quote (0: in its sentence), within the same or the previous paragraph; the 12
    nearest are looked at (``paragraphs``: the start offsets of the article's paragraphs). The
    latest one wins, unless it is a report told aside (:func:`_side_report`) in the sentence of
    a quoted one: then the latest quoted row of that sentence."""
    q_sent = locate(q.open, sentences)
    best: Attribution | None = None
    voice: Attribution | None = None  # the latest quoted row of the sentence of ``best``
    best_sent = -1
    stop = bisect.bisect_right(by_end.ends, q.open)
    for row in reversed(by_end.rows[max(0, stop - 12):stop]):  # nearest first
        if q.open - row.end > 5000:
            break
        if row.speaker is None or row.speaker.start is None or row.speaker.end is None:
            continue  # (a speaker has both offsets or neither)
        if locate(q.open, paragraphs) - locate(max(row.end - 1, row.start), paragraphs) > 1:
            continue
        last_sent = last_sentence(row, sentences)
        if q_sent - last_sent <= within:
            if best is None or row.end > best.end:
                best, best_sent = row, last_sent
            if row.kind in _QUOTED and last_sent == best_sent and row is not best \
                    and (voice is None or row.end > voice.end):
                voice = row
    if best is not None and voice is not None and _side_report(doc, best, voice):
        return voice
    return best


_QUOTED = ("direct", "mixed")
#: how a report hangs under another clause of its sentence: a relative or adverbial clause, a
#: clause after a preposition ("after the stations declared …"), a clausal modifier
_SIDE_CLAUSES = ("relcl", "advcl", "acl", "pcomp")


def _side_report(doc: Doc, row: Attribution, voice: Attribution) -> bool:
    """Whether ``row``, the latest attribution before a quote, is a report told aside in the
    sentence of a quoted one, ``voice``, by someone else: a reported clause or a cue that
    reported nothing, its verb in a relative or adverbial clause of that sentence, or joined to
    the verb of one ("“We will win,” Garner said, an hour after the stations declared her the
    winner.", "“…,” Ortiz said, in a tone that suggested the question was pointless.", "“…,”
    said Cole, whose district went for her but who suggested that …"). A floating quote after
    such a sentence goes on with the quoted voice, not with the aside."""
    if row.kind in _QUOTED or row.cue is None or row.cue.token_i is None \
            or row.cue.token_i < 0 or voice.speaker is None or row.speaker is None \
            or row.speaker.actor is not None and row.speaker.actor == voice.speaker.actor:
        return False
    verb = doc[row.cue.token_i]
    for _ in range(4):  # "… whose district went for her but who suggested that …"
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb.dep_ in _SIDE_CLAUSES


def _outermost(rows: list[Attribution]) -> list[Attribution]:
    """Non-empty quotes in text order without overlaps: a nested or overlapping attribution
    gives way to the outer (earlier, then longer) one. A continued quote keeps no cue."""
    rows = sorted((r for r in rows if r.end > r.start), key=lambda r: (r.start, r.start - r.end))
    kept: list[Attribution] = []
    for row in rows:
        if kept and row.start < kept[-1].end:
            continue
        kept.append(replace(row, cue=None) if row.continued else row)
    return kept
