"""Reading the resolve stage's YAML data files, with errors a data editor can act on.

A load error names the file, where in it (actor id or key path), the bad value and, for a
closed vocabulary, the valid choices, in the manner of followthemoney's schema files.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from pactwatch.model import ResolveError

# libyaml's loader when PyYAML was built with it: the registry parses eight times faster, and
# every resolver reads the registry's context aliases.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path, *, expect: type, what: str) -> Any:
    """The parsed file, which must be of type ``expect`` (dict or list) at the top."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
    except FileNotFoundError:
        raise ResolveError(f"{path}: no such {what} file; give an existing path") from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        detail = str(exc).replace("\n", " ")
        raise ResolveError(f"{path}: not valid YAML ({detail}); fix the syntax") from None
    if not isinstance(data, expect):
        raise ResolveError(
            f"{path}: expected a {expect.__name__} at the top of the {what} file, "
            f"got {type(data).__name__}"
        )
    return data


def describe(exc: ValidationError, data: Any, *, enums: Sequence[type[StrEnum]] = ()) -> str:
    """Every problem of a pydantic error as ``key.path: message (got value)``, joined by '; '.

    Enum errors list the valid choices of the enum whose field failed, found by value, since
    pydantic's own message truncates them.
    """
    problems = []
    for error in exc.errors():
        location = ".".join(str(part) for part in error["loc"]) or "<top>"
        value = _lookup(data, error["loc"])
        message = error["msg"]
        if error["type"] == "enum":
            expected = str(error.get("ctx", {}).get("expected", ""))
            for enum in enums:
                choices = [member.value for member in enum]
                if any(repr(choice) in expected for choice in choices):
                    message = f"not a valid {enum.__name__}; valid: {', '.join(choices)}"
        shown = f" (got {value!r})" if value is not None and not isinstance(value, dict) else ""
        problems.append(f"{location}: {message}{shown}")
    return "; ".join(problems)


def _lookup(data: Any, location: tuple[int | str, ...]) -> Any:
    value = data
    for part in location:
        try:
            value = value[part]
        except (KeyError, IndexError, TypeError):
            return None
    return value
