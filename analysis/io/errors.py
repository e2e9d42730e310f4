"""Input problems: the :class:`LoadError` a reader raises or yields, and which problems are
notes rather than losses."""

from __future__ import annotations

import pandas as pd

from ..vocab import NOTE_PROBLEMS

# Rows of the errors table that keep their article (a note, not a loss): a copy of an article,
# a date that could not be read (NaT), characters replaced because no encoding can hold them;
# and a folder of this package's own output (a store) skipped inside an input folder.
WARNING_PROBLEMS = frozenset(NOTE_PROBLEMS)


def failures(errors: pd.DataFrame) -> pd.DataFrame:
    """The rows of an errors table whose input was lost (not :data:`WARNING_PROBLEMS`)."""
    return errors[~errors["problem"].isin(WARNING_PROBLEMS)]


class LoadError(ValueError):
    """A file, or a record inside a file, could not be read as an article. ``problem`` is one
    of ``analysis.vocab.PROBLEMS``; ``line`` the record's line where known."""

    def __init__(self, problem: str, message: str, line: int | None = None):
        super().__init__(message)
        self.problem, self.message, self.line = problem, message, line
