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
# # 03 · Sources and attribution: who is quoted, and how?
#
# **Question:** who gets a voice in the coverage — named people, organisations, anonymous
# sources or unnamed groups — how their words are reported (direct, indirect, mixed, "according
# to") and with which verbs, who is talked about without being quoted, and who speaks about whom.
#
# Texts are parsed with the spaCy model the package resolves: Explosion's official
# `en_core_web_sm` by default (`ANALYSIS_SPACY_MODEL` picks another; see the README).
#
# What every column of the tables means: [the column dictionary](../docs/columns.md).

# %% tags=["parameters"]
DATA = None  # folder of articles; None = ANALYSIS_DATA or data/raw/ (relative to the project)
STORE = None  # results store (None: ANALYSIS_STORE or data/processed/; False: re-parse)
CORRECTIONS = None  # your corrections (None: ANALYSIS_CORRECTIONS or data/corrections.csv if any)
TOP = 15  # speakers / actors per chart
AUDIT = None  # a source audit (04-audit, ITEM = "source"): error bars; None: no bars
AUDIT_DIR = None  # the audit folder; None = ANALYSIS_AUDIT or data/audit/

# %%
import analysis
from analysis import config, plots, report, summaries

corpus = analysis.load_corpus(DATA, store=config.store_dir(STORE),
                              corrections=config.corrections_file(CORRECTIONS))
print(corpus.summary())
report.stop_if_empty(corpus)  # no usable article: the errors table, and stop

# %% [markdown]
# ## The most quoted speakers

# %%
ax = plots.top_speakers(corpus, top=TOP)
report.save_figure(ax, "03-top-speakers");

# %% [markdown]
# Why each speaker is there: their quotes by name and by pronoun, those of their documents, the
# speaker phrases as written, and how their gender was decided:

# %%
plots.table_of(ax)

# %% [markdown]
# ## Named, anonymous or group? Share of quotes by speaker type, overall and per outlet

# %%
ax = plots.speaker_types(corpus)
report.save_figure(ax, "03-speaker-types");

# %%
ax = plots.speaker_types(corpus, by="source")
report.save_figure(ax, "03-speaker-types-by-outlet");

# %% [markdown]
# ## How quotes are reported, and with which verbs

# %%
ax = plots.quote_kinds(corpus)
report.save_figure(ax, "03-quote-kinds");

# %%
ax = plots.cue_verbs(corpus, top=TOP)
report.save_figure(ax, "03-cue-verbs");

# %% [markdown]
# ## Talked about, or given a voice?

# %%
ax = plots.mentioned_vs_quoted(corpus, top=TOP)
report.save_figure(ax, "03-mentioned-vs-quoted");

# %% [markdown]
# ## Who speaks about whom (actors mentioned inside each speaker's quotes)

# %%
ax = plots.who_speaks_about_whom(corpus)
report.save_figure(ax, "03-who-speaks-about-whom");

# %% [markdown]
# ## Whose voices are heard: people quoted by gender
#
# The gender charts count sources: each named person quoted in an article once per article
# (`corpus.sources`), however many quotes they have there; `weight="quotes"` counts quotes
# instead. The gender is an estimate from the text (pronouns, titles, gendered role nouns) and
# first-name statistics, not a person's identity; `unknown` where the evidence is missing,
# ambiguous or conflicting (see the README's *Gender* section). With `AUDIT`, the name of a
# judged source audit (notebook 04-audit, `ITEM = "source"`), the first chart gets a black
# mark: the women's share corrected for the errors the audit measured, with its 95% interval.

# %%
corpus.sources.head()

# %%
ax = plots.gender_share(corpus, audit=AUDIT, directory=config.audit_dir(AUDIT_DIR),
                        missing_audit="say")
report.save_figure(ax, "03-gender-share");

# %%
ax = plots.gender_share(corpus, weight="quotes")
report.save_figure(ax, "03-gender-share-of-quotes");

# %%
ax = plots.gender_share(corpus, by="source")
report.save_figure(ax, "03-gender-share-by-outlet");

# %%
ax = plots.gender_share(corpus, by="month")
report.save_figure(ax, "03-gender-share-by-month");

# %%
ax = plots.top_speakers_by_gender(corpus, top=TOP)
report.save_figure(ax, "03-top-women-and-men");

# %%
plots.table_of(ax)  # the evidence behind each gender: pronoun, title, first name, …

# %%
ax = plots.gender_by_role(corpus, by="speaker_role", top=TOP)
report.save_figure(ax, "03-gender-by-role");

# %% [markdown]
# How each gender was decided (quotes of named people and person actors per kind of evidence):

# %%
summaries.gender_evidence(corpus)

# %% [markdown]
# ## Anonymous sources, quote by quote

# %%
summaries.anonymous_quotes(corpus)
