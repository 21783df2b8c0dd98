"""Dates as users and publishers write them, normalised to ISO ``YYYY-MM-DD``."""

from __future__ import annotations

import datetime as dt
import functools
import re

import dateparser

from pactwatch.ingest.rejection import Rejected

_YEAR = re.compile(r"\b\d{4}\b")
_DATEPARSER_SETTINGS = {
    "STRICT_PARSING": True,
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PREFER_DATES_FROM": "past",
}


def normalize_date(value: str | dt.date | None) -> str | None:
    """ISO date for ``2020-02-29``, ``2020-02-29T10:00:00Z``, ``29 February 2020``,
    ``Feb. 29, 2020`` and the like; YAML front matter already gives `datetime.date` objects.

    A date must name day, month and a four-digit year: "yesterday" or "March 2020" would put
    a claim at a guessed time, and assessment windows depend on claim dates.
    """
    if value is None:
        return None
    if isinstance(value, dt.date):  # datetime is a date too
        return value.isoformat()[:10]
    text = " ".join(value.split())
    if not text:
        return None
    try:
        return dt.datetime.fromisoformat(text).date().isoformat()
    except ValueError:
        pass
    parsed = _parse_words(text) if _YEAR.search(text) else None
    if parsed is None:
        raise Rejected(
            f"unparseable date {text!r}; write it as YYYY-MM-DD (or like '29 February 2020')"
        )
    return parsed


@functools.lru_cache(maxsize=4096)
def _parse_words(text: str) -> str | None:
    """dateparser takes most of a millisecond a call; a corpus repeats its dates a lot."""
    parsed = dateparser.parse(text, languages=["en"], settings=_DATEPARSER_SETTINGS)
    return parsed.date().isoformat() if parsed else None
