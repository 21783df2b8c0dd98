"""The store stage: the evidence graph in SQLite (default) or PostgreSQL, migrated on open."""

from pactwatch.store.store import Store
from pactwatch.store.urls import default_url
from pactwatch.store.watchlists import WatchlistSaved

__all__ = ["Store", "WatchlistSaved", "default_url"]
