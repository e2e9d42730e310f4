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
# # 02 · A corpus: who is mentioned, how often, by whom, and when?
#
# **Question:** across all articles of the input folder, which actors (people, organisations,
# countries, groups) dominate the coverage, which outlets mention them, how their coverage moves
# over time, and which actors appear together.
#
# Texts are parsed with the spaCy model the package resolves: Explosion's official
# `en_core_web_sm` by default (`ANALYSIS_SPACY_MODEL` picks another; see the README).
#
# What every column of the tables means: [the column dictionary](../docs/columns.md).

# %% tags=["parameters"]
DATA = None  # folder of articles; None = ANALYSIS_DATA or data/raw/ (relative to the project)
STORE = None  # results store (None: ANALYSIS_STORE or data/processed/; False: re-parse)
CORRECTIONS = None  # your corrections (None: ANALYSIS_CORRECTIONS or data/corrections.csv if any)
TOP = 15  # actors per chart
LABELS = ["PERSON", "ORG", "GPE", "NORP"]  # entity labels counted as actors in the charts
TIMELINE_ACTORS = None  # actor names to follow over time; None = the 5 most mentioned

# %%
import analysis
from analysis import config, plots, report

corpus = analysis.load_corpus(DATA, store=config.store_dir(STORE),
                              corrections=config.corrections_file(CORRECTIONS))
print(corpus.summary())
report.stop_if_empty(corpus)  # no usable article: the errors table, and stop
corpus.errors

# %% [markdown]
# ## The most mentioned actors, by outlet

# %%
ax = plots.actor_mentions(corpus, top=TOP, labels=LABELS, by="source")
report.save_figure(ax, "02-top-actors");

# %% [markdown]
# ## People only

# %%
ax = plots.actor_mentions(corpus, top=TOP, labels=["PERSON"], by=None)
report.save_figure(ax, "02-top-people");

# %%
corpus.actors[corpus.actors["label"].isin(LABELS)].head(TOP)

# %% [markdown]
# ## Over time (by publication date, when the articles have one)

# %%
ax = plots.mentions_over_time(corpus, actors=TIMELINE_ACTORS)
report.save_figure(ax, "02-mentions-over-time");

# %% [markdown]
# ## Who appears with whom (articles mentioning both)

# %%
ax = plots.actor_cooccurrence(corpus, top=min(TOP, 12))
report.save_figure(ax, "02-cooccurrence");
