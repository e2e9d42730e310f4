# ---
# jupyter:
#   jupytext:
#     cell_metadata_filter: tags,-all
#     notebook_metadata_filter: kernelspec,jupytext,-jupytext.text_representation.jupytext_version
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 01 · One article: who is mentioned, and who gets to speak?
#
# **Question:** in a single article, which people, organisations and places appear, who is
# quoted, how (direct, indirect, mixed, "according to"), with which verbs — and is anyone quoted
# anonymously?
#
# By default this reads `data/raw/` (the seed article); set `ANALYSIS_DATA` or `DATA` below to
# use another folder, and `ARTICLE` to pick an article by its id, file name or part of its title
# (the table below lists them).
#
# Texts are parsed with the spaCy model the package resolves: Explosion's official
# `en_core_web_sm` by default (`ANALYSIS_SPACY_MODEL` picks another; see the README).
#
# What every column of the tables means: [the column dictionary](../docs/columns.md).

# %% tags=["parameters"]
DATA = None  # folder of articles; None = ANALYSIS_DATA or data/raw/ (relative to the project)
STORE = None  # results store (None: ANALYSIS_STORE or data/processed/; False: re-parse)
CORRECTIONS = None  # your corrections (None: ANALYSIS_CORRECTIONS or data/corrections.csv if any)
ARTICLE = None  # an article_id, a file name or part of a title; None = the first article
TOP = 15  # bars per chart

# %%
import analysis
from analysis import config, lookup, plots, report

corpus = analysis.load_corpus(DATA, store=config.store_dir(STORE),
                              corrections=config.corrections_file(CORRECTIONS))
print(corpus.summary())
report.stop_if_empty(corpus)  # no usable article: the errors table, and stop

# %% [markdown]
# ## The articles of the folder
#
# Pick one for the rest of the notebook: set `ARTICLE` above to its id, its file name or a part
# of its title. Type in the box to filter the table; click a column's header to sort by it.

# %%
lookup.article_picker(corpus)

# %%
article_id = lookup.find_article(corpus, ARTICLE)
one = corpus.select(article_id)
one.articles[["article_id", "title", "author", "published", "source", "url", "path"]].T

# %% [markdown]
# ## Entities mentioned (one row per mention)

# %%
one.entities[["text", "label", "actor", "sentence_id", "paragraph_id", "start", "end"]]

# %% [markdown]
# ## Actors: mentions merged across name variants ("President Joe Biden", "Biden" → "Joe Biden")

# %%
one.actors[["actor", "label", "mentions", "aliases"]]

# %% [markdown]
# ## Quotes: who says what, how, and with which verb

# %%
one.quotes[["quote", "kind", "cue", "speaker", "speaker_type", "speaker_actor", "speaker_role"]]

# %%
ax = plots.actor_mentions(one, top=TOP, by=None)
report.save_figure(ax, "01-article-actors");

# %%
ax = plots.speaker_types(one)
report.save_figure(ax, "01-article-speaker-types");

# %% [markdown]
# ## The article, highlighted
# Entities are coloured by type; quotes are shaded, tagged with their kind before and with
# speaker · speaker type · cue after; speaker phrases are underlined.

# %%
analysis.show_article(corpus, article_id)
