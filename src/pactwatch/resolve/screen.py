"""Batch screening: a file of names (customers, counterparties, grantees) against every actor
on an imported list, the best matches of each with their scores and explanations.

A screening record may give a date of birth and a nationality; when the listed entry gives
them too they sharpen the score: the same year of birth raises it, another lowers it (the list
often gives approximate years, so one year apart counts as neither), and the same for the
nationality. The common-name guards of the matcher apply: "Muhammad Ashraf" alone does not
flag "Muhammad Ashraf Haqqani".

Bad rows (no name, broken JSON, an unknown type) are yielded as ``ScreenError`` with their row
number and cause, and the batch goes on.
"""

from __future__ import annotations

import csv
import gc
import json
import math
import re
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from pactwatch.model import Actor, ActorType, ResolveError
from pactwatch.resolve.explain import explain
from pactwatch.resolve.matcher import DEFAULT_THRESHOLD, Match, Resolver
from pactwatch.resolve.names import fold

BIRTH_YEAR_MATCH = 1.06  # the listed year of birth is the record's
BIRTH_YEAR_CONFLICT = 0.85  # the listed years of birth are all two or more years off
NATIONALITY_MATCH = 1.04
NATIONALITY_CONFLICT = 0.9
CANDIDATES = 10  # ranked before the sharpening, of which the best ``limit`` are kept
NATIONALITY_PREFIX = 4  # "afgh" matches Afghan and Afghanistan

_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_TYPES = {
    "person": ActorType.PERSON,
    "individual": ActorType.PERSON,
    "organization": ActorType.ORGANIZATION,
    "organisation": ActorType.ORGANIZATION,
    "entity": ActorType.ORGANIZATION,
    "org": ActorType.ORGANIZATION,
}
_NAME_KEYS = ("name",)
_BIRTH_KEYS = ("birth_date", "dob")


class ScreenError(ResolveError):
    """One row of a screening file that cannot be screened; the others are."""

    def __init__(self, source: str, row: int, cause: str) -> None:
        super().__init__(f"{source}: row {row}: {cause}")
        self.source = source
        self.row = row
        self.cause = cause


@dataclass(frozen=True)
class ScreenRecord:
    """A name to screen, with what else the file says of it."""

    name: str
    id: str | None = None
    birth_date: str | None = None
    nationality: str | None = None
    type: ActorType | None = None
    row: int = 0


@dataclass(frozen=True)
class ScreenResult:
    """The best matches of one record, best first, all at or above the threshold."""

    record: ScreenRecord
    matches: tuple[Match, ...]
    threshold: float = DEFAULT_THRESHOLD

    @property
    def flagged(self) -> bool:
        return bool(self.matches)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.record.id,
            "row": self.record.row,
            "name": self.record.name,
            "flagged": self.flagged,
            "matches": [
                {
                    "actor": match.actor.name,
                    "actor_id": match.actor.id,
                    "score": round(match.score, 3),
                    "alias": match.alias,
                    "refs": [ref.to_json() for ref in match.actor.refs],
                    "explanation": explain(match, threshold=self.threshold),
                }
                for match in self.matches
            ],
        }


@dataclass(frozen=True)
class ScreenSummary:
    screened: int
    flagged: int
    errors: int
    seconds: float

    def to_json(self) -> dict[str, Any]:
        return {
            "screened": self.screened,
            "flagged": self.flagged,
            "errors": self.errors,
            "seconds": round(self.seconds, 3),
        }


def read_screen_file(path: str | Path) -> Iterator[ScreenRecord | ScreenError]:
    """The records of a CSV (``.csv``, ``.tsv``) or JSONL file, or an error per bad row.

    Columns or keys: ``name`` (required), ``id``, ``birth_date`` or ``dob``, ``nationality``,
    ``type`` (person or organization). Raises ``ResolveError`` when the file itself cannot be
    read.
    """
    path = Path(path)
    if not path.is_file():
        raise ResolveError(f"{path}: no such file; give a CSV or JSONL file of names to screen")
    suffix = path.suffix.lower()
    if suffix in {".jsonl", ".ndjson", ".json"}:
        yield from _read_jsonl(path)
    elif suffix in {".csv", ".tsv"}:
        yield from _read_csv(path, delimiter="\t" if suffix == ".tsv" else ",")
    else:
        raise ResolveError(
            f"{path}: unknown screening file type {suffix!r}; use .csv, .tsv or .jsonl"
        )


def screen(
    records: Iterable[ScreenRecord],
    *,
    resolver: Resolver,
    threshold: float = DEFAULT_THRESHOLD,
    limit: int = 3,
    date: str | None = None,
) -> Iterator[ScreenResult]:
    """Each record with its best ``limit`` matches at or above ``threshold`` among the actors
    on a list (a watchlist ref in force on ``date``, today when None). Streams."""
    for record in records:
        label = _label(record.type)
        # Without a birth date or nationality nothing can raise a score: the matcher's fast
        # path, which skips what cannot reach its threshold, loses nothing at that threshold.
        sharpenable = record.birth_date or record.nationality or threshold < resolver.threshold
        ranked = resolver.candidates(
            record.name, date=date, label=label, limit=CANDIDATES, thorough=bool(sharpenable)
        )
        sharpened = [
            _sharpen(match, record)
            for match in ranked
            if any(ref.active_on(date) for ref in match.actor.refs)
        ]
        sharpened.sort(key=lambda match: -match.score)
        kept = tuple(match for match in sharpened if match.score >= threshold)[:limit]
        yield ScreenResult(record, kept, threshold)


@contextmanager
def steady_heap() -> Iterator[None]:
    """Keep the garbage collector off the resolver's index during a long screening run.

    The index is tens of thousands of long-lived objects; each full collection would walk
    them all again (measured: about a quarter of the time on names that are not on a list).
    Freezing moves what exists now out of the collector's view until the run ends.
    """
    gc.collect()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def screen_file(
    path: str | Path,
    *,
    resolver: Resolver,
    threshold: float = DEFAULT_THRESHOLD,
    limit: int = 3,
    date: str | None = None,
    progress: Callable[[int], object] | None = None,
) -> tuple[list[ScreenResult], list[ScreenError], ScreenSummary]:
    """``screen`` over a file, for ``pactwatch screen``: results, row errors and a summary.
    ``progress`` is called with 1 for every record read (a progress bar's advance)."""
    started = time.perf_counter()
    errors: list[ScreenError] = []

    def records() -> Iterator[ScreenRecord]:
        for item in read_screen_file(path):
            if progress is not None:
                progress(1)
            if isinstance(item, ScreenError):
                errors.append(item)
            else:
                yield item

    with steady_heap():
        results = list(
            screen(records(), resolver=resolver, threshold=threshold, limit=limit, date=date)
        )
    summary = ScreenSummary(
        screened=len(results),
        flagged=sum(result.flagged for result in results),
        errors=len(errors),
        seconds=time.perf_counter() - started,
    )
    return results, errors, summary


CSV_COLUMNS = ("id", "row", "name", "rank", "score", "actor_id", "actor", "alias", "refs", "why")


def csv_rows(results: Iterable[ScreenResult]) -> Iterator[list[str]]:
    """Rows under ``CSV_COLUMNS``: one per match, one with empty match columns when none."""
    for result in results:
        record = result.record
        head = [record.id or "", str(record.row), record.name]
        if not result.matches:
            yield [*head, "", "", "", "", "", "", ""]
        for rank, match in enumerate(result.matches, start=1):
            refs = " ".join(f"{ref.list}:{ref.ref}" for ref in match.actor.refs)
            why = " | ".join(explain(match, threshold=result.threshold)[1:])
            yield [
                *head,
                str(rank),
                f"{match.score:.3f}",
                match.actor.id,
                match.actor.name,
                match.alias,
                refs,
                why,
            ]


def _sharpen(match: Match, record: ScreenRecord) -> Match:
    """The match with the record's year of birth and nationality weighed in."""
    steps = list(match.steps)
    features = dict(match.features)
    birth = _compare_birth(record.birth_date, match.actor)
    if birth is not None:
        features["birth_date"] = birth
        steps.append(("birth_date", BIRTH_YEAR_MATCH if birth > 0 else BIRTH_YEAR_CONFLICT))
    nationality = _compare_nationality(record.nationality, match.actor)
    if nationality is not None:
        features["nationality"] = nationality
        steps.append(
            ("nationality", NATIONALITY_MATCH if nationality > 0 else NATIONALITY_CONFLICT)
        )
    if len(steps) == len(match.steps):
        return match
    score = round(min(1.0, math.prod(value for _, value in steps)), 4)
    return replace(match, score=score, steps=tuple(steps), features=features)


def _compare_birth(birth_date: str | None, actor: Actor) -> float | None:
    """1.0 when a listed year of birth is the record's, -1.0 when all are two or more years
    off, None when either side gives none (or they are a year apart: approximate)."""
    if not birth_date or not actor.birth_dates:
        return None
    found = _YEAR.search(birth_date)
    listed = [int(y) for text in actor.birth_dates for y in _YEAR.findall(text)]
    if not found or not listed:
        return None
    year = int(found.group(1))
    if year in listed:
        return 1.0
    if all(abs(year - other) >= 2 for other in listed):
        return -1.0
    return None


def _compare_nationality(nationality: str | None, actor: Actor) -> float | None:
    if not nationality or not actor.nationalities:
        return None
    mine = fold(nationality)[:NATIONALITY_PREFIX]
    theirs = {fold(other)[:NATIONALITY_PREFIX] for other in actor.nationalities}
    return 1.0 if mine in theirs else -1.0


def _label(kind: ActorType | None) -> str | None:
    if kind is None:
        return None
    return "PERSON" if kind is ActorType.PERSON else "ORG"


def _read_jsonl(path: Path) -> Iterator[ScreenRecord | ScreenError]:
    with path.open(encoding="utf-8-sig") as handle:
        for row, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                yield ScreenError(str(path), row, f"not valid JSON ({exc.msg}); fix the line")
                continue
            if not isinstance(data, dict):
                yield ScreenError(
                    str(path), row, f"expected a JSON object, got {type(data).__name__}"
                )
                continue
            yield _record(path, row, data)


def _read_csv(path: Path, *, delimiter: str) -> Iterator[ScreenRecord | ScreenError]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle, delimiter=delimiter)
        fields = [field.strip().lower() for field in reader.fieldnames or []]
        if "name" not in fields:
            raise ResolveError(
                f"{path}: no 'name' column in the header ({', '.join(fields) or 'empty'}); "
                "name the column of names 'name'"
            )
        for data in reader:
            row = reader.line_num
            if None in data or None in data.values():
                yield ScreenError(
                    str(path), row, "the number of fields differs from the header; fix the row"
                )
                continue
            yield _record(path, row, {key.strip().lower(): value for key, value in data.items()})


def _record(path: Path, row: int, data: dict[str, Any]) -> ScreenRecord | ScreenError:
    name = _text(data, _NAME_KEYS)
    if not name:
        return ScreenError(str(path), row, "no name; give the name to screen in 'name'")
    kind_text = _text(data, ("type",))
    kind = None
    if kind_text:
        kind = _TYPES.get(kind_text.lower())
        if kind is None:
            choices = ", ".join(sorted(_TYPES))
            return ScreenError(str(path), row, f"type {kind_text!r} is not one of: {choices}")
    birth = _text(data, _BIRTH_KEYS)
    if birth and not _YEAR.search(birth):
        return ScreenError(
            str(path), row, f"birth date {birth!r} has no year; write it as YYYY-MM-DD or YYYY"
        )
    return ScreenRecord(
        name=name,
        id=_text(data, ("id",)),
        birth_date=birth,
        nationality=_text(data, ("nationality",)),
        type=kind,
        row=row,
    )


def _text(data: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = data.get(key)
        if value is not None and str(value).strip():
            return " ".join(str(value).split())
    return None
