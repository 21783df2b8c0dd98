"""Where a store lives: a plain path means SQLite, or a SQLAlchemy URL for SQLite/PostgreSQL."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from pactwatch.model import StoreError

ENV_VAR = "PACTWATCH_DB"
MEMORY = ("", ":memory:")


def default_url() -> str:
    """``$PACTWATCH_DB`` when set, else ``pactwatch.sqlite`` in the user's data folder."""
    configured = os.environ.get(ENV_VAR, "").strip()
    if configured:
        return configured
    return str(Path(platformdirs.user_data_dir("pactwatch")) / "pactwatch.sqlite")


def masked(url: str | URL) -> str:
    """The URL as safe to print: the password, if any, replaced by ``***``."""
    if isinstance(url, URL):
        return url.render_as_string(hide_password=True)
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def database_url(url: str) -> URL:
    """Turn what a user typed into an engine URL, creating a SQLite file's parent folders.

    ``postgresql://`` is pinned to psycopg 3, the driver pactwatch depends on, so a machine
    without psycopg2 still connects.
    """
    if "://" not in url:
        return _sqlite_file(Path(url).expanduser())
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(
            f"{masked(url)}: not a database URL; give a file path, sqlite:///PATH "
            "or postgresql://USER:PASSWORD@HOST:PORT/DATABASE"
        ) from None
    backend, driver = parsed.get_backend_name(), parsed.get_driver_name()
    if backend == "postgresql":
        return parsed.set(drivername="postgresql+psycopg")
    if backend == "sqlite" and driver == "pysqlite":
        database = parsed.database or ""
        return parsed if database in MEMORY else _sqlite_file(Path(database).expanduser())
    raise StoreError(
        f"{masked(parsed)}: unsupported database {parsed.drivername!r}; "
        "pactwatch stores to SQLite (a file path or sqlite:///PATH) or "
        "PostgreSQL (postgresql://...)"
    )


def _sqlite_file(path: Path) -> URL:
    if str(path) in MEMORY:
        return URL.create("sqlite")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            f"{path}: cannot create the folder for the store ({exc.strerror}); "
            "choose a writable location or set PACTWATCH_DB"
        ) from None
    return URL.create("sqlite", database=str(path))
