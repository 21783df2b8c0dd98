"""Reading the UN consolidated list format, on a hand-written sample."""

from __future__ import annotations

from pathlib import Path

import pytest

from pactwatch.model import Actor, ActorType, WatchlistError, WatchlistRef
from pactwatch.resolve import read_un_list
from pactwatch.resolve.unlist import display_case, split_names

SAMPLE_LIST = Path(__file__).parent / "fixtures" / "un_sample.xml"


def by_id(actors: list[Actor]) -> dict[str, Actor]:
    return {actor.id: actor for actor in actors}


def test_every_entry_becomes_an_actor(sample_list: list[Actor]) -> None:
    assert [actor.id for actor in sample_list] == [
        "un:TAi.144",
        "un:XXi.902",
        "un:QDe.004",
        "un:XXe.901",
    ]
    people = [actor for actor in sample_list if actor.type is ActorType.PERSON]
    assert [actor.id for actor in people] == ["un:TAi.144", "un:XXi.902"]


def test_person_names_and_aliases(sample_list: list[Actor]) -> None:
    siraj = by_id(sample_list)["un:TAi.144"]
    assert siraj.name == "Sirajuddin Jallaloudine Haqqani"
    assert siraj.aliases == ("سراج الدين حقانى", "Siraj Haqani")
    assert siraj.weak_aliases == ("Khalifa",)  # quality "Low"
    assert siraj.refs == (WatchlistRef("UN", "TAi.144", "2007-09-13", program="Taliban"),)
    assert siraj.nationalities == ("Afghanistan",)
    assert siraj.description is not None
    assert "Nationality: Afghanistan." in siraj.description


def test_entity_names_are_unpacked(sample_list: list[Actor]) -> None:
    front = by_id(sample_list)["un:XXe.901"]
    assert front.name == "Rivervale Liberation Front"
    assert front.aliases == ("RVLF", "Front of the Vale", "Vale Front", "Jabhat al-Wadi")
    assert by_id(sample_list)["un:QDe.004"].name == "Al-Qaida"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HAQQANI NETWORK (HQN)", ["HAQQANI NETWORK", "HQN"]),
        ("AL-HARAMAIN FOUNDATION (PAKISTAN)", ["AL-HARAMAIN FOUNDATION (PAKISTAN)"]),
        (
            "Vale Front (جبهة الوادي (original script); Wadi Front)",
            ["Vale Front", "جبهة الوادي", "Wadi Front"],
        ),
        ("جبهة الوادي (Valley Network - sub-unit name)", ["جبهة الوادي", "Valley Network"]),
        ("", []),
    ],
)
def test_split_names(text: str, expected: list[str]) -> None:
    assert split_names(text) == expected


def test_display_case() -> None:
    assert display_case("AL-QAIDA IN THE ARABIAN PENINSULA") == "Al-Qaida in the Arabian Peninsula"
    assert display_case("TEHRIK-E TALIBAN PAKISTAN") == "Tehrik-e Taliban Pakistan"
    assert display_case("Jaysh Khalid Ibn al Waleed") == "Jaysh Khalid Ibn al Waleed"


def test_malformed_xml_names_file_and_line(tmp_path: Path) -> None:
    broken = tmp_path / "broken.xml"
    text = SAMPLE_LIST.read_text(encoding="utf-8").replace("</ENTITY>\n    </ENTITIES>", "")
    broken.write_text(text, encoding="utf-8")
    with pytest.raises(WatchlistError, match=r"broken\.xml: not well-formed XML at line \d+"):
        read_un_list(broken)


def test_other_xml_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "feed.xml"
    other.write_text("<rss><channel/></rss>", encoding="utf-8")
    with pytest.raises(WatchlistError, match="root element is <rss>"):
        read_un_list(other)


def test_record_without_reference_is_refused(tmp_path: Path) -> None:
    partial = tmp_path / "partial.xml"
    text = SAMPLE_LIST.read_text(encoding="utf-8").replace(
        "<REFERENCE_NUMBER>XXe.901</REFERENCE_NUMBER>", ""
    )
    partial.write_text(text, encoding="utf-8")
    with pytest.raises(WatchlistError, match=r"DATAID 4\) lacks REFERENCE_NUMBER"):
        read_un_list(partial)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(WatchlistError, match=r"absent\.xml: no such file"):
        read_un_list(tmp_path / "absent.xml")
