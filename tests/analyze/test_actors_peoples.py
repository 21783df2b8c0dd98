"""Peoples and faiths describe people, not parties; a side's own envoy is no other party."""

from __future__ import annotations

from tests.analyze.conftest import Run, all_claims, triples

from pactwatch.analyze.extensions import ACTORS
from pactwatch.model import GROUP


def labelled(nlp, text: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return {span.text: span.label_ for span in doc.spans[ACTORS]}


def test_forces_described_by_a_people_are_no_party(nlp) -> None:  # type: ignore[no-untyped-def]
    found = labelled(nlp, "Fighting between local Arab forces and Hezbollah spread, and "
                          "Kurdish fighters withdrew.")
    assert "Hezbollah" in found
    assert not any("Arab" in m or "Kurdish" in m for m in found)


def test_a_people_in_the_plural_is_a_group(nlp) -> None:  # type: ignore[no-untyped-def]
    found = labelled(nlp, "The militants killed Muslims and Christians in the village.")
    assert found.get("Muslims") == GROUP
    assert found.get("Christians") == GROUP


def test_a_people_remains_the_victim_of_an_attack(run: Run) -> None:
    found = triples(run("Al-Shabaab killed Sunni Arabs in an ambush."))
    assert ("Al-Shabaab", "ASSAULT", "Sunni Arabs", "affirmed", "asserted") in found


def test_a_nationality_before_forces_still_names_the_state(nlp) -> None:  # type: ignore[no-untyped-def]
    found = labelled(nlp, "Yemeni forces attacked the Houthis.")
    assert any(m.startswith("Yemeni") for m in found)


def test_thanking_ones_own_envoy_is_no_claim(run: Run) -> None:
    analyzed = run("The Secretary-General commends his Special Envoy for her work. He also "
                   "thanks Norway.", kind="official_statement", author="UN Secretary-General")
    objects = {c.object.mention for c in all_claims(analyzed) if c.object}
    assert objects == {"Norway"}


def test_my_envoy_in_the_issuers_own_words(run: Run) -> None:
    analyzed = run("I thank my Special Representative for her leadership.",
                   kind="official_statement", author="UN Secretary-General")
    assert all_claims(analyzed) == []


def test_another_sides_envoy_is_a_party(run: Run) -> None:
    analyzed = run("Hamas thanked Qatar and its envoy for their mediation.")
    objects = {c.object.mention for c in all_claims(analyzed) if c.object}
    assert "Qatar" in objects


def test_how_many_of_a_people_is_not_part_of_its_name(nlp) -> None:  # type: ignore[no-untyped-def]
    found = labelled(nlp, "Most Serbs in the north boycotted the vote, and many Kurds left.")
    assert found.get("Serbs") == GROUP
    assert found.get("Kurds") == GROUP


def test_a_victim_word_before_people_makes_them_the_victims(run: Run) -> None:
    found = triples(run("Gunmen ambushed twelve Chinese civilian engineers near the dam."))
    assert {target for _, relation, target, *_ in found
            if relation == "ASSAULT"} == {"Chinese civilian engineers"}
