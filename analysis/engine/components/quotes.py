"""The ``news_quotes`` component: the quote engine (:mod:`analysis.engine.quotes`) on a Doc, its
results on ``doc._.quotes``; it runs the entity stage itself when ``news_entities`` is not in the
pipeline. The narrative he/she pronouns it links to the article's people go on their antecedent
mentions (``pronouns``, the corpus step's gender evidence), and the name of each speaker typed
``person`` becomes a PERSON mention of its actor, splitting or relabelling what the NER made of
it (:mod:`analysis.engine.quotes.speaker_mentions`). Each quote's ``confidence`` is read from
the active ``quote_confidence`` table (:mod:`analysis.engine.quotes.confidence`).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language

from ..records import QuoteRecord, to_mapping
from .base import QUOTES_DATA, _Stage, _store_mentions
from .entities import ENTITIES_CONFIG


class NewsQuotes(_Stage):
    """The ``news_quotes`` component (see the module docstring)."""

    def __init__(self, name: str, aliases, lexicons, time_limit: float | None, **thresholds):
        from ..quotes import QuoteSettings

        super().__init__(name, aliases, lexicons, time_limit)
        self.settings = QuoteSettings(**thresholds)

    def __call__(self, doc):
        self.run(doc, self._attribute)
        return doc

    def _alias_labels(self) -> dict[str, str]:
        """``{canonical name: label}`` of the alias table's labelled rows (read once)."""
        labels = getattr(self, "_labels", None)
        if labels is None:
            labels = self._labels = (self.aliases.canonical_labels()
                                     if self.aliases is not None else {})
        return labels

    def _attribute(self, doc) -> None:
        from ..entities import fixed_labels
        from ..quotes import attribute_article
        from ..quotes.confidence import confidence
        from ..quotes.speaker_mentions import person_speaker_mentions
        from ..segments import sentence_starts
        from ..syntax import doc_text

        mentions = self.mentions(doc)
        labels = self._alias_labels()
        found, narrative = attribute_article(
            doc, mentions, fixed_labels=fixed_labels(mentions), settings=self.settings,
            not_people=frozenset(m.actor for m in mentions
                                 if m.actor is not None and labels.get(m.actor, "PERSON")
                                 != "PERSON"))
        text, sentences = doc_text(doc), sentence_starts(doc)
        records = [quote_record(a) for a in found]
        records = [replace(r, confidence=confidence(r, text, sentences)) for r in records]
        doc._.set(QUOTES_DATA, [to_mapping(r) for r in records])
        stored = mentions
        if narrative:  # the narrative pronouns go on their antecedent mentions (gender evidence)
            stored = [replace(m, pronouns=" ".join(narrative[m.start]))
                      if m.start in narrative else m for m in mentions]
        # the names of the person speakers become PERSON mentions of their actors
        stored = person_speaker_mentions(text, stored, found, self.aliases)
        if narrative or len(stored) != len(mentions) or any(
                a is not b for a, b in zip(stored, mentions)):
            _store_mentions(doc, stored)


def quote_record(found) -> QuoteRecord:
    """The :class:`~analysis.engine.records.QuoteRecord` of one
    :class:`~analysis.engine.quotes.types.Attribution` (a quote without a speaker is of type
    ``unknown``; ``confidence`` 0 until :mod:`analysis.engine.quotes.confidence` sets it)."""
    cue, sp = found.cue, found.speaker
    return QuoteRecord(
        start=found.start, end=found.end, kind=found.kind,
        cue=cue.text if cue else None, cue_lemma=cue.lemma if cue else None,
        speaker=sp.text if sp else None, speaker_start=sp.start if sp else None,
        speaker_end=sp.end if sp else None, speaker_type=sp.type if sp else "unknown",
        speaker_actor=sp.actor if sp else None, speaker_role=sp.role if sp else None,
        cue_start=cue.start if cue else None, cue_end=cue.end if cue else None,
        continued=found.continued)


QUOTES_CONFIG = {**ENTITIES_CONFIG, "min_quote_words": 3, "min_unattributed_words": 6,
                 "continuation_sentences": 2, "subject_sentences": 2, "prior_speakers": 100}


@Language.factory("news_quotes", default_config=QUOTES_CONFIG, assigns=["doc._.quotes"])
def make_quotes(nlp: Language, name: str, aliases, lexicons, time_limit, min_quote_words: int,
                min_unattributed_words: int, continuation_sentences: int,
                subject_sentences: int, prior_speakers: int) -> NewsQuotes:
    """Factory of ``news_quotes``: the config of ``news_entities`` plus the thresholds of
    :class:`analysis.engine.quotes.QuoteSettings`."""
    return NewsQuotes(name, aliases, lexicons, time_limit, min_quote_words=min_quote_words,
                      min_unattributed_words=min_unattributed_words,
                      continuation_sentences=continuation_sentences,
                      subject_sentences=subject_sentences, prior_speakers=prior_speakers)
