"""How a predicted claim, actor or source is judged equal to a gold one (eval/GUIDELINES.md).

Names match when equal after normalisation (case, a leading "the", punctuation) or, for a
mention the resolver left unresolved, when the mention contains a gold name as whole words:
"the members of the Security Council" names the Security Council. Shared by the scorer and
the error classes so that both judge alike.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from pactwatch.model import ActorRef, Claim, Relation, SourceKind

_DOTS = re.compile(r"\.")
_PUNCT = re.compile(r"[^\w\s]")


def claim_matches(claim: Claim, gold: dict[str, Any]) -> bool:
    """Subject, relation, object and polarity agree (guideline rule 14); symmetric both ways."""
    if str(claim.relation) != gold["relation"] or str(claim.polarity) != gold["polarity"]:
        return False
    if pair_matches(claim.subject, claim.object, gold["subject"], gold["object"]):
        return True
    symmetric = Relation(gold["relation"]).symmetric
    return symmetric and claim.object is not None and gold["object"] is not None and (
        pair_matches(claim.object, claim.subject, gold["subject"], gold["object"])
    )


def pair_matches(
    subject: ActorRef, obj: ActorRef | None, gold_subject: list[str], gold_object: list[str] | None
) -> bool:
    if not actor_matches(subject, gold_subject):
        return False
    return object_matches(obj, gold_object)


def object_matches(obj: ActorRef | None, gold_object: list[str] | None) -> bool:
    """Both absent, or both present and matching."""
    if obj is None or gold_object is None:
        return obj is None and gold_object is None
    return actor_matches(obj, gold_object)


def actor_matches(actor: ActorRef, names: Sequence[str]) -> bool:
    """Equal to a gold name, or (unresolved) containing one as whole words."""
    gold = {normalise(n) for n in names} - {""}
    written = [normalise(x) for x in (actor.name, actor.mention) if x]
    if any(w in gold for w in written):
        return True
    return actor.id is None and any(contains(normalise(actor.mention), g) for g in gold)


def source_matches(claim: Claim, gold: list[str] | None) -> bool:
    """The gold source (names, or null for the writer's own voice) names the claim's source."""
    if gold is None:
        return claim.source.kind is SourceKind.AUTHOR
    if claim.source.kind is SourceKind.AUTHOR or not claim.source.name:
        return False
    name = normalise(claim.source.name)
    return any(name == g or contains(name, g) for g in (normalise(n) for n in gold) if g)


def normalise(name: str) -> str:
    """Lowercase, dots dropped (U.S. = US), other punctuation as spaces, no leading 'the'."""
    text = _PUNCT.sub(" ", _DOTS.sub("", name.lower()))
    text = " ".join(text.split())
    return text.removeprefix("the ")


def contains(text: str, name: str) -> bool:
    """``name`` occurs in ``text`` as whole words (both normalised)."""
    return f" {name} " in f" {text} "
