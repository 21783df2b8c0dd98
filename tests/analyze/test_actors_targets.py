"""Names that are parties although their position suggests otherwise (an aimed-at target, a
qualified faction, a second name sharing a force noun), and names that are not parties but
what an operation is against."""

from __future__ import annotations

from tests.analyze.conftest import Run, triples

from pactwatch.analyze.extensions import ACTORS, ANAPHORS, OPPOSED


def mentions(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    doc = nlp(text)  # the spans live only as long as their doc
    return [span.text for span in doc.spans[ACTORS]]


def test_what_a_weapon_is_fired_at_is_the_target(run: Run) -> None:
    found = triples(run("Hamas fired rockets at Israel on Tuesday night."))
    assert ("Hamas", "ASSAULT", "Israel", "affirmed", "asserted") in found


def test_talks_at_a_city_still_name_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "Doha" not in mentions(nlp, "The Taliban met the envoy for talks at Doha.")


def test_a_qualifier_in_parentheses_names_the_faction(nlp) -> None:  # type: ignore[no-untyped-def]
    found = mentions(nlp, "The Council condemned the shelling of the town by the Northern "
                          "Liberation Movement/Army (NLM/A) (in opposition) last week.")
    assert "Northern Liberation Movement/Army (NLM/A) (in opposition)" in found
    assert "opposition" not in found


def test_an_acronym_alone_in_parentheses_stays_outside(nlp) -> None:  # type: ignore[no-untyped-def]
    found = mentions(nlp, "The Northern Liberation Army (NLA) shelled the town.")
    assert not any("(" in m for m in found)


def test_a_second_name_sharing_the_force_noun_is_a_party(nlp) -> None:  # type: ignore[no-untyped-def]
    found = mentions(nlp, "Fighting between the army and the Hamas and Tanzim groups "
                          "went on for days.")
    assert {"Hamas", "Tanzim"} <= set(found)


def test_a_group_description_passes_over_a_body_of_states(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Council members met on Monday. They said the militants attacked a convoy.")
    pointed = [span.text for span in doc.spans[ANAPHORS]]
    assert "the militants" not in pointed


def test_a_counter_name_is_kept_as_what_the_operation_is_against(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("U.S. forces carried out anti-Hezbollah raids and counter-Houthis patrols.")
    assert [(s.text, s.label_) for s in doc.spans[OPPOSED]] == [
        ("Hezbollah", "ACTOR"), ("Houthis", "ACTOR")]
    assert not {"Hezbollah", "Houthis"} & set(mentions(nlp, doc.text))


def test_she_may_be_an_official_named_by_her_organisation(run: Run) -> None:
    analyzed = run("Pyongyang must stop its launches, a senior United Nations official said, "
                   "as she urged the Security Council to act.")
    assert any(s.endswith("United Nations official") and r == "REQUEST" and o == "Security Council"
               for s, r, o, *_ in triples(analyzed))


def test_officials_of_a_state_stay_the_state(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Afghan officials accused the insurgents of the attack.")
    assert ("Afghan officials", "ORG") in [(s.text, s.label_) for s in doc.spans[ACTORS]]


def test_the_leaders_of_two_states_are_each_state(run: Run) -> None:
    found = triples(run("The Presidents of Egypt and Qatar welcomed the truce and urged Hamas "
                        "to release the hostages."))
    assert {s for s, r, *_ in found if r == "REQUEST"} == {"Egypt", "Qatar"}


def test_a_target_hung_on_the_weapon_is_still_a_party(nlp) -> None:  # type: ignore[no-untyped-def]
    """The parser may attach 'at Israel' to the missiles rather than to the firing."""
    assert "Israel" in mentions(nlp, "The Houthis fired missiles at Israel on Tuesday.")
    assert "Israel" in mentions(nlp, "Hezbollah launched dozens of rockets at Israel.")


def test_people_picked_out_of_a_country_are_a_group_of_their_own(nlp) -> None:  # type: ignore[no-untyped-def]
    found = mentions(nlp, "The Taliban negotiated surrenders with Afghan regional leaders.")
    assert "Afghan regional leaders" in found
    assert "Afghan" not in found
    assert "Yemeni tribal elders" in mentions(nlp, "The Houthis met Yemeni tribal elders.")


def test_a_country_before_its_leaders_alone_stays_the_country(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "Afghan leaders" not in mentions(nlp, "The Taliban met Afghan leaders in Doha.")


def test_a_name_ends_before_the_preposition_ner_joined_to_it(nlp) -> None:  # type: ignore[no-untyped-def]
    found = mentions(nlp, "The envoy briefed the Council on Yemen.")
    assert "Council on" not in found


def test_a_force_noun_that_describes_a_machine_is_not_the_force(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Egyptian fighter jets bombed rebel camps near the border overnight.")
    assert "Egyptian fighter" not in [span.text for span in doc.spans[ACTORS]]


def test_a_group_before_a_place_its_forces_hold_is_the_target(run: Run) -> None:
    found = triples(run("Government troops overran a Taliban camp in the hills."))
    assert any(r == "ASSAULT" and obj == "Taliban" for _, r, obj, *_ in found)


def test_the_governments_of_two_states_are_each_state(nlp_knowing_states) -> None:  # type: ignore[no-untyped-def]
    doc = nlp_knowing_states("Members of the Security Council condemned the raid on the aid "
                             "convoy. They called on the Governments of Mali and Niger to "
                             "investigate it.")
    assert {c["object"]["mention"] for c in doc._.pw_claims if c["relation"] == "REQUEST"} == {
        "Mali", "Niger"}
