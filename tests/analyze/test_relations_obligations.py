"""Reported obligations: 'X must act, the speaker said' is the speaker's demand on X."""

from __future__ import annotations

from tests.analyze.conftest import Run, triples

A = "affirmed"


def test_a_reported_obligation_is_a_request_by_the_speaker(run: Run) -> None:
    found = triples(run("The Taliban must release the prisoners, the United States said."))
    assert ("United States", "REQUEST", "Taliban", A, "asserted") in found


def test_what_a_party_must_do_is_not_reported_as_done(run: Run) -> None:
    found = triples(run("The United States said the Taliban should release the prisoners."))
    assert not any(r == "CONCEDE" for _, r, _, _, _ in found)


def test_the_event_an_obliged_party_must_stop_is_no_claim(run: Run) -> None:
    found = triples(run("Hamas must stop its attacks and resume dialogue, the Security "
                        "Council stressed."))
    assert ("Security Council", "REQUEST", "Hamas", A, "asserted") in found
    assert not any(r == "ASSAULT" for _, r, _, _, _ in found)


def test_a_reported_intention_is_no_request(run: Run) -> None:
    found = triples(run("Hamas said it would release the hostages."))
    assert not any(r == "REQUEST" for _, r, _, _, _ in found)


def test_what_an_agreement_requires_is_its_parties_commitment(run: Run) -> None:
    """An agreement asks nothing of anyone (guideline rule 7): 'the deal requires X to
    withdraw' is X's promised retreat."""
    found = triples(run("The deal requires the United States to withdraw its troops."))
    assert ("United States", "RETREAT", None, A, "commitment") in found
    found = triples(run("The agreement requires Hamas to release the hostages."))
    assert any(t[0] == "Hamas" and t[1] == "CONCEDE" and t[4] == "commitment" for t in found)


def test_what_a_party_requires_of_another_is_still_a_request(run: Run) -> None:
    found = triples(run("The United States required the Taliban to release the prisoners."))
    assert not any(r == "CONCEDE" for _, r, _, _, _ in found)
