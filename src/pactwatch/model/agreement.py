"""Agreements as data: the YAML format of DESIGN.md, validated with pydantic.

A load error names the file, the field, the bad value and the valid choices.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from pactwatch.model.errors import AgreementError
from pactwatch.model.vocab import Relation


class Rule(BaseModel):
    """Claims that a commitment forbids or requires: relation types, optional modes and
    counterparties (names, resolved like any mention)."""

    model_config = ConfigDict(extra="forbid")

    relation: list[Relation] = Field(min_length=1)
    mode: list[str] | None = None
    counterparty: list[str] | None = None

    @field_validator("relation", "mode", "counterparty", mode="before")
    @classmethod
    def _one_or_many(cls, value: object) -> object:
        return [value] if isinstance(value, str) else value


class Commitment(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    id: str = Field(min_length=1)
    party: str = Field(min_length=1)
    text: str = ""
    forbids: list[Rule] = []
    requires: list[Rule] = []
    from_: dt.date | None = Field(default=None, alias="from")
    until: dt.date | None = None

    @model_validator(mode="after")
    def _has_rules(self) -> Commitment:
        if not self.forbids and not self.requires:
            raise ValueError("a commitment needs at least one rule under 'forbids' or 'requires'")
        if self.from_ and self.until and self.until < self.from_:
            raise ValueError(f"'until' ({self.until}) is before 'from' ({self.from_})")
        return self


class Agreement(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1)
    title: str = ""
    signed: dt.date
    parties: list[str] = Field(min_length=1)
    commitments: list[Commitment] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_commitments(self) -> Agreement:
        seen: set[str] = set()
        for commitment in self.commitments:
            if commitment.id in seen:
                raise ValueError(f"commitment id {commitment.id!r} appears twice")
            seen.add(commitment.id)
        return self

    def window(self, commitment: Commitment) -> tuple[dt.date, dt.date | None]:
        """The period a commitment binds: ``from`` (default: the signing date) to ``until``."""
        return commitment.from_ or self.signed, commitment.until


def _keys_at(location: tuple) -> list[str]:
    """The keys valid at a location, walking the schema down named fields (list indexes skip)."""
    model: type[BaseModel] = Agreement
    for part in location:
        if isinstance(part, int):
            continue
        field = model.model_fields.get(part)
        nested = {"commitments": Commitment, "forbids": Rule, "requires": Rule}.get(part)
        if field is None or nested is None:
            break
        model = nested
    return [field.alias or name for name, field in model.model_fields.items()]


def _describe(error: dict, data: object) -> str:
    location = ".".join(str(part) for part in error["loc"])
    value = data
    for part in error["loc"]:
        try:
            value = value[part]  # type: ignore[index]
        except (KeyError, IndexError, TypeError):
            value = None
            break
    message = error["msg"]
    if error["type"] == "enum":
        choices = ", ".join(r.value for r in Relation)
        message = f"not a relation type; valid: {choices}"
    elif error["type"] == "extra_forbidden":
        message = f"unknown key; valid keys: {', '.join(_keys_at(error['loc'][:-1]))}"
    shown = f" (got {value!r})" if value is not None and not isinstance(value, dict | list) else ""
    return f"{location or '<top>'}: {message}{shown}"


class _TextDatesLoader(yaml.SafeLoader):
    """Leaves dates as text so that pydantic validates them and names the field when wrong."""


_TextDatesLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_agreement(path: str | Path) -> Agreement:
    """Read and validate an agreement file; errors name the file and every bad field."""
    path = Path(path)
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_TextDatesLoader)
    except FileNotFoundError:
        raise AgreementError(f"{path}: no such agreement file") from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise AgreementError(f"{path}: not valid YAML ({exc})".replace("\n", " ")) from None
    if not isinstance(data, dict):
        raise AgreementError(f"{path}: expected a mapping with id, signed, parties, commitments")
    try:
        return Agreement.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(_describe(e, data) for e in exc.errors())
        raise AgreementError(f"{path}: {problems}") from None
