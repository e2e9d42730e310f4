"""Draw session 17's speaker audit sample (BBC: random.Random(2017), 8 files per folder, skipping
``audited_bbc_files(17)`` and any text repeating one of them). The sample is
benchmarks/audits/speakers-sample-s17.txt.

Usage (from the project root): python benchmarks/audits/draw_speakers_s17.py > benchmarks/audits/speakers-sample-s17.txt
"""
import sys

sys.path.insert(0, 'benchmarks/audits')
from audited import draw_bbc  # noqa: E402

pick = draw_bbc(2017, 8, 17)
print('\n'.join(pick))
