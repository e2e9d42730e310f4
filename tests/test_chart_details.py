"""Chart details that misled a researcher (issue 27, items 6 and 8): gaps are not zeros,
legends stay by their chart, axes fit the bars, every stacked chart has a legend, a person is
drawn as a person, each top chart's table holds the evidence for its rows and says what it
counts, roles are counted once, and an empty role chart says why."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.colors as mcolors  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from analysis import plots, summaries  # noqa: E402
from analysis.corpus import Corpus  # noqa: E402
from analysis.schema import ACTORS, ARTICLES, ENTITIES, QUOTES  # noqa: E402
from analysis.styles import SPEAKER_TYPE_STYLES  # noqa: E402


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def make_corpus(articles, entities=(), quotes=(), actors=()) -> Corpus:
    """A corpus from plain dicts: articles of 300 spaces unless given a text; entity and quote
    ids, offsets and sentence numbers filled in."""
    arts = [{"text": " " * 300, "path": f"{a['article_id']}.txt", **a} for a in articles]
    ents = [{"entity_id": f"{e['article_id']}-e{i}", "start": 2 * i, "end": 2 * i + 1,
             "sentence_id": 0, "paragraph_id": 0, **e} for i, e in enumerate(entities)]
    for e in ents:
        e.setdefault("text", " ")
    qs = [{"quote_id": f"{q['article_id']}-q{i}", "quote": " ", "start": 100 + 2 * i,
           "end": 101 + 2 * i, "kind": "direct", "sentence_id": 0, "paragraph_id": 0,
           "speaker_gender": "unknown", "gender_source": "none", "confidence": 0.9, **q}
          for i, q in enumerate(quotes)]
    acts = [{"mentions": 1, "articles": 1, "aliases": [], "gender": "unknown",
             "gender_source": "none", **a} for a in actors]
    return Corpus(ARTICLES.frame(arts), ENTITIES.frame(ents), ACTORS.frame(acts),
                  QUOTES.frame(qs))


def day(text: str) -> pd.Timestamp:
    return pd.Timestamp(text, tz="UTC")


# ---- the mentions timeline: no article in a period is a gap, not zero mentions ---------------

def timeline_corpus() -> Corpus:
    """Articles in January, February and June 2019 (none in March-May); Ann is mentioned in
    January and June, Bob in February only."""
    articles = [{"article_id": a, "published": day(d)} for a, d in
                (("jan", "2019-01-10"), ("feb", "2019-02-10"), ("jun", "2019-06-10"))]
    entities = [{"article_id": "jan", "label": "PERSON", "actor": "Ann"},
                {"article_id": "feb", "label": "PERSON", "actor": "Bob"},
                {"article_id": "jun", "label": "PERSON", "actor": "Ann"}]
    actors = [{"actor": "Ann", "label": "PERSON", "mentions": 2, "articles": 2},
              {"actor": "Bob", "label": "PERSON"}]
    return make_corpus(articles, entities, actors=actors)


def test_periods_without_articles_are_gaps_not_zeros():
    corpus = timeline_corpus()
    table = summaries.mentions_over_time(corpus, freq="M")
    assert list(table.index.strftime("%Y-%m")) == ["2019-01", "2019-02", "2019-03", "2019-04",
                                                   "2019-05", "2019-06"]
    assert table.loc["2019-03":"2019-05"].isna().all().all()  # nothing published: no value
    assert table.loc["2019-01-01", "Bob"] == 0  # published, not mentioned: a real zero
    assert table.loc["2019-06-01", "Ann"] == 1 and table.loc["2019-02-01", "Bob"] == 1
    assert table.attrs["articles"] == [1, 1, 0, 0, 0, 1]
    ax = plots.mentions_over_time(corpus, freq="M")
    for line, column in zip(ax.lines, table.columns):
        drawn = np.asarray(line.get_ydata(), dtype=float)
        assert np.isnan(drawn[2:5]).all(), column  # the line is broken there, not at 0
        assert np.array_equal(drawn[[0, 1, 5]], table[column].iloc[[0, 1, 5]].astype(float))
    assert "gaps: no article that month" in ax.get_xlabel()
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["Ann", "Bob",
                                                                   "no article that month"]


# ---- the gender-by-month legend sits inside its axes, on no bar ------------------------------

def monthly_sources_corpus(months: int = 24) -> Corpus:
    articles, quotes, actors = [], [], []
    for m in range(months):
        aid = f"a{m}"
        articles.append({"article_id": aid, "published": day("2019-01-15") + pd.DateOffset(
            months=m)})
        for k, gender in enumerate(("female", "male", "unknown")):
            name = f"Pat Q{m}-{k}"  # a full name (a bare word with no evidence is no source)
            quotes.append({"article_id": aid, "speaker": name, "speaker_type": "person",
                           "speaker_actor": name, "speaker_gender": gender})
            actors.append({"actor": name, "label": "PERSON", "gender": gender})
    entities = [{"article_id": q["article_id"], "label": "PERSON", "actor": q["speaker_actor"]}
                for q in quotes]
    return make_corpus(articles, entities, quotes, actors)


def assert_legend_inside_on_no_bar(ax) -> None:
    ax.figure.canvas.draw()
    legend = ax.get_legend().get_window_extent()
    box = ax.get_window_extent()
    assert box.x0 - 1 <= legend.x0 and legend.x1 <= box.x1 + 1
    assert box.y0 - 1 <= legend.y0 and legend.y1 <= box.y1 + 1, (legend, box)
    for bar in ax.patches:
        if bar.get_width() > 0:
            assert not bar.get_window_extent().overlaps(legend)


@pytest.mark.parametrize("months", [2, 24])
def test_gender_by_month_legend_is_inside_the_axes_on_no_bar(months):
    corpus = monthly_sources_corpus(months)
    assert len(corpus.sources) == 3 * months
    ax = plots.gender_share(corpus, by="month")
    assert len(plots.table_of(ax)) == months
    assert_legend_inside_on_no_bar(ax)


def test_a_two_row_legend_of_one_bar_covers_no_bar():
    corpus = monthly_sources_corpus(1)  # one row; the legend of seven speaker types
    ax = plots.speaker_types(corpus)
    assert len(ax.get_legend().get_texts()) == 7
    assert_legend_inside_on_no_bar(ax)


# ---- the women/men chart's axis fits its largest bar -----------------------------------------

def test_women_and_men_axis_runs_to_the_largest_bar():
    quotes = [{"article_id": "a", "speaker": "Al", "speaker_type": "person",
               "speaker_actor": "Al", "speaker_gender": "male"}] * 38 + [
        {"article_id": "a", "speaker": "Di", "speaker_type": "person", "speaker_actor": "Di",
         "speaker_gender": "female"}] * 5
    actors = [{"actor": "Al", "label": "PERSON", "gender": "male", "gender_source": "title"},
              {"actor": "Di", "label": "PERSON", "gender": "female",
               "gender_source": "first_name"}]
    corpus = make_corpus([{"article_id": "a"}], quotes=quotes, actors=actors)
    ax = plots.top_speakers_by_gender(corpus)
    low, high = ax.get_xlim()
    assert 38 <= high <= 38 * 1.15 and -38 * 1.15 <= low <= -38
    ax.figure.canvas.draw()
    shown = {t.get_text() for t in ax.figure.findobj(plt.Text)}
    assert {"Al (38 quotes)", "Di (5 quotes)"} <= shown  # names and counts stay readable
    table = plots.table_of(ax)
    assert table.loc[0, "male_gender_source"] == "title"  # why he is among the men
    assert table.loc[0, "female_gender_source"] == "first_name"


# ---- "mentions per outlet" always has its legend ---------------------------------------------

def test_mentions_per_outlet_has_a_legend_with_one_outlet():
    corpus = make_corpus([{"article_id": "a", "source": "Daily Planet"}],
                         [{"article_id": "a", "label": "PERSON", "actor": "Ann"}],
                         actors=[{"actor": "Ann", "label": "PERSON"}])
    ax = plots.actor_mentions(corpus, by="source")
    legend = ax.get_legend()
    assert legend is not None and [t.get_text() for t in legend.get_texts()] == ["Daily Planet"]
    assert plots.actor_mentions(corpus, by=None).get_legend() is None  # one unstacked bar


# ---- a person is drawn as a person; the table says why a row is there ------------------------

def test_a_person_is_coloured_by_the_actors_final_label(seed_corpus):
    ax = plots.top_speakers(seed_corpus)
    table = plots.table_of(ax).set_index("speaker")
    labels = seed_corpus.actors.set_index("actor")["label"]
    for speaker, row in table.iterrows():
        if labels.get(speaker) == "PERSON":
            assert row["speaker_type"] == "person", speaker
    # on the seed, "the Biden administration" is one of Joe Biden's two quotes
    assert table.loc["Joe Biden", "speaker_type"] == "person"
    person = mcolors.to_rgba(SPEAKER_TYPE_STYLES["person"].colour)
    for bar, speaker in zip(ax.patches, table.index):
        expected = SPEAKER_TYPE_STYLES[table.loc[speaker, "speaker_type"]].colour
        assert bar.get_facecolor() == mcolors.to_rgba(expected)
    biden = list(table.index).index("Joe Biden")
    assert ax.patches[biden].get_facecolor() == person


def evidence_corpus() -> Corpus:
    """Ann (a woman by pronoun): 2 quotes by name, 1 by "she", 1 from her statement
    (a document); Acme (an organisation) quoted twice through a person-typed phrase and once
    as an organisation."""
    q = {"article_id": "a", "speaker_actor": "Ann", "speaker_gender": "female",
         "gender_source": "pronoun"}
    quotes = [{**q, "speaker": "Ann Lee", "speaker_type": "person"},
              {**q, "speaker": "Lee", "speaker_type": "person"},
              {**q, "speaker": "she", "speaker_type": "person"},
              {**q, "speaker": "her statement", "speaker_type": "document"},
              {"article_id": "a", "speaker": "Acme", "speaker_actor": "Acme",
               "speaker_type": "person"},
              {"article_id": "a", "speaker": "Acme", "speaker_actor": "Acme",
               "speaker_type": "person"},
              {"article_id": "a", "speaker": "the Acme chain", "speaker_actor": "Acme",
               "speaker_type": "organization"}]
    actors = [{"actor": "Ann", "label": "PERSON", "gender": "female",
               "gender_source": "pronoun"},
              {"actor": "Acme", "label": "ORG"}]
    return make_corpus([{"article_id": "a"}], quotes=quotes, actors=actors)


def test_top_speakers_table_shows_the_evidence():
    table = summaries.top_speakers(evidence_corpus()).set_index("speaker")
    ann = table.loc["Ann"]
    assert (ann["quotes"], ann["by_name"], ann["by_pronoun"], ann["as_document"]) == (4, 3, 1, 1)
    assert ann["speaker_phrases"] == "Ann Lee (1); Lee (1); her statement (1); …"
    assert (ann["gender"], ann["gender_source"]) == ("female", "pronoun")
    acme = table.loc["Acme"]
    # typed by its final label (ORG), though most of its phrases were typed person
    assert acme["speaker_type"] == "organization" and acme["gender"] is None
    assert acme["speaker_phrases"] == "Acme (2); the Acme chain (1)"


def test_mentioned_vs_quoted_shows_the_forms_merged_into_each_actor():
    corpus = make_corpus([{"article_id": "a"}],
                         [{"article_id": "a", "label": "PERSON", "actor": "Ann Lee"}],
                         actors=[{"actor": "Ann Lee", "label": "PERSON",
                                  "aliases": ["Ann Lee", "Annie", "Lee"]}])
    table = plots.table_of(plots.mentioned_vs_quoted(corpus))
    assert table.loc[0, "aliases"] == "Ann Lee; Annie; Lee"


def test_two_charts_counting_one_person_differently_say_what_they_count():
    corpus = evidence_corpus()
    speakers = plots.top_speakers(corpus)
    women_men = plots.top_speakers_by_gender(corpus)
    everyone = plots.table_of(speakers).set_index("speaker").loc["Ann"]
    by_gender = plots.table_of(women_men)
    assert everyone["quotes"] == 4 and by_gender.loc[0, "female_quotes"] == 3
    # the difference is in the table (her document) and in the titles
    assert everyone["quotes"] - everyone["as_document"] == by_gender.loc[0, "female_quotes"]
    assert "every quote attributed to them" in speakers.get_title()
    assert "as a named person" in women_men.get_title()


# ---- roles: one role counted once; a name is no role; an empty chart says why ----------------

def role_corpus() -> Corpus:
    roles = ["President", "United States President", "US president", "President of Russia",
             "Mexican president", "Senate president", "Chief Justice John G.",
             "California attorney general", "John", "Vega", "president"]
    quotes = [{"article_id": "a", "speaker": f"S{i}", "speaker_type": "person",
               "speaker_actor": f"S{i}", "speaker_role": r, "speaker_gender": "male"}
              for i, r in enumerate(roles)]
    entities = [{"article_id": "a", "label": lab, "text": text, "actor": actor}
                for lab, text, actor in (("GPE", "United States", "United States"),
                                         ("GPE", "US", "United States"),
                                         ("GPE", "Russia", "Russia"),
                                         ("NORP", "Mexican", "Mexican"),
                                         ("ORG", "Senate", "Senate"),
                                         ("PERSON", "Vega", "Ana Vega"))]
    actors = [{"actor": "United States", "label": "GPE"}, {"actor": "Russia", "label": "GPE"},
              {"actor": "Mexican", "label": "NORP"}, {"actor": "Senate", "label": "ORG"},
              {"actor": "Ana Vega", "label": "PERSON", "aliases": ["Vega", "Ana Vega"]}]
    return make_corpus([{"article_id": "a"}], entities, quotes, actors)


def test_roles_are_normalised_by_the_stated_rule():
    corpus = role_corpus()
    q = corpus.quotes
    names = summaries.role_names(q["speaker_role"], corpus)
    assert dict(zip(q["speaker_role"], names)) == {
        "President": "president", "United States President": "president",
        "US president": "president", "President of Russia": "president",
        "Mexican president": "president",
        "Senate president": "senate president",  # an organisation's president: another role
        "Chief Justice John G.": "chief justice",  # the name is cut off
        "California attorney general": "california attorney general",  # found nowhere bare
        "John": None, "Vega": None,  # a first name, a person's name: no role
        "president": "president"}
    table = summaries.gender_by_role(corpus, by="speaker_role")
    assert table.loc["president", "quotes"] == 6
    assert "john" not in table.index and "vega" not in table.index
    assert table.attrs == {"quotes": 11, "with_role": 9}


def test_an_empty_role_chart_says_there_are_quotes_but_no_roles():
    corpus = make_corpus([{"article_id": "a"}], quotes=[
        {"article_id": "a", "speaker": "Ann", "speaker_type": "person", "speaker_actor": "Ann"},
        {"article_id": "a", "speaker": "Bo", "speaker_type": "person", "speaker_actor": "Bo"},
        {"article_id": "a", "speaker": "Acme", "speaker_type": "organization"}],
        actors=[{"actor": "Ann", "label": "PERSON"}, {"actor": "Bo", "label": "PERSON"}])
    ax = plots.gender_by_role(corpus, by="speaker_role")
    assert [t.get_text() for t in ax.texts] == ["2 quotes of people, none with a role"]
    empty = make_corpus([{"article_id": "a"}])
    ax = plots.gender_by_role(empty, by="speaker_role")
    assert [t.get_text() for t in ax.texts] == ["No quotes found"]
