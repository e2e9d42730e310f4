"""The engine as spaCy components (analysis.engine.components): added to any pipeline, typed
results on the Doc, surviving serialisation, to_disk/spacy.load and multiprocess nlp.pipe."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import venv

import pytest
import spacy
from spacy.tokens import DocBin, Span

from analysis import config
from analysis.engine.components import Mention, Quote
from analysis.engine.nlp import resolve_model

TEXT = ('"We will rebuild the bridge," the mayor said on Monday. Tony Blair said the plan '
        'was fine. Critics warned that "the costs will double again."')


@pytest.fixture(scope="module")
def model_dir() -> str:
    return resolve_model().target


@pytest.fixture(scope="module")
def news(model_dir):
    nlp = spacy.load(model_dir)
    nlp.add_pipe("news_entities")
    nlp.add_pipe("news_quotes")
    return nlp


def summary(doc) -> list[tuple]:
    return [(q.text, q.kind, q.cue.text if q.cue else None,
             q.speaker.text if q.speaker else None, q.speaker_type) for q in doc._.quotes]


def test_typed_results_on_the_doc(news):
    doc = news(TEXT)
    quotes = doc._.quotes
    assert all(isinstance(q, Quote) for q in quotes) and len(quotes) == 3
    first = quotes[0]
    assert isinstance(first.span, Span) and first.span.text == "We will rebuild the bridge"
    assert (first.kind, first.cue.text, first.speaker.text) == ("direct", "said", "the mayor")
    assert (first.start, first.end) == (1, 27) and first.text == TEXT[1:27]
    blair = quotes[1]
    assert (blair.kind, blair.speaker_type, blair.actor) == ("indirect", "person", "Tony Blair")
    mentions = doc._.mentions
    assert all(isinstance(m, Mention) for m in mentions)
    assert ("Tony Blair", "PERSON", "Tony Blair") in {(m.text, m.label, m.actor) for m in mentions}
    assert [s.text for s in doc.spans["news_entities"]] == [m.text for m in mentions]


def test_news_quotes_alone_finds_the_entities_it_needs(model_dir):
    nlp = spacy.load(model_dir)
    nlp.add_pipe("news_quotes")
    doc = nlp(TEXT)
    assert summary(doc)[1][3] == "Tony Blair" and doc._.quotes[1].actor == "Tony Blair"
    assert doc._.mentions is not None


def test_results_survive_docbin_and_multiprocess_pipe(news):
    expected = [summary(news(t)) for t in [TEXT] * 4]
    bin_ = DocBin(store_user_data=True, docs=news.pipe([TEXT]))
    restored = list(DocBin().from_bytes(bin_.to_bytes()).get_docs(news.vocab))
    assert summary(restored[0]) == expected[0]
    assert [summary(d) for d in news.pipe([TEXT] * 4, n_process=2, batch_size=2)] == expected


def test_to_disk_and_spacy_load_keep_the_config(model_dir, tmp_path):
    nlp = spacy.load(model_dir)
    nlp.add_pipe("news_quotes", config={"lexicons": {"speech_verbs": ["grumble"]},
                                        "aliases": [["Beeb", "BBC", "ORG"]],
                                        "min_quote_words": 4})
    # (no comma before the cue: a short quote framed by a cue right after it is kept whatever
    # min_quote_words says, analysis.engine.quotes.short_quotes)
    text = 'The mayor grumbled that the bridge would stay shut. "It is bad" was all the Beeb said.'
    doc = nlp(text)
    before = summary(doc)
    assert before[0][:2] == ("the bridge would stay shut", "indirect")
    # "It is bad" has three words, under min_quote_words: no quoted span, so not direct
    assert "It is bad" in before[1][0] and before[1][1] == "indirect"
    assert doc._.quotes[1].actor == "BBC"
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names[-1] == "news_quotes"
    assert loaded.get_pipe_config("news_quotes")["min_quote_words"] == 4
    assert summary(loaded(text)) == before


def test_a_doc_over_the_time_budget_is_marked_not_analysed(model_dir):
    nlp = spacy.load(model_dir)
    nlp.add_pipe("news_quotes", config={"time_limit": 1e-9})
    long = " ".join(f"Ann Lee said plan {i} was fine." for i in range(300))
    doc = nlp(long)
    assert doc._.news_timeout == "news_quotes" and doc._.quotes is None


def test_news_paragraphs_keeps_sentences_inside_paragraphs(model_dir):
    """Every paragraph (after a blank line) starts a sentence and no sentence runs across a
    blank line; where the parser splits inside a paragraph is the model's business."""
    nlp = spacy.load(model_dir)
    nlp.add_pipe("news_paragraphs", before="parser")
    text = "Markets wrap\n\n2:40 p.m.\n \nStocks fell on Monday in Tokyo.\nBonds rose."
    doc = nlp(text)
    starts = {s.start_char for s in doc.sents}
    for paragraph in ("Markets", "2:40", "Stocks"):
        assert text.index(paragraph) in starts
    for sent in doc.sents:
        assert not re.search(r"\n\s*\n", sent.text.strip())
    marked = nlp.get_pipe("news_paragraphs")(nlp.make_doc("Markets wrap\n2:40 p.m.\n\nBonds"))
    assert marked[3].text == "2:40" and marked[3].is_sent_start is None  # one line break: no
    assert marked[-1].is_sent_start is True                              # boundary is set


def readme_block(heading: str) -> str:
    readme = (config.PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    return re.search(r"```python\n(.*?)```", readme.split(heading, 1)[1], re.S).group(1)


@pytest.mark.slow
def test_readme_component_example_in_a_fresh_venv(tmp_path, model_dir):
    """After `pip install` of this project into a new virtual environment, the README's
    three lines work without importing analysis (spaCy finds the components through the
    spacy_factories entry point)."""
    code = readme_block("### The engine in your own spaCy pipeline")
    assert "import analysis" not in code and "from analysis" not in code
    code = code.replace('"en_core_web_sm"', repr(model_dir))
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    site = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()"
                           "['purelib'])"], capture_output=True, text=True, check=True)
    # pip, setuptools and the dependencies (spaCy and the rest) come from the project's own
    # environment; the project itself is built and installed anew, not as an editable copy
    deps = subprocess.run([sys.executable, "-c", "import sysconfig; print(sysconfig.get_paths()"
                           "['purelib'])"], capture_output=True, text=True, check=True)
    with open(os.path.join(site.stdout.strip(), "project-deps.pth"), "w") as pth:
        pth.write(deps.stdout.strip() + "\n")
    install = subprocess.run([python, "-m", "pip", "install", "--quiet", "--no-deps",
                              "--no-build-isolation", "--no-index", str(config.PROJECT_ROOT)],
                             capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert install.returncode == 0, install.stderr[-2000:]
    done = subprocess.run([python, "-c", code], capture_output=True, text=True, timeout=600,
                          cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "We will rebuild the bridge" in done.stdout and "the mayor" in done.stdout
    where = subprocess.run([python, "-c", "import analysis; print(analysis.__file__)"],
                           capture_output=True, text=True, cwd=tmp_path)
    assert str(env_dir) in where.stdout  # the fresh install, not the source tree
