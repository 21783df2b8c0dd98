"""The actor registry: a YAML file of actors, validated on load into ``Actor`` records.

Each entry is checked on its own (so an error names the actor), then the registry as a whole:
ids are unique, affiliations point at actors that exist, no sanctions-list ref belongs to two
actors, and no two actors share a name once normalised (else a mention could not be told apart).
Demonyms and capitals are folded into aliases, since an ``Actor`` carries names, not their kind.
"""

from __future__ import annotations

import datetime as dt
import difflib
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
    path = Path(path) if path is not None else REGISTRY_PATH
    data = read_yaml(path, expect=list, what="actor registry")
    actors = [_parse_entry(path, position, entry) for position, entry in enumerate(data)]
    _check_whole(path, actors)
    return actors


def _parse_entry(path: Path, position: int, entry: Any) -> Actor:
    if not isinstance(entry, dict):
        raise ResolveError(
            f"{path}: entry #{position + 1} is a {type(entry).__name__}; "
            "each actor is a mapping with id, name and type"
        )
    label = f"actor {entry['id']!r}" if "id" in entry else f"entry #{position + 1}"
    try:
        return _Entry.model_validate(entry).to_actor()
    except ValidationError as exc:
        raise ResolveError(f"{path}: {label}: {describe(exc, entry, enums=[ActorType])}") from None


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
