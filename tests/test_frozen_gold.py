"""The PolNeAR evaluation cannot move its own gold (issue 25): which gold attributions count as
speech (the denominator of recall) is the evaluation's frozen list
(``analysis/evaluation/speech_cues.toml``, read by :func:`analysis.evaluation.words.speech_cues`),
never the engine's speech lexicon; changing or overriding the engine's lexicons moves only the
predictions. Nothing in how the evaluation reads or matches gold reads the engine's word lists."""

from __future__ import annotations

import ast
import hashlib
from contextlib import nullcontext
from pathlib import Path

import pandas as pd
import pytest

import analysis
from analysis import analyze, config, lexicons
from analysis.evaluation import GoldArticle, GoldAttribution, polnear
from analysis.evaluation.scoring import read_gold, score

MODELS = [None, str(config.shared_dir() / "models" / "en_news_sm-3.8.0")]
MODEL_IDS = ["en_core_web_sm", "en_news_sm"]

TEXT = ("The mayor grumbled that the bridge would never reopen. \"We will find the money,\" the "
        "governor said on Monday. The council believes the plan is sound.")
#: the engine's speech lexicon changed: a verb added, as a user override or an edited data file
OVERRIDES = {"speech_verbs": ["grumble", "believe"]}


def _span(fragment: str) -> list[tuple[int, int]]:
    start = TEXT.index(fragment)
    return [(start, start + len(fragment))]


def _gold(name: str = "a1") -> GoldArticle:
    """PolNeAR's three attributions of TEXT: "grumbled" and "believes" (not speech cues of the
    frozen list) and "said" (one)."""
    return GoldArticle(name, TEXT, [
        GoldAttribution(content=_span("the bridge would never reopen"), cue=_span("grumbled"),
                        source=_span("The mayor")),
        GoldAttribution(content=_span("\"We will find the money,\""), cue=_span("said"),
                        source=_span("the governor")),
        GoldAttribution(content=_span("the plan is sound"), cue=_span("believes"),
                        source=_span("The council"))])


def _speech_flags(doc) -> list[bool]:
    gold = _gold()
    read = read_gold([gold], {gold.name: doc})
    return [r.speech for r, _ in read[gold.name]]


@pytest.fixture(params=["override", "edited data file"])
def engine_lexicon_changed(request, monkeypatch):
    """A context in which the engine's active speech lexicon has "grumble" and "believe": made
    active around the code (``use_lexicons``), or the packaged lexicons themselves changed (as
    if ``analysis/data/speech_verbs.txt`` had been edited)."""
    changed = lexicons.load_lexicons(OVERRIDES)
    if request.param == "override":
        return lambda: lexicons.use_lexicons(changed)
    monkeypatch.setattr(lexicons, "packaged", lambda: changed)
    return nullcontext


def test_the_changed_engine_lexicon_is_in_force(engine_lexicon_changed):
    """The fixture really changes what the engine's lexicon says (else the tests below prove
    nothing)."""
    with engine_lexicon_changed():
        verbs, _ = lexicons.speech_verbs()
    assert {"grumble", "believe", "say"} <= verbs


def test_engine_speech_lexicon_does_not_change_which_gold_counts(nlp, engine_lexicon_changed):
    doc = nlp(TEXT)
    before = _speech_flags(doc)
    with engine_lexicon_changed():
        after = _speech_flags(doc)
    assert before == after == [False, True, False]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_lexicon_change_moves_predictions_not_the_denominator(nlp, model):
    """Run the engine with and without "grumble"/"believe" added to its speech lexicon and score
    each run with that lexicon active: the predictions change, the gold count does not."""
    frame = pd.DataFrame({"article_id": ["a1"], "text": [TEXT]})
    docs = {"a1": nlp(TEXT)}
    plain = analyze(frame, model=model).quotes
    extended = analyze(frame, model=model, lexicons=OVERRIDES).quotes
    assert "grumble" in set(extended["cue_lemma"]) and "grumble" not in set(plain["cue_lemma"])
    base, _ = score([_gold()], plain, docs)
    with lexicons.use_lexicons(OVERRIDES):
        moved, _ = score([_gold()], extended, docs)
    at = {name: t[(t.overlap == 0.3) & (t.scope == "quotes")].iloc[0]
          for name, t in (("base", base), ("moved", moved))}
    assert at["base"].gold == at["moved"].gold == 1
    assert at["moved"].predicted > at["base"].predicted
    # the new prediction matches a gold attribution that is not speech: not a false positive
    assert at["moved"].tp == at["moved"].predicted


def test_mark_speech_reads_the_evaluations_frozen_list(nlp, monkeypatch):
    from analysis.evaluation.words import SpeechCues

    doc = nlp(TEXT)
    assert _speech_flags(doc) == [False, True, False]
    own = SpeechCues(frozenset({"grumble"}), {}, ())
    monkeypatch.setattr(polnear, "speech_cues", lambda: own)
    assert _speech_flags(doc) == [True, False, False]


def test_according_to_and_phrasal_cues_are_speech(nlp):
    text = ("According to the mayor, the bridge will reopen. The governor pointed out that the "
            "money was there.")
    doc = nlp(text)
    at = text.index

    def cue(fragment: str) -> GoldAttribution:
        return GoldAttribution(content=[(0, 5)], cue=[(at(fragment), at(fragment) + len(
            fragment))], source=[])

    assert polnear.mark_speech(doc, cue("According to"))
    assert polnear.mark_speech(doc, cue("pointed out"))
    assert not polnear.mark_speech(doc, cue("pointed"))  # the particle is part of the cue


def test_the_frozen_list_is_the_engines_speech_lexicon_at_19744a6():
    """The list is a copy of ``analysis/data/speech_verbs.txt`` at commit 19744a6 plus "according
    to", never edited to follow the engine. Changing it changes the measure: this digest must
    then be changed on purpose, with figures before and after."""
    from analysis.evaluation.words import speech_cues

    cues = speech_cues()
    entries = (sorted(cues.lemmas) + sorted(f"{v} {p}" for v, p in cues.phrasal.items())
               + list(cues.phrases))
    assert (len(cues.lemmas), len(cues.phrasal), cues.phrases) == (108, 5, ("according to",))
    assert hashlib.sha256("\n".join(entries).encode()).hexdigest() == (
        "bd8ed079dbbd38810d594f49e2947a522db447f35a4c7d1ec9c6c8ff55e10600")
    assert not {"believe", "think", "want", "hope"} & cues.lemmas  # cognition and intent


@pytest.mark.parametrize("source,actor,right", [
    ("Donald Trump Jr.", "Donald Trump Jr.", True), ("Donald Trump Jr.", "Trump Jr", True),
    ("PENCE", "Mike Pence", True),  # a transcript's speaker label
    ("Donald Trump Jr.", "Joe Biden", False)])
def test_gold_source_names_are_matched_in_the_evaluations_own_form(source, actor, right):
    """The gold source and the predicted actor are both read by the evaluation's name form
    (``sources.name_tokens``: folded, its own titles and suffixes dropped): the engine's name form
    dropped "Jr." from the gold side only, so even the same name did not match, and kept the
    case."""
    from types import SimpleNamespace

    from analysis.evaluation.scoring import _same_speaker

    text = f"{source} said the rally would go ahead."
    at = len(source)
    gold = GoldAttribution(content=[(at + 6, len(text) - 1)], cue=[(at + 1, at + 5)],
                           source=[(0, at)])
    row = SimpleNamespace(speaker_start=float("nan"), speaker_end=float("nan"),
                          speaker_actor=actor)
    assert _same_speaker(text, gold, row) is right


#: engine helpers the evaluation may use to read gold: pure functions, no word list
PURE_HELPERS = {"analysis.engine.syntax.doc_text", "analysis.engine.names.fold"}


def _imports(path: Path) -> set[str]:
    """``module.name`` for every ``from … import name`` of ``path`` (relative ones resolved)."""
    package = ["analysis", "evaluation"]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = package[:len(package) - node.level + 1] if node.level else []
            module = ".".join(base + ([node.module] if node.module else []))
            found.update(f"{module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_gold_is_read_and_matched_without_the_engines_word_lists():
    """polnear, scoring, sources and words import nothing of the engine but pure helpers, and
    never the lexicons (``__init__`` runs the engine: its imports are the predictions' side)."""
    folder = Path(analysis.__file__).parent / "evaluation"
    for name in ("polnear.py", "scoring.py", "sources.py", "words.py"):
        used = {m for m in _imports(folder / name)
                if m.startswith(("analysis.engine", "analysis.lexicons"))}
        assert used <= PURE_HELPERS, (name, sorted(used - PURE_HELPERS))
