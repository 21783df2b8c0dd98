"""Plain text and Markdown files, with optional YAML front matter for metadata.

Front matter is how a user who collects documents by hand records where a text came from
(outlet, date, kind), which the assess stage weighs; so an unknown key is an error rather than
silently lost metadata.
"""

from __future__ import annotations

import datetime as dt

import yaml

from pactwatch.ingest.decoding import decode_text
from pactwatch.ingest.document import Extracted
from pactwatch.ingest.rejection import Rejected

FRONT_MATTER_KEYS = ("title", "date", "outlet", "url", "kind", "author")
MAX_TITLE_CHARS = 200
"""A first line longer than this is a paragraph, not a title."""

_FENCE = "---"
_CLOSING_FENCES = ("---", "...")


def read_plain(data: bytes) -> Extracted:
    """Text and metadata of a ``.txt``/``.md`` file."""
    text = decode_text(data).lstrip("\ufeff")
    lines = text.splitlines(keepends=True)
    if lines and lines[0].rstrip() == _FENCE:
        return _with_front_matter(lines)
    return Extracted(text=text, title=_first_line_title(text))


def _with_front_matter(lines: list[str]) -> Extracted:
    closing = next(
        (i for i, line in enumerate(lines[1:], 1) if line.rstrip() in _CLOSING_FENCES), None
    )
    if closing is None:
        raise Rejected(
            "front matter opened with '---' on line 1 is never closed; add a '---' line after it"
        )
    try:
        fields = yaml.safe_load("".join(lines[1:closing]))
    except yaml.YAMLError as error:
        raise Rejected(f"front matter is not valid YAML: {error}") from None
    except ValueError as error:  # YAML-shaped but impossible, such as a date 2020-02-30
        raise Rejected(f"front matter has an impossible value: {error}") from None
    if fields is None:
        fields = {}
    if not isinstance(fields, dict):
        raise Rejected(
            f"front matter must be 'key: value' lines, got {type(fields).__name__}; "
            f"valid keys: {', '.join(FRONT_MATTER_KEYS)}"
        )
    values = {str(key): _field_value(str(key), value) for key, value in fields.items()}
    body = "".join(lines[closing + 1 :])
    return Extracted(
        text=body,
        title=values.get("title") or _first_line_title(body),
        date=values.get("date"),
        outlet=values.get("outlet"),
        url=values.get("url"),
        kind=values.get("kind"),
        author=values.get("author"),
    )


def _field_value(key: str, value: object) -> str | dt.date | None:
    if key not in FRONT_MATTER_KEYS:
        raise Rejected(
            f"unknown front matter key {key!r}; valid keys: {', '.join(FRONT_MATTER_KEYS)}"
        )
    if value is None or isinstance(value, str | dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise Rejected(
        f"front matter key {key!r} must be a single value, got {type(value).__name__} {value!r}"
    )


def _first_line_title(text: str) -> str | None:
    """The first non-empty line when it is short enough to be a headline (Markdown '#' off)."""
    for line in text.splitlines():
        stripped = line.strip().lstrip("#").strip()
        if stripped:
            return stripped if len(stripped) <= MAX_TITLE_CHARS else None
    return None
