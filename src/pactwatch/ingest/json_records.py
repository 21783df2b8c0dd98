"""JSON records: JSON Lines corpora (one document a line, streamed, so a corpus of any size
goes through) and ``.json`` files holding one record or a list of them.

Records carry ``id`` and ``text`` and optionally ``date``, ``title``, ``outlet``, ``url``,
``kind``, ``author``. Other keys are ignored, so annotated files (gold passages with their
``claims``) can be fed as they are. A bad record costs that record only.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO, Any, AnyStr

from pactwatch.ingest.document import Extracted, make_document
from pactwatch.ingest.rejection import Rejected
from pactwatch.model import Document, IngestError

OPTIONAL_FIELDS = ("date", "title", "outlet", "url", "kind", "author")


def read_jsonl(
    stream: IO[bytes] | IO[str], *, label: str, max_bytes: int
) -> Iterator[Document | IngestError]:
    """Documents of a JSONL stream; ``label`` names it in errors (``file.jsonl:LINE``).

    ``max_bytes`` applies per line: the stream as a whole may be any size.
    """
    for number, line in enumerate(_bounded_lines(stream, max_bytes), 1):
        if not line.strip():
            continue
        try:
            yield _line_document(line, max_bytes=max_bytes, first=number == 1)
        except Rejected as rejected:
            yield IngestError(f"{label}:{number}", rejected.cause)


def _bounded_lines(stream: IO[AnyStr], max_bytes: int) -> Iterator[AnyStr]:
    """The stream's lines, each read to at most ``max_bytes + 1`` units: a longer line is cut
    there (and then refused for its size) and its rest skipped, so that one giant line cannot
    exhaust memory and the line numbers of those after it stay true."""
    while line := stream.readline(max_bytes + 1):
        if len(line) > max_bytes and not _ends_line(line):
            while (rest := stream.readline(max_bytes + 1)) and not _ends_line(rest):
                pass
        yield line


def _ends_line(chunk: str | bytes) -> bool:
    return chunk.endswith(b"\n" if isinstance(chunk, bytes) else "\n")


def _line_document(line: str | bytes, *, max_bytes: int, first: bool) -> Document:
    size = len(line.encode("utf-8") if isinstance(line, str) else line)
    if size > max_bytes:
        raise Rejected(f"line longer than the limit of {max_bytes:,} bytes (max_bytes)")
    if isinstance(line, bytes):
        try:
            line = line.decode("utf-8-sig" if first else "utf-8")
        except UnicodeDecodeError as error:
            raise Rejected(f"not UTF-8 (bad byte at column {error.start + 1})") from None
    try:
        record = json.loads(line.lstrip("\ufeff") if first else line)
    except json.JSONDecodeError as error:
        raise Rejected(f"invalid JSON ({error.msg} at column {error.colno})") from None
    return _record_document(record)


def read_json(label: str, data: bytes) -> Iterator[Document | IngestError]:
    """Documents of a ``.json`` file: one record, or a list whose items are named ``label[i]``."""
    try:
        parsed = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        yield IngestError(label, f"not UTF-8 (bad byte at offset {error.start})")
        return
    except json.JSONDecodeError as error:
        yield IngestError(label, f"invalid JSON ({error.msg} at line {error.lineno})")
        return
    if not isinstance(parsed, list):
        yield _named(label, parsed)
        return
    for index, record in enumerate(parsed):
        yield _named(f"{label}[{index}]", record)


def _named(label: str, record: object) -> Document | IngestError:
    try:
        return _record_document(record)
    except Rejected as rejected:
        return IngestError(label, rejected.cause)


def _record_document(record: object) -> Document:
    if not isinstance(record, dict):
        raise Rejected(f"a record must be a JSON object, got {type(record).__name__}")
    name = _record_id(record)
    text = record.get("text")
    if not isinstance(text, str):
        raise Rejected(f"record {name!r}: 'text' must be a string, got {_describe(text)}")
    fields = {key: _optional_text(record, key, name) for key in OPTIONAL_FIELDS}
    try:
        return make_document(name, Extracted(text=text, **fields))
    except Rejected as rejected:
        raise Rejected(f"record {name!r}: {rejected.cause}") from None


def _record_id(record: dict[str, Any]) -> str:
    """The record's id as text; integer ids, common in exported corpora, are accepted."""
    value = record.get("id")
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, str) and value.strip():
        return value.strip()
    raise Rejected(f"'id' must be a non-empty string, got {_describe(value)}")


def _optional_text(record: dict[str, Any], key: str, name: str) -> str | None:
    value = record.get(key)
    if value is None or isinstance(value, str):
        return value
    raise Rejected(f"record {name!r}: {key!r} must be a string or null, got {_describe(value)}")


def _describe(value: object) -> str:
    if value is None:
        return "nothing (missing or null)"
    shown = repr(value)
    return f"{type(value).__name__} {shown if len(shown) <= 40 else shown[:37] + '...'}"
