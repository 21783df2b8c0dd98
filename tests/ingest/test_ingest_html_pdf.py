"""HTML through trafilatura and PDF through pypdf, with their metadata and their failures."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pactwatch.model import DocumentKind

from .helpers import split, write
from .pdf_builder import encrypted, pdf_bytes

ARTICLE = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>Envoy meets group leaders | Example Times</title>
<meta name="author" content="Jane Roe">
<meta property="og:site_name" content="Example Times">
<meta property="article:published_time" content="2020-06-02T09:00:00Z">
<link rel="canonical" href="https://example.org/news/envoy-meets">
{kind}
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Envoy meets group leaders</h1>
<p>The special envoy met leaders of the group in the capital on Tuesday, officials said.</p>
<p>The talks covered a prisoner exchange and a timetable for the withdrawal of troops.</p>
</article>
<footer>Copyright 2020 Example Times. Subscribe to our newsletter.</footer>
</body></html>
"""
KIND_TAG = '<meta name="pactwatch:kind" content="monitoring-report">'


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    path = write(tmp_path / "page.html", ARTICLE.format(kind=KIND_TAG))
    (document,), errors = split([path])
    assert errors == []
    assert "special envoy met leaders" in document.text
    assert "withdrawal of troops" in document.text
    assert "Subscribe" not in document.text and "Sport" not in document.text
    assert document.title == "Envoy meets group leaders"
    assert document.date == "2020-06-02"
    assert document.author == "Jane Roe"
    assert document.outlet == "Example Times"
    assert document.url == "https://example.org/news/envoy-meets"
    assert document.kind is DocumentKind.MONITORING_REPORT


def test_html_without_kind_tag_is_other(tmp_path: Path) -> None:
    path = write(tmp_path / "page.htm", ARTICLE.format(kind=""))
    (document,), _ = split([path])
    assert document.kind is DocumentKind.OTHER


def test_html_without_text_is_an_error(tmp_path: Path) -> None:
    empty_body = write(tmp_path / "a.html", "<html><head><title>x</title></head><body></body>")
    junk = write(tmp_path / "b.html", "<<<>>> <</ ")
    documents, errors = split([empty_body, junk])
    assert documents == []
    assert [e.document for e in errors] == [str(empty_body), str(junk)]
    assert "no main text found" in errors[0].cause
    assert "HTML" in errors[1].cause


def test_pdf_text_of_all_pages_and_metadata(tmp_path: Path) -> None:
    data = pdf_bytes(
        [["Report of the team (2020)", "The group met twice."], ["Annex: meetings held."]],
        title="Eleventh report",
        created=dt.datetime(2020, 5, 27, 9, 30),
    )
    path = write(tmp_path / "report.pdf", data)
    (document,), errors = split([path])
    assert errors == []
    assert (
        document.text == "Report of the team (2020)\nThe group met twice.\n\nAnnex: meetings held."
    )
    assert document.title == "Eleventh report"
    assert document.date == "2020-05-27"


def test_not_a_pdf_names_its_first_bytes(tmp_path: Path) -> None:
    path = write(tmp_path / "x.pdf", b"\x00\x01\x02junk")
    _, (error,) = split([path])
    assert str(error) == f"{path}: not a PDF file (starts with b'\\x00\\x01\\x02junk')"


def test_broken_encrypted_and_textless_pdfs_are_errors(tmp_path: Path) -> None:
    good = pdf_bytes([["Some text."]])
    truncated = write(tmp_path / "a_truncated.pdf", good[:120])
    locked = write(tmp_path / "b_locked.pdf", encrypted(good, "secret"))
    scanned = write(tmp_path / "c_scanned.pdf", pdf_bytes([[]]))
    fine = write(tmp_path / "d_fine.pdf", good)
    documents, errors = split([tmp_path])
    assert [d.name for d in documents] == [str(fine)]
    assert [e.document for e in errors] == [str(truncated), str(locked), str(scanned)]
    assert errors[0].cause.startswith("broken PDF")
    assert errors[1].cause.startswith("encrypted PDF")
    assert errors[2].cause.startswith("PDF has no text layer")
