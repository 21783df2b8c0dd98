"""The trigger vocabulary of each relation: the words a careful analyst lists for it (verbs and
their nouns), and the constraints that keep the ambiguous ones from firing on other senses."""

from __future__ import annotations

import pytest
from tests.analyze.conftest import Run, triples

A = "affirmed"


def pairs(text: str, run: Run) -> set[tuple[str, str, str | None]]:
    return {(s, r, o) for s, r, o, _, _ in triples(run(text))}


@pytest.mark.parametrize(("text", "claim"), [
    # ASSAULT: killing, wounding and mistreating people; burning and looting places
    ("Hamas gunmen murdered two Israeli settlers near Hebron.",
     ("Hamas gunmen", "ASSAULT", "Israeli settlers")),
    ("Hezbollah fighters beat up the Syrian refugees at the checkpoint.",
     ("Hezbollah fighters", "ASSAULT", "Syrian refugees")),
    ("The Houthis abused Saudi prisoners for weeks.", ("Houthis", "ASSAULT", "Saudi prisoners")),
    ("Al-Shabaab torched the Kenyan police station in Mandera.",
     ("Al-Shabaab", "ASSAULT", "Kenyan")),
    ("Israeli troops opened fire on Hamas fighters at dawn.",
     ("Israeli troops", "ASSAULT", "Hamas fighters")),
    ("Iraqi forces battled al-Qaeda in Fallujah for weeks.",
     ("Iraqi forces", "ASSAULT", "al-Qaeda")),
    ("Israel destroyed Hamas tunnels under the border.", ("Israel", "ASSAULT", "Hamas")),
    ("The United States eliminated a commander of al-Shabaab in Jilib.",
     ("United States", "ASSAULT", "al-Shabaab")),
    ("The Taliban stepped up the fight against IS in the east.",
     ("Taliban", "ASSAULT", "IS")),
    # COERCE: repression, removal, demolition
    ("Egypt cracked down on Hamas supporters in Sinai.", ("Egypt", "COERCE", "Hamas")),
    ("Iraqi police dispersed the protesters outside the embassy.",
     ("Iraqi police", "COERCE", "protesters")),
    ("Israel demolished the houses of Islamic Jihad commanders in Jenin.",
     ("Israel", "COERCE", "Islamic Jihad")),
    ("Al-Shabaab held Kenyan villagers as human shields during the battle.",
     ("Al-Shabaab", "COERCE", "Kenyan villagers")),
    ("The Taliban imposed new restrictions on women.", ("Taliban", "COERCE", "women")),
    ("Saudi Arabia blockaded Qatar for three years.", ("Saudi Arabia", "COERCE", "Qatar")),
    # SANCTION: expelling envoys, halting help
    ("Morocco expelled three Algerian diplomats on Monday.", ("Morocco", "SANCTION", "Algerian")),
    ("The United States suspended military aid to Egypt.", ("United States", "SANCTION", "Egypt")),
    # AID: money, asylum, intelligence and support in kind
    ("Qatar gave Hamas thirty million dollars last year.", ("Qatar", "AID", "Hamas")),
    ("Sudan granted asylum to Hamas leaders in 2015.", ("Sudan", "AID", "Hamas")),
    ("The United States provided intelligence to Kenya about al-Shabaab.",
     ("United States", "AID", "Kenya")),
    ("The United States provided reconnaissance support to Somalia.",
     ("United States", "AID", "Somalia")),
    # COOPERATE, MOBILIZE, RETREAT, CONCEDE, CONSULT
    ("Egypt and Sudan held war games near the Red Sea.", ("Egypt", "COOPERATE", "Sudan")),
    ("Kenya held joint training with the United States in Lamu.",
     ("Kenya", "COOPERATE", "United States")),
    ("Turkey placed its troops on high alert.", ("Turkey", "MOBILIZE", None)),
    ("Kenya activated its rapid reaction force on Friday.", ("Kenya", "MOBILIZE", None)),
    ("The Houthis observed the truce throughout Ramadan.", ("Houthis", "RETREAT", None)),
    ("The ELN decommissioned its combatants in three phases.", ("ELN", "RETREAT", None)),
    ("Egypt conferred with Qatar about the hostages.", ("Egypt", "CONSULT", "Qatar")),
    ("Vladimir Putin hosted Turkish President Recep Tayyip Erdogan in Sochi.",
     ("Vladimir Putin", "CONSULT", "Recep Tayyip Erdogan")),
    ("Iran admitted IAEA inspectors to the plant.", ("Iran", "CONCEDE", "IAEA")),
    # SUPPORT, REQUEST, ACCUSE, REJECT
    ("Iran lauded Hezbollah for its steadfastness.", ("Iran", "SUPPORT", "Hezbollah")),
    ("Qatar congratulated Hamas on the exchange.", ("Qatar", "SUPPORT", "Hamas")),
    ("Pakistan pressured the Taliban to attend the meeting.", ("Pakistan", "REQUEST", "Taliban")),
    ("Jordan rebuked Israel over the raid.", ("Jordan", "ACCUSE", "Israel")),
    ("Egypt decried the Israeli strike on Rafah.", ("Egypt", "ACCUSE", "Israeli")),
    ("Egypt ruled out talks with Hamas.", ("Egypt", "REJECT", "Hamas")),
    ("Hamas ignored the demands of the Security Council.",
     ("Hamas", "REJECT", "Security Council")),
    # PROTEST, TIES, AGREE
    ("Thousands of students rioted against the government of Kenya.",
     ("students", "PROTEST", "government of Kenya")),
    ("Supporters of Hamas barricaded the main road in Ramallah.", ("Hamas", "PROTEST", None)),
    ("The Taliban sided with al-Qaeda against the Americans.", ("Taliban", "TIES", "al-Qaeda")),
    ("Hundreds of ELN fighters defected to the FARC dissidents.",
     ("ELN fighters", "TIES", "FARC dissidents")),
    ("Israel and Jordan signed a treaty in 1994.", ("Israel", "AGREE", "Jordan")),
])
def test_the_vocabulary_of_each_relation_fires(run: Run, text: str, claim: tuple) -> None:
    assert claim in pairs(text, run)


def test_halting_an_offensive_is_no_sanction(run: Run) -> None:
    found = pairs("The Houthis halted their offensive on Marib.", run)
    assert ("Houthis", "RETREAT", None) in found
    assert not any(r == "SANCTION" for _, r, _ in found)


def test_expelling_people_who_are_no_envoys_stays_coercion(run: Run) -> None:
    found = pairs("Kenya expelled hundreds of Somali refugees in June.", run)
    assert not any(r == "SANCTION" for _, r, _ in found)


def test_beating_a_rival_in_a_vote_is_no_attack(run: Run) -> None:
    found = pairs("Hamas beat Fatah in the student council elections.", run)
    assert not any(r == "ASSAULT" for _, r, _ in found)


def test_burning_weapons_stays_disarmament(run: Run) -> None:
    found = pairs(
        "During a public ceremony, ELN combatants burned hundreds of surrendered rifles.", run)
    assert not any(r == "ASSAULT" for _, r, _ in found)


def test_seeking_refuge_is_no_help_given(run: Run) -> None:
    found = pairs("Thousands of Afghans sought refuge in Pakistan.", run)
    assert not any(r == "AID" for _, r, _ in found)


def test_settlements_in_a_territory_are_no_agreement(run: Run) -> None:
    found = pairs("Israel expanded its settlements in the West Bank.", run)
    assert not any(r == "AGREE" for _, r, _ in found)


def test_a_battle_for_a_place_names_no_target(run: Run) -> None:
    found = pairs("The Taliban won the battle for Kunduz.", run)
    assert ("Taliban", "ASSAULT", "Kunduz") not in found


def test_ruling_out_an_amnesty_is_a_refusal_not_a_concession(run: Run) -> None:
    found = triples(run("Colombia ruled out an amnesty for ELN commanders."))
    assert ("Colombia", "REJECT", None, A, "asserted") in found
    assert not any(r == "CONCEDE" and p == A for _, r, _, p, _ in found)


def test_destroying_ones_own_weapons_is_no_attack(run: Run) -> None:
    found = pairs("Syria destroyed its chemical weapons under supervision.", run)
    assert not any(r == "ASSAULT" for _, r, _ in found)


def test_lifting_a_blockade_is_a_concession_not_coercion(run: Run) -> None:
    found = pairs("Israel lifted the blockade on Gaza.", run)
    assert ("Israel", "CONCEDE", "Gaza") in found
    assert not any(r == "COERCE" for _, r, _ in found)
