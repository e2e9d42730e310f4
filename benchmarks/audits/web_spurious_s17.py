"""Web-style paragraphs of our own (session 17) with look-alikes of indirect speech in modern
online news ("is set to say", "told to leave", "asked to resign", "the data suggest", social
posts, "reportedly"); prints the quotes of both models for judging by hand.

Usage (from the project root): python benchmarks/audits/web_spurious_s17.py
"""
import sys
sys.path.insert(0, '.')
from tests.helpers import quotes_per_text, MODELS  # noqa: E402
TEXTS = [
 "The prime minister is set to say in a speech on Tuesday that the country must build more homes. The speech comes as her party trails in the polls.",
 "Two fans were told to leave the stadium after throwing bottles onto the pitch, the club confirmed on Sunday.",
 "The council leader has been asked to resign after the audit found £2m missing. She has refused to step down.",
 "The data suggest that fewer people are cycling to work than before the pandemic, and the trend is strongest among women over 40.",
 "In a post on X, the striker wrote that he was 'heartbroken' by the injury and would be back stronger next season.",
 "The billionaire is reportedly planning to sell his stake in the club, according to people familiar with the talks.",
 "Shoppers were urged to check their receipts after the glitch, which charged some customers twice.",
 "The teenager was ordered to pay £500 in compensation and told to stay away from the victim's home.",
 "The star took to Instagram to announce her engagement, sharing a photo of the ring with her 3 million followers.",
 "Residents have been warned to expect delays on the A38 this weekend as resurfacing work begins.",
 "The minister is understood to have told colleagues that she will not seek re-election, the BBC has learned.",
 "Calls are growing for the chief executive to quit after the scandal. Shareholders want answers, and several have demanded a vote.",
 "The company has been accused of misleading customers about the fees it charges. It denies the claims.",
 "The singer is believed to be recovering at home after her fall. Her spokesperson asked fans to respect her privacy.",
 "Reports suggest that the deal could be signed as early as next week, though neither side has commented.",
 "Viewers were left fuming after the final episode, with many taking to social media to complain about the ending.",
 "He was asked to explain why the payments had not been declared, but did not respond to requests for comment.",
 "The head teacher told parents in a letter that the school would close early on Friday because of the strike.",
 "The app promises to cut your energy bill by a fifth, but experts warn the savings may be much smaller.",
 "Officials have been told that the budget must be cut by 10 percent, a leaked memo seen by this website shows.",
 "Fans vowed to keep protesting until the owners sell the club. One supporter said the atmosphere at the ground had never been worse.",
 "The mayor is expected to announce the new bus routes later today, her office said.",
 "The forecast suggests temperatures could hit 35C by Thursday, and the Met Office has issued an amber heat warning.",
 "The tech giant told staff to return to the office three days a week, according to an internal email.",
]
for m in MODELS:
    print('##', m or 'sm')
    for i, (t, q) in enumerate(zip(TEXTS, quotes_per_text(TEXTS, m))):
        print(f'[{i}] {t[:70]}')
        for r in q.itertuples():
            print(f'    [{r.kind}] {r.quote[:80]!r} | cue={r.cue!r} | spk={r.speaker!r} ({r.speaker_type})')
