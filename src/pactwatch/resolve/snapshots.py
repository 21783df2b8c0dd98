"""Membership of a list by date, from the snapshots of it that were imported.

A list file is a snapshot: the entries on the list the day it was generated. Given several
snapshots of one list, an entry's history follows: it was seen from its first snapshot to its
last, and if a later snapshot lacks it, it was removed **on the date of the first snapshot
where it is absent** (the list does not say the day between two snapshots; that is the first
day we know it was off). The answer depends only on the set of snapshots, never on the order
they were imported in, and recording a snapshot twice changes nothing.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass

History = Mapping[str, frozenset[str]]  # snapshot date (ISO) -> refs present that day


@dataclass(frozen=True)
class SnapshotDiff:
    """What one snapshot changes, against the snapshot just before it (by date) if any.

    ``added``/``removed`` compare with ``previous``; ``dropped_by_next`` lists the entries of
    this snapshot that the next snapshot (by date, when one was imported before) lacks, which
    is how an older snapshot imported last reports its removals.
    """

    list_name: str
    snapshot_date: str
    entries: int
    added: tuple[str, ...]
    removed: tuple[str, ...]
    unchanged: int
    previous: str | None
    next: str | None
    dropped_by_next: tuple[str, ...]
    already_recorded: bool  # the same snapshot, with the same entries, was recorded before


@dataclass(frozen=True)
class Membership:
    """One entry's presence in the imported snapshots of its list."""

    list_name: str
    ref: str
    first_seen: str
    last_seen: str
    removed_on: str | None  # first snapshot after ``last_seen``; None if in the newest one

    def on_list(self, day: str) -> bool | None:
        """Whether the snapshots show the entry on the list on ``day``; None when ``day`` is
        before the first snapshot that has it (the snapshots cannot tell)."""
        if day < self.first_seen:
            return None
        return self.removed_on is None or day < self.removed_on


def diff_snapshot(
    list_name: str, history: History, snapshot_date: str, refs: frozenset[str]
) -> SnapshotDiff:
    """How ``refs`` on ``snapshot_date`` differ from the neighbouring snapshots in ``history``
    (which may already hold ``snapshot_date`` itself: it is then compared with its neighbours)."""
    dates = sorted(day for day in history if day != snapshot_date)
    position = bisect_right(dates, snapshot_date)
    previous = dates[position - 1] if position else None
    following = dates[position] if position < len(dates) else None
    before = history[previous] if previous else frozenset()
    return SnapshotDiff(
        list_name=list_name,
        snapshot_date=snapshot_date,
        entries=len(refs),
        added=tuple(sorted(refs - before)),
        removed=tuple(sorted(before - refs)),
        unchanged=len(refs & before),
        previous=previous,
        next=following,
        dropped_by_next=tuple(sorted(refs - history[following])) if following else (),
        already_recorded=history.get(snapshot_date) == refs,
    )


def memberships(list_name: str, history: History) -> dict[str, Membership]:
    """Every ref seen in ``history``, with its first and last snapshot and removal date."""
    dates = sorted(history)
    seen: dict[str, list[str]] = {}
    for day in dates:
        for ref in history[day]:
            seen.setdefault(ref, []).append(day)
    result = {}
    for ref, days in seen.items():
        later = dates[dates.index(days[-1]) + 1 :]
        result[ref] = Membership(
            list_name=list_name,
            ref=ref,
            first_seen=days[0],
            last_seen=days[-1],
            removed_on=later[0] if later else None,
        )
    return result
