"""The quote engine: who said what, rule-based on the spaCy parse, one stage a module.

Stages, in the order they run (each module's docstring has its rules and complexity):

0. :mod:`.org_people` — a person's name the NER tagged ORG, given a person's role by the text,
   relabelled PERSON before the article's context is built;
1. :mod:`.marks` — quotation marks paired into :class:`~.types.QuoteSpan` records;
2. :mod:`.cues` (with :mod:`.subjects`) — speech cues, their speakers' heads and contents;
3. :mod:`.speakers` — speaker phrases typed (person, organization, anonymous, group, …);
4. :mod:`.pronouns` — he/she/they/it resolved to an antecedent;
5. :mod:`.frames` — quotes without a cue of their own, attributed from the text around them;
6. :mod:`.attribution` — marks and cues reconciled into :class:`~.types.Attribution` records:
   :func:`attribute` is the entry point.

:mod:`.types` holds the records (frozen dataclasses), :mod:`.spans` the character-span helpers,
:mod:`.context` the per-article context. Word lists come from :mod:`analysis.lexicons`. The
spaCy component ``news_quotes`` (:mod:`analysis.engine.components`) runs :func:`attribute` and puts
the result on ``doc._.quotes``.
"""

from ...vocab import KINDS, SPEAKER_TYPES
from .attribution import attribute, attribute_article
from .cues import find_cues
from .marks import find_quote_spans
from .types import Attribution, Cue, QuoteSettings, QuoteSpan, Speaker

__all__ = ["KINDS", "SPEAKER_TYPES", "Attribution", "Cue", "QuoteSettings", "QuoteSpan",
           "Speaker", "attribute", "attribute_article", "find_cues", "find_quote_spans"]
