"""Objects behind a quantifier or a held-people noun keep the actor they name."""

from __future__ import annotations

import pytest
from tests.analyze.conftest import Run, triples


def objects(text: str, run: Run, relation: str) -> set[str | None]:
    return {o for _, r, o, *_ in triples(run(text)) if r == relation}


@pytest.mark.parametrize("quantifier", ["most", "some", "all", "several", "many", "part"])
def test_quantified_object_keeps_the_actor_inside_of(run: Run, quantifier: str) -> None:
    text = f"The Taliban freed {quantifier} of the 300 Hezbollah fighters they held."
    assert any(o and "Hezbollah" in o for o in objects(text, run, "CONCEDE"))


def test_prisoners_from_a_side_stand_for_that_side(run: Run) -> None:
    text = "The Taliban released their last prisoners from the Haqqani Network."
    assert "Haqqani Network" in objects(text, run, "CONCEDE")


def test_prisoners_of_a_side_stand_for_that_side(run: Run) -> None:
    text = "Hamas released the detainees of Islamic Jihad on Monday."
    assert "Islamic Jihad" in objects(text, run, "CONCEDE")


def test_prisoners_from_a_place_name_no_side(run: Run) -> None:
    found = objects("The Taliban released 200 prisoners from the prison in Kandahar.", run,
                    "CONCEDE")
    assert not any("Kandahar" in (o or "") for o in found)


def test_defending_against_a_party_is_assault_on_it(run: Run) -> None:
    found = {(s, r, o) for s, r, o, *_ in triples(
        run("Overnight, U.S. aircraft defended Afghan army posts in Helmand against the "
            "Taliban."))}
    assert ("U.S.", "ASSAULT", "Taliban") in found
    assert not any(r == "ASSAULT" and "Afghan" in (o or "") for _, r, o in found)


def test_defending_with_no_attacker_is_no_claim(run: Run) -> None:
    assert not triples(run("The Taliban defended their positions in the valley."))


def test_objectless_repeat_in_the_next_sentence_goes(run: Run) -> None:
    found = triples(run("Hamas increased its attacks against Israel this month. "
                        "Hamas launched more attacks than last year."))
    assert {(s, r, o) for s, r, o, *_ in found if r == "ASSAULT"} == {
        ("Hamas", "ASSAULT", "Israel")}


def test_objectless_claim_in_another_paragraph_stays(run: Run) -> None:
    found = triples(run("Hamas increased its attacks against Israel this month.\n\n"
                        "Hamas launched more attacks than last year."))
    assert ("Hamas", "ASSAULT", None) in {(s, r, o) for s, r, o, *_ in found}
