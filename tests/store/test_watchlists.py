"""Imported lists in the store: snapshots, membership by date in any import order,
idempotent re-import, list claims as watchlist documents, and every actor field."""

from __future__ import annotations

from pathlib import Path

import pytest

from pactwatch.model import Actor, DocumentKind, Relation, SourceKind
from pactwatch.resolve.watchlists import WatchlistImport, import_watchlist_file
from pactwatch.store import Store

FIXTURES = Path(__file__).parents[1] / "resolve" / "fixtures"


@pytest.fixture(scope="module")
def older() -> WatchlistImport:
    return import_watchlist_file(FIXTURES / "un_snapshot_2021.xml")


@pytest.fixture(scope="module")
def newer() -> WatchlistImport:
    return import_watchlist_file(FIXTURES / "un_snapshot_2023.xml")


def by_id(store: Store) -> dict[str, Actor]:
    return {actor.id: actor for actor in store.actors()}


def ties(store: Store) -> set[tuple[str, str | None, str | None]]:
    return {
        (s.document.name, s.claim.subject.id, s.claim.object.id if s.claim.object else None)
        for s in store.claims()
    }


def test_a_newer_snapshot_reports_what_was_added_and_removed(
    store: Store, older: WatchlistImport, newer: WatchlistImport
) -> None:
    first = store.save_watchlist(older)
    assert (first.diff.entries, len(first.diff.added), first.diff.removed) == (4, 4, ())
    saved = store.save_watchlist(newer)
    diff = saved.diff
    assert (diff.previous, diff.added, diff.removed, diff.unchanged) == (
        "2021-06-01",
        ("XXi.904",),
        ("XXi.903",),
        3,
    )
    assert saved.links == 4
    assert "1 added, 1 removed, 3 unchanged" in str(saved)
    assert store.snapshots("UN") == {"2021-06-01": 4, "2023-06-01": 4}


def test_membership_by_date(store: Store, older: WatchlistImport, newer: WatchlistImport) -> None:
    store.save_watchlist(older)
    store.save_watchlist(newer)
    gone = by_id(store)["un:XXi.903"].refs[0]
    assert gone.removed_on == "2023-06-01"
    assert gone.active_on("2022-12-31") and not gone.active_on("2023-06-01")
    assert not gone.active_on(None)
    kept = by_id(store)["un:XXi.902"].refs[0]
    assert kept.removed_on is None and kept.active_on("2023-06-01")
    membership = store.membership("UN", "XXi.903")
    assert membership is not None
    assert (membership.first_seen, membership.last_seen) == ("2021-06-01", "2021-06-01")
    assert store.membership("UN", "XXi.999") is None


@pytest.mark.parametrize("order", ["older first", "newer first"])
def test_the_import_order_does_not_matter(
    tmp_path: Path, older: WatchlistImport, newer: WatchlistImport, order: str
) -> None:
    with Store(str(tmp_path / "reference.sqlite")) as reference:
        reference.save_watchlist(older)
        reference.save_watchlist(newer)
        expected_actors, expected_ties = reference.actors(), ties(reference)
    with Store(str(tmp_path / "other.sqlite")) as store:
        for imported in (older, newer) if order == "older first" else (newer, older):
            store.save_watchlist(imported)
        assert store.actors() == expected_actors
        assert ties(store) == expected_ties
    front = {a.id: a for a in expected_actors}["un:XXe.901"]
    assert "Wadi Front" in front.aliases and "Vale Front" not in front.aliases  # newest reading


def test_an_older_snapshot_imported_last_reports_the_removals(
    store: Store, older: WatchlistImport, newer: WatchlistImport
) -> None:
    store.save_watchlist(newer)
    diff = store.save_watchlist(older).diff
    assert (diff.previous, diff.next, diff.dropped_by_next) == (None, "2023-06-01", ("XXi.903",))


def test_importing_the_same_snapshot_twice_changes_nothing(
    store: Store, older: WatchlistImport, newer: WatchlistImport
) -> None:
    store.save_watchlist(older)
    store.save_watchlist(newer)
    before = (store.stats(), store.actors(), sorted(c.id for c in store.claims()))
    again = store.save_watchlist(newer)
    assert again.diff.already_recorded
    assert (store.stats(), store.actors(), sorted(c.id for c in store.claims())) == before


def test_list_claims_are_watchlist_documents_that_follow_the_newest_reading(
    store: Store, older: WatchlistImport, newer: WatchlistImport
) -> None:
    store.save_watchlist(older)
    assert ("UN list XXi.902", "un:XXi.902", "un:XXi.903") in ties(store)
    store.save_watchlist(newer)
    found = ties(store)
    # XXi.902's newer narrative no longer names XXi.903: its older document is replaced
    assert ("UN list XXi.902", "un:XXi.902", "un:XXi.903") not in found
    assert ("UN list XXi.902", "un:XXi.902", "un:XXe.901") in found
    # XXi.903 is only on the older list: what that list said of it stays
    assert ("UN list XXi.903", "un:XXi.903", "un:QDe.004") in found
    assert ("UN list XXi.904", "un:XXi.904", "un:XXe.901") in found
    for stored in store.claims():
        assert stored.document.kind is DocumentKind.WATCHLIST
        assert stored.claim.relation is Relation.TIES
        assert stored.claim.source.kind is SourceKind.DOCUMENT
    assert store.stats()["documents"] == 4


def test_an_ftm_list_round_trips_every_field(store: Store) -> None:
    imported = import_watchlist_file(FIXTURES / "ftm_sample.jsonl")
    saved = store.save_watchlist(imported)
    assert (saved.diff.entries, saved.actors, saved.links) == (3, 4, 3)
    assert store.actors() == sorted(imported.actors, key=lambda actor: actor.id)
    # an explicit end of a sanction stays when the snapshots show no removal
    hills = by_id(store)["ftm:xx-org-hills"].refs[0]
    assert hills.removed_on == "2020-04-01"


def test_record_snapshot_on_its_own(store: Store) -> None:
    store.record_snapshot("L", "2024-01-01", ["a", "b"], source="l-2024.csv")
    diff = store.record_snapshot("L", "2022-01-01", ["a", "c"])
    assert (diff.previous, diff.next, diff.dropped_by_next) == (None, "2024-01-01", ("c",))
    gone = store.membership("L", "c")
    assert gone is not None and gone.removed_on == "2024-01-01"
    assert store.snapshots("L") == {"2022-01-01": 2, "2024-01-01": 2}
    assert store.snapshots("other") == {}
