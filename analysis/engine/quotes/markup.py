"""Embedded web markup: the tags a scraper leaves in an article's body — a tweet embed
(``<tweet author="@X" tweet_id="…">…</tweet>``, ``<tweet tweet-id="…"><tweet/>``), a link
(``<a href="…">…</a>``), any other HTML-style tag. A tag is the page's, not the story's: its name
("tweet") is no speech verb, its attributes (``author="@X"``, ``timestamp="…"``) are no speaker
and no quoted words, and the quotation marks around its attribute values are no quotation
marks. The text between an opening and a closing tag (the tweet's own words, a link's title) is
ordinary text and is read as any other.

A tag is ``<`` or ``</``, a name (a letter, then letters, digits, ``-``, ``_``, ``:``), then
attributes (``name``, or ``name=value`` with a value in straight or curly quotation marks or
without spaces), optional spaces and ``/``, then ``>``; nothing else ("a score of <5 points",
"x < y and y > z" are not tags). The text is never changed: :mod:`.attribution` reads the tags
as furniture (character offsets keep indexing the original text).

Complexity: one regex pass over the text, O(n) in its length (attribute values cannot contain
``<`` or ``>``, so a match never backtracks over more than one tag).
"""

from __future__ import annotations

import re

_VALUE = r"""(?:"[^"<>]*"|'[^'<>]*'|[“”][^“”<>]*[“”]|[^\s"'“”<>]+)"""
_ATTRIBUTE = rf"[A-Za-z_:][\w:.-]*(?:\s*=\s*{_VALUE})?"
TAG = re.compile(rf"</?[A-Za-z][\w:-]*(?:\s+{_ATTRIBUTE})*\s*/?>")


def markup_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every markup tag of ``text`` (module doc), in text order."""
    if "<" not in text:
        return []
    return [m.span() for m in TAG.finditer(text)]
