"""Names written with an acronym and a qualifier in parentheses, and descriptions of a body
by its size: what official prose calls a party besides its registry name."""

from __future__ import annotations

import pytest

from pactwatch.model import Actor, ActorType
from pactwatch.resolve import Resolver

FACTIONS = [
    Actor(id="front", name="Northern Front", type=ActorType.ARMED_GROUP, aliases=("NF",)),
    Actor(id="front-io", name="NF-IO", type=ActorType.ARMED_GROUP,
          aliases=("Northern Front (in opposition)",)),
]


def test_an_acronym_before_a_qualifier_does_not_hide_the_faction() -> None:
    found = Resolver(FACTIONS).match("Northern Front (NF) (in opposition)")
    assert found is not None and found.actor.id == "front-io"


def test_an_acronym_alone_is_left_to_the_ordinary_keys() -> None:
    found = Resolver(FACTIONS).match("Northern Front")
    assert found is not None and found.actor.id == "front"


@pytest.mark.parametrize("name", ["15-nation organ", "15-member organ", "15-member body"])
def test_the_council_named_by_its_size(registry: list[Actor], name: str) -> None:
    found = Resolver(registry).match(name)
    assert found is not None and found.actor.id == "un-security-council"
