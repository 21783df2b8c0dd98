"""Filling the actors of analyzed documents: every claim's subject and object get a link."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from pactwatch.model import ActorRef, AnalyzedDocument, Claim
from pactwatch.resolve.matcher import Resolver


def resolve(
    documents: Iterable[AnalyzedDocument], *, resolver: Resolver
) -> Iterator[AnalyzedDocument]:
    """The documents with each claim's ``subject``/``object`` linked: ``name`` (canonical),
    ``id`` and ``score`` filled; a mention nothing matches keeps ``name``/``id`` None.

    A claim is resolved as of its own date, else its document's date. Streams: one document
    at a time.
    """
    for analyzed in documents:
        default_date = analyzed.document.date
        sentences = tuple(
            replace(
                sentence,
                claims=tuple(
                    _resolve_claim(claim, resolver, claim.date or default_date)
                    for claim in sentence.claims
                ),
            )
            for sentence in analyzed.sentences
        )
        yield replace(analyzed, sentences=sentences)


def _resolve_claim(claim: Claim, resolver: Resolver, date: str | None) -> Claim:
    subject = _link(claim.subject, resolver, date)
    linked_object = _link(claim.object, resolver, date) if claim.object else None
    return replace(claim, subject=subject, object=linked_object)


def _link(ref: ActorRef, resolver: Resolver, date: str | None) -> ActorRef:
    found = resolver.match(ref.mention, date=date, label=ref.label)
    if found is None:
        return replace(ref, name=None, id=None, score=None)
    return replace(ref, name=found.actor.name, id=found.actor.id, score=found.score)
