"""Plain text and Markdown: front matter, titles, encodings, dates."""

from __future__ import annotations

from pathlib import Path

import pytest

from pactwatch.model import DocumentKind

from .helpers import split, write

BODY = "The envoy met the group's leaders in Doha.\nBoth sides agreed to a prisoner exchange.\n"


def test_front_matter_sets_every_field(tmp_path: Path) -> None:
    path = write(
        tmp_path / "report.md",
        "---\ntitle: Talks in Doha\ndate: 2020-02-29\noutlet: Example Wire\n"
        "url: https://example.org/doha\nkind: monitoring report\nauthor: A. Writer\n---\n" + BODY,
    )
    (document,), errors = split([path])
    assert errors == []
    assert document.title == "Talks in Doha"
    assert document.date == "2020-02-29"
    assert document.outlet == "Example Wire"
    assert document.url == "https://example.org/doha"
    assert document.kind is DocumentKind.MONITORING_REPORT
    assert document.author == "A. Writer"
    assert document.text == BODY.strip()
    assert document.name == str(path)


@pytest.mark.parametrize(
    "written",
    ["2020-02-29", "2020-02-29T10:00:00Z", "'29 February 2020'", "Feb. 29, 2020"],
)
def test_front_matter_dates_become_iso(tmp_path: Path, written: str) -> None:
    path = write(tmp_path / "a.txt", f"---\ndate: {written}\n---\n{BODY}")
    (document,), _ = split([path])
    assert document.date == "2020-02-29"


def test_without_front_matter_the_short_first_line_is_the_title(tmp_path: Path) -> None:
    headline = write(tmp_path / "a.md", "\n\n# Envoy meets leaders\n\n" + BODY)
    paragraph = write(tmp_path / "b.txt", "word " * 60 + "\n" + BODY)
    (with_title, without), errors = split([headline, paragraph])
    assert errors == []
    assert with_title.title == "Envoy meets leaders"
    assert with_title.text.startswith("# Envoy meets leaders")
    assert without.title is None
    assert without.kind is DocumentKind.OTHER and without.date is None


@pytest.mark.parametrize(
    ("front_matter", "expected"),
    [
        ("title: T\npublisher: X\n", "unknown front matter key 'publisher'; valid keys: title,"),
        ("date: next week\n", "unparseable date 'next week'"),
        ("date: 2020-02-30\n", "front matter has an impossible value"),
        ("title: [a, b]\n", "front matter key 'title' must be a single value, got list"),
        ("just a sentence\n", "front matter must be 'key: value' lines, got str"),
        ("title: 'unclosed\n", "front matter is not valid YAML"),
    ],
)
def test_bad_front_matter_is_one_clear_error(
    tmp_path: Path, front_matter: str, expected: str
) -> None:
    path = write(tmp_path / "bad.txt", f"---\n{front_matter}---\n{BODY}")
    documents, (error,) = split([path])
    assert documents == []
    assert error.document == str(path)
    assert expected in error.cause
    assert "\n" not in str(error)


def test_unclosed_front_matter_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path / "open.txt", "---\ntitle: T\n" + BODY)
    _, (error,) = split([path])
    assert "never closed" in error.cause


@pytest.mark.parametrize(
    "encoded",
    [
        BODY.encode("utf-8-sig"),
        BODY.encode("utf-16"),  # with its byte-order mark
        BODY.replace("\n", "\r\n").encode("utf-8"),
    ],
    ids=["utf8-bom", "utf16-bom", "crlf"],
)
def test_unicode_files_give_the_same_document(tmp_path: Path, encoded: bytes) -> None:
    reference = write(tmp_path / "plain.txt", BODY)
    variant = write(tmp_path / "variant.txt", encoded)
    (first, second), errors = split([reference, variant])
    assert errors == []
    assert second.text == first.text
    assert second.id == first.id


def test_legacy_encoding_is_detected(tmp_path: Path) -> None:
    text = (
        "Le président a déclaré que les négociations à Doha étaient très difficiles, "
        "selon l'agence française de presse."
    )
    path = write(tmp_path / "fr.txt", text.encode("latin-1"))
    (document,), errors = split([path])
    assert errors == []
    assert document.text == text


def test_control_characters_are_removed_and_text_normalised(tmp_path: Path) -> None:
    decomposed = "Cafe\u0301 talks\x07 began.\r\nThey ended.\u2028"
    path = write(tmp_path / "c.txt", decomposed)
    (document,), _ = split([path])
    assert document.text == "Café talks began.\nThey ended."
