"""A nationality word before a name describes the actor ("Russian Wagner Group"); before
irregular fighters ("Tajik militias") it does not make them the state's forces."""

from __future__ import annotations

import pytest

from pactwatch.resolve import Resolver, load_places, load_registry


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(load_registry())


def _id(resolver: Resolver, name: str) -> str | None:
    match = resolver.match(name)
    return match.actor.id if match else None


def test_a_leading_nationality_is_dropped_before_a_group_name(resolver: Resolver) -> None:
    assert _id(resolver, "Russian Wagner Group") == "wagner-group"


def test_a_name_that_begins_with_a_nationality_keeps_its_own_entry(resolver: Resolver) -> None:
    assert _id(resolver, "Pakistani Taliban") == "ttp"
    assert _id(resolver, "Russian Federation") == "russia"


@pytest.mark.parametrize("name", ["Tajik militias", "Syrian rebels", "Iraqi militants"])
def test_irregular_fighters_are_not_the_state_of_their_nationality(
    resolver: Resolver, name: str
) -> None:
    match = resolver.match(name)
    assert match is None or match.actor.type.value != "state"


def test_state_forces_are_still_the_state(resolver: Resolver) -> None:
    assert _id(resolver, "Russian forces") == "russia"
    assert _id(resolver, "Houthi militia") == "houthis"


def test_places_are_the_capitals_and_the_capitals_read_by_date() -> None:
    places = load_places()
    assert "Islamabad" in places
    assert "Kabul" in places  # a context alias marked as a place
    assert "coalition" not in places
