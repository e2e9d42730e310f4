"""Audits: how right the engine is on *your* articles, and figures corrected for it.

* :func:`sample` draws a stratified, reproducible sample of quotes (or of sources, for the
  gender question) into ``data/audit/NAME.csv`` (:mod:`.sample`, :mod:`.items`);
* people judge the items (:func:`record`, the notebook ``04-audit``, or a spreadsheet) and
  :func:`load` reads the answers back (:mod:`.answers`);
* :func:`score` gives the precision of each field with Wilson intervals, per stratum and
  weighted to the corpus (:mod:`.score`);
* :func:`estimate` corrects a corpus figure (women's share of sources) for the error rates the
  audit measured, with a bootstrap interval (:mod:`.estimate`); :func:`not_ready` says in one
  line why an audit cannot do that yet, :func:`try_estimate` prints that line instead of
  raising;
* :func:`to_corrections` turns the answers into rows of the corrections file, applied by the
  corpus step on the next read (:mod:`.corrections`).

Corpus side only: the engine never imports this package.
"""

# the public names, re-exported one per line as `name as name` (no __all__ list to merge)
from .answers import audit_path as audit_path
from .answers import load as load
from .answers import record as record
from .corrections import to_corrections as to_corrections
from .estimate import Estimate as Estimate
from .estimate import estimate as estimate
from .estimate import not_ready as not_ready
from .estimate import try_estimate as try_estimate
from .items import AUDIT_COLUMNS as AUDIT_COLUMNS
from .labelling import label as label
from .sample import sample as sample
from .score import score as score
