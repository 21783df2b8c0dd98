"""Constructions that hide a verb's arguments (sentences written for these tests): reciprocal
objects ('X and Y fought each other'), places taken, companions ('together with X'), agents
and controllers in odd places, followers named by their party ('fighters loyal to X'), and
targets described as a party's ('what X called Y positions')."""

from __future__ import annotations

import pytest
from tests.analyze.conftest import Run, triples


def pairs(text: str, run: Run) -> set[tuple[str, str, str | None]]:
    return {(s, r, o) for s, r, o, _, _ in triples(run(text))}


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("Hamas and Hezbollah have fought each other for years.", "ASSAULT"),
        ("Hamas and Hezbollah fought with one another near the border.", "ASSAULT"),
        ("The Houthis and al-Shabaab accused each other of lying.", "ACCUSE"),
        ("Hamas and Hezbollah praised one another after the vote.", "SUPPORT"),
    ],
)
def test_a_reciprocal_object_is_each_of_the_coordinated_subjects(
    run: Run, text: str, relation: str
) -> None:
    found = pairs(text, run)
    first, second = ("Houthis", "al-Shabaab") if "Houthis" in text else ("Hamas", "Hezbollah")
    assert {(first, relation, second), (second, relation, first)} <= found


def test_a_symmetric_relation_with_a_reciprocal_object_is_recorded_once(run: Run) -> None:
    found = [t for t in triples(run("Hamas and Hezbollah met each other in Beirut."))
             if t[1] == "CONSULT"]
    assert len(found) == 1


def test_a_single_subject_with_a_reciprocal_object_has_no_partner(run: Run) -> None:
    found = pairs("The Taliban fought each other over the spoils.", run)
    assert not any(o == "Taliban" for _, _, o in found)


def test_taking_a_place_is_an_attack(run: Run) -> None:
    found = pairs("Hamas fighters kept advancing, taking a dozen villages in the valley.", run)
    assert ("Hamas fighters", "ASSAULT", None) in found


def test_taking_part_or_hostages_is_no_seizure_of_a_place(run: Run) -> None:
    assert not any(r == "ASSAULT" for _, r, _ in pairs("Hamas took part in the talks.", run))


@pytest.mark.parametrize(
    "text",
    [
        "Hamas, together with Hezbollah, attacked the Houthis near the port.",
        "Hamas crossed the river and, together with Hezbollah, attacked the Houthis.",
        "Hamas, along with Hezbollah, launched strikes on the Houthis.",
    ],
)
def test_a_companion_of_the_subject_fights_beside_it(run: Run, text: str) -> None:
    found = pairs(text, run)
    assert ("Hamas", "COOPERATE", "Hezbollah") in found
    assert {("Hamas", "ASSAULT", "Houthis"), ("Hezbollah", "ASSAULT", "Houthis")} <= found


def test_training_alongside_a_party_is_a_joint_activity(run: Run) -> None:
    found = pairs("Hamas fighters had trained alongside Hezbollah at camps in the south.", run)
    assert ("Hamas fighters", "COOPERATE", "Hezbollah") in found


def test_a_victim_along_with_others_is_no_companion_of_the_attacker(run: Run) -> None:
    found = pairs("The Houthis killed a Hamas envoy along with Hezbollah guards.", run)
    assert not any(r == "COOPERATE" for _, r, _ in found)


def test_an_agent_hung_on_a_date_is_still_the_passive_s_agent(run: Run) -> None:
    found = pairs("The Security Council welcomed the accord signed in Doha on 4 June by "
                  "Hamas and Hezbollah.", run)
    assert ("Hamas", "AGREE", "Hezbollah") in found


def test_the_passive_subject_of_an_accusation_is_the_accused_doer(run: Run) -> None:
    found = pairs("Hamas has been accused by Hezbollah of attacking the Houthis.", run)
    assert ("Hamas", "ASSAULT", "Houthis") in found
    assert not any(s == "Hezbollah" and r == "ASSAULT" for s, r, _ in found)


@pytest.mark.parametrize(
    "text",
    ["Gunmen loyal to Hamas attacked Hezbollah offices in the camp.",
     "Armed units belonging to Hamas have stepped up attacks on Hezbollah."],
)
def test_followers_of_a_party_are_named_by_it(run: Run, text: str) -> None:
    assert ("Hamas", "ASSAULT", "Hezbollah") in pairs(text, run)


def test_a_loyal_faction_and_a_rival_fought_each_other(run: Run) -> None:
    found = pairs("Since the split, the faction loyal to Hamas and the breakaway Islamic Jihad "
                  "have fought each other for recruits.", run)
    assert {("Hamas", "ASSAULT", "Islamic Jihad"), ("Islamic Jihad", "ASSAULT", "Hamas")} <= found


@pytest.mark.parametrize(
    "text",
    ["The Houthis bombed what they called Hamas weapons depots near the coast.",
     "The Houthis shelled a compound that they identified as a Hamas training camp."],
)
def test_a_target_described_as_a_party_s_place_is_the_party_s(run: Run, text: str) -> None:
    assert ("Houthis", "ASSAULT", "Hamas") in pairs(text, run)


def test_a_partner_hung_on_what_is_shared_is_the_verbs(run: Run) -> None:
    found = {(s, r, o) for s, r, o, _, _ in triples(run(
        "Egypt shared information with Hamas about the tunnels."))}
    assert ("Egypt", "COOPERATE", "Hamas") in found
