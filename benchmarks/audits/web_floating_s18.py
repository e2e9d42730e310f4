"""Web-style passages of our own (session 18, issue 25 class 7): interviews, several paragraphs
of one person's quotes, two people alternating, replies after a colon, a quoted document. Prints
each quote, its cue and speaker on both models, to judge by hand who said it.

Usage (from the project root): python benchmarks/audits/web_floating_s18.py
"""
import sys

import pandas as pd

sys.path.insert(0, '.')
from analysis import analyze  # noqa: E402
from analysis.config import shared_dir  # noqa: E402

PASSAGES = [
    # 1 one person, several paragraphs, no cue after the first
    "Chef Amara Diallo opened her second restaurant in Bristol last week.\n\n"
    "“I never planned to have two kitchens,” Diallo said. “It just happened.”\n\n"
    "“The first year was brutal. We nearly closed twice.”\n\n"
    "“Now I have a team I trust, and that changes everything.”",
    # 2 two people alternating, named each time
    "The debate grew heated. “Your plan would cost every family £400 a year,” said Councillor "
    "Ruth Beck.\n\n“That figure is simply invented,” replied her opponent, Sam Idris.\n\n"
    "“It comes from your own budget papers.”\n\n“Then read them again.”",
    # 3 reply after a colon, pronoun owner
    "Health minister Karen Lowe was asked on Sunday whether nurses would get a pay rise this year."
    "\n\nHer answer: “Not this year, but we are working on it.”",
    # 4 verdict with a named owner, organisation
    "The regulator published its review of the water companies on Tuesday. The watchdog's "
    "verdict: “Customers have been let down for far too long.”",
    # 5 a thing's message: nobody's
    "The campaign video ends with a black screen. The film's message: “Slow down. It could be "
    "your child.”",
    # 6 quote of a document after a colon
    "The letter, seen by this newspaper, is blunt. It reads: “The board has lost confidence in "
    "the chief executive.”",
    # 7 a new person named between two quotes
    "“We will appeal,” said Tom Okafor, the club's lawyer. Fans gathered outside the stadium "
    "on Sunday. Supporters' trust chair Lena Price was furious. “This is a disgrace.”",
    # 8 interview with Q/A
    "We spoke to the author Jonas Berg about his new novel.\n\nQ: Why set it in Norway?\n\n"
    "A: “Because I grew up there and I know the winters.”\n\n"
    "“The cold shapes how people talk to each other.”",
    # 9 that makes him
    "“He answers every email himself,” said a former aide, Priya Nair. That makes him “the most "
    "accessible minister in the cabinet.”",
    # 10 run-on quote sentences after a clause subject
    "Goalkeeper Ben Ward knows the season has been a failure. “We let the fans down. “We have to "
    "be honest about that. “Next year has to be different.”",
    # 11 his reply was blunt
    "Asked whether he would resign, the chairman, Martin Cole, did not hesitate. His reply was "
    "blunt: “No. I have a job to finish.”",
]

for name, model in (('sm', None), ('news', str(shared_dir() / 'models' / 'en_news_sm-3.8.0'))):
    corpus = analyze(pd.DataFrame({'article_id': [f'w{i + 1}' for i in range(len(PASSAGES))],
                                   'text': PASSAGES}), model=model, progress=False)
    print('##', name)
    for r in corpus.quotes.itertuples():
        print(f'  {r.article_id} [{r.kind}] {r.quote[:60]!r} | cue={r.cue} | spk={r.speaker} '
              f'({r.speaker_type}) actor={r.speaker_actor}')
