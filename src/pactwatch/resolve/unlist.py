"""Reading the UN Security Council Consolidated List (XML) into ``Actor`` records.

Each INDIVIDUAL or ENTITY becomes an actor ``un:<reference number>``. Its names are every name
the list gives: the name in original script and the aliases of good quality ("Good",
"a.k.a.") as ``aliases``; aliases of low quality and former names ("Low", "f.k.a.", per
``data/watchlists.yaml``) as ``weak_aliases``, which a matcher should score lower. The list packs
several names into one field ("HAQQANI NETWORK (HQN)", "Hay'at Tahrir al-Sham (HTS) (...; ...)"),
so names are unpacked. Dates of birth are kept as the list gives them: ``1965-03-29`` (exact),
``1961`` (a year, exact or approximate), ``1963/1968`` (a range, ISO 8601 interval); a date
given only as a note ("24/06/1402 (Hijri Calendar)") is left out. The entry's narrative
(COMMENTS1, and designations that name another entry) is kept for ``narratives.py``.
The file is streamed with ``iterparse`` and each record freed once read: the 2024 list of
875 records reads in well under a second.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pactwatch.model import Actor, ActorType, WatchlistError, WatchlistRef
from pactwatch.resolve.listrules import ListRules, load_list_rules
from pactwatch.resolve.names import Lexicon, load_lexicon, looks_like_acronym
from pactwatch.resolve.narratives import Narrative, read_narrative

LIST_NAME = "UN"
OUTLET = "UN Security Council Consolidated List"
_RECORD_TAGS = {"INDIVIDUAL": ActorType.PERSON, "ENTITY": ActorType.ORGANIZATION}
_ALIAS_TAGS = {ActorType.PERSON: "INDIVIDUAL_ALIAS", ActorType.ORGANIZATION: "ENTITY_ALIAS"}
_NAME_PARTS = ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")
_PLACE_PARTS = ("CITY", "STATE_PROVINCE", "COUNTRY")
_SMALL_WORDS = frozenset({"of", "in", "and", "the", "for", "on", "wa", "fi", "de", "du", "la"})
_SUB_UNIT = re.compile(r"\s+-\s+sub-unit name$", re.IGNORECASE)


@dataclass(frozen=True)
class UnSnapshot:
    """One file of the list: when it was generated, its entries, and their narratives."""

    path: Path
    generated_on: str | None  # ISO date of the root's ``dateGenerated``
    actors: tuple[Actor, ...]
    narratives: tuple[Narrative, ...]  # only entries whose narrative names another entry


def read_un_list(path: str | Path) -> list[Actor]:
    """Every entry of a UN consolidated list file, in file order.

    Raises ``WatchlistError`` naming the file (and line) when it is missing, not XML, or not a
    consolidated list.
    """
    return list(read_un_snapshot(path).actors)


def read_un_snapshot(path: str | Path) -> UnSnapshot:
    """The entries of a UN consolidated list file with the snapshot date and narratives."""
    path = Path(path)
    if not path.is_file():
        raise WatchlistError(f"{path}: no such file; give the path of a UN consolidated list XML")
    lexicon, rules = load_lexicon(), load_list_rules()
    actors: list[Actor] = []
    narratives: list[Narrative] = []
    root: dict[str, str] = {}
    try:
        for record, kind in _records(path, root):
            actor = _to_actor(path, record, kind, lexicon, rules)
            actors.append(actor)
            narrative = read_narrative(actor.refs[0].ref, _narrative_texts(record), rules)
            if narrative is not None:
                narratives.append(narrative)
            record.clear()
    except ET.ParseError as exc:
        line, column = exc.position
        raise WatchlistError(
            f"{path}: not well-formed XML at line {line}, column {column} ({exc.msg}); "
            "download the list again from scsanctions.un.org"
        ) from None
    generated = root.get("dateGenerated", "")
    return UnSnapshot(
        path=path,
        generated_on=generated[:10] if re.match(r"\d{4}-\d{2}-\d{2}", generated) else None,
        actors=tuple(actors),
        narratives=tuple(narratives),
    )


def _records(path: Path, root: dict[str, str]) -> Iterator[tuple[ET.Element, ActorType]]:
    """Each record with its kind; ``root`` receives the root element's attributes."""
    root_seen = False
    for event, element in ET.iterparse(path, events=("start", "end")):
        if event == "start":
            if not root_seen:
                if element.tag != "CONSOLIDATED_LIST":
                    raise WatchlistError(
                        f"{path}: the root element is <{element.tag}>, not <CONSOLIDATED_LIST>; "
                        "this is not a UN Security Council consolidated list"
                    )
                root.update(element.attrib)
            root_seen = True
        elif element.tag in _RECORD_TAGS:
            yield element, _RECORD_TAGS[element.tag]


def _to_actor(
    path: Path, record: ET.Element, kind: ActorType, lexicon: Lexicon, rules: ListRules
) -> Actor:
    reference = _text(record, "REFERENCE_NUMBER")
    parts = [_text(record, tag) for tag in _NAME_PARTS]
    full_name = " ".join(part for part in parts if part)
    if not reference or not full_name:
        raise WatchlistError(
            f"{path}: a {kind} record (DATAID {_text(record, 'DATAID') or '?'}) lacks "
            "REFERENCE_NUMBER or FIRST_NAME; the file is incomplete"
        )
    primary, *extra = split_names(full_name, lexicon)
    names = [*extra, _text(record, "NAME_ORIGINAL_SCRIPT")]
    weak: list[str] = []
    for alias in record.iter(_ALIAS_TAGS[kind]):
        quality = _text(alias, "QUALITY").casefold()
        found = split_names(_text(alias, "ALIAS_NAME"), lexicon)
        (weak if quality in rules.weak_alias_qualities else names).extend(found)
    name = display_case(primary)
    aliases = tuple(dict.fromkeys(n for n in names if n and n != name))
    nationalities = tuple(_values(record, "NATIONALITY"))
    program = _text(record, "UN_LIST_TYPE") or None
    comments = _text(record, "COMMENTS1")
    return Actor(
        id=f"un:{reference}",
        name=name,
        type=kind,
        aliases=aliases,
        weak_aliases=tuple(dict.fromkeys(n for n in weak if n and n != name and n not in aliases)),
        refs=(
            WatchlistRef(LIST_NAME, reference, _text(record, "LISTED_ON") or None, None, program),
        ),
        country=None,
        birth_dates=tuple(dict.fromkeys(_birth_dates(record))),
        birth_places=tuple(dict.fromkeys(_birth_places(record))),
        nationalities=nationalities,
        description=" ".join(
            part
            for part in (
                f"UN list: {program}." if program else "",
                f"Nationality: {', '.join(nationalities)}." if nationalities else "",
                comments,
            )
            if part
        ),
    )


def _birth_dates(record: ET.Element) -> Iterator[str]:
    for given in record.iter("INDIVIDUAL_DATE_OF_BIRTH"):
        exact, year = _text(given, "DATE"), _text(given, "YEAR")
        start, end = _text(given, "FROM_YEAR"), _text(given, "TO_YEAR")
        if exact:
            yield exact
        elif year:
            yield year
        elif start and end:
            yield f"{start}/{end}"
        elif start or end:
            yield start or end


def _birth_places(record: ET.Element) -> Iterator[str]:
    for given in record.iter("INDIVIDUAL_PLACE_OF_BIRTH"):
        place = ", ".join(part for part in (_text(given, tag) for tag in _PLACE_PARTS) if part)
        if place:
            yield place


def _narrative_texts(record: ET.Element) -> list[str]:
    """Where the list says how an entry is tied to others: its comments and designations."""
    return [_text(record, "COMMENTS1"), *_values(record, "DESIGNATION")]


def _values(record: ET.Element, tag: str) -> list[str]:
    return [
        " ".join(value.text.split())
        for value in record.iterfind(f"{tag}/VALUE")
        if value.text and value.text.strip()
    ]


def split_names(text: str, lexicon: Lexicon | None = None) -> list[str]:
    """The names packed into one list field, the name outside parentheses first.

    "HAQQANI NETWORK (HQN)" → ["HAQQANI NETWORK", "HQN"]; a parenthesised group holds
    ';'-separated names, each of which may carry its own group; notes such as
    "(original script)" are dropped, and qualifiers ("AL-HARAMAIN FOUNDATION (PAKISTAN)")
    stay part of the name.
    """
    lexicon = lexicon or load_lexicon()
    text = " ".join(text.split())
    if not text:
        return []
    outside, groups = _top_level_groups(text)
    names: list[str] = []
    for group in groups:
        if group.strip().casefold() in lexicon.list_notes:
            continue
        if _holds_names(group, outside):
            for part in _split_top_level(group, ";"):
                names.extend(split_names(_SUB_UNIT.sub("", part), lexicon))
        else:  # a qualifier ("(PAKISTAN)", a branch): part of the name, not a name
            outside = f"{outside} ({group})"
    return [outside, *names] if outside else names


def _holds_names(group: str, outside: str) -> bool:
    """Whether a parenthesised group gives names (an acronym, a ';' list, the reading of a
    name in another script) rather than qualifying the name before it."""
    return (
        ";" in group
        or looks_like_acronym(group)
        or bool(_SUB_UNIT.search(group))
        or not outside.isascii()
    )


def display_case(name: str) -> str:
    """A readable name from the list's capitals: "AL-QAIDA IN IRAQ" → "Al-Qaida in Iraq".

    Names the list already writes in mixed case, and acronyms in parentheses, are kept.
    """
    if name != name.upper():
        return name
    words = []
    for position, word in enumerate(name.split(" ")):
        if position and word.lower() in _SMALL_WORDS:
            words.append(word.lower())
        else:
            words.append("-".join(_capitalize(piece) for piece in word.split("-")))
    return " ".join(words)


def _capitalize(piece: str) -> str:
    if len(piece) == 1 and piece.isalpha():
        return piece.lower()
    return piece[:1].upper() + piece[1:].lower()


def _top_level_groups(text: str) -> tuple[str, list[str]]:
    outside: list[str] = []
    groups: list[str] = []
    depth = 0
    current: list[str] = []
    for char in text:
        if char == "(":
            if depth:
                current.append(char)
            depth += 1
        elif char == ")" and depth:
            depth -= 1
            if depth:
                current.append(char)
            else:
                groups.append("".join(current))
                current = []
        elif depth:
            current.append(char)
        else:
            outside.append(char)
    if current:  # an unclosed parenthesis: keep its text as a name of its own
        groups.append("".join(current))
    return " ".join("".join(outside).split()), groups


def _split_top_level(text: str, separator: str) -> list[str]:
    parts: list[str] = []
    depth = 0
    current: list[str] = []
    for char in text:
        depth += (char == "(") - (char == ")")
        if char == separator and depth == 0:
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    parts.append("".join(current).strip())
    return [part for part in parts if part]


def _text(element: ET.Element, tag: str) -> str:
    found = element.find(tag)
    return " ".join(found.text.split()) if found is not None and found.text else ""
