"""Descriptions of a state's rulers or forces, people who act for a body, and peoples.

"The junta", "the military", "the military authorities" mean the state (or its rulers) that
the passage names; "members of X" act for X; "ethnic Armenians" are a people, the victims of
an attack, never the state of Armenia (guideline rules 1, 10 and 11).
"""

from __future__ import annotations

from tests.analyze.conftest import Run, triples

from pactwatch.analyze.extensions import ACTORS, ANAPHORS
from pactwatch.model import GROUP


def referents(nlp, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return [(span.text, str(text)) for span, (*_, text) in zip(doc.spans[ANAPHORS],
                                                              doc._.pw_coref, strict=True)]


def test_the_junta_is_the_named_states_junta(run: Run) -> None:
    found = triples(run("Fighting spread across Myanmar in March. The junta bombed three "
                        "villages, killing dozens of civilians."))
    assert ("Myanmar junta", "ASSAULT", "civilians", "affirmed", "asserted") in found


def test_the_military_authorities_in_a_state_are_that_states(nlp) -> None:  # type: ignore[no-untyped-def]
    found = referents(nlp, "The envoy urged the military authorities in Myanmar to free "
                           "the detained students.")
    assert ("the military authorities", "Myanmar military authorities") in found


def test_the_government_is_the_named_states(nlp) -> None:  # type: ignore[no-untyped-def]
    found = referents(nlp, "Fighting spread across Nigeria in October. The Secretary-General "
                           "encouraged the Government to free the detainees.")
    assert ("the Government", "Nigeria government") in found


def test_a_government_named_by_its_state_is_no_description(nlp) -> None:  # type: ignore[no-untyped-def]
    found = referents(nlp, "Ukraine welcomed the talks. I thank the government of Norway for "
                           "hosting them.")
    assert not any(span.lower() == "the government" for span, _ in found)


def test_the_military_of_a_state_named_only_in_a_title(nlp_knowing_states) -> None:  # type: ignore[no-untyped-def]
    found = referents(nlp_knowing_states, "Jane Roe, Special Envoy of the Secretary-General on "
                      "Myanmar, said air strikes by the military had killed dozens of farmers.")
    assert ("the military", "Myanmar military") in found


def test_a_description_prefers_a_mention_naming_rulers(nlp) -> None:  # type: ignore[no-untyped-def]
    found = referents(nlp, "Myanmar's junta leader flew to Beijing on Monday to meet officials "
                           "of China. The military government later rejected a plan for talks.")
    assert found[-1][0] == "The military government"
    assert "China" not in found[-1][1]


def test_the_regime_after_a_named_regime_is_that_regime(nlp) -> None:  # type: ignore[no-untyped-def]
    found = referents(nlp, "The Treasury sanctioned a firm that sold fuel to the Burmese "
                           "military regime. We call on the regime to stop its air strikes.")
    assert ("the regime", "Burmese military regime") in found


def test_members_of_a_group_act_for_the_group(run: Run) -> None:
    found = triples(run("Members of the Houthis attacked the port. Kenyan police arrested "
                        "three fighters of al-Shabaab in the town."))
    assert ("Houthis", "ASSAULT", None, "affirmed", "asserted") in found
    assert ("Kenyan police", "COERCE", "al-Shabaab", "affirmed", "asserted") in found


def test_a_member_noun_before_a_name_is_no_actor_of_its_own(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Members of the Houthis attacked the port.")
    assert [span.text for span in doc.spans[ACTORS]] == ["Houthis"]


def test_a_people_with_its_adjective_is_a_group(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Troops expelled ethnic Armenians from the region and Karabakh Armenians fled.")
    found = {span.text: span.label_ for span in doc.spans[ACTORS]}
    assert found.get("ethnic Armenians") == GROUP
    assert found.get("Karabakh Armenians") == GROUP


def test_police_are_a_party_as_written(run: Run) -> None:
    found = triples(run("Police detained more than 150 demonstrators in the capital."))
    assert ("Police", "COERCE", "demonstrators", "affirmed", "asserted") in found


def test_a_people_named_alone_is_a_group(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Soldiers forced the Rohingya across the border.")
    assert {span.text: span.label_ for span in doc.spans[ACTORS]}.get("Rohingya") == GROUP


def test_a_description_in_apposition_is_the_named_actor(run: Run) -> None:
    found = triples(run("Since 2012, al-Shabaab, a U.S.-designated terrorist group that swore "
                        "allegiance to al-Qaeda that year, has raided dozens of camps."))
    assert ("U.S.", "SANCTION", "al-Shabaab", "affirmed", "asserted") in found
    assert any(s == "al-Shabaab" and r == "TIES" and o == "al-Qaeda" for s, r, o, *_ in found)
    assert not any("designated" in s for s, *_ in found)


def test_a_description_after_a_name_and_its_acronym_is_the_name(run: Run) -> None:
    found = triples(run("A bomber struck a convoy near the border, in an attack claimed by "
                        "Islamic Jihad (PIJ), a U.S.-designated terrorist group based in Gaza."))
    assert any(s == "U.S." and r == "SANCTION" and "designated" not in str(o)
               for s, r, o, *_ in found)


def test_a_proper_name_in_apposition_keeps_its_own_mention(nlp) -> None:  # type: ignore[no-untyped-def]
    assert referents(nlp, "The Taliban, the group that seized Kabul, detained two "
                          "reporters.") == [("the group", "Taliban")]


def test_a_named_army_is_no_description_of_rulers(nlp) -> None:  # type: ignore[no-untyped-def]
    found = referents(nlp, "Fighting spread across Myanmar as the Kachin Independence Army "
                           "took a town. The envoy urged the military authorities to halt air "
                           "strikes.")
    assert ("the military authorities", "Myanmar military authorities") in found


def test_victims_keep_the_place_they_are_of(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Gunmen killed twelve residents of Kalamba in the northern region.")
    found = {span.text: span.label_ for span in doc.spans[ACTORS]}
    assert found.get("residents of Kalamba") == GROUP


def test_the_military_before_a_noun_is_no_description(nlp) -> None:  # type: ignore[no-untyped-def]
    found = referents(nlp, "Nigeria said on Monday that the military offensive in the north "
                           "had ended.")
    assert not any("military" in span for span, _ in found)


def test_a_description_is_not_the_subject_of_its_own_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    found = referents(nlp, "China brokered a ceasefire between the rebels and the junta in "
                           "January.")
    assert not any(span == "the junta" and "China" in text for span, text in found)


def test_the_two_countries_are_the_two_states_named_before(run: Run) -> None:
    found = triples(run("Armenia met Azerbaijan in Washington. The Secretary-General urged "
                        "the two countries to sign a treaty."))
    objects = {o for s, r, o, *_ in found if r == "REQUEST"}
    assert {"Armenia", "Azerbaijan"} <= objects


def test_a_speakers_government_is_the_state_the_title_names(nlp_knowing_states) -> None:  # type: ignore[no-untyped-def]
    found = referents(nlp_knowing_states, "The representative of Mali said his Government "
                                          "had sent no troops to the border.")
    assert ("his Government", "Mali") in found


def test_a_speakers_country_owns_the_forces_it_is_said_to_own(nlp_knowing_states) -> None:  # type: ignore[no-untyped-def]
    doc = nlp_knowing_states("The representative of Mali said the Wagner Group had attacked "
                             "his country's army near the border.")
    claim = next(c for c in doc._.pw_claims if c["relation"] == "ASSAULT")
    assert claim["object"]["mention"] == "Mali"


def test_a_ruler_word_before_a_held_place_is_the_named_states_forces(nlp_knowing_states) -> None:  # type: ignore[no-untyped-def]
    doc = nlp_knowing_states("Fighting spread across Myanmar in March. The rebels overran "
                             "several junta bases near the border.")
    claim = next(c for c in doc._.pw_claims if c["relation"] == "ASSAULT")
    assert claim["object"]["mention"] == "Myanmar junta"


def test_a_ruler_word_beside_another_holders_name_is_not_the_states(nlp_knowing_states) -> None:  # type: ignore[no-untyped-def]
    found = referents(nlp_knowing_states, "Fighting spread across Mali in May. Gunmen "
                                          "attacked the Wagner Group military bases there.")
    assert not any(words == "military" for words, _ in found)
