"""Arguments, nominal forms, coreference and collective actors, from sentences written here."""

from __future__ import annotations

import pytest
from tests.analyze.conftest import Run, all_claims, triples

A, N = "affirmed", "negated"


def relations(text: str, run: Run) -> set[tuple[str, str, str | None]]:
    return {(s, r, o) for s, r, o, *_ in triples(run(text))}


def test_agreement_signed_by_two_parties_is_agree(run: Run) -> None:
    found = relations("Egypt welcomed the accord signed by Hamas and Israel in Cairo.", run)
    assert ("Hamas", "AGREE", "Israel") in found


def test_a_bare_agreement_name_is_not_agree(run: Run) -> None:
    found = relations("The peace agreement between Colombia and the ELN is five years old.", run)
    assert not any(r == "AGREE" for _, r, _ in found)


def test_signed_hyphenated_agreement_pairs_the_parties(run: Run) -> None:
    found = relations("Observers praised the signing of the Israel-Hamas agreement.", run)
    assert ("Israel", "AGREE", "Hamas") in found


def test_hyphenated_alliance_is_ties(run: Run) -> None:
    found = relations("The Hamas-Hezbollah alliance worries its neighbours.", run)
    assert ("Hamas", "TIES", "Hezbollah") in found


def test_lowercase_prefix_is_not_a_party(run: Run) -> None:
    claims = all_claims(run("The Taliban will begin intra-Afghan negotiations in March."))
    assert all(c.subject.mention[:1].isupper() for c in claims)


def test_coordinated_modifier_is_a_party(run: Run) -> None:
    found = relations("U.S. and Taliban representatives signed a deal with Qatar.", run)
    assert ("U.S.", "AGREE", "Qatar") in found


def test_signing_a_truce_is_agree_and_retreat(run: Run) -> None:
    found = relations("Hamas and Israel signed a truce on Sunday.", run)
    assert ("Hamas", "AGREE", "Israel") in found
    assert {("Hamas", "RETREAT", None), ("Israel", "RETREAT", None)} <= found


def test_joint_attack_with_a_partner_is_cooperation(run: Run) -> None:
    found = relations("The Taliban conducted joint attacks with al-Qaeda against Kabul.", run)
    assert ("Taliban", "COOPERATE", "al-Qaeda") in found
    assert ("al-Qaeda", "ASSAULT", "Kabul") in found


def test_targets_including_named_victims(run: Run) -> None:
    found = relations("The Houthis launched attacks on many targets, including Taliban officials.",
                      run)
    assert ("Houthis", "ASSAULT", "Taliban officials") in found


def test_collective_victims_are_objects_not_subjects(run: Run) -> None:
    found = relations("Al-Shabaab killed civilians. Civilians attacked the convoy.", run)
    assert ("Al-Shabaab", "ASSAULT", "civilians") in found
    assert not any(s.lower() == "civilians" for s, _, _ in found)


def test_released_prisoners_are_the_object(run: Run) -> None:
    assert ("Israel", "CONCEDE", "Palestinian prisoners") in relations(
        "Israel released Palestinian prisoners.", run)


def test_an_objectless_duplicate_of_a_specific_claim_goes(run: Run) -> None:
    found = relations("A U.S. drone strike killed Hamza bin Laden.", run)
    assert ("U.S.", "ASSAULT", None) not in found
    assert any(r == "ASSAULT" and o for _, r, o in found)


def test_capturing_a_city_is_an_attack_on_no_named_party(run: Run) -> None:
    found = relations("The Taliban captured Kandahar in August.", run)
    assert ("Taliban", "ASSAULT", None) in found
    assert not any(r == "COERCE" for _, r, _ in found)


def test_condemning_an_attack_accuses_its_perpetrator(run: Run) -> None:
    found = relations("Egypt expressed condemnation of the attack by Hamas.", run)
    assert ("Egypt", "ACCUSE", "Hamas") in found


def test_subject_pronoun_continues_the_subject_of_its_sentence(run: Run) -> None:
    found = relations("Qatar has not recognized Afghanistan, but it met with the Taliban.", run)
    assert ("Qatar", "CONSULT", "Taliban") in found


@pytest.mark.parametrize("kind", ["news", "opinion"])
def test_we_of_a_writer_is_not_an_actor(run: Run, kind: str) -> None:
    claims = all_claims(run("We fought the Taliban for twenty years.", kind=kind,
                            author="Daily Example"))
    assert not claims


def test_we_of_an_institution_is_the_institution(run: Run) -> None:
    found = triples(run("We condemn the attack by Hamas.", kind="official_statement",
                        author="Egypt"))
    assert ("Egypt", "ACCUSE", "Hamas", A, "asserted") in found


def test_content_of_a_warning_is_not_a_claim(run: Run) -> None:
    found = relations("The Council issued warnings to the Houthis to halt attacks.", run)
    assert not any(r in ("RETREAT", "ASSAULT") for _, r, _ in found)


def test_failing_to_reach_consensus_is_negated_agree(run: Run) -> None:
    found = triples(run("Hamas and Israel failed to reach consensus on the prisoners."))
    assert ("Hamas", "AGREE", "Israel", N, "asserted") in found


def test_the_party_of_a_pledge_acts_on_it(run: Run) -> None:
    text = "The envoy reiterated the commitment of Hezbollah to supporting Hamas."
    assert ("Hezbollah", "AID", "Hamas") in {claim[:3] for claim in triples(run(text))}


def test_a_base_stands_for_the_troops_it_houses(run: Run) -> None:
    found = triples(run("Hezbollah fired rockets at bases housing U.S. troops in March."))
    assert ("Hezbollah", "ASSAULT", "U.S. troops", "affirmed", "asserted") in found


def test_an_outpost_where_forces_are_stationed_stands_for_them(run: Run) -> None:
    found = triples(run("Hamas launched missiles at an outpost where U.S. forces were "
                        "stationed."))
    assert ("Hamas", "ASSAULT", "U.S. forces", "affirmed", "asserted") in found


def test_a_name_after_the_infinitive_does_not_control_it(run: Run) -> None:
    found = triples(run("The United States also intends to designate two of Hezbollah's "
                        "commanders, Imad Nasser and Karim Haddad, as terrorists."))
    assert not any(r == "SANCTION" and s in ("Imad Nasser", "Karim Haddad")
                   for s, r, *_ in found)


def test_a_party_in_coordination_with_another_cooperates_with_it(run: Run) -> None:
    found = triples(run("The Houthis, in coordination with Hezbollah, seized the port."))
    assert ("Houthis", "COOPERATE", "Hezbollah", "affirmed", "asserted") in found
    found = triples(run("The Houthi attacks during the talks with Hamas angered Egypt."))
    assert not any(r == "CONSULT" for _, r, _, _, _ in found)


def test_a_raised_passive_subject_does_what_its_infinitive_says(run: Run) -> None:
    """'X is believed / expected to have met Y': X met Y, however the writer knows it."""
    assert ("Hamas", "CONSULT", "Hezbollah") in relations(
        "Hamas is believed to have met Hezbollah in Beirut.", run)
    assert ("Taliban", "CONSULT", "United States") in relations(
        "The Taliban are expected to meet the United States in Doha next month.", run)


def test_the_passive_subject_and_not_its_agent_acts(run: Run) -> None:
    found = relations("The Taliban were urged by the United States to free the prisoners.", run)
    assert ("United States", "REQUEST", "Taliban") in found
    assert not any(s == "United States" and r == "CONCEDE" for s, r, _ in found)


def test_a_thing_used_to_act_is_not_its_doer(run: Run) -> None:
    found = relations("Afghan soil must never again be used to threaten the United States.", run)
    assert not any(r == "THREATEN" for _, r, _ in found)


def test_captives_are_no_party_to_talks(run: Run) -> None:
    """Guideline rule 11: collective victims are objects of assaults and coercion, not
    parties to a symmetric relation such as talks."""
    found = relations("Hamas negotiated the release of the hostages with Egypt.", run)
    assert not any(r == "CONSULT" and o == "hostages" for _, r, o in found)
