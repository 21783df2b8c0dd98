"""Trigger words and their constraints: which uses of a word carry a relation."""

from __future__ import annotations

from tests.analyze.conftest import Run, triples

A, N = "affirmed", "negated"


def pairs(found: set[tuple]) -> set[tuple[str, str, str | None]]:
    return {(s, r, o) for s, r, o, _, _ in found}


def test_warning_a_party_not_to_act_is_a_request(run: Run) -> None:
    found = pairs(triples(run("The Secretary-General warned the Security Council not to "
                              "ignore the crisis.")))
    assert ("Secretary-General", "REQUEST", "Security Council") in found


def test_warning_that_something_may_happen_is_no_request(run: Run) -> None:
    found = pairs(triples(run("The Security Council warned that the fighting could spread "
                              "to Hezbollah.")))
    assert not any(r == "REQUEST" for _, r, _ in found)


def test_parties_that_spoke_to_each_other_consulted(run: Run) -> None:
    found = pairs(triples(run("Egypt and Qatar spoke to each other on Sunday.")))
    assert ("Egypt", "CONSULT", "Qatar") in found


def test_declared_enmity_denies_ties(run: Run) -> None:
    found = triples(run("Hamas is a sworn enemy of Fatah."))
    assert ("Hamas", "TIES", "Fatah", N, "asserted") in found


def test_a_relation_noun_in_apposition_describes_the_name(run: Run) -> None:
    found = triples(run("Hezbollah, a close ally of Iran, won the vote."))
    assert ("Hezbollah", "TIES", "Iran", A, "asserted") in found


def test_a_condemned_event_misread_after_as_still_names_the_accused(run: Run) -> None:
    found = pairs(triples(run("The Security Council condemned as \u201creckless\u201d the "
                              "Houthi attack on shipping.")))
    assert ("Security Council", "ACCUSE", "Houthi") in found


def test_pulling_out_of_an_agreement_is_rejecting_it(run: Run) -> None:
    found = triples(run("Russia pulled out of the grain deal in July."))
    assert ("Russia", "REJECT", None, A, "asserted") in found
    assert not any(r == "RETREAT" for _, r, _, _, _ in found)


def test_an_object_named_by_its_compound_satisfies_the_trigger(run: Run) -> None:
    found = triples(run("Iran suspended its implementation commitments last week."))
    assert ("Iran", "REJECT", None, A, "asserted") in found


def test_remaining_a_threat_is_no_threat(run: Run) -> None:
    found = pairs(triples(run("Al-Shabaab remained a serious threat to Kenya.")))
    assert not any(r == "THREATEN" for _, r, _ in found)


def test_fending_off_attacks_is_not_attacking(run: Run) -> None:
    found = pairs(triples(run("The Taliban struggled to disrupt attacks in Kabul.")))
    assert ("Taliban", "ASSAULT", None) not in found
    found = pairs(triples(run("Hamas repelled an assault from Fatah.")))
    assert ("Hamas", "ASSAULT", "Fatah") in found


def test_walking_out_of_talks_is_rejecting_them(run: Run) -> None:
    found = triples(run("Hamas walked out of the talks in Cairo."))
    assert ("Hamas", "REJECT", None, A, "asserted") in found
    found = triples(run("Israel cancelled the talks with Hamas."))  # the party refused
    assert ("Israel", "REJECT", "Hamas", A, "asserted") in found


def test_advising_forces_is_aid(run: Run) -> None:
    found = pairs(triples(run("The United States advised Iraqi forces in Mosul.")))
    assert ("United States", "AID", "Iraqi forces") in found


def test_a_preposition_after_the_object_is_no_particle(run: Run) -> None:
    found = pairs(triples(run("Erdogan called Putin on Tuesday.")))
    assert not any(r == "REQUEST" for _, r, _ in found)
    found = pairs(triples(run("Egypt called on Hamas to release the hostages.")))
    assert ("Egypt", "REQUEST", "Hamas") in found


def test_the_agent_of_a_nominal_event_misattached_to_its_complement(run: Run) -> None:
    found = pairs(triples(run("The capture of the ISIS leader by Iraqi forces was announced.")))
    assert ("Iraqi forces", "COERCE", "ISIS") in found


def test_provoking_a_reaction_is_not_reacting(run: Run) -> None:
    found = pairs(triples(run("The arrest of the Hamas commander by Israel sparked protests.")))
    assert ("Israel", "COERCE", "Hamas") in found
    assert not any(r == "PROTEST" for _, r, _ in found)


def test_demonstrating_that_something_holds_is_no_protest(run: Run) -> None:
    assert not triples(run("Colombians can demonstrate that peace is possible."))
    found = pairs(triples(run("Thousands of protesters demonstrated in Baghdad.")))
    assert ("protesters", "PROTEST", None) in found


def test_reinforcing_an_idea_is_no_mobilisation(run: Run) -> None:
    assert not triples(run("The Security Council reinforced the importance of unity."))
    found = pairs(triples(run("Russia reinforced its troops near the border.")))
    assert ("Russia", "MOBILIZE", None) in found


def test_easing_a_measure_concedes_to_the_party_it_weighed_on(run: Run) -> None:
    found = pairs(triples(run("The United States eased sanctions on Venezuela.")))
    assert ("United States", "CONCEDE", "Venezuela") in found
    found = pairs(triples(run("Israel allowed humanitarian aid into Gaza.")))
    assert ("Israel", "CONCEDE", "Gaza") in found


def test_holding_a_party_responsible_accuses_it(run: Run) -> None:
    found = pairs(triples(run("The United States holds Hamas responsible for the attack.")))
    assert ("United States", "ACCUSE", "Hamas") in found
    found = pairs(triples(run("Israel held Iran fully responsible.")))
    assert ("Israel", "ACCUSE", "Iran") in found


def test_supporting_a_thing_is_verbal_support(run: Run) -> None:
    found = pairs(triples(run("The United Nations will support every effort to end the war.")))
    assert ("United Nations", "SUPPORT", None) in found
    assert not any(r == "AID" for _, r, _ in found)
    found = pairs(triples(run("Iran supports the Houthis.")))
    assert ("Iran", "AID", "Houthis") in found


def test_clashing_is_fighting_both_ways(run: Run) -> None:
    found = pairs(triples(run("Hezbollah clashed with Israeli forces near the border.")))
    assert {("Hezbollah", "ASSAULT", "Israeli forces"),
            ("Israeli forces", "ASSAULT", "Hezbollah")} <= found
    found = pairs(triples(run("Hamas and Fatah clashed in Gaza.")))
    assert {("Hamas", "ASSAULT", "Fatah"), ("Fatah", "ASSAULT", "Hamas")} <= found


def test_protests_with_no_named_doer_are_the_protesters(run: Run) -> None:
    found = pairs(triples(run("Violence marred the demonstrations in Baghdad. The envoy "
                              "regretted the deaths among the protesters.")))
    assert ("protesters", "PROTEST", None) in found


def test_a_preposition_after_a_thing_may_name_the_target(run: Run) -> None:
    found = pairs(triples(run("The United States fired missiles at the Houthis.")))
    assert ("United States", "ASSAULT", "Houthis") in found


def test_parties_that_reached_a_deal_agreed(run: Run) -> None:
    found = pairs(triples(run("Hamas and Israel reached a deal on Monday.")))
    assert ("Hamas", "AGREE", "Israel") in found


def test_a_ceasefire_reached_between_parties_is_their_agreement(run: Run) -> None:
    found = triples(run("A ceasefire has been reached between Hamas and Israel."))
    assert ("Hamas", "AGREE", "Israel", A, "asserted") in found
    assert ("Israel", "RETREAT", None, A, "commitment") in found


def test_a_truce_between_parties_that_holds_is_no_agreement(run: Run) -> None:
    found = pairs(triples(run("A truce between Hamas and Israel held on Monday.")))
    assert not any(r == "AGREE" for _, r, _ in found)


def test_acting_over_accusations_makes_them(run: Run) -> None:
    found = pairs(triples(run("The United States imposed sanctions on Hamas leaders over "
                              "accusations that Hamas attacked Israel.")))
    assert ("United States", "ACCUSE", "Hamas") in found


def test_being_punished_over_accusations_is_not_making_them(run: Run) -> None:
    found = pairs(triples(run("Hamas was sanctioned over accusations that Hamas attacked "
                              "Israel.")))
    assert not any(r == "ACCUSE" and s == "Hamas" for s, r, _ in found)


def test_parties_to_a_ceasefire_agreement_reached_pledge_to_hold_fire(run: Run) -> None:
    found = triples(run("Hamas and Israel reached a ceasefire agreement."))
    assert ("Hamas", "RETREAT", None, A, "commitment") in found
    assert ("Israel", "RETREAT", None, A, "commitment") in found


def test_a_ceasefire_agreement_named_only_is_no_retreat(run: Run) -> None:
    found = pairs(triples(run("The ceasefire agreement between Hamas and Israel collapsed.")))
    assert not any(r == "RETREAT" for _, r, _ in found)


def test_suspending_ones_part_in_a_deal_rejects_it(run: Run) -> None:
    found = pairs(triples(run("Russia's suspension of its participation in the grain deal "
                              "raised prices.")))
    assert ("Russia", "REJECT", None) in found


def test_a_suspension_of_sanctions_is_no_rejection(run: Run) -> None:
    found = pairs(triples(run("The suspension of sanctions on Iran by the United States "
                              "helped its economy.")))
    assert not any(r == "REJECT" for _, r, _ in found)


def test_weapons_launched_at_a_party_assault_it(run: Run) -> None:
    found = pairs(triples(run("Hezbollah launched drones at Israel on Sunday.")))
    assert ("Hezbollah", "ASSAULT", "Israel") in found


def test_launching_an_attack_leaves_the_claim_to_the_noun(run: Run) -> None:
    found = triples(run("Hamas launched an attack on Israel on Sunday."))
    assert ("Hamas", "ASSAULT", "Israel", A, "asserted") in found
    assert len({(s, r, o) for s, r, o, _, _ in found if r == "ASSAULT"}) == 1


def test_a_counter_operation_is_against_the_named_group(run: Run) -> None:
    found = pairs(triples(run("Iraqi forces and the United States resumed counter-Hezbollah "
                              "operations in March.")))
    assert ("United States", "ASSAULT", "Hezbollah") in found


def test_halting_operations_is_a_retreat_not_a_denied_attack(run: Run) -> None:
    found = triples(run("The United States halted counter-Hezbollah operations last week."))
    assert ("United States", "RETREAT", None, A, "asserted") in found
    assert not any(r == "ASSAULT" for _, r, *_ in found)


def test_curbing_attacks_is_a_retreat(run: Run) -> None:
    found = triples(run("Hamas has curbed its attacks on Israel since March."))
    assert ("Hamas", "RETREAT", None, A, "asserted") in found
    assert not any(r == "ASSAULT" for _, r, *_ in found)


def test_each_name_in_a_long_list_lifts_its_own_sanctions(run: Run) -> None:
    found = pairs(triples(run("The accord traded limits on enrichment for a broad lifting of "
                              "United Nations (U.N.), European Union (EU) and U.S. sanctions "
                              "on Iran.")))
    conceded = {s for s, r, o in found if r == "CONCEDE" and o == "Iran"}
    assert {"U.S.", "European Union", "United Nations"} <= conceded
    assert not any(r == "SANCTION" for _, r, _ in found)


def test_counter_patrols_are_against_the_named_group(run: Run) -> None:
    found = pairs(triples(run("U.S. forces conducted counter-Hezbollah patrols in May.")))
    assert ("U.S. forces", "ASSAULT", "Hezbollah") in found


def test_exchanging_fire_is_an_assault_both_ways(run: Run) -> None:
    found = pairs(triples(run("Hezbollah exchanged fire with Israel on Monday.")))
    assert {("Hezbollah", "ASSAULT", "Israel"), ("Israel", "ASSAULT", "Hezbollah")} <= found


def test_exchanging_prisoners_is_no_assault(run: Run) -> None:
    found = pairs(triples(run("Hamas and Israel exchanged prisoners on Monday.")))
    assert not any(r == "ASSAULT" for _, r, _ in found)


def test_strikes_that_hit_a_party_assault_it(run: Run) -> None:
    found = pairs(triples(run("Israeli airstrikes hit Hamas positions in Gaza.")))
    assert ("Israeli", "ASSAULT", "Hamas") in found


def test_backing_fighters_named_by_their_enemy_is_no_verbal_support(run: Run) -> None:
    found = pairs(triples(run("The United States backs anti-Hezbollah forces in the south.")))
    assert not any(r == "SUPPORT" for _, r, _ in found)


def test_blocking_assets_is_a_sanction_blocking_a_resolution_a_refusal(run: Run) -> None:
    assert ("United States", "SANCTION", "Hezbollah") in pairs(
        triples(run("The United States blocked the assets of Hezbollah.")))
    found = pairs(triples(run("Russia blocked the draft resolution on Tuesday.")))
    assert ("Russia", "REJECT", None) in found
    assert not any(r == "SANCTION" for _, r, _ in found)


def test_sending_forces_is_a_deployment_sending_a_letter_is_not(run: Run) -> None:
    assert ("Iran", "MOBILIZE", None) in pairs(triples(run("Iran sent troops to Syria.")))
    assert ("Russia", "MOBILIZE", None) in pairs(triples(run("Russia dispatched more "
                                                            "soldiers to Mali.")))
    found = pairs(triples(run("The United States sent a letter to the IAEA.")))
    assert ("United States", "CONSULT", "IAEA") in found
    assert not any(r == "MOBILIZE" for _, r, _ in found)


def test_fighting_alongside_a_party_is_cooperation(run: Run) -> None:
    found = pairs(triples(run("Hezbollah fought alongside Hamas in the south.")))
    assert ("Hezbollah", "COOPERATE", "Hamas") in found


def test_calling_off_talks_rejects_the_party_they_were_with(run: Run) -> None:
    found = pairs(triples(run("The United States called off the talks with the Taliban.")))
    assert ("United States", "REJECT", "Taliban") in found
    found = pairs(triples(run("The Security Council called on the Houthis to stop.")))
    assert ("Security Council", "REQUEST", "Houthis") in found


def test_calling_off_ones_own_talks_rejects_the_other_party(run: Run) -> None:
    found = pairs(triples(run("Iran called off its talks with the IAEA in June.")))
    assert ("Iran", "REJECT", "IAEA") in found


def test_declining_an_invitation_is_a_refusal_declining_violence_is_not(run: Run) -> None:
    found = pairs(triples(run("The Houthis declined the invitation to the talks.")))
    assert ("Houthis", "REJECT", None) in found
    found = pairs(triples(run("Attacks by the Houthis declined in May.")))
    assert not any(r == "REJECT" for _, r, _ in found)


def test_a_sanctions_package_is_a_sanction(run: Run) -> None:
    found = pairs(triples(run("The United States adopted a new sanctions package against "
                              "Hezbollah.")))
    assert ("United States", "SANCTION", "Hezbollah") in found


def test_a_snapback_is_a_sanction(run: Run) -> None:
    found = pairs(triples(run("France and Germany began the snapback against Iran.")))
    assert ("France", "SANCTION", "Iran") in found
