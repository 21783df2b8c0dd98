"""Migration 0002 on a store that holds data written at 0001."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command

from pactwatch.model import Actor, ActorType, WatchlistRef
from pactwatch.store import Store
from pactwatch.store.engine import open_engine, writing
from pactwatch.store.migrate import alembic_config
from pactwatch.store.urls import database_url


def test_a_store_at_0001_keeps_its_actors_through_0002(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = open_engine(database_url(str(path)))
    with writing(engine) as connection:
        command.upgrade(alembic_config(connection), "0001")
    engine.dispose()
    with sqlite3.connect(path) as raw:
        raw.execute("INSERT INTO actors (id, name, type) VALUES ('aq', 'al-Qaeda', 'armed_group')")
        raw.execute("INSERT INTO aliases (actor_id, position, alias) VALUES ('aq', 0, 'AQ')")
        raw.execute(
            "INSERT INTO watchlist_refs (actor_id, position, list, ref, listed_on) "
            "VALUES ('aq', 0, 'UN', 'QDe.004', '2001-10-06')"
        )
    with Store(str(path)) as store:
        assert store.actors() == [
            Actor(
                "aq",
                "al-Qaeda",
                ActorType.ARMED_GROUP,
                aliases=("AQ",),
                refs=(WatchlistRef("UN", "QDe.004", "2001-10-06"),),
            )
        ]
