"""The assess stage's front door: every commitment of an agreement judged on the stored claims.

A verdict is only as strong as its evidence: no evidence gives ``unknown`` with confidence 0,
never a guess, and every number in the verdict is spelled out in its explanation.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from pactwatch.assess.matching import Candidate, Terms, match_claim, resolve_terms
from pactwatch.assess.resolver import ActorResolver
from pactwatch.assess.weighing import weigh
from pactwatch.assess.weights import Weights, load_weights
from pactwatch.model import (
    Agreement,
    CommitmentVerdict,
    Evidence,
    Stance,
    StoredClaim,
    Verdict,
)


def assess(
    agreement: Agreement,
    *,
    claims: Iterable[StoredClaim],
    resolver: ActorResolver,
    weights: Weights | None = None,
) -> list[CommitmentVerdict]:
    """One verdict per commitment, in the agreement's order."""
    weights = weights or load_weights()
    every_terms = [resolve_terms(agreement, c, resolver) for c in agreement.commitments]
    candidates: list[list[Candidate]] = [[] for _ in every_terms]
    for stored in claims:
        for terms, found in zip(every_terms, candidates, strict=True):
            candidate = match_claim(terms, stored, resolver)
            if candidate is not None:
                found.append(candidate)
    verdicts = []
    for terms, found in zip(every_terms, candidates, strict=True):
        evidence = weigh(found, terms=terms, resolver=resolver, weights=weights)
        verdicts.append(judge(terms, evidence, weights=weights))
    return verdicts


def judge(terms: Terms, evidence: Sequence[Evidence], *, weights: Weights) -> CommitmentVerdict:
    """Weigh breach against compliance; a side must dominate to make a kept/breached verdict."""
    commitment = terms.commitment
    breach = [e for e in evidence if e.stance is Stance.BREACH and e.weight > 0]
    compliance = [e for e in evidence if e.stance is Stance.COMPLIANCE and e.weight > 0]
    b = sum(e.weight for e in breach)
    c = sum(e.weight for e in compliance)
    total = b + c
    settings = (f"settings {weights.algorithm} ({weights.digest}); window {terms.window_text}; "
                f"rules: {'; '.join(rule.label for rule in terms.rules)}")
    uncounted = len(evidence) - len(breach) - len(compliance)
    not_counted = (f"{uncounted} matching claim(s) weigh 0 (opinion, promises, repeats or "
                   "no stake); see their reasons")
    if total == 0:
        lines = ["no evidence", *([not_counted] if uncounted else []), settings]
        return CommitmentVerdict(commitment.id, commitment.party, Verdict.UNKNOWN, 0.0,
                                 tuple(evidence), tuple(lines), weights.algorithm)
    share = max(b, c) / total
    if share >= weights.dominance:
        verdict = Verdict.BREACHED if b > c else Verdict.KEPT
        leader = "breach" if b > c else "compliance"
        decision = (f"{leader} share {share:.2f} ≥ dominance threshold {weights.dominance:g} "
                    f"→ {verdict.value}")
    else:
        verdict = Verdict.CONTESTED
        decision = (f"leading share {share:.2f} < dominance threshold {weights.dominance:g} "
                    "→ contested")
    scale = weights.confidence_scale
    confidence = (1 - math.exp(-total / scale)) * share
    lines = [
        f"breach weight B = {b:.3f} from {len(breach)} claim(s)",
        f"compliance weight C = {c:.3f} from {len(compliance)} claim(s)",
        f"total B + C = {total:.3f}",
        decision,
        f"confidence = (1 − exp(−{total:.3f} / {scale:g})) × {share:.2f} = {confidence:.3f}",
        *([not_counted] if uncounted else []),
        settings,
    ]
    return CommitmentVerdict(commitment.id, commitment.party, verdict, confidence,
                             tuple(evidence), tuple(lines), weights.algorithm)
