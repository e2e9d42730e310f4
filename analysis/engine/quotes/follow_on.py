"""A quoted phrase that finishes the sentence right after a report, in a sentence with no one
else in it: the reporter's words (issue 25, session 13: quotes found with no speaker).

"Misinformation is hard to dislodge, he said. Good information can still win, but usually only
when “the truth is more exciting than the lie.”", "“It's ambush journalism,” she says. It's
“this new in-your-face journalism.”", "“…,” Webb added. But that's not the same thing as
“properly chargeable under the law.”", "“…,” Ortiz has said of her husband. That makes him
“by definition a loyal …”": the writer goes on in the next sentence and hands the end of it to
the speaker just reported. The quote (:func:`follows_report`):

- stands in the sentence right after the last one of the attribution (its content, cue or
  speaker), in the same paragraph;
- finishes its sentence (nothing but punctuation after its closing mark) and comes after that
  sentence's main verb, so it is the predicate's complement, not a name or a title in the
  subject ("The slogan “…” appears on every bus" is no one's);
- reads as speech (:func:`.marks.sentence_like`: the rule changes who said a quote, never which
  quotes there are);
- has no verb outside it but its sentence's main one ("It was the night the band first played
  “…”": a song or a title in a clause of the narration's own);
- has no subject outside it that names someone (:func:`.agents.names_someone`: "it", "that",
  "this", a thing such as "good information" do not; nor a pronoun the quote predicates
  something of, "That makes her “…”", which the official model parses as the subject of a
  small clause inside the quote: session 18, :func:`_predicated`) and no PERSON entity outside it in its
  sentence: a sentence about someone else ("Her rival called the plan “…”", "Biden “…”") is
  left to the rules that read its own clause (:mod:`.embedded`, :func:`.attribution._about`).

Tried in :func:`.attribution._continue` after the sentence's own attribution and before the
clause rules of :mod:`.embedded`, with the same guards as any continuation (no named person
as the subject of a sentence in between, an attribution that moved on to someone else).
O(sentence) per quote.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..segments import locate
from .agents import names_someone
from .context import ArticleContext, entities_in
from .marks import sentence_like
from .types import Attribution, QuoteSpan

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_SUBJECTS = ("nsubj", "nsubjpass", "csubj")


def _predicated(tok: Token, q: QuoteSpan) -> bool:
    """Whether ``tok`` is a pronoun that the quote predicates something of, the object of the
    narration's verb ("That makes her “by definition a …”", "It left him “…”"): the official
    model parses it as the subject of a small clause headed inside the quote, en_news_sm as
    the verb's object. Either way it is who the words are about, not a new speaker."""
    return tok.pos_ == "PRON" and tok.head.idx >= q.open and (q.close is None
                                                              or tok.head.idx < q.close)


def last_sentence(row: Attribution, sentences: list[int]) -> int:
    """Index of the last sentence holding a part of the attribution ``row`` (its content, its
    cue or its speaker)."""
    ends = [max(row.end - 1, row.start)]
    if row.cue is not None:
        ends.append(max(row.cue.end - 1, 0))
    if row.speaker is not None and row.speaker.end is not None:
        ends.append(max(row.speaker.end - 1, 0))
    return max(locate(e, sentences) for e in ends)


def follows_report(doc: Doc, row: Attribution, q: QuoteSpan, ctx: ArticleContext,
                   sentences: list[int], paragraphs: list[int]) -> bool:
    """Whether quote ``q`` finishes the sentence right after attribution ``row`` in a sentence
    about no one else (see the module docstring)."""
    text = ctx.text
    if row.speaker is None or row.speaker.start is None or q.close is None:
        return False
    n = locate(q.open, sentences)
    if last_sentence(row, sentences) != n - 1 or n == 0:
        return False
    if paragraphs and locate(q.open, paragraphs) != locate(sentences[n - 1], paragraphs):
        return False
    if not sentence_like(text[q.start:q.end], ctx.settings):
        return False
    stop = sentences[n + 1] if n + 1 < len(sentences) else len(text)
    if any(ch.isalnum() for ch in text[q.outer_end:stop]):
        return False  # words of the narration after the quote
    outside = doc.char_span(sentences[n], q.open, alignment_mode="contract")
    if outside is None or not any(t.is_alpha for t in outside):
        return False  # a quote opening its sentence: the floating rules' case
    root = outside[0].sent.root
    if not root.idx < q.open or root.pos_ not in ("VERB", "AUX"):
        return False  # the quote holds the main verb or the parse has no clause before it
    for tok in outside:
        if tok.dep_ in _SUBJECTS and names_someone(tok) and not _predicated(tok, q):
            return False
        if tok.pos_ == "VERB" and tok.i != root.i:
            return False  # "It was the night the band played “…”": a clause of its own
    return not any(e.label == "PERSON" for e in entities_in(ctx, sentences[n], q.open))
