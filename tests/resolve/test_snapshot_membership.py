"""Membership by date from snapshots: removal dates, diffs, and independence of order."""

from __future__ import annotations

from itertools import permutations

from pactwatch.resolve.snapshots import diff_snapshot, memberships

HISTORY = {
    "2020-01-01": frozenset({"a", "b", "c"}),
    "2022-01-01": frozenset({"a", "c", "d"}),
    "2024-01-01": frozenset({"a", "d"}),
}


def test_removed_on_is_the_first_snapshot_without_the_entry() -> None:
    found = memberships("L", HISTORY)
    assert found["b"].removed_on == "2022-01-01"
    assert found["c"].removed_on == "2024-01-01"
    assert found["a"].removed_on is None
    assert (found["d"].first_seen, found["d"].last_seen) == ("2022-01-01", "2024-01-01")


def test_on_list_by_day() -> None:
    b = memberships("L", HISTORY)["b"]
    assert b.on_list("2021-12-31") is True
    assert b.on_list("2022-01-01") is False
    assert b.on_list("2019-05-01") is None  # before the first snapshot: unknown


def test_the_answer_does_not_depend_on_the_order_of_snapshots() -> None:
    expected = memberships("L", HISTORY)
    for order in permutations(HISTORY):
        assert memberships("L", {day: HISTORY[day] for day in order}) == expected


def test_a_newer_snapshot_is_compared_with_the_one_before() -> None:
    earlier = {day: refs for day, refs in HISTORY.items() if day < "2024-01-01"}
    diff = diff_snapshot("L", earlier, "2024-01-01", HISTORY["2024-01-01"])
    assert (diff.previous, diff.added, diff.removed, diff.unchanged) == (
        "2022-01-01",
        (),
        ("c",),
        2,
    )
    assert diff.next is None
    assert not diff.already_recorded


def test_an_older_snapshot_reports_what_the_next_one_dropped() -> None:
    later = {"2024-01-01": HISTORY["2024-01-01"]}
    diff = diff_snapshot("L", later, "2020-01-01", HISTORY["2020-01-01"])
    assert diff.previous is None
    assert diff.added == ("a", "b", "c")
    assert (diff.next, diff.dropped_by_next) == ("2024-01-01", ("b", "c"))


def test_the_same_snapshot_again_is_already_recorded() -> None:
    diff = diff_snapshot("L", HISTORY, "2022-01-01", HISTORY["2022-01-01"])
    assert diff.already_recorded
    assert (diff.previous, diff.next) == ("2020-01-01", "2024-01-01")
    assert (diff.added, diff.removed) == (("d",), ("b",))
