"""Print every quote of session 18's pronoun audit whose speaker is a personal pronoun (resolved
or not): the BBC sample of pronouns-sample-s18.txt, or with ``web`` the web-style texts of
web_pronouns_s18.py. Each is shown with its cue, speaker, speaker actor and the text before
it (up to 400 characters); the auditor judges each antecedent by hand (right / wrong
antecedent / should be none).

Usage (from the project root): python benchmarks/audits/print_pronouns_s18.py [bbc|web] [sm | model-path]
"""
import sys
from pathlib import Path
sys.path.insert(0, '.')
sys.path.insert(0, 'benchmarks/audits')
from analysis.config import shared_dir  # noqa: E402
from tests.helpers import quotes_per_text  # noqa: E402

PRONOUNS = {'he', 'she', 'they', 'it', 'him', 'her', 'his', 'we', 'i'}
which = sys.argv[1] if len(sys.argv) > 1 else 'bbc'
model = sys.argv[2] if len(sys.argv) > 2 and sys.argv[2] != 'sm' else None
if which == 'web':
    from web_pronouns_s18 import TEXTS
    pick = [f'web{i}' for i in range(len(TEXTS))]
    texts = list(TEXTS)
else:
    pick = Path('benchmarks/audits/pronouns-sample-s18.txt').read_text().split()
    texts = [(shared_dir() / 'corpora' / 'bbc' / a).read_bytes().decode('utf-8', 'replace') for a in pick]
n = 0
for a, t, q in zip(pick, texts, quotes_per_text(texts, model)):
    for r in q.itertuples():
        if str(r.speaker).lower() not in PRONOUNS:
            continue
        n += 1
        s = int(r.start)
        print(f'#{n} {a} [{r.kind}] cue={r.cue!r} spk={r.speaker!r} actor={r.speaker_actor!r}')
        print('    ' + t[max(0, s - 400):s].replace('\n', ' ¶ ') + '[[' + t[s:s + 80] + ']]')
print('total', n)
