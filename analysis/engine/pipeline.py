"""The per-article pipeline: the spaCy model with the engine's components, parsing (long
articles in chunks, memory bounded), and one shard of articles turned into table rows.

:func:`news_pipeline` is the model of :mod:`analysis.engine.nlp` (with the pre-tokenisation guard of
:mod:`analysis.engine.tokenizer`) plus ``news_entities`` and ``news_quotes``
(:mod:`analysis.engine.components`), configured from ``analyze()``'s options and loaded once per
process and configuration. :func:`process_shard` is what every worker runs
(:mod:`analysis.parallel` hands it shards): parse with ``nlp.pipe``, rows per Doc
(:mod:`analysis.engine.rows`), plain dicts back — never ``Doc`` objects.

Memory: the parser's working memory grows with the tokens parsed in one batch (about 17 KB a
token: 3 GB per million characters of prose), so no batch holds more than :data:`CHUNK_TOKENS`
tokens: short articles are batched up to that many, a longer article is parsed chunk by chunk,
and an article longer than ``max_chars`` (default :data:`MAX_CHARS`) is not parsed at all but
reported (``too_long``). An article that still runs out of memory (``MemoryError``) is
reported alone (``memory``); the others of its batch are parsed again one by one.

Faults: any other exception raised for one article — in a component of the engine (kept on the
Doc as ``doc._.news_error``: :mod:`analysis.engine.components`), in the model's own components,
the tokenizer, or while its records become rows — costs that article alone: it has no rows and
is reported as an :class:`EngineFault` (``engine_error``: the article, where it happened, the
exception's type and message); its batch's other articles are parsed again one by one, and the
shard goes on, in-process as in a worker process.
"""

from __future__ import annotations

import json
import re
import time
from functools import lru_cache
from typing import NamedTuple, Sequence

from .budget import DEFAULT_SECONDS
from .segments import paragraph_breaks
from .settings import MAX_CHARS, RowSettings, check_time_limit

CHUNK_CHARS = 100_000  # longer articles are parsed in chunks and joined (exact offsets kept)
# the most tokens parsed at once (one batch, or one chunk): the parser needs ~17 KB a token,
# so ~0.4 GB (100,000 characters of prose are ~20,000 tokens; of punctuation, 100,000)
CHUNK_TOKENS = 25_000
COMPONENTS = ("news_entities", "news_quotes")


def component_config(settings: RowSettings | None = None, *,
                     time_limit: float | None = DEFAULT_SECONDS) -> str:
    """The components' config as a JSON string (hashable, picklable, what workers get): the
    row settings (:class:`analysis.engine.settings.RowSettings`: user aliases as rows, lexicon
    overrides in config form, the ``news_quotes`` thresholds; default: none) and the time limit
    (a run option: in the components' config, never in the fingerprint).

    Raises:
        ValueError: a time limit that is not positive.
    """
    check_time_limit(time_limit)
    return json.dumps({**(settings or RowSettings()).component_config(),
                       "time_limit": time_limit}, sort_keys=True)


def news_pipeline(target: str | None = None, config: str | None = None):
    """The spaCy pipeline ``target`` (resolved as :func:`analysis.engine.nlp.resolve_model` does)
    with ``news_entities`` and ``news_quotes`` added, configured by ``config``
    (:func:`component_config`; default: the packaged lexicons and aliases, 60 s budget).

    Loaded once per process and configuration (a pipeline of its own, not the shared one of
    ``load_pipeline``); the model's ``senter`` stays disabled as spaCy ships it,
    ``news_hidden`` runs first (words with a soft hyphen or strike-through read as without),
    ``news_paragraphs`` runs before its parser (no sentence spans a paragraph break), and its
    tokenizer is guarded (:mod:`analysis.engine.tokenizer`: long runs without spaces are cut, and
    tokenising counts against the time limit).
    """
    from .nlp import resolve_model

    return _news_pipeline(resolve_model(target).target, config or component_config())


@lru_cache(maxsize=4)
def _news_pipeline(target: str, config: str):
    from . import components  # noqa: F401  (registers the factories)
    from .nlp import load_spacy
    from .tokenizer import guard

    nlp = load_spacy(target)
    split_quote_marks(nlp)  # on the model's own tokenizer, before the guard wraps it
    guard(nlp, time_limit=json.loads(config)["time_limit"])
    nlp.add_pipe("news_hidden", first=True)  # the model reads "Bi\u00adden" as "Biden"
    if "parser" in nlp.pipe_names:  # no sentence, and no parse, across a paragraph break
        nlp.add_pipe("news_paragraphs", before="parser")
    shared = json.loads(config)
    thresholds = shared.pop("thresholds", None) or {}  # news_quotes' own (QuoteSettings)
    for name in COMPONENTS:
        nlp.add_pipe(name, config={**shared, **(thresholds if name == "news_quotes" else {})})
    return nlp


# marks the models were not trained on, read as the English mark of the same role (the
# features the models embed: norm, shape, prefix, suffix); the text is unchanged
READ_AS = {"「": "“", "『": "“", "」": "”", "』": "”", "＂": '"', "‹": '"', "›": '"'}


def split_quote_marks(nlp) -> None:
    """Make ``nlp`` read the quotation marks of other conventions as it reads English ones:
    its tokenizer splits the marks it leaves on words (＂, ‹, ›:
    :data:`analysis.engine.quotes.marks.UNSPLIT_MARKS`) off them, as it does “ and «, and the marks
    the models were not trained on (「」『』＂‹›: :data:`READ_AS`) take the lexeme features of the
    English mark of the same role, so the tagger and parser do not take "』" for a verb or "›"
    for a name ("『We will …,』 the mayor said"). The text is unchanged."""
    from .entities import read_as
    from .quotes.marks import UNSPLIT_MARKS

    tok = nlp.tokenizer
    marks = "".join(map(re.escape, UNSPLIT_MARKS))
    if tok.prefix_search is not None:
        tok.prefix_search = re.compile(f"{tok.prefix_search.__self__.pattern}|^[{marks}]").search
    if tok.suffix_search is not None:
        tok.suffix_search = re.compile(f"{tok.suffix_search.__self__.pattern}|[{marks}]$").search
    for mark, english in READ_AS.items():
        read_as(nlp.vocab, mark, english)


def apply_components(nlp, doc):
    """``doc`` (parsed by the model) through the engine's components of ``nlp``, in order: for
    Docs that did not come through ``nlp.pipe`` — joined chunks, or Docs a benchmark parsed
    with the bare model."""
    for name in nlp.pipe_names:
        if name in COMPONENTS:
            doc = nlp.get_pipe(name)(doc)
    return doc


def split_text(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """Cut ``text`` into pieces of at most ``size`` characters whose concatenation is ``text``:
    at a paragraph break where possible, else after a sentence end, else at a space."""
    pieces = []
    start = 0
    while len(text) - start > size:
        window = text[start:start + size]
        breaks = paragraph_breaks(window)
        if breaks and breaks[-1][0] > size // 4:
            cut = breaks[-1][1]
        else:
            cut = max(window.rfind(". "), window.rfind("\n"))
            cut = cut + 1 if cut > size // 4 else window.rfind(" ") + 1
        if cut <= 0:
            cut = size
        pieces.append(text[start:start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


class EngineFault(Exception):
    """An exception other than ``MemoryError`` raised while one article went through the
    pipeline: ``step`` names where (a component's name, ``tokenizer``, ``parse`` for the
    model's run over a long article's chunks, ``rows``), ``error_type`` and ``error`` the
    exception's type name and message. ``str()`` is the errors table's message."""

    def __init__(self, article_id: str, step: str, error_type: str, error: str):
        self.article_id, self.step = article_id, step
        self.error_type, self.error = error_type, error
        super().__init__(f"article {article_id}: {error_type} in {step}: {error}; left out "
                         f"(a fault of the engine on this article; the others go on)")

    @classmethod
    def of(cls, article_id: str, step: str, exc: BaseException) -> EngineFault:
        """The fault of ``exc``, raised in ``step`` for ``article_id``."""
        return cls(article_id, step, type(exc).__name__, str(exc))


def _run_components(nlp, doc, article_id: str):
    """``doc`` (tokenised) through every component of ``nlp`` in order, as ``nlp(text)`` does;
    an exception (but ``MemoryError``) becomes the :class:`EngineFault` naming the component."""
    for name, proc in nlp.pipeline:
        try:
            doc = proc(doc)
        except MemoryError:
            raise
        except Exception as exc:  # noqa: BLE001 - reported as this article's engine_error
            raise EngineFault.of(article_id, name, exc) from exc
    return doc


def parse(nlp, items: Sequence[tuple[str, str]], batch_size: int = 32):
    """``(doc, article_id)`` for ``(article_id, text)`` items, in order, through every
    component of ``nlp`` — or ``(error, article_id)``, ``error`` a ``MemoryError`` for an
    article that ran out of memory by itself, or an :class:`EngineFault` for an article on which
    the tokenizer, a model component or the chunked parse raised any other exception (the
    engine's own components keep theirs on the Doc: ``doc._.news_error``).

    At most :data:`CHUNK_TOKENS` tokens are parsed at once (the parser's memory grows with the
    tokens of a batch): texts are tokenised first, short ones batched up to that many tokens
    (and ``batch_size`` texts); a text longer than :data:`CHUNK_CHARS` characters (spaCy's
    ``max_length`` guards memory) or :data:`CHUNK_TOKENS` tokens is cut into chunks (at
    paragraph breaks where possible), parsed one at a time by the model's own components,
    joined with ``Doc.from_docs`` and then given to the remaining components whole, so
    ``doc.text`` is always exactly the article text and the engine sees the whole article. The
    chunks' tokenisation together counts against the article's time limit (as one text's
    does, :mod:`analysis.engine.tokenizer`). A batch that raises ``MemoryError`` or any other
    exception is parsed again one text at a time, so only the text that needs the memory, or
    that raised, is lost."""
    pending: list[tuple[object, str, str]] = []  # (doc, article_id, text)
    size = 0

    def flush():
        nonlocal size
        batch = list(pending)
        pending.clear()
        size = 0
        if not batch:
            return
        try:
            docs = ((doc, article_id) for doc, article_id, _ in batch)
            done = list(nlp.pipe(docs, as_tuples=True, batch_size=batch_size))
        except Exception:  # noqa: BLE001 - MemoryError or one article's fault: found below
            done = None
        if done is not None:
            yield from done
            return
        for _, article_id, text in batch:  # one by one: only the one that needs it is lost
            try:
                doc = _run_components(nlp, _tokenise(nlp, article_id, text), article_id)
            except (MemoryError, EngineFault) as exc:
                yield exc, article_id
            else:
                yield doc, article_id

    for article_id, text in items:
        try:
            start = time.monotonic()
            chunks = [_tokenise(nlp, article_id, chunk) for chunk in split_text(text, CHUNK_CHARS)]
            tokenised = time.monotonic() - start
        except (MemoryError, EngineFault) as exc:
            yield exc, article_id
            continue
        if len(chunks) == 1 and len(chunks[0]) <= CHUNK_TOKENS:
            if pending and size + len(chunks[0]) > CHUNK_TOKENS:
                yield from flush()
            pending.append((chunks[0], article_id, text))
            size += len(chunks[0])
            continue
        yield from flush()
        try:
            doc = _parse_chunks(nlp, article_id, text, chunks, tokenised)
        except (MemoryError, EngineFault) as exc:
            yield exc, article_id
        except Exception as exc:  # noqa: BLE001 - the model on a chunk, or joining the chunks
            yield EngineFault.of(article_id, "parse", exc), article_id
        else:
            yield doc, article_id
    yield from flush()


def _tokenise(nlp, article_id: str, text: str):
    """``nlp.make_doc(text)``; an exception (but ``MemoryError``) becomes an
    :class:`EngineFault` of the ``tokenizer``."""
    try:
        return nlp.make_doc(text)
    except MemoryError:
        raise
    except Exception as exc:  # noqa: BLE001 - reported as this article's engine_error
        raise EngineFault.of(article_id, "tokenizer", exc) from exc


def _parse_chunks(nlp, article_id: str, text: str, chunks: list, tokenised: float):
    """One long text, tokenised as ``chunks`` (in ``tokenised`` seconds), parsed chunk by
    chunk — a chunk of more than :data:`CHUNK_TOKENS` tokens cut again — joined and given to
    the engine's components (see :func:`parse`)."""
    from spacy.tokens import Doc

    from .components import TIMEOUT

    ours = [name for name in nlp.pipe_names if name in COMPONENTS]
    pieces = [piece for chunk in chunks for piece in split_doc(chunk, CHUNK_TOKENS)]
    chunks.clear()  # the caller's list: no parsed chunk outlives its parse
    with nlp.select_pipes(disable=ours):
        docs = list(nlp.pipe(pieces, batch_size=1))
    del pieces
    # user data excluded: at most a chunk's own timeout mark, decided below for the whole text
    doc = Doc.from_docs(docs, ensure_whitespace=False,  # type: ignore[call-arg]
                        exclude=["user_data"])  # (spaCy 3.8 takes exclude=; its stub lacks it)
    del docs
    if doc.text != text:  # never expected; a wrong offset would be worse than an error
        raise RuntimeError(f"article {article_id}: joined chunks do not reproduce the text")
    limit = getattr(nlp.tokenizer, "time_limit", None)
    if limit is not None and tokenised > limit:
        doc._.set(TIMEOUT, "tokenizer")
    return apply_components(nlp, doc)


def split_doc(doc, size: int) -> list:
    """A tokenised (not yet parsed) ``doc`` as Docs of at most ``size`` tokens whose texts
    joined are ``doc.text``: cut after a line break where possible, else after a sentence end,
    else anywhere. ``[doc]`` when it is short enough."""
    if len(doc) <= size:
        return [doc]
    pieces, start = [], 0
    while len(doc) - start > size:
        cut = start + size
        for at in (_last_break(doc, start, cut, "\n"), _last_break(doc, start, cut, None)):
            if at is not None:
                cut = at
                break
        pieces.append(doc[start:cut].as_doc())
        start = cut
    pieces.append(doc[start:].as_doc())
    return pieces


def _last_break(doc, start: int, stop: int, line: str | None) -> int | None:
    """The index after the last token in ``doc[start:stop]``'s last quarter that ends a line
    (``line``) or a sentence (None), or None."""
    for i in range(stop - 1, start + (stop - start) * 3 // 4, -1):
        token = doc[i]
        if (line in token.text_with_ws) if line else token.text in (".", "!", "?"):
            return i + 1
    return None


class ShardResult(NamedTuple):
    """What a worker sends back for one shard: plain rows, never ``Doc`` objects.

    Attributes:
        ids: the shard's article ids, in order (timed-out and failed ones included).
        entities, quotes: row dicts of the articles that finished.
        timeouts: ids of the articles whose extraction ran over the time budget (no rows).
        failures: ``(article_id, problem, message)`` of the other articles that could not be
            processed (no rows): ``too_long``, ``memory``, ``engine_error``, ``worker_lost``
            (see :func:`process_shard`, :func:`lost_shard`).
    """

    ids: list[str]
    entities: list[dict]
    quotes: list[dict]
    timeouts: list[str]
    failures: list[tuple[str, str, str]]


_WARMED: set[int] = set()


def warm(nlp) -> None:
    """Run the pipeline once on a tiny text per process, so that reading the lexicons and
    compiling the rules is not charged to the first article's time budget."""
    if id(nlp) not in _WARMED:
        nlp('"We will," Ann Lee said, according to officials.')
        _WARMED.add(id(nlp))


def check_max_chars(max_chars: int | None) -> int | None:
    """``max_chars`` if it is a positive whole number or None (no cap).

    Raises:
        ValueError: anything else.
    """
    from ..config import positive_limit

    return positive_limit(max_chars, "max_chars", "characters")


def process_shard(shard: Sequence[tuple[str, str]], target: str, config: str | None = None,
                  batch_size: int = 32, max_chars: int | None = MAX_CHARS) -> ShardResult:
    """Parse one shard of ``(article_id, text)`` and return its rows as a :class:`ShardResult`.

    Runs in a worker process (or in-process); loads :func:`news_pipeline` once per process and
    configuration. An article whose extraction ran over the components' time budget has no
    rows and is listed in ``timeouts``. Listed in ``failures`` instead, with no rows: an
    article longer than ``max_chars`` characters (``too_long``; None: no cap), not parsed —
    the default :data:`MAX_CHARS` (5 million, over twice the longest article the fault tests
    parse) bounds what the parse does not: the parse needs at most :data:`CHUNK_TOKENS`
    tokens' memory, but the whole article's ``Doc`` and its extraction grow with it —, an
    article whose parse or extraction raised ``MemoryError`` (``memory``), and an article on
    which any other exception was raised — in a component, the tokenizer, the model, or while
    its records became rows — (``engine_error``, the message naming the article, where it
    happened, the exception's type and message: :class:`EngineFault`). No exception of one
    article leaves the shard: the other articles go on.
    """
    from .rows import doc_rows, failed, timed_out

    nlp = news_pipeline(target, config)
    warm(nlp)
    result = ShardResult([article_id for article_id, _ in shard], [], [], [], [])
    todo = []
    for article_id, text in shard:
        if max_chars is not None and len(text) > max_chars:
            result.failures.append((article_id, "too_long", (
                f"article {article_id}: {len(text):,} characters, more than the {max_chars:,} "
                f"allowed; not parsed (raise max_chars= or --max-chars to allow more)")))
        else:
            todo.append((article_id, text))
    for doc, article_id in parse(nlp, todo, batch_size):
        if isinstance(doc, MemoryError):
            result.failures.append((article_id, "memory", _out_of_memory(article_id)))
            continue
        if isinstance(doc, EngineFault):
            result.failures.append((article_id, "engine_error", str(doc)))
            continue
        if timed_out(doc):
            result.timeouts.append(article_id)
            continue
        fault = failed(doc)
        if fault is not None:  # a component raised (kept on the Doc, not raised)
            result.failures.append((article_id, "engine_error", str(EngineFault(
                article_id, fault["component"], fault["type"], fault["message"]))))
            continue
        try:
            entities, quotes = doc_rows(doc, article_id)
        except MemoryError:
            result.failures.append((article_id, "memory", _out_of_memory(article_id)))
            continue
        except Exception as exc:  # noqa: BLE001 - reported as this article's engine_error
            result.failures.append((article_id, "engine_error",
                                    str(EngineFault.of(article_id, "rows", exc))))
            continue
        result.entities.extend(entities)
        result.quotes.extend(quotes)
    return result


def _out_of_memory(article_id: str) -> str:
    return (f"article {article_id}: ran out of memory while being processed (MemoryError); "
            f"left out (lower max_chars= or --max-chars to refuse such articles before parsing)")


def lost_shard(shard: Sequence[tuple[str, str]], reason: str) -> ShardResult:
    """The result of a shard whose worker process died (killed, out of memory, crashed) or was
    lost: every article a ``worker_lost`` failure naming ``reason``, no rows. What
    :func:`analysis.parallel.run` hands on in place of the shard's own result."""
    ids = [article_id for article_id, _ in shard]
    return ShardResult(ids, [], [], [], [(a, "worker_lost", (
        f"article {a}: the worker process processing it died ({reason}); left out")) for a in ids])


def prepare(target: str, config: str | None = None) -> None:
    """Process-pool initializer: load and warm the pipeline before the first shard arrives."""
    warm(news_pipeline(target, config))
