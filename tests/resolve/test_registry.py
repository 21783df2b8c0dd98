"""The bundled actor registry and the errors a broken registry file gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from pactwatch.model import Actor, ActorType, ResolveError
from pactwatch.resolve import load_registry

TALIBAN = """
- id: taliban
  name: Taliban
  type: armed_group
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "actors.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_bundled_registry_covers_the_domains(registry: list[Actor]) -> None:
    by_id = {actor.id: actor for actor in registry}
    assert len(registry) >= 150
    for actor_id in (
        "taliban",
        "al-qaeda",
        "united-states",
        "houthis",
        "al-shabaab",
        "hts",
        "jnim",
        "farc-ep",
        "splm-io",
        "rapid-support-forces",
        "hamas",
        "tplf",
    ):
        assert actor_id in by_id
    assert {actor.type for actor in registry} == set(ActorType)
    assert "QDe.004" in {ref.ref for ref in by_id["al-qaeda"].refs}


def test_demonyms_and_capitals_become_aliases(registry: list[Actor]) -> None:
    pakistan = next(actor for actor in registry if actor.id == "pakistan")
    assert {"Pakistani", "Islamabad"} <= set(pakistan.aliases)


def test_affiliations_are_dated(registry: list[Actor]) -> None:
    khalilzad = next(actor for actor in registry if actor.id == "zalmay-khalilzad")
    first = khalilzad.affiliations[0]
    assert (first.organization, first.start, first.end) == (
        "united-states",
        "2018-09-05",
        "2021-10-18",
    )


def test_unknown_type_names_actor_key_value_and_choices(tmp_path: Path) -> None:
    path = write(tmp_path, TALIBAN.replace("armed_group", "militia"))
    with pytest.raises(ResolveError) as caught:
        load_registry(path)
    message = str(caught.value)
    assert str(path) in message
    assert "actor 'taliban'" in message
    assert "type: not a valid ActorType; valid: state, organization" in message
    assert "(got 'militia')" in message


def test_affiliation_to_unknown_actor_suggests_ids(tmp_path: Path) -> None:
    text = (
        TALIBAN
        + """
- id: baradar
  name: Abdul Ghani Baradar
  type: person
  affiliations: [{organization: talibn}]
"""
    )
    with pytest.raises(
        ResolveError,
        match=r"actor 'baradar': affiliations\.0\.organization: "
        r"unknown actor id 'talibn'; did you mean taliban\?",
    ):
        load_registry(write(tmp_path, text))


def test_duplicate_ids(tmp_path: Path) -> None:
    with pytest.raises(ResolveError, match="actor id 'taliban' appears twice"):
        load_registry(write(tmp_path, TALIBAN + TALIBAN.replace("Taliban", "Talibs")))


def test_one_name_on_two_actors(tmp_path: Path) -> None:
    text = (
        TALIBAN
        + """
- id: emirate
  name: The Taliban
  type: state
"""
    )
    with pytest.raises(ResolveError, match="name 'The Taliban' is also a name of actor 'taliban'"):
        load_registry(write(tmp_path, text))


def test_one_list_entry_on_two_actors(tmp_path: Path) -> None:
    text = """
- {id: al-qaeda, name: al-Qaeda, type: armed_group, refs: [{list: UN, ref: QDe.004}]}
- {id: aq-core, name: AQ core, type: armed_group, refs: [{list: UN, ref: QDe.004}]}
"""
    with pytest.raises(ResolveError, match=r"UN QDe\.004 already belongs to actor 'al-qaeda'"):
        load_registry(write(tmp_path, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (TALIBAN.replace("id: taliban", "id: Taliban Movement"), r"id: String should match"),
        (TALIBAN + "  colour: black\n", r"colour: Extra inputs are not permitted"),
        (TALIBAN + "  affiliations: [{organization: taliban}]\n", r"only a person has affil"),
        (
            TALIBAN.replace("armed_group", "person")
            + "  affiliations: [{organization: taliban, start: 2021-01-02, end: 2020-01-01}]\n",
            r"'end' \(2020-01-01\) is before 'start' \(2021-01-02\)",
        ),
        ("- just a name\n", r"entry #1 is a str"),
        ("id: taliban\n", r"expected a list at the top"),
        ("- {id: [unclosed\n", r"not valid YAML"),
    ],
)
def test_malformed_entries(tmp_path: Path, text: str, expected: str) -> None:
    with pytest.raises(ResolveError, match=expected):
        load_registry(write(tmp_path, text))


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ResolveError, match="no such actor registry file"):
        load_registry(tmp_path / "absent.yaml")
