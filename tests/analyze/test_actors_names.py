"""Names as a claim must cite them whole: a body's name cut by a registry name is rejoined,
and a nationality or a faith before people named by what they do is a collective of its own."""

from __future__ import annotations

from tests.analyze.conftest import Run, triples

from pactwatch.analyze import load_pipeline
from pactwatch.analyze.extensions import ACTORS


def labelled(nlp, text: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return {span.text: span.label_ for span in doc.spans[ACTORS]}


def test_a_body_of_a_state_keeps_the_state_in_its_name(nlp_knowing_states) -> None:  # type: ignore[no-untyped-def]
    found = labelled(nlp_knowing_states,
                     "The Armed Forces of Mali repelled an attack by al-Shabaab near the border.")
    assert found.get("Armed Forces of Mali") == "ORG"
    assert "Mali" not in found


def test_the_body_is_rejoined_after_the_article_too(nlp_knowing_states) -> None:  # type: ignore[no-untyped-def]
    found = labelled(nlp_knowing_states,
                     "Soldiers of the Armed Forces of Myanmar shelled the town.")
    assert "Armed Forces of Myanmar" in found


def test_governments_of_several_states_stay_apart(nlp_knowing_states) -> None:  # type: ignore[no-untyped-def]
    found = labelled(nlp_knowing_states, "The Governments of Mali and Niger condemned the attack.")
    assert {"Mali", "Niger"} <= set(found)


def test_a_nationality_before_guerrillas_names_the_guerrillas(nlp) -> None:  # type: ignore[no-untyped-def]
    found = labelled(nlp, "Afghan guerrillas ambushed a convoy near the pass.")
    assert found.get("Afghan guerrillas") == "ORG"
    assert "Afghan" not in found


def test_a_faith_before_an_agent_noun_is_a_collective(nlp) -> None:  # type: ignore[no-untyped-def]
    assert labelled(nlp, "Hindu nationalists stormed the old mosque.").get(
        "Hindu nationalists") == "ORG"


def test_a_collective_is_the_party_to_its_attack(run: Run) -> None:
    found = triples(run("Jewish settlers attacked Hamas supporters in the village on Friday."))
    assert any(s == "Jewish settlers" and r == "ASSAULT" for s, r, *_ in found)


def test_a_people_before_a_force_still_names_no_party(nlp) -> None:  # type: ignore[no-untyped-def]
    assert labelled(nlp, "Kurdish fighters withdrew from the town.") == {}


def test_a_capitalised_name_is_no_common_word() -> None:
    nlp = load_pipeline(gazetteer=["Turkey", "Barbecue", "the insurgents"])
    found = labelled(nlp, "Turkey said the insurgents had stolen a turkey from a barbecue.")
    assert found == {"Turkey": "ACTOR", "insurgents": "ACTOR"}
