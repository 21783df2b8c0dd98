"""False positives of name matching: real names that are not on the 2024 UN list, screened
against the whole list. Target: at most 0.5% score at or above the default threshold.

    .venv/bin/python benchmarks/names_false_positives.py [--people 9000]

Organisations come from the UCDP actor dataset (those whose normalised name equals a listed
name are left out), people from Faker's name lists of several locales (fixed seed). Needs
``../shared/data``; exits 0 with a message when it is absent.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from names_data import faker_people, list_resolver, listed_actors, unlisted_organisations
from pactwatch.resolve import DEFAULT_THRESHOLD


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=9000, help="Faker person names")
    args = parser.parse_args()
    actors = listed_actors()
    resolver = list_resolver(actors)
    queries = [(name, "ORG") for name in unlisted_organisations(actors)]
    queries += [(name, "PERSON") for name in faker_people(args.people)]
    started = time.perf_counter()
    flagged = []
    for name, label in queries:
        found = resolver.match(name, label=label)
        if found is not None:
            flagged.append((name, label, found))
    seconds = time.perf_counter() - started
    organisations = sum(label == "ORG" for _, label in queries)
    print(
        f"names screened: {len(queries)} ({organisations} organisations, "
        f"{len(queries) - organisations} people), threshold {DEFAULT_THRESHOLD}"
    )
    rate = len(flagged) / len(queries) if queries else 0.0
    print(f"false positives: {len(flagged)} = {rate:.3%} (target <= 0.5%) in {seconds:.1f} s")
    for name, label, found in flagged:
        print(
            f"  {label:6} {name!r} -> {found.actor.id} {found.actor.name!r} "
            f"via {found.alias!r} score {found.score:.3f} {found.steps}"
        )


if __name__ == "__main__":
    main()
