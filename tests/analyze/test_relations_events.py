"""Events and their parties beyond the plain parse: nominal forms (trips, responses,
escalations), relative and light verbs, help received, collective names, from sentences
written for these tests."""

from __future__ import annotations

import pytest
from tests.analyze.conftest import GAZETTEER, Run, triples

from pactwatch.analyze import analyze, load_pipeline
from pactwatch.model import AnalyzedDocument, Document, DocumentKind

A, N = "affirmed", "negated"


def test_a_trip_to_a_country_is_a_visit(run: Run) -> None:
    found = triples(run("A Hamas delegation made two trips to Qatar in March."))
    assert any(t[1:3] == ("CONSULT", "Qatar") for t in found)


def test_an_agreement_being_solidified_is_reached(run: Run) -> None:
    found = triples(run("The talks helped solidify an agreement between Hamas and Hezbollah."))
    assert ("Hamas", "AGREE", "Hezbollah", A, "asserted") in found


def test_attacks_and_a_military_response_are_attacks_on_each_other(run: Run) -> None:
    found = triples(run("Since the 2006 Hezbollah attacks and Israel's military response in "
                        "Lebanon, tensions have remained high."))
    assert {("Hezbollah", "ASSAULT", "Israel", A, "asserted"),
            ("Israel", "ASSAULT", "Hezbollah", A, "asserted")} <= found


def test_a_response_that_is_not_forceful_is_no_attack(run: Run) -> None:
    found = triples(run("The Houthi attacks and the Security Council's response were "
                        "discussed."))
    assert not any(t[0] == "Security Council" and t[1] == "ASSAULT" for t in found)
    assert not any(t[1] == "ASSAULT" and t[2] == "Security Council" for t in found)


def test_a_light_verb_in_a_relative_clause_lends_its_arguments(run: Run) -> None:
    """'the embargo that X imposed on Y', 'the talks X held with Y'."""
    assert ("United States", "SANCTION", "Cuba", A, "asserted") in triples(
        run("The embargo that the United States imposed on Cuba remains in force."))
    assert ("Hamas", "CONSULT", "Egypt", A, "asserted") in triples(
        run("The talks Hamas held with Egypt last week were productive."))


def test_stressing_the_importance_of_an_accord_endorses_it(run: Run) -> None:
    found = triples(run("The Security Council reaffirmed the importance of the peace "
                        "agreement for stability in the country."))
    assert ("Security Council", "SUPPORT", None, A, "asserted") in found


def test_stressing_the_importance_of_a_party_supports_it(run: Run) -> None:
    found = triples(run("Egypt stressed the importance of Hamas to the talks."))
    assert ("Egypt", "SUPPORT", "Hamas", A, "asserted") in found


def test_the_importance_of_restraint_supports_no_one(run: Run) -> None:
    found = triples(run("The Security Council emphasized the importance of restraint."))
    assert not any(t[1] == "SUPPORT" for t in found)


def test_a_violated_ceasefire_is_no_retreat(run: Run) -> None:
    found = triples(run("Hamas accused Israel of violating the ceasefire."))
    assert ("Hamas", "ACCUSE", "Israel", A, "asserted") in found
    assert not any(t[1] == "RETREAT" for t in found)


def test_a_ceasefire_agreed_is_still_a_retreat(run: Run) -> None:
    found = triples(run("Hamas and Hezbollah agreed to a truce."))
    assert ("Hamas", "RETREAT", None, A, "commitment") in found


def test_paying_a_visit_is_a_visit(run: Run) -> None:
    found = triples(run("A Hamas delegation paid a visit to Qatar on Monday."))
    assert any(t[1:3] == ("CONSULT", "Qatar") for t in found)


def test_the_mediator_of_a_truce_is_no_party_to_it(run: Run) -> None:
    found = triples(run("Israel and Hamas reached a ceasefire agreement mediated by Qatar."))
    assert ("Israel", "AGREE", "Hamas", A, "asserted") in found
    assert not any(t[0] == "Qatar" and t[1] == "RETREAT" for t in found)


def test_help_received_from_a_party_is_that_partys_aid(run: Run) -> None:
    found = triples(run("The Houthis received training from Iran."))
    assert any(t[:3] == ("Iran", "AID", "Houthis") for t in found)
    assert not any(t[0] == "Houthis" and t[1] == "AID" for t in found)


def test_weapons_transferred_or_sold_are_aid(run: Run) -> None:
    assert any(t[:3] == ("Iran", "AID", "Hezbollah") for t in triples(
        run("Iran has transferred drones to Hezbollah.")))
    assert any(t[:3] == ("Iran", "AID", "Houthis") for t in triples(
        run("Iran sold weapons to the Houthis.")))


def test_joint_exercises_are_cooperation(run: Run) -> None:
    found = triples(run("Hezbollah and Hamas conducted joint exercises in southern Lebanon."))
    assert ("Hezbollah", "COOPERATE", "Hamas", A, "asserted") in found


def test_a_quantity_of_people_meets_a_triggers_object_constraint(run: Run) -> None:
    found = triples(run("Al-Shabaab executed dozens of civilians in the town."))
    assert any(t[0] == "Al-Shabaab" and t[1] == "ASSAULT" for t in found)


def test_a_counterpart_named_by_nationality_is_that_side(run: Run) -> None:
    """'his Saudi counterpart': the adjective names the side, the pronoun the subject."""
    found = triples(run("The Iranian foreign minister met his Saudi counterpart in Beijing."))
    assert any(t[1:3] == ("CONSULT", "Saudi") for t in found)


def test_raids_from_a_territory_are_not_by_its_people(run: Run) -> None:
    found = triples(run("Hamas conducted cross-border raids from Lebanese territory."))
    assert ("Hamas", "ASSAULT", None, A, "asserted") in found
    assert not any(t[0] == "Lebanese" for t in found)


def test_an_escalation_between_two_parties_is_fighting_both_ways(run: Run) -> None:
    found = triples(run("The Secretary-General is concerned by the escalation between Israel "
                        "and Hezbollah."))
    assert {("Israel", "ASSAULT", "Hezbollah", A, "asserted"),
            ("Hezbollah", "ASSAULT", "Israel", A, "asserted")} <= found


def test_travelling_for_talks_takes_part_in_them(run: Run) -> None:
    found = triples(run("A Hamas delegation travelled to Cairo for talks with Hezbollah."))
    assert any(t[1:3] == ("CONSULT", "Hezbollah") for t in found)


def test_a_round_of_talks_is_held_by_the_light_verbs_subjects(run: Run) -> None:
    found = triples(run("Hamas and Hezbollah held a round of talks in Beirut."))
    assert ("Hamas", "CONSULT", "Hezbollah", A, "asserted") in found


def test_receiving_a_delegation_is_a_meeting(run: Run) -> None:
    found = triples(run("Egypt received the Hamas delegation in Cairo."))
    assert any(t[0] == "Egypt" and t[1] == "CONSULT" for t in found)


def test_money_appropriated_for_a_party_is_aid(run: Run) -> None:
    """'for X' hangs on the sum, not on the verb."""
    found = triples(run("The United States appropriated $4 billion for the Afghan security "
                        "forces."))
    assert any(t[0] == "United States" and t[1] == "AID" and t[2] for t in found)


def test_denied_involvement_in_an_attack_negates_it(run: Run) -> None:
    found = triples(run("Hezbollah denied any involvement in the attacks on Israel."))
    assert ("Hezbollah", "ASSAULT", "Israel", N, "asserted") in found


def test_someone_elses_involvement_is_not_the_speakers_act(run: Run) -> None:
    found = triples(run("Egypt welcomed Qatar's involvement in the talks with Hamas."))
    assert not any(t[0] == "Egypt" and t[1] == "CONSULT" for t in found)


@pytest.fixture(scope="module")
def run_with_groups() -> Run:
    """The gazetteer with a multilateral party in it, as the registry names one."""
    nlp = load_pipeline(gazetteer=[*GAZETTEER, "P5+1"])

    def run(text: str) -> AnalyzedDocument:
        document = Document(id="t", name="t", text=text, kind=DocumentKind("news"),
                            date="2020-06-03")
        return next(analyze([document], nlp=nlp))

    return run


def test_a_list_known_by_a_collective_name_acts_as_that_group(run_with_groups: Run) -> None:
    """Guideline: multilateral parties (P5+1) are one party, not agreements among members."""
    found = triples(run_with_groups(
        "Iran and six states (China, France, Germany, Russia, the United Kingdom and the "
        "United States, collectively known as the P5+1) signed the deal."))
    assert ("Iran", "AGREE", "P5+1", A, "asserted") in found
    assert not any(t[0] == "United States" and t[1] == "AGREE" for t in found)


def test_a_stated_alignment_is_ties(run: Run) -> None:
    assert ("Houthis", "TIES", "Hezbollah", A, "asserted") in triples(
        run("The Houthis are aligned with Hezbollah."))
    assert any(t[1] == "TIES" and t[3] == A for t in triples(
        run("The Taliban and al-Qaeda remain closely aligned.")))


def test_a_denied_alignment_is_ties_negated(run: Run) -> None:
    assert any(t[1] == "TIES" and t[3] == N for t in triples(
        run("The Taliban and al-Qaeda are not aligned.")))


def test_an_affiliate_in_apposition_is_tied_to_its_parent(run: Run) -> None:
    found = triples(run("Al-Shabaab, an al-Qaeda affiliate, controls much of southern "
                        "Somalia."))
    assert any(t[1] == "TIES" and {t[0], t[2]} == {"al-Qaeda", "Al-Shabaab"} for t in found)


def test_splitting_from_a_group_is_ties_negated(run: Run) -> None:
    found = triples(run("Hamas split from Hezbollah in 2016."))
    assert ("Hamas", "TIES", "Hezbollah", N, "asserted") in found


def test_breaking_a_ceasefire_is_no_parting_of_ways(run: Run) -> None:
    assert not any(t[1] == "TIES" for t in triples(run("Hamas broke the ceasefire.")))


def test_a_phone_call_received_is_a_conversation_with_the_caller(run: Run) -> None:
    found = triples(run("Hamas received a phone call from the Houthis on Tuesday."))
    assert ("Houthis", "CONSULT", "Hamas", A, "asserted") in found
    assert not any(t[1] == "REQUEST" for t in found)


def test_an_event_that_does_something_is_its_doers_deed(run: Run) -> None:
    found = triples(run("An attack by al-Shabaab killed ten Kenyan soldiers."))
    assert any(t[:2] == ("al-Shabaab", "ASSAULT") and t[2] for t in found)


def test_an_attack_attributed_to_a_party_is_its_attack(run: Run) -> None:
    found = triples(run("A drone strike attributed to the United States killed an al-Shabaab "
                        "commander."))
    assert ("United States", "ASSAULT", "al-Shabaab", A, "asserted") in found


def test_the_party_defended_is_fought_beside(run: Run) -> None:
    found = triples(run("U.S. forces defended the Houthis against al-Qaeda."))
    assert ("U.S. forces", "COOPERATE", "Houthis", "affirmed", "asserted") in found
    assert ("U.S. forces", "ASSAULT", "al-Qaeda", "affirmed", "asserted") in found


def test_civilians_defended_are_no_partners(run: Run) -> None:
    found = triples(run("Hezbollah protected civilians from al-Qaeda."))
    assert not any(r == "COOPERATE" for _, r, _, _, _ in found)


def test_who_ends_an_attack_is_not_its_doer(run: Run) -> None:
    found = triples(run("Hezbollah fighters quickly ended the attack on the base."))
    assert not any(r == "ASSAULT" for _, r, _, _, _ in found)


def test_joint_operations_without_a_target_are_cooperation(run: Run) -> None:
    found = triples(run("Hezbollah conducted joint patrols with the Houthis near the coast."))
    assert ("Hezbollah", "COOPERATE", "Houthis", "affirmed", "asserted") in found
    found = triples(run("Hamas issued a joint statement with Islamic Jihad."))
    assert not any(r == "COOPERATE" for _, r, _, _, _ in found)


@pytest.mark.parametrize(
    "text",
    ["Hezbollah struck several sites in Syria overnight.",
     "The United States carried out strikes on targets inside Syria.",
     "Hamas shelled a village in Syria."],
)
def test_a_site_struck_in_a_state_is_an_attack_on_that_state(run: Run, text: str) -> None:
    found = {(r, o) for _, r, o, _, _ in triples(run(text))}
    assert ("ASSAULT", "Syria") in found


def test_a_holder_named_on_the_site_comes_before_the_state_it_lies_in(run: Run) -> None:
    found = {(r, o) for _, r, o, _, _ in triples(run("The United States bombed Hezbollah "
                                                      "positions in Syria."))}
    assert ("ASSAULT", "Hezbollah") in found
    assert ("ASSAULT", "Syria") not in found


@pytest.mark.parametrize(
    "text",
    ["Hamas handed over its weapons to the monitors in two stages.",
     "The ELN laid down its arms at a ceremony in the mountains.",
     "Dozens of al-Shabaab fighters surrendered to the army.",
     "Under the accord, the Houthis shall relocate their forces out of the port.",
     "Hezbollah announced the decommissioning of its arsenal."],
)
def test_giving_up_weapons_or_moving_forces_out_is_a_retreat(run: Run, text: str) -> None:
    assert any(r == "RETREAT" and p == A for _, r, _, p, _ in triples(run(text)))


def test_prisoners_handed_over_are_still_released(run: Run) -> None:
    found = triples(run("Hamas handed over three hostages to the Red Cross."))
    assert any(r == "CONCEDE" for _, r, *_ in found)
    assert not any(r == "RETREAT" for _, r, *_ in found)


@pytest.mark.parametrize(
    "text",
    ["The Secretary-General welcomed the signing of the Havana Peace Agreement between "
     "the United States and the ELN.",
     "The Secretary-General welcomed the signing today in Geneva of the Memorandum of "
     "Understanding between the United States and the ELN."],
)
def test_signing_a_named_accord_between_parties_is_their_agreement(run: Run, text: str) -> None:
    found = {(s, r, o) for s, r, o, _, _ in triples(run(text))}
    assert ("United States", "AGREE", "ELN") in found


def test_a_named_accord_alone_is_no_agreement(run: Run) -> None:
    found = triples(run("The Havana Peace Agreement between the United States and the ELN "
                        "was discussed in Geneva."))
    assert not any(r == "AGREE" for _, r, *_ in found)


def test_a_site_struck_in_a_province_is_no_attack_on_the_province(run: Run) -> None:
    found = {(r, o) for _, r, o, _, _ in triples(run("Hezbollah struck several sites in "
                                                      "Idlib Province overnight."))}
    assert ("ASSAULT", None) in found
