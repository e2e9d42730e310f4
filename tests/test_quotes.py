"""Quote extraction and speaker attribution on real sentences (analysis.engine.quotes)."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import analyze
from analysis.engine.quotes import KINDS, SPEAKER_TYPES, find_quote_spans
from analysis.schema import QUOTES

from .conftest import POLNEAR, need


def quotes_of(text: str) -> pd.DataFrame:
    return analyze(pd.DataFrame({"article_id": ["t"], "text": [text]})).quotes


def one(text: str, fragment: str) -> pd.Series:
    q = quotes_of(text)
    rows = q[q.quote.str.contains(fragment, regex=False)]
    assert len(rows) == 1, f"{fragment!r} not one quote in {q[['quote', 'kind']].values.tolist()}"
    return rows.iloc[0]


# ---- the seed article (acceptance) -----------------------------------------------------------

SEED_EXPECTED = [
    # fragment, kind, speaker, speaker_type
    ("he had recommended the action", "indirect", "Austin", "person"),
    ("President Joe Biden ordered his first military airstrikes", "according_to", "the Pentagon",
     "organization"),
    ("destroyed multiple facilities at a border control point", "mixed", "Kirby", "person"),
    ("meant to send a signal", "indirect", "A US official", "anonymous"),
    ("The decision to strike in Syria instead of Iraq", "direct", "A US official", "anonymous"),
    ("Renewed attacks on USA targets", "indirect", "analysts", "group"),
    # a reported promise with an infinitive ("vowed to …") is an attribution (PolNeAR too)
    ("to always defend American personnel and interests", "indirect",
     "the Biden administration", "organization"),
    # the sentence before goes on to the Defense Department: the quote continues no one
    ("And so this does raise a lot of questions", "direct", None, "unknown"),
    ("reflects a desire not to disrupt", "indirect", "USA and European officials", "group"),
    ("Responses like this are a necessary deterrent", "direct", "McCaul", "person"),
    ("We are confident that the target", "direct", "he", "person"),
    ("the death of a US contractor would be a red line", "indirect", "Trump", "person"),
]


@pytest.mark.parametrize("fragment,kind,speaker,speaker_type", SEED_EXPECTED)
def test_seed_quotes(seed_corpus, fragment, kind, speaker, speaker_type):
    q = seed_corpus.quotes
    rows = q[q.quote.str.contains(fragment, regex=False)]
    assert len(rows) == 1
    row = rows.iloc[0]
    assert (row.kind, row.speaker, row.speaker_type) == (kind, speaker, speaker_type)


def test_seed_details(seed_corpus):
    q = seed_corpus.quotes.set_index("speaker", drop=False)
    assert list(seed_corpus.quotes.columns) == QUOTES.names
    assert len(seed_corpus.quotes) == len(SEED_EXPECTED)
    kirby = seed_corpus.quotes[seed_corpus.quotes.speaker == "Kirby"].iloc[0]
    assert kirby.cue == "said" and kirby.cue_lemma == "say" and kirby.speaker_actor == "Kirby"
    official = seed_corpus.quotes[seed_corpus.quotes.speaker == "A US official"]
    assert set(official.speaker_role) == {"US official"}
    mccaul = q.loc["McCaul"]
    assert mccaul.speaker_actor == "McCaul"  # the NER calls McCaul an ORG; syntax says person
    pentagon = q.loc["the Pentagon"]
    assert pentagon.cue == "according to" and pentagon.speaker_actor == "Pentagon"
    # "multiple facilities" (two words) is a scare quote, not a quote of its own
    assert not (seed_corpus.quotes.quote == "multiple facilities").any()


def test_offsets_and_no_overlap(seed_corpus):
    text = seed_corpus.articles.text[0]
    q = seed_corpus.quotes.sort_values("start")
    for row in q.itertuples():
        assert text[row.start:row.end] == row.quote
        if pd.notna(row.speaker_start):
            assert text[int(row.speaker_start):int(row.speaker_end)] == row.speaker
    assert (q.start.iloc[1:].values >= q.end.iloc[:-1].values).all()
    assert set(q.kind) <= set(KINDS) and set(q.speaker_type) <= set(SPEAKER_TYPES)


# ---- patterns ---------------------------------------------------------------------------------

def test_quote_then_cue_both_orders():
    a = one('"We will not raise taxes on working families," McCaul said.', "We will not")
    assert (a.kind, a.speaker, a.cue) == ("direct", "McCaul", "said")
    b = one('"We will not raise taxes on working families," said Senator Jane Hollis.',
            "We will not")
    assert b.speaker == "Senator Jane Hollis" and b.speaker_type == "person"
    assert b.speaker_actor == "Jane Hollis" and b.speaker_role == "Senator"


def test_cue_then_quote_bbc():
    text = ('Maternity pay for new mothers is to rise by £1,400 as part of new proposals announced '
            'by the Trade and Industry Secretary Patricia Hewitt.\n\n'
            'Ms Hewitt said: "We have already doubled the length of maternity pay, it was 13 '
            'weeks when we were elected, we have already taken it up to 26 weeks."')
    row = one(text, "We have already doubled")
    assert (row.kind, row.speaker, row.speaker_type) == ("direct", "Ms Hewitt", "person")
    assert row.speaker_actor == "Patricia Hewitt"
    assert row.quote.startswith("We have already") and row.quote.endswith("26 weeks.")


@pytest.mark.parametrize("open_mark,close_mark", [('"', '"'), ("\u201c", "\u201d"),
                                                   ("\u2018", "\u2019"), ("'", "'"),
                                                   ("''", "''")])
def test_quotation_mark_styles(open_mark, close_mark):
    text = (f"{open_mark}The government's plan won't survive the winter,{close_mark} "
            f"the minister said.")
    row = one(text, "plan won")
    assert row.quote == "The government's plan won't survive the winter"
    assert row.kind == "direct" and row.speaker == "the minister"


def test_multi_sentence_and_multi_paragraph_quote():
    text = ('"We will fight on. We will never surrender," Mr Churchill said. "We shall defend '
            'our island.\n\n"We shall fight on the beaches and in the fields."\n\n'
            'The speech was broadcast that evening.')
    q = quotes_of(text)
    # the run of paragraphs after the cue is one quote
    run = 'We shall defend our island.\n\n"We shall fight on the beaches and in the fields.'
    assert q.quote.tolist() == ["We will fight on. We will never surrender", run]
    assert (q.speaker_actor == "Churchill").all() and (q.speaker_type == "person").all()


def test_unclosed_quote_does_not_swallow_the_article():
    text = ('The mayor said "the bridge will reopen in May after the repairs are done.\n\n'
            'Traffic has been diverted through the town centre since January.\n\n'
            '"It is a disaster for local shops," said Ann Bell, who runs a bakery.')
    q = quotes_of(text)
    assert not q.quote.str.contains("Traffic has been diverted").any()
    bell = q[q.quote.str.startswith("It is a disaster")].iloc[0]
    assert bell.speaker == "Ann Bell"


def test_reported_speech_variants():
    told = one("The minister told reporters that the plan was dead and buried.", "plan was dead")
    assert (told.kind, told.cue, told.cue_lemma, told.speaker) == (
        "indirect", "told reporters", "tell", "The minister")
    inverted = one("Interest rates will rise again next month, said the central bank governor.",
                   "Interest rates will rise")
    assert inverted.kind == "indirect" and inverted.speaker == "the central bank governor"
    warned = one("Doctors warned that the virus could spread quickly through schools.",
                 "the virus could spread")
    assert (warned.cue_lemma, warned.speaker_type) == ("warn", "group")


@pytest.mark.parametrize("text,fragment,speaker", [
    ("According to the police, the suspect fled on foot towards the station.",
     "the suspect fled", "the police"),
    ("The suspect fled on foot towards the station, according to police.",
     "The suspect fled", "police"),
])
def test_according_to(text, fragment, speaker):
    row = one(text, fragment)
    assert (row.kind, row.speaker, row.cue.lower()) == ("according_to", speaker, "according to")
    assert "according" not in row.quote.lower()


def test_pronoun_resolution():
    text = ("Mr Blair met Ms Kelly on Monday to discuss the schools plan.\n\n"
            "She said the plan would be published next week.")
    row = one(text, "published next week")
    assert (row.speaker, row.speaker_type, row.speaker_actor) == ("She", "person", "Kelly")
    lone = one("He said the talks had collapsed without any agreement.", "talks had collapsed")
    assert lone.speaker_type == "pronoun" and pd.isna(lone.speaker_actor)


@pytest.mark.parametrize("text,speaker_type", [
    ("A senior administration official said the sanctions would stay in place.", "anonymous"),
    ("Sources close to the prime minister said the reshuffle was imminent.", "anonymous"),
    ("An aide, speaking on condition of anonymity, said the deal was close.", "anonymous"),
    ("Critics said the scheme would cost far more than promised.", "group"),
    ("The Pentagon said the strikes had hit their targets.", "organization"),
    ("The health ministry said the number of cases had doubled.", "organization"),
])
def test_speaker_types(text, speaker_type):
    assert quotes_of(text).speaker_type.tolist() == [speaker_type]


def test_scare_quotes_and_titles_are_not_quotes():
    text = ('The Tories dismissed the plan as "desperate". She starred in "Gone Girl" last year. '
            'He called it "a very bad idea" in a speech.')
    q = quotes_of(text)
    assert not q.quote.isin(["desperate", "Gone Girl"]).any()


# ---- measured on PolNeAR ---------------------------------------------------------------------

def test_polnear_dev_sample_floor():
    from analysis.evaluation import evaluate_polnear

    need(POLNEAR)
    table, info, _ = evaluate_polnear("dev", limit=15)
    row = table[(table.overlap == 0.3) & (table.scope == "quotes")].iloc[0]
    assert info["articles"] == 15 and row.gold > 100
    # the sample scores F1 0.84 and speaker accuracy 0.92 (0.91 as annotated); the floors catch
    # a regression without failing on a one-quote change
    assert row.f1 >= 0.80 and row.speaker_accuracy >= 0.88
    assert row.speaker_accuracy_as_annotated >= 0.87


def test_find_quote_spans_units():
    text = 'He said "one two three" and \u201cfour five six\u201d, it\u2019s \'not a quote.'
    spans = find_quote_spans(text)
    assert [text[s.start:s.end] for s in spans] == ["one two three", "four five six"]


# ---- attribution patterns found on PolNeAR dev (sentences written after them) ----------------

def test_parenthetical_cue_inside_the_clause():
    text = ('"We could go to war if we had to," Mr. Rubio said. But the economic weapons his '
            'country holds, he added, are like "nuclear bombs that nobody can use."')
    row = one(text, "nuclear bombs")
    assert (row.kind, row.speaker, row.speaker_actor, row.cue) == ("mixed", "he", "Rubio",
                                                                   "added")
    assert row.quote.startswith("But the economic weapons")


def test_he_prefers_the_recent_subject_over_a_name_in_passing():
    text = ('"We have shown the world what we can do," Mr. Obama said, not even needing to '
            'mention the author of that boast, Muhammad Ali, who died in June. African-Americans, '
            'he said, can "rock like Jimi and stir the pot like Richard Pryor."')
    row = one(text, "rock like Jimi")
    assert (row.speaker, row.speaker_actor) == ("he", "Obama")


def test_dateline_is_not_the_speaker():
    row = one("WASHINGTON -- President Obama, opening the new museum on Saturday, said it would "
              "tell an American story of suffering and of hope.", "American story")
    assert (row.speaker, row.speaker_type) == ("President Obama", "person")


def test_long_apposition_between_quote_and_verb():
    text = ('"Their strategy is very clear: to look like a real news source," Michael McFaul, '
            'a senior fellow at the Hoover Institution and a former ambassador to Russia, said '
            'of the network.')
    row = one(text, "Their strategy")
    assert (row.kind, row.speaker, row.cue) == ("direct", "Michael McFaul", "said")


def test_as_x_put_it():
    row = one('As Ms. Simonyan put it in a statement in July, the network is "providing a '
              'perspective you will not get from the mainstream press."', "providing a perspective")
    assert (row.speaker, row.cue_lemma) == ("Ms. Simonyan", "put it")


def test_those_close_to_him():
    row = one("Those close to him say that he will run for the Senate again next year.",
              "run for the Senate")
    assert (row.speaker, row.speaker_type) == ("Those close to him", "anonymous")


def test_nested_report_gets_its_own_row():
    q = quotes_of("Ms. Figueroa said the campaign planned to bus in supporters for a protest, "
                  "though she acknowledged it was unlikely to work.")
    got = {(r.quote, r.speaker, r.cue) for r in q.itertuples()}
    assert got == {("the campaign planned to bus in supporters for a protest", "Ms. Figueroa",
                    "said"), ("it was unlikely to work", "she", "acknowledged")}


@pytest.mark.parametrize("text,fragment,kind,speaker,cue", [
    # the object and the words after the quote are part of what Cook said: a mixed quote
    ('The company\'s chief executive, Tim Cook, called the ruling "total political crap" on '
     'Wednesday.', "total political crap", "mixed", "The company's chief executive, Tim Cook",
     "called"),
    ('Twenty people were hurt by an explosion that Mayor Bill de Blasio described as "an '
     'intentional act of violence."', "intentional act", "direct", "Mayor Bill de Blasio",
     "described"),
])
def test_quoted_fragment_under_a_quoting_verb(text, fragment, kind, speaker, cue):
    row = one(text, fragment)
    assert (row.kind, row.speaker, row.cue) == (kind, speaker, cue)
    assert row.speaker_type == "person"


def test_role_noun_keeps_the_name_after_it():
    row = one('The company\'s chief executive, Tim Cook, called the ruling "total political '
              'crap" on Wednesday.', "political crap")
    assert (row.speaker_actor, row.speaker_role) == ("Tim Cook", "company's chief executive")


def test_show_titles_are_not_quotes():
    q = quotes_of('Mr. Perez said on NBC\'s "Meet the Press" that the plan had failed. The band '
                  'played "Born in the U.S.A." twice.')
    assert q.quote.tolist() == ["the plan had failed"]


def test_evaluation_reads_relative_and_swapped_sources(nlp):
    from analysis.evaluation import GoldAttribution, read_source

    text = ("Mr. Kamin, who emphasized that the plan was simple, spoke last. "
            "\"Tom is a visionary,\" said Robert McAtee, a coal executive.")
    doc = nlp(text)
    at = text.index
    who = GoldAttribution(content=[(at("the plan"), at(", spoke"))], cue=[],
                          source=[(at("who"), at("who") + 3)])
    read, how = read_source(doc, who)
    assert how == "relative"
    assert text[slice(*read.source[0])] == "Mr. Kamin"
    assert text[slice(*who.source[0])] == "who"  # the annotation itself is left as it is
    swapped = GoldAttribution(content=[(1, at("\" said") - 1)],
                              cue=[(at("Robert"), at(", a coal"))],
                              source=[(at("said"), at("said") + 4)])
    read, how = read_source(doc, swapped)
    assert how == "swapped"
    assert text[slice(*read.source[0])] == "Robert McAtee"
    plain = GoldAttribution(content=[(1, 20)], cue=[(at("said"), at("said") + 4)],
                            source=[(at("Robert"), at(", a coal"))])
    assert read_source(doc, plain)[1] == "as annotated"


@pytest.mark.parametrize("text,fragment,speaker,cue", [
    # the parser made the name the subject of the relative clause after it
    ("''She needs one or two big ideas for the economy,'' said Robert Reich, who served as "
     "labor secretary and later endorsed another candidate.", "big ideas", "Robert Reich", "said"),
    ('"Is the candidate running against his own party?" asked Mr. Manafort, referring to the '
     'attacks.', "running against", "Mr. Manafort", "asked"),
    # the parser attached the name to the clause before
    ("After the meeting ended in chaos when many delegates were deemed ineligible, Roberta "
     "Lange, the state party chairwoman, said she had received threats.", "received threats",
     "Roberta Lange", "said"),
    ('"The agents are under a lot of pressure," an intelligence source, who was not authorized '
     'to speak on the record, told Fox News.', "under a lot of pressure",
     "an intelligence source", "told Fox News"),
])
def test_speaker_the_parser_misattached(text, fragment, speaker, cue):
    row = one(text, fragment)
    assert (row.speaker, row.cue) == (speaker, cue)


def test_name_colon_quote_and_dash_line():
    q = quotes_of('Jeb Bush and Hillary Clinton reject the idea.\n\nClinton: "Our goal is to '
                  'defeat and destroy the group." Bush: "The mission is to destroy it, not '
                  'contain it."\n\n"I went to Wall Street before the crash and warned them."'
                  '\n\n- Clinton.\n\nShe spoke in Iowa.')
    got = {(r.quote[:12], r.speaker, r.cue) for r in q.itertuples()}
    assert got == {("Our goal is ", "Clinton", ":"), ("The mission ", "Bush", ":"),
                   ("I went to Wa", "Clinton", "-")}
    assert set(q.speaker_actor) == {"Hillary Clinton", "Jeb Bush"}


@pytest.mark.parametrize("text,fragment,speaker,speaker_type", [
    # a word of the quote parsed as the subject of the verb after it
    ("''He thought he had to avoid anything concrete and just become a symbol,'' recalled "
     "Mikhail B. Pogrebinsky, a political analyst in Kiev.", "avoid anything concrete",
     "Mikhail B. Pogrebinsky", "person"),
    # a cue that ends the sentence before the quote
    ("Many experts were sceptical. Iowa State University's Dianne Bystrom agreed. \"Mainstream "
     "Republicans are running out of time to find an alternative.\"", "running out of time",
     "Iowa State University's Dianne Bystrom", "person"),
    # a participle phrase the parser made a clause (it does so after this first sentence)
    ("Both websites pulled the listing before the bidding began. A statement posted on the "
     "website GunBroker.com said listings are user generated, and that the company reserved the "
     "right to reject any at its discretion.", "listings are user generated",
     "A statement posted on the website GunBroker.com", "document"),
    ("Advisers to Mr. Rubio are quick to point out that he has placed second twice.",
     "placed second twice", "Advisers to Mr. Rubio", "group"),
    ('"Imagine him going up against both of them on the same stage," mused the radio host Stu '
     'Burguiere.', "Imagine him", "the radio host Stu Burguiere", "person"),
    # documents speak for their named authors
    ("A living wage for a single adult in California is about $12 an hour, according to "
     "calculations by Amy Glasmeier of the Massachusetts Institute of Technology.",
     "living wage", "Amy Glasmeier of the Massachusetts Institute of Technology", "person"),
    ("The senator's office put out a statement saying the country does not have the capacity to "
     "vet every refugee.", "capacity to vet", "The senator's office", "organization"),
    ("One of the men, Jessie Elkins, 70, had served in Vietnam and said he was convinced that "
     "the candidate would start a war.", "start a war", "One of the men, Jessie Elkins",
     "person"),
    ("The police said a statement would follow. A statement said the officers had acted "
     "lawfully.", "acted lawfully", "A statement", "document"),
])
def test_more_attribution_patterns(text, fragment, speaker, speaker_type):
    row = one(text, fragment)
    assert (row.speaker, row.speaker_type) == (speaker, speaker_type)


def test_a_negated_cue_does_not_claim_the_next_quote():
    q = quotes_of('Mr. Obama met the president on Monday. He did not suggest retaliation. "Our '
                  'goal is to start instituting some norms so that everybody acts responsibly."')
    row = q[q.quote.str.startswith("Our goal")].iloc[0]
    assert row.cue != "suggest"


def test_colon_clause_introduces_the_quote():
    q = quotes_of("The senator had heard enough. Cruz turned on the moderators:\n\n\"The questions "
                  "asked in this debate illustrate why the American people don't trust the "
                  "media.\"\n\nThe board was conclusive in its findings: \"Further discussion on "
                  "this issue is unnecessary.\"")
    got = {(r.quote[:13], r.speaker) for r in q.itertuples()}
    assert got == {("The questions", "Cruz"), ("Further discu", "The board")}


def test_quote_continues_a_cue_that_reported_nothing_itself():
    q = quotes_of('"The bullying," Fox\'s Chris Wallace said, as the crowd cheered. "The greed. '
                  'The showing off. The absurd theatrics."')
    row = q[q.quote.str.startswith("The greed")].iloc[0]
    assert row.speaker == "Fox's Chris Wallace"


@pytest.mark.parametrize("text,fragment,speaker", [
    ("FBI officials were angered by the deal and predicted it would affect the outcome of other "
     "cases.", "affect the outcome", "FBI officials"),
    ("Sen. Ted Cruz warned that the incident could foreshadow the future, remarking that it put "
     "into clear relief the need to scrap the agreement.", "clear relief", "Sen. Ted Cruz"),
    ('The candidate released a marketing video that said, "We are going to have professors '
     'who are absolutely terrific."', "absolutely terrific", "The candidate"),
])
def test_speaker_of_coordinated_and_relative_cues(text, fragment, speaker):
    assert one(text, fragment).speaker == speaker


def test_chant_in_capitals_is_a_quote_but_a_show_title_is_not():
    q = quotes_of('The crowd chanted "BUILD THE WALL NOW!" as he spoke. He later appeared on '
                  '"Fox News Sunday" to defend the plan.')
    assert q.quote.tolist() == ["BUILD THE WALL NOW!"]


def test_speakers_the_parser_folded_into_the_clause_before():
    q = quotes_of("Many prominent Republicans have said they will not attend the convention and "
                  "others have said they are not interested in speaking.")
    got = {(r.quote, r.speaker) for r in q.itertuples()}
    assert got == {("they will not attend the convention", "Many prominent Republicans"),
                   ("they are not interested in speaking", "others")}
    row = one("Clinton paused, then revealed why the activist's story was especially moving.",
              "especially moving")
    assert row.speaker == "Clinton"
