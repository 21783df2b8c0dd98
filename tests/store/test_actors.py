"""Actors with aliases, watchlist entries and affiliations: round trip and upsert by id."""

from __future__ import annotations

from dataclasses import replace

from pactwatch.model import Affiliation, WatchlistRef
from pactwatch.store import Store

from .builders import actors


def test_actors_round_trip_with_their_lists(store: Store) -> None:
    given = actors()
    assert store.save_actors(given) == 3
    assert store.actors() == sorted(given, key=lambda a: a.id)
    assert store.stats()["actors"] == 3


def test_saving_an_actor_again_replaces_it_whole(store: Store) -> None:
    qaeda, haqqani, taliban = actors()
    store.save_actors([qaeda, haqqani, taliban])
    renamed = replace(
        haqqani,
        name="Siraj Haqqani",
        aliases=("Khalifa",),
        refs=(WatchlistRef("UN", "TAi.144", listed_on="2008-03-03"),),
        affiliations=(Affiliation("taliban", role="interior minister", start="2021-09-07"),),
    )

    assert store.save_actors([renamed]) == 1

    assert store.actors() == [qaeda, renamed, taliban]


def test_an_id_given_twice_in_one_call_keeps_the_last(store: Store) -> None:
    qaeda = actors()[0]
    newer = replace(qaeda, aliases=("AQ",), refs=())
    assert store.save_actors([qaeda, newer]) == 1
    assert store.actors() == [newer]


def test_saving_no_actors_changes_nothing(store: Store) -> None:
    assert store.save_actors([]) == 0
    assert store.actors() == []
