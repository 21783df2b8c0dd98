"""Merging imported watchlist entries into the registry's actors.

The registry's al-Qaeda and the UN list's QDe.004 are one actor: a claim about "al-Qa'ida"
must count against the same party whichever name a writer used. A list entry whose ref appears
in a registry actor's refs merges into it; the registry's id and canonical name win (they are
what agreements and reports use), the list adds its aliases (weak ones stay weak unless the
registry or the list also gives them as full names), its fuller ref (dates, programme), and
the birth dates, places of birth and nationalities it records.
Entries no registry actor claims stay actors of their own (``un:<ref>``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from pactwatch.model import Actor, ResolveError, WatchlistRef


def merge_actors(registry: Iterable[Actor], imported: Iterable[Actor]) -> list[Actor]:
    """Registry actors (enriched by the list entries they claim), then the unclaimed entries.

    Raises ``ResolveError`` when two registry actors claim the same list entry.
    """
    merged: dict[str, Actor] = {}
    owners: dict[tuple[str, str], str] = {}
    for actor in registry:
        merged[actor.id] = actor
        for ref in actor.refs:
            owner = owners.setdefault(_key(ref), actor.id)
            if owner != actor.id:
                raise ResolveError(
                    f"list entry {ref.list} {ref.ref} is claimed by actors {owner!r} and "
                    f"{actor.id!r}; keep the ref on one actor of the registry"
                )
    for entry in imported:
        owner_ids = list(dict.fromkeys(owners[_key(r)] for r in entry.refs if _key(r) in owners))
        if not owner_ids:
            # an entry read twice (from two snapshots) keeps the first reading
            merged.setdefault(entry.id, entry)
            continue
        for owner_id in owner_ids:
            merged[owner_id] = _absorb(merged[owner_id], entry)
    return list(merged.values())


def _absorb(actor: Actor, entry: Actor) -> Actor:
    """``actor`` with the names and refs of ``entry``; the list's reading of a shared ref
    replaces the registry's, which usually lacks the listing date."""
    names = [name for name in entry.names if name != actor.name]
    aliases = tuple(dict.fromkeys([*actor.aliases, *names]))
    full = {actor.name, *aliases}
    weak = (name for name in (*actor.weak_aliases, *entry.weak_aliases) if name not in full)
    entry_refs = {_key(ref): ref for ref in entry.refs}
    refs = [entry_refs.pop(_key(ref), ref) for ref in actor.refs]
    return replace(
        actor,
        aliases=aliases,
        weak_aliases=tuple(dict.fromkeys(weak)),
        refs=(*refs, *entry_refs.values()),
        country=actor.country or entry.country,
        description=actor.description or entry.description,
        birth_dates=_union(actor.birth_dates, entry.birth_dates),
        birth_places=_union(actor.birth_places, entry.birth_places),
        nationalities=_union(actor.nationalities, entry.nationalities),
    )


def _union(first: tuple[str, ...], second: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*first, *second)))


def _key(ref: WatchlistRef) -> tuple[str, str]:
    return ref.list, ref.ref
