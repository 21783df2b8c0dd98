"""JSON records: JSONL from files and stdin, and .json files; a bad record costs only itself."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from pactwatch.model import DocumentKind

from .helpers import split, write

FULL = {
    "id": "r1",
    "text": "Officials said the two groups met in March.",
    "date": "Feb. 29, 2020",
    "title": "Meeting",
    "outlet": "Example Wire",
    "url": "https://example.org/r1",
    "kind": "news",
    "author": "A. Writer",
    "claims": [],  # annotation keys ride along and are ignored
}


def _lines(*records: object) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


def test_jsonl_file_records_with_metadata(tmp_path: Path) -> None:
    path = write(tmp_path / "corpus.jsonl", _lines(FULL, {"id": 7, "text": "Second record."}))
    (first, second), errors = split([path])
    assert errors == []
    assert first.name == "r1"
    assert (first.date, first.title, first.outlet) == ("2020-02-29", "Meeting", "Example Wire")
    assert (first.url, first.kind, first.author) == (
        "https://example.org/r1",
        DocumentKind.NEWS,
        "A. Writer",
    )
    assert second.name == "7"
    assert second.kind is DocumentKind.OTHER


BAD_LINES = [
    ("{not json", "invalid JSON"),
    ('["a", "list"]', "a record must be a JSON object, got list"),
    ({"text": "No id here."}, "'id' must be a non-empty string, got nothing"),
    ({"id": "r3"}, "record 'r3': 'text' must be a string, got nothing"),
    ({"id": "r4", "text": 42}, "record 'r4': 'text' must be a string, got int 42"),
    ({"id": "r5", "text": "x", "date": 2020}, "record 'r5': 'date' must be a string or null"),
    ({"id": "r6", "text": "x", "date": "someday"}, "record 'r6': unparseable date 'someday'"),
    ({"id": "r7", "text": " \n\t "}, "record 'r7': empty document"),
]


@pytest.mark.parametrize(("line", "expected"), BAD_LINES)
def test_bad_line_names_file_and_line_and_the_rest_goes_on(
    tmp_path: Path, line: object, expected: str
) -> None:
    path = write(
        tmp_path / "c.jsonl",
        _lines({"id": "before", "text": "First."}, line, {"id": "after", "text": "Last."}),
    )
    documents, (error,) = split([path])
    assert [d.name for d in documents] == ["before", "after"]
    assert error.document == f"{path}:2"
    assert expected in error.cause


def test_stdin_jsonl_errors_name_stdin(tmp_path: Path) -> None:
    stream = io.StringIO(_lines(FULL, "", "{broken", {"id": "r9", "text": "Fine."}))
    documents, (error,) = split(["-"], stdin=stream)
    assert [d.name for d in documents] == ["r1", "r9"]
    assert error.document == "<stdin>:3"


def test_line_over_max_bytes_is_refused_alone(tmp_path: Path) -> None:
    path = write(
        tmp_path / "big.jsonl",
        _lines(
            {"id": "small", "text": "Short."},
            {"id": "large", "text": "x " * 500},
            {"id": "after", "text": "Third line."},
        ),
    )
    documents, (error,) = split([path], max_bytes=200)
    assert [d.name for d in documents] == ["small", "after"]
    assert error.document == f"{path}:2"
    assert error.cause == "line longer than the limit of 200 bytes (max_bytes)"


def test_binary_or_empty_jsonl_file_is_one_error(tmp_path: Path) -> None:
    binary = write(tmp_path / "a.jsonl", b"\x00\x01\n\x02\n" * 100)
    empty = write(tmp_path / "b.jsonl", "\n\n")
    good = write(tmp_path / "c.jsonl", _lines({"id": "ok", "text": "Fine."}))
    documents, errors = split([binary, empty, good])
    assert [d.name for d in documents] == ["ok"]
    assert [str(e) for e in errors] == [
        f"{binary}: binary data, not UTF-8 JSONL (NUL byte at offset 0)",
        f"{empty}: empty document (the file holds no records)",
    ]


def test_non_utf8_line_is_refused_alone(tmp_path: Path) -> None:
    good = _lines({"id": "ok", "text": "Fine."}).encode()
    path = write(tmp_path / "mixed.jsonl", b'{"id": "bad", "text": "caf\xe9"}\n' + good)
    documents, (error,) = split([path])
    assert [d.name for d in documents] == ["ok"]
    assert error.document == f"{path}:1"
    assert "not UTF-8" in error.cause


def test_json_file_with_one_record(tmp_path: Path) -> None:
    path = write(tmp_path / "doc.json", json.dumps(FULL, indent=2))
    (document,), errors = split([path])
    assert errors == []
    assert (document.name, document.date, document.kind) == ("r1", "2020-02-29", DocumentKind.NEWS)


def test_json_file_with_a_list_names_bad_items_by_index(tmp_path: Path) -> None:
    records = [FULL, {"id": "r2"}, {"id": "r3", "text": "Third."}]
    path = write(tmp_path / "docs.json", json.dumps(records))
    documents, (error,) = split([path])
    assert [d.name for d in documents] == ["r1", "r3"]
    assert (
        str(error)
        == f"{path}[1]: record 'r2': 'text' must be a string, got nothing (missing or null)"
    )


def test_invalid_json_file_is_one_error(tmp_path: Path) -> None:
    path = write(tmp_path / "broken.json", '{"id": "x",\n "text": }')
    documents, (error,) = split([path])
    assert documents == []
    assert error.document == str(path)
    assert error.cause.startswith("invalid JSON (Expecting value at line 2)")
