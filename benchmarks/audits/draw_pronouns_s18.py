"""Draw session 18's pronoun audit sample (BBC: random.Random(1828), 8 files per folder, skipping
``audited_bbc_files(18)`` and any text repeating one of them). The sample is
benchmarks/audits/pronouns-sample-s18.txt.

Usage (from the project root): python benchmarks/audits/draw_pronouns_s18.py > benchmarks/audits/pronouns-sample-s18.txt
"""
import sys

sys.path.insert(0, 'benchmarks/audits')
from audited import draw_bbc  # noqa: E402

pick = draw_bbc(1828, 8, 18)
print('\n'.join(pick))
