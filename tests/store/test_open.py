"""Opening a store: URLs, SQLite settings, migrations, and errors that name the store."""

from __future__ import annotations

import sqlite3
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine

from pactwatch.model import Agreement, StoreError
from pactwatch.store import Store, default_url
from pactwatch.store.engine import BUSY_TIMEOUT_MS, open_engine
from pactwatch.store.migrate import head_revision
from pactwatch.store.schema import metadata
from pactwatch.store.urls import database_url

from .builders import agreement, analysis, report


def test_a_plain_path_is_a_sqlite_file_with_its_folders_created(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "x.sqlite"
    with Store(str(path)) as store:
        store.add_document(report())
    assert path.is_file()
    with Store(f"sqlite:///{path}") as again:
        assert again.stats()["documents"] == 1


def test_an_in_memory_store_works_across_calls() -> None:
    with Store(":memory:") as store:
        store.save_analysis(analysis())
        assert store.stats()["claims"] == 2


def test_postgresql_urls_use_psycopg_3() -> None:
    url = database_url("postgresql://u:p@db.example:5432/pw")
    assert url.drivername == "postgresql+psycopg"
    assert database_url("postgresql+psycopg://u@h/pw").drivername == "postgresql+psycopg"


def test_other_databases_are_refused_with_the_choices() -> None:
    with pytest.raises(StoreError, match=r"mysql://u:\*\*\*@h/pw: unsupported database.*SQLite"):
        Store("mysql://u:secret@h/pw")


def test_default_url_is_in_the_user_data_folder_unless_overridden(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("PACTWATCH_DB", raising=False)
    assert Path(default_url()).name == "pactwatch.sqlite"
    assert "pactwatch" in Path(default_url()).parent.parts[-1].lower()
    chosen = str(tmp_path / "chosen.sqlite")
    monkeypatch.setenv("PACTWATCH_DB", chosen)
    assert default_url() == chosen
    with Store() as store:
        store.add_document(report())
    assert Path(chosen).is_file()


def test_sqlite_runs_in_wal_mode_with_foreign_keys_and_a_busy_timeout(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite"
    Store(str(path)).close()
    with sqlite3.connect(path) as raw:  # WAL is a property of the file
        assert raw.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    engine = open_engine(database_url(str(path)))
    with engine.connect() as connection:  # the rest are per connection
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == BUSY_TIMEOUT_MS
    engine.dispose()


def test_a_file_that_is_not_a_database_gives_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"these are notes, not a database\n" * 200)
    with pytest.raises(StoreError, match=rf"{path}: file is not a database"):
        Store(str(path))


def test_an_unreachable_server_gives_a_store_error_without_the_password() -> None:
    with pytest.raises(StoreError) as caught:
        Store("postgresql://someone:s3cret@127.0.0.1:1/pactwatch")
    message = str(caught.value)
    assert "127.0.0.1:1/pactwatch" in message
    assert "s3cret" not in message
    assert "\n" not in message


def test_a_store_from_a_newer_pactwatch_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite"
    Store(str(path)).close()
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = 'f00d'")
    with pytest.raises(StoreError, match=r"revision 'f00d'.*upgrade pactwatch"):
        Store(str(path))


def test_migrations_build_exactly_the_schema_the_code_uses(store_url: str) -> None:
    Store(store_url).close()
    engine = create_engine(database_url(store_url))
    with engine.connect() as connection:
        context = MigrationContext.configure(connection)
        assert context.get_current_revision() == head_revision()
        assert compare_metadata(context, metadata) == []
    engine.dispose()


def test_reopening_an_up_to_date_store_runs_no_ddl(tmp_path: Path) -> None:
    path = str(tmp_path / "x.sqlite")
    Store(path).close()
    statements: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        statements.append(statement)

    event.listen(Engine, "before_cursor_execute", record)
    try:
        Store(path).close()
    finally:
        event.remove(Engine, "before_cursor_execute", record)
    assert statements
    assert not [s for s in statements if s.lstrip().upper().startswith(("CREATE", "ALTER"))]


def test_the_agreement_file_is_kept_as_validated(store_url: str) -> None:
    with Store(store_url) as store:
        store.save_agreement(agreement())
    engine = create_engine(database_url(store_url))
    with engine.connect() as connection:
        source = connection.execute(text("SELECT source FROM agreements")).scalar_one()
    engine.dispose()
    if isinstance(source, str):  # SQLite hands JSON back as text through plain SQL
        assert Agreement.model_validate_json(source) == agreement()
    else:
        assert Agreement.model_validate(source) == agreement()


def test_several_writers_on_one_sqlite_file_wait_for_each_other(tmp_path: Path) -> None:
    path = str(tmp_path / "shared.sqlite")
    Store(path).close()
    base = analysis()

    def write(worker: int) -> None:
        with Store(path) as store:
            for n in range(8):
                doc = replace(base.document, id=f"{worker}-{n}", name=f"{worker}-{n}.txt")
                store.save_analysis(replace(base, document=doc))

    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(write, range(4)))
    with Store(path) as store:
        assert store.stats()["analyzed"] == 32
        assert store.stats()["claims"] == 64
