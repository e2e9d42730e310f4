"""Explicit settings (analysis/engine/settings.py): RowSettings decide the rows (hashed, written
to manifest.json as row_settings, read back by Corpus.read), RunOptions never are hashed; the
corpus step gets its word lists explicitly, so every documented lexicon override changes the
output — in memory and read back from a store with no argument repeated."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import pandas as pd
import pytest

import analysis
from analysis import Corpus, analyze, lexicons
from analysis.engine.settings import RowSettings, RunOptions
from analysis.runs import extract_into

ROOT = Path(analysis.__file__).resolve().parent
README = ROOT.parent / "README.md"
NOTES = ROOT.parent / "NOTES-settings.md"

Q = "\u201c{}\u201d"  # curly quotes


def _actors(corpus) -> list[str]:
    return sorted(corpus.actors["actor"])


def _actor_column(name: str, column: str) -> Callable:
    def probe(corpus):
        rows = corpus.actors[corpus.actors["actor"] == name]
        return rows[column].iat[0] if len(rows) else None
    return probe


def _quote_column(column: str) -> Callable:
    return lambda corpus: list(corpus.quotes[column])


def _entity_column(column: str) -> Callable:
    return lambda corpus: list(corpus.entities[column])


@dataclass(frozen=True)
class Case:
    """One lexicon override: a text, the override, what to look at, its value before/after."""

    text: str
    overrides: dict[str, Any]
    probe: Callable
    before: Any
    after: Any


PARLIAMENT = "Parliament voted on Tuesday. The United Kingdom will leave the bloc, Parliament said."
AIS = ("The ship switched off its Automatic Identification System (AIS) on Monday. AIS data "
       "showed the ship near Crete, officials said.")
DR = Q.format("We will rebuild the bridge,") + " Dr Andrea Rossi said on Monday."
ROLE = Q.format("We will rebuild the bridge,") + " said Andrea Rossi, the company's chairperson."
SHE = ("Andrea Rossi met Joe Biden on Monday. " + Q.format("We will rebuild the bridge,")
       + " she said.")
BIDEN = "President Joe Biden said the bridge would reopen. Joe Biden met the press on Monday."

#: every lexicon override the README documents, and every lexicon the corpus step reads
CASES: dict[str, Case] = {
    # the corpus step (analysis/assembly/)
    "not_actor_names": Case(BIDEN, {"not_actor_names": ["Joe Biden"]}, _actors,
                            ["Joe Biden"], []),
    "institution_names": Case(PARLIAMENT,
                              {"institution_names": {"Parliament": "{country} Parliament"}},
                              _quote_column("speaker_actor"),
                              ["Parliament of the United Kingdom"],
                              ["United Kingdom Parliament"]),
    "countries": Case(PARLIAMENT, {"countries": {"remove": ["United Kingdom"]}},
                      _quote_column("speaker_actor"), ["Parliament of the United Kingdom"],
                      ["Parliament"]),
    "countries_with_the": Case(PARLIAMENT, {"countries_with_the": {"remove": ["United Kingdom"]}},
                               _quote_column("speaker_actor"),
                               ["Parliament of the United Kingdom"],
                               ["Parliament of United Kingdom"]),
    "thing_nouns": Case(AIS, {"thing_nouns": {"remove": ["system"]}},
                        lambda c: "AIS" in set(c.actors["actor"]), False, True),
    "male_titles": Case(DR, {"male_titles": ["dr"]}, _actor_column("Andrea Rossi", "gender"),
                        "unknown", "male"),
    "female_titles": Case(DR, {"female_titles": ["dr"]},
                          _actor_column("Andrea Rossi", "gender"), "unknown", "female"),
    "female_role_nouns": Case(ROLE, {"female_role_nouns": ["chairperson"]},
                              _quote_column("speaker_gender"), ["unknown"], ["female"]),
    "male_role_nouns": Case(ROLE, {"male_role_nouns": ["chairperson"]},
                            _quote_column("speaker_gender"), ["unknown"], ["male"]),
    "nicknames": Case("Attorney General William Barr met the press on Monday. William Barr said "
                      "the inquiry would go on. Bill Barr later left for Texas.",
                      {"nicknames": {"bill": "bill"}},
                      lambda c: sorted(a for a in c.actors["actor"] if "Barr" in a),
                      ["William Barr"], ["Bill Barr", "William Barr"]),
    "pronoun_genders": Case(SHE, {"pronoun_genders": {"she": "m"}},
                            _actor_column("Andrea Rossi", "gender"), "female", "unknown"),
    # the engine (per article)
    "speech_verbs": Case("The mayor grumbled that the bridge would never reopen.",
                         {"speech_verbs": ["grumble"]}, _quote_column("cue_lemma"), [],
                         ["grumble"]),
    "ambiguous_speech_verbs": Case(
        "The mayor went on to add, " + Q.format("We will rebuild the bridge before the end "
                                                "of the year."),
        {"ambiguous_speech_verbs": {"remove": ["add"]}}, _quote_column("cue_lemma"), [None],
        ["add"]),
    "speaker_nouns": Case("The dossier said the bridge would close.",
                          {"speaker_nouns": {"dossier": "document"}},
                          _quote_column("speaker_type"), ["anonymous"], ["document"]),
    "quoting_verbs": Case("The mayor christened the plan " + Q.format("a bridge to nowhere at all")
                          + " on Monday.", {"quoting_verbs": ["christen"]},
                          # without it the quoted words alone are the mayor's (the verb's
                          # subject: embedded.py); as a quoting verb, "christened the plan
                          # “…”" is the reporter's whole report around them, mixed
                          _quote_column("kind"), ["direct"], ["mixed"]),
    "document_verbs": Case("The report found that the bridge would never reopen.",
                           {"document_verbs": {"remove": ["find"]}},
                           _quote_column("speaker_type"), ["document"], []),
    # (a role noun no epithet fits: "the former governor" would be Rossi's as an epithet)
    "role_time_words": Case("Police Chief Andrea Rossi signed the order on Monday. "
                            + Q.format("We will rebuild the station,")
                            + " the former police chief said.",
                            {"role_time_words": {"remove": ["former"]}},
                            _quote_column("speaker_actor"), ["Andrea Rossi"], [None]),
    # (a deputy holds another role: "the mayor" is not Deputy Mayor Rossi unless "deputy" is
    # no rank word)
    "rank_words": Case("Deputy Mayor Andrea Rossi opened the new library on Monday. The mayor "
                       "said the city would borrow more next year.",
                       {"rank_words": {"remove": ["deputy"]}},
                       _quote_column("speaker_actor"), [None], ["Andrea Rossi"]),
    "titles": Case("Governor Andrea Rossi met Joe Biden on Monday.",
                   {"titles": {"remove": ["governor"]}}, lambda c: c.entities["text"].iat[0],
                   "Governor Andrea Rossi", "Andrea Rossi"),
    "organisation_nouns": Case("Militant groups, including Kataeb Hezbollah and Kataeb Sayyid "
                               "al-Shuhada, claimed the attack.",
                               {"organisation_nouns": {"remove": ["groups", "group"]}},
                               _actor_column("Kataeb Hezbollah", "label"), "ORG", "PERSON"),
    # (session 26: "The Scot" untagged by the NER is a nationality epithet of the manager)
    "nationality_nouns": Case("Everton manager David Moyes will discipline striker James "
                              "Beattie for his headbutt on Chelsea defender William Gallas.\n\n"
                              "The Scot initially defended Beattie, saying Gallas overreacted.",
                              {"nationality_nouns": {"remove": ["Scot"]}},
                              _quote_column("speaker_actor"), ["David Moyes"], [None]),
    "organisation_member_nouns": Case("The Spurs sporting director said the decision was made "
                                      "on Sunday. " + Q.format("We thank him for his work,")
                                      + " Spurs said.",
                                      {"organisation_member_nouns": {"remove": ["director"]}},
                                      _actor_column("Spurs", "label"), "ORG", "PERSON"),
    # (session 23: post-nominal letters are no part of a person's name)
    "post_nominals": Case("Andrea Rossi QC said the bridge would reopen on Monday.",
                          {"post_nominals": {"remove": ["qc"]}}, _quote_column("speaker_actor"),
                          ["Andrea Rossi"], ["Andrea Rossi QC"]),
    # (session 23: a one-word name after a maker of things is a company, not after a maker of
    # people)
    "person_maker_nouns": Case("Games maker Valve said the new title would ship in March.",
                               {"person_maker_nouns": ["games maker"]},
                               _actor_column("Valve", "label"), "ORG", "PERSON"),
    # (session 24: a name compounded with a spokesperson noun is an organisation's)
    "organisation_voice_nouns": Case(
        "Kessler has said it will appeal against the ruling. Kessler spokesman Ivan Petrov told "
        "reporters the auction was illegal. Kessler said the sale would ruin it.",
        {"organisation_voice_nouns": {"remove": ["spokesman"]}},
        _actor_column("Kessler", "label"), "ORG", "PERSON"),
    "first_names": Case(SHE, {"first_names": {"andrea": "m"}},
                        _quote_column("speaker_actor"), ["Andrea Rossi"], [None]),
    # lists the README names in plain words with their .toml file
    "named_thing_nouns": Case("Andrea Rossi Hospital said the bridge would reopen on Monday.",
                              {"named_thing_nouns": {"hospital": "FAC"}},
                              _actor_column("Andrea Rossi Hospital", "label"), "ORG", "FAC"),
    # (not a speaker: a speaker phrase's name is read from its syntax, occupation or not)
    "name_occupations": Case("Broadcaster Piers Morgan met the mayor on Monday.",
                             {"name_occupations": {"remove": ["broadcaster"]}},
                             lambda c: list(c.actors["actor"]), ["Piers Morgan"],
                             ["Broadcaster Piers Morgan"]),
    "title_nouns": Case("Gov. Andrea Rossi signed the bill on Monday. "
                        + Q.format("We will rebuild the bridge,") + " the governor said.",
                        {"title_nouns": {"gov": "mayor"}}, _quote_column("speaker_actor"),
                        ["Andrea Rossi"], [None]),
    "epithet_nouns": Case("Andrea Rossi starred in the new film by the Italian director. "
                          + Q.format("The last scene was the hardest of my life,")
                          + " the actress said.", {"epithet_nouns": {"remove": ["actress"]}},
                          _quote_column("speaker_actor"), ["Andrea Rossi"], [None]),
    "organisation_anaphor_nouns": Case("Harbour Foods Ltd is cutting 300 jobs in Leeds. The "
                                       "firm said demand had fallen.",
                                       {"organisation_anaphor_nouns": {"remove": ["firm"]}},
                                       _quote_column("speaker_actor"), ["Harbour Foods Ltd"],
                                       [None]),
    "not_speaker_labels": Case("ROSSI: We will rebuild the bridge before the end of the year, "
                               "and we will pay for it.", {"not_speaker_labels": ["ROSSI"]},
                               _quote_column("speaker"), ["ROSSI"], []),
    # (session 19: "everyone" speaks by default, a quantifier_speakers word; the override adds
    # it back to the list)
    "not_speakers": Case("The mayor said the bridge would reopen. Everyone said the bridge "
                         "would reopen.", {"not_speakers": ["everyone"]},
                         _quote_column("speaker"), ["The mayor", "Everyone"],
                         ["The mayor", None]),
    # session 19: a quantifier subject of the speech verb speaks as a group; without the word
    # it is read as a pronoun again
    "quantifier_speakers": Case("Everyone said the bridge would reopen on Monday.",
                                {"quantifier_speakers": {"remove": ["everyone"]}},
                                _quote_column("speaker_type"), ["group"], ["pronoun"]),
    # session 19: the writer's concession after the reported clause is not the speaker's words
    "aside_concessions": Case("Mayor Andrea Rossi said the bridge would reopen in May, even as he "
                              "criticised the contractor for the delays.",
                              {"aside_concessions": {"remove": ["even as"]}},
                              _quote_column("quote"), ["the bridge would reopen in May"],
                              ["the bridge would reopen in May, even as he criticised the "
                               "contractor for the delays"]),
    "anonymity_phrases": Case("Two officials who declined to be named said the bridge would "
                              "reopen.",
                              {"anonymity_phrases": {"remove": ["declined to be named"]}},
                              _quote_column("speaker_type"), ["anonymous"], ["group"]),
    "head_cut_words": Case(Q.format("The grid will help researchers,") + " said Elain Rusk, "
                           "programme director at the Doris Duke Foundation. "
                           + Q.format("It will inspire us,") + " she added.",
                           {"head_cut_words": {"remove": ["at"]}},
                           _actor_column("Elain Rusk", "gender"), "female", "unknown"),
    # session 21: a participle on an organisation object speaks for the verb's subject, unless
    # the verb shows or quotes it
    "depicting_verbs": Case("The councillor also left UKIP saying the party had lost its way.",
                            {"depicting_verbs": {"add": ["leave"]}},
                            _quote_column("speaker"), ["The councillor"], ["UKIP"]),
    "org_words": Case("Lee Partners said the bridge would reopen.", {"org_words": ["partners"]},
                      _actor_column("Lee Partners", "label"), "PERSON", "ORG"),
    "named_place_openers": Case("Hikers climbed Mount Andrea Rossi on Monday.",
                                {"named_place_openers": {"mount": "FAC"}},
                                _actor_column("Mount Andrea Rossi", "label"), "LOC", "FAC"),
    "inner_name_particles": Case("Hamad bin Jassim met Joe Biden on Monday. "
                                 + Q.format("We will rebuild the bridge,") + " bin Jassim said.",
                                 {"inner_name_particles": {"remove": ["bin"]}},
                                 _quote_column("speaker_actor"), ["Hamad bin Jassim"],
                                 ["bin Jassim"]),
    "naming_words": Case("A student named Okafor said the hall was full on Monday.",
                         {"naming_words": {"remove": ["named"]}},
                         _quote_column("speaker_actor"), ["Okafor"], [None]),
    "honorifics": Case("Mr Washington said the bridge would reopen on Monday.",
                       {"honorifics": {"remove": ["mr"]}}, _quote_column("speaker_type"),
                       ["person"], ["organization"]),
    "work_nouns": Case("Andrea Rossi directed the film Sophia Marchetti last year. The film "
                       "Sophia Marchetti won a prize on Monday. "
                       + Q.format("It took me a long time to finish it,") + " she said.",
                       {"work_nouns": {"remove": ["film"]}}, _quote_column("speaker_actor"),
                       ["Andrea Rossi"], ["Sophia Marchetti"]),
    "character_cues": Case("The awards were handed out on Sunday night. Best actress went to "
                           "Priya Natarajan for her role as the rebel nurse Edith Cavell in "
                           "Dawn. " + Q.format("I did not expect this at all,")
                           + " she told the audience.",
                           {"character_cues": {"remove": ["role as"]}},
                           _quote_column("speaker_actor"), ["Priya Natarajan"],
                           ["Edith Cavell"]),
    "character_description_stops": Case("The awards were handed out on Sunday night. Best "
                                        "actress went to Priya Natarajan for her role as "
                                        "adviser to Edith Cavell in Dawn. "
                                        + Q.format("I did not expect this at all,")
                                        + " she told the audience.",
                                        {"character_description_stops": {"remove": ["to"]}},
                                        _quote_column("speaker_actor"), ["Edith Cavell"],
                                        ["Priya Natarajan"]),
    "share_hedges": Case("Two in five voters said the plan was fair, but about one in six said "
                         "it was unfair.", {"share_hedges": {"remove": ["about"]}},
                         _quote_column("speaker"), ["Two in five voters", "about one in six"],
                         ["Two in five voters", "Two in five voters"]),
    "appeal_speech_verbs": Case("The new subsidy encouraged farmers to plant more wheat this "
                                "spring.", {"appeal_speech_verbs": {"remove": ["encourage"]}},
                                _quote_column("cue_lemma"), [], ["encourage"]),
    "infinitive_speech_verbs": Case("Andrea Rossi urged the council to reopen the bridge "
                                    "before the winter.",
                                    {"infinitive_speech_verbs": {"remove": ["urge"]}},
                                    _quote_column("cue_lemma"), ["urge"], []),
    "addressee_speech_verbs": Case("Andrea Rossi was stopped at the airport on Sunday and told "
                                   "she could not board the flight.",
                                   {"addressee_speech_verbs": {"remove": ["tell"]}},
                                   _quote_column("speaker"), [None], ["Andrea Rossi"]),
    "workplace_words": Case("A new chef joined Ifeoma Nwosu last month. Ifeoma Nwosu said she "
                            "was delighted with the menu.",
                            {"workplace_words": {"remove": ["joined"]}},
                            _quote_column("speaker_type"), ["organization"], ["person"]),
    "quote_confidence": Case(Q.format("We will rebuild the bridge before the winter comes,")
                             + " the mayor said.",
                             {"quote_confidence": {"direct|verb|anonymous|same|medium": "0.123"}},
                             lambda c: [round(v, 3) == 0.123 for v in c.quotes["confidence"]],
                             [False], [True]),
    "furniture_prefixes": Case("WATCH: Mayor says the bridge will reopen in May\n\nThe council "
                               "met on Monday to discuss the bridge.",
                               # "watch -" too: the engine reads any kicker of a prefix
                               # ("WATCH: …" is the kicker of "watch -" written another way)
                               {"furniture_prefixes": {"remove": ["watch:", "watch -"]}},
                               _quote_column("cue"), [], ["says"]),
    "furniture_lines": Case("The mayor says the bridge will reopen in May\n\nThe council met on "
                            "Monday to discuss the bridge.",
                            {"furniture_lines": ["the mayor says the bridge will reopen in may"]},
                            _quote_column("cue"), ["says"], []),
    "withheld_nouns": Case("The judge denied bail to the teenager on Monday.",
                           {"withheld_nouns": {"remove": ["bail"]}}, _quote_column("cue_lemma"),
                           [], ["deny"]),
    "saying_subjects": Case("Rovers won 2-1. It is, as they say, a game of two halves.",
                            {"saying_subjects": {"remove": ["they"]}}, _quote_column("cue_lemma"),
                            [], ["say"]),
    "won_nouns": Case("Andrea Rossi claimed her third world title in Doha on Sunday.",
                      {"won_nouns": {"remove": ["title"]}}, _quote_column("cue_lemma"), [],
                      ["claim"]),
    "furniture_kicker_words": Case("The council met on Monday.\n\nWatch below: Mayor says the "
                                   "bridge will reopen in May\n\nThe council met again on "
                                   "Friday.",
                                   {"furniture_kicker_words": {"remove": ["below"]}},
                                   _quote_column("cue"), [], ["says"]),
    "furniture_frames": Case("The council met on Monday.\n\nThe post Mayor says the bridge "
                             "will reopen in May appeared first on City News.",
                             {"furniture_frames": {"remove": ["The post … appeared first on …"]}},
                             _quote_column("cue"), [], ["says"]),
    "own_article_nouns": Case("The council met on Monday. An earlier version of this story said "
                              "the bridge would reopen in May.",
                              {"own_article_nouns": {"remove": ["version", "story"]}},
                              _quote_column("cue"), [], ["said"]),
    "note_prefixes": Case("The council met on Monday.\n\nEditor’s note: The mayor says the "
                          "bridge will reopen in May.\n\nThe council met again on Friday.",
                          {"note_prefixes": {"remove": ["editor's note"]}},
                          _quote_column("cue"), [], ["says"]),
    "title_small_words": Case("Mayor Says the Bridge Will Reopen in May\n\nThe council met on "
                              "Monday to discuss the bridge.",
                              {"title_small_words": {"remove": ["the", "in"]}},
                              _quote_column("cue"), [], ["Says"]),
    "clause_speech_verbs": Case("The mayor expressed that the bridge would reopen in May.",
                                {"clause_speech_verbs": {"remove": ["express"]}},
                                _quote_column("cue_lemma"), ["express"], []),
    "addressing_verbs": Case("Andrea Rossi emailed supporters saying the bridge "
                             "would reopen in May.",
                             {"addressing_verbs": {"remove": ["email"]}},
                             _quote_column("speaker"), ["Andrea Rossi"], ["supporters"]),
    "citing_verbs": Case("Reuters cited Andrea Rossi as saying the bridge would reopen in May.",
                         {"citing_verbs": {"remove": ["cite"]}},
                         _quote_column("speaker_actor"), ["Andrea Rossi"], ["Reuters"]),
    # a quote after "X's advice was," is X's (embedded.owned_words)
    "owned_speech_nouns": Case("The coach's advice to his players was, "
                               + Q.format("Never play for the draw when you can win."),
                               {"owned_speech_nouns": {"remove": ["advice"]}},
                               lambda c: [s if isinstance(s, str) else None
                                          for s in c.quotes["speaker"]],
                               ["The coach's"], [None]),
    "nominal_speech_cues": Case("Fact-checkers examined the mayor's claim that crime had "
                                "fallen by half since 2019.",
                                {"nominal_speech_cues": {"remove": ["claim"]}},
                                _quote_column("cue_lemma"), ["claim"], []),
    # a report after "while" is a clause of its own, cut off the report before it (cues.py)
    "contrast_conjunctions": Case("Only 52 percent of voters agreed that the mayor is in good "
                                  "health, while 73 percent said the same of her rival.",
                                  {"contrast_conjunctions": {"remove": ["while"]}},
                                  _quote_column("quote"), ["the mayor is in good health"],
                                  ["the mayor is in good health, while 73 percent said the "
                                   "same of her rival"]),
    # a clause opened by "because" after a cue set off by commas carries the report on
    # (parenthetical._continuing_clause, session 27)
    "continuing_conjunctions": Case("The levy is unfair, the farmers argue, because it falls on "
                                    "the smallest growers.",
                                    {"continuing_conjunctions": {"remove": ["because"]}},
                                    _quote_column("quote"),
                                    ["The levy is unfair, the farmers argue, because it falls on "
                                     "the smallest growers"], ["The levy is unfair"]),
    # a that-clause hung on a speech verb's object is reported only after an addressee or a
    # noun of what is said or thought (cues._told)
    "content_nouns": Case("The senator repeated the idea that the program had failed.",
                          {"content_nouns": {"remove": ["idea"]}},
                          _quote_column("cue_lemma"), ["repeat"], []),
    "speech_occasions": Case("The club added in a brief statement that its manager had "
                             "resigned with immediate effect.",
                             {"speech_occasions": {"remove": ["statement"]}},
                             _quote_column("cue_lemma"), ["add"], []),
    # a quote in the object of a verb whose subject can speak is that subject's (embedded.py);
    # whether a common noun can speak is read from its ending (agents.can_speak)
    "person_noun_endings": Case("The librarian thanked the volunteers for "
                                + Q.format("stepping up and taking action when nobody else would."),
                                {"person_noun_endings": {"remove": ["ian"]}},
                                _quote_column("speaker"), ["The librarian"], [None]),
    "thing_noun_endings": Case("The movement thanked the volunteers for "
                               + Q.format("stepping up and taking action when nobody else would."),
                               {"thing_noun_endings": {"remove": ["ment"]}},
                               _quote_column("speaker"), [None], ["The movement"]),
    "evaluative_speech_verbs": Case("Andrea Rossi blamed the council for the collapse of the "
                                    "bridge.",
                                    {"evaluative_speech_verbs": {"remove": ["blame"]}},
                                    _quote_column("cue_lemma"), ["blame"], []),
    "as_clause_time_verbs": Case("As Andrea Rossi replied, the mayor left the room.",
                                 {"as_clause_time_verbs": {"remove": ["reply"]}},
                                 _quote_column("cue_lemma"), [], ["reply"]),
    "object_speech_verbs": Case("Senator Anna Berg announced her resignation on Monday.",
                                {"object_speech_verbs": {"remove": ["announce"]}},
                                _quote_column("cue_lemma"), ["announce"], []),
    "stance_speech_verbs": Case("Andrea Rossi spoke out against the closure of the bridge.",
                                {"stance_speech_verbs": {"remove": ["speak"]}},
                                _quote_column("cue_lemma"), ["speak out"], []),
    "married_titles": Case("Michael Howard's wife, Sandra, campaigned in Leeds on Monday. "
                           + Q.format("We will rebuild the bridge,") + " Mrs Howard said.",
                           {"married_titles": {"remove": ["mrs"]}},
                           _quote_column("speaker_actor"), ["Howard"], ["Michael Howard"]),
    # a full name after a possessive and a kinship noun is a relative named in passing: a bare
    # surname goes to the other person of that surname (canonical.py rule 3, session 25)
    "kinship_nouns": Case("Marta Kovalenko opened her office on Tuesday. Her husband, Peter "
                          "Kovalenko, stood beside her. " + Q.format("We are in this race to win,")
                          + " Kovalenko said.",
                          {"kinship_nouns": {"remove": ["husband"]}},
                          _quote_column("speaker_actor"), ["Marta Kovalenko"],
                          ["Peter Kovalenko"]),
    "cospeaker_joiners": Case("Senators Andrea Rossi and Tom Hart said the bridge would reopen "
                              "on Monday.", {"cospeaker_joiners": {"remove": ["and"]}},
                              lambda c: sorted(c.sources["actor"]),
                              ["Andrea Rossi", "Tom Hart"], []),
    "cospeaker_stops": Case("Tom Hart and residents near Andrea Rossi said the bridge would "
                            "reopen on Monday.", {"cospeaker_stops": {"remove": ["near"]}},
                            lambda c: sorted(c.sources["actor"]), ["Tom Hart"],
                            ["Andrea Rossi", "Tom Hart"]),
    "royal_titles": Case(Q.format("We must protect the oceans for our grandchildren,")
                         + " Prince Charles said on Monday.",
                         {"royal_titles": {"remove": ["prince"]}},
                         _quote_column("speaker_actor"), ["Prince Charles"], ["Charles"]),
    "person_titles": Case("Gov. Israel said the bridge would reopen on Monday.",
                          {"person_titles": {"remove": ["gov"]}},
                          _entity_column("label"), ["PERSON", "DATE"], ["GPE", "DATE"]),
    # page furniture and labels (analysis/engine/quotes/furniture.py, labels.py)
    "label_openers": Case("Locals still talk about the plan dubbed "
                          + Q.format("a bridge to nowhere for the whole town") + " every day.",
                          {"label_openers": ["dubbed"]}, _quote_column("quote"),
                          ["a bridge to nowhere for the whole town"], []),
    "sign_nouns": Case("Protesters waved umbrellas reading "
                       + Q.format("we will not pay for this bridge") + " outside the hall.",
                       {"sign_nouns": ["umbrellas"]}, _quote_column("quote"),
                       ["we will not pay for this bridge"], []),
    "label_nouns": Case("The slogan " + Q.format("we will not pay for this bridge")
                        + " appeared on every leaflet in the town.",
                        {"label_nouns": {"remove": ["slogan"]}}, _quote_column("quote"), [],
                        ["we will not pay for this bridge"]),
    "label_determiners": Case("The slogan " + Q.format("we will not pay for this bridge")
                              + " appeared on every leaflet in the town.",
                              {"label_determiners": {"remove": ["the"]}}, _quote_column("quote"),
                              [], ["we will not pay for this bridge"]),
    # (session 23: an apostrophe eliding a word's first letters is no quotation mark; without
    # "bot" the two apostrophes pair and garble both reports)
    "elided_words": Case("The firm said it had found 'bot nets of hijacked machines, and the "
                         "police say 'bot nets are hard to trace.",
                         {"elided_words": {"remove": ["bot"]}}, _quote_column("quote"),
                         ["it had found 'bot nets of hijacked machines",
                          "'bot nets are hard to trace"],
                         ["it had found 'bot nets of hijacked machines, and the police say"]),
    "sign_verbs": Case("Protesters carried banners showing "
                       + Q.format("we will not pay for this bridge") + " outside the hall.",
                       {"sign_verbs": ["showing"]}, _quote_column("quote"),
                       ["we will not pay for this bridge"], []),
    "label_verbs": Case("The council approved what critics mock as "
                        + Q.format("a bridge to nowhere for the whole town") + " on Monday.",
                        {"label_verbs": ["mock as"]}, _quote_column("quote"),
                        ["a bridge to nowhere for the whole town"], []),
    "label_subjects": Case("The council approved what motorists call "
                           + Q.format("a bridge to nowhere for the whole town") + " on Monday.",
                           {"label_subjects": ["motorists"]}, _quote_column("quote"),
                           ["a bridge to nowhere for the whole town"], []),
    "label_participles": Case("The bridge, praised as "
                              + Q.format("a triumph of modern engineering for the whole region")
                              + ", opened on Monday.", {"label_participles": ["praised as"]},
                              _quote_column("quote"),
                              ["a triumph of modern engineering for the whole region"], []),
    "label_agent_words": Case("The bridge was billed as "
                              + Q.format("the longest bridge in the whole of Europe")
                              + " via the council website.", {"label_agent_words": ["via"]},
                              _quote_column("quote"), [],
                              ["the longest bridge in the whole of Europe"]),
    "label_passive_words": Case("The bridge was hugely billed as "
                                + Q.format("the longest bridge in the whole of Europe")
                                + " before it opened.",
                                {"label_passive_words": {"add": ["hugely"]}},
                                _quote_column("quote"),
                                ["the longest bridge in the whole of Europe"], []),
}


def _documented() -> set[str]:
    """The lexicons the README (and this change's README text) names as overridable — in
    backticks or as a key of the override example — and every lexicon the corpus step reads
    (a name in a string literal of analysis/assembly/)."""
    names = set(lexicons.lexicon_names())
    found = set()
    for doc in (README, NOTES):
        if doc.is_file():
            text = doc.read_text(encoding="utf-8")
            found |= {n for n in re.findall(r"`([a-z_]+)(?:\.[a-z]+)?`", text) if n in names}
            found |= {n for n in re.findall(r'"([a-z_]+)":', text) if n in names}
    for path in (ROOT / "assembly").rglob("*.py"):
        found |= {n for n in re.findall(r'"([a-z_]+)"', path.read_text(encoding="utf-8"))
                  if n in names}
    found |= {n for n in re.findall(r"``([a-z_]+)``", lexicons.__doc__ or "") if n in names}
    return found


def test_every_documented_lexicon_override_has_a_case():
    documented = _documented()
    # the corpus step's lists are among them (found in analysis/assembly/ itself)
    assert {"not_actor_names", "institution_names", "thing_nouns", "countries",
            "female_titles", "male_titles", "female_role_nouns", "male_role_nouns"} <= documented
    missing = documented - set(CASES)
    assert not missing, f"documented lexicon override(s) without a test case: {sorted(missing)}"


def _tables(corpus) -> dict[str, pd.DataFrame]:
    return {name: getattr(corpus, name).reset_index(drop=True)
            for name in ("articles", "entities", "actors", "quotes")}


@pytest.mark.parametrize("name", sorted(CASES))
def test_an_override_changes_the_output_in_memory_and_read_back(name, nlp, tmp_path):
    case = CASES[name]
    assert case.probe(analyze(case.text)) == case.before
    changed = analyze(case.text, lexicons=case.overrides)
    assert case.probe(changed) == case.after
    # through a store, read back with no argument repeated: the same tables
    store = tmp_path / "store"
    extract_into(case.text, store, lexicons=case.overrides)
    read = Corpus.read(store)
    assert case.probe(read) == case.after
    for table, frame in _tables(changed).items():
        pd.testing.assert_frame_equal(_tables(read)[table], frame, check_dtype=False,
                                      obj=table)


def test_the_corpus_step_ignores_ambient_lexicons(nlp):
    """Only the run's own overrides count: lexicons made active around analyze() do not reach
    the corpus step (the components scope their own to each call)."""
    with lexicons.use_lexicons({"not_actor_names": ["Joe Biden"]}):
        corpus = analyze(BIDEN)
    assert _actors(corpus) == ["Joe Biden"]


def test_no_code_outside_the_components_reads_the_ambient_lexicons():
    ambient = re.compile(r"lexicons\.(words|table|derived|active|use_lexicons)\(|"
                         r"from \.+lexicons import [^\n]*\b(words|table|derived|active)\b")
    files = [*(ROOT / "assembly").rglob("*.py"), ROOT / "runs.py", ROOT / "stored.py",
             ROOT / "corpus.py", ROOT / "engine" / "acronyms.py", ROOT / "engine" / "settings.py"]
    found = [f"{p.relative_to(ROOT)}: {m.group(0)}" for p in files
             for m in ambient.finditer(p.read_text(encoding="utf-8"))]
    assert not found


def test_a_time_limit_change_reparses_nothing(nlp, tmp_path):
    store = tmp_path / "store"
    first, _ = extract_into(BIDEN, store, time_limit=60)
    again, _ = extract_into(BIDEN, store, time_limit=120)
    assert first["parsed"] == 1
    assert again["parsed"] == 0 and again["reused"] == 1
    assert again["fingerprint"] == first["fingerprint"]
    corpus = analyze(BIDEN, store=store, time_limit=None)
    assert corpus.meta["parsed"] == 0 and corpus.meta["fingerprint"] == first["fingerprint"]
    # a row setting does re-parse
    other, _ = extract_into(BIDEN, store, lexicons={"not_actor_names": ["Joe Biden"]})
    assert other["parsed"] == 1 and other["fingerprint"] != first["fingerprint"]


def test_the_manifest_holds_the_row_settings(nlp, tmp_path):
    store = tmp_path / "store"
    aliases = {"Beeb": ("BBC", "ORG")}
    overrides = {"not_actor_names": ["Joe Biden"], "speaker_nouns": {"pundit": "group"}}
    analyze(BIDEN, store=store, aliases=aliases, lexicons=overrides, time_limit=30)
    manifest = json.loads((store / "manifest.json").read_text(encoding="utf-8"))
    expected = RowSettings.build(aliases=aliases, lexicons=overrides)
    assert manifest["row_settings"] == expected.as_dict()
    assert manifest["row_settings"] == {
        "aliases": [["Beeb", "BBC", "ORG"]],
        "lexicons": {"not_actor_names": {"add": ["Joe Biden"], "remove": []},
                     "speaker_nouns": {"merge": [["pundit", "group"]]}},
        "thresholds": {}}
    assert "time_limit" not in json.dumps(manifest["row_settings"])
    assert RowSettings.from_dict(manifest["row_settings"]) == expected


def test_the_row_settings_key_is_canonical():
    one = RowSettings.build(aliases={"Beeb": "BBC", "Auntie": ("BBC", "org")},
                            lexicons={"speech_verbs": ["grumble"],
                                      "speaker_nouns": {"pundit": "group", "wonk": "group"}})
    two = RowSettings.build(aliases=pd.DataFrame({"alias": ["Beeb", "Auntie"],
                                                  "canonical": ["BBC", "BBC"],
                                                  "label": [None, "ORG"]}),
                            lexicons={"speaker_nouns": {"pundit": "group", "wonk": "group"},
                                      "speech_verbs": ["grumble"]})
    assert one.key() == two.key() and one == two
    assert one.key() == json.dumps(json.loads(one.key()), sort_keys=True, separators=(",", ":"))
    assert RowSettings().key() == RowSettings.build().key() == \
        '{"aliases":[],"lexicons":{},"thresholds":{}}'
    assert RowSettings.from_dict(json.loads(one.key())) == one
    # the same in another process (no hash randomisation, no set order)
    code = ("from analysis.engine.settings import RowSettings as R; print(R.build(aliases="
            "{'Beeb': 'BBC', 'Auntie': ('BBC', 'org')}, lexicons={'speaker_nouns': "
            "{'wonk': 'group', 'pundit': 'group'}, 'speech_verbs': ['grumble']}).key())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env={"PYTHONHASHSEED": "123",
                                          "PYTHONPATH": str(ROOT.parent)})
    assert out.stdout.strip() == one.key()


def test_run_options_are_checked_and_never_row_settings():
    assert RunOptions().time_limit == 60
    with pytest.raises(ValueError, match="time budget"):
        RunOptions(time_limit=0)
    with pytest.raises(ValueError, match="max_chars"):
        RunOptions(max_chars=-1)
    with pytest.raises(ValueError, match="unknown threshold 'min_words'"):
        RowSettings.build(thresholds={"min_words": 2})
    with pytest.raises(ValueError, match="whole number"):
        RowSettings.build(thresholds={"min_quote_words": 1.5})


def test_thresholds_reach_the_quote_component(nlp):
    from analysis.engine.pipeline import component_config, news_pipeline

    # a two-word quote after a colon far from its cue (a short quote framed by a cue right
    # after it, "“Never again,” the mayor said.", or right before it, "The mayor said: “Never
    # again.”", is kept whatever the threshold: short_quotes.py)
    text = ("The mayor said at the end of the long meeting: " + Q.format("Never again.")
            + " The council agreed.")
    default = news_pipeline(None, component_config())(text)
    loose = news_pipeline(None, component_config(
        RowSettings.build(thresholds={"min_quote_words": 1})))(text)
    assert [q.text for q in default._.quotes] == []
    assert [q.text for q in loose._.quotes] == ["Never again."]
    assert RowSettings.build(thresholds={"min_quote_words": 1}).key() != RowSettings().key()


def test_corpus_read_uses_the_recorded_aliases_and_an_explicit_argument_wins(nlp, tmp_path):
    store = tmp_path / "store"
    text = "President Joe Biden said the bill would pass. Biden met the press on Monday."
    aliases = {"Joe Biden": ("Joe Biden", "ORG")}  # a user row's label wins the label vote
    memory = analyze(text, aliases=aliases)
    assert memory.actors[["actor", "label"]].values.tolist() == [["Joe Biden", "ORG"]]
    extract_into(text, store, aliases=aliases)
    read = Corpus.read(store)
    pd.testing.assert_frame_equal(read.actors, memory.actors)
    # an explicit alias table replaces the recorded rows: here none, so the mentions' label
    explicit = Corpus.read(store, aliases={})
    assert explicit.actors[["actor", "label"]].values.tolist() == [["Joe Biden", "PERSON"]]
    assert explicit.meta["row_settings"]["aliases"] == []
    assert read.meta["row_settings"]["aliases"] == [["Joe Biden", "Joe Biden", "ORG"]]


def test_select_and_write_keep_the_row_settings(nlp, tmp_path):
    store = tmp_path / "store"
    analyze(DR, store=store, lexicons={"male_titles": ["dr"]})
    read = Corpus.read(store)
    assert list(read.actors["gender"]) == ["male"]
    picked = read.select(read.articles["article_id"].iat[0])
    assert list(picked.actors["gender"]) == ["male"]
    copy = tmp_path / "copy"
    read.load().write(copy)
    again = Corpus.read(copy)
    assert list(again.actors["gender"]) == ["male"]
    assert again.meta["row_settings"] == read.meta["row_settings"]


def test_a_store_without_row_settings_reads_with_the_packaged_lists(nlp, tmp_path):
    store = tmp_path / "store"
    analyze(BIDEN, store=store, lexicons={"not_actor_names": ["Joe Biden"]})
    assert _actors(Corpus.read(store)) == []
    manifest = store / "manifest.json"
    meta = json.loads(manifest.read_text(encoding="utf-8"))
    del meta["row_settings"]  # as a store written before row settings were recorded
    manifest.write_text(json.dumps(meta), encoding="utf-8")
    assert _actors(Corpus.read(store)) == ["Joe Biden"]


def test_unusable_row_settings_in_the_manifest_are_named(nlp, tmp_path):
    store = tmp_path / "store"
    analyze(BIDEN, store=store)
    manifest = store / "manifest.json"
    meta = json.loads(manifest.read_text(encoding="utf-8"))
    meta["row_settings"] = {"lexicons": {"not_a_lexicon": {"add": ["x"], "remove": []}}}
    manifest.write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(ValueError, match=r"manifest\.json: row_settings: unknown lexicon "
                                         r"'not_a_lexicon'"):
        Corpus.read(store)


def test_editing_an_assembly_rule_reparses_nothing_and_the_next_read_shows_it(
        nlp, tmp_path, monkeypatch):
    from analysis.assembly import step
    from analysis.store.fingerprint import fingerprint

    store = tmp_path / "store"
    first, _ = extract_into(BIDEN, store)
    assert _actors(Corpus.read(store)) == ["Joe Biden"]
    # an edited corpus-step rule: Joe Biden is no actor any more
    rule = step.non_actors
    monkeypatch.setattr(step, "non_actors",
                        lambda labels, fixed, lex: rule(labels, fixed, lex) | {"Joe Biden"})
    again, _ = extract_into(BIDEN, store)
    assert again["parsed"] == 0 and again["fingerprint"] == first["fingerprint"]
    assert _actors(Corpus.read(store)) == []
    # and editing the module's file leaves the fingerprint as it is (assembly/ is not hashed)
    copy = tmp_path / "analysis"
    shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns("__pycache__"))
    model = {"model": "m", "model_version": "1", "spacy_version": "3"}
    before = fingerprint(model, RowSettings().key(), root=copy)
    path = copy / "assembly" / "non_actors.py"
    path.write_text(path.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert fingerprint(model, RowSettings().key(), root=copy) == before
