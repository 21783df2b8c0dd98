"""The ``pw_dates`` component: when and where each claim happened.

The date is an explicit date in the sentence (nearest to the trigger), normalised against the
document date so that "on Monday" or "last week" land on the calendar; failing that, the
document date. The place is a GPE/LOC/FAC name attached with "in"/"at" to the trigger.
"""

from __future__ import annotations

from contextlib import suppress
from datetime import datetime
from functools import lru_cache

from dateparser.date import DateDataParser
from spacy.language import Language
from spacy.tokens import Doc, Token

from pactwatch.analyze.extensions import PLACE_LABELS, register_extensions

PLACE_PREPS = {"in", "at", "near", "inside"}
PERIOD_FORMATS = {"day": "%Y-%m-%d", "week": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}
MAX_DATE_CHARS = 40


@Language.factory(
    "pw_dates",
    assigns=["doc._.pw_claims"],
    requires=["doc._.pw_claims", "doc.ents"],
)
def make_date_finder(nlp: Language, name: str) -> DateFinder:
    return DateFinder()


class DateFinder:
    def __init__(self) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        claims = doc._.pw_claims or []
        if not claims:
            return doc
        dates = [e for e in doc.ents if e.label_ == "DATE"]
        for claim in claims:
            trigger = doc[int(claim["trigger_i"])]
            claim["date"] = claim_date(trigger, dates, doc._.pw_date)
            claim["place"] = claim_place(trigger)
        return doc


def claim_date(trigger: Token, dates: list, anchor: str | None) -> str | None:
    sent = trigger.sent
    here = [e for e in dates if sent.start <= e.start < sent.end]
    for ent in sorted(here, key=lambda e: abs(e.start - trigger.i)):
        normalised = normalise_date(ent.text, anchor)
        if normalised:
            return normalised
    return anchor


@lru_cache(maxsize=4096)
def normalise_date(text: str, anchor: str | None) -> str | None:
    """ISO date (or month, or year) for ``text``, relative dates counted from ``anchor``."""
    if len(text) > MAX_DATE_CHARS or not any(ch.isalnum() for ch in text):
        return None
    data = _parser(anchor).get_date_data(text)
    if data.date_obj is None:
        return None
    return data.date_obj.strftime(PERIOD_FORMATS.get(data.period or "day", "%Y-%m-%d"))


@lru_cache(maxsize=64)
def _parser(anchor: str | None) -> DateDataParser:
    """One parser per anchor date: building one is far slower than using it."""
    settings: dict[str, object] = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if anchor:
        with suppress(ValueError):
            settings["RELATIVE_BASE"] = datetime.fromisoformat(anchor)
    return DateDataParser(languages=["en"], settings=settings)


def claim_place(trigger: Token) -> str | None:
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ in PLACE_PREPS:
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.ent_type_ in PLACE_LABELS:
                    ent = next(e for e in pobj.doc.ents if e.start <= pobj.i < e.end)
                    return ent.text.removeprefix("the ")
    return None
