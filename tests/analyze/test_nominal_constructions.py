"""Relations carried by nouns in constructions the parser reads loosely: an accord signed 'by'
its parties, events coordinated in one phrase, a mediation effort, the use of force, help
in kind and strikes that are protests. Sentences written for these tests."""

from __future__ import annotations

from tests.analyze.conftest import Run, triples

A = "affirmed"


def test_the_signing_of_an_accord_by_two_parties_is_their_agreement(run: Run) -> None:
    found = triples(run("Egypt welcomed the signing of the border treaty by Hamas and Hezbollah."))
    assert ("Hamas", "AGREE", "Hezbollah", A, "asserted") in found


def test_signatories_hung_on_the_accords_complement_still_agree(run: Run) -> None:
    found = triples(run(
        "Qatar welcomed the signing in Doha of an agreement on a truce by Hamas and Hezbollah."))
    assert ("Hamas", "AGREE", "Hezbollah", A, "asserted") in found
    assert {("Hamas", "RETREAT", None, A, "commitment"),
            ("Hezbollah", "RETREAT", None, A, "commitment")} <= found


def test_a_bare_accord_name_is_still_no_agreement(run: Run) -> None:
    found = triples(run("Egypt praised the border treaty of Hamas and Hezbollah."))
    assert not any(t[1] == "AGREE" for t in found)


def test_the_second_of_two_coordinated_attacks_keeps_its_target(run: Run) -> None:
    found = triples(run(
        "Monitors recorded shelling by the Taliban on the market and attacks by the Houthis"
        " on civilians fleeing the town."))
    assert ("Houthis", "ASSAULT", "civilians", A, "asserted") in found


def test_a_mediation_effort_between_two_parties_is_the_mediators_talks(run: Run) -> None:
    found = triples(run("Qatar launched a mediation effort between Hamas and Hezbollah."))
    assert {("Qatar", "CONSULT", "Hamas", A, "asserted"),
            ("Qatar", "CONSULT", "Hezbollah", A, "asserted")} <= found
    assert not any(t[1] == "ASSAULT" for t in found)  # launching an effort is no attack


def test_the_use_of_force_against_a_party_is_an_attack(run: Run) -> None:
    found = triples(run("Egypt deplored the use of force by the Houthis against Hamas."))
    assert ("Houthis", "ASSAULT", "Hamas", A, "asserted") in found


def test_renouncing_the_use_of_force_is_no_attack(run: Run) -> None:
    found = triples(run("Hamas and Hezbollah renounced the use of force."))
    assert not any(t[1] == "ASSAULT" for t in found)


def test_logistical_support_received_is_material_help(run: Run) -> None:
    found = triples(run("The Houthis received logistical support from Hezbollah."))
    assert ("Hezbollah", "AID", "Houthis", A, "asserted") in found


def test_a_hunger_strike_is_a_protest_not_an_attack(run: Run) -> None:
    found = triples(run("The Houthis began a hunger strike outside the embassy."))
    assert ("Houthis", "PROTEST", None, A, "asserted") in found
    assert not any(t[1] == "ASSAULT" for t in found)


def test_a_general_strike_is_a_protest(run: Run) -> None:
    found = triples(run("Hamas staged a general strike across the territory on Monday."))
    assert ("Hamas", "PROTEST", None, A, "asserted") in found
    assert not any(t[1] == "ASSAULT" for t in found)


def test_a_party_named_together_with_the_doer_strikes_with_it(run: Run) -> None:
    found = triples(run(
        "The Houthis crossed into the valley and, together with Hezbollah, launched artillery"
        " strikes on Taliban camps."))
    assert {("Houthis", "ASSAULT", "Taliban", A, "asserted"),
            ("Hezbollah", "ASSAULT", "Taliban", A, "asserted"),
            ("Houthis", "COOPERATE", "Hezbollah", A, "asserted")} <= found


def test_a_party_named_along_with_the_doer_raids_with_it(run: Run) -> None:
    found = triples(run("The Houthis carried out raids along with Hamas against Taliban posts."))
    assert ("Hamas", "ASSAULT", "Taliban", A, "asserted") in found
    assert ("Houthis", "COOPERATE", "Hamas", A, "asserted") in found


def test_war_games_held_by_two_parties_are_cooperation(run: Run) -> None:
    found = triples(run("Hamas and Hezbollah held war games in the desert last week."))
    assert ("Hamas", "COOPERATE", "Hezbollah", A, "asserted") in found


def test_recording_a_partys_violations_accuses_it(run: Run) -> None:
    found = triples(run(
        "The United States has documented repeated violations of the truce by the Houthis."))
    assert ("United States", "ACCUSE", "Houthis", A, "asserted") in found
    assert not any(t[1] == "RETREAT" for t in found)  # a violated truce is no truce held


def test_violators_hung_on_the_violated_truce_are_accused(run: Run) -> None:
    found = triples(run(
        "Egypt has recorded breaches of the two-week truce by both Hamas and Hezbollah,"
        " including rocket fire on Tyre."))
    assert {("Egypt", "ACCUSE", "Hamas", A, "asserted"),
            ("Egypt", "ACCUSE", "Hezbollah", A, "asserted")} <= found


def test_violations_in_the_writers_own_voice_accuse_no_one(run: Run) -> None:
    found = triples(run("Violations of the truce by the Houthis continued through the week."))
    assert not any(t[1] == "ACCUSE" for t in found)


def test_casualties_of_clashes_with_a_party_name_both_sides_of_the_fight(run: Run) -> None:
    found = triples(run("Hamas lost nine fighters in clashes with Hezbollah on Sunday."))
    assert {("Hamas", "ASSAULT", "Hezbollah", A, "asserted"),
            ("Hezbollah", "ASSAULT", "Hamas", A, "asserted")} <= found


def test_a_protest_lodged_with_a_party_accuses_it(run: Run) -> None:
    found = triples(run("Egypt lodged a formal protest with Hamas on Tuesday."))
    assert ("Egypt", "ACCUSE", "Hamas", A, "asserted") in found
    assert not any(t[1] == "PROTEST" for t in found)


def test_help_given_in_a_with_clause_aids_the_clauses_doer(run: Run) -> None:
    found = triples(run(
        "The Houthis pressed their offensive against Hamas, with Hezbollah providing"
        " intelligence and air support."))
    assert ("Hezbollah", "AID", "Houthis", A, "asserted") in found


def test_words_of_support_in_a_with_clause_stay_support(run: Run) -> None:
    found = triples(run("Hamas advanced on the town, with Hezbollah providing political support."))
    assert ("Hezbollah", "SUPPORT", "Hamas", A, "asserted") in found
    assert not any(t[1] == "AID" for t in found)


def test_a_party_said_to_be_in_talks_takes_part_in_them(run: Run) -> None:
    found = triples(run("Hamas is in talks with Hezbollah about the crossings."))
    assert ("Hamas", "CONSULT", "Hezbollah", A, "asserted") in found


def test_a_place_for_a_problem_is_no_party(run: Run) -> None:
    assert not triples(run("The problem is in the attacks on Hamas."))


def test_every_conjunct_of_what_is_received_names_its_giver(run: Run) -> None:
    found = {(s, r, o) for s, r, o, _, _ in triples(run(
        "The Houthis obtain training and money from Hezbollah every year."))}
    assert ("Hezbollah", "AID", "Houthis") in found
