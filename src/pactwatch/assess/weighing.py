"""How much one claim counts: a product of factors, each written down as a reason.

The factors follow how monitors weigh what they read: what kind of document it is, whether the
sentence is opinion, how firmly the claim is put, who says it and what stake they have, how sure
the extractor was, how much of the claim's date falls in the window, and how old it is. Claims
that repeat the same finding from the same origin are counted once (see ``count_once``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from pactwatch.assess.matching import Candidate, Terms, side_of, sides
from pactwatch.assess.resolver import ActorResolver
from pactwatch.assess.weights import Weights
from pactwatch.model import ActorRef, Evidence, SourceKind, Stance

_SOURCE_LABEL = {SourceKind.PERSON: "PERSON", SourceKind.ORGANIZATION: "ORG"}
_LEADING_ARTICLE = re.compile(r"^(the|a|an)\s+")
_NOT_WORD = re.compile(r"[^\w\s]")


@dataclass(frozen=True)
class Factor:
    value: float
    reason: str


def weigh(
    candidates: Sequence[Candidate], *, terms: Terms, resolver: ActorResolver, weights: Weights
) -> list[Evidence]:
    """Evidence for every candidate, repeats counted once, sorted by weight (heaviest first)."""
    if not candidates:
        return []
    factors = [_factors(c, terms=terms, resolver=resolver, weights=weights) for c in candidates]
    counting = [c for c, fs in zip(candidates, factors, strict=True) if _product(fs) > 0]
    newest = max(c.period.end for c in counting or candidates)
    evidence = []
    for candidate, own in zip(candidates, factors, strict=True):
        age = (newest - candidate.period.end).days
        recency = 0.5 ** (age / weights.half_life_days)
        own.append(Factor(recency, f"recency {age} days before newest, half-life "
                                   f"{weights.half_life_days:g} days ×{recency:.2f}"))
        evidence.append(Evidence(candidate.stance, candidate.stored, _product(own),
                                 tuple(f.reason for f in own)))
    evidence = count_once(evidence, candidates)
    return sorted(evidence, key=lambda e: (-e.weight, e.stored.id))


def count_once(evidence: list[Evidence], candidates: Sequence[Candidate]) -> list[Evidence]:
    """Keep the strongest of claims with the same content that go back to the same origin.

    Same content: same actors (either order for symmetric relations), relation and polarity.
    Same origin: the same cited source (outermost in the source chain, else the source name) or
    the same document text. Ten outlets quoting one report are one piece of evidence.
    """
    groups: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for index, candidate in enumerate(candidates):
        groups[_content(candidate)].append(index)
    result = list(evidence)
    for members in groups.values():
        for cluster in _same_origin_clusters(members, candidates):
            if len(cluster) < 2:
                continue
            kept = min(cluster, key=lambda i: (-evidence[i].weight, evidence[i].stored.id))
            origin = evidence[kept].stored
            for index in cluster:
                if index == kept or evidence[index].weight == 0:
                    continue
                reason = (f"repeats {origin.document.name} sentence {origin.sentence.index} "
                          f"(same claim, same origin {_origin_text(candidates[kept])}) ×0")
                result[index] = Evidence(evidence[index].stance, evidence[index].stored, 0.0,
                                         (*evidence[index].reasons, reason))
    return result


def _factors(
    candidate: Candidate, *, terms: Terms, resolver: ActorResolver, weights: Weights
) -> list[Factor]:
    document = candidate.stored.document
    claim = candidate.stored.claim
    kind = weights.document_kind[document.kind]
    factors = [Factor(kind, f"document kind {document.kind.value} ×{kind:g}")]
    if candidate.stored.sentence.opinion:
        factors.append(Factor(0.0, "opinion sentence ×0 (opinion never counts)"))
    modality = weights.modality[claim.modality]
    factors.append(Factor(modality, f"{claim.modality.value} ×{modality:g}"))
    factors.append(_source_factor(candidate, terms=terms, resolver=resolver, weights=weights))
    factors.append(Factor(claim.confidence, f"claim confidence ×{claim.confidence:.2f}"))
    if candidate.share_inside < 1:
        factors.append(Factor(candidate.share_inside,
                              f"date {candidate.period.text} only {candidate.share_inside:.0%} "
                              f"inside window {terms.window_text} ×{candidate.share_inside:.2f}"))
    return factors


def _source_factor(
    candidate: Candidate, *, terms: Terms, resolver: ActorResolver, weights: Weights
) -> Factor:
    """Independent observers count fully; a party speaking for itself much less."""
    stored = candidate.stored
    source = stored.claim.source
    name = source.name
    if name is None and source.kind is SourceKind.AUTHOR:
        name = stored.document.author or stored.document.outlet
    if not name:
        value = weights.source["independent"]
        return Factor(value, f"source: the document's author (independent) ×{value:g}")
    day = candidate.period.start.isoformat()
    found = resolver.match(name, date=day, label=_SOURCE_LABEL.get(source.kind))
    speaker = sides(found.actor.id if found else None, resolver, day)
    involved = {terms.party} | side_of(candidate.other, resolver, day)
    if speaker & involved:
        own_favour = candidate.stance is Stance.COMPLIANCE
        role = "self_serving" if own_favour else "self_incriminating"
        text = "in its own favour" if own_favour else "against its own interest"
        value = weights.source[role]
        return Factor(value, f"source {name!r} speaks for an actor of the claim, {text} "
                             f"({role.replace('_', '-')}) ×{value:g}")
    if speaker & terms.other_parties:
        value = weights.source["interested_party"]
        return Factor(value, f"source {name!r} is another party to the agreement "
                             f"(interested party) ×{value:g}")
    value = weights.source["independent"]
    return Factor(value, f"source {name!r} (independent) ×{value:g}")


def _product(factors: Sequence[Factor]) -> float:
    value = 1.0
    for factor in factors:
        value *= factor.value
    return value


def _content(candidate: Candidate) -> tuple[str, ...]:
    claim = candidate.stored.claim
    ends = [_actor_key(candidate.actor), _actor_key(candidate.other)]
    if claim.relation.symmetric:
        ends.sort()
    return (*ends, claim.relation.value, claim.polarity.value)


def _actor_key(actor: ActorRef | None) -> str:
    if actor is None:
        return ""
    return actor.id or actor.mention


def _origin(candidate: Candidate) -> str | None:
    source = candidate.stored.claim.source
    cited = source.chain[0] if source.chain else source.name
    if not cited:
        return None
    return _LEADING_ARTICLE.sub("", _NOT_WORD.sub("", cited.casefold())).strip() or None


def _origin_text(candidate: Candidate) -> str:
    source = candidate.stored.claim.source
    cited = source.chain[0] if source.chain else source.name
    return repr(cited) if cited else f"document {candidate.stored.document.name}"


def _same_origin_clusters(members: list[int], candidates: Sequence[Candidate]) -> list[list[int]]:
    """Members joined when they share an origin or a document text (union-find, small groups)."""
    parent = {m: m for m in members}

    def root(m: int) -> int:
        while parent[m] != m:
            parent[m] = parent[parent[m]]
            m = parent[m]
        return m

    first_by_key: dict[tuple[str, str], int] = {}
    for m in members:
        stored = candidates[m].stored
        keys = [("document", stored.document.id), ("text", stored.document.text)]
        origin = _origin(candidates[m])
        if origin:
            keys.append(("origin", origin))
        for key in keys:
            if key in first_by_key:
                parent[root(m)] = root(first_by_key[key])
            else:
                first_by_key[key] = m
    clusters: dict[int, list[int]] = defaultdict(list)
    for m in members:
        clusters[root(m)].append(m)
    return list(clusters.values())
