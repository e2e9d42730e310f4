"""Web-style passages written for session 18's pronoun audit (our own text, no corpus text):
quotes whose speaker is a he/she/they that a reader resolves from the discourse."""

TEXTS = [
    # 1 a woman with a rare first name quoted, then "she said" with another woman in passing
    "Ngozi Adebayo has run the food bank in Eastfield for six years.\n\n"
    "\"Demand has doubled since the spring,\" Ms Adebayo said. The charity's founder, Margaret Hale, "
    "retired last year.\n\n\"We are seeing working families now,\" she said.",
    # 2 a man's quote, a minister named, "he added"
    "Farmer Owain Pritchard lost 40 sheep in the floods. \"Nobody warned us,\" he said.\n\n"
    "Environment Minister Julia Crane visited the valley on Tuesday.\n\n"
    "\"We need the new defences before next winter,\" Mr Pritchard added. \"Another flood would finish us,\" he added.",
    # 3 a woman speaks; a man named as object in between
    "Saoirse Quinlan, who coaches the under-12s, said the club had been let down. \"The pitch has been "
    "flooded since March,\" she said.\n\nShe has written to councillor Brian Moss twice.\n\n"
    "\"He never replied,\" she said.",
    # 4 two women, the turn passes to the second, a main-clause subject
    "\"It was the hardest season of my career,\" said goalkeeper Amara Okafor.\n\n"
    "But striker Yusra Haddad is confident the team will recover. \"We have a young squad and "
    "they learn fast,\" she said.",
    # 5 a man in a subordinate clause; the pronoun belongs to the main subject
    "Deborah Lynn, the head teacher, said that when inspector Colin Reyes arrived the school "
    "was ready.\n\n\"We had nothing to hide,\" she said.",
    # 6 a man quoted, another man named in passing in a possessive
    "Tariq Malik has run the corner shop for 20 years. \"Business rates have gone up again,\" he said. "
    "He said Rishi's plan had done nothing for him.\n\n\"I'll stay open as long as I can,\" he added.",
    # 7 organisation then "it said"
    "The hospital trust apologised to the family on Friday. \"We accept that the care fell short,\" "
    "it said in a statement.",
    # 8 a new paragraph with a new subject, then "he said"
    "\"Prices will keep rising,\" said economist Dmitri Volkov.\n\n"
    "Bank governor Andrew Bailey is expected to hold rates on Thursday. He told MPs last week the "
    "outlook was uncertain. \"We will do what is needed,\" he said.",
    # 9 rare first names, a woman quoted, her daughter named in passing
    "Chidinma Eze, 58, lost her job at the factory in May. Her daughter, Ifeoma, now pays the rent.\n\n"
    "\"I never thought I would need help,\" Mrs Eze said. \"It is humbling,\" she said.",
    # 10 a man quoted, a woman named in passing, "he said"
    "Councillor Rhodri Evans said the bypass would cut journey times. His opponent, Sian Lewis, "
    "called it a waste of money.\n\n\"This road will bring jobs,\" he said.",
    # 11 they: a group speaks
    "Residents of Mill Lane say the council ignored their complaints. \"We have been waiting two "
    "years,\" they said in a letter to the paper.",
    # 12 a man quoted, a minister named in an apposition in his report, "he added"
    "Union leader Kwame Mensah said the talks with the health secretary, Wes Streeting, had failed.\n\n"
    "\"Strikes will go ahead,\" he added.",
]
