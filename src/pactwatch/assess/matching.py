"""Which claims bear on a commitment, and which way.

A commitment names its party and counterparties in words; they are resolved once into actor ids
(``Terms``). A claim then bears on the commitment when it describes the party's own conduct
(directly, or through an official whose side is the party on that date), with a relation, mode
and counterparty the commitment's rules name, inside the commitment's window.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pactwatch.assess.dates import Period, claim_period
from pactwatch.assess.resolver import ActorResolver, resolve_name
from pactwatch.model import (
    ActorRef,
    Agreement,
    Commitment,
    Polarity,
    Rule,
    Stance,
    StoredClaim,
)


@dataclass(frozen=True)
class ResolvedRule:
    """A rule with its counterparties as actor ids; ``stance`` is what an affirmed match means."""

    rule: Rule
    stance: Stance
    counterparties: frozenset[str] | None

    @property
    def label(self) -> str:
        verb = "forbids" if self.stance is Stance.BREACH else "requires"
        text = f"{verb} {'/'.join(r.value for r in self.rule.relation)}"
        if self.rule.mode:
            text += f" ({'/'.join(self.rule.mode)})"
        if self.rule.counterparty:
            text += f" with {', '.join(self.rule.counterparty)}"
        return text


@dataclass(frozen=True)
class Terms:
    """A commitment ready to be compared with claims: names resolved, window fixed."""

    commitment: Commitment
    party: str
    other_parties: frozenset[str]
    first: dt.date
    last: dt.date | None
    rules: tuple[ResolvedRule, ...]

    @property
    def window_text(self) -> str:
        return f"{self.first.isoformat()} to {self.last.isoformat() if self.last else 'open'}"


@dataclass(frozen=True)
class Candidate:
    """A claim that matches one of the commitment's rules, before it is weighed."""

    stored: StoredClaim
    stance: Stance
    rule: ResolvedRule
    period: Period
    share_inside: float  # share of the claim's period inside the window, > 0
    actor: ActorRef  # the side of the claim that stands for the party
    other: ActorRef | None


def resolve_terms(agreement: Agreement, commitment: Commitment, resolver: ActorResolver) -> Terms:
    first, last = agreement.window(commitment)
    signed = agreement.signed.isoformat()

    def actor_id(name: str, role: str) -> str:
        return resolve_name(
            resolver, name, agreement=agreement.id, commitment=commitment.id, role=role, date=signed
        )

    party = actor_id(commitment.party, "party")
    parties = {actor_id(name, "agreement party") for name in agreement.parties}
    rules = []
    for stance, group in ((Stance.BREACH, commitment.forbids), (Stance.COMPLIANCE,
                                                                commitment.requires)):
        for rule in group:
            ids = None
            if rule.counterparty:
                ids = frozenset(actor_id(name, "counterparty") for name in rule.counterparty)
            rules.append(ResolvedRule(rule, stance, ids))
    return Terms(commitment, party, frozenset(parties - {party}), first, last, tuple(rules))


def match_claim(terms: Terms, stored: StoredClaim, resolver: ActorResolver) -> Candidate | None:
    """The first rule (forbids before requires) that the claim matches, or None."""
    period = claim_period(stored)
    if period is None:
        return None
    share = period.share_inside(terms.first, terms.last)
    if share == 0:
        return None
    day = max(period.start, terms.first).isoformat()
    claim = stored.claim
    for rule in terms.rules:
        if claim.relation not in rule.rule.relation:
            continue
        if rule.rule.mode and claim.mode not in rule.rule.mode:
            continue
        orientations = [(claim.subject, claim.object)]
        if claim.relation.symmetric and claim.object is not None:
            orientations.append((claim.object, claim.subject))
        for actor, other in orientations:
            if not _stands_for(actor, terms.party, resolver, day):
                continue
            if rule.counterparties is not None and not _is_one_of(
                other, rule.counterparties, resolver, day
            ):
                continue
            stance = rule.stance if claim.polarity is Polarity.AFFIRMED else _flip(rule.stance)
            return Candidate(stored, stance, rule, period, share, actor, other)
    return None


def side_of(actor: ActorRef | None, resolver: ActorResolver, day: str) -> set[str]:
    """The actor's own id and the organisation it belonged to on ``day`` (empty if unresolved)."""
    return sides(actor.id if actor else None, resolver, day)


def sides(actor_id: str | None, resolver: ActorResolver, day: str) -> set[str]:
    """``actor_id`` and its side on ``day``: both count as the actor when comparing parties."""
    return set() if actor_id is None else {actor_id, resolver.side(actor_id, day)}


def _stands_for(actor: ActorRef, party: str, resolver: ActorResolver, day: str) -> bool:
    return party in side_of(actor, resolver, day)


def _is_one_of(
    actor: ActorRef | None, ids: frozenset[str], resolver: ActorResolver, day: str
) -> bool:
    return bool(side_of(actor, resolver, day) & ids)


def _flip(stance: Stance) -> Stance:
    return Stance.COMPLIANCE if stance is Stance.BREACH else Stance.BREACH
