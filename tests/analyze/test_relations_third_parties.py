"""Relations a sentence states through a third party or a circumstance: mediators, backers of
an event, proposers refused, sanctions given for a wrong, invitations, joint operations, and
concessions both sides agree to. Sentences written for these tests."""

from __future__ import annotations

import pytest
from tests.analyze.conftest import Run, triples

A = "affirmed"


@pytest.mark.parametrize(
    "text",
    [
        "Talks between Israel and Hamas, mediated by Qatar, resumed on Monday.",
        "Qatar brokered a ceasefire between Israel and Hamas in January.",
        "Qatar's mediation between Israel and Hamas stalled in the spring.",
    ],
)
def test_a_mediator_consults_each_party(run: Run, text: str) -> None:
    found = {(s, r, o) for s, r, o, _, _ in triples(run(text))}
    assert {("Qatar", "CONSULT", "Israel"), ("Qatar", "CONSULT", "Hamas")} <= found


def test_thanking_a_host_makes_the_thanker_no_mediator(run: Run) -> None:
    found = triples(run("Egypt thanked Qatar for hosting the talks between Israel and Hamas."))
    assert not any(s == "Egypt" and r == "CONSULT" for s, r, *_ in found)


def test_a_ceasefire_brokered_by_a_third_party_still_binds_the_parties(run: Run) -> None:
    found = triples(run("Qatar brokered a ceasefire between Israel and Hamas in January."))
    assert {("Israel", "AGREE", "Hamas", A, "asserted"),
            ("Israel", "RETREAT", None, A, "commitment"),
            ("Hamas", "RETREAT", None, A, "commitment")} <= found


@pytest.mark.parametrize(
    "text",
    [
        "The offensive by Hamas, carried out with the support of Hezbollah, reached the town.",
        "The envoy condemned the offensive by Hamas, carried out with the support of Hezbollah.",
        "The attack by Hamas was carried out with the backing of Hezbollah.",
    ],
)
def test_support_for_an_event_aids_its_doer(run: Run, text: str) -> None:
    assert ("Hezbollah", "AID", "Hamas", A, "asserted") in triples(run(text))


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("Hamas turned down a proposal from Egypt to host new talks.", "Egypt"),
        ("The Taliban rebuffed Qatar's offer of a meeting.", "Qatar"),
        ("Hamas rejected an invitation by Egypt.", "Egypt"),
    ],
)
def test_refusing_a_proposal_refuses_its_proposer(run: Run, text: str, refused: str) -> None:
    assert any(r == "REJECT" and o == refused for _, r, o, _, _ in triples(run(text)))


@pytest.mark.parametrize(
    "text",
    [
        "The United States designated Hamas for its role in the October attacks.",
        "The United States imposed sanctions on Hamas over its attacks on civilians.",
    ],
)
def test_a_sanction_for_a_wrong_also_blames(run: Run, text: str) -> None:
    found = triples(run(text))
    assert {("United States", "SANCTION", "Hamas", A, "asserted"),
            ("United States", "ACCUSE", "Hamas", A, "asserted")} <= found


def test_a_sanction_with_no_reason_blames_no_one(run: Run) -> None:
    found = triples(run("The United States imposed sanctions on Hamas in 2019."))
    assert not any(r == "ACCUSE" for _, r, *_ in found)


@pytest.mark.parametrize(
    "text",
    [
        "An insurgency led by the Houthis, a U.S.-designated terrorist group that pledged "
        "allegiance to Hezbollah, has spread.",
        "An insurgency led by Ansar Allah (AA), a U.S.-designated terrorist group that pledged "
        "allegiance to Hezbollah, has spread.",
    ],
)
def test_a_descriptive_apposition_stands_for_the_name(run: Run, text: str) -> None:
    found = triples(run(text))
    assert not any("designated" in s or "designated" in (o or "") for s, _, o, _, _ in found)
    assert any(r == "SANCTION" and o is not None and o in ("Houthis", "Ansar Allah")
               for _, r, o, _, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Hamas agreed to a complete cessation of hostilities.",
        "Israel and Hamas shall cease all hostilities.",
    ],
)
def test_ceasing_hostilities_is_a_retreat(run: Run, text: str) -> None:
    found = {(s, r) for s, r, *_ in triples(run(text))}
    assert {("Israel", "RETREAT"), ("Hamas", "RETREAT")} <= found


def test_a_call_to_cease_hostilities_is_no_retreat(run: Run) -> None:
    found = triples(run("The Security Council called on Hamas to cease hostilities."))
    assert not any(r == "RETREAT" for _, r, *_ in found)


def test_joint_operations_with_a_partner_against_a_target(run: Run) -> None:
    found = triples(run("Kenya conducted joint operations with Somalia against al-Shabaab."))
    assert {("Kenya", "ASSAULT", "al-Shabaab", A, "asserted"),
            ("Somalia", "ASSAULT", "al-Shabaab", A, "asserted"),
            ("Kenya", "COOPERATE", "Somalia", A, "asserted")} <= found


def test_a_release_both_sides_agree_to_is_a_concession_to_each_other(run: Run) -> None:
    found = triples(run("Israel and Hamas agreed to release detained fighters."))
    assert {("Israel", "CONCEDE", "Hamas", A, "commitment"),
            ("Hamas", "CONCEDE", "Israel", A, "commitment")} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Kenya deployed troops to the border at the invitation of Somalia.",
        "Kenya sent troops to the border at Somalia's request.",
    ],
)
def test_acting_at_a_party_s_invitation_answers_its_request(run: Run, text: str) -> None:
    found = triples(run(text))
    assert ("Somalia", "REQUEST", "Kenya", A, "asserted") in found
    assert ("Kenya", "MOBILIZE", None, A, "asserted") in found


def test_a_protest_is_against_whom_it_makes_demands_of(run: Run) -> None:
    found = triples(run("Thousands of protesters rallied in the capital, demanding the "
                        "resignation of Hamas."))
    assert ("protesters", "PROTEST", "Hamas", A, "asserted") in found


def test_reporting_clashes_makes_the_reporter_no_fighter(run: Run) -> None:
    found = triples(run("The envoy reported continued clashes in the north between Hamas and "
                        "Hezbollah."))
    assert {("Hamas", "ASSAULT", "Hezbollah", A, "asserted"),
            ("Hezbollah", "ASSAULT", "Hamas", A, "asserted")} <= found
    assert not any(s == "envoy" for s, *_ in found)


def test_support_handed_to_a_party_is_aid(run: Run) -> None:
    found = triples(run("Iran provided weapons and support to the Houthis."))
    assert ("Iran", "AID", "Houthis", A, "asserted") in found
    assert ("Iran", "SUPPORT", "Houthis", A, "asserted") not in found


def test_support_voiced_for_a_party_stays_verbal(run: Run) -> None:
    found = triples(run("Egypt expressed its support for Hamas."))
    assert ("Egypt", "SUPPORT", "Hamas", A, "asserted") in found


def test_posing_a_threat_is_no_threat(run: Run) -> None:
    found = triples(run("Kenya said al-Shabaab still posed a threat to its border."))
    assert not any(r == "THREATEN" for _, r, *_ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The United States condemned Hamas's military operation in the south.",
         ("Hamas", "ASSAULT", None, A, "asserted")),
        ("Kenya recalled the al-Shabaab aggression against Somalia.",
         ("al-Shabaab", "ASSAULT", "Somalia", A, "asserted")),
    ],
)
def test_named_military_acts_are_attacks(run: Run, text: str, expected: tuple) -> None:
    assert expected in triples(run(text))


def test_aggression_with_no_target_is_no_attack(run: Run) -> None:
    found = triples(run("The deployment followed an increase in Hamas aggression in the south."))
    assert not any(r == "ASSAULT" for _, r, *_ in found)


def test_initialling_an_agreement_enacts_it(run: Run) -> None:
    found = triples(run("Egypt welcomed the initialling of the peace agreement between Israel "
                        "and Hamas."))
    assert any(r == "AGREE" and {s, o} == {"Israel", "Hamas"} for s, r, o, _, _ in found)


def test_a_withdrawal_of_them_is_the_speaker_s_own(run: Run) -> None:
    found = triples(run("Kenya said it had deployed troops at the invitation of Somalia and "
                        "would withdraw them next year."))
    assert ("Kenya", "RETREAT", None, A, "future") in found
    assert not any(s == "Somalia" and r == "RETREAT" for s, r, *_ in found)


def test_a_split_off_bare_verb_is_still_requested(run: Run) -> None:
    found = triples(run("The Security Council called on Hamas to cease hostilities at once "
                        "and withdraw from every captured town."))
    assert not any(r == "RETREAT" for _, r, *_ in found)
    assert ("Security Council", "REQUEST", "Hamas", A, "asserted") in found


def test_a_subject_split_off_by_an_adverb_still_acts(run: Run) -> None:
    found = triples(run("The United States is today designating Hamas as a terrorist group."))
    assert ("United States", "SANCTION", "Hamas", A, "asserted") in found


def test_an_indefinite_description_after_a_bracketed_acronym_is_the_name(run: Run) -> None:
    found = triples(run("Ten soldiers were killed in an attack claimed by Ansar Allah (AA), "
                        "a U.S.-designated terrorist group based in Yemen."))
    assert any(r == "SANCTION" and o == "Ansar Allah" for _, r, o, _, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Ansar Allah, a front for Hezbollah, claimed the attack.",
        "Ansar Allah, a group with close ties to Hezbollah, claimed the attack.",
    ],
)
def test_what_a_description_says_of_a_name_ties_it(run: Run, text: str) -> None:
    assert ("Ansar Allah", "TIES", "Hezbollah", A, "asserted") in triples(run(text))


def test_ties_denied_in_a_description_are_negated(run: Run) -> None:
    found = triples(run("Kenya described Ansar Allah as a group with no ties to Hezbollah "
                        "at all."))
    assert ("Ansar Allah", "TIES", "Hezbollah", "negated", "asserted") in found


def test_raising_a_matter_with_a_party_consults_it(run: Run) -> None:
    found = triples(run("Kenya raised the issue with Somalia on Monday."))
    assert ("Kenya", "CONSULT", "Somalia", A, "asserted") in found


def test_overrunning_a_party_s_bases_attacks_it(run: Run) -> None:
    found = triples(run("Hamas overran several Hezbollah bases in the north."))
    assert ("Hamas", "ASSAULT", "Hezbollah", A, "asserted") in found


def test_a_joint_request_is_each_party_s_request_and_no_cooperation(run: Run) -> None:
    found = triples(run("Egypt noted the joint request by Israel and Hamas to close the "
                        "crossing."))
    assert {("Israel", "REQUEST", None, A, "asserted"),
            ("Hamas", "REQUEST", None, A, "asserted")} <= found
    assert not any(r == "COOPERATE" for _, r, *_ in found)


def test_a_welcome_beside_a_thanks_is_a_claim_of_its_own(run: Run) -> None:
    found = triples(run("The Security Council welcomed the progress of the mission and "
                        "expressed its appreciation to Kenya for leading it."))
    assert {("Security Council", "SUPPORT", None, A, "asserted"),
            ("Security Council", "SUPPORT", "Kenya", A, "asserted")} <= found


def test_an_event_noun_and_its_verb_are_one_claim(run: Run) -> None:
    found = triples(run("A U.S. drone strike killed al-Shabaab commanders."))
    assert ("U.S.", "ASSAULT", None, A, "asserted") not in found


def test_brokers_of_a_deal_are_no_party_to_it(run: Run) -> None:
    found = triples(run("Egypt and Qatar brokered a truce between Israel and Hamas."))
    assert not any(r == "AGREE" and "Egypt" in (s, o) for s, r, o, _, _ in found)
    assert {("Egypt", "CONSULT", "Israel"), ("Qatar", "CONSULT", "Hamas")} <= {
        (s, r, o) for s, r, o, _, _ in found}


def test_a_truce_with_one_named_side_binds_that_side_only(run: Run) -> None:
    found = triples(run("Qatar brokered a truce between local militias and Hamas."))
    assert ("Hamas", "RETREAT", None, A, "commitment") in found
    assert not any(r == "AGREE" for _, r, *_ in found)


def test_a_sanction_reason_hung_on_the_name_still_blames(run: Run) -> None:
    found = triples(run("The United States sanctioned Hamas commander Yahya Sinwar for his "
                        "role in the attacks."))
    assert any(s == "United States" and r == "ACCUSE" for s, r, *_ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya pledged to neutralize al-Shabaab.", ("Kenya", "ASSAULT", "al-Shabaab")),
        ("Hamas defied the Security Council.", ("Hamas", "REJECT", "Security Council")),
        ("Hamas barred Hezbollah from entering the camp.", ("Hamas", "COERCE", "Hezbollah")),
    ],
)
def test_more_verbs(run: Run, text: str, expected: tuple) -> None:
    assert expected in {(s, r, o) for s, r, o, _, _ in triples(run(text))}


def test_what_a_party_uses_to_act_is_not_the_actor(run: Run) -> None:
    found = triples(run("Iran shipped drones to the Houthis, who use them to carry out attacks "
                        "on Israel."))
    assert ("Houthis", "ASSAULT", "Israel", A, "asserted") in found
    assert not any(s == "Iran" and r == "ASSAULT" for s, r, *_ in found)


@pytest.mark.parametrize(
    "text",
    ["Hamas distributed jet fuel for Hezbollah.", "Hamas distributed weapons to Hezbollah."],
)
def test_supplies_distributed_for_a_party_aid_it(run: Run, text: str) -> None:
    assert ("Hamas", "AID", "Hezbollah", A, "asserted") in triples(run(text))


@pytest.mark.parametrize(
    "text",
    ["Egypt provided political support to Hamas.", "Egypt gave its full support to Hamas."],
)
def test_support_given_in_words_stays_verbal(run: Run, text: str) -> None:
    found = triples(run(text))
    assert ("Egypt", "SUPPORT", "Hamas", A, "asserted") in found
    assert not any(r == "AID" for _, r, *_ in found)


@pytest.mark.parametrize(
    "text",
    ["Israel and Hamas exchanged prisoners on Friday.",
     "Israel exchanged 90 prisoners with Hamas."],
)
def test_prisoners_exchanged_are_concessions_both_ways(run: Run, text: str) -> None:
    found = triples(run(text))
    assert {("Israel", "CONCEDE", "Hamas", A, "asserted"),
            ("Hamas", "CONCEDE", "Israel", A, "asserted")} <= found


def test_fire_exchanged_is_still_an_attack_both_ways(run: Run) -> None:
    found = triples(run("Israel and Hamas exchanged fire across the border."))
    assert {("Israel", "ASSAULT", "Hamas", A, "asserted"),
            ("Hamas", "ASSAULT", "Israel", A, "asserted")} <= found


@pytest.mark.parametrize(
    ("text", "ties", "sanction"),
    [
        ("Kenya severed diplomatic ties with Somalia.", "negated", A),
        ("Kenya did not break off diplomatic relations with Somalia.", A, "negated"),
    ],
)
def test_breaking_off_diplomatic_relations_is_a_sanction(
    run: Run, text: str, ties: str, sanction: str
) -> None:
    found = triples(run(text))
    assert ("Kenya", "TIES", "Somalia", ties, "asserted") in found
    assert ("Kenya", "SANCTION", "Somalia", sanction, "asserted") in found


def test_cutting_ties_of_no_diplomatic_kind_is_no_sanction(run: Run) -> None:
    found = triples(run("Hamas cut its ties with Hezbollah."))
    assert not any(r == "SANCTION" for _, r, *_ in found)


@pytest.mark.parametrize(
    "text",
    ["The Qatar-mediated talks between Israel and Hamas resumed.",
     "The Qatar-brokered talks between Israel and Hamas resumed."],
)
def test_a_hyphenated_mediator_consults_each_party(run: Run, text: str) -> None:
    found = {(s, r, o) for s, r, o, _, _ in triples(run(text))}
    assert {("Qatar", "CONSULT", "Israel"), ("Qatar", "CONSULT", "Hamas")} <= found


@pytest.mark.parametrize(
    "text",
    ["Hamas fought Israel alongside Hezbollah in the north.",
     "Hamas fought alongside Hezbollah against Israel."],
)
def test_fighting_alongside_a_party_is_cooperation_against_a_common_foe(
    run: Run, text: str
) -> None:
    found = triples(run(text))
    assert {("Hamas", "COOPERATE", "Hezbollah", A, "asserted"),
            ("Hamas", "ASSAULT", "Israel", A, "asserted"),
            ("Hezbollah", "ASSAULT", "Israel", A, "asserted")} <= found
    assert ("Hamas", "ASSAULT", "Hezbollah", A, "asserted") not in found


def test_welcoming_an_accord_and_thanking_its_facilitator_are_both_support(run: Run) -> None:
    found = triples(run("Egypt welcomes the agreement reached by Hamas and Hezbollah on Sunday. "
                        "It thanks Qatar for facilitating the talks."))
    assert {("Egypt", "SUPPORT", None, A, "asserted"),
            ("Egypt", "SUPPORT", "Qatar", A, "asserted")} <= found
