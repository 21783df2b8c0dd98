"""The real UN consolidated list of 2024-09-26 (from ../shared; skipped when it is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pactwatch.model import Actor
from pactwatch.resolve import Resolver, merge_actors, read_un_list

LIST_2024 = "data/un_sc_consolidated/consolidated_2024-09-26.xml"


@pytest.fixture(scope="module")
def un_2024() -> list[Actor]:
    path = Path(__file__).resolve().parents[3] / "shared" / LIST_2024
    if not path.is_file():
        pytest.skip("../shared/data/un_sc_consolidated is absent")
    return read_un_list(path)


def test_the_whole_list_loads_and_indexes(
    un_2024: list[Actor], registry: list[Actor]
) -> None:
    assert len(un_2024) == 875
    assert sum(actor.type == "person" for actor in un_2024) == 682
    resolver = Resolver(merge_actors(registry, un_2024))  # build time: benchmarks/names_speed.py
    found = resolver.match("Al-Qaida")
    assert found is not None
    assert found.actor.id == "al-qaeda"
    assert "QDe.004" in {ref.ref for ref in found.actor.refs}


def test_every_registry_ref_is_on_the_list(un_2024: list[Actor], registry: list[Actor]) -> None:
    listed = {ref.ref for actor in un_2024 for ref in actor.refs}
    used = {ref.ref for actor in registry for ref in actor.refs if ref.list == "UN"}
    assert used - listed == set()


def test_list_names_link_back_to_their_entry(un_2024: list[Actor], registry: list[Actor]) -> None:
    """Nearly every name on the list resolves to its own entry; the rest are refused (one word
    of a person's name, names two entries share), rarely linked elsewhere."""
    resolver = Resolver(merge_actors(registry, un_2024))
    owner = {ref.ref: actor.id for actor in resolver.actors for ref in actor.refs}
    outcomes = {"own": 0, "none": 0, "other": 0}
    for entry in un_2024:
        label = "PERSON" if entry.type == "person" else "ORG"
        for name in entry.names:
            found = resolver.match(name, label=label)
            if found is None:
                outcomes["none"] += 1
            elif found.actor.id == owner[entry.refs[0].ref]:
                outcomes["own"] += 1
            else:
                outcomes["other"] += 1
    total = sum(outcomes.values())
    assert outcomes["own"] / total > 0.9
    assert outcomes["other"] / total < 0.005
