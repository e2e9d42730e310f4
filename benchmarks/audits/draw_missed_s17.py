"""Draw session 17's recall audit sample (missed quotes, task 4): BBC, random.Random(4343),
8 files per folder, skipping ``audited_bbc_files(17)`` and any text repeating one of them.
The sample is benchmarks/audits/missed-sample-s17.txt.

Usage (from the project root): python benchmarks/audits/draw_missed_s17.py
"""
import sys

sys.path.insert(0, 'benchmarks/audits')
from audited import draw_bbc  # noqa: E402

pick = draw_bbc(4343, 8, 17)
print('\n'.join(pick))
