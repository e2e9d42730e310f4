"""The pre-tokenisation guard: spaCy's tokenizer with its cost kept linear in the text.

spaCy splits a whitespace-free run of characters by peeling prefixes and suffixes off it one at
a time, each time looking at the whole rest of the run, so a run of ``n`` quotation marks,
brackets or currency signs (``"``, ``(`` or ``$`` repeated) costs time in ``n²``: 8,000 of
them take ~10 s, 30,000 about 100 s, before any time budget could stop it.
:class:`GuardedTokenizer` wraps the model's tokenizer. A text with neither a whitespace-free run
longer than :data:`MAX_RUN` characters nor more than :data:`PUNCT_RUN` punctuation or symbol
characters in a row (no letter, digit or space) — every ordinary news text: no word, URL or
number is that long — goes to the model's tokenizer as it is, unchanged. In a text with such
runs, each run is cut into pieces of :data:`PIECE` characters tokenised one by one, with no
space between them, the rest by the model's tokenizer, and the pieces are joined into one
``Doc`` whose text is exactly the input (every offset in the tables refers to it).
Tokenising is then linear in the text (the costliest input left, runs just under the limits,
costs about a millisecond per 25 characters).

The tokenisation of an article also counts against its time budget (:mod:`analysis.engine.budget`):
a text whose tokenisation alone took longer than ``time_limit`` is marked as timed out by
``"tokenizer"`` (the components then skip it, and it becomes a ``timeout`` row).
"""

from __future__ import annotations

import re
import time

MAX_RUN = 1_000  # a whitespace-free run longer than this is cut; no word of news is that long
PUNCT_RUN = 100  # so is a longer run of punctuation and symbols (none in the shared corpora)
PIECE = 20  # characters per piece of a cut run (a piece of punctuation tokenises in ~0.1 ms)
_SPACE = re.compile(r"\s*")


def _space_end(text: str, pos: int) -> int:
    """Where the whitespace (if any) starting at ``pos`` ends."""
    space = _SPACE.match(text, pos)
    return space.end() if space is not None else pos  # (``\s*`` always matches)


class GuardedTokenizer:
    """``tokenizer`` (a spaCy ``Tokenizer``) with whitespace-free runs longer than ``max_run``
    characters, and runs of punctuation longer than ``punct_run``, tokenised as
    ``piece``-character pieces (see the module docstring); any other attribute is the wrapped
    tokenizer's.

    Args:
        tokenizer: the model's tokenizer.
        max_run: longest whitespace-free run tokenised as it is.
        punct_run: longest run of characters that are neither letters, digits nor whitespace
            tokenised as it is.
        piece: size of the pieces a longer run is cut into.
        time_limit: seconds of tokenisation allowed per text (None: no limit); over it the Doc
            is marked as timed out (``doc._.news_timeout == "tokenizer"``).
    """

    def __init__(self, tokenizer, max_run: int = MAX_RUN, punct_run: int = PUNCT_RUN,
                 piece: int = PIECE, time_limit: float | None = None):
        if not 0 < piece <= min(max_run, punct_run):
            raise ValueError(f"need 0 < piece <= max_run, got piece={piece}, max_run={max_run}")
        self.tokenizer = tokenizer
        self.max_run = max_run
        self.punct_run = punct_run
        self.piece = piece
        self.time_limit = time_limit
        # the look-behinds make a match start only where its run starts (every other position
        # fails at once), so the search is linear in the text; two simpler searches decide
        # first whether there is any such run (a third of the time on ordinary news)
        self._long = re.compile(r"(?<!\S)\S{%d,}|(?<![^\w\s])[^\w\s]{%d,}"
                                % (max_run + 1, punct_run + 1))
        self._any = (re.compile(r"(?<!\S)\S{%d}" % (max_run + 1)),
                     re.compile(r"[^\w\s]{%d}" % (punct_run + 1)))

    def __getattr__(self, name):  # vocab, explain, to_disk, rules, … of the model's tokenizer
        return getattr(self.__dict__["tokenizer"], name)

    def __call__(self, text: str):
        start = time.monotonic()
        if self._any[0].search(text) is None and self._any[1].search(text) is None:
            doc = self.tokenizer(text)
        else:
            doc = self._guarded(text, self._long.search(text))
        if self.time_limit is not None and time.monotonic() - start > self.time_limit:
            from .components import TIMEOUT

            doc._.set(TIMEOUT, "tokenizer")
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def _guarded(self, text: str, match):
        from spacy.tokens import Doc

        docs = []
        done = 0
        while match is not None:
            # the whitespace after a run goes with its last piece, as the tokenizer would have
            # attached it (a trailing space, or a whitespace token)
            end = _space_end(text, match.end())
            if match.start() > done:
                docs.append(self.tokenizer(text[done:match.start()]))
            for cut in range(match.start(), match.end(), self.piece):
                stop = min(cut + self.piece, match.end())
                docs.append(self.tokenizer(text[cut:end if stop == match.end() else stop]))
            done = end
            match = self._long.search(text, done)
        if done < len(text):
            docs.append(self.tokenizer(text[done:]))
        doc = Doc.from_docs(docs, ensure_whitespace=False)
        if doc.text != text:  # never expected; a wrong offset would be worse than an error
            raise RuntimeError("the guarded tokenizer did not reproduce the text")
        return doc


def guard(nlp, time_limit: float | None = None, max_run: int = MAX_RUN,
          punct_run: int = PUNCT_RUN, piece: int = PIECE) -> None:
    """Give ``nlp`` the guarded tokenizer (in place; a pipeline guarded already gets only the
    new settings)."""
    inner = nlp.tokenizer.tokenizer if isinstance(nlp.tokenizer, GuardedTokenizer) \
        else nlp.tokenizer
    nlp.tokenizer = GuardedTokenizer(inner, max_run, punct_run, piece, time_limit)
