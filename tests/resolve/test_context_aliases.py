"""Names whose actor depends on the document: where it is, what it names, and when."""

from __future__ import annotations

from pathlib import Path

import pytest

from pactwatch.model import (
    Actor,
    ActorRef,
    ActorType,
    AnalyzedDocument,
    Claim,
    Document,
    Relation,
    ResolveError,
    Sentence,
)
from pactwatch.resolve import MatchContext, Resolver, load_registry, resolve
from pactwatch.resolve.registry import load_context_aliases

REGISTRY = """
- id: iraq
  name: Iraq
  type: state
  country: IQ
- id: chad
  name: Chad
  type: state
  country: TD
- id: river-force
  name: River Task Force
  type: international
  context_aliases:
    - names: [the task force, task force troops]
      countries: [IQ]
- id: lake-force
  name: Lake Task Force
  type: international
  context_aliases:
    - names: [the task force]
      countries: [TD]
    - names: [the capital]
      start: 2024-01-01
- id: old-rulers
  name: Old Rulers
  type: armed_group
  context_aliases:
    - names: [the capital]
      end: 2023-12-31
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "actors.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture()
def resolver(tmp_path: Path) -> Resolver:
    path = write(tmp_path, REGISTRY)
    return Resolver(load_registry(path), context_aliases=load_context_aliases(path))


def test_the_country_a_document_names_chooses_the_actor(resolver: Resolver) -> None:
    in_iraq = resolver.match("the task force", context=MatchContext(countries=frozenset({"IQ"})))
    in_chad = resolver.match("Task Force troops", context=MatchContext(countries=frozenset({"TD"})))
    assert in_iraq is not None and in_iraq.actor.id == "river-force"
    assert in_chad is None  # that name means the Lake force nowhere


def test_without_a_context_a_conditional_name_links_nothing(resolver: Resolver) -> None:
    assert resolver.match("the task force") is None
    assert "the task force" in resolver.names()  # still found in text by the gazetteer


def test_the_date_chooses_between_readings_that_need_no_context(resolver: Resolver) -> None:
    before = resolver.match("the capital", date="2023-06-01")
    after = resolver.match("the capital", date="2024-06-01")
    undated = resolver.match("the capital")
    assert before is not None and before.actor.id == "old-rulers"
    assert after is not None and after.actor.id == "lake-force"
    assert undated is not None and undated.actor.id == "old-rulers"
    assert before.steps == (("context_alias", before.score),)


def test_the_linker_reads_the_countries_a_document_names(resolver: Resolver) -> None:
    text = "Fighting went on near the border of Iraq. The task force attacked the camp."
    claim = Claim(subject=ActorRef("The task force", label="ORG"), relation=Relation.ASSAULT)
    analyzed = AnalyzedDocument(
        document=Document(id="d", name="d", text=text),
        sentences=(Sentence(0, 0, len(text), text, claims=(claim,)),),
        analyzer="claims.v1",
    )
    (linked,) = resolve([analyzed], resolver=resolver)
    assert linked.sentences[0].claims[0].subject.id == "river-force"


def test_a_context_alias_may_not_be_an_ordinary_name(tmp_path: Path) -> None:
    path = write(tmp_path, REGISTRY + "  aliases: [the task force]\n")
    with pytest.raises(ResolveError, match="ordinary name of actor 'old-rulers'"):
        load_context_aliases(path)


def test_a_context_alias_names_known_actors_and_real_countries(tmp_path: Path) -> None:
    unknown = REGISTRY.replace("countries: [IQ]", "actors: [nobody]")
    with pytest.raises(ResolveError, match="unknown actor id 'nobody'"):
        load_context_aliases(write(tmp_path, unknown))
    lowercase = REGISTRY.replace("countries: [IQ]", "countries: [iq]")
    with pytest.raises(ResolveError, match="ISO 3166"):
        load_registry(write(tmp_path, lowercase))


def test_the_bundled_coalition_depends_on_the_conflict(registry: list[Actor]) -> None:
    resolver = Resolver(registry)
    afghan = MatchContext(countries=frozenset({"AF"}))
    iraqi = MatchContext(countries=frozenset({"IQ"}))
    yemeni = MatchContext(countries=frozenset({"YE"}))
    found = {name: resolver.match("coalition forces", context=context)
             for name, context in (("AF", afghan), ("IQ", iraqi), ("YE", yemeni))}
    assert {name: m.actor.id for name, m in found.items() if m} == {
        "AF": "nato", "IQ": "global-coalition-against-daesh", "YE": "saudi-led-coalition"}
    kabul = resolver.match("Kabul", date="2022-05-01")
    assert kabul is not None and kabul.actor.id == "taliban"


@pytest.mark.parametrize(("name", "actor_id"), [
    ("Chadian troops", "chad"),
    ("Katiba Macina", "katiba-macina"),
    ("Oromo Liberation Army", "oromo-liberation-army"),
    ("Asa'ib Ahl al-Haq", "asaib-ahl-al-haq"),
    ("Luhansk People's Republic", "luhansk-peoples-republic"),
    ("Second Marquetalia", "segunda-marquetalia"),
    ("President Raisi", "ebrahim-raisi"),
    ("Libyan government", "libya-government"),
])
def test_the_bundled_registry_knows_the_other_conflicts(
    registry: list[Actor], name: str, actor_id: str
) -> None:
    found = Resolver(registry).match(name)
    assert found is not None and found.actor.id == actor_id


def test_a_people_is_not_an_alias_of_its_state(registry: list[Actor]) -> None:
    """'Americans who served there' are people, not the United States (the analyzer labels
    plural peoples as groups; an alias would turn them back into the state)."""
    states = [actor for actor in registry if actor.type is ActorType.STATE]
    assert not any(alias in ("Americans", "Afghans") for s in states for alias in s.aliases)
