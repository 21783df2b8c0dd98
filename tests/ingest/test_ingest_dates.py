"""Date normalisation: the forms publishers write become ISO; vague or impossible dates fail."""

from __future__ import annotations

import datetime as dt

import pytest

from pactwatch.ingest.dates import normalize_date
from pactwatch.ingest.rejection import Rejected


@pytest.mark.parametrize(
    "written",
    [
        "2020-02-29",
        "2020-02-29T10:00:00Z",
        "29 February 2020",
        "Feb. 29, 2020",
        "Saturday, February 29, 2020",
        dt.date(2020, 2, 29),
        dt.datetime(2020, 2, 29, 23, 59),
    ],
)
def test_accepted_forms(written: str | dt.date) -> None:
    assert normalize_date(written) == "2020-02-29"


@pytest.mark.parametrize("written", ["March 2020", "2020", "yesterday", "2020-02-30", "soon"])
def test_vague_or_impossible_dates_are_refused(written: str) -> None:
    with pytest.raises(Rejected, match=f"unparseable date '{written}'"):
        normalize_date(written)


def test_missing_or_blank_date_is_none() -> None:
    assert normalize_date(None) is None
    assert normalize_date("  ") is None
