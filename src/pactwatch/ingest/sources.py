"""The front door: walk the sources the user named and yield one result per document.

A batch of thousands of files must not stop at the first bad one, so every failure becomes an
`IngestError` in the stream, in order, beside the documents that did load. Nothing is read
ahead: folders are listed one at a time and each file is read when its turn comes.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import TextIO

from pactwatch.ingest.document import Extracted, make_document
from pactwatch.ingest.html import read_html
from pactwatch.ingest.json_records import read_json, read_jsonl
from pactwatch.ingest.pdf import read_pdf
from pactwatch.ingest.plain import read_plain
from pactwatch.ingest.rejection import Rejected
from pactwatch.model import Document, IngestError

DEFAULT_MAX_BYTES = 50_000_000
STDIN = "-"
STDIN_LABEL = "<stdin>"
JSONL_SUFFIX = ".jsonl"
_SNIFF_BYTES = 8192

FileReader = Callable[[str, bytes], Iterator[Document | IngestError]]
"""Reads one whole file (its name, its bytes); raises `Rejected` when the file is refused."""


def _single(reader: Callable[[bytes], Extracted]) -> FileReader:
    """A reader of files that hold exactly one document."""

    def read(path: str, data: bytes) -> Iterator[Document]:
        yield make_document(path, reader(data))

    return read


READERS: dict[str, FileReader] = {
    ".txt": _single(read_plain),
    ".md": _single(read_plain),
    ".html": _single(read_html),
    ".htm": _single(read_html),
    ".pdf": _single(read_pdf),
    ".json": read_json,
}
SUPPORTED_SUFFIXES = tuple(sorted([*READERS, JSONL_SUFFIX]))


def ingest(
    sources: Sequence[str], *, stdin: TextIO | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Document | IngestError]:
    """Documents from files, folders (recursive, sorted, hidden entries skipped) and ``-``
    (JSONL on ``stdin``, default `sys.stdin`), in order; failures are yielded, never raised.

    ``max_bytes`` bounds each file, and each JSONL line, since a JSONL corpus streams.
    Inside folders, files of unsupported types and linked folders (which could loop) are
    skipped; a file of unsupported type named explicitly is an error.
    """
    for source in sources:
        if source == STDIN:
            yield from _read_stdin(sys.stdin if stdin is None else stdin, max_bytes)
        elif os.path.isdir(source):
            yield from _walk(source, max_bytes)
        elif os.path.lexists(source):
            yield from _read_file(source, max_bytes)
        else:
            yield IngestError(source, "no such file or folder; check the path")


def _read_stdin(stream: TextIO, max_bytes: int) -> Iterator[Document | IngestError]:
    try:
        yield from read_jsonl(stream, label=STDIN_LABEL, max_bytes=max_bytes)
    except UnicodeDecodeError as error:
        yield IngestError(STDIN_LABEL, f"input is not UTF-8 ({error.reason}); send UTF-8 JSONL")


def _walk(folder: str, max_bytes: int) -> Iterator[Document | IngestError]:
    """Depth first in name order, so a folder's documents come out the same way every run."""
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as error:
        yield IngestError(folder, f"cannot list folder ({error.strerror})")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = os.path.join(folder, entry.name)
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(path, max_bytes)
        elif entry.is_file() and _suffix(entry.name) in SUPPORTED_SUFFIXES:
            yield from _read_file(path, max_bytes)


def _read_file(path: str, max_bytes: int) -> Iterator[Document | IngestError]:
    suffix = _suffix(path)
    if suffix == JSONL_SUFFIX:
        yield from _read_jsonl_file(path, max_bytes)
        return
    reader = READERS.get(suffix)
    if reader is None:
        yield IngestError(
            path,
            f"unsupported file type {suffix or '(no extension)'!r}; "
            f"supported: {', '.join(SUPPORTED_SUFFIXES)}",
        )
        return
    try:
        data = _read_bytes(path, max_bytes)
        if not data.strip():
            raise Rejected("empty document (the file holds no text)")
        yield from reader(path, data)
    except Rejected as rejected:
        yield IngestError(path, rejected.cause)


def _read_bytes(path: str, max_bytes: int) -> bytes:
    try:
        size = os.stat(path).st_size
        if size > max_bytes:
            raise Rejected(_too_big(size, max_bytes))
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)  # a file may grow, or be a device, after stat
    except OSError as error:
        raise Rejected(f"cannot read ({error.strerror})") from None
    if len(data) > max_bytes:
        raise Rejected(_too_big(len(data), max_bytes))
    return data


def _read_jsonl_file(path: str, max_bytes: int) -> Iterator[Document | IngestError]:
    """Stream a JSONL file; a binary or empty file is one error, not one per "line"."""
    try:
        with open(path, "rb") as handle:
            head = handle.peek(_SNIFF_BYTES)[:_SNIFF_BYTES]
            if b"\x00" in head:
                offset = head.index(b"\x00")
                yield IngestError(
                    path, f"binary data, not UTF-8 JSONL (NUL byte at offset {offset})"
                )
                return
            produced = 0
            for item in read_jsonl(handle, label=path, max_bytes=max_bytes):
                produced += 1
                yield item
            if not produced:
                yield IngestError(path, "empty document (the file holds no records)")
    except OSError as error:
        yield IngestError(path, f"cannot read ({error.strerror})")


def _too_big(size: int, max_bytes: int) -> str:
    return (
        f"file of {_human(size)} is over the limit of {_human(max_bytes)} (max_bytes); "
        "split it or raise the limit"
    )


def _human(size: int) -> str:
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if size >= scale:
            return f"{size / scale:.1f} {unit}"
    return f"{size} bytes"


def _suffix(name: str) -> str:
    return os.path.splitext(name)[1].lower()
