"""The tables behind the charts: plain pandas aggregates of a :class:`~analysis.corpus.Corpus`.

Every chart in :mod:`analysis.plots` draws exactly one of these tables (and the report writes it
next to the PNG as CSV), so numbers on screen can always be checked against a DataFrame. None of
these functions modifies its input. Each reads only the columns it counts
(:meth:`analysis.Corpus.table`), so a chart of a corpus read from a large store does not load
its wide tables.
"""

from __future__ import annotations

from typing import Iterable, Sequence

import numpy as np
import pandas as pd

from .vocab import GENDER_SOURCES, GENDERS, KINDS, SPEAKER_TYPES

# the order of the charts' segments and bars: the schema's order
SPEAKER_TYPE_ORDER = list(SPEAKER_TYPES)
KIND_ORDER = list(KINDS)
GENDER_ORDER = list(GENDERS)
DEFAULT_LABELS = ("PERSON", "ORG", "GPE", "NORP")


def _cols(corpus, name: str, columns: Sequence[str]) -> pd.DataFrame:
    """Some columns of a table (read on their own from a store when the table is not in
    memory; plain DataFrame attributes work too)."""
    table = getattr(corpus, "table", None)
    return table(name, columns) if table is not None else getattr(corpus, name)[list(columns)]


def _actors(corpus) -> pd.DataFrame:
    """``corpus.actors``, or an empty frame for a bare namespace of tables without it."""
    actors = getattr(corpus, "actors", None)
    return actors if actors is not None else pd.DataFrame(
        columns=["actor", "label", "gender", "gender_source", "aliases"])


def _actor_label(corpus) -> pd.Series:
    return corpus.actors.set_index("actor")["label"] if len(corpus.actors) else pd.Series(
        dtype=object)


def _outlet(corpus) -> pd.Series:
    """Outlet per article: ``source``, or "(unknown outlet)"."""
    arts = _cols(corpus, "articles", ["article_id", "source"]).set_index("article_id")
    return arts["source"].fillna("(unknown outlet)").astype(str)


def top_actors(corpus, *, top: int = 15, labels: Iterable[str] | None = DEFAULT_LABELS,
               by: str | None = "source", max_groups: int = 8) -> pd.DataFrame:
    """Mentions of the ``top`` actors, as a table actors × groups (stack segments).

    Args:
        labels: actor labels to keep (the actor's reconciled label); None keeps all.
        by: ``"source"`` (outlet), ``"article"`` (article title/id) or None (one column).
        max_groups: groups beyond the largest ones are summed into "other".

    Returns:
        Index ``actor`` (most mentioned first), one column per group, integer counts.
    """
    ents = _cols(corpus, "entities", ["article_id", "actor"]).dropna(subset=["actor"])
    label_of = _actor_label(corpus)
    if labels is not None:
        keep = set(label_of[label_of.isin(list(labels))].index)
        ents = ents[ents["actor"].isin(keep)]
    order = ents["actor"].value_counts().head(top).index
    ents = ents[ents["actor"].isin(order)]
    if by is None:
        table = ents.groupby("actor").size().to_frame("mentions")
    else:
        if by == "source":
            groups = ents["article_id"].map(_outlet(corpus))
        elif by == "article":
            arts = _cols(corpus, "articles", ["article_id", "title"]).set_index("article_id")
            names = arts["title"].fillna(arts.index.to_series()).astype(str).str.slice(0, 40)
            groups = ents["article_id"].map(names)
        else:
            raise ValueError(f"unknown by={by!r}; expected 'source', 'article' or None")
        table = pd.crosstab(ents["actor"], groups)
        if table.shape[1] > max_groups:
            biggest = table.sum().sort_values(ascending=False).index
            table = pd.concat([table[biggest[:max_groups - 1]],
                               table[biggest[max_groups - 1:]].sum(axis=1).rename("other")],
                              axis=1)
        table.columns.name = None
    return table.reindex(order).fillna(0).astype("int64").rename_axis("actor")


def speaker_name(quotes: pd.DataFrame) -> pd.Series:
    """Who to count a quote for: the canonical actor, else the speaker as written without a
    leading article ("The police", "police" count together, shown in their most common
    casing), else "(unknown)"."""
    named = quotes["speaker_actor"]
    written = quotes["speaker"].str.replace(r"^(?i:the|a|an)\s+", "", regex=True)
    key = written.str.lower()
    casing = (pd.DataFrame({"key": key, "form": written}).dropna()
              .groupby("key")["form"].agg(lambda s: s.value_counts().index[0]))
    return named.fillna(key.map(casing)).fillna("(unknown)").astype(str)


def _documents_kept(q: pd.DataFrame, documents: bool) -> pd.DataFrame:
    """``q`` without the quotes typed ``document`` when ``documents`` is False."""
    return q if documents else q[q["speaker_type"] != "document"]


#: The speaker type a named speaker is drawn as, from its actor's final label (the actor table's
#: reconciled ``label``): a person is a person even when one of its quotes was attributed
#: through "the Biden administration".
LABEL_SPEAKER_TYPES = {"PERSON": "person", "ORG": "organization", "GPE": "organization",
                       "FAC": "organization", "NORP": "group"}


def _is_pronoun(phrase: pd.Series) -> pd.Series:
    """True where the speaker phrase as written is a pronoun ("he", "She", "they": the
    ``pronoun_genders`` lexicon)."""
    from .lexicons import table

    return phrase.fillna("").str.strip().str.lower().isin(set(table("pronoun_genders")))


def _phrases(written: pd.Series, top: int = 3) -> str:
    """The most common speaker phrases as written, with their counts: "Trump (20); he (15)"."""
    counts = written.dropna().value_counts()
    counts = counts.sort_index().sort_values(ascending=False, kind="stable")
    shown = "; ".join(f"{phrase} ({n})" for phrase, n in counts.head(top).items())
    return shown + ("; …" if len(counts) > top else "")


def top_speakers(corpus, *, top: int = 15, include_unknown: bool = False,
                 named_only: bool = True, documents: bool = True) -> pd.DataFrame:
    """Quotes per speaker for the ``top`` speakers, with the evidence that puts them there.

    Args:
        documents: ``False`` leaves out the quotes typed ``document`` ("the report found",
            "her statement said": their issuer or owner is not counted for them).
        named_only: count only speakers with a canonical actor (people and organisations the
            text names, documents whose issuer it names); ``False`` also ranks unnamed
            descriptions ("officials", "police", "a statement") as written.
        include_unknown: with ``named_only=False``, also quotes without a speaker.

    Returns:
        Columns ``speaker, speaker_type, quotes, by_name, by_pronoun, as_document,
        speaker_phrases, gender, gender_source``, most quoted first. ``quotes`` counts every
        quote attributed to the speaker, whatever its speaker type (a person's documents
        included unless ``documents=False``); ``by_pronoun`` those whose speaker phrase is a
        pronoun ("he said", resolved to the speaker), ``by_name`` the others (a name, a title,
        a description), ``as_document`` those typed ``document``; ``speaker_phrases`` the most
        common phrases as written with their counts. ``speaker_type`` is the type of the
        actor's final label (:data:`LABEL_SPEAKER_TYPES`: a PERSON actor is ``person``), else
        the most common type of its quotes; ``gender`` and ``gender_source`` are the actor's
        (None for a speaker that is not an actor).
    """
    q = _documents_kept(_cols(corpus, "quotes", ["speaker_actor", "speaker", "speaker_type"]),
                        documents)
    if named_only:
        q = q[q["speaker_actor"].notna()]
    elif not include_unknown:
        q = q[q["speaker_type"] != "unknown"]
    columns = ["speaker", "speaker_type", "quotes", "by_name", "by_pronoun", "as_document",
               "speaker_phrases", "gender", "gender_source"]
    if q.empty:
        return pd.DataFrame({c: pd.Series(dtype="int64" if c in (
            "quotes", "by_name", "by_pronoun", "as_document") else object) for c in columns})
    frame = pd.DataFrame({"speaker": speaker_name(q), "speaker_type": q["speaker_type"],
                          "pronoun": _is_pronoun(q["speaker"]),
                          "document": q["speaker_type"] == "document", "written": q["speaker"]})
    grouped = frame.groupby("speaker")
    counts = grouped.size().rename("quotes")
    kinds = grouped["speaker_type"].agg(lambda s: s.value_counts().index[0])
    table = pd.concat([kinds, counts], axis=1).reset_index()
    table = table.sort_values(["quotes", "speaker"], ascending=[False, True], kind="stable")
    table = table.head(top).reset_index(drop=True)
    table["by_pronoun"] = table["speaker"].map(grouped["pronoun"].sum()).astype("int64")
    table["by_name"] = (table["quotes"] - table["by_pronoun"]).astype("int64")
    table["as_document"] = table["speaker"].map(grouped["document"].sum()).astype("int64")
    table["speaker_phrases"] = table["speaker"].map(grouped["written"].agg(_phrases))
    known = _actors(corpus)
    actors = known.set_index("actor") if len(known) else None
    if actors is not None:
        final = table["speaker"].map(actors["label"]).map(LABEL_SPEAKER_TYPES)
        table["speaker_type"] = final.fillna(table["speaker_type"])
        people = table["speaker"].map(actors["label"]) == "PERSON"
        table["gender"] = table["speaker"].map(actors["gender"]).where(people, None)
        table["gender_source"] = table["speaker"].map(actors["gender_source"]).where(people,
                                                                                      None)
    else:
        table["gender"] = table["gender_source"] = None
    return table[columns]


def speaker_type_share(corpus, *, by: str | None = None, min_quotes: int = 1,
                       top_groups: int = 12, documents: bool = True) -> pd.DataFrame:
    """Share of quotes by speaker type, overall (one row "All articles") or per outlet;
    ``documents=False`` leaves out the quotes typed ``document`` (the shares are then of the
    other quotes, and the ``document`` column is 0).

    Returns:
        Rows = "All articles" or outlets (largest first), columns = speaker types in a fixed
        order, values = shares summing to 1 per row; column ``quotes`` holds the row's count.
    """
    q = _documents_kept(_cols(corpus, "quotes", ["article_id", "speaker_type"]), documents)
    if by is None:
        groups = pd.Series("All articles", index=q.index)
    elif by == "source":
        groups = q["article_id"].map(_outlet(corpus))
    else:
        raise ValueError(f"unknown by={by!r}; expected 'source' or None")
    counts = pd.crosstab(groups, q["speaker_type"]).reindex(columns=SPEAKER_TYPE_ORDER,
                                                            fill_value=0)
    totals = counts.sum(axis=1)
    counts = counts[totals >= min_quotes]
    totals = totals[totals >= min_quotes]
    order = totals.sort_values(ascending=False).index[:top_groups]
    share = counts.loc[order].div(totals.loc[order], axis=0)
    share["quotes"] = totals.loc[order].astype("int64")
    share.index.name = "group"
    share.columns.name = None
    return share


def quote_kinds(corpus, *, documents: bool = True) -> pd.DataFrame:
    """Quotes per kind (direct, indirect, mixed, according_to), with shares;
    ``documents=False`` leaves out the quotes typed ``document``."""
    q = _documents_kept(_cols(corpus, "quotes", ["kind", "speaker_type"]), documents)
    counts = q["kind"].value_counts().reindex(KIND_ORDER, fill_value=0)
    total = int(counts.sum())
    return pd.DataFrame({"kind": KIND_ORDER, "quotes": counts.values.astype("int64"),
                         "share": counts.values / total if total else 0.0})


def cue_verbs(corpus, *, top: int = 12) -> pd.DataFrame:
    """Quotes per cue lemma ("say", "tell", "according to", …), most used first."""
    lemmas = _cols(corpus, "quotes", ["cue_lemma"])["cue_lemma"].dropna()
    counts = lemmas.value_counts()
    table = counts.head(top).rename_axis("cue").reset_index(name="quotes")
    table["share"] = table["quotes"] / len(lemmas) if len(lemmas) else 0.0
    return table


def mentioned_vs_quoted(corpus, *, top: int = 20,
                        labels: Iterable[str] | None = ("PERSON", "ORG")) -> pd.DataFrame:
    """For the ``top`` most mentioned actors: times mentioned and times quoted.

    Returns:
        Columns ``actor, label, mentions, quotes, aliases``, most mentioned first. Actors
        talked about but never given a voice have ``quotes == 0``; ``quotes`` counts every
        quote attributed to the actor (as :func:`top_speakers` does); ``aliases`` are the
        surface forms merged into the actor ("Biden; President Biden"), the evidence for a
        row that merges too much or too little.
    """
    actors = corpus.actors
    if labels is not None:
        actors = actors[actors["label"].isin(list(labels))]
    actors = actors.sort_values(["mentions", "actor"], ascending=[False, True]).head(top)
    quoted = _cols(corpus, "quotes", ["speaker_actor"])["speaker_actor"].value_counts()
    forms = actors["aliases"] if "aliases" in actors else pd.Series([None] * len(actors))
    return pd.DataFrame({"actor": actors["actor"].values, "label": actors["label"].values,
                         "mentions": actors["mentions"].values.astype("int64"),
                         "quotes": quoted.reindex(actors["actor"]).fillna(0).astype(
                             "int64").values,
                         "aliases": ["; ".join(map(str, a)) if isinstance(
                             a, (list, tuple, np.ndarray)) else "" for a in forms]})


def who_speaks_about_whom(corpus, *, top_speakers: int = 10, top_mentioned: int = 10,
                          labels: Iterable[str] | None = ("PERSON", "ORG", "GPE")) -> pd.DataFrame:
    """Speaker actor × actors mentioned inside their quotes (count of quotes).

    Only quotes with a ``speaker_actor``; an actor mentioned several times in one quote counts
    once; speakers mentioning themselves are not counted.

    Returns:
        Rows = speakers (most quoted first), columns = mentioned actors (most often mentioned in
        quotes first), integer counts.
    """
    q = _cols(corpus, "quotes", ["article_id", "quote_id", "start", "end", "speaker_actor"]
              ).dropna(subset=["speaker_actor"])
    ents = _cols(corpus, "entities", ["article_id", "actor", "start", "end"]).dropna(
        subset=["actor"])
    if labels is not None:
        label_of = _actor_label(corpus)
        ents = ents[ents["actor"].map(label_of).isin(list(labels))]
    empty = pd.DataFrame(dtype="int64")
    if q.empty or ents.empty:
        return empty
    ranked = list(q["speaker_actor"].value_counts().index)  # most quoted first
    speakers: list[str] = []
    tried = 0
    frames = []
    while len(speakers) < top_speakers and tried < len(ranked):
        # the most quoted speakers first, a batch at a time: only their quotes are matched
        # with the entities of their articles (never every quote with every mention)
        batch = ranked[tried:tried + 3 * top_speakers]
        tried += len(batch)
        pairs = _mentions_in_quotes(q[q["speaker_actor"].isin(batch)], ents)
        frames.append(pairs)
        found = set(pairs["speaker"])
        speakers += [s for s in batch if s in found][:top_speakers - len(speakers)]
    frame = pd.concat(frames, ignore_index=True)
    frame = frame[frame["speaker"].isin(speakers)]
    if frame.empty:
        return empty
    mentioned = frame["mentioned"].value_counts().head(top_mentioned).index
    table = pd.crosstab(frame["speaker"], frame["mentioned"])
    table = table.reindex(index=speakers, columns=mentioned, fill_value=0).astype("int64")
    table = table.loc[table.sum(axis=1) > 0]
    table.index.name, table.columns.name = "speaker", "mentioned"
    return table


def _mentions_in_quotes(quotes: pd.DataFrame, ents: pd.DataFrame) -> pd.DataFrame:
    """``speaker, mentioned, quote_id``: each actor mentioned inside a quote (once per quote),
    not the speaker themself."""
    pairs = quotes.merge(ents, on="article_id", suffixes=("", "_e"))
    inside = (pairs["start_e"] >= pairs["start"]) & (pairs["end_e"] <= pairs["end"]) \
        & (pairs["actor"] != pairs["speaker_actor"])
    pairs = pairs.loc[inside, ["speaker_actor", "actor", "quote_id"]].drop_duplicates()
    return pairs.rename(columns={"speaker_actor": "speaker", "actor": "mentioned"})


def mentions_over_time(corpus, *, actors: Sequence[str] | None = None, top: int = 5,
                       freq: str | None = None) -> pd.DataFrame:
    """Mentions of chosen actors per period of publication date.

    Args:
        actors: actor names; default the ``top`` most mentioned PERSON/ORG/GPE actors.
        freq: pandas period alias ("D", "W", "M", "Q"); default chosen from the date span.

    Returns:
        Index = period start (timestamps), columns = actors, nullable integer counts
        (``Int64``): 0 where the period has articles that do not mention the actor, ``NA``
        where the period has no dated article at all (nothing was published that could
        mention anyone: a gap, never a zero); ``attrs["freq"]`` is the period used and
        ``attrs["articles"]`` the number of dated articles per period (a list, in the index's
        order). Empty when no article has a date.
    """
    arts = _cols(corpus, "articles", ["article_id", "published"]).dropna(
        subset=["published"]).set_index("article_id")["published"]
    ents = _cols(corpus, "entities", ["article_id", "actor"]).dropna(subset=["actor"])
    ents = ents[ents["article_id"].isin(arts.index)]
    if actors is None:
        label_of = _actor_label(corpus)
        keep = ents[ents["actor"].map(label_of).isin(["PERSON", "ORG", "GPE"])]
        actors = list(keep["actor"].value_counts().head(top).index)
    ents = ents[ents["actor"].isin(list(actors))]
    if arts.empty or ents.empty:
        return pd.DataFrame(columns=list(actors), dtype="int64")
    if freq is None:
        span = (arts.max() - arts.min()).days
        freq = "D" if span <= 45 else "W" if span <= 400 else "M" if span <= 3000 else "Q"
    dates = ents["article_id"].map(arts).dt.tz_convert(None).dt.to_period(freq).dt.start_time
    table = pd.crosstab(dates, ents["actor"]).reindex(columns=list(actors), fill_value=0)
    full = pd.period_range(arts.min().tz_convert(None), arts.max().tz_convert(None),
                           freq=freq).start_time
    table = table.reindex(full, fill_value=0).astype("Int64")
    published = arts.dt.tz_convert(None).dt.to_period(freq).dt.start_time
    articles = published.value_counts().reindex(full, fill_value=0).astype("int64")
    table.loc[articles.values == 0, :] = pd.NA  # no article that period: a gap, not 0
    table.index.name, table.columns.name = "period", None
    table.attrs["freq"] = freq
    table.attrs["articles"] = [int(n) for n in articles.values]
    return table


def actor_cooccurrence(corpus, *, top: int = 12,
                       labels: Iterable[str] | None = ("PERSON", "ORG", "GPE")) -> pd.DataFrame:
    """Number of articles in which two of the ``top`` actors are both mentioned (diagonal: the
    actor's own article count)."""
    ents = _cols(corpus, "entities", ["article_id", "actor"]).dropna(subset=["actor"])
    if labels is not None:
        label_of = _actor_label(corpus)
        ents = ents[ents["actor"].map(label_of).isin(list(labels))]
    if ents.empty:
        return pd.DataFrame(dtype="int64")
    order = ents.groupby("actor")["article_id"].nunique().sort_values(
        ascending=False, kind="stable").head(top).index
    ents = ents[ents["actor"].isin(order)]  # the top cut first: never articles × all actors
    present = pd.crosstab(ents["article_id"], ents["actor"]).reindex(columns=order,
                                                                     fill_value=0).clip(upper=1)
    table = present.T.dot(present).astype("int64")
    table.index.name, table.columns.name = "actor", "actor"
    return table


# ---- gender ----------------------------------------------------------------------------------

def _person_quotes(corpus, columns: Sequence[str]) -> pd.DataFrame:
    q = _cols(corpus, "quotes", ["speaker_type", *columns])
    return q[q["speaker_type"] == "person"]



def gender_share(corpus, *, by: str | None = None, weight: str = "sources", min_count: int = 1,
                 top_groups: int = 12) -> pd.DataFrame:
    """Share of the people quoted by gender: overall (one row "All articles"), per outlet
    (``by="source"``) or per month (``by="month"``, in time order).

    Args:
        weight: ``"sources"`` (default): the people quoted per article — each named person
            counts once in each article that quotes them, however many quotes they have there
            (rows of ``corpus.sources``: PERSON actors only), the figure researchers report as
            "the share of sources who are women"; ``"quotes"``: every quote of a person
            (``speaker_type == "person"``, named or not), so a person quoted ten times in one
            article counts ten times.
        min_count: groups with fewer sources (or quotes) are left out.
        top_groups: the largest outlets kept (``by="source"``).

    Returns:
        Rows = groups, columns ``female, male, unknown`` (shares summing to 1), the row's count
        (a column named after ``weight``: ``sources`` or ``quotes``) and ``female_of_known``
        (women's share of those whose gender is known; NaN when none is).
    """
    if weight == "sources":
        q = _cols(corpus, "sources", ["article_id", "gender"]).rename(
            columns={"gender": "speaker_gender"})
    elif weight == "quotes":
        q = _person_quotes(corpus, ["article_id", "speaker_gender"])
    else:
        raise ValueError(f"unknown weight={weight!r}; expected 'sources' or 'quotes'")
    if by is None:
        groups = pd.Series("All articles", index=q.index)
    elif by == "source":
        groups = q["article_id"].map(_outlet(corpus))
    elif by == "month":
        dates = pd.to_datetime(_cols(corpus, "articles", ["article_id", "published"])
                               .set_index("article_id")["published"], utc=True)
        groups = q["article_id"].map(dates).dt.strftime("%Y-%m")  # NaT: no date, left out
    else:
        raise ValueError(f"unknown by={by!r}; expected 'source', 'month' or None")
    keep = groups.notna()
    counts = pd.crosstab(groups[keep], q.loc[keep, "speaker_gender"]).reindex(
        columns=GENDER_ORDER, fill_value=0)
    totals = counts.sum(axis=1)
    counts = counts[totals >= min_count]
    totals = totals[totals >= min_count]
    order = (totals.sort_index().index if by == "month"
             else totals.sort_values(ascending=False, kind="stable").index[:top_groups])
    share = counts.loc[order].div(totals.loc[order], axis=0)
    share[weight] = totals.loc[order].astype("int64")
    known = counts.loc[order, "female"] + counts.loc[order, "male"]
    share["female_of_known"] = (counts.loc[order, "female"] / known.where(known > 0))
    share.index.name = "group"
    share.columns.name = None
    return share


def top_speakers_by_gender(corpus, *, top: int = 10) -> pd.DataFrame:
    """The ``top`` most quoted women and the ``top`` most quoted men, side by side.

    Counts the quotes typed ``person`` whose speaker's gender is ``female`` / ``male``: a
    quote attributed to the same actor as a document ("his statement said") is not counted
    here, so a person can have fewer quotes than in :func:`top_speakers`, which counts every
    quote attributed to them.

    Returns:
        Columns ``rank, female, female_quotes, female_gender_source, male, male_quotes,
        male_gender_source``: ``*_gender_source`` is the evidence that decided the person's
        gender (the actor's ``gender_source``: ``pronoun``, ``title``, ``first_name``, …); a
        side with fewer people has empty names, 0 quotes and no source below its last.
    """
    q = _person_quotes(corpus, ["speaker_actor", "speaker_gender"]).dropna(
        subset=["speaker_actor"])
    known = _actors(corpus)
    source_of = (known.set_index("actor")["gender_source"] if len(known)
                 else pd.Series(dtype=object))
    sides = {}
    for gender in ("female", "male"):
        counts = q.loc[q["speaker_gender"] == gender, "speaker_actor"].value_counts()
        counts = counts.sort_index().sort_values(ascending=False, kind="stable").head(top)
        sides[gender] = counts
    rows = max([len(c) for c in sides.values()] + [0])
    table = pd.DataFrame({"rank": range(1, rows + 1)})
    for gender, counts in sides.items():
        pad = [None] * (rows - len(counts))
        table[gender] = list(counts.index) + pad
        table[f"{gender}_quotes"] = (list(counts.values) + [0] * (rows - len(counts)))
        table[f"{gender}_quotes"] = table[f"{gender}_quotes"].astype("int64")
        table[f"{gender}_gender_source"] = [source_of.get(a) for a in counts.index] + pad
    return table


def _person_names(corpus) -> set[str]:
    """Lower-case names and aliases of the corpus's PERSON actors ("vega", "joe biden")."""
    known = _actors(corpus)
    if not len(known):
        return set()
    people = known[known["label"] == "PERSON"]
    names = set(people["actor"].str.lower())
    if "aliases" in people:
        names |= {str(a).lower() for aliases in people["aliases"]
                  if isinstance(aliases, (list, tuple, np.ndarray)) for a in aliases}
    return names


def _qualifiers(corpus) -> set[str]:
    """Lower-case names of countries, places, nationalities and political groups: the
    ``countries`` lexicon and the mentions and actors of the corpus labelled GPE, LOC or NORP
    ("united states", "us", "mexican", "republican"), with and without a possessive "'s".
    Organisations are not among them: a "senate president" is not the president."""
    from .lexicons import words

    labels = ["GPE", "LOC", "NORP"]
    names: set[str] = set()
    if getattr(corpus, "table", None) is not None or getattr(corpus, "entities", None) is not None:
        ents = _cols(corpus, "entities", ["text", "label"])
        names |= set(ents.loc[ents["label"].isin(labels), "text"].str.lower())
    known = _actors(corpus)
    if len(known):
        names |= set(known.loc[known["label"].isin(labels), "actor"].str.lower())
    names |= set(words("countries"))
    names = {" ".join(n.split()) for n in names if n.strip()}
    names = {n[4:] if n.startswith("the ") else n for n in names}
    return names | {n[:-2] for n in names if n.endswith("'s")} | {n + "'s" for n in names}


def role_names(roles: pd.Series, corpus) -> pd.Series:
    """The roles of :func:`gender_by_role`, normalised so one role is counted once.

    The rule, in this order: (1) lower-case, single spaces, no leading "the"; (2) a role
    that is a first name ("john") or the name of a PERSON actor (its name or an alias:
    "vega") is no role (None);
    (3) a role holding a person's name is cut before it: at the first word of the
    ``first_names`` lexicon followed by one or two more words of the name (a surname or
    initials: no possessive, no word found in another role such as "county"): "chief
    justice john g." -> "chief justice"; a role that starts with one ("wayne a. i.") is no
    role; (4) a leading country, place, nationality or political group (:func:`_qualifiers`:
    "united states president", "us president", "mexican president", "niger's president")
    or a trailing "of" one ("president of russia") is dropped when what is left is itself a
    role among ``roles`` — the same role ("president"); a role found nowhere bare
    ("california attorney general") is kept whole, and so is an organisation's ("senate
    president").
    """
    from .lexicons import table

    text = roles.dropna().astype(str).str.lower().str.split().str.join(" ").str.replace(
        r"^the\s+", "", regex=True)
    firsts = set(table("first_names"))
    people = _person_names(corpus)

    # a word of two roles or more is a role word ("county": "county sheriff"), not a name's
    role_words = pd.Series([w for r in set(text) for w in set(r.split())]).value_counts()
    shared = set(role_words[role_words > 1].index)

    def cut_name(role: str) -> str | None:
        if role in people or role in firsts:  # "vega", "john": a name, not a role
            return None
        parts = role.split()
        for i, word in enumerate(parts[:-1]):
            rest = parts[i + 1:]
            if word in firsts and len(rest) <= 2 and not any(
                    w.endswith("'s") or w in shared for w in rest):
                return " ".join(parts[:i]) or None
        return role

    text = text.map(cut_name)
    known = set(text.dropna())
    places = _qualifiers(corpus)

    def bare(role: str | None) -> str | None:
        if role is None:
            return None
        parts = role.split()
        for i in range(1, len(parts)):
            head, rest = " ".join(parts[:i]), " ".join(parts[i:])
            if head in places and rest in known:
                return rest
            if parts[i - 1] == "of" and rest in places and " ".join(parts[:i - 1]) in known:
                return " ".join(parts[:i - 1])
        return role

    return text.map(bare).reindex(roles.index)


def gender_by_role(corpus, *, by: str = "speaker_type", top: int = 10) -> pd.DataFrame:
    """Quotes by speaker gender per speaker type (``by="speaker_type"``: every type, only
    ``person`` has genders) or per role of named people (``by="speaker_role"``: the ``top``
    roles, normalised by :func:`role_names`: "united states president" counts as "president",
    a first name is no role).

    Returns:
        Rows = types or roles, columns ``female, male, unknown`` (integer counts) and ``quotes``.
        ``attrs["quotes"]`` is the number of quotes considered (of people, for roles) and
        ``attrs["with_role"]`` how many of them have a role.
    """
    if by == "speaker_type":
        q = _cols(corpus, "quotes", ["speaker_type", "speaker_gender"])
        groups = q["speaker_type"]
        index = [t for t in SPEAKER_TYPE_ORDER if t in set(groups)]
        considered = with_role = len(q)
    elif by == "speaker_role":
        q = _person_quotes(corpus, ["speaker_role", "speaker_gender"])
        considered = len(q)
        q = q.assign(role=role_names(q["speaker_role"], corpus)).dropna(subset=["role"])
        with_role = len(q)
        groups = q["role"]
        index = list(groups.value_counts().sort_index().sort_values(
            ascending=False, kind="stable").head(top).index)
    else:
        raise ValueError(f"unknown by={by!r}; expected 'speaker_type' or 'speaker_role'")
    table = pd.crosstab(groups, q["speaker_gender"]).reindex(
        index=index, columns=GENDER_ORDER, fill_value=0).astype("int64")
    table["quotes"] = table.sum(axis=1).astype("int64")
    table.index.name, table.columns.name = by, None
    table.attrs.update(quotes=considered, with_role=with_role)
    return table


def gender_evidence(corpus) -> pd.DataFrame:
    """How the genders were decided: quotes of named people and person actors per
    ``gender_source``, with shares (what the README reports)."""
    q = _person_quotes(corpus, ["gender_source"])
    people = corpus.actors[corpus.actors["label"] == "PERSON"]
    table = pd.DataFrame({
        "quotes": q["gender_source"].value_counts().reindex(GENDER_SOURCES, fill_value=0),
        "actors": people["gender_source"].value_counts().reindex(GENDER_SOURCES, fill_value=0),
    }).astype("int64")
    table["quote_share"] = table["quotes"] / max(int(table["quotes"].sum()), 1)
    table["actor_share"] = table["actors"] / max(int(table["actors"].sum()), 1)
    table.index.name = "gender_source"
    return table


def anonymous_quotes(corpus) -> pd.DataFrame:
    """The quotes of anonymous sources, one by one: ``quote, speaker, speaker_role, cue,
    article_id`` (reads only these columns)."""
    columns = ["quote", "speaker", "speaker_role", "cue", "article_id"]
    q = _cols(corpus, "quotes", ["speaker_type", *columns])
    return q.loc[q["speaker_type"] == "anonymous", columns].reset_index(drop=True)
