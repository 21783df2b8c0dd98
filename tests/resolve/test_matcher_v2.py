"""names.v2: name-part order, scripts, word-by-word guards, explanations, list dates, context.

The people and groups here are invented for the tests.
"""

from __future__ import annotations

import pytest

from pactwatch.model import Actor, ActorType, Affiliation, WatchlistRef
from pactwatch.resolve.explain import explain, explain_query
from pactwatch.resolve.matcher import MatchContext, Resolver

KAREEM = Actor(
    "un:XXi.950",
    "Kareem Tamarindi Bazzouli",
    ActorType.PERSON,
    aliases=("كريم تمرندي بزولي", "Abu Zubayda al-Tamarindi"),
    refs=(WatchlistRef("UN", "XXi.950", "2012-01-10"),),
)
ASHRAF = Actor(
    "un:XXi.951",
    "Muhammad Ashraf Qandarzai",
    ActorType.PERSON,
    refs=(WatchlistRef("UN", "XXi.951", "2011-05-01"),),
)
FRONT = Actor(
    "un:XXe.952",
    "Harakat Wadi al-Nour",
    ActorType.ARMED_GROUP,
    aliases=("Valley Light Movement",),
    refs=(WatchlistRef("UN", "XXe.952", "2010-01-01", removed_on="2016-03-01"),),
)


@pytest.fixture(scope="module")
def people() -> Resolver:
    return Resolver([KAREEM, ASHRAF, FRONT])


def linked(resolver: Resolver, name: str, label: str | None = None) -> str | None:
    found = resolver.match(name, label=label)
    return found.actor.id if found else None


@pytest.mark.parametrize(
    "query",
    [
        "Kareem Tamarindi Bazzouli",
        "Bazzouli Kareem Tamarindi",  # name-part order
        "Karim Tamarindy Bazouli",  # transliteration
        "Kareem Tamarinndi Bazzouli",  # a typo
        "Sheikh Kareem Tamarindi Bazzouli",  # a title
        "كريم تمرندي بزولي",  # the list's original-script name
        "كريم تمرندى بزولى",  # another spelling in Arabic script
        "Abu Zubaydah Tamarindi",  # an alias, particle dropped
    ],
)
def test_variants_of_a_listed_person(people: Resolver, query: str) -> None:
    assert linked(people, query, label="PERSON") == "un:XXi.950"


def test_arabic_script_query_meets_a_latin_only_entry() -> None:
    latin_only = Actor("un:XXi.960", "Kareem Tamarindi Bazzouli", ActorType.PERSON)
    found = Resolver([latin_only]).match("كريم تمرندي بزولي")
    assert found is not None
    assert found.actor.id == "un:XXi.960"
    assert found.steps[0] == ("phonetic", 0.9)


def test_common_given_names_need_distinctive_words(people: Resolver) -> None:
    assert people.match("Muhammad Ashraf") is None
    assert people.match("Abdullah", label="PERSON") is None
    assert linked(people, "Muhammad Ashraf Qandarzai") == "un:XXi.951"
    # one distinctive word shared, spelled differently: ranked, never linked
    assert linked(people, "Muhammad Ashraf Qandarbai", label="PERSON") is None
    (near,) = people.candidates("Muhammad Ashraf Qandarbai", label="PERSON", limit=1)
    assert near.actor.id == "un:XXi.951"
    assert ("few_distinctive_words", 0.8) in near.steps
    assert near.score < people.threshold


def test_score_is_the_product_of_its_steps(people: Resolver) -> None:
    found = people.match("Sheikh Bazzouli Kareem Tamarindi", label="PERSON")
    assert found is not None
    assert [name for name, _ in found.steps] == ["reordered", "honorific"]
    assert found.score == round(0.92 * 0.97, 4)
    assert found.features["type_agreement"] == 1.0


def test_explanation_names_alias_steps_and_losers() -> None:
    twin = Actor("un:XXi.953", "Kareem Tamarindi Bazzoul", ActorType.PERSON)
    resolver = Resolver([KAREEM, twin])
    found = resolver.match("Sheikh Kareem Tamarindi Bazzouli", date="2020-01-01")
    assert found is not None
    lines = explain(found)
    text = "\n".join(lines)
    assert "matched name: 'Kareem Tamarindi Bazzouli'" in text
    assert "base 0.970  normalized" in text
    assert "× 0.970  honorific" in text
    assert "on the list on the date asked: UN XXi.950 listed 2012-01-10" in text
    assert any(line.startswith("lost: Kareem Tamarindi Bazzoul (un:XXi.953)") for line in lines)


def test_explaining_a_miss_shows_the_closest(people: Resolver) -> None:
    lines = explain_query(people, "Muhammad Ashraf Qandarbai", label="PERSON")
    assert "no match at threshold 0.85" in lines[0]
    assert "Muhammad Ashraf Qandarzai (un:XXi.951)" in lines[1]
    assert any("few_distinctive_words" in line for line in lines)
    (near,) = people.candidates("Muhammad Ashraf Qandarbai", label="PERSON", limit=1)
    assert ("qandarbai", "qandarzai", 0.889) in near.pairs
    assert "qandarbai~qandarzai (0.889)" in "\n".join(explain(near))
    assert "no actor shares" in explain_query(people, "Zorblax Quuxley")[0]


def test_a_delisted_entry_is_still_the_actor_but_not_listed(people: Resolver) -> None:
    during = people.match("Valley Light Movement", date="2014-06-01")
    after = people.match("Valley Light Movement", date="2020-06-01")
    assert during is not None
    assert after is not None
    assert during.actor == after.actor
    assert (during.listed, after.listed) == (True, False)
    assert people.match("Valley Light Movement").listed is None  # no date asked
    assert any("NOT on the list" in line for line in explain(after))
    assert [ref.ref for ref in after.actor.refs if ref.active_on("2020-06-01")] == []


def test_context_breaks_a_tie_between_two_actors() -> None:
    mali = Actor(
        "front-ml", "Liberation Front", ActorType.ARMED_GROUP, aliases=("the Front",), country="ML"
    )
    chad = Actor(
        "front-td", "Liberation Front", ActorType.ARMED_GROUP, aliases=("the Front",), country="TD"
    )
    leader = Actor(
        "leader",
        "Issa Kouyate",
        ActorType.PERSON,
        affiliations=(Affiliation("front-td", role="leader"),),
    )
    resolver = Resolver([mali, chad, leader])
    assert resolver.match("Liberation Front") is None  # nothing tells them apart
    by_country = resolver.match(
        "Liberation Front", context=MatchContext(countries=frozenset({"ML"}))
    )
    by_leader = resolver.match(
        "Liberation Front", context=MatchContext(actors=frozenset({"leader"}))
    )
    assert by_country is not None
    assert by_leader is not None
    assert (by_country.actor.id, by_leader.actor.id) == ("front-ml", "front-td")
    assert by_country.features["context"] == 1.0
    assert by_country.alternatives[0].actor.id == "front-td"
    both = MatchContext(countries=frozenset({"ML", "TD"}))
    assert resolver.match("Liberation Front", context=both) is None
