"""Round 9 qualifiers: conditions set by "only once" and "as long as", tensed conjuncts that
an auxiliary cannot govern, sworn ties, purposes of promised acts, decisions already taken."""

from __future__ import annotations

import pytest
from tests.analyze.conftest import Run, triples

A, N = "affirmed", "negated"


@pytest.mark.parametrize("condition", [
    "only once al-Qaeda had left the province",
    "only when al-Qaeda left the province",
    "as long as al-Qaeda stayed out of the province",
])
def test_a_restricted_time_clause_is_a_condition(run: Run, condition: str) -> None:
    text = f"The United States would pull its troops out of Kandahar {condition}."
    retreats = {m for s, r, _, _, m in triples(run(text))
                if r == "RETREAT" and s == "United States"}
    assert retreats == {"conditional"}


def test_a_plain_time_clause_is_no_condition(run: Run) -> None:
    text = "The United States would pull its troops out of Kandahar once al-Qaeda had left."
    retreats = {m for s, r, _, _, m in triples(run(text))
                if r == "RETREAT" and s == "United States"}
    assert retreats == {"future"}


def test_a_tensed_conjunct_escapes_the_auxiliary_and_negation(run: Run) -> None:
    text = ("The Taliban could not pose as neutral while it sheltered, trained and armed "
            "al-Qaeda for years.")
    found = {(r, p, m) for s, r, o, p, m in triples(run(text)) if o == "al-Qaeda"}
    assert ("AID", A, "asserted") in found
    assert not any(p == N or m == "hedged" for _, p, m in found)


def test_a_bare_conjunct_still_shares_the_negation(run: Run) -> None:
    assert ("Taliban", "ASSAULT", "Hamas fighters", N, "asserted") in triples(
        run("The Taliban did not attack or kill Hamas fighters."))


def test_pledged_allegiance_is_a_sworn_tie(run: Run) -> None:
    assert ("Hamas", "TIES", "Taliban", A, "asserted") in triples(
        run("Hamas pledged allegiance to the Taliban in 2015."))


def test_a_promise_to_pledge_allegiance_is_still_promised(run: Run) -> None:
    found = triples(run("Hamas promised to pledge allegiance to the Taliban."))
    assert ("Hamas", "TIES", "Taliban", A, "commitment") in found


def test_the_purpose_of_an_agreed_act_is_promised(run: Run) -> None:
    text = "The United States shall conduct operations to neutralize al-Qaeda."
    assert ("United States", "ASSAULT", "al-Qaeda", A, "commitment") in triples(
        run(text, kind="agreement"))


def test_the_purpose_of_a_done_act_stands_on_its_own(run: Run) -> None:
    found = triples(run("The United States sent troops to fight the Taliban."))
    assert ("United States", "ASSAULT", "Taliban", A, "asserted") in found


def test_a_decision_talked_about_as_taken_is_done(run: Run) -> None:
    text = "Hamas's decision to withdraw its fighters from Gaza angered Israel."
    retreats = {m for s, r, _, _, m in triples(run(text)) if r == "RETREAT"}
    assert retreats == {"asserted"}


def test_a_decision_announced_is_still_an_intention(run: Run) -> None:
    text = "Hamas announced its decision to withdraw its fighters from Gaza."
    retreats = {m for s, r, _, _, m in triples(run(text)) if r == "RETREAT"}
    assert retreats == {"future"}
