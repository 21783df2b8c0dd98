"""Screening speed: names per second on one core against the whole 2024 UN list, and peak
memory. Target: 50,000 names/s per core.

    .venv/bin/python benchmarks/names_speed.py [--names 20000]

Three loads: names that are not on the list (Faker person names and UCDP organisations, one
in five: most of a real screening load), names that are (the list's own aliases), and a mix
of the two, one name in twenty on the list. Each load runs ``--runs`` times on a fresh
resolver (no answers cached from a previous run); the best run
counts. The rate is per CPU second of this single process, so that other work on a shared
machine does not count against it; the wall-clock rate is printed beside it. Needs
``../shared/data``; exits 0 with a message when it is absent.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from names_data import (
    SEED,
    faker_people,
    label_of,
    list_resolver,
    listed_actors,
    unlisted_organisations,
)
from pactwatch.resolve.screen import steady_heap


def rate(
    actors: list, queries: list[tuple[str, str | None]], runs: int
) -> tuple[float, float, int]:
    """Names per CPU second of this process (per core, whatever else the machine runs) and
    per wall-clock second, the best of ``runs`` runs, each on a fresh resolver."""
    best_cpu = best_wall = 0.0
    flagged = 0
    for _ in range(runs):
        resolver = list_resolver(actors)
        with steady_heap():  # as pactwatch screen runs
            cpu, wall = time.process_time(), time.perf_counter()
            flagged = sum(
                resolver.match(name, label=label) is not None for name, label in queries
            )
        best_cpu = max(best_cpu, len(queries) / (time.process_time() - cpu))
        best_wall = max(best_wall, len(queries) / (time.perf_counter() - wall))
    return best_cpu, best_wall, flagged


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names", type=int, default=20000, help="names in each load")
    parser.add_argument("--runs", type=int, default=3, help="runs of each load; the best counts")
    args = parser.parse_args()
    actors = listed_actors()
    started = time.perf_counter()
    list_resolver(actors)
    print(f"index of {len(actors)} entries built in {time.perf_counter() - started:.2f} s")
    organisations = [(name, "ORG") for name in unlisted_organisations(actors)][: args.names // 5]
    people = faker_people(args.names - len(organisations))
    unlisted = [(name, "PERSON") for name in people] + organisations
    random.Random(SEED).shuffle(unlisted)
    listed = [(name, label_of(actor.type)) for actor in actors for name in actor.names][
        : args.names
    ]
    mixed = unlisted[: len(unlisted) * 19 // 20] + listed[: len(unlisted) // 20]
    random.Random(SEED).shuffle(mixed)
    loads = (
        ("names not on the list", unlisted),
        ("names on the list", listed),
        ("a mixed load, 1 name in 20 on the list", mixed),
    )
    for title, queries in loads:
        per_cpu, per_wall, flagged = rate(actors, queries, args.runs)
        print(
            f"{title}: {per_cpu:,.0f} names per CPU second on one core "
            f"({per_wall:,.0f} per wall-clock second; {len(queries)} names, {flagged} linked; "
            "target 50,000)"
        )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (ru_maxrss): {peak:.0f} MB")


if __name__ == "__main__":
    main()
