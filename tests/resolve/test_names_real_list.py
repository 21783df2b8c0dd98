"""names.v2 on the real UN list of 2024-09-26 (from ../shared; skipped when it is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pactwatch.model import Actor, ActorType
from pactwatch.resolve import Resolver, read_un_list
from pactwatch.resolve.matcher import MatchContext
from pactwatch.resolve.phonetic import is_arabic_script

LIST_2024 = "data/un_sc_consolidated/consolidated_2024-09-26.xml"


@pytest.fixture(scope="module")
def listed() -> list[Actor]:
    path = Path(__file__).resolve().parents[3] / "shared" / LIST_2024
    if not path.is_file():
        pytest.skip("../shared/data/un_sc_consolidated is absent")
    return read_un_list(path)


def test_list_names_rank_their_own_entry_first(listed: list[Actor]) -> None:
    resolver = Resolver(listed)
    ranked_first = total = 0
    for entry in listed:
        label = "PERSON" if entry.type is ActorType.PERSON else "ORG"
        for name in entry.names:
            total += 1
            best = resolver.candidates(name, label=label, limit=1)
            ranked_first += bool(best) and best[0].actor.id == entry.id
    assert ranked_first / total >= 0.98


def test_original_script_names_link_from_either_script(listed: list[Actor]) -> None:
    """An Arabic-script name links its entry, and so does the Latin primary name of an entry
    when only its original-script name is indexed."""
    with_script = [e for e in listed if any(is_arabic_script(name) for name in e.names)]
    latin_only = [Actor(e.id, e.name, e.type) for e in with_script if e.type is ActorType.PERSON]
    script_only = Resolver(
        [Actor(e.id, next(n for n in e.names if is_arabic_script(n)), e.type) for e in with_script]
    )
    full = Resolver(listed)
    linked_back = sum(
        (found := full.match(name)) is not None and found.actor.id == entry.id
        for entry in with_script
        for name in entry.names
        if is_arabic_script(name)
    )
    across = sum(
        (found := script_only.match(actor.name, label="PERSON")) is not None
        and found.actor.id == actor.id
        for actor in latin_only
    )
    assert linked_back / len(with_script) >= 0.98
    assert across / len(latin_only) >= 0.6


def test_the_exact_name_shortcut_changes_no_link(listed: list[Actor]) -> None:
    """``match`` without a context stops at an exact hit; with an (empty) context it ranks
    every key. Every name of the list links the same actor with the same score both ways."""
    resolver = Resolver(listed)
    for entry in listed:
        label = "PERSON" if entry.type is ActorType.PERSON else "ORG"
        for name in entry.names:
            quick = resolver.match(name, label=label)
            full = resolver.match(name, label=label, context=MatchContext())
            assert quick == full, name
