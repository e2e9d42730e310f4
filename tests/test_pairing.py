"""The scorer's one-to-one pairing of predicted quotes with gold attributions
(:func:`analysis.evaluation.scoring.match`): best share of the gold content first, and of equal
shares the gold attribution that covers more of the prediction — not the later one."""

from __future__ import annotations

from types import SimpleNamespace

from analysis.evaluation import GoldArticle, GoldAttribution
from analysis.evaluation.scoring import match

TEXT = ("Rita Mendes said all drivers sign the new contract, though she did not explain its "
        "terms.")


def _span(part: str) -> tuple[int, int]:
    start = TEXT.index(part)
    return start, start + len(part)


def _pred(part: str) -> SimpleNamespace:
    start, end = _span(part)
    return SimpleNamespace(start=start, end=end)


# the report (speech: "said", source Rita Mendes) holds the whole clause; the nested
# attribution ("she did not explain", not speech) holds only its last words
REPORT = GoldAttribution(content=[_span("all drivers sign the new contract, though she did not "
                                        "explain its terms")],
                         cue=[_span("said")], source=[_span("Rita Mendes")], speech=True)
NESTED = GoldAttribution(content=[_span("its terms")], cue=[_span("did not explain")],
                         source=[_span("she")], speech=False)
QUOTE = "all drivers sign the new contract, though she did not explain its terms"


def test_a_nested_attribution_does_not_take_the_quote_of_the_report_that_holds_it():
    # both gold contents lie wholly inside the quote (share 1.0 each); the report is the
    # quote, the nested attribution two of its words
    for golds, report in (([REPORT, NESTED], 0), ([NESTED, REPORT], 1)):
        assert match(golds, [_pred(QUOTE)], 0.3) == [(0, report)]


def test_the_larger_share_of_the_gold_still_comes_first():
    # a quote of the first half only: the nested attribution (share 0) cannot match, the
    # report matches at its share; a quote of just the nested words matches it at 1.0 first
    half = _pred("all drivers sign the new contract, though she did not")
    assert match([REPORT, NESTED], [half], 0.3) == [(0, 0)]
    both = [_pred("its terms"), _pred(QUOTE)]
    assert sorted(match([REPORT, NESTED], both, 0.3)) == [(0, 1), (1, 0)]


def test_scoring_credits_the_report_and_its_speaker():
    from analysis.evaluation.scoring import _score_article, _Counts

    art = GoldArticle(name="a", text=TEXT, attributions=[REPORT, NESTED])
    start, end = _span(QUOTE)
    sstart, send = _span("Rita Mendes")
    row = SimpleNamespace(start=start, end=end, kind="indirect", speaker="Rita Mendes",
                          speaker_start=sstart, speaker_end=send, actor="Rita Mendes",
                          speaker_type="person", cue="said", quote=QUOTE)
    golds = [REPORT, NESTED]
    counts = _Counts(0.3)
    errors = _score_article(art, [row], [(g, g) for g in golds], match(golds, [row], 0.3),
                            counts)
    assert errors == []
    assert (counts.tp, counts.recall_tp, counts.right, counts.with_source) == (1, 1, 1, 1)
