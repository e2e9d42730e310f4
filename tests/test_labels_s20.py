"""Labels given by a participle with nobody named giving them, issue 25 class 2 against class 5
(session 16, analysis.engine.quotes.labels: ``label_participles``): "The prize, billed as “…”",
"has been dubbed “…”", "was labelled “…” in 2015" are names, not anybody's words, so no quote;
the same words with an agent or a speaker in the sentence ("was labelled “reckless” by the
minister", "was described as “…”, police said") or with a subject who speaks ("the minister
described the plan as “…”", "calling the deal a “betrayal”") stay quotes.
"""

from __future__ import annotations

import pytest

from .helpers import MODEL_IDS, MODELS, quotes_per_text
from .helpers import one_quote as _row
from .helpers import speaker_text as _speaker

# (text, words of the label): no quote holds them
LABELS = [
    ("The award, billed as “the country's biggest prize for young writers”, will be handed out "
     "in Leeds next month.", "biggest prize for young writers"),
    ("The festival has been billed as “the greatest show on the planet” for three years "
     "running.", "greatest show on the planet"),
    ("The estate, labelled “the worst place to live in the north” in 2015, has since been "
     "rebuilt.", "worst place to live"),
    ("The company's new chip, touted as “the fastest processor ever made for a laptop”, goes on "
     "sale in March.", "fastest processor ever made"),
    ("The tower block, once described as “the ugliest building in the whole of London”, is to "
     "be demolished next year.", "ugliest building in the whole"),
    ("The new motorway was branded “the road to nowhere at all” when it opened in 1998.",
     "road to nowhere at all"),
    ("Described as “a hidden gem on the edge of the moors”, the village attracts thousands of "
     "walkers every summer.", "hidden gem on the edge"),
]

# (text, words of the quote, the speaker's words): a speaker gives the label, so it is a quote
SPOKEN = [
    ("The minister described the plan as “reckless and badly thought out” on Tuesday.",
     "reckless and badly thought out", "minister"),
    ("The scheme was labelled “reckless” by the minister on Tuesday.", "reckless", "minister"),
    ("Ms Okafor called the deal a “betrayal of working families” in a speech in Leeds.",
     "betrayal of working families", "Okafor"),
    ("The chancellor dismissed the claim as “complete and utter nonsense” on Sunday.",
     "complete and utter nonsense", "chancellor"),
    ("The suspect was described as “armed and extremely dangerous”, police said.",
     "armed and extremely dangerous", "police"),
]


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_participle_label_with_nobody_giving_it_is_no_quote(model):
    found = quotes_per_text([t for t, _ in LABELS], model)
    for (text, words), quotes in zip(LABELS, found):
        assert not quotes["quote"].str.contains(words, regex=False).any(), \
            (text, list(quotes["quote"]))


@pytest.mark.parametrize("model", MODELS, ids=MODEL_IDS)
def test_a_label_with_an_agent_or_a_speaker_stays_a_quote(model):
    found = quotes_per_text([t for t, *_ in SPOKEN], model)
    for (text, words, speaker), quotes in zip(SPOKEN, found):
        row = _row(quotes, words)
        assert speaker in (_speaker(row) or ""), (text, row.to_dict())
