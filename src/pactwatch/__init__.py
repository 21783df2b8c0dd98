"""pactwatch: is this party keeping what it signed, and what is the evidence?

Stages, in the order data flows: ingest → analyze → resolve → store → assess → present.
"""

__version__ = "0.1.0"
