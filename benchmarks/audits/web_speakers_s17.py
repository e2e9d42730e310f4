"""Session 17's web-style texts for the speaker audit: paragraphs written for this audit in the
manner of modern online news (no corpus text). Printed by print_speakers_s17.py web."""

TEXTS = [
    # 0 told CNN, pronoun turn
    "Transport Secretary Helen Marsh defended the rail strike deal on Sunday. \"Nobody got everything "
    "they wanted, but the trains will run,\" she told CNN. She added that fares would be frozen until April.",
    # 1 spokesperson for X said
    "A spokesperson for Northwind Airlines said the delays were caused by a software fault at its hub. "
    "\"We apologise to every passenger affected,\" the spokesperson said.",
    # 2 the 34-year-old said
    "Maya Torres, who won the city marathon for the second year running, said the heat nearly stopped her. "
    "\"At mile 20 I thought I was done,\" the 34-year-old said. \"Then the crowd carried me.\"",
    # 3 X and Y said
    "Council leader Ben Ashworth and his deputy Priya Nair said the library would stay open. "
    "\"We listened to residents,\" they said in a joint statement.",
    # 4 role after the quote
    "\"This is the worst flooding we have seen in a generation,\" said Tom Briggs, the county's emergency "
    "planning officer. Residents were told to stay away from the river.",
    # 5 Q&A interview
    "We spoke to novelist Clara Vint about her new book.\n\nQ: Why set it in 1970s Glasgow?\n\n"
    "A: Because that is where my mother grew up, and I wanted to hear her voice again.",
    # 6 according to + later he
    "According to police, the suspect fled on foot. Detective Inspector Ray Cole said officers were "
    "reviewing CCTV. \"We are confident we will find him,\" he said.",
    # 7 tweet style
    "Singer Lola Reyes hit back at critics on Instagram. \"I dress for me, not for you,\" she wrote, "
    "adding that she would not apologise.",
    # 8 firm said / pronoun it
    "Orbital Foods said on Tuesday it would cut 300 jobs. The company blamed rising energy costs. "
    "\"These are difficult decisions,\" chief executive Mark Feld said.",
    # 9 two speakers of one cue, names
    "Coach Dana Whitfield and captain Leo Brandt both said the team had been unlucky.",
    # 10 role named after quote, inverted
    "\"We will not be bullied,\" said the union's general secretary, Anne Kearney, after the talks collapsed.",
    # 11 told reporters, the X-year-old
    "Former champion Jake Rowe says he is ready to return. \"I've never felt fitter,\" the 29-year-old "
    "told reporters on Friday.",
    # 12 colon cue inverted
    "Then came the question everyone wanted asked. Put simply, asked host Dana Keller: \"Will you run again?\"",
    # 13 X told the BBC with apposition
    "Sarah Okafor, a nurse at St Mary's Hospital, told the BBC: \"We are exhausted and nobody is listening.\"",
    # 14 second speaker turn
    "\"The plan is reckless,\" said opposition leader Gareth Lunn. But Finance Minister Elise Park disagreed. "
    "\"It is the only responsible choice,\" she said.",
]
