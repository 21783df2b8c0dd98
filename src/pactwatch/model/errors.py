"""Errors whose message says what failed, the offending value and what to do next.

The CLI prints ``error: <message>`` on one line and exits 1; tracebacks only with ``--debug``.
"""


class PactwatchError(Exception):
    """Base of every error pactwatch raises on purpose."""


class IngestError(PactwatchError):
    """A document could not be read. ``document`` names it (path or record id)."""

    def __init__(self, document: str, cause: str) -> None:
        super().__init__(f"{document}: {cause}")
        self.document = document
        self.cause = cause


class AnalyzeError(PactwatchError):
    pass


class ResolveError(PactwatchError):
    pass


class WatchlistError(PactwatchError):
    pass


class StoreError(PactwatchError):
    pass


class AgreementError(PactwatchError):
    pass
