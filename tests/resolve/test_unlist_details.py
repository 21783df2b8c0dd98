"""What the UN list reader keeps of each entry beyond its names, on the fixture pair."""

from __future__ import annotations

from pathlib import Path

import pytest

from pactwatch.model import Actor, WatchlistRef
from pactwatch.resolve.listrules import load_list_rules
from pactwatch.resolve.narratives import read_narrative, split_sentences
from pactwatch.resolve.unlist import read_un_snapshot

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def entries() -> dict[str, Actor]:
    snapshot = read_un_snapshot(FIXTURES / "un_snapshot_2021.xml")
    return {actor.refs[0].ref: actor for actor in snapshot.actors}


def test_the_snapshot_date_is_the_day_the_list_was_generated() -> None:
    assert read_un_snapshot(FIXTURES / "un_snapshot_2021.xml").generated_on == "2021-06-01"
    assert read_un_snapshot(FIXTURES / "un_snapshot_2023.xml").generated_on == "2023-06-01"


def test_alias_quality_decides_full_or_weak(entries: dict[str, Actor]) -> None:
    karim = entries["XXi.902"]
    assert karim.aliases == ("كريم تمرند", "Kareem Tamarindi")
    assert karim.weak_aliases == ("Abu Ahmad",)  # "Low"
    front = entries["XXe.901"]
    assert front.aliases == ("RVLF", "Vale Front")  # "a.k.a."
    assert front.weak_aliases == ("Rivervale Youth Committee",)  # "f.k.a."


def test_birth_dates_are_kept_as_given(entries: dict[str, Actor]) -> None:
    # exact, a range as an ISO interval; a date given only as a note is left out
    assert entries["XXi.902"].birth_dates == ("1970-05-04", "1968/1971")
    assert entries["XXi.903"].birth_dates == ("1975",)  # approximately that year
    assert entries["XXe.901"].birth_dates == ()


def test_places_of_birth_nationalities_and_programme(entries: dict[str, Actor]) -> None:
    karim = entries["XXi.902"]
    assert karim.birth_places == ("Port Vale, North Province, Freedonia",)
    assert karim.nationalities == ("Freedonia", "Sylvania")
    assert karim.refs == (WatchlistRef("UN", "XXi.902", "2015-03-02", None, "Al-Qaida"),)
    assert "Nationality: Freedonia, Sylvania." in (karim.description or "")


def test_sentences_do_not_end_at_abbreviations_or_initials() -> None:
    rules = load_list_rules()
    text = "Concluded on 21 Jun. 2010 by A. Karim. Passport No. 12 issued. Leader of X (XXe.001)."
    assert split_sentences(text, rules) == [
        "Concluded on 21 Jun. 2010 by A. Karim.",
        "Passport No. 12 issued.",
        "Leader of X (XXe.001).",
    ]


def test_a_narrative_keeps_only_sentences_that_name_another_entry() -> None:
    rules = load_list_rules()
    narrative = read_narrative(
        "XXi.001",
        [
            "Born in a village. Linked to Al-Qaida (QDe.004), and Example (XXi001). "
            "Listed as XXi.001 (itself). Review concluded on 1 Jan. 2020.",
            "Leader of the Example Front (XXe.002)",
        ],
        rules,
    )
    assert narrative is not None
    assert narrative.sentences == (
        "Linked to Al-Qaida (QDe.004), and Example (XXi001).",
        "Leader of the Example Front (XXe.002)",
    )
    linked = [(link.ref, link.sentence, link.trigger) for link in narrative.links]
    assert linked == [("QDe.004", 0, "Linked to"), ("XXe.002", 1, "Leader of")]
    first = narrative.links[0]
    assert narrative.sentences[0][first.start : first.end] == "QDe.004"


def test_an_entry_naming_no_other_has_no_narrative() -> None:
    assert read_narrative("XXi.001", ["Listed as XXi.001. Born 1970."], load_list_rules()) is None
