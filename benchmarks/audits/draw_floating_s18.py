"""Draw session 18's sample for the audit of quotes left without a speaker or given a carried-over
one (BBC: ``draw_bbc(1818, 60, 18)``, 60 files per folder, skipping ``audited_bbc_files(18)``
and any text repeating one of them). The list goes to benchmarks/audits/floating-sample-s18.txt.

Usage (from the project root): python benchmarks/audits/draw_floating_s18.py
"""
import sys
from pathlib import Path

sys.path.insert(0, 'benchmarks/audits')
from audited import draw_bbc  # noqa: E402

pick = draw_bbc(1818, 60, 18)
Path('benchmarks/audits/floating-sample-s18.txt').write_text('\n'.join(pick) + '\n')
print(len(pick), 'files')
