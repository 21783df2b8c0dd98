"""The actor registry: a YAML file of actors, validated on load into ``Actor`` records.

Each entry is checked on its own (so an error names the actor), then the registry as a whole:
ids are unique, affiliations point at actors that exist, no sanctions-list ref belongs to two
actors, and no two actors share a name once normalised (else a mention could not be told apart).
Demonyms and capitals are folded into aliases, since an ``Actor`` carries names, not their kind.

Some names mean different actors in different documents: "the coalition" is NATO's mission in
Afghanistan, the Global Coalition in Iraq and Syria, the Saudi-led coalition in Yemen; "Kabul"
is the Republic until August 2021 and the Taliban after. An actor lists such names under
``context_aliases``, each with the countries or actors a document must name and the dates
within which the reading holds (``load_context_aliases``); the resolver chooses among them with
the document's context, and these names are nobody's ordinary alias.
"""

from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from pactwatch.model import Actor, ActorType, Affiliation, ResolveError, WatchlistRef
from pactwatch.resolve.datafiles import describe, read_yaml
from pactwatch.resolve.names import normalize

REGISTRY_PATH = Path(__file__).parent / "data" / "actors.yaml"

_SLUG = r"^[a-z0-9]+(-[a-z0-9]+)*$"


class _Ref(BaseModel):
    model_config = ConfigDict(extra="forbid")

    list: str = Field(min_length=1)
    ref: str = Field(min_length=1)
    listed_on: dt.date | None = None
    removed_on: dt.date | None = None


class _Affiliation(BaseModel):
    model_config = ConfigDict(extra="forbid")

    organization: str = Field(pattern=_SLUG)
    role: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None

    @model_validator(mode="after")
    def _ordered(self) -> _Affiliation:
        if self.start and self.end and self.end < self.start:
            raise ValueError(f"'end' ({self.end}) is before 'start' ({self.start})")
        return self


class _ContextAlias(BaseModel):
    model_config = ConfigDict(extra="forbid")

    names: list[str] = Field(min_length=1)
    countries: list[str] = []
    actors: list[str] = []
    start: dt.date | None = None
    end: dt.date | None = None
    place: bool = False  # a capital whose government depends on the date ("Kabul")

    @model_validator(mode="after")
    def _well_formed(self) -> _ContextAlias:
        bad = [c for c in self.countries if not (len(c) == 2 and c.isupper() and c.isalpha())]
        if bad:
            raise ValueError(f"countries {bad} are not ISO 3166 alpha-2 codes")
        if self.start and self.end and self.end < self.start:
            raise ValueError(f"'end' ({self.end}) is before 'start' ({self.start})")
        return self


@dataclass(frozen=True)
class ContextAlias:
    """A name that means ``actor`` in a document naming one of ``countries`` or ``actors``
    (neither given: any document) on a date within ``start``..``end`` (ISO, inclusive)."""

    names: tuple[str, ...]
    actor: str
    countries: frozenset[str] = frozenset()
    actors: frozenset[str] = frozenset()
    start: str | None = None
    end: str | None = None

    @property
    def conditional(self) -> bool:
        """Whether the reading needs the document to name a country or an actor."""
        return bool(self.countries or self.actors)

    def holds_on(self, day: str | None) -> bool:
        """Whether the reading holds on ``day``; without a day, the readings that hold from
        the start ("Kabul" is the Republic unless a date says otherwise)."""
        if day is None:
            return self.start is None
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=_SLUG)
    name: str = Field(min_length=1)
    type: ActorType
    aliases: list[str] = []
    country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    refs: list[_Ref] = []
    affiliations: list[_Affiliation] = []
    demonyms: list[str] = []
    capitals: list[str] = []
    description: str | None = None
    context_aliases: list[_ContextAlias] = []

    @model_validator(mode="after")
    def _people_only_have_affiliations(self) -> _Entry:
        if self.affiliations and self.type is not ActorType.PERSON:
            raise ValueError(f"only a person has affiliations, and this actor is a {self.type}")
        return self

    def to_actor(self) -> Actor:
        names = [*self.aliases, *self.demonyms, *self.capitals]
        return Actor(
            id=self.id,
            name=self.name,
            type=self.type,
            aliases=tuple(dict.fromkeys(name for name in names if name != self.name)),
            refs=tuple(
                WatchlistRef(r.list, r.ref, _iso(r.listed_on), _iso(r.removed_on))
                for r in self.refs
            ),
            country=self.country,
            affiliations=tuple(
                Affiliation(a.organization, a.role, _iso(a.start), _iso(a.end))
                for a in self.affiliations
            ),
            description=self.description,
        )


def load_registry(path: str | Path | None = None) -> list[Actor]:
    """The actors of a registry file, in file order; the bundled registry when ``path`` is None.

    Raises ``ResolveError`` naming the file, the actor, the key and the bad value.
    """
    return list(_registry(path)[1])


def load_context_aliases(path: str | Path | None = None) -> tuple[ContextAlias, ...]:
    """The names of a registry file whose actor depends on the document, in file order (the
    order in which the resolver tries them); the bundled registry's when ``path`` is None."""
    entries = _registry(path)[0]
    return tuple(
        ContextAlias(
            names=tuple(alias.names), actor=entry.id, countries=frozenset(alias.countries),
            actors=frozenset(alias.actors), start=_iso(alias.start), end=_iso(alias.end),
        )
        for entry in entries
        for alias in entry.context_aliases
    )


def load_places(path: str | Path | None = None) -> list[str]:
    """The registry's names of places (capitals and cities) that stand for an actor only as
    its seat ("Kabul said ..."), not where something happened ("the Kabul bombing"); the
    bundled registry's when ``path`` is None."""
    entries = _registry(path)[0]
    readings = [name for entry in entries for alias in entry.context_aliases if alias.place
                for name in alias.names]
    return list(dict.fromkeys([*(name for entry in entries for name in entry.capitals),
                               *readings]))


def _registry(path: str | Path | None) -> tuple[list[_Entry], list[Actor]]:
    return _read_bundled() if path is None else _read(Path(path))


@cache
def _read_bundled() -> tuple[list[_Entry], list[Actor]]:
    """The bundled registry, read once per process: the actors and the resolver's context
    aliases come from the same file."""
    return _read(REGISTRY_PATH)


def _read(path: Path) -> tuple[list[_Entry], list[Actor]]:
    """The validated entries of a registry file and their actors."""
    data = read_yaml(path, expect=list, what="actor registry")
    entries = [_parse_entry(path, position, entry) for position, entry in enumerate(data)]
    actors = [entry.to_actor() for entry in entries]
    _check_whole(path, actors)
    _check_context_aliases(path, entries, actors)
    return entries, actors


def _parse_entry(path: Path, position: int, entry: Any) -> _Entry:
    if not isinstance(entry, dict):
        raise ResolveError(
            f"{path}: entry #{position + 1} is a {type(entry).__name__}; "
            "each actor is a mapping with id, name and type"
        )
    label = f"actor {entry['id']!r}" if "id" in entry else f"entry #{position + 1}"
    try:
        return _Entry.model_validate(entry)
    except ValidationError as exc:
        raise ResolveError(f"{path}: {label}: {describe(exc, entry, enums=[ActorType])}") from None


def _check_context_aliases(path: Path, entries: list[_Entry], actors: list[Actor]) -> None:
    """A context alias names actors that exist and is no actor's ordinary name (which would
    always win over it)."""
    ids = {actor.id for actor in actors}
    ordinary = {normalize(name): actor.id for actor in actors for name in actor.names}
    for entry in entries:
        for position, alias in enumerate(entry.context_aliases):
            where = f"{path}: actor {entry.id!r}: context_aliases.{position}"
            for other in alias.actors:
                if other not in ids:
                    raise ResolveError(f"{where}.actors: unknown actor id {other!r}")
            for name in alias.names:
                owner = ordinary.get(normalize(name))
                if owner is not None:
                    raise ResolveError(
                        f"{where}.names: {name!r} is an ordinary name of actor {owner!r}; "
                        "a name that depends on the document belongs to no actor outright"
                    )


def _check_whole(path: Path, actors: list[Actor]) -> None:
    ids: set[str] = set()
    for actor in actors:
        if actor.id in ids:
            raise ResolveError(f"{path}: actor id {actor.id!r} appears twice; ids must be unique")
        ids.add(actor.id)
    refs: dict[tuple[str, str], str] = {}
    names: dict[str, tuple[str, str]] = {}
    for actor in actors:
        for position, affiliation in enumerate(actor.affiliations):
            if affiliation.organization not in ids:
                close = difflib.get_close_matches(affiliation.organization, sorted(ids), n=3)
                hint = f"; did you mean {', '.join(close)}?" if close else ""
                raise ResolveError(
                    f"{path}: actor {actor.id!r}: affiliations.{position}.organization: "
                    f"unknown actor id {affiliation.organization!r}{hint}"
                )
        for ref in actor.refs:
            owner = refs.setdefault((ref.list, ref.ref), actor.id)
            if owner != actor.id:
                raise ResolveError(
                    f"{path}: actor {actor.id!r}: refs: {ref.list} {ref.ref} already belongs to "
                    f"actor {owner!r}; one list entry is one actor"
                )
        for name in actor.names:
            key = normalize(name)
            owner_id, owner_name = names.setdefault(key, (actor.id, name))
            if owner_id != actor.id:
                raise ResolveError(
                    f"{path}: actor {actor.id!r}: name {name!r} is also a name of actor "
                    f"{owner_id!r} ({owner_name!r}); keep it on one actor only"
                )


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None
