"""The ``sources`` table: who is quoted, counted as researchers count it — one row per article ×
person quoted in it ("people quoted per article"), derived from the final ``quotes`` and
``actors`` tables of the corpus step.

A quote makes its speaker a source of its article when, and only when, it has a
``speaker_actor`` whose ``label`` in the ``actors`` table is ``PERSON`` and:

* its ``speaker_type`` is ``person`` — a person named, titled or described ("the veteran
  coach"), or a pronoun the engine resolved to a person ("…," she said: the quote keeps the
  type ``person`` and the antecedent as ``speaker_actor``, so it counts on that person's row
  like the quotes attributed by name); or
* its ``speaker_type`` is ``document`` and the document is that person's ("her statement",
  "his letter", "Her lawsuit said …": the engine names the owner as ``speaker_actor``) — the
  person's words, published in writing.

So a quote attributed to an organisation (or an organisation's document: "the union's
release"), a document without an owner ("a statement said"), an anonymous or group source, an
unresolved pronoun (type ``pronoun``), nobody (``unknown``), a person without a name ("a woman
said"), or an actor the corpus step cleared as a non-actor (its ``speaker_actor`` is None) or
labelled other than PERSON never makes a source.

Per (article, person): ``quotes`` counts the person's quotes in the article (their documents'
included), ``first_quote_start`` is the ``start`` of the first, ``role`` the ``speaker_role`` of
the first that has one, ``gender``/``gender_source`` the ``speaker_gender``/``gender_source`` of
the first quote typed ``person`` — read from the quote rows, so the table follows however the
corpus step decides a speaker's gender, per corpus or per article. Where the quote rows give
none (a person quoted only through their documents: quote rows give a document no gender; a
quote table built by hand without the columns), the actor's ``gender`` in the ``actors`` table,
else ``unknown``/``none``. Rows keep the quotes' article order (the order in which articles
first appear in ``quotes``: the corpus order for ``Corpus.quotes``), then
``first_quote_start``.

Cost: two vectorised masks (the type; the speaker actor among the PERSON actors, hashed) and one
group-by over the quotes kept, after a sort of them by article and offset (O(n log n) in the
quotes kept, no Python work per row).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..schema import SOURCES

#: the quote columns :func:`build_sources` reads
SOURCE_INPUT = ["article_id", "start", "speaker_type", "speaker_actor", "speaker_role",
                "speaker_gender", "gender_source"]


def build_sources(quotes: pd.DataFrame, actors: pd.DataFrame) -> pd.DataFrame:
    """The ``sources`` table (:data:`analysis.schema.SOURCES`) of these quotes.

    Args:
        quotes: the final quote rows (at least :data:`SOURCE_INPUT`), with final actor names
            and genders, in corpus order (as ``Corpus.quotes``).
        actors: the ``actors`` table of the same corpus (``actor`` and ``label`` are read).

    Returns:
        One row per (article, PERSON actor quoted in it); see the module docstring.
    """
    if quotes.empty or actors.empty:
        return SOURCES.frame()
    people = actors.loc[actors["label"] == "PERSON", "actor"].astype(object)
    types = quotes["speaker_type"].astype(object).to_numpy()
    document = types == "document"
    keep = ((types == "person") | document) & \
        quotes["speaker_actor"].astype(object).isin(people).to_numpy()
    rows = pd.DataFrame({c: quotes[c].to_numpy(dtype=object) if c != "start"
                         else quotes[c].to_numpy(dtype=np.int64)
                         for c in SOURCE_INPUT})
    # a document's row gives no gender: its person's comes from a person quote or the actor
    rows.loc[document, ["speaker_gender", "gender_source"]] = None
    rows = rows[keep]
    if rows.empty:
        return SOURCES.frame()
    article_pos = pd.factorize(quotes["article_id"].astype(object))[0][keep]
    rows = rows.assign(_article=article_pos)
    rows = rows.iloc[np.lexsort((rows["start"].to_numpy(), article_pos))]
    groups = rows.groupby(["_article", "speaker_actor"], sort=False)
    out = groups.agg(article_id=("article_id", "first"), quotes=("start", "size"),
                     first_quote_start=("start", "first"),
                     gender=("speaker_gender", "first"),
                     gender_source=("gender_source", "first"),
                     role=("speaker_role", "first"))  # first non-missing role
    out = out.reset_index().rename(columns={"speaker_actor": "actor"})
    by_actor = actors.drop_duplicates("actor").set_index("actor")
    missing = out["gender"].isna()
    if missing.any() and {"gender", "gender_source"} <= set(by_actor.columns):
        out.loc[missing, "gender"] = out.loc[missing, "actor"].map(by_actor["gender"])
        out.loc[missing, "gender_source"] = out.loc[missing, "actor"].map(
            by_actor["gender_source"])
    out["gender"] = out["gender"].fillna("unknown")  # as speaker_genders gives a missing one
    out["gender_source"] = out["gender_source"].fillna("none")
    out = out.sort_values(["_article", "first_quote_start"], kind="stable")
    return SOURCES.frame(out.assign(speaker_type="person"))
