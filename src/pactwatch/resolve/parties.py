"""What linking reveals about a document's claims: relations of an actor with its own side,
and one claim said twice under two names.

The analyzer sees words: "the White House" welcoming "Americans", Guterres praising the
Secretary-General, "Iran-aligned militia groups" and "Iranian-aligned militias" in one
sentence. Only once mentions are actors is it known that such a claim relates an actor to
itself or to its own official (no relation between parties: nothing to record), or that two
claims are one (guideline rule 12: identical claims are recorded once).
"""

from __future__ import annotations

from collections.abc import Iterable

from pactwatch.model import GROUP, ActorRef, Claim, Relation
from pactwatch.resolve.matcher import Resolver

# Collective victims and peoples (the analyzer's GROUP: "civilians", "prisoners", "Kurds")
# are objects of these relations only (guideline rule 11), whatever side they belong to:
# "Iran arrested Iranians", a side releasing its own captives.
VICTIM_RELATIONS = frozenset({Relation.ASSAULT, Relation.COERCE, Relation.CONCEDE})


def between_parties(claim: Claim, resolver: Resolver, date: str | None) -> bool:
    """False when the object is a group of people in a relation other than an attack, a
    crackdown or a release ("relations with the Kurds"), when subject and object are one
    actor, or when one acts for the other on ``date`` (a person's affiliation: Guterres is
    the Secretary-General's side)."""
    subject, obj = claim.subject, claim.object
    if obj is not None and obj.label == GROUP:
        return claim.relation in VICTIM_RELATIONS
    if obj is None or subject.id is None or obj.id is None:
        return True
    return resolver.side(subject.id, date) != resolver.side(obj.id, date)


def once_each(claims: Iterable[Claim], resolver: Resolver, date: str | None) -> tuple[Claim, ...]:
    """The claims of one sentence without repeats of an earlier one: same sides (an official
    counts for the body they act for on the claim's date, else ``date``; an unresolved actor
    as written), relation, polarity and modality; symmetric relations in either order. A
    repeat in another sentence stays: it is evidence of its own, and the sentence before may
    lie outside the passage a reader quotes."""
    seen: set[tuple[object, ...]] = set()
    kept = []
    for claim in claims:
        key = _identity(claim, resolver, claim.date or date)
        if key not in seen:
            seen.add(key)
            kept.append(claim)
    return tuple(kept)


def _identity(claim: Claim, resolver: Resolver, date: str | None) -> tuple[object, ...]:
    actors = (_side(claim.subject, resolver, date), _side(claim.object, resolver, date))
    if claim.relation.symmetric:
        actors = (min(actors, key=str), max(actors, key=str))
    return (*actors, claim.relation, claim.polarity, claim.modality)


def _side(ref: ActorRef | None, resolver: Resolver, date: str | None) -> str | None:
    if ref is None:
        return None
    if ref.id is not None:
        return resolver.side(ref.id, date)
    return " ".join(ref.mention.lower().removeprefix("the ").split())
