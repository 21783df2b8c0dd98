"""The weighing rules as data: ``weights.yaml`` read, validated and frozen into ``Weights``.

Users change the numbers, not the code; so a bad file must say exactly which key is wrong, what
it holds and what it may hold, and the design's fixed points (opinion and promises never count)
are checked here rather than trusted.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import yaml

from pactwatch.model import DocumentKind, Modality, PactwatchError

ALGORITHM = "weights.v1"
DEFAULT_PATH = Path(__file__).with_name("weights.yaml")

SOURCE_ROLES = ("independent", "interested_party", "self_serving", "self_incriminating")
# Weights the design fixes at zero: opinion never counts, a promise is not conduct.
ALWAYS_ZERO = {
    "document_kind": {DocumentKind.OPINION.value},
    "modality": {Modality.FUTURE.value, Modality.COMMITMENT.value},
}


E = TypeVar("E", bound=StrEnum)


class WeightsError(PactwatchError):
    """A weights file is missing, unreadable or holds a bad value."""


@dataclass(frozen=True)
class Weights:
    """Validated weighing rules; ``digest`` identifies the exact settings a verdict used."""

    document_kind: Mapping[DocumentKind, float]
    modality: Mapping[Modality, float]
    source: Mapping[str, float]
    half_life_days: float
    dominance: float
    confidence_scale: float
    path: str
    digest: str
    algorithm: str = ALGORITHM


def load_weights(path: str | Path | None = None) -> Weights:
    """Read weighing rules from ``path`` (default: the bundled ``weights.yaml``)."""
    path = Path(path) if path is not None else DEFAULT_PATH
    try:
        raw = path.read_bytes()
        data = yaml.safe_load(raw.decode("utf-8"))
    except FileNotFoundError:
        raise WeightsError(f"{path}: no such weights file; give the path of a YAML file") from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        message = f"{path}: not valid YAML ({exc}); fix the syntax".replace("\n", " ")
        raise WeightsError(message) from None
    reader = _Reader(path)
    section = reader.mapping(data, "<top>", ("algorithm", "document_kind", "modality", "source",
                                             "recency", "verdict"))
    if section["algorithm"] != ALGORITHM:
        reader.fail("algorithm", section["algorithm"], f"this version reads only {ALGORITHM!r}")
    recency = reader.mapping(section["recency"], "recency", ("half_life_days",))
    verdict = reader.mapping(section["verdict"], "verdict", ("dominance", "confidence_scale"))
    dominance = reader.number(verdict["dominance"], "verdict.dominance", low=0.5, high=1.0)
    if dominance == 0.5:
        reader.fail("verdict.dominance", dominance, "must be above 0.5 so that one side leads")
    return Weights(
        document_kind=reader.table(section["document_kind"], "document_kind", DocumentKind),
        modality=reader.table(section["modality"], "modality", Modality),
        source=reader.number_map(section["source"], "source", SOURCE_ROLES),
        half_life_days=reader.positive(recency["half_life_days"], "recency.half_life_days"),
        dominance=dominance,
        confidence_scale=reader.positive(verdict["confidence_scale"], "verdict.confidence_scale"),
        path=str(path),
        digest=hashlib.sha256(raw).hexdigest()[:12],
    )


class _Reader:
    """Validation helpers whose errors all read ``FILE: KEY: problem (got VALUE); valid: ...``."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, key: str, value: object, hint: str) -> NoReturn:
        raise WeightsError(f"{self.path}: {key}: {hint} (got {value!r})")

    def mapping(self, value: object, key: str, keys: tuple[str, ...]) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(key, value, f"expected a mapping with keys {', '.join(keys)}")
        unknown = sorted(set(value) - set(keys), key=str)
        missing = [k for k in keys if k not in value]
        if unknown:
            self.fail(f"{key}.{unknown[0]}", value[unknown[0]],
                      f"unknown key; valid keys: {', '.join(keys)}")
        if missing:
            self.fail(key, sorted(value, key=str),
                      f"missing key {missing[0]!r}; required keys: {', '.join(keys)}")
        return value

    def number(self, value: object, key: str, *, low: float, high: float | None) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.fail(key, value, "expected a number")
        if value < low or (high is not None and value > high):
            upper = f" and at most {high}" if high is not None else ""
            self.fail(key, value, f"must be at least {low}{upper}")
        return float(value)

    def positive(self, value: object, key: str) -> float:
        number = self.number(value, key, low=0.0, high=None)
        if number == 0:
            self.fail(key, value, "must be greater than 0")
        return number

    def number_map(self, value: object, key: str, keys: tuple[str, ...]) -> dict[str, float]:
        section = self.mapping(value, key, keys)
        fixed = ALWAYS_ZERO.get(key, set())
        numbers = {}
        for name in keys:
            number = self.number(section[name], f"{key}.{name}", low=0.0, high=1.0)
            if name in fixed and number != 0:
                self.fail(f"{key}.{name}", section[name],
                          "must be 0: opinion and promises are never evidence of conduct")
            numbers[name] = number
        return numbers

    def table(self, value: object, key: str, enum: type[E]) -> dict[E, float]:
        numbers = self.number_map(value, key, tuple(member.value for member in enum))
        return {enum(name): number for name, number in numbers.items()}
