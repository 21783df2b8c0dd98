"""Threats: a party warning of a forceful act of its own threatens its target."""

from __future__ import annotations

from tests.analyze.conftest import Run, triples

A = "affirmed"


def relations(found: set[tuple]) -> set[str]:
    return {r for _, r, _, _, _ in found}


def test_warning_of_ones_own_strike_is_a_threat(run: Run) -> None:
    found = triples(run("The United States warned that it would strike the Houthis."))
    assert ("United States", "THREATEN", "Houthis", A, "future") in found
    assert "ASSAULT" not in relations(found)


def test_threatening_sanctions_names_the_target(run: Run) -> None:
    found = triples(run("The United States threatened to impose sanctions on Iran."))
    assert ("United States", "THREATEN", "Iran", A, "future") in found


def test_warning_of_anothers_strike_is_no_threat(run: Run) -> None:
    found = triples(run("The United States warned that Israel would strike Hezbollah."))
    assert "THREATEN" not in relations(found)


def test_warning_a_party_not_to_attack_stays_a_request(run: Run) -> None:
    found = triples(run("Israel warned Hamas not to attack."))
    assert ("Israel", "REQUEST", "Hamas", A, "asserted") in found
    assert "THREATEN" not in relations(found)
