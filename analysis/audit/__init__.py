"""The audit of a corpus (issue 26): sample, label, score, estimate — and the answers turned into
corrections (:func:`to_corrections`)."""

from .corrections import to_corrections  # noqa: F401
