"""The exact-name shortcut of ``Resolver.match``: a name written as an actor's name ends the
search early, yet the winner, its score and its alternatives are those of the full ranking."""

from __future__ import annotations

from pactwatch.model import Actor, ActorType
from pactwatch.resolve.explain import explain
from pactwatch.resolve.matcher import MatchContext, Resolver

SAMIR = Actor("un:XXi.960", "Samir Qadduri Batthal", ActorType.PERSON)
SAMIR_TWIN = Actor("un:XXi.961", "Samir Qaduri Bathal", ActorType.PERSON)  # a skeleton twin
GUILD = Actor("un:XXe.962", "Guild of the Amber Lantern", ActorType.ARMED_GROUP)
WEAK = Actor(
    "un:XXi.963",
    "Nadir Eloquent Vassimi",
    ActorType.PERSON,
    weak_aliases=("Samir Qadduri Batthal",),
)


def test_an_exact_name_keeps_the_full_rankings_winner_and_losers() -> None:
    resolver = Resolver([SAMIR, SAMIR_TWIN, GUILD])
    quick = resolver.match("Samir Qadduri Batthal", label="PERSON")
    full = resolver.match("Samir Qadduri Batthal", label="PERSON", context=MatchContext())
    assert quick is not None
    assert full is not None
    assert quick == full  # actor, score, steps, features: everything compared
    assert quick.steps == (("exact", 1.0),)
    assert [other.actor.id for other in quick.alternatives] == ["un:XXi.961"]
    assert quick.alternatives == full.alternatives
    assert any(line.startswith("lost: Samir Qaduri Bathal") for line in explain(quick))


def test_a_weak_exact_hit_still_ranks_every_key() -> None:
    """An exact hit through a low-quality alias is worth less than a normalised hit, so the
    search goes on and the actor whose name it is wins."""
    hyphenated = Actor("un:XXi.960", "Samir Qadduri-Batthal", ActorType.PERSON)
    resolver = Resolver([WEAK, hyphenated])
    found = resolver.match("Samir Qadduri Batthal")
    assert found is not None
    assert found.actor.id == "un:XXi.960"
    assert found.steps == (("normalized", 0.97),)
    (lost,) = found.alternatives
    assert lost.actor.id == "un:XXi.963"
    assert lost.steps == (("exact", 1.0), ("weak_alias", 0.95))


def test_two_actors_with_one_exact_name_stay_ambiguous() -> None:
    twin = Actor("un:XXi.964", "Samir Qadduri Batthal", ActorType.PERSON)
    resolver = Resolver([SAMIR, twin])
    assert resolver.match("Samir Qadduri Batthal") is None
    (best, second) = resolver.candidates("Samir Qadduri Batthal", limit=2)
    assert best.score == second.score == 1.0
