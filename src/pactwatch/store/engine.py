"""Engines tuned per database, and the one way to open a write transaction.

SQLite is the default and is often written by several processes at once (a multiprocessing
analyze run), so it runs in WAL mode (readers never block the writer), waits on a busy lock
instead of failing, and takes the write lock at the start of a write transaction
(``BEGIN IMMEDIATE``): a transaction that read first and upgraded to a write later could fail
on a stale snapshot without waiting. Python 3.11's sqlite3 driver issues its own BEGIN only
before DML, which would leave DDL (migrations) outside transactions; it is switched off and the
engine emits BEGIN itself, as SQLAlchemy's SQLite documentation recommends.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, Table, create_engine, event
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import URL
from sqlalchemy.pool import StaticPool

BUSY_TIMEOUT_MS = 30_000
CONNECT_TIMEOUT_S = 10
_WRITE = "pactwatch_write"


def open_engine(url: URL) -> Engine:
    """An engine for ``url``; connecting is lazy, so errors surface on first use."""
    if url.get_backend_name() != "sqlite":
        return create_engine(
            url, connect_args={"connect_timeout": CONNECT_TIMEOUT_S}, pool_pre_ping=True
        )
    if url.database:
        engine = create_engine(url)
    else:  # in memory: every checkout must see the same database
        engine = create_engine(url, poolclass=StaticPool, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _configure_sqlite)
    event.listen(engine, "begin", _begin_sqlite)
    return engine


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """A connection inside a write transaction, committed on success, rolled back on error."""
    with engine.connect() as connection:
        connection.execution_options(**{_WRITE: True})
        with connection.begin():
            yield connection


def _configure_sqlite(dbapi_connection: Any, _record: object) -> None:
    dbapi_connection.isolation_level = None  # the engine emits BEGIN itself (_begin_sqlite)
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")  # safe with WAL; one fsync per checkpoint
        cursor.execute("PRAGMA foreign_keys = ON")
    finally:
        cursor.close()


def _begin_sqlite(connection: Connection) -> None:
    immediate = connection.get_execution_options().get(_WRITE, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def insert(connection: Connection, table: Table) -> postgresql.Insert | sqlite.Insert:
    """An INSERT that can say ON CONFLICT, in the dialect of ``connection``."""
    if connection.dialect.name == "postgresql":
        return postgresql.insert(table)
    return sqlite.insert(table)
