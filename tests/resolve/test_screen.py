"""Batch screening of CSV and JSONL files; dates of birth and nationality sharpen scores.

The people here are invented for the tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pactwatch.model import Actor, ActorType, ResolveError, WatchlistRef
from pactwatch.resolve.matcher import Resolver
from pactwatch.resolve.screen import (
    CSV_COLUMNS,
    ScreenError,
    ScreenRecord,
    csv_rows,
    read_screen_file,
    screen,
    screen_file,
)

LISTED = Actor(
    "un:XXi.970",
    "Nadir Suleyman Qarabaghi",
    ActorType.PERSON,
    aliases=("Nadir Qarabaghi",),
    refs=(WatchlistRef("UN", "XXi.970", "2014-02-01"),),
    birth_dates=("1971-04-12", "1972"),
    nationalities=("Afghanistan",),
)
COMMON = Actor(
    "un:XXi.971",
    "Muhammad Ashraf Zarkundi",
    ActorType.PERSON,
    refs=(WatchlistRef("UN", "XXi.971", "2014-02-01"),),
)
UNLISTED = Actor("ngo", "Nadir Relief Society", ActorType.ORGANIZATION)
DELISTED = Actor(
    "un:XXe.972",
    "Eastern Dunes Brigade",
    ActorType.ARMED_GROUP,
    refs=(WatchlistRef("UN", "XXe.972", "2009-01-01", removed_on="2018-01-01"),),
)


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver([LISTED, COMMON, UNLISTED, DELISTED])


def best(resolver: Resolver, record: ScreenRecord, **options: object) -> float | None:
    (result,) = screen([record], resolver=resolver, **options)  # type: ignore[arg-type]
    return result.matches[0].score if result.matches else None


def test_birth_year_and_nationality_sharpen_the_score(resolver: Resolver) -> None:
    plain = best(resolver, ScreenRecord("Nadir Qarabagi"))
    same = best(
        resolver, ScreenRecord("Nadir Qarabagi", birth_date="1971-04-12", nationality="Afghan")
    )
    other = best(resolver, ScreenRecord("Nadir Qarabagi", birth_date="1985", nationality="Peru"))
    near = best(resolver, ScreenRecord("Nadir Qarabagi", birth_date="1973"))
    assert plain is not None
    assert same is not None
    assert same > plain
    assert other is None  # lowered below the threshold
    assert near == plain  # a year off: the list's years are approximate
    (result,) = screen(
        [ScreenRecord("Nadir Qarabagi", birth_date="1985")], resolver=resolver, threshold=0.5
    )
    assert result.matches[0].features["birth_date"] == -1.0
    assert ("birth_date", 0.85) in result.matches[0].steps


def test_common_names_do_not_flood_the_output(resolver: Resolver) -> None:
    records = [
        ScreenRecord("Muhammad Ashraf"),
        ScreenRecord("Abdullah"),
        ScreenRecord("Muhammad Ashraf Zarkundi"),
    ]
    flagged = [result.flagged for result in screen(records, resolver=resolver)]
    assert flagged == [False, False, True]


def test_only_actors_on_a_list_are_screened(resolver: Resolver) -> None:
    (result,) = screen([ScreenRecord("Nadir Relief Society")], resolver=resolver)
    assert not result.flagged
    (then,) = screen([ScreenRecord("Eastern Dunes Brigade")], resolver=resolver, date="2015-01-01")
    (now,) = screen([ScreenRecord("Eastern Dunes Brigade")], resolver=resolver)
    assert then.flagged
    assert not now.flagged


def test_csv_with_a_bad_row_goes_on(tmp_path: Path, resolver: Resolver) -> None:
    path = tmp_path / "clients.csv"
    path.write_text(
        "id,name,dob,nationality,type\n"
        "c1,Nadir Qarabaghi,1971,Afghanistan,person\n"
        "c2,,1980,,person\n"
        "c3,Eastern Dunes Brigade,,,robot\n"
        "c4,Jane Doe,,,\n",
        encoding="utf-8",
    )
    items = list(read_screen_file(path))
    errors = [item for item in items if isinstance(item, ScreenError)]
    assert [str(error) for error in errors] == [
        f"{path}: row 3: no name; give the name to screen in 'name'",
        f"{path}: row 4: type 'robot' is not one of: entity, individual, org, organisation, "
        "organization, person",
    ]
    results, row_errors, summary = screen_file(path, resolver=resolver)
    assert [result.record.id for result in results] == ["c1", "c4"]
    assert results[0].record.birth_date == "1971"
    assert (summary.screened, summary.flagged, summary.errors) == (2, 1, 2)
    assert len(row_errors) == 2
    rows = list(csv_rows(results))
    assert len(rows[0]) == len(CSV_COLUMNS)
    assert rows[0][5] == "un:XXi.970"
    assert "matched name" in rows[0][-1]
    assert rows[1][3:] == [""] * 7


def test_jsonl_with_a_bad_row_goes_on(tmp_path: Path, resolver: Resolver) -> None:
    path = tmp_path / "clients.jsonl"
    path.write_text(
        '{"id": "p1", "name": "Nadir Suleyman Qarabaghi", "birth_date": "1971-04-12"}\n'
        "{not json\n"
        '["a list"]\n'
        '{"id": "p4", "name": "Someone Else", "dob": "sometime"}\n'
        '{"id": "p5", "name": "Muhammad Ashraf"}\n',
        encoding="utf-8",
    )
    results, errors, summary = screen_file(path, resolver=resolver)
    assert [error.row for error in errors] == [2, 3, 4]
    assert "not valid JSON" in errors[0].cause
    assert "has no year" in errors[2].cause
    assert [result.record.id for result in results] == ["p1", "p5"]
    payload = results[0].to_json()
    assert payload["flagged"] is True
    assert payload["matches"][0]["actor_id"] == "un:XXi.970"
    assert payload["matches"][0]["refs"] == [{"list": "UN", "ref": "XXi.970"}]
    assert any("birth_date" in line for line in payload["matches"][0]["explanation"])
    assert summary.to_json()["flagged"] == 1
    json.dumps(payload)  # serialisable as it is


def test_unreadable_files_raise(tmp_path: Path) -> None:
    with pytest.raises(ResolveError, match="no such file"):
        list(read_screen_file(tmp_path / "missing.csv"))
    odd = tmp_path / "names.xlsx"
    odd.write_text("x", encoding="utf-8")
    with pytest.raises(ResolveError, match=r"unknown screening file type '\.xlsx'"):
        list(read_screen_file(odd))
    headless = tmp_path / "names.csv"
    headless.write_text("who,when\nx,y\n", encoding="utf-8")
    with pytest.raises(ResolveError, match="no 'name' column"):
        list(read_screen_file(headless))
