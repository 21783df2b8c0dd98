"""The two real UN list snapshots (2020-03-20, 2024-09-26) from ../shared, imported in both
orders into SQLite. Skipped when ../shared/data/un_sc_consolidated is absent."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pactwatch.model import Actor
from pactwatch.resolve import load_registry, merge_actors
from pactwatch.resolve.watchlists import WatchlistImport, import_watchlist_file
from pactwatch.store import Store, WatchlistSaved

LISTS = Path(__file__).resolve().parents[3] / "shared" / "data" / "un_sc_consolidated"
DAYS = ("2020-03-20", "2024-09-26")


@pytest.fixture(scope="module")
def registry() -> list[Actor]:
    return load_registry()


@pytest.fixture(scope="module")
def snapshots(registry: list[Actor]) -> dict[str, WatchlistImport]:
    if not LISTS.is_dir():
        pytest.skip("../shared/data/un_sc_consolidated is absent")
    return {
        day: import_watchlist_file(LISTS / f"consolidated_{day}.xml", registry=registry)
        for day in DAYS
    }


@pytest.fixture(scope="module", params=["in date order", "newest first"])
def imported(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    snapshots: dict[str, WatchlistImport],
) -> Iterator[tuple[Store, dict[str, WatchlistSaved]]]:
    days = DAYS if request.param == "in date order" else DAYS[::-1]
    with Store(str(tmp_path_factory.mktemp("real") / "lists.sqlite")) as store:
        yield store, {day: store.save_watchlist(snapshots[day]) for day in days}


def test_entries_per_snapshot(snapshots: dict[str, WatchlistImport]) -> None:
    assert [len(snapshots[day].refs) for day in DAYS] == [1014, 875]
    assert [snapshots[day].snapshot_date for day in DAYS] == list(DAYS)


def test_added_and_removed_between_the_snapshots(
    imported: tuple[Store, dict[str, WatchlistSaved]],
) -> None:
    store, saved = imported
    assert store.snapshots("UN") == {"2020-03-20": 1014, "2024-09-26": 875}
    newer, older = saved["2024-09-26"].diff, saved["2020-03-20"].diff
    if newer.previous:  # imported after 2020
        assert (len(newer.added), len(newer.removed), newer.unchanged) == (46, 185, 829)
    else:  # 2020 imported after it
        assert len(older.dropped_by_next) == 185


def test_a_delisted_entry_is_active_in_2020_only(
    imported: tuple[Store, dict[str, WatchlistSaved]],
) -> None:
    store, _ = imported
    entry = {actor.id: actor for actor in store.actors()}["un:QDe.071"]
    ref = entry.refs[0]
    assert ref.removed_on == "2024-09-26"
    assert ref.active_on("2020-03-20")
    assert not ref.active_on("2024-09-26")


def test_qde_004_merges_into_the_registry_al_qaeda(
    imported: tuple[Store, dict[str, WatchlistSaved]], registry: list[Actor]
) -> None:
    store, _ = imported
    known = {actor.id for actor in registry}
    listed = [actor for actor in store.actors() if actor.id not in known]
    merged = {actor.id: actor for actor in merge_actors(registry, listed)}
    assert "un:QDe.004" not in merged
    qaeda = merged["al-qaeda"]
    assert "Al-Qaida" in qaeda.aliases
    assert [(r.ref, r.program, r.removed_on) for r in qaeda.refs] == [("QDe.004", "Al-Qaida", None)]


def test_the_narratives_give_ties_sourced_to_the_list(
    snapshots: dict[str, WatchlistImport],
    imported: tuple[Store, dict[str, WatchlistSaved]],
) -> None:
    assert [snapshots[day].links for day in DAYS] == [512, 524]
    store, _ = imported
    haqqani = {
        s.claim.object.id
        for s in store.claims()
        if s.claim.subject.id == "haqqani-network" and s.claim.object
    }
    assert "al-qaeda" in haqqani
