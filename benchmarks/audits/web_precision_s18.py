"""Session 18 check (task 5): web-style passages of our own (live blogs, captions, "Read more:",
bylines, pull quotes, "is expected to say", "told to leave", "asked to resign", "the data
suggest", "reportedly", listicles) through both models, one line per quote, to judge every
quote by hand (NOTES-spurious.md). Usage (from the project root): python
benchmarks/audits/web_precision_s18.py"""
import sys
sys.path.insert(0, '.')
from tests.helpers import quotes_per_text  # noqa: E402
M = [None, '/work/shared/models/en_news_sm-3.8.0']
T = [
"Live: Storm Kerrin batters the coast\n\n09:14 GMT\nRoads closed across the county\n\nPolice have closed the A39 after a tree fell onto the carriageway. Drivers are asked to avoid the area.\n\n09:32 GMT\nThe Met Office has issued an amber warning. Forecaster Ian Pell said gusts of 80mph were possible on exposed headlands.",
"Read more: Why bus fares are rising again\n\nSign up for our morning briefing to get the news you need.\n\nThe council said the new timetable would start in March.",
"The festival was cancelled on Friday. (Photo: Dana Holt/Getty Images)\n\nOrganisers said ticket holders would be refunded within 14 days.",
"By Marta Kowal, Political correspondent\n\nThe minister is expected to say on Monday that the scheme will be extended to all schools.",
"Three residents were told to leave their homes after the blaze. Firefighters said the building was unsafe.",
"The chairman was asked to resign by shareholders last week. He has refused to comment.",
"The data suggest that fewer young people are buying cars. The figures show a 12% drop since 2019.",
"The singer reportedly turned down a role in the film. Her agent declined to comment.",
"10 things we learned this week\n\n1. The prime minister says she is not going anywhere\n\nShe told reporters outside Downing Street that she had the full support of her cabinet.",
"Embedded tweet: Jo Marsh (@jomarsh) - \"We did it! Thank you to everyone who voted.\" 11:02 PM - 3 May 2024\n\nMarsh won the seat by 412 votes.",
"WATCH: Mayor slams 'reckless' cyclists\n\nThe mayor said riders who ignored red lights were putting lives at risk.",
"\"This is not the end,\" she said. \"We will keep fighting.\"\n\n\"This is not the end\"\n\nThe campaigners said they would appeal the ruling.",
"Advertisement\n\nStory continues below\n\nThe company announced plans to cut 300 jobs at its Leeds site.",
"Related: Teachers announce fresh strike dates\n\nUnion leaders warned that further action could follow in the spring.",
"The app asks users to confirm their age before they can sign up. Critics say the checks are easy to get round.",
"The report, which was published on Tuesday, found that waiting times had doubled. Health officials said they were working to reduce them.",
"The club confirmed the signing on its website. The striker has agreed a three-year deal.",
"Share this article\n\nCopy link\n\nThe airline told passengers to arrive three hours early because of the strike.",
"Updated 14:05 BST\n\nThe Foreign Office advises against all travel to the region. A spokeswoman said staff were monitoring the situation.",
"Opinion: We need to talk about housing\n\nI told my landlord I could not afford the increase. He said that was not his problem.",
"The warning signs say 'Keep Out', but walkers ignore them. Locals said the path had been closed since the landslide.",
"The museum's new exhibition, titled \"Faces of the Deep\", opens on Saturday. The curator said it had taken three years to prepare.",
"Scientists think the decline is linked to warmer seas, according to a study published in Nature. The authors warned that more research was needed.",
"Polls suggest the race is tightening. Voters say the cost of living is their top concern.",
"Pictured: The damaged bridge on Tuesday morning\n\nEngineers said the structure would have to be demolished.",
"The government promised to publish the report by the end of the year, but it has yet to appear.",
"The new rules require landlords to register every property. Ministers say this will drive out rogue operators.",
"The letter urged residents not to panic. It was signed by the head teacher.",
]
for m in M:
    print('##', m or 'sm')
    for i, (t, q) in enumerate(zip(T, quotes_per_text(T, m))):
        print(f'-- {i}')
        for r in q.itertuples():
            print(f'  [{r.kind}] {r.quote[:80]!r} | cue={r.cue!r} | spk={r.speaker!r} ({r.speaker_type})')
