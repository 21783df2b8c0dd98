"""The rules for reading sanctions lists (``data/watchlists.yaml``), validated on load.

Which alias qualities are weak, the abbreviations that do not end a narrative sentence, the
phrases that tie one entry to another, and which FollowTheMoney topics and relation schemata
count: data a list editor may need to change, so it is a data file, not code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from pactwatch.model import WatchlistError
from pactwatch.resolve.datafiles import describe, read_yaml

RULES_PATH = Path(__file__).parent / "data" / "watchlists.yaml"


class _UnRules(BaseModel):
    model_config = ConfigDict(extra="forbid")

    weak_alias_qualities: list[str] = Field(min_length=1)
    abbreviations: list[str]
    link_cues: list[str] = Field(min_length=1)


class _FtmRules(BaseModel):
    model_config = ConfigDict(extra="forbid")

    sanctioned_topics: list[str] = Field(min_length=1)
    ties: dict[str, tuple[str, str]]


class _RulesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    un: _UnRules
    ftm: _FtmRules


@dataclass(frozen=True)
class ListRules:
    weak_alias_qualities: frozenset[str]
    abbreviations: frozenset[str]
    link_cues: tuple[str, ...]  # longest first, so "linked by marriage to" beats "linked to"
    sanctioned_topics: frozenset[str]
    ties: dict[str, tuple[str, str]]  # FtM schema -> (subject property, object property)


def load_list_rules(path: str | Path | None = None) -> ListRules:
    """The rules in ``path`` (default: the bundled file, read once per process)."""
    return _bundled() if path is None else _read(Path(path))


@cache
def _bundled() -> ListRules:
    return _read(RULES_PATH)


def _read(path: Path) -> ListRules:
    data = read_yaml(path, expect=dict, what="watchlist rules")
    try:
        parsed = _RulesFile.model_validate(data)
    except ValidationError as exc:
        raise WatchlistError(f"{path}: {describe(exc, data)}") from None
    return ListRules(
        weak_alias_qualities=frozenset(q.casefold() for q in parsed.un.weak_alias_qualities),
        abbreviations=frozenset(a.casefold() for a in parsed.un.abbreviations),
        link_cues=tuple(sorted((c.casefold() for c in parsed.un.link_cues), key=len, reverse=True)),
        sanctioned_topics=frozenset(parsed.ftm.sanctioned_topics),
        ties=dict(parsed.ftm.ties),
    )
