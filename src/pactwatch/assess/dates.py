"""When a claim happened, as a period, and how much of that period a commitment window covers.

Claims are often dated only to a month or a year ("in 2020 the two groups met"); treating such a
date as one day would either drop or wrongly admit evidence at the edges of a window, so a
partial date is kept as the whole period it names and weighed by the share inside the window.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from pactwatch.model import StoredClaim

_PART = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date
    text: str

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def share_inside(self, first: dt.date, last: dt.date | None) -> float:
        """Fraction of the period's days that fall within ``first``..``last`` (inclusive)."""
        start = max(self.start, first)
        end = self.end if last is None else min(self.end, last)
        if end < start:
            return 0.0
        return ((end - start).days + 1) / self.days


def parse_period(text: str | None) -> Period | None:
    """``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or ``A/B`` of those; anything else is None."""
    if not text:
        return None
    text = text.strip()
    first, _, second = text.partition("/")
    opening = _bounds(first.strip())
    closing = _bounds(second.strip()) if second else opening
    if opening is None or closing is None or closing[1] < opening[0]:
        return None
    return Period(opening[0], closing[1], text)


def claim_period(stored: StoredClaim) -> Period | None:
    """The claim's own date, else its document's date (a report dates what it reports)."""
    return parse_period(stored.claim.date) or parse_period(stored.document.date)


def _bounds(part: str) -> tuple[dt.date, dt.date] | None:
    found = _PART.match(part[:10] if len(part) > 10 and part[10] == "T" else part)
    if not found:
        return None
    year, month, day = (int(g) if g else None for g in found.groups())
    assert year is not None
    try:
        if month is None:
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if day is None:
            last_day = calendar.monthrange(year, month)[1]
            return dt.date(year, month, 1), dt.date(year, month, last_day)
        return dt.date(year, month, day), dt.date(year, month, day)
    except ValueError:
        return None
