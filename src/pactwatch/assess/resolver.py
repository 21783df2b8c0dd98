"""What assess needs from the resolve stage, declared as a Protocol.

Assess depends on a surface, not on the resolver's internals: any object with ``match`` and
``side`` works (the real ``pactwatch.resolve.Resolver``, or one built on another registry).
"""

from __future__ import annotations

from typing import Protocol

from pactwatch.model import Actor, AgreementError


class ActorMatch(Protocol):
    """A name linked to an actor, with the link's score."""

    @property
    def actor(self) -> Actor: ...

    @property
    def score(self) -> float: ...


class ActorResolver(Protocol):
    def match(
        self, name: str, *, date: str | None = None, label: str | None = None
    ) -> ActorMatch | None:
        """The best actor for ``name`` (as of ``date``), or None when nothing matches."""
        ...

    def side(self, actor_id: str, date: str | None = None) -> str:
        """The organisation or state a person belonged to on ``date``, else ``actor_id``."""
        ...


def resolve_name(
    resolver: ActorResolver, name: str, *, agreement: str, commitment: str, role: str, date: str
) -> str:
    """The actor id of a name used in an agreement file; an unknown name stops the assessment,
    since judging a commitment against the wrong actor would be worse than no verdict."""
    found = resolver.match(name, date=date)
    if found is None:
        raise AgreementError(
            f"agreement {agreement!r}, commitment {commitment!r}: {role} {name!r} does not "
            "resolve to any known actor; use a name or alias from the actor registry, or add "
            "the actor to the registry"
        )
    return found.actor.id

