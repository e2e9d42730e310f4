"""Draw session 18's women audit sample (BBC: ``draw_bbc(1838, 60, 18)``, 60 files per folder,
skipping ``audited_bbc_files(18)``). The sample is benchmarks/audits/women-sample-s18.txt.

Usage (from the project root): python benchmarks/audits/draw_women_s18.py > benchmarks/audits/women-sample-s18.txt
"""
import sys

sys.path.insert(0, 'benchmarks/audits')
from audited import draw_bbc  # noqa: E402

print('\n'.join(draw_bbc(1838, 60, 18)))
