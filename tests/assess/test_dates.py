"""Claim dates as periods: full dates, months, years, ranges and what is not a date."""

from __future__ import annotations

import datetime as dt

import pytest

from pactwatch.assess.dates import parse_period


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2020-05-10", "2020-05-10", "2020-05-10"),
        ("2020-02", "2020-02-01", "2020-02-29"),
        ("2021", "2021-01-01", "2021-12-31"),
        ("2020-03/2020-05", "2020-03-01", "2020-05-31"),
        ("2020-05-10T08:00:00Z", "2020-05-10", "2020-05-10"),
    ],
)
def test_periods(text, start, end):
    period = parse_period(text)
    assert period is not None
    assert (period.start.isoformat(), period.end.isoformat()) == (start, end)


@pytest.mark.parametrize("text", [None, "", "last spring", "2020-13", "2020-05/2020-01"])
def test_not_dates(text):
    assert parse_period(text) is None


def test_share_inside_a_window():
    year = parse_period("2020")
    assert year is not None
    assert year.share_inside(dt.date(2020, 2, 29), None) == pytest.approx(307 / 366)
    assert year.share_inside(dt.date(2021, 1, 1), None) == 0
    assert year.share_inside(dt.date(2019, 1, 1), dt.date(2020, 1, 31)) == pytest.approx(31 / 366)
