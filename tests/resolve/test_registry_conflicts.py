"""The bundled registry knows the parties of the armed conflicts of 2015-2025 beyond
Afghanistan: states' forces under their usual names, armed groups with their aliases,
missions and regional bodies, offices that act for a state."""

from __future__ import annotations

import pytest

from pactwatch.model import GROUP, ActorRef, AnalyzedDocument, Claim, Document, Relation, Sentence
from pactwatch.resolve import MatchContext, Resolver, load_registry, resolve


@pytest.fixture(scope="module")
def bundled() -> Resolver:
    return Resolver(load_registry())


@pytest.mark.parametrize(("name", "actor_id"), [
    ("Tatmadaw", "myanmar-military"),
    ("the Burmese military regime", "myanmar-military"),
    ("Myanmar junta", "myanmar-military"),
    ("Arakan Army", "arakan-army"),
    ("MNDAA", "mndaa"),
    ("FARDC", "dr-congo"),
    ("the Congolese armed forces", "dr-congo"),
    ("Rwanda Defence Force", "rwanda"),
    ("AFC/M23", "m23"),
    ("FDLR", "fdlr"),
    ("Wazalendo fighters", "wazalendo"),
    ("Viv Ansanm", "viv-ansanm"),
    ("Haitian National Police", "haitian-national-police"),
    ("Islamic State Mozambique Province", "aswj-mozambique"),
    ("Frente Polisario", "polisario-front"),
    ("MONUSCO", "monusco"),
    ("SADC", "sadc"),
    ("ASEAN", "asean"),
    ("EUMM", "eumm"),
    ("OFAC", "united-states"),
    ("Azerbaijan's foreign ministry", "azerbaijan"),
    ("the Armenian Interior Ministry", "armenia"),
    ("Armed Forces of Bosnia and Herzegovina", "bosnia-and-herzegovina"),
    ("Russian border guards", "russia"),
    ("Burmese authorities", "myanmar"),
    ("Sudan People's Liberation Army", "south-sudan-government"),
    ("Angola", "angola"),
    ("Tamil Tigers", "ltte"),
    ("CPN (Maoist)", "cpn-maoist"),
    ("GAM", "free-aceh-movement"),
    ("Sinn Fein", "sinn-fein"),
    ("Los Chapitos", "los-chapitos"),
    ("Russian military forces", "russia"),
    ("Pakistani fighter jets", "pakistan"),
    ("Soviet troops", "soviet-union"),
    ("the Yugoslav army", "yugoslavia"),
    ("Taiwanese authorities", "taiwan"),
    ("Republic of China", "taiwan"),
    ("Transnistrian authorities", "transnistria"),
    ("Khmer Rouge", "khmer-rouge"),
    ("Kosovo Liberation Army", "kosovo-liberation-army"),
    ("Shining Path", "shining-path"),
    ("Lord's Resistance Army", "lords-resistance-army"),
    ("Zapatistas", "ezln"),
    ("Naxalites", "cpi-maoist"),
    ("Organization of African Unity", "organization-of-african-unity"),
    ("Lebanese forces", "lebanon"),
])
def test_parties_of_other_conflicts_resolve(bundled: Resolver, name: str, actor_id: str) -> None:
    found = bundled.match(name, label="ORG")
    assert found is not None and found.actor.id == actor_id


def test_one_acronym_names_a_group_by_the_country_of_the_document(bundled: Resolver) -> None:
    congo = bundled.match("ADF", context=MatchContext(countries=frozenset({"CD"})))
    cameroon = bundled.match("ADF", context=MatchContext(countries=frozenset({"CM"})))
    assert congo is not None and congo.actor.id == "allied-democratic-forces"
    assert cameroon is not None and cameroon.actor.id == "ambazonia-defence-forces"


def test_the_treasury_is_the_us_treasury_where_the_united_states_is_named(
        bundled: Resolver) -> None:
    found = bundled.match("Treasury", context=MatchContext(actors=frozenset({"united-states"})))
    assert found is not None and found.actor.id == "united-states"
    assert bundled.match("Treasury", context=MatchContext()) is None


def _linked(bundled: Resolver, text: str, claim: Claim) -> Claim:
    """The claim of a one-sentence document, as the resolve stage links it."""
    analyzed = AnalyzedDocument(
        document=Document(id="d", name="d", text=text),
        sentences=(Sentence(0, 0, len(text), text, claims=(claim,)),), analyzer="claims.v1")
    (result,) = resolve([analyzed], resolver=bundled)
    (linked,) = result.sentences[0].claims
    return linked


def test_a_people_is_not_linked_to_its_state(bundled: Resolver) -> None:
    claim = Claim(subject=ActorRef("Azerbaijani forces", label="ORG"), relation=Relation.ASSAULT,
                  object=ActorRef("Armenians", label=GROUP))
    linked = _linked(bundled, "Soldiers attacked Armenians in the city.", claim)
    assert linked.subject.id == "azerbaijan"
    assert linked.object is not None and linked.object.id is None


def test_captives_named_by_their_side_still_link_to_it(bundled: Resolver) -> None:
    claim = Claim(subject=ActorRef("government", label="ORG"), relation=Relation.CONCEDE,
                  object=ActorRef("Houthi detainees", label=GROUP))
    linked = _linked(bundled, "The government released Houthi detainees.", claim)
    assert linked.object is not None and linked.object.id == "houthis"


@pytest.mark.parametrize(("country", "actor_id"), [
    ("AF", "afghan-republic"), ("GB", "provisional-ira"), ("IE", "provisional-ira")])
def test_ira_is_the_irish_republican_army_only_in_ireland(
        bundled: Resolver, country: str, actor_id: str) -> None:
    found = bundled.match("IRA", context=MatchContext(countries=frozenset({country})))
    assert found is not None and found.actor.id == actor_id


def test_maoists_are_the_nepalese_party_in_a_document_on_nepal(bundled: Resolver) -> None:
    found = bundled.match("Maoist rebels", context=MatchContext(countries=frozenset({"NP"})))
    assert found is not None and found.actor.id == "cpn-maoist"
    assert bundled.match("Maoist rebels", context=MatchContext()) is None
