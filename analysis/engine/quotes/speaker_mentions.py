"""The article's mentions made to agree with its person speakers (issue 24): a speaker phrase
the quote engine typed ``person`` with a name as its actor ("First Minister of Scotland Nicola
Sturgeon said", "Newly elected Assemblywoman Selena Torres said") makes that name a PERSON
mention of that actor, whatever the NER made of it, so the corpus step's actors table has the
person (and the ``sources`` table counts the quote).

The rule, per quote typed ``person`` whose actor is a name written inside its speaker phrase
(not a pronoun, not a role holder resolved from "the governor", not a carried-over speaker):

* the name's character span in the phrase (a mention of the actor inside the phrase, else the
  actor's text, last occurrence, whole words) becomes one PERSON mention with that actor. An
  entity that spans more than the name is split: the rest ("Scotland" of the ORG "Scotland
  Nicola Sturgeon") stays a mention with its old label when it is a name (capitalised words,
  not only title or role words, nor a title compounded with -man/-woman/-person/-member; its actor through the alias table, else its text), and is
  dropped otherwise ("Assemblywoman"); an ORG/GPE/NORP mention that is exactly the name is
  relabelled. A PERSON mention of the actor already inside the phrase ("Queen Elizabeth II")
  is left as it is. The person mention keeps the narrative pronouns of the mention it replaces;
* the other mentions of the same actor that the NER labelled ORG/GPE/NORP become PERSON (the
  syntax of the speaker phrase says this is a person).

Guards: organisations stay organisations — a quote of another type never changes a mention,
no mention whose label the alias table fixes is changed, nor a name holding an ``org_words``
word or, after its first word, an organisation noun of ``speaker_nouns`` ("Ford Motor
Company") or a joining word ("Crystal Lee of the Northern Arapaho": an actor that took in its
organisation). A bare one-word speaker ("McCaul said", "according to Time":
typed person by a weak rule) changes nothing unless the article itself makes the name a person
(a first-name form, a title or ", who" by a mention: :func:`.speakers._person_in_article`; or
a PERSON mention of the same actor that writes the name in full and ends with it, "Hilary
Swank" … "Swank said": :func:`_named_in_full` — the news model tags most bare surnames ORG);
a he/she after a mention is not enough here, as it may be another person's ("Thunberg
received the award, with which Time credits …, for her work"): a quote of that he/she
resolved to the name still votes PERSON in the corpus step
(:func:`analysis.assembly.merges.person_votes`).

Cost: O(mentions) to index the article once, then O(phrase + mentions of the actor) per person
speaker. What it gives up: a speaker mistyped ``person`` with a name of two words or more
(an organisation starting with a first name, see :mod:`.headnames`) has that name turned into a
PERSON mention; a name whose actor the engine canonicalised to a form not written in the phrase
and with no mention of it there is left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace
from collections.abc import Iterable

from ... import lexicons
from ..records import MentionRecord
from .context import ArticleContext
from .types import Attribution

#: the labels the NER gives a person it mistakes for an organisation, a place or a group
MISLABELS = ("ORG", "GPE", "NORP")
#: a title compounded with -man/-woman/-person/-member ("Assemblywoman", "Councilman")
_TITLE_FORM = re.compile(r"^[A-Z][a-z]{3,}(?:man|woman|person|member)$")
_DETERMINER = re.compile(r"(?:the|a|an)\s+", re.I)


def _title_words() -> frozenset[str]:
    """Titles, honorifics and unnamed-person nouns, lower case without a dot: what the rest of a
    split entity is when it is not a name ("Assemblywoman", "Queen", "attendee")."""
    def build(lx):
        unnamed = {k for k, v in lx.tables["speaker_nouns"].items() if v == "anonymous"}
        titles = {w.lower().rstrip(".") for name in ("honorifics", "person_titles")
                  for w in lx.lists[name]}
        return frozenset({w.lower() for w in lx.lists["titles"]} | unnamed | titles)
    return lexicons.derived("speaker_mention_title_words", build)


def _name_span(text: str, start: int, end: int, actor: str, inside: list[MentionRecord]
               ) -> tuple[int, int] | None:
    """Where the actor's name is written in the speaker phrase ``text[start:end]``."""
    own = [m for m in inside if m.actor == actor and start <= m.start and m.end <= end]
    if own:
        m = own[-1]
        return m.start, m.end
    found = [x for x in re.finditer(r"(?<!\w)" + re.escape(actor) + r"(?!\w)", text[start:end])]
    if not found:
        return None
    return start + found[-1].start(), start + found[-1].end()


def _rest(text: str, start: int, end: int, mention: MentionRecord, aliases
          ) -> MentionRecord | None:
    """The part ``text[start:end]`` of a split mention, as its own mention when it is a name
    (without a determiner before it, punctuation or an owner's "'s" around it)."""
    b, e = start, end
    while b < e and not text[b].isalnum():
        b += 1
    while e > b and not text[e - 1].isalnum():
        e -= 1
    if e - b > 2 and text[e - 1] in "sS" and text[e - 2] in "'’":
        e -= 2
    det = _DETERMINER.match(text, b, e)
    if det:
        b = det.end()
    piece = text[b:e]
    words = piece.split()
    titles = _title_words()
    if not words or not all(w[:1].isupper() for w in words) \
            or all(w.lower().rstrip(".") in titles or _TITLE_FORM.search(w) for w in words):
        return None
    found = aliases.lookup(piece) if aliases is not None else None
    actor = found[0] if found is not None else piece
    return MentionRecord(piece, mention.label, b, e, actor)


def _weak(phrase: str, name: str) -> bool:
    """A bare one-word name is the whole speaker phrase: typed person by a weak rule."""
    return phrase.strip() == name and len(name.split()) == 1


def _named_in_full(mentions: list[MentionRecord], actor: str, name: str) -> bool:
    """Whether the article names the bare speaker ``name`` in full as a person: a PERSON
    mention of the same actor of two words or more whose last word is ``name`` ("Hilary
    Swank" before "Swank said", when the NER took every bare "Swank" for an ORG)."""
    for m in mentions:
        words = m.text.split()
        if m.actor == actor and m.label == "PERSON" and len(words) >= 2 and words[-1] == name:
            return True
    return False


def _speakers(found: Iterable[Attribution]):
    seen = set()
    for a in found:
        sp = a.speaker
        if a.continued or sp is None or sp.type != "person" or not sp.actor \
                or sp.start is None or sp.end is None:
            continue
        key = (sp.start, sp.end, sp.actor)
        if key not in seen:
            seen.add(key)
            yield sp


def person_speaker_mentions(text: str, mentions: list[MentionRecord],
                            found: Iterable[Attribution], aliases=None) -> list[MentionRecord]:
    """The article's mentions agreeing with its person speakers (the module's rule).

    Args:
        text: the article's text (the offsets' reference).
        mentions: its mention records, canonicalised (with narrative pronouns if any).
        found: its quotes (:class:`~.types.Attribution`, as :func:`.attribute_article` gives).
        aliases: the alias table (:class:`~analysis.engine.aliases.AliasTable`), for the actor
            of the rest of a split entity; None: its text.

    Returns:
        The mention records in text order: the same objects where nothing changed.
    """
    from .speakers import _org_words, _person_in_article

    pronouns = lexicons.table("pronoun_genders")
    nouns = lexicons.table("speaker_nouns")
    out = sorted(mentions, key=lambda m: (m.start, m.end))
    ctx: ArticleContext | None = None
    fixed = {m.actor for m in mentions if m.fixed_label is not None and m.actor}
    for sp in _speakers(found):
        actor = sp.actor
        assert actor is not None and sp.start is not None and sp.end is not None
        phrase = text[sp.start:sp.end]
        if phrase.strip().lower() in pronouns or actor in fixed:
            continue  # a pronoun resolved to its antecedent; a label the alias table fixes
        inside = [m for m in out if m.start < sp.end and m.end > sp.start]
        span = _name_span(text, sp.start, sp.end, actor, inside)
        if span is None:
            continue  # "the governor": a role holder, named elsewhere
        ns, ne = span
        words = text[ns:ne].split()
        if _org_words().search(text[ns:ne]) or any(
                nouns.get(w.lower()) == "organization" or w in lexicons.words("name_link_words")
                for w in words[1:]):
            continue  # "Ford Motor Company", "X of the Northern Arapaho": not a person's name
        if _weak(phrase, text[ns:ne]) and not _named_in_full(out, actor, text[ns:ne]):
            ctx = ctx or ArticleContext(text, out, {})
            # a first name, a title or ", who": a he/she may be another person's
            if not _person_in_article(ctx, actor, pronouns=False):
                continue
        over = [m for m in inside if m.start < ne and m.end > ns]
        if any(m.fixed_label is not None for m in over):
            continue
        if not (len(over) == 1 and over[0].label == "PERSON" and over[0].actor == actor):
            keep = [m for m in out if not any(m is o for o in over)]
            pron = next((m.pronouns for m in over if m.pronouns), None)
            for m in over:
                if m.start < ns:
                    piece = _rest(text, m.start, ns, m, aliases)
                    keep += [piece] if piece is not None else []
                if m.end > ne:
                    piece = _rest(text, ne, m.end, m, aliases)
                    keep += [piece] if piece is not None else []
            keep.append(MentionRecord(text[ns:ne], "PERSON", ns, ne, actor, pron))
            out = sorted(keep, key=lambda m: (m.start, m.end))
            ctx = None
        changed = [replace(m, label="PERSON") if m.actor == actor and m.label in MISLABELS
                   and m.fixed_label is None else m for m in out]
        if any(a is not b for a, b in zip(changed, out)):
            out, ctx = changed, None
    return out
