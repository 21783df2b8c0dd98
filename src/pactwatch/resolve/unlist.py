"""Reading the UN Security Council Consolidated List (XML) into ``Actor`` records.

Each INDIVIDUAL or ENTITY becomes an actor ``un:<reference number>`` whose aliases are every
name the list gives: the name in original script and all aliases whatever their quality ("Low"
aliases are how the press often writes a name). The list packs several names into one field
("HAQQANI NETWORK (HQN)", "Hay'at Tahrir al-Sham (HTS) (...; ...)"), so names are unpacked.
The file is streamed with ``iterparse`` and each record freed once read: the 2024 list of
875 records reads in well under a second.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from pactwatch.model import Actor, ActorType, WatchlistError, WatchlistRef
from pactwatch.resolve.names import Lexicon, load_lexicon, looks_like_acronym

LIST_NAME = "UN"
_RECORD_TAGS = {"INDIVIDUAL": ActorType.PERSON, "ENTITY": ActorType.ORGANIZATION}
_NAME_PARTS = ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")
_SMALL_WORDS = frozenset({"of", "in", "and", "the", "for", "on", "wa", "fi", "de", "du", "la"})
_SUB_UNIT = re.compile(r"\s+-\s+sub-unit name$", re.IGNORECASE)


def read_un_list(path: str | Path) -> list[Actor]:
    """Every entry of a UN consolidated list file, in file order.

    Raises ``WatchlistError`` naming the file (and line) when it is missing, not XML, or not a
    consolidated list.
    """
    path = Path(path)
    if not path.is_file():
        raise WatchlistError(f"{path}: no such file; give the path of a UN consolidated list XML")
    lexicon = load_lexicon()
    actors: list[Actor] = []
    try:
        for record, kind in _records(path):
            actors.append(_to_actor(path, record, kind, lexicon))
            record.clear()
    except ET.ParseError as exc:
        line, column = exc.position
        raise WatchlistError(
            f"{path}: not well-formed XML at line {line}, column {column} ({exc.msg}); "
            "download the list again from scsanctions.un.org"
        ) from None
    return actors


def _records(path: Path) -> Iterator[tuple[ET.Element, ActorType]]:
    root_seen = False
    for event, element in ET.iterparse(path, events=("start", "end")):
        if event == "start":
            if not root_seen and element.tag != "CONSOLIDATED_LIST":
                raise WatchlistError(
                    f"{path}: the root element is <{element.tag}>, not <CONSOLIDATED_LIST>; "
                    "this is not a UN Security Council consolidated list"
                )
            root_seen = True
        elif element.tag in _RECORD_TAGS:
            yield element, _RECORD_TAGS[element.tag]


def _to_actor(path: Path, record: ET.Element, kind: ActorType, lexicon: Lexicon) -> Actor:
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
    alias_tag = "INDIVIDUAL_ALIAS" if kind is ActorType.PERSON else "ENTITY_ALIAS"
    for alias in record.iter(alias_tag):
        names.extend(split_names(_text(alias, "ALIAS_NAME"), lexicon))
    name = display_case(primary)
    aliases = tuple(dict.fromkeys(n for n in names if n and n != name))
    nationality = record.find("NATIONALITY/VALUE")
    comments = _text(record, "COMMENTS1")
    return Actor(
        id=f"un:{reference}",
        name=name,
        type=kind,
        aliases=aliases,
        refs=(WatchlistRef(LIST_NAME, reference, _text(record, "LISTED_ON") or None),),
        country=None,
        description=" ".join(
            part
            for part in (
                f"UN list: {_text(record, 'UN_LIST_TYPE')}.",
                f"Nationality: {nationality.text.strip()}."
                if nationality is not None and nationality.text
                else "",
                comments,
            )
            if part
        ),
    )


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
