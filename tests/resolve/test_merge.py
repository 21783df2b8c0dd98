"""Merging list entries into the registry: one actor per party, whatever list names it."""

from __future__ import annotations

import pytest

from pactwatch.model import Actor, ActorType, ResolveError, WatchlistRef
from pactwatch.resolve import merge_actors


def test_list_entry_merges_into_the_registry_actor(
    registry: list[Actor], sample_list: list[Actor]
) -> None:
    merged = {actor.id: actor for actor in merge_actors(registry, sample_list)}
    al_qaeda = merged["al-qaeda"]
    assert al_qaeda.name == "al-Qaeda"
    assert "un:QDe.004" not in merged
    assert {"Al-Qaida", "القاعدة", "Usama Bin Laden Network"} <= set(al_qaeda.aliases)
    assert al_qaeda.refs == (WatchlistRef("UN", "QDe.004", "2001-10-06", program="Al-Qaida"),)
    assert merged["sirajuddin-haqqani"].refs[0].listed_on == "2007-09-13"


def test_unclaimed_entries_stay_actors_of_their_own(
    registry: list[Actor], sample_list: list[Actor]
) -> None:
    merged = merge_actors(registry, sample_list)
    assert len(merged) == len(registry) + 2
    assert [actor.id for actor in merged[-2:]] == ["un:XXi.902", "un:XXe.901"]
    assert merged[: len(registry)][0] == registry[0]


def test_merging_twice_changes_nothing(registry: list[Actor], sample_list: list[Actor]) -> None:
    once = merge_actors(registry, sample_list)
    assert merge_actors(once, sample_list) == once


def test_a_list_entry_claimed_twice_is_an_error() -> None:
    ref = (WatchlistRef("UN", "QDe.004"),)
    registry = [
        Actor("al-qaeda", "al-Qaeda", ActorType.ARMED_GROUP, refs=ref),
        Actor("aq-core", "AQ core", ActorType.ARMED_GROUP, refs=ref),
    ]
    with pytest.raises(
        ResolveError, match=r"QDe\.004 is claimed by actors 'al-qaeda' and 'aq-core'"
    ):
        merge_actors(registry, [])
