"""Page furniture: the lines of a scraped article that are the page's, not the story's — video
and link titles ("WATCH: Mayor slams critics", "Watch: X says …", "VIDEO: …", "READ MORE: …",
"Related: …", "Click here to …") and headlines (the article's first line again later, or a
short title-case line before a paragraph). Nobody is quoted in them:
:mod:`.attribution` drops every quotation mark, cue and speaker inside these lines, so their "X
slams" / "X says" is neither a quote nor a speaker.

A furniture line is a whole line of the text (between line breaks) that stands where a heading
does: at the start of the text or after a line that ends a sentence (or a blank line), and with
a next line that starts like a paragraph (a capital, a digit or a quotation mark), so a line of
hard-wrapped text ("… said Secretary of State John Kerry\\nin a statement") never is one. It is
furniture when

* it is at most 200 characters long and opens with one of the ``furniture_prefixes``, or it is
  one of the ``furniture_lines`` (``ingest_words.toml``, any case: the lists the article
  readers use to strip furniture at ingest, :mod:`analysis.io.furniture`, so a text passed to
  the engine without that step is read the same way): "WATCH: …", "Watch: X says …",
  "VIDEO: …", "READ MORE: …", "Related: …", "Click here to …" — or with the kicker of such a
  prefix (the prefix without its colon or dash) written another way: ended by a bar or a
  dash with a space after it ("WATCH | …", "VIDEO — …", "Listen | …"), in brackets
  ("[WATCH] …", "[Read: …]"), or with one of the ``furniture_kicker_words``
  (``quote_words.toml``) before its separator ("Watch below: …", "WATCH ABOVE: …", "Watch
  video: …"); prose opening with the same word is not one ("Video-sharing site …", "Watch
  out, …");
* it is a whole line of one of the ``furniture_frames`` ("The post … appeared first on …", a
  feed's footer around a title), at most 400 characters;
* it repeats the article's first line (the headline printed again above the body), the first
  line itself excepted;
* it is a headline in title case: at least three words, at most ``max_words`` (15), every word
  capitalised but the ``title_small_words``, no final question or exclamation mark (a final
  full stop is allowed: corpora that end every line with one print "Marco Rubio Responds To
  Question About Minimum Wage By Saying We Need Fewer Philosophers." as a link title).
* it is a section heading quoting the story (a *quoted subhead*: 'A really tough decision.',
  ‘We were terrified’): the whole line one quotation in single marks (' or ‘ … ' or ’; not
  the doubled '' some corpora print for “), at most ``max_words`` words, in an article whose
  own quotes are in double marks (“…”, "…" or ''…'' somewhere in the text) — so a paragraph of
  a story quoted in single marks throughout ('It's over.') is never one. Such a line stands
  alone between paragraphs of a story whose speech is in double marks; it repeats words of the
  story below it as a heading, and nobody says them there.

A *pull quote* is furniture too (session 18): a line that is wholly one quotation (a mark
first and last, no mark between, at least three words) whose opening words (up to six) open
another quotation of the article that is no such line — the page printing the story's own quote
again as a display line, above or below the paragraph where it is said
(:func:`_pull_quotes`). The story's quote keeps its cue and speaker; the display line would be
a second, cueless copy of it. A line after a paragraph that leaves a quotation open is the same
quote going on, never a pull quote.

An editor's note is the outlet's note on its own article (a correction, a disclosure, a standing
disclaimer: "Editor’s note: Donald Trump regularly incites political violence and is a serial
liar … who has repeatedly pledged to ban all Muslims …"), not the story's reporting: a
line standing where a heading does (above) that opens with one of the ``note_prefixes``
("Editor's note", "Editors' note", with ' or ’) and a colon or a dash is furniture with the rest
of its paragraph (up to the next blank line), whatever its length and its line breaks.

The article speaking of itself (:func:`own_article`: "This story has been updated to say that
…", "An earlier version of this article said …"; a speaker whose head is one of the
``own_article_nouns`` with "this", or with an of-phrase naming "this" such noun) is the outlet's
note on its article too: :mod:`.attribution` drops such a cue and the cues inside its content
("… updated to note that X posted …"). Another outlet's story ("The Herald story said …") and
"this report" stay sources.

Complexity: one pass over the text's lines, O(n) in its length (the pull quotes: one more pass
over the opening marks, a few dozen characters after each); the article test reads a cue's
speaker head and its children.
"""

from __future__ import annotations

import re

from ... import lexicons
from ..syntax import kids

# a line that can end just before a heading: blank, or ending a sentence
_SENTENCE_END = ".!?:\"'”’»)"
# how a paragraph may open after a heading
_PARAGRAPH_OPENERS = "\"'“‘«„(—–-"
_WORD = re.compile(r"[^\s]+")
# a quoted subhead's marks (one quotation in single marks) and the double marks of the story's
# own quotes
_SINGLE_OPEN = "'‘"
_SINGLE_CLOSE = "'’"
_DOUBLE_MARKS = ('"', "“", "”", "''")
# characters; a longer line opening with "Watch:" is article text (as at ingest)
MAX_PREFIX_LINE = 200
# characters; a feed's footer line ("The post <title> appeared first on <site>.")
MAX_FRAME_LINE = 400


# what ends a kicker ("WATCH | …", "VIDEO — …", "Listen: …"): a colon or a bar, or a dash
# with a space after it ("Video-sharing site …" is prose)
_KICKER_END = r"(?:\s*[:|]|\s*[—–]\s|\s+-\s)"


def _furniture_patterns(lex) -> tuple[frozenset[str], frozenset[str], re.Pattern,
                                      re.Pattern | None]:
    """The ingest stage's furniture lists (``ingest_words.toml``), read the same way as
    :mod:`analysis.io.furniture` reads them: whole lines as keys (and the first words of those
    keys), prefixes as one regex — with the kickers of those prefixes written another way
    (module doc) — and a kicker alone, its separator optional ("READ MORE", "Related:",
    "Watch below:"), as a regex for a whole line (session 22; None without kickers)."""
    lines = frozenset(_key(v) for v in lex.lists["furniture_lines"])
    prefixes = "|".join(map(re.escape, lex.lists["furniture_prefixes"]))
    # the kicker words of the prefixes that end with their separator ("watch:", "read more -")
    stems = sorted({re.sub(r"\s*[:—–-]$", "", p.strip()) for p in lex.lists["furniture_prefixes"]
                    if re.search(r"[:—–-]$", p.strip())}, key=len, reverse=True)
    stems = [s for s in stems if s]
    kicker = ""
    bare = None
    if stems:
        words = "|".join(map(re.escape, stems))
        extra = sorted(lex.lists["furniture_kicker_words"], key=len, reverse=True)
        after = rf"(?:\s+(?:{'|'.join(map(re.escape, extra))}))?" if extra else ""
        kicker = (rf"|[\[(]\s*(?:{words}){after}\s*(?:[\])]|{_KICKER_END})"
                  rf"|(?:{words}){after}{_KICKER_END}")
        bare = re.compile(rf"(?:{words}){after}\s*[:|—–-]?", re.IGNORECASE)
    return (lines, frozenset(k.split(" ", 1)[0] for k in lines),
            re.compile(rf"(?:{prefixes}{kicker})\s*\S", re.IGNORECASE), bare)


_NON_WORD = re.compile(r"[\W_]+")
_FIRST_WORD = re.compile(r"[\W_]*([^\W_]*)")


def _key(line: str) -> str:
    return _NON_WORD.sub(" ", line).strip().lower()


def _whole_line(line: str, keys: frozenset[str], first_words: frozenset[str]) -> bool:
    """Whether ``_key(line)`` is one of ``keys``; the key's first word (the line's, lower-cased)
    is looked up first, so a paragraph is not normalised as a whole."""
    first = _FIRST_WORD.match(line)  # always matches (both parts may be empty)
    return first is not None and first.group(1).lower() in first_words and _key(line) in keys


def _frame(frame: str) -> str:
    """One frame as a regex: its words in order (a space stands for any spaces), each "…" any
    words or none ("…(AP Photo/…)": the credit may follow a caption's last word directly)."""
    out = []
    for part in re.split(r"(…|\s+)", frame.strip()):
        if part == "…":
            out.append(r".*?")
        elif part.isspace():
            out.append(r"\s+")
        elif part:
            out.append(re.escape(part))
    return "".join(out)


def _frame_pattern(lex) -> re.Pattern | None:
    """``furniture_frames`` (``quote_words.toml``; "…" stands for any words) as one regex
    matching a whole line."""
    frames = [_frame(f) for f in lex.lists["furniture_frames"]]
    frames = [f for f in frames if f]
    if not frames:
        return None
    return re.compile(rf"(?:{'|'.join(frames)})\W*", re.IGNORECASE)


def _lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every non-blank line of ``text``, without the spaces around it."""
    out, pos = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            a = pos + (len(line) - len(line.lstrip()))
            out.append((a, a + len(stripped)))
        pos += len(line) + 1
    return out


def _title_case(line: str, small: frozenset[str], max_words: int) -> bool:
    words = [w.strip("\"'“”‘’«»()[],;") for w in _WORD.findall(line)]
    words = [w for w in words if w]
    if not 3 <= len(words) <= max_words or line.rstrip("\"'”’»)")[-1:] in "!?,;:":
        return False
    return all(w[:1].isupper() or not w[:1].isalpha() or w.lower() in small for w in words) \
        and sum(w[:1].isupper() for w in words) >= 2


def _note_pattern(lex) -> re.Pattern | None:
    """``note_prefixes`` (``quote_words.toml``) followed by a colon or a dash, as one regex."""
    words = sorted(lex.lists["note_prefixes"], key=len, reverse=True)
    if not words:
        return None
    alternatives = "|".join("".join("['’]" if ch in "'’" else re.escape(ch) for ch in w)
                            for w in words)
    return re.compile(rf"(?:{alternatives})\s*[:—–-]", re.IGNORECASE)


def _paragraph_end(text: str, lines: list[tuple[int, int]], n: int) -> int:
    """Where the paragraph that line ``n`` opens ends: its last line before a blank line."""
    end = lines[n][1]
    for a, b in lines[n + 1:]:
        if "\n" in text[end:a].replace("\n", "", 1):
            break
        end = b
    return end


# lines of link titles read after a bare kicker ("Read more:" alone on its line), at most
MAX_LIST_LINES = 8


def _bare_kicker(line: str, prefix: re.Pattern, bare: re.Pattern | None) -> bool:
    """Whether ``line`` is a furniture prefix and nothing else ("Read more:", "READ MORE",
    "Related", "Watch below:"): the heading of a list of links on the lines under it."""
    return len(line) <= 40 and (prefix.match(line + " x") is not None
                                and prefix.match(line) is None
                                or bare is not None and bare.fullmatch(line) is not None)


def _link_list_end(text: str, lines: list[tuple[int, int]], n: int) -> int:
    """Where the list of links under the bare kicker of line ``n`` ends (session 22): a
    scraped page prints "Read more:" (or "Related:", …) alone on a line and under it, with no
    blank line between, the titles of other stories, one a line ("Mayor says cuts “cannot be
    avoided”"), quoting nobody in this story. The list is the lines after the kicker up to a
    blank line, at most :data:`MAX_LIST_LINES`, each at most :data:`MAX_PREFIX_LINE`
    characters; a line ending with a full stop (narrative, not a title) ends it before. O(k) in
    the lines read."""
    end = lines[n][1]
    for a, b in lines[n + 1:n + 1 + MAX_LIST_LINES]:
        line = text[a:b]
        if "\n" in text[end:a].replace("\n", "", 1) or b - a > MAX_PREFIX_LINE \
                or line.rstrip("\"'”’»)").endswith("."):
            break
        end = b
    return end


def furniture_spans(text: str, *, max_words: int = 15) -> list[tuple[int, int]]:
    """``(start, end)`` of every furniture line of ``text`` (module doc), in text order."""
    lines = _lines(text)
    if len(lines) < 2:
        return []
    whole, first_words, prefix, bare = lexicons.derived("quote_furniture", _furniture_patterns)
    small = lexicons.words("title_small_words")
    headline = text[lines[0][0]:lines[0][1]]
    note = lexicons.derived("quote_notes", _note_pattern)
    frame = lexicons.derived("quote_frames", _frame_pattern)
    # the story quotes in double marks: a line in single marks may be a quoted subhead
    doubles = any(m in text for m in _DOUBLE_MARKS)
    pulled = _pull_quotes(text, lines)
    found: list[tuple[int, int]] = []
    for n, (a, b) in enumerate(lines):
        if found and a < found[-1][1]:
            continue  # inside an editor's note
        line = text[a:b]
        if n:
            pb = lines[n - 1][1]
            blank = "\n" in text[pb:a].replace("\n", "", 1)  # a blank line between them
            if not blank and text[pb - 1] not in _SENTENCE_END \
                    and not (found and found[-1][1] == pb):
                continue  # inside hard-wrapped text (not right under a furniture line)
        if note is not None and note.match(line):
            found.append((a, _paragraph_end(text, lines, n)))
            continue
        if _bare_kicker(line, prefix, bare):
            found.append((a, _link_list_end(text, lines, n)))
            continue
        if len(line) <= MAX_PREFIX_LINE and prefix.match(line) \
                or n in pulled or _whole_line(line, whole, first_words) \
                or frame is not None and len(line) <= MAX_FRAME_LINE and frame.fullmatch(line):
            found.append((a, b))
            continue
        na = lines[n + 1][0] if n + 1 < len(lines) else None
        if na is None or not (text[na].isupper() or text[na].isdigit()
                              or text[na] in _PARAGRAPH_OPENERS):
            continue  # a heading is followed by a paragraph
        if (n and line == headline) or _title_case(line, small, max_words) \
                or doubles and _quoted_subhead(line, max_words):
            found.append((a, b))
    return found


#: opening quotation marks of a pull quote's line
_OPENERS = "\"“‘'«„"
_OPENER = re.compile("[" + re.escape(_OPENERS) + "]")
#: what may stand right before an opening mark (also the start of the text)
_BEFORE_OPENER = frozenset(" \t\n([{—–-:" + _OPENERS)
#: closing quotation marks (a full stop or other end mark may stand after it)
_CLOSERS = "\"”’'»"
#: words of a quotation's opening compared between a pull quote and the story's quote (at
#: most; a shorter pull quote compares all its words, at least ``_PULL_MIN_WORDS``)
PULL_WORDS = 6
_PULL_MIN_WORDS = 3


def _opening_words(text: str) -> list[str]:
    """The first ``PULL_WORDS`` words of ``text``, lower case, punctuation aside."""
    return _NON_WORD.sub(" ", text.lower()).split()[:PULL_WORDS]


def _left_open(line: str) -> bool:
    """Whether ``line`` leaves a quotation open at its end: more curly double openings than
    closings, or an odd number of straight double marks or of doubled single marks ('') — the
    next paragraph opening with a mark is then the same quote going on ("… “… should be held
    to that standard.\\n\\n“I do not …”"), not a display line."""
    return line.count("“") > line.count("”") or line.count('"') % 2 == 1 \
        or line.count("''") % 2 == 1


def _one_quotation(inner: str) -> bool:
    """Whether ``inner`` (a line without its first and last marks) holds no other quotation
    mark: no double or angle mark, and no single one but an apostrophe inside a word
    ("''A,'' she said. ''B.''" is two quotations and a cue, not one)."""
    for i, ch in enumerate(inner):
        if ch in "\"“”«»„‘":
            return False
        if ch in "'’" and not (0 < i < len(inner) - 1 and inner[i - 1].isalnum()
                               and inner[i + 1].isalnum()):
            return False
    return True


def _pull_quotes(text: str, lines: list[tuple[int, int]]) -> set[int]:
    """Indices (into ``lines``) of the pull quotes: a line that is wholly one quotation (an
    opening mark first, a closing mark last, but for an end mark after it, and no mark between:
    :func:`_one_quotation`) of at least three
    words, whose opening words (up to ``PULL_WORDS``) open another quotation of the text that
    is not itself such a line — the page printing the story's own quote again as a display
    line, above or below the paragraph where someone says it; never a line after one that
    leaves a quotation open (:func:`_left_open`: the same quote's next paragraph). O(n): one look at every opening
    mark (a few dozen characters after it)."""
    whole: dict[int, tuple[str, ...]] = {}
    for n, (a, b) in enumerate(lines):
        line = text[a:b].rstrip(".!?")
        if len(line) > 2 and line[0] in _OPENERS and line[-1] in _CLOSERS \
                and _one_quotation(line.lstrip(_OPENERS).rstrip(_CLOSERS)) \
                and not (n and _left_open(text[lines[n - 1][0]:lines[n - 1][1]])):
            words = tuple(_opening_words(line))
            if len(words) >= _PULL_MIN_WORDS:
                whole[n] = words
    if not whole:
        return set()
    starts = {lines[n][0] for n in whole}
    others: set[tuple[str, ...]] = set()
    for m in _OPENER.finditer(text):
        i = m.start()
        # an opening mark: after a space, a bracket or a dash (or first), before a word
        if i in starts or i - 1 in starts or i and text[i - 1] not in _BEFORE_OPENER \
                or text[i + 1:i + 2].isspace():
            continue
        opening = _opening_words(text[i + 1:i + 1 + 12 * PULL_WORDS])
        others.update(tuple(opening[:k]) for k in range(_PULL_MIN_WORDS, len(opening) + 1))
    return {n for n, words in whole.items() if words in others}


def _quoted_subhead(line: str, max_words: int) -> bool:
    """Whether ``line`` is wholly one quotation in single marks of at most ``max_words`` words
    ('Chief trade prosecutor.', ‘We were terrified’): opened by ' or ‘ (not the doubled '' of
    corpora that print “ so), closed by ' or ’ (not ''), with no other single opening mark
    after a space inside it (one quotation, not two)."""
    if len(line) < 3 or line[0] not in _SINGLE_OPEN or line[1] in _SINGLE_OPEN \
            or line[-1] not in _SINGLE_CLOSE or line[-2] in _SINGLE_CLOSE:
        return False
    inner = line[1:-1]
    if any(inner[i] in _SINGLE_OPEN and (i == 0 or inner[i - 1].isspace())
           for i in range(len(inner))):
        return False
    return 1 <= len(_WORD.findall(inner)) <= max_words


def own_article(head) -> bool:
    """Whether a cue's speaker head (a spaCy token, or None) is the article itself — "this
    story" or "an earlier version of this article" (``own_article_nouns``, with "this") — whose
    notes on itself ("This story has been updated to say that …", "An earlier version of this
    article said …") report nobody's words."""
    if head is None:
        return False
    nouns = lexicons.words("own_article_nouns")

    def this_noun(tok) -> bool:
        return tok.lemma_.lower() in nouns and any(
            c.dep_ == "det" and c.lower_ == "this" for c in kids(tok))

    def names_article(tok) -> bool:
        # "this story"; "an earlier version of this article": its of-phrase names the article
        return this_noun(tok) or tok.lemma_.lower() in nouns and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(
                g.dep_ == "pobj" and this_noun(g) for g in kids(c)) for c in kids(tok))

    # "Correction: An earlier version of this article said …": the parser may give the verb
    # two subjects, the note's label and the article
    subjects = [head]
    if head.dep_ in ("nsubj", "nsubjpass") and head.head is not head:
        subjects += [c for c in kids(head.head) if c.dep_ == head.dep_ and c.i != head.i]
    return any(names_article(t) for t in subjects)
