"""Alembic migrations of the store schema, run by ``pactwatch.store.migrate`` on open."""
