"""The front door: format detection, errors, and merging an import into the registry."""

from __future__ import annotations

from pathlib import Path

import pytest

from pactwatch.model import Actor, ActorType, WatchlistError, WatchlistRef
from pactwatch.resolve import merge_actors
from pactwatch.resolve.listrules import RULES_PATH, load_list_rules
from pactwatch.resolve.watchlists import UN_XML, detect_format, import_watchlist_file

FIXTURES = Path(__file__).parent / "fixtures"


def test_the_format_is_told_by_the_first_character(tmp_path: Path) -> None:
    assert detect_format(FIXTURES / "un_snapshot_2021.xml") == UN_XML
    other = tmp_path / "list.csv"
    other.write_text("ref,name\nQDe.004,Al-Qaida\n", encoding="utf-8")
    with pytest.raises(WatchlistError, match=r"list\.csv: neither XML nor JSON lines"):
        import_watchlist_file(other)


def test_a_missing_file_or_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(WatchlistError, match=r"absent\.xml: no such file"):
        import_watchlist_file(tmp_path / "absent.xml")
    with pytest.raises(WatchlistError, match="is a folder"):
        import_watchlist_file(tmp_path)


def test_a_un_import_gives_list_name_date_refs_and_links() -> None:
    imported = import_watchlist_file(FIXTURES / "un_snapshot_2023.xml")
    assert (imported.list_name, imported.snapshot_date) == ("UN", "2023-06-01")
    assert imported.refs == {"XXi.902", "XXi.904", "QDe.004", "XXe.901"}
    assert imported.links == 4
    given = import_watchlist_file(FIXTURES / "un_snapshot_2023.xml", snapshot_date="2023-06-02")
    assert given.snapshot_date == "2023-06-02"


def test_the_registry_absorbs_the_entry_it_names(registry: list[Actor]) -> None:
    imported = import_watchlist_file(FIXTURES / "un_snapshot_2021.xml", registry=registry)
    merged = {actor.id: actor for actor in merge_actors(registry, imported.actors)}
    qaeda = merged["al-qaeda"]
    assert "un:QDe.004" not in merged
    assert {"Al-Qaida", "القاعدة", "Al Qaeda"} <= set(qaeda.aliases)
    assert [(r.ref, r.listed_on, r.program) for r in qaeda.refs] == [
        ("QDe.004", "2001-10-06", "Al-Qaida")
    ]
    karim = merged["un:XXi.902"]
    assert karim.weak_aliases == ("Abu Ahmad",)
    assert karim.birth_dates == ("1970-05-04", "1968/1971")


def test_merge_keeps_weak_names_weak_and_facts_of_both() -> None:
    ref = WatchlistRef("UN", "XXi.902")
    registry = [
        Actor(
            "karim",
            "Karim Volkovich",
            ActorType.PERSON,
            aliases=("Abu Ahmad",),
            refs=(ref,),
            birth_dates=("1970",),
        )
    ]
    entry = Actor(
        "un:XXi.902",
        "Karim Tamarind Volkovich",
        ActorType.PERSON,
        weak_aliases=("Abu Ahmad", "The Karim"),
        refs=(ref,),
        birth_dates=("1970-05-04",),
        nationalities=("Freedonia",),
    )
    (merged,) = merge_actors(registry, [entry])
    assert merged.aliases == ("Abu Ahmad", "Karim Tamarind Volkovich")
    assert merged.weak_aliases == ("The Karim",)  # the registry calls "Abu Ahmad" a full name
    assert merged.birth_dates == ("1970", "1970-05-04")
    assert merged.nationalities == ("Freedonia",)


def test_a_bad_rules_file_names_the_key_and_value(tmp_path: Path) -> None:
    rules = tmp_path / "watchlists.yaml"
    text = RULES_PATH.read_text(encoding="utf-8")
    rules.write_text(text.replace("sanctioned_topics: [sanction]", "sanctioned_topics: []"))
    with pytest.raises(WatchlistError, match=r"watchlists\.yaml: ftm\.sanctioned_topics: List"):
        load_list_rules(rules)
