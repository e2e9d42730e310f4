"""What the speaker stages need to know about the rest of the article: its text, entity
mentions (with canonical actors) in an interval index, actor labels and genders, and where the
quotes are. Built once per article by :mod:`.attribution`."""

from __future__ import annotations

from dataclasses import dataclass, field

from .spans import Intervals
from .types import QuoteSettings


@dataclass
class ArticleContext:
    """What the speaker typing needs from the rest of the article."""

    text: str
    entities: list  # EntityRecord-like, with .start .end .label .actor .text
    actor_labels: dict[str, str]
    genders: dict[str, str] = field(default_factory=dict)  # actor -> m/f
    quotes: Intervals = field(default_factory=lambda: Intervals([]))
    settings: QuoteSettings = field(default_factory=QuoteSettings)

    def __post_init__(self):
        self.entities = sorted(self.entities, key=lambda e: e.start)
        self.entity_index = Intervals([(e.start, e.end) for e in self.entities])
        self.surnames: dict[str, str] = {}  # last word -> the article's fullest person name
        for e in self.entities:
            if e.label == "PERSON" and e.actor is not None and len(e.actor.split()) > 1:
                last = e.actor.split()[-1]
                if len(e.actor) > len(self.surnames.get(last, "")):
                    self.surnames[last] = e.actor

    def person_named(self, name: str) -> str:
        """The article's person actor a bare name refers to ("Clinton" → "Hillary Clinton" when
        the article names her in full), else the name itself: the NER may miss a name standing
        alone ("- Clinton.")."""
        return self.surnames.get(name, name) if " " not in name else name


def entities_in(ctx: ArticleContext, start: int, end: int) -> list:
    return [ctx.entities[i] for i in ctx.entity_index.overlapping(start, end)
            if ctx.entities[i].actor is not None]
