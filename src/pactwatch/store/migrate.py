"""Bring a database to the schema this pactwatch expects, through alembic, on open.

The migrations ship inside the package (``migrations/``), so no alembic.ini is needed. To
change the schema, edit ``schema.py``, then draft the revision from a store at head::

    with open_engine(database_url(path)).connect() as connection:
        command.revision(alembic_config(connection), message="...", autogenerate=True)

and review the file it writes under ``migrations/versions/``; the test suite checks that the
migrations and ``schema.py`` agree.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection, Engine

from pactwatch.model import StoreError
from pactwatch.store.engine import writing

MIGRATIONS = Path(__file__).with_name("migrations")
_PG_LOCK = 0x70616374  # any constant; serialises concurrent first opens of one PostgreSQL db


def alembic_config(connection: Connection | None = None) -> Config:
    """The package's alembic configuration, bound to ``connection`` for running migrations."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


@cache
def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise StoreError(f"{MIGRATIONS}: no migration revisions found; reinstall pactwatch")
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine) -> None:
    """Run every pending migration. An up-to-date store costs one small read."""
    with engine.connect() as connection:
        if current_revision(connection) == head_revision():
            return
    with writing(engine) as connection:
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_LOCK})")
        current = current_revision(connection)  # again: another process may have migrated
        if current == head_revision():
            return
        try:
            command.upgrade(alembic_config(connection), "head")
        except CommandError as exc:
            raise StoreError(
                f"the store's schema is at revision {current!r}, which this pactwatch does not "
                f"know (its newest is {head_revision()!r}): upgrade pactwatch ({exc})"
            ) from None
