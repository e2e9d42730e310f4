"""The records the quote stages hand each other: frozen dataclasses, never dicts.

Offsets are character offsets into the article text (``doc.text``); ``end`` is exclusive.

* :class:`QuoteSpan` — one paragraph's stretch between quotation marks (:mod:`.marks`);
* :class:`Cue` — a speech cue with its speaker head and content (:mod:`.cues`);
* :class:`Speaker` — a typed speaker phrase (:mod:`.speakers`, :mod:`.pronouns`);
* :class:`Attribution` — a quote with its cue and speaker, as reconciled (:mod:`.attribution`).

The component (:mod:`analysis.engine.components`) turns attributions into the public
:class:`analysis.engine.components.Quote` objects on ``doc._.quotes``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass(frozen=True)
class QuoteSpan:
    """A stretch of text between quotation marks (one paragraph's segment of a quote).

    ``open``/``close`` are the offsets of the marks (``close`` is None when the paragraph ended
    first); ``start``/``end`` the content without marks and surrounding spaces; ``chain`` the
    index (in the list of spans) of the first segment of a multi-paragraph quote.
    """

    open: int
    close: int | None
    start: int
    end: int
    single: bool = False
    chain: int | None = None

    @property
    def outer_end(self) -> int:
        """Where the quote ends, closing mark included."""
        return self.close + 1 if self.close is not None else self.end


@dataclass(frozen=True)
class Cue:
    """A speech cue: the verb ("said", "told reporters") or "according to", or a ":" or dash of
    a name attribution; its speaker's head token and phrase, and its content (character span).

    ``speaker_span`` is set when the phrase was found around a misparse (not the head's
    subtree); ``token_i`` is the verb's token index (-1 for cues that are not a token).
    """

    start: int
    end: int
    text: str
    lemma: str
    speaker_head: Token | None
    content: tuple[int, int] | None
    according_to: bool = False
    token_i: int = -1
    speaker_span: tuple[int, int] | None = None
    negated: bool = False  # "did not say"


@dataclass(frozen=True)
class Speaker:
    """A speaker phrase as typed: its span (or None), type (one of
    :data:`analysis.vocab.SPEAKER_TYPES`), canonical actor and role."""

    text: str | None = None
    start: int | None = None
    end: int | None = None
    type: str = "unknown"
    actor: str | None = None
    role: str | None = None


@dataclass(frozen=True)
class Attribution:
    """A quote (content span and kind), the cue that introduces it (None when it has none of
    its own) and its speaker (None: unknown). ``continued``: the speaker was carried over from
    an earlier attribution (the cue then is not this quote's)."""

    start: int
    end: int
    kind: str | None
    cue: Cue | None
    speaker: Speaker | None
    continued: bool = False


@dataclass(frozen=True)
class QuoteSettings:
    """The quote engine's thresholds (the ``news_quotes`` component's config).

    Attributes:
        min_quote_words: quoted spans with fewer words are titles or scare quotes.
        min_unattributed_words: an unattributed quoted phrase shorter than this that does not
            end a sentence is not a quote.
        continuation_sentences: an unattributed quote continues the speaker of an attribution
            at most this many sentences back.
        subject_sentences: he/she prefer the latest compatible person that is a subject within
            this many sentences before their own.
        prior_speakers: "they"/"it" look back over at most this many earlier speakers.
    """

    min_quote_words: int = 3
    min_unattributed_words: int = 6
    continuation_sentences: int = 2
    subject_sentences: int = 2
    prior_speakers: int = 100
