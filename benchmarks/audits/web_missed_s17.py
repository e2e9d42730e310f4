"""Session 17's recall audit, web part: 22 web-style paragraphs of our own (modern online news:
reaction lists, posts on X and Instagram, statements, quote-then-name, "told reporters",
"according to a statement from …", a colon after a name, indirect questions) with the quotes a
reader sees and who says them. Prints the engine's quotes of each text for both models; the
auditor compares them with ``EXPECTED`` (speaker, a few words of each quote).

Usage (from the project root): python benchmarks/audits/web_missed_s17.py
"""
import sys

sys.path.insert(0, '.')
from tests.helpers import MODELS, quotes_per_text  # noqa: E402

TEXTS = [
    # 1 reaction list
    'Reaction poured in overnight.\n\nCouncillor Dana Whitlock: "This is a dark day for the valley."\n\n'
    'Local grocer Amir Haddad: "We will keep the shop open for as long as we can."',
    # 2 wrote on X
    'Former striker Leon Baptiste wrote on X that the club had "lost its soul" after the sale.',
    # 3 posted on Instagram
    '"Thank you for every message, I am home and resting," the singer Mara Quinn posted on Instagram on Sunday.',
    # 4 in a statement
    'In a statement, the ferry operator said sailings would resume on Friday once the storm had passed.',
    # 5 quote-then-name
    '"Nobody warned us about the flooding," said Priya Raman, who has lived on the street for 30 years.',
    # 6 told reporters
    'She told reporters outside the court that she would appeal the ruling.',
    # 7 according to a statement from
    'The plant will close in March, according to a statement from the company\'s owners, Vellmar Holdings.',
    # 8 colon after a name
    'Asked about the delay, transport secretary Helen Brooks was blunt: "The contractor let us down."',
    # 9 indirect question with an asker
    'During the hearing, Senator Tom Alvarez asked whether the agency had ever audited the fund.',
    # 10 question to an addressee
    'Reporters asked the coach if he would field a weakened side on Saturday.',
    # 11 a participle question (no asker: the answer is the quote)
    'Asked whether she would stand again, Ms Okafor said she had not yet decided.',
    # 12 passive question (no asker)
    'The minister was asked if the cuts would hit rural schools, and declined to answer.',
    # 13 tweeted
    'The mayor tweeted that the bridge would reopen "within days, not weeks".',
    # 14 statement from a spokesperson
    'A spokesperson for the hospital trust said in an email: "Patient safety is our first priority."',
    # 15 quote then name, mid-sentence cue with continuation
    'The new line, the firm said, will carry 40,000 passengers a day and open in 2028.',
    # 16 question put by the writer: no quote
    'Will the plan work? Nobody can yet say whether the money will arrive in time.',
    # 17 scare quotes: no quote
    'The so-called "super-app" has been downloaded two million times since its launch.',
    # 18 a title: no quote
    'Her new album, "Salt and Static", reached number three in the charts last week.',
    # 19 a label: no quote
    'The policy, dubbed "Project Lantern" by officials, will cost £4m a year.',
    # 20 indirect question, pronoun asker, wh-word
    'Residents packed the hall, and one of them, Joan Pryce, asked why the council had ignored three petitions.',
    # 21 conditional after ask: a request, not a question
    'The union will ask its members to strike if the talks fail next week.',
    # 22 said on a podcast
    'Speaking on his weekly podcast, the comedian Rory Vance said he had "never felt so tired".',
]

EXPECTED = [
    [('Dana Whitlock', 'dark day'), ('Amir Haddad', 'keep the shop')],
    [('Leon Baptiste', 'lost its soul')],
    [('Mara Quinn', 'Thank you')],
    [('the ferry operator', 'sailings would resume')],
    [('Priya Raman', 'Nobody warned')],
    [('She', 'she would appeal')],
    [("the company's owners", 'plant will close')],
    [('Helen Brooks', 'contractor let us down')],
    [('Tom Alvarez', 'agency had ever audited')],
    [('Reporters', 'weakened side')],
    [('Ms Okafor', 'not yet decided')],
    [],
    [('The mayor', 'bridge would reopen')],
    [('A spokesperson', 'Patient safety')],
    [('the firm', 'new line')],
    [],
    [],
    [],
    [],
    [('Joan Pryce', 'ignored three petitions')],
    [('The union', 'members to strike')],
    [('Rory Vance', 'never felt so tired')],
]

if __name__ == '__main__':
    for model in MODELS:
        print('##', model or 'en_core_web_sm')
        for n, (t, q, exp) in enumerate(zip(TEXTS, quotes_per_text(TEXTS, model), EXPECTED), 1):
            got = [(r.speaker, r.quote) for r in q.itertuples()]
            hit = sum(any(w in (qq or '') for _, qq in got) for _, w in exp)
            extra = len(got) - hit
            flag = 'ok' if hit == len(exp) and extra <= 0 else f'MISSED {len(exp) - hit} EXTRA {max(extra, 0)}'
            print(f'{n:2d} {flag}')
            for s, qq in got:
                print(f'     {s!r}: {qq[:70]!r}')
