"""The ``.ipynb`` twins of the tracked notebooks (``make notebooks``, ``make lab``).

``notebooks/NN-*.py`` are the tracked sources (jupytext ``py:percent``: code and text, no
outputs). The notebook a user opens, runs and saves in JupyterLab is its ``.ipynb`` twin, which
git ignores and which is never *paired* with the ``.py``: saving it (by hand or by JupyterLab's
autosave) writes only the ``.ipynb``, so outputs and parameter values (``ARTICLE = …``) stay the
user's and the tracked file changes only when someone edits it deliberately.

:func:`write_twins` writes a missing twin from its ``.py``; unpairs a twin an older version of
the project paired (``"jupytext": {"formats": "ipynb,py:percent"}`` in its metadata: JupyterLab
would have rewritten the ``.py`` on every save), keeping its cells and outputs; and notes a twin
older than its ``.py`` (the source changed since: move the twin away to take the new version).
Run it as ``python -m analysis.notebook_twins [FOLDER]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from . import config

NOTEBOOKS_DIR = config.PROJECT_ROOT / "notebooks"


def sources(folder: Path = NOTEBOOKS_DIR) -> list[Path]:
    """The tracked notebook sources ``NN-*.py`` of ``folder``, in order."""
    return sorted(Path(folder).glob("[0-9][0-9]-*.py"))


def _drop_pairing(metadata: dict) -> bool:
    """Remove jupytext's pairing (``formats``) from notebook ``metadata``; True if there was
    one (a single ``"ipynb"`` format pairs nothing and is removed too)."""
    jupytext_meta = metadata.get("jupytext")
    if not isinstance(jupytext_meta, dict) or "formats" not in jupytext_meta:
        return False
    del jupytext_meta["formats"]
    if not jupytext_meta:
        del metadata["jupytext"]
    return True


def write_twins(folder: Path = NOTEBOOKS_DIR) -> list[str]:
    """Give every ``NN-*.py`` of ``folder`` its unpaired ``.ipynb`` twin; returns one line per
    twin written or unpaired, and per twin older than its ``.py``.

    A missing twin is written from the ``.py`` (inputs only, no pairing, whatever the ``.py``
    header says); an existing twin is never overwritten: only its pairing is removed, its cells,
    outputs and metadata otherwise kept byte for byte as nbformat writes them."""
    import jupytext
    import nbformat

    lines = []
    for source in sources(folder):
        twin = source.with_suffix(".ipynb")
        if not twin.exists():
            nb = jupytext.read(source)
            _drop_pairing(nb.metadata)
            jupytext.write(nb, twin, fmt="ipynb")
            lines.append(f"wrote {twin}")
            continue
        nb = nbformat.read(twin, as_version=4)
        if _drop_pairing(nb.metadata):
            nbformat.write(nb, twin)
            lines.append(f"unpaired {twin} from {source.name} (saving it no longer rewrites "
                         f"the tracked {source.name})")
        elif source.stat().st_mtime > twin.stat().st_mtime:
            lines.append(f"note: {source} changed after your {twin.name}; to take the new "
                         f"version, move {twin.name} away (it holds your outputs and parameter "
                         "values) and run `make notebooks` again")
    return lines


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]) if args else NOTEBOOKS_DIR
    for line in write_twins(folder):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
