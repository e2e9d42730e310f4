"""Draw session 17's sample for the two-model disagreement check and the precision audit (BBC:
random.Random(2027), 60 files per folder, skipping ``audited_bbc_files(17)`` and any text that
repeats one of them). The list goes to benchmarks/audits/disagree-sample-s17.txt; the audit of
indirect and mixed quotes reads the first 6 files of each folder (30 files).

Usage (from the project root): python benchmarks/audits/draw_disagree_s17.py
"""
import sys
from pathlib import Path

sys.path.insert(0, 'benchmarks/audits')
from audited import draw_bbc  # noqa: E402

pick = draw_bbc(2027, 60, 17)
Path('benchmarks/audits/disagree-sample-s17.txt').write_text('\n'.join(pick) + '\n')
print(len(pick), 'files')
