"""The store stage: the evidence graph in SQLite (default) or PostgreSQL, migrated on open."""

from pactwatch.store.store import Store
from pactwatch.store.urls import default_url

__all__ = ["Store", "default_url"]
