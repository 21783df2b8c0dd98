"""Turning what a reader found into a `Document`: normalised text, checked metadata, content id.

Every reader (plain text, HTML, PDF, JSONL) ends here, so the rules that make ingest idempotent
(the same text always gets the same id) and the checks that reject junk live in one place.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass

from pactwatch.ingest.dates import normalize_date
from pactwatch.ingest.rejection import Rejected
from pactwatch.model import Document, DocumentKind

CONTENT_ID_LENGTH = 16
"""Hex digits of SHA-256 kept: 64 bits, so a collision is unlikely below billions of documents."""

JUNK_CONTROL_SHARE = 0.05
"""Above this share of control characters a "text" is binary data decoded by accident."""

_LINE_BREAKS = re.compile(r"\r\n|[\r\v\f\x1c-\x1e\x85\u2028\u2029]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f]")


@dataclass(frozen=True)
class Extracted:
    """What a reader found in one document, before normalisation and checks."""

    text: str
    title: str | None = None
    date: str | dt.date | None = None
    outlet: str | None = None
    url: str | None = None
    kind: str | None = None
    author: str | None = None


def normalize_text(text: str) -> str:
    """Unicode NFC, one kind of line break, no control characters but tab and newline,
    no outer whitespace. Idempotent, so ``content_id`` can normalise again safely."""
    text = _LINE_BREAKS.sub("\n", unicodedata.normalize("NFC", text))
    return _CONTROL.sub("", text).strip()


def content_id(text: str) -> str:
    """The document id: a hash of the normalised text, so the same content twice (another
    file name, Windows line endings, a decomposed accent) is recognised as one document."""
    digest = hashlib.sha256(normalize_text(text).encode("utf-8"))
    return digest.hexdigest()[:CONTENT_ID_LENGTH]


def control_share(text: str) -> float:
    """Share of characters that are control characters other than line breaks and tabs."""
    if not text:
        return 0.0
    return len(_CONTROL.findall(text)) / len(text)


def make_document(name: str, found: Extracted) -> Document:
    """Check and normalise one reader's result; raises `Rejected` for junk or empty text."""
    share = control_share(found.text)
    if share > JUNK_CONTROL_SHARE:
        raise Rejected(f"binary data, not text ({share:.0%} control characters)")
    text = normalize_text(found.text)
    if not text:
        raise Rejected("empty document (no text after removing whitespace)")
    return Document(
        id=content_id(text),
        name=name,
        text=text,
        title=_clean_field(found.title),
        date=normalize_date(found.date),
        outlet=_clean_field(found.outlet),
        url=_clean_field(found.url),
        kind=DocumentKind.parse(found.kind),
        author=_clean_field(found.author),
    )


def _clean_field(value: str | None) -> str | None:
    """Metadata fields are one line of text; an empty field is no field."""
    if value is None:
        return None
    cleaned = " ".join(normalize_text(value).split())
    return cleaned or None
