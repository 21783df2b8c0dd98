"""Stores to test against: a temp-file SQLite always, and PostgreSQL when
``PACTWATCH_TEST_PG`` names a server (``.ci/postgres.sh`` starts one and prints its URL).

Each PostgreSQL test gets a schema of its own (through ``search_path``), dropped afterwards,
so tests neither see each other's rows nor need to create databases.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from pactwatch.store import Store

PG_ENV = "PACTWATCH_TEST_PG"


def _postgres_url() -> str | None:
    return os.environ.get(PG_ENV) or None


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A PostgreSQL URL whose connections work in a fresh, private schema."""
    url = _postgres_url()
    if url is None:
        pytest.skip(f"set {PG_ENV} to a PostgreSQL URL (bash .ci/postgres.sh prints one)")
    schema = f"test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(make_url(url).set(drivername="postgresql+psycopg"))
    with admin.begin() as connection:
        connection.exec_driver_sql(f"CREATE SCHEMA {schema}")
    try:
        scoped = make_url(url).update_query_dict({"options": f"-csearch_path={schema}"})
        yield scoped.render_as_string(hide_password=False)
    finally:
        with admin.begin() as connection:
            connection.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "store.sqlite")
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    with Store(store_url) as opened:
        yield opened
