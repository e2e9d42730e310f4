"""Constant-time views of a parsed ``Doc``'s tree: children and sentences of a token.

spaCy computes ``Token.children``, ``.lefts`` and ``.rights`` by scanning every token between a
token's subtree edges, and ``Token.sent`` by scanning to the sentence boundaries. On ordinary
news both are cheap, but on a deep or long tree (a chain of nested reports, a paragraph without
full stops that parses as one sentence) every call costs O(article), and the rules call them for
every token: quadratic time. :class:`DocIndex` reads the tree once (the tokens sorted by head in
numpy: every token's children are one slice of that order) and answers the same questions in
O(1) (per child returned; each token's list of children is built once). It also keeps
``doc.text``, which spaCy rebuilds from every token each time it is read, the token attributes
:func:`positions` searches (each distinct value lower-cased once, a memo shared by the Docs of
a process) and the answers of :func:`positions` (the rules ask for the same word lists
several times per article).

Session 27 (s32-speed): :func:`positions` no longer builds a dictionary of each Doc's distinct
values (:meth:`DocIndex.column`, kept for inspection): each token's value is read once per Doc
as the number of its lower-cased form in a numbering the process shares (:class:`_Forms`:
memos keyed by a string hash or by a word list's own value, which answer the same for every
Doc, model and set of lexicons), and a word list is a table of those numbers, so a look-up is
one numpy pass. The answers are the same; on the benchmark's 300 Docs the look-ups cost
about 0.1 s of CPU less (0.38-0.40 s -> 0.26-0.36 s, of a ~2.7-3.1 s extraction).

The index of the Doc being processed is kept per thread (one Doc at a time), so the rule
functions can stay plain functions of tokens: ``kids(tok)``, ``rights(tok)``, ``sent_of(tok)``.
Nothing is stored on the Doc.
"""

from __future__ import annotations

import bisect
import threading
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


class DocIndex:
    """Children lists and sentence bounds of one parsed ``Doc``, built in O(tokens)."""

    def __init__(self, doc: Doc):
        import numpy as np
        from spacy.attrs import HEAD

        self.doc = doc
        n = len(doc)
        # HEAD comes as a relative offset in an unsigned array: cast back to signed; a root
        # (its own head) is filed under ``n``, past every token
        heads = doc.to_array(HEAD).astype(np.int64) + np.arange(n) if n else np.zeros(0, int)
        heads[heads == np.arange(n)] = n
        # the children of token i are ``child_order[child_bounds[i]:child_bounds[i + 1]]``: the
        # tokens sorted by head (stable, so each token's children stay in text order)
        self.child_order: list[int] = np.argsort(heads, kind="stable").tolist()
        self.child_bounds: list[int] = [0, *np.cumsum(np.bincount(heads, minlength=n + 1))
                                        .tolist()]
        self.sent_id: list[int] = [0] * n
        self.sent_bounds: list[tuple[int, int]] = []
        if n and "sents" not in doc.user_hooks and doc.has_annotation("SENT_START"):
            # what ``doc.sents`` gives, read from the array (no Span per sentence): a sentence
            # starts at the first token and at every token whose ``sent_start`` is 1
            from spacy.attrs import SENT_START

            opens = doc.to_array(SENT_START) == 1
            opens[0] = False
            self.sent_id = np.cumsum(opens).tolist()
            starts = [0, *np.flatnonzero(opens).tolist()]
            self.sent_bounds = list(zip(starts, [*starts[1:], n]))
        else:
            for number, sent in enumerate(doc.sents):
                self.sent_bounds.append((sent.start, sent.end))
                self.sent_id[sent.start:sent.end] = [number] * (sent.end - sent.start)
        self._text: str | None = None
        self._paragraphs: list[tuple[int, int]] | None = None
        self._paragraph_starts: list[int] | None = None
        self._starts: list[int] | None = None
        self._columns: dict[str, tuple] = {}
        self._form_ids: dict[str, tuple] = {}
        self._positions: dict[tuple[str, frozenset[str]], list[int]] = {}
        self._kids: list[list[Token] | None] = [None] * n

    def child_ids(self, i: int) -> list[int]:
        """The indices of token ``i``'s children, in text order."""
        return self.child_order[self.child_bounds[i]:self.child_bounds[i + 1]]

    @property
    def starts(self) -> list[int]:
        """The character offset of every token, in order (read once)."""
        if self._starts is None:
            from spacy.attrs import IDX

            self._starts = self.doc.to_array(IDX).tolist() if len(self.doc) else []
        return self._starts

    @property
    def text(self) -> str:
        """``doc.text``, which spaCy rebuilds from every token each time it is read: once."""
        if self._text is None:
            self._text = self.doc.text
        return self._text

    def column(self, attr: str) -> tuple:
        """``(codes, values, size)`` of the string attribute ``attr`` (``"LEMMA"``, ``"LOWER"``)
        of every token: ``codes`` give each token's value as a number below ``size`` (a numpy
        array), ``values`` maps each distinct value, lower-cased, to its numbers (two spellings
        may lower to one value: "Said", "said"). Read once per Doc."""
        found = self._columns.get(attr)
        if found is None:
            import numpy as np
            from spacy import attrs

            distinct, codes = np.unique(self.doc.to_array(getattr(attrs, attr)),
                                        return_inverse=True)
            values: dict[str, list[int]] = {}
            for k, s in enumerate(_lowered(self.doc.vocab.strings, distinct.tolist())):
                values.setdefault(s, []).append(k)
            found = self._columns[attr] = (codes, values, len(distinct))
        return found


    def form_ids(self, attr: str) -> tuple:
        """``(forms, ids)``: the number of the lower-cased string attribute ``attr``
        (``"LEMMA"``, ``"LOWER"``) of every token, a numpy array ``ids``, in the numbering
        ``forms`` (:class:`_Forms`, the process's when first asked). Read once per Doc
        (session 27: what :func:`positions` searches)."""
        found = self._form_ids.get(attr)
        if found is None:
            import numpy as np
            from spacy import attrs

            forms = _current_forms()
            hashes = self.doc.to_array(getattr(attrs, attr)).tolist()
            found = self._form_ids[attr] = (
                forms, np.array(forms.numbers(self.doc.vocab.strings, hashes), dtype=np.int64))
        return found


# the lower-cased string of a string hash, shared by every Doc (a hash names one string in any
# vocabulary): the words of an article are mostly words seen before
_LOWERED: dict[int, str] = {}
_LOWERED_MAX = 500_000  # entries kept at most (then the memo starts again)


def _lowered(strings, hashes: list[int]) -> list[str]:
    """``strings[h].lower()`` of every hash in ``hashes`` (``strings``: a ``StringStore``),
    each string lower-cased once per process (:data:`_LOWERED`)."""
    memo = _LOWERED
    if len(memo) > _LOWERED_MAX:
        memo.clear()
    out = []
    for h in hashes:
        s = memo.get(h)
        if s is None:
            s = memo[h] = strings[h].lower()
        out.append(s)
    return out


def positions(doc: Doc, words: frozenset[str], *, attr: str = "LEMMA") -> list[int]:
    """Indices of the tokens whose lower-cased lemma (or ``attr``: ``"LOWER"``) is in ``words``,
    found on the Doc's arrays: the rules visit those tokens, not every token. Each token's
    value is read once per Doc and attribute as the number of its lower-cased form
    (:meth:`DocIndex.form_ids`, numbered by the process's :class:`_Forms`), and a word list is
    a table of those numbers (built once per list and process): one pass in numpy, once per
    Doc, attribute and word list (kept on the Doc's index: a copy is returned). Session 27
    (s32-speed): no longer a dictionary of the Doc's distinct values built per Doc
    (:meth:`DocIndex.column`), the same answers at a fraction of the cost."""
    if not len(doc):
        return []
    ix = index(doc)
    known = ix._positions.get((attr, words))
    if known is not None:
        return list(known)
    import numpy as np

    forms, ids = ix.form_ids(attr)
    known = ix._positions[(attr, words)] = np.flatnonzero(forms.hits(words)[ids]).tolist()
    return list(known)


class _Forms:
    """A numbering of lower-cased strings shared by the Docs of a process (session 27): the
    number of a string hash's lower-cased form (a hash names one string in any vocabulary, so
    the answer never depends on the Doc), and, per word list, which numbers are its words.

    A word list's table is built once: its words are numbered when it is built, so a form
    numbered later is none of them (the table is only padded). Memos keyed by a hash or by a
    word list's own value answer the same for every Doc, model and set of lexicons; when they
    grow past :data:`_FORMS_MAX` hashes the process starts a new numbering (a Doc's index keeps
    the one it read its tokens with)."""

    def __init__(self):
        self.of_hash: dict[int, int] = {}  # string hash -> number of its lower-cased form
        self.of_form: dict[str, int] = {}  # lower-cased form -> number
        self.tables: dict[frozenset[str], Any] = {}  # word list -> bool numpy array
        self.lock = threading.Lock()  # numbers are handed out under it

    def _number(self, form: str) -> int:
        found = self.of_form.get(form)
        if found is None:
            found = self.of_form[form] = len(self.of_form)
        return found

    def numbers(self, strings, hashes: list[int]) -> list[int]:
        """The number of the lower-cased form of every hash in ``hashes`` (``strings``: the
        ``StringStore`` that names them)."""
        get = self.of_hash.get
        out = [get(h, -1) for h in hashes]
        if -1 in out:
            with self.lock:
                for k, h in enumerate(hashes):
                    if out[k] == -1:
                        found = self.of_hash.get(h)
                        if found is None:
                            found = self.of_hash[h] = self._number(strings[h].lower())
                        out[k] = found
        return out

    def hits(self, words: frozenset[str]):
        """A bool numpy array: which numbers are the forms of ``words`` (at least as long as
        the numbering, so every number handed out so far indexes it; the numbers past it are
        False: a form numbered after the list's words is none of them)."""
        import numpy as np

        table: Any = self.tables.get(words)
        if table is None or len(table) < len(self.of_form):
            with self.lock:
                if table is None:
                    if len(self.tables) > _TABLES_MAX:
                        self.tables.clear()
                    numbered = [self._number(w) for w in words]
                    table = np.zeros(len(self.of_form) + _TABLE_SLACK, dtype=bool)
                    table[numbered] = True
                else:  # forms numbered since (and the next ones): none of the list's words
                    table = np.concatenate([table, np.zeros(
                        len(self.of_form) - len(table) + _TABLE_SLACK, dtype=bool)])
                self.tables[words] = table
        return table


_FORMS_MAX = 500_000  # string hashes numbered at most (then a new numbering starts)
_TABLES_MAX = 64  # word lists' tables kept at most (then they are built again)
_TABLE_SLACK = 4096  # numbers a table holds past the numbering (grown less often)
_forms = _Forms()


def _current_forms() -> _Forms:
    """The process's :class:`_Forms` (a new one once the numbering holds :data:`_FORMS_MAX`
    hashes)."""
    global _forms
    if len(_forms.of_hash) > _FORMS_MAX:
        _forms = _Forms()
    return _forms


_local = threading.local()


def index(doc: Doc) -> DocIndex:
    """The :class:`DocIndex` of ``doc`` (built on first use, kept until another Doc is asked)."""
    cached = getattr(_local, "index", None)
    if cached is None or cached.doc is not doc:
        cached = DocIndex(doc)
        _local.index = cached
    return cached


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc (see :attr:`DocIndex.text`)."""
    return index(doc).text


def kids(tok: Token) -> list[Token]:
    """``tok.children``, in order, in time proportional to their number. The list is built once
    per token and Doc (kept on the Doc's index): read it, never change it."""
    doc = tok.doc
    ix = getattr(_local, "index", None)  # index(doc), without a call: kids is asked most
    if ix is None or ix.doc is not doc:
        ix = index(doc)
    i = tok.i
    found = ix._kids[i]
    if found is None:
        found = ix._kids[i] = [doc[c] for c in ix.child_order[ix.child_bounds[i]:
                                                               ix.child_bounds[i + 1]]]
    return found


def rights(tok: Token) -> list[Token]:
    """``tok.rights``: the children after ``tok``, in order."""
    i = tok.i
    return [c for c in kids(tok) if c.i > i]


def sent_of(tok: Token) -> Span:
    """``tok.sent``: the sentence ``Span`` holding ``tok``."""
    doc = tok.doc
    ix = index(doc)
    start, end = ix.sent_bounds[ix.sent_id[tok.i]]
    return doc[start:end]


def token_from(doc: Doc, offset: int) -> int:
    """Index of the first token starting at or after character ``offset`` (``len(doc)`` when
    there is none): a bisect, O(log n)."""
    return bisect.bisect_left(index(doc).starts, offset)


def first_word(tok: Token) -> Token:
    """The first non-punctuation token of ``tok``'s subtree (``tok`` if there is none)."""
    doc = tok.doc
    return next((doc[j] for j in range(tok.left_edge.i, tok.right_edge.i + 1)
                 if not doc[j].is_punct), tok)


def glued_hyphen(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a hyphen with no space on either side ("Lovell-Badge")."""
    return 0 < i < len(doc) and doc[i].text == "-" and not doc[i - 1].whitespace_ \
        and not doc[i].whitespace_
