"""Web-style paragraphs of our own (session 16) with indirect speech and look-alikes; prints the
indirect and mixed quotes of both models. RIGHT lists the reports a reader would count."""
import sys
sys.path.insert(0, '.')
from tests.helpers import quotes_per_text, MODELS
TEXTS = [
 "The new figures show that rents in the city rose by 12 percent last year, the fastest pace since 2008. Landlords blame rising interest rates.",
 "Analysts expect the central bank to hold rates at its meeting next week, though some hope for a cut before the summer.",
 "The governor is expected to announce her budget on Thursday. Aides said the plan would include a freeze on tuition fees.",
 "Ms Okafor did not say whether she would run again. Her campaign manager, Tom Reyes, said the decision would come after the holidays.",
 "The minister will say on Monday that the scheme has been a success, according to extracts released by her office.",
 "Will the club sack its manager before Christmas? Fans on social media seem to think so, and several former players believe the board has already decided.",
 "The two companies agreed to merge in a deal worth $4bn, creating the largest grocer in the region. The chief executive said the merger would save $300m a year.",
 "Residents fear that the new road will bring more traffic to their quiet street. “It is already dangerous for the children,” said Maria Lopez, who has lived there for 20 years.",
 "The study suggests that people who sleep less than six hours a night are more likely to catch a cold. Its lead author, Dr Sam Patel, said the findings were 'a wake-up call'.",
 "Police warned drivers to avoid the motorway after the crash. A spokesperson said two lanes would stay closed until the evening.",
 "Experts believe the storm will weaken before it reaches the coast. The weather service warned that flooding was still likely in low-lying areas.",
 "If the talks fail, the union could say it has no choice but to strike, one analyst noted. The union's leader has said she wants a deal by Friday.",
 "The data shows that fewer young people are buying their first home before the age of 35, a trend the housing minister said was 'deeply worrying'.",
 "It is unclear whether the president knew about the payments. The White House has denied any wrongdoing.",
 "The singer, 27, found that fame came at a price. In a post on Instagram, she said she was taking a break from touring to focus on her mental health.",
 "The council hopes the new park will open by the spring. Councillor Dev Mistry told the Echo the project was 'on time and on budget'.",
 "Many shoppers have noticed that prices of basic goods have gone up. The retailer said it was doing everything it could to keep costs down.",
 "The team agreed to pay the fine, and the league said the matter was now closed.",
 "Scientists have long known that bees are in decline. A new report by the Wildlife Trust warns that a third of species could vanish within a decade.",
 "We asked readers what they thought of the new bus timetable. Most said it was an improvement, though some complained about the late-night service.",
 "He refused to say whether he would resign. Instead, he told reporters he had 'nothing to hide' and would cooperate with the inquiry.",
 "The company expects profits to rise by 5 percent this year, it said in a statement on Tuesday.",
 "The firm is set to announce job cuts later this month, sources told the paper. Staff were told on Monday that their roles were under review.",
 "Critics argue the law goes too far. Supporters say it is the only way to protect children online, and the bill's sponsor, Senator Ana Ruiz, insisted that it respected free speech.",
 "The video appears to show the officer pushing the man to the ground. The police department said the officer had been placed on leave.",
 "Voters seem to believe the economy is getting worse, according to a new poll. Sixty percent said they expected prices to keep rising.",
 "The actor has promised to donate his fee to charity, his agent confirmed. He did not say how much he was paid.",
]
for m in MODELS:
    print('##', m or 'sm')
    for i, (t, q) in enumerate(zip(TEXTS, quotes_per_text(TEXTS, m))):
        print(f'[{i}] {t[:70]}')
        for r in q.itertuples():
            print(f'    [{r.kind}] {r.quote[:80]!r} | cue={r.cue!r} | spk={r.speaker!r} ({r.speaker_type})')
