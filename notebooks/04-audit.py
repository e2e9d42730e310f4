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
# # 04 · Audit: how right is the engine on *these* articles?
#
# **Question:** before publishing a figure ("22% of quoted sources are women"), how often are
# the engine's quotes, speakers, speaker types and genders right on your own articles — and
# what is the figure once corrected for those errors, with an interval?
#
# 1. **Draw** a stratified, reproducible sample of `N` quotes (`ITEM = "quote"`) or of sources
#    (`ITEM = "source"`: people quoted per article, for the gender question) into
#    `data/audit/AUDIT.csv`. Running this again keeps every answer; after new articles were
#    analysed it adds items from them only (see `analysis.audit.sample`).
# 2. **Label** the items one at a time in the box below: every click is saved to the CSV at
#    once, so closing the notebook or restarting the kernel loses nothing, and the box opens on
#    the first item not judged yet. The keys field takes keyboard shortcuts (1–4 the verdicts,
#    t/x speaker type, g/w gender right/wrong, f/m female/male, n/p next/previous, u first
#    unlabelled). The same CSV can be filled in a spreadsheet instead.
# 3. **Score**: precision per field with 95% intervals, per stratum and weighted to the corpus;
#    then the women's share of sources corrected for the measured errors.
#
# What every column of the tables means: [the column dictionary](../docs/columns.md).

# %% tags=["parameters"]
DATA = None  # folder of articles; None = ANALYSIS_DATA or data/raw/ (relative to the project)
STORE = None  # results store (None: ANALYSIS_STORE or data/processed/; False: re-parse)
AUDIT = "audit"  # the audit's name: the file AUDIT.csv in the audit folder
AUDIT_DIR = None  # the audit folder; None = ANALYSIS_AUDIT or data/audit/
N = 200  # items to draw
SEED = 0  # the same seed and articles give the same sample
ITEM = "quote"  # "quote" (quotes and speakers) or "source" (people quoted, for gender)

# %%
import analysis
from analysis import audit, config, report

corpus = analysis.load_corpus(DATA, store=config.store_dir(STORE))
folder = config.audit_dir(AUDIT_DIR)
print(corpus.summary())
report.stop_if_empty(corpus)  # no usable article: the errors table, and stop

# %% [markdown]
# ## The sample (drawn, or extended with items of new articles; answers are kept)

# %%
items = audit.sample(corpus, n=N, seed=SEED, name=AUDIT, item=ITEM, directory=folder)
print(f"{len(items)} item(s) in {audit.audit_path(AUDIT, folder)}")
items.groupby("stratum").size().rename("items").to_frame()

# %% [markdown]
# ## Label, one item at a time (each click is saved)

# %%
audit.label(corpus, AUDIT, folder)

# %% [markdown]
# ## How right is the engine? Precision per field, with 95% intervals
#
# Run these cells again after labelling. `judged` counts the items with an answer for the
# field; `precision` is weighted to the corpus, `low`–`high` its 95% interval. Recall is not
# estimated: the sample holds the engine's quotes only, not the quotes it missed.

# %%
scores = audit.score(AUDIT, directory=folder)
scores[scores["stratum"] == "(corpus)"]

# %% [markdown]
# Per stratum (outlet | kind | speaker type for quotes):

# %%
scores

# %% [markdown]
# ## The women's share of sources, corrected for the measured errors
#
# Estimated from the gender answers of a *source* audit (`ITEM = "source"`; give it its own
# `AUDIT` name): the engine's figure, the corrected one and its bootstrap 95% interval.

# %%
audit.try_estimate(corpus, AUDIT, "women_share", directory=folder)
