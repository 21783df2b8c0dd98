"""Relations whose parties sit in relative clauses, reduced passives and captive phrases."""

from __future__ import annotations

from tests.analyze.conftest import Run, triples

A, N = "affirmed", "negated"


def pairs(found: set[tuple]) -> set[tuple[str, str, str | None]]:
    return {(s, r, o) for s, r, o, _, _ in found}


def test_a_participle_describing_a_party_takes_it_as_object(run: Run) -> None:
    found = pairs(triples(run("Hezbollah fighters trained by Iran crossed the border.")))
    assert ("Iran", "AID", "Hezbollah fighters") in found


def test_a_participle_with_an_object_of_its_own_is_a_main_verb(run: Run) -> None:
    found = pairs(triples(run("Iran-aligned militia groups carried out attacks on the Taliban.")))
    assert ("Iran-aligned militia groups", "ASSAULT", "Taliban") in found


def test_a_relative_pronoun_stands_for_its_noun(run: Run) -> None:
    found = pairs(triples(run("The Afghan forces that the United States had trained and "
                              "equipped collapsed within weeks.")))
    assert ("United States", "AID", "Afghan forces") in found


def test_a_relative_pronoun_as_passive_subject(run: Run) -> None:
    found = pairs(triples(run("Israel struck the Hezbollah unit which was funded by Iran.")))
    assert ("Iran", "AID", "Hezbollah") in found


def test_holding_captives_is_coercion(run: Run) -> None:
    found = triples(run("Hamas is still holding forty hostages in Gaza."))
    assert ("Hamas", "COERCE", "hostages", A, "asserted") in found


def test_captives_held_by_a_party_are_coerced_by_it(run: Run) -> None:
    found = pairs(triples(run("The hostages held by Hamas were moved to Rafah.")))
    assert ("Hamas", "COERCE", "hostages") in found


def test_holding_someone_hostage_is_an_abduction(run: Run) -> None:
    found = pairs(triples(run("Peter Moore, a British engineer held hostage by the Houthis "
                              "for two years, returned home.")))
    assert ("Houthis", "ASSAULT", "Peter Moore") in found
    assert not any(r == "COERCE" for _, r, _ in found)


def test_the_release_of_captives_is_yielded_by_their_captors(run: Run) -> None:
    found = pairs(triples(run("The deal provides for the release of dozens of prisoners held "
                              "by Israel.")))
    assert ("Israel", "CONCEDE", "prisoners") in found


def test_preventing_a_group_from_using_soil_denies_it_sanctuary(run: Run) -> None:
    found = triples(run("The Taliban committed to preventing other groups, including "
                        "al-Qaeda, from using Afghan soil."))
    assert ("Taliban", "AID", "al-Qaeda", N, "commitment") in found


def test_allowing_a_group_to_use_soil_is_sanctuary(run: Run) -> None:
    found = triples(run("The Taliban allowed al-Qaeda to use Afghan soil."))
    assert ("Taliban", "AID", "al-Qaeda", A, "asserted") in found


def test_a_name_modifying_a_modifier_names_the_party(run: Run) -> None:
    found = pairs(triples(run("Kenyan police arrested a senior al-Shabaab bomb maker.")))
    assert ("Kenyan police", "COERCE", "al-Shabaab") in found


def test_a_purpose_clause_inside_a_call_is_asked_for(run: Run) -> None:
    found = pairs(triples(run("The Security Council urged Hamas to act quickly to deploy "
                              "police along the border.")))
    assert ("Security Council", "REQUEST", "Hamas") in found
    assert not any(r == "MOBILIZE" for _, r, _ in found)


def test_an_example_inside_a_call_is_asked_for(run: Run) -> None:
    found = pairs(triples(run("The Security Council called on Egypt to sustain its support, "
                              "including the deployment of monitors.")))
    assert not any(r == "MOBILIZE" for _, r, _ in found)


def test_what_a_warning_asks_for_is_not_done(run: Run) -> None:
    found = pairs(triples(run("The U.S. Navy issued warnings to the Houthis to halt attacks "
                              "on shipping.")))
    assert ("U.S. Navy", "THREATEN", "Houthis") in found
    assert not any(r in ("RETREAT", "ASSAULT") for _, r, _ in found)


def test_acting_with_a_partys_support_is_aided_by_it(run: Run) -> None:
    found = pairs(triples(run("Government forces, with support from the Russian air force, "
                              "retook the town.")))
    assert ("Russian air force", "AID", "Government") in found


def test_aid_measured_in_money_or_goods_is_given_by_the_subject(run: Run) -> None:
    found = pairs(triples(run("Qatar provided more than $100 million in humanitarian aid "
                              "to Yemen.")))
    assert ("Qatar", "AID", "Yemen") in found
    found = pairs(triples(run("Egypt delivered 20 tons of food aid to Gaza.")))
    assert ("Egypt", "AID", "Gaza") in found


def test_a_clause_misread_as_a_conjunct_keeps_its_own_subject(run: Run) -> None:
    found = pairs(triples(run("The spokesman told reporters that the United States has "
                              "information indicating the Malian government has paid $200 "
                              "million to Wagner.")))
    assert ("Malian government", "AID", "Wagner") in found


def test_the_accused_does_what_it_is_accused_of(run: Run) -> None:
    found = pairs(triples(run("Ukraine accused Russia of shelling Kharkiv.")))
    assert ("Ukraine", "ACCUSE", "Russia") in found
    assert ("Ukraine", "ASSAULT", "Kharkiv") not in found
    assert ("Russia", "ASSAULT", "Kharkiv") in found


def test_claiming_responsibility_for_an_attack_is_the_attack(run: Run) -> None:
    found = triples(run("The Houthis claimed responsibility for the attack on the tanker."))
    assert ("Houthis", "ASSAULT", None, A, "asserted") in found
    found = triples(run("Hamas denied responsibility for the bombing."))
    assert ("Hamas", "ASSAULT", None, N, "asserted") in found


def test_what_sanctuary_would_serve_is_no_claim_of_its_own(run: Run) -> None:
    found = triples(run("The Taliban pledged not to allow al-Qaeda to plan attacks from "
                        "Afghan soil."))
    assert ("Taliban", "AID", "al-Qaeda", N, "commitment") in found
    assert not any(r == "ASSAULT" for _, r, _, _, _ in found)


def test_a_second_name_set_off_by_or_is_the_same_party(run: Run) -> None:
    found = pairs(triples(run("Hamas, or the Islamic Resistance Movement, attacked Israel.")))
    assert ("Hamas", "ASSAULT", "Israel") in found
    assert ("Islamic Resistance Movement", "ASSAULT", "Israel") not in found
    found = pairs(triples(run("Iran, Syria, or Russia could attack Israel.")))
    assert ("Russia", "ASSAULT", "Israel") in found


def test_a_refusal_negates_what_is_refused(run: Run) -> None:
    found = triples(run("Iran's refusal to cooperate with the IAEA drew criticism."))
    assert ("Iran", "COOPERATE", "IAEA", N, "asserted") in found
    assert ("Iran", "REJECT", None, A, "asserted") in found


def test_a_relative_clause_speaks_of_its_own_noun_not_a_later_conjunct(run: Run) -> None:
    found = triples(run("The agreement is between the Taliban, which is not recognized by the "
                        "United States as a state, and Hamas."))
    assert ("United States", "SUPPORT", "Taliban", "negated", "asserted") in found
    assert not any(o == "Hamas" for _, r, o, _, _ in found if r == "SUPPORT")
