"""Why the extractor missed or invented a claim: error classes for ``pactwatch eval --errors``.

A missed gold claim is first paired with a spurious prediction that differs from it in one
respect only (polarity, direction, relation, subject or object): that is a near miss, and
both sides are explained by it. What remains is classified by what the output shows, in
this order: an actor is never named in the passage and in no claim (coreference or a
description), the relation was never predicted in the passage (no trigger, or a trigger
whose arguments were not found), the relation was predicted but the actor is in no claim
(actor not found), or both actors are in claims but not in this one (wrong arguments).
Matched claims with a wrong source or modality are classified by how they differ. The
classes are heuristics over the output, not a diagnosis of the pipeline's internals; the
examples under each let a reader check them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from pactwatch.model import Claim, SourceKind
from pactwatch.present.eval_matching import (
    actor_matches,
    claim_matches,
    contains,
    normalise,
    object_matches,
    source_matches,
)


class Cause(StrEnum):
    """Error classes, grouped by the word before the colon."""

    POLARITY = "missed: wrong polarity"
    DIRECTION = "missed: wrong direction"
    RELATION = "missed: wrong relation"
    SUBJECT = "missed: wrong subject"
    OBJECT = "missed: wrong object"
    SECOND_MODALITY = "missed: same claim with another modality"
    COREFERENCE = "missed: coreference (actor not named in the passage)"
    ACTOR_NOT_FOUND = "missed: actor not found (relation predicted, actor in no claim)"
    NO_TRIGGER = "missed: no trigger (relation never predicted in the passage)"
    ARGUMENTS = "missed: wrong arguments (relation predicted between others)"
    DUPLICATE = "spurious: duplicate of a matched claim"
    NO_GOLD = "spurious: passage has no gold claim"
    EXTRA_ACTOR = "spurious: actor not in the gold claims"
    EXTRA_RELATION = "spurious: relation not recorded between these actors"
    SOURCE_MISSING = "attribution: source missing (writer's voice predicted)"
    SOURCE_EXTRA = "attribution: source predicted where the writer asserts"
    SOURCE_WRONG = "attribution: wrong source"
    MODALITY = "modality"
    OPINION_MISSED = "opinion: missed sentence"
    OPINION_EXTRA = "opinion: spurious sentence"


NEAR_MISSES = (Cause.POLARITY, Cause.DIRECTION, Cause.RELATION, Cause.SUBJECT, Cause.OBJECT)


@dataclass(frozen=True)
class ErrorCase:
    """One error: its cause, the passage, and the gold and/or predicted claim concerned."""

    cause: str
    passage: str
    text: str
    gold: dict[str, Any] | None = None
    predicted: dict[str, Any] | None = None
    detail: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"cause": self.cause, "passage": self.passage, "gold": self.gold,
                "predicted": self.predicted, "detail": self.detail}


class Classifier:
    """Classifies the errors of one passage with the scorer's own name matching."""

    def __init__(self, row: dict[str, Any]) -> None:
        self.row = row
        self.text = normalise(row["text"])

    def case(self, cause: str, *, gold: dict[str, Any] | None = None,
             predicted: Claim | None = None, detail: str | None = None) -> ErrorCase:
        return ErrorCase(cause=str(cause), passage=self.row["id"], text=self.row["text"],
                         gold=gold, predicted=predicted.to_json() if predicted else None,
                         detail=detail)

    def claim_errors(
        self,
        missed: list[dict[str, Any]],
        spurious: list[Claim],
        matched: list[tuple[dict[str, Any], Claim]],
        all_predicted: list[Claim],
    ) -> list[ErrorCase]:
        cases: list[ErrorCase] = []
        left = list(spurious)
        for gold in missed:
            near = self._near_miss(gold, left)
            if near is not None:
                cause, claim = near
                left.remove(claim)
                cases.append(self.case(cause, gold=gold, predicted=claim))
            else:
                cases.append(self.case(self._unexplained(gold, matched, all_predicted),
                                       gold=gold))
        for claim in left:
            cases.append(self.case(self._spurious(claim, matched), predicted=claim))
        for gold, claim in matched:
            cases += self._qualifier_errors(gold, claim)
        return cases

    def _near_miss(
        self, gold: dict[str, Any], candidates: list[Claim]
    ) -> tuple[Cause, Claim] | None:
        for cause in NEAR_MISSES:
            for claim in candidates:
                if self._differs_only_in(cause, gold, claim):
                    return cause, claim
        return None

    def _differs_only_in(self, cause: Cause, gold: dict[str, Any], claim: Claim) -> bool:
        same_relation = str(claim.relation) == gold["relation"]
        same_polarity = str(claim.polarity) == gold["polarity"]
        subject_ok = actor_matches(claim.subject, gold["subject"])
        object_ok = object_matches(claim.object, gold["object"])
        if cause is Cause.POLARITY:
            return same_relation and not same_polarity and subject_ok and object_ok
        if cause is Cause.DIRECTION:
            return (same_relation and same_polarity and claim.object is not None
                    and gold["object"] is not None and actor_matches(claim.object, gold["subject"])
                    and actor_matches(claim.subject, gold["object"]))
        if cause is Cause.RELATION:
            reverse = (claim.object is not None and gold["object"] is not None
                       and actor_matches(claim.object, gold["subject"])
                       and actor_matches(claim.subject, gold["object"]))
            return not same_relation and ((subject_ok and object_ok) or reverse)
        if cause is Cause.SUBJECT:
            return same_relation and same_polarity and object_ok and gold["object"] is not None
        return same_relation and same_polarity and subject_ok  # Cause.OBJECT

    def _unexplained(
        self,
        gold: dict[str, Any],
        matched: list[tuple[dict[str, Any], Claim]],
        predicted: list[Claim],
    ) -> Cause:
        if any(_same_gold(gold, other) for other, _ in matched):
            return Cause.SECOND_MODALITY
        actors = [gold["subject"]] + ([gold["object"]] if gold["object"] else [])
        missing = [names for names in actors if not self._in_claims(names, predicted)]
        if any(not self._named(names) for names in missing):
            return Cause.COREFERENCE
        if not any(str(c.relation) == gold["relation"] for c in predicted):
            return Cause.NO_TRIGGER
        if missing:
            return Cause.ACTOR_NOT_FOUND
        return Cause.ARGUMENTS

    def _in_claims(self, names: list[str], predicted: list[Claim]) -> bool:
        return any(
            actor_matches(actor, names)
            for claim in predicted for actor in (claim.subject, claim.object) if actor
        )

    def _named(self, names: list[str]) -> bool:
        return any(contains(self.text, n) for n in (normalise(x) for x in names) if n)

    def _spurious(self, claim: Claim, matched: list[tuple[dict[str, Any], Claim]]) -> Cause:
        gold_claims = self.row.get("claims") or []
        if not gold_claims:
            return Cause.NO_GOLD
        if any(claim_matches(claim, gold) for gold, _ in matched):
            return Cause.DUPLICATE
        actors = [a for a in (claim.subject, claim.object) if a is not None]
        gold_actors = [g["subject"] for g in gold_claims] + [
            g["object"] for g in gold_claims if g["object"]
        ]
        if not all(any(actor_matches(a, names) for names in gold_actors) for a in actors):
            return Cause.EXTRA_ACTOR
        return Cause.EXTRA_RELATION

    def _qualifier_errors(self, gold: dict[str, Any], claim: Claim) -> list[ErrorCase]:
        cases = []
        source = gold.get("source")
        predicted_author = claim.source.kind is SourceKind.AUTHOR or not claim.source.name
        if not source_matches(claim, source):
            cause = (Cause.SOURCE_MISSING if source and predicted_author
                     else Cause.SOURCE_EXTRA if not source else Cause.SOURCE_WRONG)
            wanted_source = source[0] if source else "writer"
            detail = f"gold {wanted_source}, got {claim.source.name or 'writer'}"
            cases.append(self.case(cause, gold=gold, predicted=claim, detail=detail))
        wanted = gold.get("modality", "asserted")
        if str(claim.modality) != wanted:
            cases.append(self.case(f"{Cause.MODALITY}: {wanted} predicted {claim.modality}",
                                   gold=gold, predicted=claim))
        return cases


def _same_gold(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return all(a[k] == b[k] for k in ("subject", "relation", "object", "polarity"))
