"""Imported sanctions lists: their snapshots, membership by date, entries and list claims.

A list file is saved as a snapshot (its date and the refs it holds), and membership is derived
again from every snapshot of that list (``resolve/snapshots.py``). The entries are saved as
actors only where this snapshot is the newest that holds them, so that importing an older file
after a newer one does not bring back old names; an entry only the older file holds is saved
from it. The list's claim documents follow their entries: the newest reading replaces the
document of an entry (a changed narrative leaves no stale claims), and an entry whose newest
narrative names no one loses its document.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Connection, delete, select

from pactwatch.model import DocumentKind
from pactwatch.resolve.listclaims import document_name
from pactwatch.resolve.snapshots import (
    History,
    Membership,
    SnapshotDiff,
    diff_snapshot,
    memberships,
)
from pactwatch.store import actors as actor_rows
from pactwatch.store import analysis
from pactwatch.store.engine import insert
from pactwatch.store.schema import (
    actors,
    documents,
    list_membership,
    list_snapshot_refs,
    list_snapshots,
)

if TYPE_CHECKING:  # only a type here: reading list files is the resolve stage's work
    from pactwatch.resolve.watchlists import WatchlistImport

_CHUNK = 500  # names per DELETE ... IN (...), well under SQLite's limit on bound parameters


@dataclass(frozen=True)
class WatchlistSaved:
    """What saving a list file did: the snapshot's diff, and what was written."""

    diff: SnapshotDiff
    actors: int  # entries written (those no newer snapshot holds)
    documents: int  # list documents written
    links: int  # TIES claims in them

    def __str__(self) -> str:
        d = self.diff
        return (
            f"{d.list_name} {d.snapshot_date}: {d.entries} entries, {len(d.added)} added, "
            f"{len(d.removed)} removed, {d.unchanged} unchanged"
            + (f" (against {d.previous})" if d.previous else "")
            + (f"; {len(d.dropped_by_next)} gone by {d.next}" if d.next else "")
            + f"; {self.links} ties from {self.documents} list documents"
        )


def record_snapshot(
    connection: Connection,
    list_name: str,
    snapshot_date: str,
    refs: Iterable[str],
    *,
    source: str | None,
    now: dt.datetime,
) -> SnapshotDiff:
    """Save the snapshot (replacing one of the same list and date) and derive membership."""
    present = frozenset(refs)
    history = read_history(connection, list_name)
    diff = diff_snapshot(list_name, history, snapshot_date, present)
    if diff.already_recorded:
        return diff
    key = {"list": list_name, "snapshot_date": snapshot_date}
    connection.execute(
        delete(list_snapshots).where(
            (list_snapshots.c.list == list_name) & (list_snapshots.c.snapshot_date == snapshot_date)
        )
    )
    connection.execute(
        list_snapshots.insert(),
        {**key, "entries": len(present), "source": source, "recorded_at": now},
    )
    if present:
        connection.execute(list_snapshot_refs.insert(), [{**key, "ref": r} for r in present])
    _write_membership(connection, list_name, {**history, snapshot_date: present})
    return diff


def read_history(connection: Connection, list_name: str) -> dict[str, frozenset[str]]:
    """Every recorded snapshot of ``list_name``: date -> refs present."""
    dates = select(list_snapshots.c.snapshot_date).where(list_snapshots.c.list == list_name)
    found: dict[str, set[str]] = {day: set() for day in connection.execute(dates).scalars()}
    query = select(list_snapshot_refs.c.snapshot_date, list_snapshot_refs.c.ref).where(
        list_snapshot_refs.c.list == list_name
    )
    for day, ref in connection.execute(query):
        found[day].add(ref)
    return {day: frozenset(refs) for day, refs in found.items()}


def _write_membership(connection: Connection, list_name: str, history: History) -> None:
    connection.execute(delete(list_membership).where(list_membership.c.list == list_name))
    rows = [
        {
            "list": list_name,
            "ref": m.ref,
            "first_seen": m.first_seen,
            "last_seen": m.last_seen,
            "removed_on": m.removed_on,
        }
        for m in memberships(list_name, history).values()
    ]
    if rows:
        connection.execute(insert(connection, list_membership), rows)


def read_membership(connection: Connection, list_name: str, ref: str) -> Membership | None:
    row = (
        connection.execute(
            select(list_membership).where(
                (list_membership.c.list == list_name) & (list_membership.c.ref == ref)
            )
        )
        .mappings()
        .first()
    )
    if row is None:
        return None
    return Membership(
        list_name=list_name,
        ref=ref,
        first_seen=row["first_seen"],
        last_seen=row["last_seen"],
        removed_on=row["removed_on"],
    )


def save_watchlist(
    connection: Connection, imported: WatchlistImport, now: dt.datetime
) -> WatchlistSaved:
    """Record the snapshot, then write the entries and list documents it is newest for."""
    diff = record_snapshot(
        connection,
        imported.list_name,
        imported.snapshot_date,
        imported.refs,
        source=str(imported.path),
        now=now,
    )
    history = read_history(connection, imported.list_name)
    newest_of = {}
    for day in sorted(history):
        for ref in history[day]:
            newest_of[ref] = day
    is_newest = imported.snapshot_date == max(history)
    stored = set(connection.execute(select(actors.c.id)).scalars())
    listed = imported.refs

    def current(key: str, actor_id: str) -> bool:
        if key not in listed:  # not a list entry (an FtM relative): the newest file, or new
            return is_newest or actor_id not in stored
        return newest_of.get(key) == imported.snapshot_date

    keys = [key for key, actor in imported.entries.items() if current(key, actor.id)]
    written = [imported.entries[key] for key in keys]
    actor_rows.write_actors(connection, written)
    names = sorted({document_name(imported.list_name, key) for key in keys})
    wanted = set(names)
    kept = [doc for doc in imported.documents if doc.document.name in wanted]
    for start in range(0, len(names), _CHUNK):
        connection.execute(
            delete(documents).where(
                (documents.c.kind == str(DocumentKind.WATCHLIST))
                & documents.c.name.in_(names[start : start + _CHUNK])
                & documents.c.id.not_in([doc.document.id for doc in kept])
            )
        )
    for doc in kept:
        analysis.write_analysis(connection, doc, now)
    return WatchlistSaved(
        diff=diff,
        actors=len(written),
        documents=len(kept),
        links=sum(len(s.claims) for doc in kept for s in doc.sentences),
    )
