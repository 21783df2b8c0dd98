"""FollowTheMoney / OpenSanctions entities (JSON lines) into actors, refs and list ties."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pactwatch.model import Actor, ActorType, Relation, SourceKind, WatchlistError, WatchlistRef
from pactwatch.resolve.ftm import read_ftm_file
from pactwatch.resolve.watchlists import FTM_JSON, WatchlistImport, import_watchlist_file

SAMPLE = Path(__file__).parent / "fixtures" / "ftm_sample.jsonl"


@pytest.fixture(scope="module")
def imported() -> WatchlistImport:
    return import_watchlist_file(SAMPLE)


def by_id(imported: WatchlistImport) -> dict[str, Actor]:
    return {actor.id: actor for actor in imported.actors}


def test_the_list_is_named_by_its_dataset_and_dated_by_last_seen(
    imported: WatchlistImport,
) -> None:
    assert imported.format == FTM_JSON
    assert imported.list_name == "xx_sample_list"
    assert imported.snapshot_date == "2024-02-01"


def test_legal_entities_become_actors(imported: WatchlistImport) -> None:
    assert sorted(by_id(imported)) == [
        "ftm:xx-org-hills",
        "ftm:xx-org-rvlf",
        "ftm:xx-person-karim",
        "ftm:xx-person-lina",
    ]
    karim = by_id(imported)["ftm:xx-person-karim"]
    assert karim.type is ActorType.PERSON
    assert karim.aliases == ("Kareem Tamarindi",)
    assert karim.weak_aliases == ("Abu Ahmad",)
    assert karim.birth_dates == ("1970-05-04", "1969")
    assert karim.birth_places == ("Port Vale",)
    assert karim.nationalities == ("Afghanistan",)  # a country name, as the UN list writes it
    assert karim.country == "AF"
    assert karim.refs == (
        WatchlistRef("xx_sample_list", "xx-person-karim", "2015-03-02", None, "Sample programme"),
    )


def test_a_sanction_entity_gives_programme_and_dates(imported: WatchlistImport) -> None:
    actors = by_id(imported)
    front = actors["ftm:xx-org-rvlf"]
    assert front.refs == (
        WatchlistRef(
            "xx_sample_list", "xx-org-rvlf", "2019-06-30", None, "Sample terrorism regime"
        ),
    )
    assert front.weak_aliases == ("Rivervale Youth Committee",)  # previousName
    hills = actors["ftm:xx-org-hills"].refs[0]
    assert (hills.listed_on, hills.removed_on) == ("2010-01-15", "2020-04-01")
    assert hills.active_on("2019-01-01") and not hills.active_on("2021-01-01")


def test_an_entity_without_a_sanction_is_no_list_entry(imported: WatchlistImport) -> None:
    lina = by_id(imported)["ftm:xx-person-lina"]
    assert lina.refs == ()
    assert lina.nationalities == ()  # a value that is no country is dropped by FtM
    assert imported.refs == {"xx-person-karim", "xx-org-rvlf", "xx-org-hills"}


def test_relation_entities_become_ties_sourced_to_the_list(imported: WatchlistImport) -> None:
    ties = {
        (c.subject.id, c.object.id if c.object else None, c.trigger)
        for doc in imported.documents
        for s in doc.sentences
        for c in s.claims
        if c.relation is Relation.TIES and c.source.kind is SourceKind.DOCUMENT
    }
    assert ties == {
        ("ftm:xx-person-karim", "ftm:xx-org-rvlf", "leader"),  # Membership with a role
        ("ftm:xx-org-rvlf", "ftm:xx-org-hills", "other link"),  # UnknownLink
        ("ftm:xx-person-lina", "ftm:xx-person-karim", "cousin"),  # Family
    }
    doc = next(d for d in imported.documents if d.document.name.endswith("xx-person-karim"))
    claim = doc.sentences[0].claims[0]
    assert claim.object is not None
    assert doc.document.text[claim.object.start : claim.object.end] == "Rivervale Liberation Front"


def test_the_list_name_can_be_given(tmp_path: Path) -> None:
    assert read_ftm_file(SAMPLE, list_name="My list").list_name == "My list"
    mixed = tmp_path / "mixed.jsonl"
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    other = json.loads(lines[0]) | {"id": "yy-1", "datasets": ["other_list"]}
    mixed.write_text("\n".join([*lines, json.dumps(other)]) + "\n", encoding="utf-8")
    assert read_ftm_file(mixed).list_name == "OpenSanctions"


def test_a_bad_line_is_named(tmp_path: Path) -> None:
    broken = tmp_path / "broken.jsonl"
    broken.write_text(SAMPLE.read_text(encoding="utf-8") + "{not json\n", encoding="utf-8")
    with pytest.raises(WatchlistError, match=r"broken\.jsonl: line 10 is not JSON"):
        import_watchlist_file(broken)


def test_an_unknown_schema_is_named(tmp_path: Path) -> None:
    odd = tmp_path / "odd.jsonl"
    odd.write_text('{"id": "z1", "schema": "Spaceship", "properties": {}}\n', encoding="utf-8")
    with pytest.raises(WatchlistError, match=r"line 1: entity 'z1' with schema 'Spaceship'"):
        import_watchlist_file(odd)
