"""The reason a document is refused, raised where the reason is found.

Helpers (decoding, date parsing, a reader) do not know how the user named the document; the
walker or the JSONL reader catches `Rejected` and yields `IngestError(name, cause)` instead.
"""

from pactwatch.model import PactwatchError


class Rejected(PactwatchError):
    """One document cannot be ingested; ``cause`` is a one-line reason for the user."""

    def __init__(self, cause: str) -> None:
        self.cause = " ".join(cause.split())
        super().__init__(self.cause)
