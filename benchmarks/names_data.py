"""What the name benchmarks share: the 2024 UN list, a resolver over it, and real names that
are not on it. Everything is read from ``../shared/data``; a benchmark exits 0 with a message
when that is absent, so it runs on any machine.
"""

from __future__ import annotations

import csv
import random
import sys
from pathlib import Path

from pactwatch.model import Actor, ActorType
from pactwatch.resolve import Resolver, read_un_list
from pactwatch.resolve.names import normalize

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
LIST_2024 = SHARED / "un_sc_consolidated" / "consolidated_2024-09-26.xml"
UCDP_ACTORS = SHARED / "ucdp_actors" / "ucdp-actor-221.csv"
FAKER_LOCALES = ("en_US", "ar_AA", "ar_SA", "fa_IR", "en_PK", "tr_TR", "fr_FR", "ur_PK")
SEED = 2024


def require(*paths: Path) -> None:
    """Exit 0 with a message when the shared data is absent: nothing to measure here."""
    missing = [str(path) for path in paths if not path.is_file()]
    if missing:
        print(f"skipped: {', '.join(missing)} absent (the shared data set is not here)")
        sys.exit(0)


def listed_actors() -> list[Actor]:
    require(LIST_2024)
    return read_un_list(LIST_2024)


def list_resolver(actors: list[Actor]) -> Resolver:
    """A resolver over the list alone: screening against all imported list entries."""
    return Resolver(actors)


def label_of(kind: ActorType | str | None) -> str | None:
    if kind in (ActorType.PERSON, "person"):
        return "PERSON"
    if kind is None:
        return None
    return "ORG"


def unlisted_organisations(actors: list[Actor]) -> list[str]:
    """UCDP actor names that are not organisations of the list: those whose normalised name
    equals a listed name are left out (they are on the list)."""
    require(UCDP_ACTORS)
    listed = {normalize(name) for actor in actors for name in actor.names}
    names: list[str] = []
    with UCDP_ACTORS.open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            for column in ("NameData", "NameOrigFullEng"):
                name = (row.get(column) or "").strip()
                if name and name.lower() != "n/a" and normalize(name) not in listed:
                    names.append(name)
    return list(dict.fromkeys(names))


def faker_people(count: int) -> list[str]:
    """``count`` person names from Faker's name lists for several locales (first + last name,
    drawn with a fixed seed), or none when Faker is not installed."""
    try:
        from faker import Faker
    except ImportError:
        print("note: faker is not installed (pip install 'faker>=30,<40'); no person names")
        return []
    locales = []
    for locale in FAKER_LOCALES:
        try:
            locales.append(Faker(locale))
        except AttributeError:  # a locale this Faker version lacks
            continue
    Faker.seed(SEED)
    chooser = random.Random(SEED)
    names: set[str] = set()
    attempts = 0
    while len(names) < count and attempts < count * 20:
        attempts += 1
        fake = chooser.choice(locales)
        names.add(f"{fake.first_name()} {fake.last_name()}")
    return sorted(names)
