"""Reading FollowTheMoney entities (OpenSanctions exports, JSON lines) into actors and ties.

Each line is one entity, read with the ``followthemoney`` model (values are cleaned: dates,
country codes). Three kinds of entity matter:

* legal entities (Person, Organization, Company, PublicBody, LegalEntity) become actors
  ``ftm:<entity id>``: ``name`` and ``alias`` give names, ``weakAlias`` and ``previousName``
  weak aliases, and ``birthDate``, ``birthPlace``, ``nationality`` (country names, as the UN
  list writes them) and ``country`` are kept;
* ``Sanction`` entities say that their ``entity`` is listed, under which ``program``, since
  ``listingDate``/``startDate`` and until ``endDate``;
* relation entities (``UnknownLink``, ``Membership``... per ``data/watchlists.yaml``) become
  TIES claims whose source is the list, one sentence each, written from the record.

An entity is on the list (gets a ``WatchlistRef``) when a Sanction names it or one of its
``topics`` is a sanctions topic; other entities (a relative, a politically exposed person)
become actors without a list entry, so that screening does not report them as listed.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from followthemoney import model
from followthemoney.exc import InvalidData
from followthemoney.proxy import EntityProxy
from followthemoney.types import registry

from pactwatch.model import Actor, ActorType, WatchlistError, WatchlistRef
from pactwatch.resolve.listrules import ListRules, load_list_rules
from pactwatch.resolve.narratives import Link, Narrative

DEFAULT_LIST_NAME = "OpenSanctions"
ID_PREFIX = "ftm"


@dataclass(frozen=True)
class FtmSnapshot:
    """One FtM file: the list it is, its date, its actors and the ties it states."""

    path: Path
    list_name: str
    snapshot_date: str
    actors: tuple[Actor, ...]
    narratives: tuple[Narrative, ...]


@dataclass(frozen=True)
class _Listing:
    program: str | None
    listed_on: str | None
    removed_on: str | None


def read_ftm_file(path: str | Path, *, list_name: str | None = None) -> FtmSnapshot:
    """The actors and ties of an FtM JSON lines file.

    ``list_name`` defaults to the one dataset every entity names (``datasets``), else
    "OpenSanctions". The snapshot date is the newest ``last_seen``/``last_change`` of the
    entities (OpenSanctions exports carry them), else the file's modification date.
    Raises ``WatchlistError`` naming the file and line of a bad entity.
    """
    path = Path(path)
    if not path.is_file():
        raise WatchlistError(f"{path}: no such file; give the path of an FtM JSON lines file")
    rules = load_list_rules()
    entities: list[EntityProxy] = []
    datasets: set[str] = set()
    newest = ""  # the latest last_seen / last_change: the day of the export
    for line_number, data in _lines(path):
        datasets.update(data.get("datasets") or ())
        for key in ("last_seen", "last_change"):
            newest = max(newest, str(data.get(key) or "")[:10])
        entities.append(_proxy(path, line_number, data))
    listings = _listings(entities)
    list_name = list_name or _list_name(datasets)
    actors = [
        _to_actor(entity, listings.get(entity.id), rules, list_name)
        for entity in entities
        if entity.schema.is_a("LegalEntity")
    ]
    names = {entity_id(actor): actor.name for actor in actors}
    return FtmSnapshot(
        path=path,
        list_name=list_name,
        snapshot_date=newest or _modified_on(path),
        actors=tuple(actors),
        narratives=tuple(_narratives(entities, rules, names)),
    )


def entity_id(actor: Actor) -> str:
    """The FtM entity id of an actor read by this module (``ftm:<id>``)."""
    return actor.id.removeprefix(f"{ID_PREFIX}:")


def _lines(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                raise WatchlistError(
                    f"{path}: line {number} is not JSON ({exc.msg}); an FtM file has one "
                    "entity object per line"
                ) from None
            if not isinstance(data, dict):
                raise WatchlistError(
                    f"{path}: line {number} is a JSON {type(data).__name__}, not an entity object"
                )
            yield number, data


def _proxy(path: Path, number: int, data: dict[str, Any]) -> EntityProxy:
    if not data.get("id"):
        raise WatchlistError(f"{path}: line {number}: the entity has no id; every entity needs one")
    try:
        return model.get_proxy(data, cleaned=False)
    except InvalidData as exc:
        raise WatchlistError(
            f"{path}: line {number}: entity {data.get('id')!r} with schema "
            f"{data.get('schema')!r}: {exc} (see followthemoney's schema list)"
        ) from None


def _list_name(datasets: set[str]) -> str:
    return next(iter(datasets)) if len(datasets) == 1 else DEFAULT_LIST_NAME


def _modified_on(path: Path) -> str:
    return dt.date.fromtimestamp(path.stat().st_mtime).isoformat()


def _listings(entities: list[EntityProxy]) -> dict[str, _Listing]:
    """Per listed entity id: the programme and dates its Sanction entities give."""
    found: dict[str, list[EntityProxy]] = defaultdict(list)
    for entity in entities:
        if entity.schema.is_a("Sanction"):
            for target in _values(entity, "entity"):
                found[target].append(entity)
    listings = {}
    for target, sanctions in found.items():
        starts = [
            d for s in sanctions for d in (*_values(s, "listingDate"), *_values(s, "startDate"))
        ]
        ends = [d for s in sanctions for d in _values(s, "endDate")]
        programs = [p for s in sanctions for p in _values(s, "program")]
        listings[target] = _Listing(
            program=programs[0] if programs else None,
            listed_on=min(starts)[:10] if starts else None,
            # listed until the last sanction ends; one without an end keeps it listed
            removed_on=max(ends)[:10] if all(_values(s, "endDate") for s in sanctions) else None,
        )
    return listings


def _to_actor(
    entity: EntityProxy, listing: _Listing | None, rules: ListRules, list_name: str
) -> Actor:
    names = _values(entity, "name")
    name = names[0] if names else entity.caption
    aliases = [n for n in (*names[1:], *_values(entity, "alias")) if n != name]
    weak = [
        n for n in (*_values(entity, "weakAlias"), *_values(entity, "previousName")) if n != name
    ]
    listed = listing is not None or bool(rules.sanctioned_topics & set(_values(entity, "topics")))
    refs: tuple[WatchlistRef, ...] = ()
    if listed:
        created = _values(entity, "createdAt")
        refs = (
            WatchlistRef(
                list=list_name,
                ref=str(entity.id),
                listed_on=(listing.listed_on if listing else None)
                or (min(created)[:10] if created else None),
                removed_on=listing.removed_on if listing else None,
                program=(listing.program if listing else None) or _first(entity, "program"),
            ),
        )
    countries = _values(entity, "country")
    return Actor(
        id=f"{ID_PREFIX}:{entity.id}",
        name=name,
        type=ActorType.PERSON if entity.schema.is_a("Person") else ActorType.ORGANIZATION,
        aliases=tuple(dict.fromkeys(aliases)),
        weak_aliases=tuple(dict.fromkeys(n for n in weak if n not in aliases)),
        refs=refs,
        country=countries[0].upper() if countries and len(countries[0]) == 2 else None,
        description=_first(entity, "summary") or _first(entity, "notes"),
        birth_dates=tuple(_values(entity, "birthDate")),
        birth_places=tuple(_values(entity, "birthPlace")),
        nationalities=tuple(
            registry.country.caption(code) or code for code in _values(entity, "nationality")
        ),
    )


def _first(entity: EntityProxy, prop: str) -> str | None:
    values = _values(entity, prop)
    return values[0] if values else None


def _values(entity: EntityProxy, prop: str) -> list[str]:
    """The property's values; none when the entity's schema lacks the property (a birth date
    of an Organization), as FtM files mix schemata."""
    return list(entity.get(prop, quiet=True))


def _narratives(
    entities: list[EntityProxy], rules: ListRules, names: dict[str, str]
) -> Iterator[Narrative]:
    """Per subject entity, one sentence per relation entity that ties it to another."""
    sentences: dict[str, list[tuple[str, Link]]] = defaultdict(list)
    for entity in entities:
        ends = rules.ties.get(entity.schema.name)
        if ends is None:
            continue
        for subject in _values(entity, ends[0]):
            for obj in _values(entity, ends[1]):
                if subject == obj:
                    continue
                role = (
                    _first(entity, "role")
                    or _first(entity, "relationship")
                    or entity.schema.label.lower()
                )
                head = f"{names.get(subject, subject)} – {role} – "
                sentence = f"{head}{names.get(obj, obj)}."
                index = len(sentences[subject])
                link = Link(obj, index, len(head), len(sentence) - 1, role)
                sentences[subject].append((sentence, link))
    for subject, pairs in sentences.items():
        yield Narrative(
            ref=subject,
            sentences=tuple(sentence for sentence, _ in pairs),
            links=tuple(link for _, link in pairs),
        )
