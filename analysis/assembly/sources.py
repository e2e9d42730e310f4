"""The ``sources`` table: who is quoted, counted as researchers count it — one row per article ×
person quoted in it ("people quoted per article"), derived from the final ``quotes`` and
``actors`` tables of the corpus step.

A quote makes its speaker a source of its article when, and only when, it has a
``speaker_actor`` whose ``label`` in the ``actors`` table is ``PERSON`` — or who is a person in
that article by the article's own mentions though the corpus labels it otherwise
(:func:`own_people`, :func:`analysis.assembly.merges.article_people`: most of its mentions there
PERSON, or two he/she pronouns linked to it) — and:

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

**Co-speakers.** One quote row has one speaker, but a reader counts every named person of "A
and B said" as quoted. So, when :func:`build_sources` is given the ``entities`` table, a quote
typed ``group`` or ``person`` whose speaker phrase (``speaker``, ``[speaker_start,
speaker_end)``) holds PERSON mentions of PERSON actors joined in the phrase also makes each of
those people a source of the article, that quote counted for each ("Senators Ann Lee and Tom
Hart said", "Biden and others in the Democratic Party warned", "Both he and Commissioner
Stephen Mold urged", "Tom Hart and his wife Ann Lee told reporters"). The coordination is read
from the phrase's own text: it must contain a joining word (lexicon ``cospeaker_joiners``:
"and", "&", "both"; commas join list items) outside the names, before the first word of
lexicon ``cospeaker_stops``. Not co-speakers: a possessive owner ("Jones' lawyer Richard
Nicholls": Jones), a person after a preposition ("a spokesman for Senator X"), a relative
pronoun ("officials who met X") or a group word ("Biden and others, including Y": Y) — every
name after the first such stop word; nor a name that qualifies the lower-case noun right after
it ("New Orleans and Jefferson Parish officials said": the officials speak). A co-speaker's
``gender`` is that of their own ``person``
quotes in the article, else the actor's; the row's ``role`` is never the shared phrase's.

**One bare word and nothing else is no person.** A source whose actor is a single word
("Contrack said", "according to Rudaw") and whose article gives it no sign of a person — no
gender and no gender evidence at all (``gender`` ``unknown``, ``gender_source`` ``none``: no
he/she linked to it, no title, no role noun, no first name that decides), no ``role`` (no
descriptive phrase such as "a university student" or "the Barca midfielder") — and that is no first name of the name statistics (an
undecided "Jordan" or "Mariela" alone is still a person's) is left out: the NER's PERSON on a
one-word name is the weakest of guesses (companies, outlets and products with person-like
names), while a person reported in news almost always comes with a full name, a title, a role
or a pronoun ("Wong, a university student, said" stays; so do "Deco" with his "he" and "Mr
Ballard"). So does a word that its article writes right after a first name the statistics
decide: a full name the NER missed ("… guitarist Sergio Pizzorno …", then "Pizzorno said";
the corpus reads those few articles' texts).
Decided per (article, actor) on the grouped rows (:func:`weak_single_words`).

Cost: two vectorised masks (the type; the speaker actor among the PERSON actors, hashed) and one
group-by over the quotes kept, after a sort of them by article and offset (O(n log n) in the
quotes kept, no Python work per row); co-speakers add one merge of the group and person quotes
with the PERSON mentions (by article) and a few string operations per speaker phrase holding a
PERSON mention and a joining word. The bare-word rule: a few string masks over the grouped
rows, one name-statistics look-up per distinct weak word, and the texts of the articles of the
words still weak, each searched once per word.
"""

from __future__ import annotations

import re
from typing import Callable, Mapping

import numpy as np
import pandas as pd

from ..engine.first_names import first_name_gender, is_first_name
from ..lexicons import Lexicons, packaged
from ..schema import SOURCES

#: the quote columns :func:`build_sources` reads
SOURCE_INPUT = ["article_id", "start", "speaker_type", "speaker_actor", "speaker_role",
                "speaker_gender", "gender_source", "speaker", "speaker_start", "speaker_end"]
#: the entity columns :func:`build_sources` reads to find co-speakers
SOURCE_ENTITY_INPUT = ["article_id", "start", "end", "label", "actor", "pronouns"]

_WORD = re.compile(r"[\w&]+(?:['’]\w+)?")
_POSSESSIVE = ("'s", "’s", "'", "’")


def cospeakers(phrase: str, mentions: list[tuple[int, int, str]],
               lexicons: Lexicons | None = None) -> list[str]:
    """The people quoted together in one speaker phrase (see the module docstring).

    Args:
        phrase: the speaker phrase as written.
        mentions: ``(start, end, actor)`` of the PERSON mentions starting inside it, offsets
            relative to the phrase (an end past the phrase is cut to it).
        lexicons: where ``cospeaker_joiners`` and ``cospeaker_stops`` are read (default: the
            packaged ones).

    Returns:
        The actors joined in the phrase, in phrase order, each once; empty when the phrase
        joins nobody.
    """
    lex = lexicons or packaged()
    joiners = {w.lower() for w in lex.lists.get("cospeaker_joiners", ())}
    stops = {w.lower() for w in lex.lists.get("cospeaker_stops", ())}
    mentions = sorted((start, min(end, len(phrase)), actor) for start, end, actor in mentions
                      if 0 <= start < min(end, len(phrase)))
    masked = list(phrase)
    for start, end, _ in mentions:
        masked[start:end] = " " * (end - start)
    words = [(m.start(), m.group().lower()) for m in _WORD.finditer("".join(masked))]
    stop = next((pos for pos, word in words if word in stops), len(phrase))
    # session 23: the words up to an owner's "'s" are the owner's name ("Ernst and Young's
    # Sanjay Mehta": the "and" joins no people, Ernst is no co-speaker)
    owner = max((m.end() for m in _OWNER.finditer(phrase, 0, stop)), default=0)
    if not any(word in joiners for pos, word in words if owner <= pos < stop):
        return []
    out: list[str] = []
    for start, end, actor in mentions:
        if end > stop or start < owner or phrase.startswith(_POSSESSIVE, end) or actor in out \
                or _qualifies_noun(phrase, end, joiners):
            continue
        out.append(actor)
    return out


_OWNER = re.compile(r"['’]s\b")
_NEXT_WORD = re.compile(r" +([^\W\d_][\w'’-]*)")


def _qualifies_noun(phrase: str, end: int, joiners: set[str]) -> bool:
    """Whether the name ending at ``end`` qualifies the lower-case noun right after it ("New
    Orleans and Jefferson Parish officials", "Hart campaign aides"): the name is no speaker."""
    found = _NEXT_WORD.match(phrase, end)
    return found is not None and found.group(1)[:1].islower() \
        and found.group(1).lower() not in joiners


def _cospeaker_rows(quotes: pd.DataFrame, people: pd.Series, entities: pd.DataFrame | None,
                    lexicons: Lexicons | None) -> pd.DataFrame:
    """One row (quote position ``_quote``, ``actor``) per co-speaker of a group or person
    quote; empty without entities or speaker spans."""
    empty = pd.DataFrame({"_quote": pd.Series(dtype=np.int64), "actor": pd.Series(dtype=object)})
    need = {"speaker", "speaker_start", "speaker_end"}
    if entities is None or entities.empty or not need <= set(quotes.columns) or \
            not set(SOURCE_ENTITY_INPUT) <= set(entities.columns):
        return empty
    types = quotes["speaker_type"].astype(object)
    spans = quotes[["speaker_start", "speaker_end"]]
    mask = types.isin(["group", "person"]).to_numpy() & spans.notna().all(axis=1).to_numpy() & \
        quotes["speaker"].notna().to_numpy()
    if not mask.any():
        return empty
    cands = pd.DataFrame({"_quote": np.flatnonzero(mask),
                          "article_id": quotes["article_id"].astype(object).to_numpy()[mask],
                          "s0": spans["speaker_start"].to_numpy(dtype=np.int64, na_value=0)[mask],
                          "s1": spans["speaker_end"].to_numpy(dtype=np.int64, na_value=0)[mask]})
    ents = entities.loc[(entities["label"] == "PERSON").to_numpy()
                        & entities["actor"].isin(people).to_numpy(), SOURCE_ENTITY_INPUT]
    ents = ents.assign(article_id=ents["article_id"].astype(object),
                       start=ents["start"].astype(np.int64), end=ents["end"].astype(np.int64))
    inside = cands.merge(ents, on="article_id")
    # a mention starting inside the phrase ("… and his wife Helen" of "Helen Pryce")
    inside = inside[(inside["start"] >= inside["s0"]) & (inside["start"] < inside["s1"])]
    if inside.empty:
        return empty
    phrases = quotes["speaker"].astype(object).to_numpy()
    rows: list[tuple[int, str]] = []
    for qpos, group in inside.groupby("_quote", sort=True):
        s0 = int(group["s0"].iloc[0])
        found = cospeakers(str(phrases[qpos]),
                           list(zip((group["start"] - s0).tolist(), (group["end"] - s0).tolist(),
                                    group["actor"].tolist())), lexicons)
        rows.extend((int(qpos), actor) for actor in found)
    if not rows:
        return empty
    return pd.DataFrame(rows, columns=["_quote", "actor"])


def own_people(entities: pd.DataFrame | None, people: pd.Series,
               lexicons: Lexicons | None = None) -> set[tuple[str, str]]:
    """The (article, actor) pairs of actors labelled other than PERSON that their article's
    own mentions make a person (:func:`.merges.article_people`); none without entities."""
    from .merges import article_people

    need = {"article_id", "actor", "label"}
    if entities is None or entities.empty or not need <= set(entities.columns):
        return set()
    columns = [c for c in ("article_id", "actor", "label", "pronouns") if c in entities]
    rows = entities[columns].astype(object)
    rows = rows[rows["actor"].notna() & ~rows["actor"].isin(set(people))]
    if rows.empty:
        return set()
    counted = rows.value_counts(dropna=False, sort=False).reset_index(name="n")
    return article_people(counted, set(people), lexicons)


def build_sources(quotes: pd.DataFrame, actors: pd.DataFrame,
                  entities: pd.DataFrame | None = None,
                  lexicons: Lexicons | None = None,
                  texts: Callable[[list[str]], Mapping[str, str]] | None = None
                  ) -> pd.DataFrame:
    """The ``sources`` table (:data:`analysis.schema.SOURCES`) of these quotes.

    Args:
        quotes: the final quote rows (at least :data:`SOURCE_INPUT`; without the speaker span
            columns no co-speaker is found), with final actor names and genders, in corpus
            order (as ``Corpus.quotes``).
        actors: the ``actors`` table of the same corpus (``actor`` and ``label`` are read).
        entities: the ``entities`` rows of the same articles (:data:`SOURCE_ENTITY_INPUT`), to
            find the people quoted together in one speaker phrase (co-speakers); None: none
            are looked for.
        lexicons: where the co-speaker words are read (default: the packaged lexicons).
        texts: ``{article_id: text}`` of the articles asked for (called once, with the
            articles of the bare one-word sources only), to keep a surname whose full name
            the NER missed (:func:`weak_single_words`); None: not looked for.

    Returns:
        One row per (article, PERSON actor quoted in it); see the module docstring.
    """
    if quotes.empty or actors.empty:
        return SOURCES.frame()
    people = actors.loc[actors["label"] == "PERSON", "actor"].astype(object)
    types = quotes["speaker_type"].astype(object).to_numpy()
    document = types == "document"
    speaker = quotes["speaker_actor"].astype(object)
    named = speaker.isin(people).to_numpy()
    own = own_people(entities, people, lexicons)
    if own:  # persons by their own article's evidence (merges.article_people)
        named = named | np.fromiter(((a, x) in own for a, x in zip(
            quotes["article_id"].astype(object), speaker)), dtype=bool, count=len(quotes))
    keep = ((types == "person") | document) & named
    columns = SOURCE_INPUT[:7]
    rows = pd.DataFrame({c: quotes[c].to_numpy(dtype=object) if c != "start"
                         else quotes[c].to_numpy(dtype=np.int64)
                         for c in columns})
    # a document's row gives no gender: its person's comes from a person quote or the actor
    rows.loc[document, ["speaker_gender", "gender_source"]] = None
    article_all = pd.factorize(quotes["article_id"].astype(object))[0]
    rows = rows.assign(_article=article_all, _quote=np.arange(len(rows)))
    extra = _cospeaker_rows(quotes, people, entities, lexicons)
    rows = rows[keep]
    if not extra.empty:
        # the quote counted for each person joined in its speaker phrase, once; the gender
        # and role are theirs (their own person quotes, else the actor's), not the phrase's
        base = rows.set_index("_quote")
        added = extra.assign(article_id=quotes["article_id"].astype(object).to_numpy()[
            extra["_quote"].to_numpy()], start=quotes["start"].to_numpy(dtype=np.int64)[
            extra["_quote"].to_numpy()], speaker_type="person", speaker_role=None,
            speaker_gender=None, gender_source=None,
            _article=article_all[extra["_quote"].to_numpy()]).rename(
            columns={"actor": "speaker_actor"})
        seen = set(zip(base.index, base["speaker_actor"]))
        added = added[[(q, a) not in seen for q, a in zip(added["_quote"],
                                                         added["speaker_actor"])]]
        rows = pd.concat([rows, added[rows.columns]], ignore_index=True)
    if rows.empty:
        return SOURCES.frame()
    article_pos = rows["_article"].to_numpy()
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
    out = out[~weak_single_words(out, texts)]
    out = out.sort_values(["_article", "first_quote_start"], kind="stable")
    return SOURCES.frame(out.assign(speaker_type="person"))


def weak_single_words(rows: pd.DataFrame,
                      texts: Callable[[list[str]], Mapping[str, str]] | None = None
                      ) -> pd.Series:
    """The source rows (``article_id, actor, gender, gender_source, role``) that nothing shows to
    be a person: a one-word actor with no gender (``unknown``) and no gender evidence
    (``gender_source`` ``none``), no role and
    no first name of the name statistics (see the module docstring: "Contrack said" — not
    "Mariela said", nor "Wong, a university student, said"); with ``texts``, also not a word
    that its article writes after a first name that the statistics decide ("Sergio Pizzorno"
    that the NER missed, then "Pizzorno said": a surname).
    Vectorised: a few string and null masks over the rows; ``texts`` is asked once, for the
    articles of the rows still weak, and each of those texts searched once per word."""
    actor = rows["actor"].astype(str).str.strip()
    one_word = ~actor.str.contains(r"\s", regex=True)
    role = rows["role"].astype(object)
    no_role = role.isna() | (role.astype(str).str.strip() == "")
    undecided = rows["gender"].astype(object).fillna("unknown").eq("unknown")
    weak = one_word & undecided & (rows["gender_source"] == "none") & no_role
    if weak.any():  # a first name of the name statistics, even undecided, reads as a person
        given = {w: is_first_name(w) for w in set(actor[weak])}
        weak &= actor.map(given).eq(False)
    if texts is not None and weak.any():
        found = texts(sorted(set(rows.loc[weak, "article_id"].astype(str))))
        surname = [_after_first_name(str(found.get(str(a)) or ""), w) if flag else False
                   for a, w, flag in zip(rows["article_id"], actor, weak)]
        weak &= ~pd.Series(surname, index=rows.index, dtype=bool)
    return weak


def _after_first_name(text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` right after a capitalised first name whose gender the
    name statistics decide ("Sergio Pizzorno"): a person's surname, not a firm's name."""
    for hit in re.finditer(r"\b([A-Z][a-z]+)\s+" + re.escape(word) + r"\b", text):
        if first_name_gender(hit.group(1)) is not None:
            return True
    return False
