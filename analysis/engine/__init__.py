"""The per-article engine: what runs for each article, in the workers, before the store.

An article's text goes through the spaCy model and the engine's components
(:mod:`.components`: ``news_hidden``, ``news_paragraphs``, ``news_entities``, ``news_quotes``)
and comes out as records named like the table's columns (:mod:`.records`), then as that
article's ``entities`` and ``quotes`` rows (:mod:`.rows`), with raw actor names. Everything
here sees one article at a time:

* :mod:`.nlp` (finding and loading the model), :mod:`.tokenizer` (the pre-tokenisation guard),
  :mod:`.pipeline` (model + components, chunked parsing, one shard of articles to rows),
  :mod:`.budget` (the per-article time budget);
* :mod:`.entities` (mentions and their repairs), :mod:`.names` (a name's clean and matching
  forms), :mod:`.aliases` (the alias table), :mod:`.canonical` (per-article canonical names),
  :mod:`.first_names` (first-name statistics), :mod:`.acronyms` (acronyms an article defines
  as things);
* :mod:`.quotes` (the quote engine, one stage a module), :mod:`.syntax` and :mod:`.segments`
  (tree, sentence and paragraph look-ups on a Doc).

What runs once per corpus, after the store (merges, institutions, non-actors, genders, the
``actors`` table), is :mod:`analysis.assembly`; the engine never imports it, nor the store
or the runs (``tests/test_layout.py``). Nothing is imported here eagerly: spaCy imports
:mod:`.components` whenever it builds a pipeline, and that stays light.
"""
