"""Actors with their aliases, watchlist entries, affiliations and list facts, as rows and back.

An actor saved again replaces its earlier version whole (its lists included): the registry
and the imported watchlists are the truth, the store a copy of them. Weak aliases share the
``aliases`` table (flag ``weak``), after the full ones. A watchlist entry's ``removed_on``, when
snapshots of its list show it removed (``list_membership``), is the snapshots' answer: it
holds for every actor carrying the ref, whichever order the snapshots were imported in.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, delete, select

from pactwatch.model import Actor, ActorType, Affiliation, WatchlistRef
from pactwatch.store.engine import insert
from pactwatch.store.schema import (
    actor_facts,
    actors,
    affiliations,
    aliases,
    list_membership,
    watchlist_refs,
)

_LISTS = (aliases, watchlist_refs, affiliations, actor_facts)
_CHUNK = 500  # ids per DELETE ... IN (...), well under SQLite's limit on bound parameters


def write_actors(connection: Connection, given: Iterable[Actor]) -> int:
    """Upsert ``given`` by id (the last one wins when an id repeats); return how many."""
    by_id = {actor.id: actor for actor in given}
    if not by_id:
        return 0
    statement = insert(connection, actors)
    statement = statement.on_conflict_do_update(
        index_elements=["id"],
        set_={c: statement.excluded[c] for c in ("name", "type", "country", "description")},
    )
    connection.execute(statement, [_actor_row(actor) for actor in by_id.values()])
    ids = list(by_id)
    for start in range(0, len(ids), _CHUNK):
        for table in _LISTS:
            chunk = ids[start : start + _CHUNK]
            connection.execute(delete(table).where(table.c.actor_id.in_(chunk)))
    rows: dict[Any, list[dict[str, Any]]] = {table: [] for table in _LISTS}
    for actor in by_id.values():
        rows[aliases].extend(
            {"actor_id": actor.id, "position": i, "alias": alias, "weak": i >= len(actor.aliases)}
            for i, alias in enumerate((*actor.aliases, *actor.weak_aliases))
        )
        rows[actor_facts].extend(
            {"actor_id": actor.id, "fact": fact, "position": i, "value": value}
            for fact, values in _facts(actor).items()
            for i, value in enumerate(values)
        )
        rows[watchlist_refs].extend(
            {
                "actor_id": actor.id,
                "position": i,
                "list": ref.list,
                "ref": ref.ref,
                "listed_on": ref.listed_on,
                "removed_on": ref.removed_on,
                "program": ref.program,
            }
            for i, ref in enumerate(actor.refs)
        )
        rows[affiliations].extend(
            {
                "actor_id": actor.id,
                "position": i,
                "organization_id": tie.organization,
                "role": tie.role,
                "start_date": tie.start,
                "end_date": tie.end,
            }
            for i, tie in enumerate(actor.affiliations)
        )
    for table, table_rows in rows.items():
        if table_rows:
            connection.execute(table.insert(), table_rows)
    return len(by_id)


def _facts(actor: Actor) -> dict[str, tuple[str, ...]]:
    return {
        "birth_date": actor.birth_dates,
        "birth_place": actor.birth_places,
        "nationality": actor.nationalities,
    }


def _actor_row(actor: Actor) -> dict[str, Any]:
    return {
        "id": actor.id,
        "name": actor.name,
        "type": str(actor.type),
        "country": actor.country,
        "description": actor.description,
    }


def read_actors(connection: Connection) -> list[Actor]:
    """Every actor, by id, with its lists in the order they were given."""
    owned: dict[Any, defaultdict[str, list[Mapping[str, Any]]]] = {}
    for table in _LISTS:
        owned[table] = defaultdict(list)
        query = select(table).order_by(*table.primary_key.columns)
        for row in connection.execute(query).mappings():
            owned[table][row["actor_id"]].append(row)
    removals = {
        (row["list"], row["ref"]): row["removed_on"]
        for row in connection.execute(
            select(list_membership).where(list_membership.c.removed_on.is_not(None))
        ).mappings()
    }

    def facts(actor_id: str, fact: str) -> tuple[str, ...]:
        return tuple(r["value"] for r in owned[actor_facts][actor_id] if r["fact"] == fact)

    return [
        Actor(
            id=row["id"],
            name=row["name"],
            type=ActorType(row["type"]),
            aliases=tuple(r["alias"] for r in owned[aliases][row["id"]] if not r["weak"]),
            weak_aliases=tuple(r["alias"] for r in owned[aliases][row["id"]] if r["weak"]),
            refs=tuple(
                WatchlistRef(
                    list=r["list"],
                    ref=r["ref"],
                    listed_on=r["listed_on"],
                    removed_on=removals.get((r["list"], r["ref"])) or r["removed_on"],
                    program=r["program"],
                )
                for r in owned[watchlist_refs][row["id"]]
            ),
            country=row["country"],
            affiliations=tuple(
                Affiliation(
                    organization=r["organization_id"],
                    role=r["role"],
                    start=r["start_date"],
                    end=r["end_date"],
                )
                for r in owned[affiliations][row["id"]]
            ),
            description=row["description"],
            birth_dates=facts(row["id"], "birth_date"),
            birth_places=facts(row["id"], "birth_place"),
            nationalities=facts(row["id"], "nationality"),
        )
        for row in connection.execute(select(actors).order_by(actors.c.id)).mappings()
    ]
