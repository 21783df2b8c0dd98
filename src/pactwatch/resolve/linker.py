"""Filling the actors of analyzed documents: every claim's subject and object get a link.

Mentions go through the same resolver as ``pactwatch resolve``, with what the document says
around them: the entity type the analyzer saw, the countries the document is about (its
mentions that resolve to a state or carry a GPE label, and the states its text names) and the
actors it names. Two actors that match a short name equally well ("the Front") are told apart
by that context, and so is a name that means one actor in Afghanistan and another in Iraq
("the coalition"); without it the tie stays unresolved.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from pactwatch.model import GROUP, ActorRef, ActorType, AnalyzedDocument, Claim
from pactwatch.resolve.matcher import MatchContext, Resolver
from pactwatch.resolve.parties import between_parties, once_each


def resolve(
    documents: Iterable[AnalyzedDocument], *, resolver: Resolver
) -> Iterator[AnalyzedDocument]:
    """The documents with each claim's ``subject``/``object`` linked: ``name`` (canonical),
    ``id`` and ``score`` filled; a mention nothing matches keeps ``name``/``id`` None.

    A claim is resolved as of its own date, else its document's date, and within the context
    of its document (see ``document_context``). A claim that linking shows to relate an
    actor to its own side is dropped, and so is a repeat of a claim in the same sentence
    (``parties``). Streams: one document at a time.
    """
    for analyzed in documents:
        context = document_context(analyzed, resolver)
        default_date = analyzed.document.date
        sentences = tuple(
            replace(sentence, claims=once_each(
                _linked_claims(sentence.claims, resolver, default_date, context),
                resolver, default_date))
            for sentence in analyzed.sentences
        )
        yield replace(analyzed, sentences=sentences)


def document_context(analyzed: AnalyzedDocument, resolver: Resolver) -> MatchContext:
    """What the document's mentions resolve to without context: the actors it names and the
    countries of its states and GPE mentions, and of the states its sentences name."""
    actors: set[str] = set()
    countries: set[str] = set()
    for sentence in analyzed.sentences:
        countries |= resolver.countries_in(sentence.text)
        for claim in sentence.claims:
            for ref in (claim.subject, claim.object):
                if ref is None:
                    continue
                found = resolver.match(ref.mention, label=ref.label)
                if found is None:
                    continue
                actors.add(found.actor.id)
                country = found.actor.country
                if country and (ref.label == "GPE" or found.actor.type is ActorType.STATE):
                    countries.add(country)
    return MatchContext(countries=frozenset(countries), actors=frozenset(actors))


def _linked_claims(
    claims: Iterable[Claim], resolver: Resolver, default_date: str | None,
    context: MatchContext,
) -> Iterator[Claim]:
    """Each claim linked as of its date, less those between an actor and its own side."""
    for claim in claims:
        date = claim.date or default_date
        linked = _resolve_claim(claim, resolver, date, context)
        if between_parties(linked, resolver, date):
            yield linked


def _resolve_claim(
    claim: Claim, resolver: Resolver, date: str | None, context: MatchContext
) -> Claim:
    subject = _link(claim.subject, resolver, date, context)
    linked_object = _link(claim.object, resolver, date, context) if claim.object else None
    return replace(claim, subject=subject, object=linked_object)


def _link(ref: ActorRef, resolver: Resolver, date: str | None, context: MatchContext) -> ActorRef:
    """A people or a crowd (the analyzer's GROUP: "ethnic Armenians", "the Rohingya") is no
    actor of the registry: "Armenians" are not the state of Armenia, so they stay as written.
    Only captives named by their side ("Taliban prisoners") link, through the generic head."""
    found = resolver.match(ref.mention, date=date, label=ref.label, context=context)
    if found is None or (ref.label == GROUP
                         and not any(step == "generic_head" for step, _ in found.steps)):
        return replace(ref, name=None, id=None, score=None)
    return replace(ref, name=found.actor.name, id=found.actor.id, score=found.score)
